#include "TokenEndpoint.h"

#include "Crypto.h"
#include "OrgState.h"
#include "Wire.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace sfemu {

namespace {

const QString kJwtGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");

HttpResponse unsupportedGrant()
{
    return wire::oauthError(400, "unsupported_grant_type", "grant type not supported");
}
HttpResponse unknownClient()
{
    return wire::oauthError(400, "invalid_client_id", "client identifier invalid");
}
HttpResponse badClientSecret()
{
    return wire::oauthError(400, "invalid_client", "invalid client credentials");
}
HttpResponse authenticationFailure()
{
    return wire::oauthError(400, "invalid_grant", "authentication failure");
}
HttpResponse invalidAssertion()
{
    return wire::oauthError(400, "invalid_grant", "invalid assertion");
}

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

// PKCE verifiers are unreserved characters; Salesforce takes them longer than RFC 7636's 128.
bool plausibleVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 256)
        return false;
    for (const QChar c : verifier) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') &&
            c != QLatin1Char('.') && c != QLatin1Char('_') && c != QLatin1Char('~'))
            return false;
    }
    return true;
}

} // namespace

HttpResponse TokenEndpoint::handle(const HttpRequest &request)
{
    if (request.method != "POST")
        return wire::oauthError(400, "invalid_request", "must use HTTP POST");
    if (request.bodyTooLarge)
        return wire::oauthError(400, "invalid_request", "request entity too large");
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    Form form;
    if (type != "application/x-www-form-urlencoded" || !wire::parseForm(request.body, &form))
        return unsupportedGrant();

    QString clientId = form.value(QStringLiteral("client_id"));
    QString secret = form.value(QStringLiteral("client_secret"));
    wire::basicCredentials(request, &clientId, &secret);

    const QString grant = form.value(QStringLiteral("grant_type"));
    const bool isLogin = grant == QLatin1String("password") || grant == kJwtGrant ||
                         grant == QLatin1String("authorization_code");
    if (isLogin && m_state.scenario().faults.loginRateExceeded)
        return wire::oauthError(400, "invalid_grant", "login rate exceeded");
    if (m_state.scenario().org.settings.genericLoginHostsBlocked &&
        wire::isGenericLoginHost(request.header("host")))
        return authenticationFailure();

    if (grant == QLatin1String("authorization_code"))
        return authorizationCode(form, clientId, secret);
    if (grant == QLatin1String("refresh_token"))
        return refreshToken(form, clientId, secret);
    if (grant == QLatin1String("password"))
        return password(form, clientId, secret);
    if (grant == kJwtGrant)
        return jwtBearer(form);
    return unsupportedGrant();
}

const App *TokenEndpoint::client(const QString &clientId, const QString &secret, Secret rule,
                                 HttpResponse *refusal) const
{
    const App *app = m_state.scenario().app(clientId);
    // An app the org learned of a moment ago stays unknown for its propagation delay.
    if (!app || !m_state.appPropagated(*app)) {
        *refusal = unknownClient();
        return nullptr;
    }
    const bool checks =
        rule == Secret::Always ? !app->consumerSecret.isEmpty() : app->checksSecret();
    if (checks && secret != app->consumerSecret) {
        *refusal = badClientSecret();
        return nullptr;
    }
    return app;
}

HttpResponse TokenEndpoint::authorizationCode(const Form &form, const QString &clientId,
                                              const QString &secret)
{
    HttpResponse refusal;
    const App *app = client(clientId, secret, Secret::WhenRequired, &refusal);
    if (!app)
        return refusal;

    AuthorizationCode code;
    if (!m_state.takeCode(form.value(QStringLiteral("code")).toLatin1(), &code) ||
        code.clientId != clientId)
        return wire::oauthError(400, "invalid_grant", "expired authorization code");
    if (form.value(QStringLiteral("redirect_uri")) != code.redirectUri)
        return wire::oauthError(400, "invalid_grant", "redirect_uri mismatch");

    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (!code.challenge.isEmpty()) {
        const QByteArray expected =
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (!plausibleVerifier(verifier) || expected != code.challenge)
            return wire::oauthError(400, "invalid_grant", "invalid code verifier");
    } else if (!verifier.isEmpty()) {
        return wire::oauthError(400, "invalid_grant", "unexpected code verifier");
    }

    const User *user = m_state.scenario().userById(code.userId);
    if (!user || !user->active)
        return wire::oauthError(400, "invalid_grant", "inactive user");
    const bool withRefresh = code.scopes.contains(QLatin1String("refresh_token")) ||
                             code.scopes.contains(QLatin1String("offline_access"));
    const OrgState::Issued issued = m_state.issue(*user, *app, code.scopes, withRefresh);
    return tokenResponse(*user, *app, issued.accessToken, issued.refreshToken, issued.issuedMs,
                         code.scopes, true);
}

HttpResponse TokenEndpoint::refreshToken(const Form &form, const QString &clientId,
                                         const QString &secret)
{
    HttpResponse refusal;
    const App *app = client(clientId, secret, Secret::WhenRequired, &refusal);
    if (!app)
        return refusal;
    const QByteArray presented = form.value(QStringLiteral("refresh_token")).toLatin1();
    const RefreshToken *token = m_state.liveRefreshToken(presented);
    if (!token || token->clientId != clientId)
        return wire::oauthError(400, "invalid_grant", "expired access/refresh token");
    const User *user = m_state.scenario().userById(token->userId);
    if (!user || !user->active)
        return wire::oauthError(400, "invalid_grant", "inactive user");
    const QStringList scopes = token->scopes;
    const bool rotate = app->refreshTokenPolicy.mode == RefreshTokenPolicy::Mode::Rotating;
    const OrgState::Issued issued = m_state.refresh(presented, rotate);
    return tokenResponse(*user, *app, issued.accessToken, issued.refreshToken, issued.issuedMs,
                         scopes, true);
}

