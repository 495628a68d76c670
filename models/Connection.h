#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace sfconnect {

/// The non-secret description of one Salesforce connection, as kept in the metadata file.
///
/// Secrets (tokens, passwords, client secrets, private keys) never live here: they go to
/// the OS keychain under the connection's id.
struct Connection
{
    QUuid id;
    QString name;
    QString environment; ///< "production", "sandbox" or "custom"
    QString loginUrl;    ///< e.g. https://login.salesforce.com
    QString method;      ///< "web", "byoa", "password" or "jwt"
    QString username;
    QString clientId;
    QString instanceUrl;
    QString orgId;
    QString userId;
    QString apiVersion;
    QStringList scopes;
    QDateTime createdAt;
    QDateTime lastConnectedAt;

    QJsonObject toJson() const;

    /// Reads @p json; on a missing or malformed required field returns false and says which in
    /// @p error, leaving @p out untouched.
    static bool fromJson(const QJsonObject &json, Connection *out, QString *error);

    friend bool operator==(const Connection &, const Connection &) = default;
};

} // namespace sfconnect
