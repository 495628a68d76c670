#pragma once

#include "AuthMethod.h"
#include "ConnectionStatus.h"
#include "LoginEnvironment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace sfconnect {

/// The non-secret description of one Salesforce connection, as kept in the metadata file and
/// shared in exports.
///
/// Secrets (tokens, password, security token, client secret, private key) never live here: they
/// go to the OS keychain under the connection's id (see ConnectionSecrets).
struct Connection
{
    QUuid id;
    QString name;
    LoginEnvironment::Kind environment = LoginEnvironment::Kind::Production;
    QUrl loginUrl = QUrl(QStringLiteral("https://login.salesforce.com"));
    AuthMethod method = AuthMethod::Web;
    QString username;
    QString clientId;
    QString audience; ///< JWT only: empty means the environment's default
    quint16 callbackPort = 1717;
    QString callbackPath = QStringLiteral("/OauthRedirect");

    // Learned from Salesforce when connected.
    QString instanceUrl;
    QString orgId;
    QString userId;
    QString displayName;
    QString apiVersion;
    QStringList scopes;

    QDateTime createdAt;
    QDateTime lastConnectedAt;
    QDateTime lastCheckedAt;
    ConnectionStatus lastStatus = ConnectionStatus::Unknown;
    QString lastErrorProblemId;
    QString lastErrorText;

    LoginEnvironment loginEnvironment() const;

    /// Everything above, for the metadata file.
    QJsonObject toJson() const;
    /// Only what defines the connection (no ids learned from the org, no status): for exports.
    QJsonObject toDefinitionJson() const;

    /// Reads @p json; on a missing or malformed field returns false and names it in @p error,
    /// leaving @p out untouched. A definition (export) without an id gets a new one.
    static bool fromJson(const QJsonObject &json, Connection *out, QString *error);

    friend bool operator==(const Connection &, const Connection &) = default;
};

} // namespace sfconnect
