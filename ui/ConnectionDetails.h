#pragma once

#include "Connection.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace sfconnect {

/// The details of one connection: org, user, instance, login URL, API version, scopes, last
/// sign-in and last error. Never a secret.
class ConnectionDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionDetails(QWidget *parent = nullptr);

    /// Shows @p connection with @p status (what it is doing now, or its last known status).
    void show(const Connection &connection, ConnectionStatus status);
    void clear();

private:
    QLabel *add(const QString &objectName, const QString &label);

    QLabel *m_title;
    QLabel *m_status;
    QFormLayout *m_form;
    QList<QLabel *> m_values;
};

} // namespace sfconnect
