// Contract tests of the sfconnect org emulator, over HTTP only. Each row is a row of the error
// table in emulator/README.md or of the Salesforce wire reference (salesforce-oauth.md,
// sections 2-8) that the emulator covers: it asserts the HTTP status, the content type and the
// exact body (or the exact error / error_description) a Salesforce org sends in that situation.
// The browser sign-in (and everything that needs its refresh tokens) is in
// tst_emulator_browser.cpp, the JWT bearer flow in tst_emulator_jwt.cpp.
#include "EmulatorClient.h"

#include "Emulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace emutest;
using namespace Qt::StringLiterals;

namespace {

const QString kVersionPath = u"/services/data/v62.0"_s;

// A password-grant body; an empty client id or secret leaves the parameter out.
QByteArray passwordBody(const QString &clientId, const QString &secret,
                        const QString &username = kUsername,
                        const QString &password = kPassword + kSecurityToken)
{
    Form form{{u"grant_type"_s, u"password"_s}};
    if (!clientId.isEmpty())
        form.append({u"client_id"_s, clientId});
    if (!secret.isEmpty())
        form.append({u"client_secret"_s, secret});
    form.append({u"username"_s, username});
    form.append({u"password"_s, password});
    return formEncode(form);
}

// A token request whose form body arrives chunked, without Content-Length, as some HTTP stacks
// send it.
QByteArray chunkedTokenRequest(quint16 port, const QByteArray &body)
{
    QByteArray raw = "POST /services/oauth2/token HTTP/1.1\r\nHost: 127.0.0.1:"_ba +
                     QByteArray::number(port) +
                     "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"_ba;
    for (qsizetype pos = 0; pos < body.size(); pos += 7) {
        const QByteArray chunk = body.mid(pos, 7);
        raw += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    raw += "0\r\n\r\n";
    return raw;
}

} // namespace

class TestEmulatorContract : public QObject
{
    Q_OBJECT

    sfemu::Emulator m_emulator;
    std::unique_ptr<Client> m_client;

    // Applies a named precondition of a data row through the control API.
    bool applySetup(const QString &setup, QString *why)
    {
        Answer answer;
        answer.status = 200;
        if (setup.isEmpty()) {
            return true;
        } else if (setup == u"inactive user"_s) {
            QJsonObject user = demoUser(u"005000000000002AAA"_s, u"inactive@sfconnect.demo"_s);
            user.insert(u"active"_s, false);
            answer = m_client->addUser(user);
        } else if (setup == u"password flow blocked in the org"_s) {
            answer = m_client->updateOrg(
                QJsonObject{{u"settings"_s, QJsonObject{{u"passwordFlowBlocked"_s, true}}}});
        } else if (setup == u"password flow off on the app"_s) {
            answer = m_client->updateApp(
                kByoaKey, QJsonObject{{u"flows"_s, QJsonObject{{u"password"_s, false}}}});
        } else if (setup == u"login rate exceeded"_s) {
            answer = m_client->setFaults(QJsonObject{{u"loginRateExceeded"_s, true}});
        } else if (setup == u"api disabled for the user"_s) {
            answer = m_client->updateUser(kUsername, QJsonObject{{u"apiEnabled"_s, false}});
        } else if (setup == u"api currently disabled for the user"_s) {
            answer =
                m_client->updateUser(kUsername, QJsonObject{{u"apiCurrentlyDisabled"_s, true}});
        } else if (setup == u"expire access tokens"_s) {
            answer = m_client->expireTokens(u"access"_s);
        } else if (setup == u"expire all tokens"_s) {
            answer = m_client->expireTokens(u"all"_s);
        } else if (setup == u"expire the user's access tokens"_s) {
            answer = m_client->expireTokens(u"access"_s, kUsername);
        } else if (setup == u"revoke access tokens"_s) {
            answer = m_client->revokeTokens(u"access"_s);
        } else {
            *why = u"unknown setup: "_s + setup;
            return false;
        }
        if (!answer.ok())
            *why = setup + u": "_s + answer.describe();
        return answer.ok();
    }

    bool token(QString *accessToken, QString *why)
    {
        return m_client->accessToken(accessToken, why);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start(0, &error), qPrintable(error));
        m_client = std::make_unique<Client>(m_emulator.baseUrl());
    }

    void init()
    {
        // Every test starts from the default scenario, without tokens and with an empty log.
        EMU_VERIFY_OK(m_client->reset());
    }

    // --- Token endpoint: password grant -------------------------------------------------------

