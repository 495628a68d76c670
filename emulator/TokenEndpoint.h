#pragma once

#include "HttpMessage.h"

#include <QHash>

namespace sfemu {

class OrgState;
struct App;
struct User;

/// POST /services/oauth2/token: the authorization_code (with PKCE), refresh_token, password
/// and JWT bearer grants, with Salesforce's answers and errors.
class TokenEndpoint
{
public:
    explicit TokenEndpoint(OrgState &state)
        : m_state(state)
    {}

    HttpResponse handle(const HttpRequest &request);

private:
    using Form = QHash<QString, QString>;
    enum class Secret { WhenRequired, Always };
    /// The app for @p clientId if it is known and @p secret is right, else nullptr and the
    /// refusal to send. The password grant checks a secret whenever the app has one.
    const App *client(const QString &clientId, const QString &secret, Secret rule,
                      HttpResponse *refusal) const;
    HttpResponse authorizationCode(const Form &form, const QString &clientId,
                                   const QString &secret);
    HttpResponse refreshToken(const Form &form, const QString &clientId, const QString &secret);
    HttpResponse password(const Form &form, const QString &clientId, const QString &secret);
    HttpResponse jwtBearer(const Form &form);

    /// The token response: access_token, refresh_token (when issued), signature, scope,
    /// instance_url, id, token_type, issued_at.
    HttpResponse tokenResponse(const User &user, const App &app, const QByteArray &accessToken,
                               const QByteArray &refreshToken, qint64 issuedMs,
                               const QStringList &scopes, bool withScope) const;

    OrgState &m_state;
};

} // namespace sfemu
