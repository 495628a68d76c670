#include "TokenClient.h"

#include "AuthLogging.h"
#include "JwtAssertion.h"
#include "Redactor.h"
#include "RsaKey.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

namespace sfconnect {

namespace {

const QString kJwtGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    return url;
}

QByteArray formBody(const QUrlQuery &form)
{
    // QUrlQuery leaves '+' alone, which a form decoder reads as a space: encode it.
    QByteArray body;
    for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    // Corporate networks put Salesforce behind the system's proxy settings.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

QNetworkRequest TokenClient::request(const QUrl &url) const
{
    QNetworkRequest r(url);
    r.setTransferTimeout(m_timeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("sfconnect/" SFCONNECT_VERSION));
    return r;
}

bool TokenClient::checkUrl(const QUrl &url, AuthReply *reply, AuthError::Stage stage)
{
    const QString scheme = url.scheme();
    const LoginEnvironment probe = LoginEnvironment::custom(url);
    if (url.isValid() && !url.host().isEmpty() &&
        (scheme == QLatin1String("https") || probe.isLoopback()))
        return true;
    reply->finishWithError(
        AuthError(AuthError::Kind::Configuration, stage, QStringLiteral("insecure_url"),
                  tr("sfconnect only talks to Salesforce over https (plain http only "
                     "to this computer): %1")
                      .arg(url.toDisplayString())));
    return false;
}

void TokenClient::postToken(AuthReply *reply, const QUrl &loginUrl, const QUrlQuery &form,
                            AuthError::Stage stage, const QString &clientSecret)
{
    const QUrl url = endpoint(loginUrl, QStringLiteral("/services/oauth2/token"));
    if (!checkUrl(url, reply, stage))
        return;
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader,
                QByteArray("application/x-www-form-urlencoded"));
    const QByteArray body = formBody(form);
    qCDebug(lcAuth).noquote() << "POST" << url.toDisplayString() << Redactor::redact(body);
    QNetworkReply *net = m_nam->post(r, body);
    reply->setNetworkReply(net);
    const bool allowLoopback = LoginEnvironment::isLoopbackUrl(loginUrl);
    connect(net, &QNetworkReply::finished, reply, [reply, net, stage, clientSecret, allowLoopback] {
        net->deleteLater();
        const QByteArray answer = net->isOpen() ? net->readAll() : QByteArray();
        const AuthError error = AuthError::fromReply(net, answer, stage);
        if (error.isError()) {
            qCInfo(lcAuth).noquote() << error.summary();
            reply->finishWithError(error);
            return;
        }
        TokenSet tokens;
        AuthError parseError;
        if (!TokenSet::parse(answer, stage, allowLoopback, &tokens, &parseError)) {
            reply->finishWithError(parseError);
            return;
        }
        // The signature proves that `id` was not altered on the way; check it when we can.
        if (!clientSecret.isEmpty() && !tokens.signature.isEmpty() &&
            !tokens.signatureMatches(clientSecret)) {
            reply->finishWithError(AuthError(
                AuthError::Kind::MalformedResponse, stage, QStringLiteral("signature_mismatch"),
                QStringLiteral("the token response's signature does not match "
                               "the client secret"),
                200));
            return;
        }
        reply->finishWithTokens(tokens);
    });
}

AuthReply *TokenClient::password(const LoginEnvironment &env, const QString &clientId,
                                 const QString &clientSecret, const QString &username,
                                 const QString &password, const QString &securityToken)
{
    auto *reply = new AuthReply;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
    form.addQueryItem(QStringLiteral("username"), username);
    form.addQueryItem(QStringLiteral("password"), password + securityToken);
    postToken(reply, env.loginUrl(), form, AuthError::Stage::TokenRequest, clientSecret);
    return reply;
}

QStringList TokenClient::candidateAudiences(const LoginEnvironment &env,
                                            const QString &explicitAudience)
{
    QStringList list;
    auto add = [&list](const QString &a) {
        if (!a.isEmpty() && !list.contains(a))
            list << a;
    };
    add(explicitAudience);
    add(env.defaultAudience());
    add(env.loginUrl().toString());
    const QString login = LoginEnvironment::production().defaultAudience();
    const QString test = LoginEnvironment::sandbox().defaultAudience();
    if (!env.isLoopback())
        add(env.defaultAudience() == login ? test : login);
    return list;
}

AuthReply *TokenClient::jwtBearer(const LoginEnvironment &env, const QString &clientId,
                                  const QString &username, const RsaKey &key,
                                  const QStringList &audiences)
{
    auto *reply = new AuthReply;
    QString keyError;
    auto shared = std::make_shared<const RsaKey>(
        key.isNull() ? RsaKey() : RsaKey::fromText(key.toPem(), &keyError));
    if (shared->isNull()) {
        reply->finishWithError(
            AuthError(AuthError::Kind::Configuration, AuthError::Stage::Configuration,
                      QStringLiteral("no_private_key"),
                      keyError.isEmpty() ? tr("No private key is set.") : keyError));
        return reply;
    }
    tryJwt(reply, env, clientId, username, shared,
           audiences.isEmpty() ? QStringList{env.defaultAudience()} : audiences, {});
    return reply;
}

void TokenClient::tryJwt(AuthReply *reply, const LoginEnvironment &env, const QString &clientId,
                         const QString &username, std::shared_ptr<const RsaKey> key,
                         QStringList audiences, const AuthError &last)
{
    if (reply->isFinished())
        return; // cancelled meanwhile
    if (audiences.isEmpty()) {
        reply->finishWithError(last);
        return;
    }
    const QString audience = audiences.takeFirst();
    JwtAssertion jwt;
    jwt.issuer = clientId;
    jwt.subject = username;
    jwt.audience = audience;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), kJwtGrant);
    form.addQueryItem(QStringLiteral("assertion"), QString::fromLatin1(jwt.sign(*key)));

    // Each attempt is a child reply (abort() reaches it); the outer one finishes with the first
    // success or the last failure, and says which audience worked.
    auto *attempt = new AuthReply(reply);
    const QPointer<TokenClient> self(this);
    connect(attempt, &AuthReply::finished, reply, [=] {
        attempt->deleteLater();
        const AuthError &error = attempt->error();
        const bool audienceProblem =
            error.kind() == AuthError::Kind::OAuth &&
            (error.description() == QLatin1String("audience is invalid") ||
             error.description() == QLatin1String("user hasn't approved this consumer"));
        if (attempt->ok()) {
            reply->setAudience(audience);
            reply->finishWithTokens(attempt->tokens());
        } else if (audienceProblem && !audiences.isEmpty() && self) {
            qCInfo(lcAuth).noquote()
                << "JWT audience" << audience << "refused; trying" << audiences.first();
            self->tryJwt(reply, env, clientId, username, key, audiences, error);
        } else {
            reply->setAudience(audience);
            reply->finishWithError(error);
        }
    });
    postToken(attempt, env.loginUrl(), form, AuthError::Stage::TokenRequest, QString());
}

