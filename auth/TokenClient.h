#pragma once

#include "AuthReply.h"
#include "LoginEnvironment.h"

#include <QHash>
#include <QObject>
#include <QUrlQuery>

#include <memory>

class QNetworkAccessManager;

namespace sfconnect {

class RsaKey;

/// The token endpoint and its neighbours, spoken directly with QNetworkAccessManager: the
/// password and JWT bearer grants (which QtNetworkAuth 6.4 lacks), the authorization-code
/// exchange and refresh (where QtNetworkAuth 6.4 swallows errors), revoke, and the probes.
///
/// Every request has a time-out, uses the system proxy, refuses plain http except to loopback,
/// and never ignores TLS errors. Nothing secret reaches the log.
class TokenClient : public QObject
{
    Q_OBJECT

public:
    explicit TokenClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// Time-out of every request, 30 s unless set.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    /// grant_type=password; the security token is appended to the password, as Salesforce wants.
    AuthReply *password(const LoginEnvironment &env, const QString &clientId,
                        const QString &clientSecret, const QString &username,
                        const QString &password, const QString &securityToken);

    /// The JWT bearer grant. Tries @p audiences in order while Salesforce answers that the
    /// audience is wrong; AuthReply::audience() tells which one worked. Empty: the environment's
    /// default audience only.
    AuthReply *jwtBearer(const LoginEnvironment &env, const QString &clientId,
                         const QString &username, const RsaKey &key,
                         const QStringList &audiences = {});
    /// The audiences "try other audiences" walks, in order: the explicit one if any, the
    /// environment's default, the login URL itself, then the other generic host.
    static QStringList candidateAudiences(const LoginEnvironment &env,
                                          const QString &explicitAudience);

    AuthReply *exchangeCode(const LoginEnvironment &env, const QString &clientId,
                            const QString &clientSecret, const QString &code,
                            const QString &redirectUri, const QByteArray &codeVerifier);

    /// A new access token. Calls for the same @p flightKey (a connection id) while one is running
    /// share it: one refresh in flight per connection.
    AuthReply *refresh(const QString &flightKey, const LoginEnvironment &env,
                       const QString &clientId, const QString &clientSecret,
                       const QString &refreshToken);

    AuthReply *revoke(const LoginEnvironment &env, const QString &token);

    /// GET {instance}/services/data/ (no authentication): the API versions.
    AuthReply *versions(const QString &instanceUrl);
    /// GET {instance}/services/data/vNN.0 with the access token: the session check.
    AuthReply *probeSession(const QString &instanceUrl, const QString &apiVersion,
                            const QString &accessToken);
    AuthReply *userInfo(const QString &instanceUrl, const QString &accessToken);
    AuthReply *limits(const QString &instanceUrl, const QString &apiVersion,
                      const QString &accessToken);

private:
    /// POST a form to {login}/services/oauth2/token and read a TokenSet; @p clientSecret (when
    /// known) checks the signature.
    void postToken(AuthReply *reply, const QUrl &loginUrl, const QUrlQuery &form,
                   AuthError::Stage stage, const QString &clientSecret);
    AuthReply *getJson(const QUrl &url, const QString &accessToken, AuthError::Stage stage);
    void tryJwt(AuthReply *reply, const LoginEnvironment &env, const QString &clientId,
                const QString &username, std::shared_ptr<const RsaKey> key, QStringList audiences,
                const AuthError &last);
    /// Refuses insecure URLs before anything is sent.
    bool checkUrl(const QUrl &url, AuthReply *reply, AuthError::Stage stage);
    QNetworkRequest request(const QUrl &url) const;

    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 30000;
    QHash<QString, QPointer<AuthReply>> m_refreshes;
};

} // namespace sfconnect