HttpResponse TokenEndpoint::password(const Form &form, const QString &clientId,
                                     const QString &secret)
{
    const Scenario &scenario = m_state.scenario();
    HttpResponse refusal;
    const App *app = client(clientId, secret, Secret::Always, &refusal);
    if (!app)
        return refusal;
    // A blocked flow is indistinguishable on the wire from a wrong password.
    if (!app->passwordFlow || scenario.org.settings.passwordFlowBlocked)
        return authenticationFailure();
    const User *user = m_state.scenario().user(form.value(QStringLiteral("username")));
    if (!user || form.value(QStringLiteral("password")) != user->password + user->securityToken)
        return authenticationFailure();
    if (!user->active)
        return wire::oauthError(400, "invalid_grant", "inactive user");
    QStringList scopes = app->scopes;
    scopes.removeAll(QStringLiteral("refresh_token"));
    scopes.removeAll(QStringLiteral("offline_access"));
    const OrgState::Issued issued = m_state.issue(*user, *app, scopes, false);
    return tokenResponse(*user, *app, issued.accessToken, {}, issued.issuedMs, scopes, false);
}

HttpResponse TokenEndpoint::jwtBearer(const Form &form)
{
    const QList<QByteArray> parts = form.value(QStringLiteral("assertion")).toLatin1().split('.');
    if (parts.size() != 3)
        return invalidAssertion();
    const auto decode = [](const QByteArray &part, QJsonObject *out) {
        const auto bytes = QByteArray::fromBase64Encoding(
            part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!bytes)
            return false;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
        *out = doc.object();
        return doc.isObject();
    };
    QJsonObject header, claims;
    const auto signature = QByteArray::fromBase64Encoding(
        parts[2], QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decode(parts[0], &header) || !decode(parts[1], &claims) || !signature ||
        header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return invalidAssertion();

    const Scenario &scenario = m_state.scenario();
    const App *app = m_state.scenario().app(claims.value(QStringLiteral("iss")).toString());
    if (!app || !m_state.appPropagated(*app))
        return unknownClient();
    if (!app->jwtFlow || app->certificate.isEmpty() ||
        !Crypto::verifyRs256(app->certificate.toUtf8(), parts[0] + '.' + parts[1], *signature))
        return invalidAssertion();

    const QString audience = withoutTrailingSlash(claims.value(QStringLiteral("aud")).toString());
    // The emulator's own URL, as 127.0.0.1 or localhost, or its org type's generic login host.
    QUrl local(m_state.baseUrl());
    const QString asIp = withoutTrailingSlash(local.toString());
    local.setHost(QStringLiteral("localhost"));
    if (audience != asIp && audience != withoutTrailingSlash(local.toString()) &&
        audience != scenario.org.genericLoginHost())
        return wire::oauthError(400, "invalid_grant", "audience is invalid");

    // exp is NumericDate seconds; clients that send milliseconds land far in the future, which
    // Salesforce accepts.
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return invalidAssertion();
    if (exp.toDouble() < double(QDateTime::currentSecsSinceEpoch()))
        return wire::oauthError(400, "invalid_grant", "expired authorization code");

    const User *user = m_state.scenario().user(claims.value(QStringLiteral("sub")).toString());
    if (!user)
        return wire::oauthError(400, "invalid_grant", "user hasn't approved this consumer");
    if (!user->active)
        return wire::oauthError(400, "invalid_grant", "inactive user");
    if (app->adminApproved) {
        if (!app->preAuthorizedProfiles.contains(user->profile))
            return wire::oauthError(400, "invalid_app_access",
                                    "user is not admin approved to access this app");
    } else if (!m_state.hasApproved(user->id, app->consumerKey)) {
        return wire::oauthError(400, "invalid_grant", "user hasn't approved this consumer");
    }

    QStringList scopes = app->scopes;
    scopes.removeAll(QStringLiteral("refresh_token"));
    scopes.removeAll(QStringLiteral("offline_access"));
    const OrgState::Issued issued = m_state.issue(*user, *app, scopes, false);
    // As observed on Salesforce: no signature and no issued_at in the JWT grant's answer.
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{
                 {QStringLiteral("access_token"), QString::fromLatin1(issued.accessToken)},
                 {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                 {QStringLiteral("instance_url"), m_state.baseUrl()},
                 {QStringLiteral("id"), m_state.identityUrl(*user)},
                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
             }));
}

HttpResponse TokenEndpoint::tokenResponse(const User &user, const App &app,
                                          const QByteArray &accessToken,
                                          const QByteArray &refreshToken, qint64 issuedMs,
                                          const QStringList &scopes, bool withScope) const
{
    const QString id = m_state.identityUrl(user);
    const QString issuedAt = QString::number(issuedMs);
    QJsonObject body{
        {QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
        {QStringLiteral("signature"), QString::fromLatin1(Crypto::signature(
                                          app.consumerSecret.toUtf8(), (id + issuedAt).toUtf8()))},
        {QStringLiteral("instance_url"), m_state.baseUrl()},
        {QStringLiteral("id"), id},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("issued_at"), issuedAt},
    };
    if (!refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
    if (withScope)
        body.insert(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    return HttpResponse::json(200, QJsonDocument(body));
}

} // namespace sfemu