AuthReply *TokenClient::exchangeCode(const LoginEnvironment &env, const QString &clientId,
                                     const QString &clientSecret, const QString &code,
                                     const QString &redirectUri, const QByteArray &codeVerifier)
{
    auto *reply = new AuthReply;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    if (!clientSecret.isEmpty())
        form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    // Sent only with a verifier: one without a challenge is refused ("unexpected code verifier").
    if (!codeVerifier.isEmpty())
        form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier));
    postToken(reply, env.loginUrl(), form, AuthError::Stage::TokenRequest, clientSecret);
    return reply;
}

AuthReply *TokenClient::refresh(const QString &flightKey, const LoginEnvironment &env,
                                const QString &clientId, const QString &clientSecret,
                                const QString &refreshToken)
{
    // One request per connection; every caller gets a reply of its own that it may abort or keep.
    QPointer<AuthReply> shared = m_refreshes.value(flightKey);
    if (!shared || shared->isFinished()) {
        shared = new AuthReply(this);
        m_refreshes.insert(flightKey, shared);
        connect(shared, &AuthReply::finished, this, [this, flightKey, shared] {
            if (m_refreshes.value(flightKey) == shared)
                m_refreshes.remove(flightKey);
            shared->deleteLater();
        });
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        if (!clientSecret.isEmpty())
            form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
        postToken(shared, env.loginUrl(), form, AuthError::Stage::Refresh, clientSecret);
    }
    auto *reply = new AuthReply;
    connect(shared, &AuthReply::finished, reply, [reply, shared] {
        if (shared->ok())
            reply->finishWithTokens(shared->tokens());
        else
            reply->finishWithError(shared->error());
    });
    return reply;
}

