#pragma once

#include "Connection.h"

#include <QCoreApplication>

namespace sfconnect {

/// The text support asks for: the debug information, what sfconnect knows about the connection
/// and its last problem. Redacted: never a secret, whatever the fields hold.
class SupportReport
{
    Q_DECLARE_TR_FUNCTIONS(SupportReport)

public:
    static QString text(const Connection &connection, ConnectionStatus status);
};

} // namespace sfconnect