    void passwordGrant_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("client credentials in the body") << u"body"_s;
        QTest::newRow("client credentials in HTTP Basic") << u"basic"_s;
        QTest::newRow("chunked body without Content-Length") << u"chunked"_s;
    }

    void passwordGrant()
    {
        QFETCH(QString, transport);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        Answer answer;
        if (transport == u"body"_s) {
            answer = m_client->postForm(kTokenPath, passwordBody(kByoaKey, kByoaSecret));
        } else if (transport == u"basic"_s) {
            answer = m_client->postForm(kTokenPath, passwordBody({}, {}),
                                        {basicAuth(kByoaKey, kByoaSecret)});
        } else {
            answer = rawExchange(
                m_client->port(),
                chunkedTokenRequest(m_client->port(), passwordBody(kByoaKey, kByoaSecret)));
        }
        const qint64 after = QDateTime::currentMSecsSinceEpoch();

        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonObject t = answer.object();
        // Salesforce's password-grant shape: no scope and never a refresh token.
        QCOMPARE(keyList(t), u"access_token,id,instance_url,issued_at,signature,token_type"_s);

        const QString accessToken = t.value(u"access_token"_s).toString();
        static const QRegularExpression tokenShape(u"^00D[A-Za-z0-9]{12}!\\S+$"_s);
        QVERIFY2(tokenShape.match(accessToken).hasMatch(), qPrintable(accessToken));
        QVERIFY(accessToken.startsWith(kOrgId.left(15) + u'!'));
        QCOMPARE(t.value(u"instance_url"_s).toString(), m_client->baseString());
        QCOMPARE(t.value(u"id"_s).toString(), identityUrl());
        QCOMPARE(t.value(u"token_type"_s).toString(), u"Bearer"_s);

        // issued_at: milliseconds since the epoch, as a JSON string.
        QVERIFY(t.value(u"issued_at"_s).isString());
        const QString issuedAt = t.value(u"issued_at"_s).toString();
        static const QRegularExpression digits(u"^[0-9]{13}$"_s);
        QVERIFY2(digits.match(issuedAt).hasMatch(), qPrintable(issuedAt));
        QVERIFY(issuedAt.toLongLong() >= before - 1000);
        QVERIFY(issuedAt.toLongLong() <= after + 1000);

        QCOMPARE(t.value(u"signature"_s).toString(),
                 expectedSignature(kByoaSecret, t.value(u"id"_s).toString(), issuedAt));

        // The token opens a REST session.
        const Answer probe = m_client->get(kVersionPath, {bearer(accessToken)});
        QVERIFY2(probe.status == 200, qPrintable(probe.describe()));
    }

    void sandboxIdentityHost()
    {
        EMU_VERIFY_OK(m_client->updateOrg(QJsonObject{{u"type"_s, u"sandbox"_s}}));
        QString why;
        const QJsonObject t = m_client->tokenFor(kUsername, kPassword + kSecurityToken, &why);
        QVERIFY2(!t.isEmpty(), qPrintable(why));
        // A sandbox's identity URL is on the generic sandbox login host.
        QCOMPARE(t.value(u"id"_s).toString(), identityUrl(u"https://test.salesforce.com"_s));
        QCOMPARE(t.value(u"signature"_s).toString(),
                 expectedSignature(kByoaSecret, t.value(u"id"_s).toString(),
                                   t.value(u"issued_at"_s).toString()));
    }

    // --- Token endpoint: errors -----------------------------------------------------------------

    void tokenErrors_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");

        const QByteArray form = kFormType;
        const QByteArray none;
        const QString unsupported = u"unsupported_grant_type"_s;
        const QString notSupported = u"grant type not supported"_s;
        const QString invalidGrant = u"invalid_grant"_s;
        const QString authFailure = u"authentication failure"_s;
        const QString good = kPassword + kSecurityToken;
        const QByteArray pw = passwordBody(kByoaKey, kByoaSecret);

        QTest::newRow("grant_type unknown")
            << QString() << "POST"_ba << form
            << formEncode(Form{{u"grant_type"_s, u"magic_link"_s}, {u"client_id"_s, kByoaKey}})
            << none << unsupported << notSupported;
        QTest::newRow("grant_type missing") << QString() << "POST"_ba << form
                                            << formEncode(Form{{u"client_id"_s, kByoaKey},
                                                               {u"client_secret"_s, kByoaSecret},
                                                               {u"username"_s, kUsername},
                                                               {u"password"_s, good}})
                                            << none << unsupported << notSupported;
        const QJsonObject jsonBody{{u"grant_type"_s, u"password"_s},
                                   {u"client_id"_s, kByoaKey},
                                   {u"client_secret"_s, kByoaSecret},
                                   {u"username"_s, kUsername},
                                   {u"password"_s, good}};
        QTest::newRow("body is JSON, not form-encoded")
            << QString() << "POST"_ba
            << "application/json"_ba << QJsonDocument(jsonBody).toJson(QJsonDocument::Compact)
            << none << unsupported << notSupported;
        QTest::newRow("form body labelled text/plain")
            << QString() << "POST"_ba
            << "text/plain"_ba << pw << none << unsupported << notSupported;
        QTest::newRow("GET on the token endpoint")
            << QString() << "GET"_ba << none << pw << none << u"invalid_request"_s
            << u"must use HTTP POST"_s;

        QTest::newRow("password: unknown client id")
            << QString() << "POST"_ba << form << passwordBody(u"NoSuchConsumerKey"_s, kByoaSecret)
            << none << u"invalid_client_id"_s << u"client identifier invalid"_s;
        QTest::newRow("password: unknown client id in HTTP Basic")
            << QString() << "POST"_ba << form << passwordBody({}, {})
            << "Basic "_ba + "NoSuchConsumerKey:x"_ba.toBase64() << u"invalid_client_id"_s
            << u"client identifier invalid"_s;
        QTest::newRow("password: wrong client secret")
            << QString() << "POST"_ba << form << passwordBody(kByoaKey, u"WrongSecret"_s) << none
            << u"invalid_client"_s << u"invalid client credentials"_s;
        QTest::newRow("password: wrong client secret in HTTP Basic")
            << QString() << "POST"_ba << form << passwordBody({}, {})
            << basicAuth(kByoaKey, u"WrongSecret"_s).second << u"invalid_client"_s
            << u"invalid client credentials"_s;
        QTest::newRow("password: wrong password")
            << QString() << "POST"_ba << form
            << passwordBody(kByoaKey, kByoaSecret, kUsername, u"Wrong-Pass-1"_s + kSecurityToken)
            << none << invalidGrant << authFailure;
        QTest::newRow("password: security token missing")
            << QString() << "POST"_ba << form
            << passwordBody(kByoaKey, kByoaSecret, kUsername, kPassword) << none << invalidGrant
            << authFailure;
        QTest::newRow("password: wrong security token")
            << QString() << "POST"_ba << form
            << passwordBody(kByoaKey, kByoaSecret, kUsername, kPassword + u"WRONGTOKEN00"_s) << none
            << invalidGrant << authFailure;
        QTest::newRow("password: unknown username")
            << QString() << "POST"_ba << form
            << passwordBody(kByoaKey, kByoaSecret, u"nobody@sfconnect.demo"_s, good) << none
            << invalidGrant << authFailure;
        QTest::newRow("password: user deactivated")
            << u"inactive user"_s << "POST"_ba << form
            << passwordBody(kByoaKey, kByoaSecret, u"inactive@sfconnect.demo"_s, good) << none
            << invalidGrant << u"inactive user"_s;
        // Salesforce does not say that the flow is blocked: it is an authentication failure.
        QTest::newRow("password: flow blocked in the org")
            << u"password flow blocked in the org"_s << "POST"_ba << form << pw << none
            << invalidGrant << authFailure;
        QTest::newRow("password: flow not enabled on the app")
            << u"password flow off on the app"_s << "POST"_ba << form << pw << none << invalidGrant
            << authFailure;
        QTest::newRow("password: login rate exceeded")
            << u"login rate exceeded"_s << "POST"_ba << form << pw << none << invalidGrant
            << u"login rate exceeded"_s;

        QTest::newRow("authorization_code: unknown code")
            << QString() << "POST"_ba << form
            << formEncode(Form{{u"grant_type"_s, u"authorization_code"_s},
                               {u"code"_s, u"aPrxNoSuchCode0000=="_s},
                               {u"client_id"_s, kPublicKey},
                               {u"redirect_uri"_s, kCallback},
                               {u"code_verifier"_s, QString::fromLatin1(pkceVerifier())}})
            << none << invalidGrant << u"expired authorization code"_s;
        QTest::newRow("authorization_code: unknown client id")
            << QString() << "POST"_ba << form
            << formEncode(Form{{u"grant_type"_s, u"authorization_code"_s},
                               {u"code"_s, u"aPrxNoSuchCode0000=="_s},
                               {u"client_id"_s, u"NoSuchConsumerKey"_s},
                               {u"redirect_uri"_s, kCallback}})
            << none << u"invalid_client_id"_s << u"client identifier invalid"_s;
        QTest::newRow("refresh_token: garbage token")
            << QString() << "POST"_ba << form
            << formEncode(Form{{u"grant_type"_s, u"refresh_token"_s},
                               {u"client_id"_s, kPublicKey},
                               {u"refresh_token"_s, u"5Aep861NotARealRefreshToken"_s}})
            << none << invalidGrant << u"expired access/refresh token"_s;
        QTest::newRow("refresh_token: unknown client id")
            << QString() << "POST"_ba << form
            << formEncode(Form{{u"grant_type"_s, u"refresh_token"_s},
                               {u"client_id"_s, u"NoSuchConsumerKey"_s},
                               {u"refresh_token"_s, u"5Aep861NotARealRefreshToken"_s}})
            << none << u"invalid_client_id"_s << u"client identifier invalid"_s;
        QTest::newRow("jwt-bearer: garbage assertion")
            << QString() << "POST"_ba << form
            << formEncode(Form{{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s},
                               {u"assertion"_s, u"not-a-jwt"_s}})
            << none << invalidGrant << u"invalid assertion"_s;
    }

    void tokenErrors()
    {
        QFETCH(QString, setup);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, authorization);
        QFETCH(QString, error);
        QFETCH(QString, description);

        QString why;
        QVERIFY2(applySetup(setup, &why), qPrintable(why));
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization"_ba, authorization});
        Answer answer;
        if (method == "GET")
            answer = m_client->get(kTokenPath + u'?' + QString::fromLatin1(body), headers);
        else
            answer = m_client->send(method, m_client->url(kTokenPath), body, contentType, headers);

        QVERIFY2(answer.status == 400, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        QCOMPARE(canonicalJson(answer.body), canonicalJson(oauthError(error, description)));
    }

    // --- Revoke ---------------------------------------------------------------------------------

    void revokeAccessToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("POST token=<access token>") << "POST"_ba;
        QTest::newRow("GET ?token=<access token>") << "GET"_ba;
    }

    void revokeAccessToken()
    {
        QFETCH(QByteArray, method);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));

        const Answer revoke =
            method == "POST"
                ? m_client->postForm(u"/services/oauth2/revoke"_s, Form{{u"token"_s, accessToken}})
                : m_client->get(u"/services/oauth2/revoke?token="_s +
                                QString::fromLatin1(QUrl::toPercentEncoding(accessToken)));
        QVERIFY2(revoke.status == 200, qPrintable(revoke.describe()));
        QVERIFY(revoke.body.isEmpty());

        // The session is gone everywhere: REST, UserInfo and introspection.
        const Answer rest = m_client->get(kVersionPath, {bearer(accessToken)});
        QCOMPARE(rest.status, 401);
        QCOMPARE(rest.contentType, kJsonType);
        QCOMPARE(
            canonicalJson(rest.body),
            canonicalJson(restError(u"INVALID_SESSION_ID"_s, u"Session expired or invalid"_s)));
        const Answer userinfo =
            m_client->get(u"/services/oauth2/userinfo"_s, {bearer(accessToken)});
        QCOMPARE(userinfo.status, 403);
        QCOMPARE(userinfo.body, "Bad_OAuth_Token"_ba);
        const Answer introspect = m_client->postForm(u"/services/oauth2/introspect"_s,
                                                     Form{{u"token"_s, accessToken},
                                                          {u"client_id"_s, kByoaKey},
                                                          {u"client_secret"_s, kByoaSecret}});
        QCOMPARE(introspect.status, 200);
        QCOMPARE(canonicalJson(introspect.body), canonicalJson(QJsonObject{{u"active"_s, false}}));
    }

    void revokeErrors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("parameters");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray invalidToken = "error=invalid_token&error_description=invalid%20token"_ba;
        const QByteArray unsupported = "error=unsupported_token_type&error_description="
                                       "this%20token%20type%20is%20not%20supported"_ba;
        QTest::newRow("POST with an unknown token")
            << "POST"_ba
            << "token=00D000000000001%21NoSuchToken"_ba << invalidToken;
        QTest::newRow("GET with an unknown token")
            << "GET"_ba
            << "token=00D000000000001%21NoSuchToken"_ba << invalidToken;
        QTest::newRow("POST without a token") << "POST"_ba << QByteArray() << unsupported;
        QTest::newRow("GET without a token") << "GET"_ba << QByteArray() << unsupported;
    }

    void revokeErrors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, parameters);
        QFETCH(QByteArray, expected);
        const QString path = u"/services/oauth2/revoke"_s;
        const Answer answer =
            method == "POST"
                ? m_client->postForm(path, parameters)
                : m_client->get(
                      parameters.isEmpty() ? path : path + u'?' + QString::fromLatin1(parameters));
        QVERIFY2(answer.status == 400, qPrintable(answer.describe()));
        // Revoke errors are form-encoded, not JSON (jsforce parses them with querystring).
        QVERIFY2(!answer.contentType.startsWith("application/json"),
                 answer.contentType.constData());
        QCOMPARE(answer.body, expected);
    }

    // --- UserInfo -------------------------------------------------------------------------------

    void userinfo_data()
    {
        QTest::addColumn<bool>("inQuery");
        QTest::newRow("Authorization: Bearer") << false;
        QTest::newRow("oauth_token in the query") << true;
    }

    void userinfo()
    {
        QFETCH(bool, inQuery);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        const QString path = u"/services/oauth2/userinfo"_s;
        const Answer answer =
            inQuery ? m_client->get(path + u"?oauth_token="_s +
                                    QString::fromLatin1(QUrl::toPercentEncoding(accessToken)))
                    : m_client->get(path, {bearer(accessToken)});
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonObject u = answer.object();

        const QStringList fields{u"sub"_s,
                                 u"user_id"_s,
                                 u"organization_id"_s,
                                 u"preferred_username"_s,
                                 u"nickname"_s,
                                 u"name"_s,
                                 u"email"_s,
                                 u"email_verified"_s,
                                 u"given_name"_s,
                                 u"family_name"_s,
                                 u"zoneinfo"_s,
                                 u"photos"_s,
                                 u"profile"_s,
                                 u"picture"_s,
                                 u"address"_s,
                                 u"is_salesforce_integration_user"_s,
                                 u"urls"_s,
                                 u"active"_s,
                                 u"user_type"_s,
                                 u"language"_s,
                                 u"locale"_s,
                                 u"utcOffset"_s,
                                 u"updated_at"_s,
                                 u"is_app_installed"_s};
        for (const QString &field : fields)
            QVERIFY2(u.contains(field), qPrintable(u"missing field "_s + field));

        QCOMPARE(u.value(u"sub"_s).toString(), identityUrl());
        QCOMPARE(u.value(u"user_id"_s).toString(), kUserId);
        QCOMPARE(u.value(u"organization_id"_s).toString(), kOrgId);
        QCOMPARE(u.value(u"preferred_username"_s).toString(), kUsername);
        QCOMPARE(u.value(u"given_name"_s).toString(), u"Ada"_s);
        QCOMPARE(u.value(u"family_name"_s).toString(), u"Admin"_s);
        QCOMPARE(u.value(u"name"_s).toString(), u"Ada Admin"_s);
        QCOMPARE(u.value(u"email"_s).toString(), kUsername);
        QCOMPARE(u.value(u"active"_s).toBool(), true);
        QCOMPARE(u.value(u"user_type"_s).toString(), u"STANDARD"_s);
        QVERIFY(u.value(u"email_verified"_s).isBool());
        QVERIFY(u.value(u"is_app_installed"_s).isBool());
        QVERIFY(u.value(u"utcOffset"_s).isDouble());
        QVERIFY(u.value(u"photos"_s).toObject().contains(u"picture"_s));
        QVERIFY(u.value(u"photos"_s).toObject().contains(u"thumbnail"_s));
        QVERIFY(u.value(u"address"_s).isObject());
        static const QRegularExpression updatedAt(
            u"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}\\+0000$"_s);
        QVERIFY2(updatedAt.match(u.value(u"updated_at"_s).toString()).hasMatch(),
                 qPrintable(u.value(u"updated_at"_s).toString()));

        const QJsonObject urls = u.value(u"urls"_s).toObject();
        const QStringList urlKeys{u"enterprise"_s,    u"metadata"_s,     u"partner"_s,
                                  u"rest"_s,          u"sobjects"_s,     u"search"_s,
                                  u"query"_s,         u"recent"_s,       u"tooling_soap"_s,
                                  u"tooling_rest"_s,  u"profile"_s,      u"feeds"_s,
                                  u"groups"_s,        u"users"_s,        u"feed_items"_s,
                                  u"feed_elements"_s, u"custom_domain"_s};
        for (const QString &key : urlKeys)
            QVERIFY2(urls.value(key).isString(), qPrintable(u"missing urls."_s + key));
        // Salesforce leaves the API version as a placeholder.
        for (const QString &key : {u"rest"_s, u"sobjects"_s, u"query"_s})
            QVERIFY2(urls.value(key).toString().contains(u"{version}"_s),
                     qPrintable(urls.value(key).toString()));
    }

    void userinfoErrors_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("no token") << QString() << u"none"_s << 403 << "Missing_OAuth_Token"_ba;
        QTest::newRow("garbage Bearer token")
            << QString() << u"garbage bearer"_s << 403 << "Bad_OAuth_Token"_ba;
        QTest::newRow("garbage oauth_token in the query")
            << QString() << u"garbage query"_s << 403 << "Bad_OAuth_Token"_ba;
        // 403, not 401: generic clients must not try to refresh here.
        QTest::newRow("expired access token")
            << u"expire access tokens"_s << u"bearer"_s << 403 << "Bad_OAuth_Token"_ba;
        QTest::newRow("revoked access token (control API)")
            << u"revoke access tokens"_s << u"bearer"_s << 403 << "Bad_OAuth_Token"_ba;
    }

    void userinfoErrors()
    {
        QFETCH(QString, setup);
        QFETCH(QString, mode);
        QFETCH(int, status);
        QFETCH(QByteArray, expected);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        QVERIFY2(applySetup(setup, &why), qPrintable(why));

        const QString path = u"/services/oauth2/userinfo"_s;
        Answer answer;
        if (mode == u"none"_s)
            answer = m_client->get(path);
        else if (mode == u"garbage bearer"_s)
            answer = m_client->get(path, {bearer(u"00D000000000001!garbage"_s)});
        else if (mode == u"garbage query"_s)
            answer = m_client->get(path + u"?oauth_token=00D000000000001%21garbage"_s);
        else
            answer = m_client->get(path, {bearer(accessToken)});
        QVERIFY2(answer.status == status, qPrintable(answer.describe()));
        QVERIFY2(answer.contentType.startsWith("text/plain"), answer.contentType.constData());
        QCOMPARE(answer.body, expected);
    }

    // --- Identity URL ---------------------------------------------------------------------------

    void identity_data()
    {
        QTest::addColumn<bool>("inQuery");
        QTest::newRow("Authorization: Bearer") << false;
        QTest::newRow("oauth_token in the query") << true;
    }

    void identity()
    {
        QFETCH(bool, inQuery);
        QString why;
        const QJsonObject t = m_client->tokenFor(kUsername, kPassword + kSecurityToken, &why);
        QVERIFY2(!t.isEmpty(), qPrintable(why));
        const QString accessToken = t.value(u"access_token"_s).toString();
        // Clients call the identity URL's path on the host they talk to.
        const QString path = QUrl(t.value(u"id"_s).toString()).path();
        QCOMPARE(path, u"/id/"_s + kOrgId + u'/' + kUserId);
        const Answer answer =
            inQuery ? m_client->get(path + u"?oauth_token="_s +
                                    QString::fromLatin1(QUrl::toPercentEncoding(accessToken)))
                    : m_client->get(path, {bearer(accessToken)});
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonObject id = answer.object();
        const QStringList fields{u"id"_s,
                                 u"asserted_user"_s,
                                 u"user_id"_s,
                                 u"organization_id"_s,
                                 u"username"_s,
                                 u"nick_name"_s,
                                 u"display_name"_s,
                                 u"email"_s,
                                 u"email_verified"_s,
                                 u"first_name"_s,
                                 u"last_name"_s,
                                 u"timezone"_s,
                                 u"photos"_s,
                                 u"addr_street"_s,
                                 u"addr_city"_s,
                                 u"addr_state"_s,
                                 u"addr_country"_s,
                                 u"addr_zip"_s,
                                 u"mobile_phone"_s,
                                 u"mobile_phone_verified"_s,
                                 u"is_lightning_login_user"_s,
                                 u"status"_s,
                                 u"urls"_s,
                                 u"active"_s,
                                 u"user_type"_s,
                                 u"language"_s,
                                 u"locale"_s,
                                 u"utcOffset"_s,
                                 u"last_modified_date"_s,
                                 u"is_app_installed"_s};
        for (const QString &field : fields)
            QVERIFY2(id.contains(field), qPrintable(u"missing field "_s + field));
        QCOMPARE(id.value(u"id"_s).toString(), identityUrl());
        QCOMPARE(id.value(u"user_id"_s).toString(), kUserId);
        QCOMPARE(id.value(u"organization_id"_s).toString(), kOrgId);
        QCOMPARE(id.value(u"username"_s).toString(), kUsername);
        QCOMPARE(id.value(u"first_name"_s).toString(), u"Ada"_s);
        QCOMPARE(id.value(u"last_name"_s).toString(), u"Admin"_s);
        QCOMPARE(id.value(u"display_name"_s).toString(), u"Ada Admin"_s);
        QCOMPARE(id.value(u"active"_s).toBool(), true);
        QVERIFY(
            id.value(u"urls"_s).toObject().value(u"rest"_s).toString().contains(u"{version}"_s));
    }

    void identityErrors_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expected");
        const QString otherOrg = u"/id/00D000000000002EAA/"_s + kUserId;
        const QString unknownUser = u"/id/"_s + kOrgId + u"/005000000000009AAA"_s;
        const QString mine = u"/id/"_s + kOrgId + u'/' + kUserId;
        QTest::newRow("Bearer, another org's id")
            << u"bearer"_s << otherOrg << 403 << "Wrong_Org"_ba;
        QTest::newRow("oauth_token, another org's id")
            << u"query"_s << otherOrg << 403 << "Wrong_Org"_ba;
        QTest::newRow("Bearer, unknown user id")
            << u"bearer"_s << unknownUser << 404 << "Bad_Id"_ba;
        QTest::newRow("oauth_token, unknown user id")
            << u"query"_s << unknownUser << 404 << "Bad_Id"_ba;
        QTest::newRow("no token") << u"none"_s << mine << 403 << "Missing_OAuth_Token"_ba;
        QTest::newRow("garbage Bearer token")
            << u"garbage"_s << mine << 403 << "Bad_OAuth_Token"_ba;
    }

    void identityErrors()
    {
        QFETCH(QString, mode);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, expected);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        Answer answer;
        if (mode == u"bearer"_s)
            answer = m_client->get(path, {bearer(accessToken)});
        else if (mode == u"query"_s)
            answer = m_client->get(path + u"?oauth_token="_s +
                                   QString::fromLatin1(QUrl::toPercentEncoding(accessToken)));
        else if (mode == u"garbage"_s)
            answer = m_client->get(path, {bearer(u"00D000000000001!garbage"_s)});
        else
            answer = m_client->get(path);
        QVERIFY2(answer.status == status, qPrintable(answer.describe()));
        QVERIFY2(answer.contentType.startsWith("text/plain"), answer.contentType.constData());
        QCOMPARE(answer.body, expected);
    }

    // --- Introspection --------------------------------------------------------------------------

    void introspect_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<bool>("garbage");
        QTest::addColumn<bool>("active");
        QTest::newRow("active access token") << QString() << false << true;
        QTest::newRow("unknown token") << QString() << true << false;
        QTest::newRow("expired access token") << u"expire access tokens"_s << false << false;
        QTest::newRow("revoked access token") << u"revoke access tokens"_s << false << false;
    }

    void introspect()
    {
        QFETCH(QString, setup);
        QFETCH(bool, garbage);
        QFETCH(bool, active);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        QVERIFY2(applySetup(setup, &why), qPrintable(why));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const Answer answer = m_client->postForm(
            u"/services/oauth2/introspect"_s,
            Form{{u"token"_s, garbage ? u"00D000000000001!garbage"_s : accessToken},
                 {u"token_type_hint"_s, u"access_token"_s},
                 {u"client_id"_s, kByoaKey},
                 {u"client_secret"_s, kByoaSecret}});
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonObject o = answer.object();
        if (!active) {
            QCOMPARE(canonicalJson(answer.body), canonicalJson(QJsonObject{{u"active"_s, false}}));
            return;
        }
        QCOMPARE(o.value(u"active"_s).toBool(), true);
        QCOMPARE(o.value(u"client_id"_s).toString(), kByoaKey);
        QCOMPARE(o.value(u"username"_s).toString(), kUsername);
        QCOMPARE(o.value(u"sub"_s).toString(), identityUrl());
        QCOMPARE(o.value(u"token_type"_s).toString(), u"access_token"_s);
        // exp, iat and nbf are seconds.
        QVERIFY(o.value(u"iat"_s).isDouble());
        QVERIFY(o.value(u"nbf"_s).isDouble());
        QVERIFY(o.value(u"exp"_s).isDouble());
        QVERIFY(qAbs(qint64(o.value(u"iat"_s).toDouble()) - now) < 60);
        QVERIFY(o.value(u"exp"_s).toDouble() > o.value(u"iat"_s).toDouble());
    }

    // --- REST: versions and resources -----------------------------------------------------------

    void versions_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/services/data/") << u"/services/data/"_s;
        QTest::newRow("/services/data") << u"/services/data"_s;
    }

    void versions()
    {
        QFETCH(QString, path);
        // No authentication: clients read the versions before they have a session.
        const Answer answer = m_client->get(path);
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
        QVERIFY(doc.isArray());
        QStringList seen;
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(keyList(o), u"label,url,version"_s);
            const QString version = o.value(u"version"_s).toString();
            QCOMPARE(o.value(u"url"_s).toString(), u"/services/data/v"_s + version);
            QVERIFY(!o.value(u"label"_s).toString().isEmpty());
            seen.append(version);
        }
        seen.sort();
        QCOMPARE(seen.join(u','), u"60.0,61.0,62.0"_s);
    }

    void resourcesByVersion_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("version");
        QTest::newRow("v62.0") << u"/services/data/v62.0"_s << u"62.0"_s;
        QTest::newRow("v62.0/ (trailing slash)") << u"/services/data/v62.0/"_s << u"62.0"_s;
        QTest::newRow("v60.0 (oldest supported)") << u"/services/data/v60.0"_s << u"60.0"_s;
    }

    void resourcesByVersion()
    {
        QFETCH(QString, path);
        QFETCH(QString, version);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        const Answer answer = m_client->get(path, {bearer(accessToken)});
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonObject map = answer.object();
        const QString prefix = u"/services/data/v"_s + version;
        QCOMPARE(map.value(u"sobjects"_s).toString(), prefix + u"/sobjects"_s);
        QCOMPARE(map.value(u"limits"_s).toString(), prefix + u"/limits"_s);
        // jsforce reads the identity URL from here.
        QVERIFY2(map.value(u"identity"_s).toString().endsWith(u"/id/"_s + kOrgId + u'/' + kUserId),
                 qPrintable(map.value(u"identity"_s).toString()));
        for (auto it = map.begin(); it != map.end(); ++it)
            QVERIFY2(it.value().isString(), qPrintable(it.key()));
    }

    // --- REST: errors ---------------------------------------------------------------------------

    void restSessionErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("setup");
        const QString limits = kVersionPath + u"/limits"_s;
        QTest::newRow("v62.0 without Authorization") << kVersionPath << u"none"_s << QString();
        QTest::newRow("v62.0 with a garbage token") << kVersionPath << u"garbage"_s << QString();
        QTest::newRow("v62.0, access tokens expired (control API)")
            << kVersionPath << u"token"_s << u"expire access tokens"_s;
        QTest::newRow("v62.0, all tokens expired (control API)")
            << kVersionPath << u"token"_s << u"expire all tokens"_s;
        QTest::newRow("v62.0, the user's access tokens expired (control API)")
            << kVersionPath << u"token"_s << u"expire the user's access tokens"_s;
        QTest::newRow("v62.0, access tokens revoked (control API)")
            << kVersionPath << u"token"_s << u"revoke access tokens"_s;
        QTest::newRow("limits without Authorization") << limits << u"none"_s << QString();
        QTest::newRow("query with a garbage token")
            << kVersionPath + u"/query?q=SELECT%20Id%20FROM%20Organization"_s << u"garbage"_s
            << QString();
        QTest::newRow("sobjects, access tokens expired (control API)")
            << kVersionPath + u"/sobjects/"_s << u"token"_s << u"expire access tokens"_s;
    }

    void restSessionErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, mode);
        QFETCH(QString, setup);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        QVERIFY2(applySetup(setup, &why), qPrintable(why));
        Headers headers;
        if (mode == u"garbage"_s)
            headers.append(bearer(u"00D000000000001!garbage"_s));
        else if (mode == u"token"_s)
            headers.append(bearer(accessToken));
        const Answer answer = m_client->get(path, headers);
        QVERIFY2(answer.status == 401, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        // REST errors are arrays, unlike OAuth errors.
        QCOMPARE(
            canonicalJson(answer.body),
            canonicalJson(restError(u"INVALID_SESSION_ID"_s, u"Session expired or invalid"_s)));
    }

    void expiringAnotherUsersTokensLeavesOursAlone()
    {
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        EMU_VERIFY_OK(
            m_client->addUser(demoUser(u"005000000000002AAA"_s, u"other@sfconnect.demo"_s)));
        EMU_VERIFY_OK(m_client->expireTokens(u"all"_s, u"other@sfconnect.demo"_s));
        const Answer answer = m_client->get(kVersionPath, {bearer(accessToken)});
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
    }

    void restPermissionErrors_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("message");
        const QString apiDisabled = u"The REST API is not enabled for this Organization."_s;
        QTest::newRow("user without API Enabled: v62.0")
            << u"api disabled for the user"_s << kVersionPath << u"API_DISABLED_FOR_ORG"_s
            << apiDisabled;
        QTest::newRow("user without API Enabled: limits")
            << u"api disabled for the user"_s << kVersionPath + u"/limits"_s
            << u"API_DISABLED_FOR_ORG"_s << apiDisabled;
        QTest::newRow("user setting apiCurrentlyDisabled")
            << u"api currently disabled for the user"_s << kVersionPath
            << u"API_CURRENTLY_DISABLED"_s << u"API is disabled for this User"_s;
    }

    void restPermissionErrors()
    {
        QFETCH(QString, setup);
        QFETCH(QString, path);
        QFETCH(QString, errorCode);
        QFETCH(QString, message);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        QVERIFY2(applySetup(setup, &why), qPrintable(why));
        const Answer answer = m_client->get(path, {bearer(accessToken)});
        QVERIFY2(answer.status == 403, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        QCOMPARE(canonicalJson(answer.body), canonicalJson(restError(errorCode, message)));
    }

    void restNotFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("version below the org's range") << u"/services/data/v59.0"_s;
        QTest::newRow("version above the org's range") << u"/services/data/v63.0"_s;
        QTest::newRow("version that is not a number") << u"/services/data/latest"_s;
        QTest::newRow("unknown resource under a version") << kVersionPath + u"/nothing"_s;
    }

    void restNotFound()
    {
        QFETCH(QString, path);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        const Answer answer = m_client->get(path, {bearer(accessToken)});
        QVERIFY2(answer.status == 404, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        QCOMPARE(
            canonicalJson(answer.body),
            canonicalJson(restError(u"NOT_FOUND"_s, u"The requested resource does not exist"_s)));
    }

    void unknownPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/nothing") << u"/nothing"_s;
        QTest::newRow("/services/oauth2/nothing") << u"/services/oauth2/nothing"_s;
        QTest::newRow("/services/nothing") << u"/services/nothing"_s;
    }

    void unknownPaths()
    {
        QFETCH(QString, path);
        const Answer answer = m_client->get(path);
        QVERIFY2(answer.status == 404, qPrintable(answer.describe()));
    }

    void restWrongMethod_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("DELETE v62.0") << "DELETE"_ba << kVersionPath;
        QTest::newRow("POST limits") << "POST"_ba << kVersionPath + u"/limits"_s;
        QTest::newRow("PUT query")
            << "PUT"_ba << kVersionPath + u"/query?q=SELECT%20Id%20FROM%20User"_s;
        QTest::newRow("PATCH sobjects") << "PATCH"_ba << kVersionPath + u"/sobjects/"_s;
    }

    void restWrongMethod()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        const Answer answer = m_client->send(verb, m_client->url(path), "{}"_ba,
                                             "application/json"_ba, {bearer(accessToken)});
        QVERIFY2(answer.status == 405, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonArray errors = answer.array();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(u"errorCode"_s).toString(), u"METHOD_NOT_ALLOWED"_s);
        QVERIFY(!errors.at(0).toObject().value(u"message"_s).toString().isEmpty());
    }

    // --- REST: resources ------------------------------------------------------------------------

    void limits()
    {
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        const Answer answer = m_client->get(kVersionPath + u"/limits"_s, {bearer(accessToken)});
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonObject limits = answer.object();
        QVERIFY(limits.contains(u"DailyApiRequests"_s));
        QVERIFY(!limits.isEmpty());
        for (auto it = limits.begin(); it != limits.end(); ++it) {
            const QJsonObject limit = it.value().toObject();
            QVERIFY2(limit.value(u"Max"_s).isDouble(), qPrintable(it.key()));
            QVERIFY2(limit.value(u"Remaining"_s).isDouble(), qPrintable(it.key()));
            QVERIFY2(limit.value(u"Remaining"_s).toDouble() <= limit.value(u"Max"_s).toDouble(),
                     qPrintable(it.key()));
        }
    }

    void sobjects()
    {
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        const Answer answer = m_client->get(kVersionPath + u"/sobjects/"_s, {bearer(accessToken)});
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonObject global = answer.object();
        QCOMPARE(global.value(u"encoding"_s).toString(), u"UTF-8"_s);
        QCOMPARE(global.value(u"maxBatchSize"_s).toInt(), 200);
        QSet<QString> names;
        for (const QJsonValue &s : global.value(u"sobjects"_s).toArray())
            names.insert(s.toObject().value(u"name"_s).toString());
        QVERIFY(names.contains(u"Organization"_s));
        QVERIFY(names.contains(u"User"_s));
    }

    void query_data()
    {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<QString>("sobject");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("Organization") << u"SELECT Id, Name FROM Organization"_s << u"Organization"_s
                                      << kOrgId << u"Name"_s << kOrgName;
        QTest::newRow("User") << u"SELECT Id, Username FROM User"_s << u"User"_s << kUserId
                              << u"Username"_s << kUsername;
    }

    void query()
    {
        QFETCH(QString, soql);
        QFETCH(QString, sobject);
        QFETCH(QString, id);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        const Answer answer = m_client->get(kVersionPath + u"/query?q="_s +
                                                QString::fromLatin1(QUrl::toPercentEncoding(soql)),
                                            {bearer(accessToken)});
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonObject result = answer.object();
        const QJsonArray records = result.value(u"records"_s).toArray();
        QCOMPARE(result.value(u"done"_s).toBool(), true);
        QCOMPARE(result.value(u"totalSize"_s).toInt(), int(records.size()));
        QVERIFY(!records.isEmpty());
        bool found = false;
        for (const QJsonValue &v : records) {
            const QJsonObject record = v.toObject();
            const QJsonObject attributes = record.value(u"attributes"_s).toObject();
            QCOMPARE(attributes.value(u"type"_s).toString(), sobject);
            QVERIFY2(attributes.value(u"url"_s).toString().startsWith(
                         kVersionPath + u"/sobjects/"_s + sobject + u'/'),
                     qPrintable(attributes.value(u"url"_s).toString()));
            if (record.value(u"Id"_s).toString() == id && record.value(field).toString() == value)
                found = true;
        }
        QVERIFY2(found, answer.body.constData());
    }

    void queryInvalidType_data()
    {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<QString>("sobject");
        QTest::addColumn<int>("column");
        QTest::newRow("unknown object") << u"SELECT Id FROM Foo"_s << u"Foo"_s << 16;
        // The Salesforce CLI's Dev Hub probe on an org that is not a Dev Hub.
        QTest::newRow("ScratchOrgInfo (not a Dev Hub)")
            << u"SELECT Id FROM ScratchOrgInfo limit 1"_s << u"ScratchOrgInfo"_s << 16;
        QTest::newRow("external object")
            << u"SELECT Id, Name FROM Account__x"_s << u"Account__x"_s << 22;
    }

    void queryInvalidType()
    {
        QFETCH(QString, soql);
        QFETCH(QString, sobject);
        QFETCH(int, column);
        QString accessToken, why;
        QVERIFY2(token(&accessToken, &why), qPrintable(why));
        const Answer answer = m_client->get(kVersionPath + u"/query?q="_s +
                                                QString::fromLatin1(QUrl::toPercentEncoding(soql)),
                                            {bearer(accessToken)});
        QVERIFY2(answer.status == 400, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonArray errors = answer.array();
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.at(0).toObject();
        QCOMPARE(error.value(u"errorCode"_s).toString(), u"INVALID_TYPE"_s);
        const QString message = error.value(u"message"_s).toString();
        // Salesforce's wording: the query, a caret line, the position, then the reason.
        QVERIFY2(message.contains(u"ERROR at Row:1:Column:"_s + QString::number(column)),
                 qPrintable(message));
        QVERIFY2(message.contains(u"sObject type '"_s + sobject + u"' is not supported"_s),
                 qPrintable(message));
    }

    // --- Robustness -----------------------------------------------------------------------------

    void hugeBodyIsRefusedAndServingGoesOn()
    {
        QByteArray body = passwordBody(kByoaKey, kByoaSecret) + "&padding="_ba;
        body += QByteArray(1536 * 1024, 'a');
        const Answer answer = m_client->postForm(kTokenPath, body);
        // Either an HTTP error, or the connection closed before the client finished sending.
        if (answer.status != 0)
            QVERIFY2(answer.status >= 400 && answer.status < 500, qPrintable(answer.describe()));
        else
            QVERIFY2(answer.error != QNetworkReply::NoError, qPrintable(answer.describe()));
        QVERIFY2(!answer.timedOut, qPrintable(answer.describe()));

        const Answer next = m_client->get(u"/services/data/"_s);
        QVERIFY2(next.status == 200, qPrintable(next.describe()));
        QString why;
        QVERIFY2(!m_client->tokenFor(kUsername, kPassword + kSecurityToken, &why).isEmpty(),
                 qPrintable(why));
    }

    void malformedFormEncoding_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("invalid escape in a value")
            << passwordBody(kByoaKey, kByoaSecret, kUsername, QString()) + "%ZZ"_ba;
        QTest::newRow("invalid escape in grant_type") << "grant_type=pass%ZZword"_ba;
        QTest::newRow("truncated escape") << "grant_type=password%"_ba;
        QTest::newRow("invalid UTF-8 after decoding")
            << "grant_type=password&client_id=SfconnectByoaKey&username=%C3%28"_ba;
        QTest::newRow("no '=' at all") << "grant_type"_ba;
        QTest::newRow("only separators") << "&&&=&="_ba;
    }

    void malformedFormEncoding()
    {
        QFETCH(QByteArray, body);
        const Answer answer = m_client->postForm(kTokenPath, body);
        QVERIFY2(answer.status == 400, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonObject error = answer.object();
        // A Salesforce OAuth error: exactly error and error_description, both set.
        QCOMPARE(keyList(error), u"error,error_description"_s);
        QVERIFY(!error.value(u"error"_s).toString().isEmpty());
        QVERIFY(!error.value(u"error_description"_s).toString().isEmpty());
        const Answer next = m_client->get(u"/services/data/"_s);
        QVERIFY2(next.status == 200, qPrintable(next.describe()));
    }

    // --- Faults ---------------------------------------------------------------------------------

    void faults_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("faults");
        QTest::newRow("maintenance page")
            << u"maintenance"_s << QJsonObject{{u"maintenanceRate"_s, 1.0}};
        QTest::newRow("500 or 503") << u"error"_s << QJsonObject{{u"errorRate"_s, 1.0}};
        QTest::newRow("connection reset") << u"reset"_s << QJsonObject{{u"resetRate"_s, 1.0}};
        QTest::newRow("never answered") << u"silent"_s << QJsonObject{{u"silentRate"_s, 1.0}};
        QTest::newRow("JSON cut in the middle")
            << u"malformed"_s << QJsonObject{{u"malformedJsonRate"_s, 1.0}};
        QTest::newRow("latency 400 ms") << u"latency"_s << QJsonObject{{u"latencyMs"_s, 400}};
    }

    void faults()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, faults);
        // Faults limited to the versions resource, so the rest of the org stays reachable.
        faults.insert(u"paths"_s, QJsonArray{u"/services/data/"_s});
        EMU_VERIFY_OK(m_client->setFaults(faults));

        const Answer answer =
            m_client->get(u"/services/data/"_s, {}, kind == u"silent"_s ? 1000 : 0);
        if (kind == u"maintenance"_s) {
            QVERIFY2(answer.status != 0, qPrintable(answer.describe()));
            QVERIFY2(answer.contentType.startsWith("text/html"), qPrintable(answer.describe()));
            QVERIFY2(answer.text().contains(u"maintenance"_s, Qt::CaseInsensitive),
                     qPrintable(answer.describe()));
        } else if (kind == u"error"_s) {
            QVERIFY2(answer.status == 500 || answer.status == 503, qPrintable(answer.describe()));
        } else if (kind == u"reset"_s) {
            QCOMPARE(answer.status, 0);
            QVERIFY2(answer.error == QNetworkReply::RemoteHostClosedError,
                     qPrintable(answer.describe()));
        } else if (kind == u"silent"_s) {
            QCOMPARE(answer.status, 0);
            QVERIFY2(answer.error == QNetworkReply::OperationCanceledError ||
                         answer.error == QNetworkReply::TimeoutError,
                     qPrintable(answer.describe()));
            QVERIFY2(!answer.timedOut, "the transfer timeout, not the guard, must end it");
            QVERIFY(answer.elapsedMs >= 900);
        } else if (kind == u"malformed"_s) {
            QVERIFY(!answer.body.isEmpty());
            QJsonParseError parse;
            QJsonDocument::fromJson(answer.body, &parse);
            QVERIFY2(parse.error != QJsonParseError::NoError, answer.body.constData());
        } else if (kind == u"latency"_s) {
            QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
            QVERIFY2(answer.elapsedMs >= 400, qPrintable(QString::number(answer.elapsedMs)));
        } else {
            QFAIL("unknown fault kind");
        }

        // Paths outside "paths" answer normally: a plain-text answer, and a JSON one (which the
        // malformed-JSON fault must leave whole) without the added latency.
        const Answer other = m_client->get(u"/services/oauth2/userinfo"_s);
        QVERIFY2(other.status == 403, qPrintable(other.describe()));
        QCOMPARE(other.body, "Missing_OAuth_Token"_ba);
        const Answer json =
            m_client->postForm(kTokenPath, Form{{u"grant_type"_s, u"magic_link"_s}});
        QVERIFY2(json.status == 400, qPrintable(json.describe()));
        QCOMPARE(
            canonicalJson(json.body),
            canonicalJson(oauthError(u"unsupported_grant_type"_s, u"grant type not supported"_s)));
        if (kind == u"latency"_s)
            QVERIFY2(json.elapsedMs < 300, qPrintable(QString::number(json.elapsedMs)));
    }

    // --- Request log ----------------------------------------------------------------------------

    void requestLogShowsTheTokenRequest()
    {
        EMU_VERIFY_OK(m_client->clearRequestLog());
        const QByteArray body = passwordBody(kByoaKey, kByoaSecret);
        const Answer grant = m_client->postForm(kTokenPath, body);
        QVERIFY2(grant.status == 200, qPrintable(grant.describe()));

        const QList<QJsonObject> entries = m_client->logged(u"POST"_s, kTokenPath);
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first();
        QCOMPARE(entry.value(u"body"_s).toString().toUtf8(), body);
        QVERIFY(entry.contains(u"headers"_s));
        QVERIFY(entry.contains(u"query"_s));
        QVERIFY(entry.contains(u"time"_s));

        EMU_VERIFY_OK(m_client->clearRequestLog());
        QVERIFY(m_client->logged(u"POST"_s, kTokenPath).isEmpty());
    }

    void controlApiRefusesWebPages_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<int>("status");
        QTest::newRow("a page's fetch with an Origin")
            << QByteArray("application/json") << QByteArray("http://evil.example") << 403;
        QTest::newRow("a form post without a preflight")
            << QByteArray("text/plain") << QByteArray() << 415;
    }

    void controlApiRefusesWebPages()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, origin);
        QFETCH(int, status);
        Headers headers;
        if (!origin.isEmpty())
            headers.append({"Origin", origin});
        const QUrl reset(m_client->base().toString() + u"/__emulator/reset"_s);
        const Answer answer = m_client->send("POST", reset, "{}", contentType, headers);
        QCOMPARE(answer.status, status);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorContract)
#include "tst_emulator_contract.moc"