AuthReply *TokenClient::revoke(const LoginEnvironment &env, const QString &token)
{
    auto *reply = new AuthReply;
    const QUrl url = endpoint(env.loginUrl(), QStringLiteral("/services/oauth2/revoke"));
    if (!checkUrl(url, reply, AuthError::Stage::Revoke))
        return reply;
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader,
                QByteArray("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), token);
    QNetworkReply *net = m_nam->post(r, formBody(form));
    reply->setNetworkReply(net);
    connect(net, &QNetworkReply::finished, reply, [reply, net] {
        net->deleteLater();
        const AuthError error = AuthError::fromReply(
            net, net->isOpen() ? net->readAll() : QByteArray(), AuthError::Stage::Revoke);
        if (error.isError())
            reply->finishWithError(error);
        else
            reply->finishWithJson({});
    });
    return reply;
}

AuthReply *TokenClient::getJson(const QUrl &url, const QString &accessToken, AuthError::Stage stage)
{
    auto *reply = new AuthReply;
    if (!checkUrl(url, reply, stage))
        return reply;
    QNetworkRequest r = request(url);
    if (!accessToken.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    QNetworkReply *net = m_nam->get(r);
    reply->setNetworkReply(net);
    connect(net, &QNetworkReply::finished, reply, [reply, net, stage] {
        net->deleteLater();
        const QByteArray body = net->isOpen() ? net->readAll() : QByteArray();
        const AuthError error = AuthError::fromReply(net, body, stage);
        if (error.isError()) {
            reply->finishWithError(error);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (doc.isNull()) {
            reply->finishWithError(AuthError(AuthError::Kind::MalformedResponse, stage,
                                             QStringLiteral("not_json"), parseError.errorString(),
                                             200));
            return;
        }
        reply->finishWithJson(doc);
    });
    return reply;
}

AuthReply *TokenClient::versions(const QString &instanceUrl)
{
    return getJson(endpoint(QUrl(instanceUrl), QStringLiteral("/services/data/")), QString(),
                   AuthError::Stage::Probe);
}

AuthReply *TokenClient::probeSession(const QString &instanceUrl, const QString &apiVersion,
                                     const QString &accessToken)
{
    return getJson(
        endpoint(QUrl(instanceUrl), QStringLiteral("/services/data/v%1").arg(apiVersion)),
        accessToken, AuthError::Stage::Probe);
}

AuthReply *TokenClient::userInfo(const QString &instanceUrl, const QString &accessToken)
{
    return getJson(endpoint(QUrl(instanceUrl), QStringLiteral("/services/oauth2/userinfo")),
                   accessToken, AuthError::Stage::Identity);
}

AuthReply *TokenClient::limits(const QString &instanceUrl, const QString &apiVersion,
                               const QString &accessToken)
{
    return getJson(
        endpoint(QUrl(instanceUrl), QStringLiteral("/services/data/v%1/limits").arg(apiVersion)),
        accessToken, AuthError::Stage::Probe);
}

} // namespace sfconnect
