#pragma once

#include "Connection.h"

#include <QCoreApplication>

class QMessageBox;
class QWidget;

namespace sfconnect {

/// What is known about a connection's last problem (its meaning and fixes from the knowledge
/// base), with a redacted report to copy for a support ticket.
class TroubleshootBox
{
    Q_DECLARE_TR_FUNCTIONS(sfconnect::TroubleshootBox)

public:
    /// Opens the box without blocking; it deletes itself when closed.
    static QMessageBox *open(QWidget *parent, const Connection &connection,
                             ConnectionStatus status);
};

} // namespace sfconnect
