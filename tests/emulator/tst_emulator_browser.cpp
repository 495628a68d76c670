// Browser sign-in against the sfconnect org emulator: the authorization-code flow with PKCE the
// way a person goes through it in a browser (login page, MFA page, consent page, then a 302 to
// sfconnect's local callback http://localhost:1717/OauthRedirect), driven over HTTP with a
// cookie jar and a small HTML form parser. Everything that needs the refresh tokens only this
// flow yields is here too: refresh, rotation, revocation and the limit of five refresh tokens
// per user and app.
#include "EmulatorClient.h"
#include "FakeBrowser.h"

#include "Emulator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkCookieJar>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace emutest;
using namespace Qt::StringLiterals;

namespace {

struct AuthorizeParams
{
    QString clientId = kPublicKey;
    QString redirectUri = kCallback;
    QString scope = u"api refresh_token"_s;
    QString state;
    QByteArray challenge;
    bool sendMethod = true;
};

QUrl authorizeUrl(const QUrl &base, const AuthorizeParams &p)
{
    Form form{{u"response_type"_s, u"code"_s},
              {u"client_id"_s, p.clientId},
              {u"redirect_uri"_s, p.redirectUri}};
    if (!p.scope.isEmpty())
        form.append({u"scope"_s, p.scope});
    if (!p.state.isEmpty())
        form.append({u"state"_s, p.state});
    if (!p.challenge.isEmpty()) {
        form.append({u"code_challenge"_s, QString::fromLatin1(p.challenge)});
        if (p.sendMethod)
            form.append({u"code_challenge_method"_s, u"S256"_s});
    }
    return QUrl(base.toString() + u"/services/oauth2/authorize?"_s +
                    QString::fromLatin1(formEncode(form)),
                QUrl::TolerantMode);
}

QString secretOf(const QString &clientId)
{
    return clientId == kByoaKey ? kByoaSecret : QString();
}

} // namespace

class TestEmulatorBrowser : public QObject
{
    Q_OBJECT

    sfemu::Emulator m_emulator;
    std::unique_ptr<Browser> m_browser;

    Client &client() { return m_browser->client(); }

    bool applySetup(const QString &setup, QString *why)
    {
        Answer answer;
        if (setup.isEmpty())
            return true;
        if (setup == u"public app requires PKCE"_s) {
            answer = client().updateApp(kPublicKey, QJsonObject{{u"pkceRequired"_s, true}});
        } else if (setup == u"public app without PKCE requirement"_s) {
            answer = client().updateApp(kPublicKey, QJsonObject{{u"pkceRequired"_s, false}});
        } else if (setup == u"org requires PKCE"_s) {
            answer = client().updateOrg(
                QJsonObject{{u"settings"_s, QJsonObject{{u"pkceRequired"_s, true}}}});
        } else if (setup == u"public app admin-approved, no profile assigned"_s) {
            answer = client().updateApp(kPublicKey,
                                        QJsonObject{{u"adminApproved"_s, true},
                                                    {u"preAuthorizedProfiles"_s, QJsonArray()}});
        } else if (setup == u"public app admin-approved for System Administrator"_s) {
            answer = client().updateApp(
                kPublicKey, QJsonObject{{u"adminApproved"_s, true},
                                        {u"preAuthorizedProfiles"_s, QJsonArray{kProfile}}});
        } else if (setup == u"public app scopes api refresh_token"_s) {
            answer = client().updateApp(
                kPublicKey, QJsonObject{{u"scopes"_s, QJsonArray{u"api"_s, u"refresh_token"_s}}});
        } else if (setup == u"public app scopes include id"_s) {
            answer = client().updateApp(
                kPublicKey, QJsonObject{{u"scopes"_s, QJsonArray{u"api"_s, u"refresh_token"_s,
                                                                 u"web"_s, u"openid"_s, u"id"_s}}});
        } else if (setup == u"public app not installed"_s) {
            answer = client().updateApp(kPublicKey, QJsonObject{{u"installed"_s, false}});
        } else if (setup == u"public app rotates refresh tokens"_s) {
            answer = client().updateApp(
                kPublicKey,
                QJsonObject{{u"refreshTokenPolicy"_s, QJsonObject{{u"mode"_s, u"rotating"_s}}}});
        } else if (setup == u"public app refresh tokens expire after 1 s"_s) {
            answer = client().updateApp(
                kPublicKey,
                QJsonObject{{u"refreshTokenPolicy"_s,
                             QJsonObject{{u"mode"_s, u"expiresAfter"_s}, {u"seconds"_s, 1}}}});
        } else {
            *why = u"unknown setup: "_s + setup;
            return false;
        }
        if (!answer.ok())
            *why = setup + u": "_s + answer.describe();
        return answer.ok();
    }

    // A token request with the client's credentials in the form or as HTTP Basic, and the PKCE
    // verifier when there is one.
    Answer postToken(Form form, const QString &clientId, const QString &secret, bool basic,
                     const QByteArray &verifier)
    {
        Headers headers;
        if (basic) {
            headers.append(basicAuth(clientId, secret));
        } else {
            form.append({u"client_id"_s, clientId});
            if (!secret.isEmpty())
                form.append({u"client_secret"_s, secret});
        }
        if (!verifier.isEmpty())
            form.append({u"code_verifier"_s, QString::fromLatin1(verifier)});
        return client().postForm(kTokenPath, form, headers);
    }

    Answer exchange(const QString &code, const QByteArray &verifier, const QString &clientId,
                    const QString &secret, bool basic = false)
    {
        return postToken({{u"grant_type"_s, u"authorization_code"_s},
                          {u"code"_s, code},
                          {u"redirect_uri"_s, kCallback}},
                         clientId, secret, basic, verifier);
    }

    Answer refresh(const QString &refreshToken, const QString &clientId, const QString &secret,
                   bool basic = false, const QByteArray &verifier = {})
    {
        return postToken(
            {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}}, clientId,
            secret, basic, verifier);
    }

    // Signs in through the browser pages (PKCE S256) and exchanges the code: the token response.
    bool signInAndExchange(const QString &clientId, const QString &scope, QJsonObject *token,
                           QString *why)
    {
        const QByteArray verifier = pkceVerifier();
        AuthorizeParams params;
        params.clientId = clientId;
        params.scope = scope;
        params.state = QString::fromLatin1(randomBytes(6).toHex());
        params.challenge = pkceChallenge(verifier);
        const Walk walk = m_browser->signIn(authorizeUrl(client().base(), params));
        const QByteArray location = walk.last.answer.header("Location");
        if (walk.last.kind != PageKind::Redirect || !location.startsWith(kCallback.toUtf8())) {
            *why = u"sign-in ended on "_s + walk.seen.join(u',') + u": "_s +
                   walk.last.answer.describe();
            return false;
        }
        const QString code = decodedOnce(rawParams(location).value(u"code"_s));
        const Answer answer = exchange(code, verifier, clientId, secretOf(clientId));
        *token = answer.object();
        if (answer.status != 200) {
            *why = u"code exchange failed: "_s + answer.describe();
            return false;
        }
        return true;
    }

    QString refreshTokenOf(const QString &clientId, QString *why)
    {
        QJsonObject token;
        if (!signInAndExchange(clientId, u"api refresh_token"_s, &token, why))
            return {};
        const QString refreshToken = token.value(u"refresh_token"_s).toString();
        if (refreshToken.isEmpty())
            *why = u"no refresh_token in "_s + QString::fromUtf8(QJsonDocument(token).toJson());
        return refreshToken;
    }

    // Asserts a successful token response of the browser flow or of a refresh.
    void verifyTokenResponse(const Answer &answer, const QString &secret, bool expectRefresh)
    {
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        const QJsonObject t = answer.object();
        QCOMPARE(keyList(t), expectRefresh
                                 ? u"access_token,id,instance_url,issued_at,refresh_token,scope,"
                                   u"signature,token_type"_s
                                 : u"access_token,id,instance_url,issued_at,scope,signature,"
                                   u"token_type"_s);
        static const QRegularExpression tokenShape(u"^00D[A-Za-z0-9]{12}!\\S+$"_s);
        QVERIFY2(tokenShape.match(t.value(u"access_token"_s).toString()).hasMatch(),
                 qPrintable(t.value(u"access_token"_s).toString()));
        QCOMPARE(t.value(u"instance_url"_s).toString(), client().baseString());
        QCOMPARE(t.value(u"id"_s).toString(), identityUrl());
        QCOMPARE(t.value(u"token_type"_s).toString(), u"Bearer"_s);
        static const QRegularExpression millis(u"^[0-9]{13}$"_s);
        QVERIFY(millis.match(t.value(u"issued_at"_s).toString()).hasMatch());
        // A public app has no secret: the signature is then keyed with the empty string.
        QCOMPARE(t.value(u"signature"_s).toString(),
                 expectedSignature(secret, t.value(u"id"_s).toString(),
                                   t.value(u"issued_at"_s).toString()));
        const QStringList scopes = t.value(u"scope"_s).toString().split(u' ');
        QVERIFY2(scopes.contains(u"api"_s), qPrintable(t.value(u"scope"_s).toString()));
        if (expectRefresh)
            QVERIFY(!t.value(u"refresh_token"_s).toString().isEmpty());
        const Answer probe = client().get(u"/services/data/v62.0"_s,
                                          {bearer(t.value(u"access_token"_s).toString())});
        QVERIFY2(probe.status == 200, qPrintable(probe.describe()));
    }

    void verifyOAuthError(const Answer &answer, const QString &error, const QString &description)
    {
        QVERIFY2(answer.status == 400, qPrintable(answer.describe()));
        QCOMPARE(answer.contentType, kJsonType);
        QCOMPARE(canonicalJson(answer.body), canonicalJson(oauthError(error, description)));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start(0, &error), qPrintable(error));
    }

    void init()
    {
        // A fresh browser (no cookies, no session) on the default scenario.
        m_browser = std::make_unique<Browser>(m_emulator.baseUrl());
        EMU_VERIFY_OK(client().reset());
    }

    void loginPageIntroducesTheEmulator()
    {
        AuthorizeParams params;
        params.challenge = pkceChallenge(pkceVerifier());
        const Page page = m_browser->open(authorizeUrl(client().base(), params));
        QCOMPARE(kindName(page.kind), u"login"_s);
        QVERIFY2(page.answer.contentType.startsWith("text/html"),
                 page.answer.contentType.constData());
        const QString html = page.answer.text();
        QVERIFY(html.contains(u"emulator"_s, Qt::CaseInsensitive));
        QVERIFY(html.contains(kUsername));
        QVERIFY(html.contains(kPassword));
    }

    void noStepCanBeSkipped()
    {
        // Password right, MFA not done: posting "Allow" straight to the consent page gets nothing.
        AuthorizeParams params;
        params.challenge = pkceChallenge(pkceVerifier());
        const Page login = m_browser->open(authorizeUrl(client().base(), params));
        QCOMPARE(kindName(login.kind), u"login"_s);
        const Page mfa =
            m_browser->submit(login.form, fill(login.form,
                                               {{firstField(login.form, false), kUsername},
                                                {firstField(login.form, true), kPassword}},
                                               {}));
        QCOMPARE(kindName(mfa.kind), u"mfa"_s);
        QString authz;
        for (const HtmlInput &input : mfa.form.inputs) {
            if (input.name == u"authz"_s)
                authz = input.value;
        }
        QVERIFY(!authz.isEmpty());
        const Answer skipped =
            client().postForm(u"/setup/secur/RemoteAccessAuthorizationPage.apexp"_s,
                              Form{{u"authz"_s, authz}, {u"approve"_s, u"Allow"_s}});
        QCOMPARE(skipped.status, 400);
        QVERIFY(!skipped.isRedirect());
        QVERIFY(skipped.text().contains(u"expired"_s));
        // Nor can the password page be replayed on a sign-in that already passed it.
        const Answer replay = client().postForm(
            u"/login"_s,
            Form{{u"authz"_s, authz}, {u"username"_s, kUsername}, {u"pw"_s, kPassword}});
        QCOMPARE(replay.status, 400);
    }

    void plusInTheQueryIsASpace()
    {
        // HTML forms and many libraries send scope=api+refresh_token.
        AuthorizeParams params;
        params.scope.clear();
        params.challenge = pkceChallenge(pkceVerifier());
        QUrl url = authorizeUrl(client().base(), params);
        url.setQuery(url.query(QUrl::FullyEncoded) + u"&scope=api+refresh_token"_s,
                     QUrl::StrictMode);
        const Page page = m_browser->open(url);
        QCOMPARE(kindName(page.kind), u"login"_s);
    }

    void authorizationCodeFlow_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("basic");
        QTest::addColumn<int>("verifierBytes");
        QTest::addColumn<bool>("sendMethod");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("expectRefresh");
        QTest::addColumn<QString>("pages");
        const QString both = u"api refresh_token"_s;
        // A first sign-in meets every page: login, MFA (the user has an MFA code), consent.
        const QString all = u"login,mfa,consent,redirect"_s;
        QTest::newRow("public app, S256 challenge")
            << QString() << kPublicKey << false << 32 << true << both << true << all;
        QTest::newRow("public app, no code_challenge_method (as jsforce sends it)")
            << QString() << kPublicKey << false << 32 << false << both << true << all;
        QTest::newRow("public app, 171-character verifier (jsforce)")
            << QString() << kPublicKey << false << 128 << false << both << true << all;
        QTest::newRow("public app, scope api only: no refresh token")
            << QString() << kPublicKey << false << 32 << true << u"api"_s << false << all;
        QTest::newRow("BYOA app, secret in the body")
            << QString() << kByoaKey << false << 32 << true << both << true << all;
        QTest::newRow("BYOA app, secret in HTTP Basic")
            << QString() << kByoaKey << true << 32 << true << both << true << all;
        // An admin pre-authorized app asks no consent from the users it is assigned to.
        QTest::newRow("admin-approved app, profile assigned: no consent page")
            << u"public app admin-approved for System Administrator"_s << kPublicKey << false << 32
            << true << both << true << u"login,mfa,redirect"_s;
    }

    void authorizationCodeFlow()
    {
        QFETCH(QString, setup);
        QFETCH(QString, clientId);
        QFETCH(bool, basic);
        QFETCH(int, verifierBytes);
        QFETCH(bool, sendMethod);
        QFETCH(QString, scope);
        QFETCH(bool, expectRefresh);
        QFETCH(QString, pages);
        QString why;
        QVERIFY2(applySetup(setup, &why), qPrintable(why));

        const QByteArray verifier = pkceVerifier(verifierBytes);
        if (verifierBytes == 128)
            QCOMPARE(verifier.size(), 171);
        AuthorizeParams params;
        params.clientId = clientId;
        params.scope = scope;
        params.state = QString::fromLatin1(randomBytes(6).toHex());
        params.challenge = pkceChallenge(verifier);
        params.sendMethod = sendMethod;
        const Walk walk = m_browser->signIn(authorizeUrl(client().base(), params));

        QCOMPARE(walk.seen.join(u','), pages);
        if (pages.contains(u"consent"_s))
            QCOMPARE(walk.approveId, u"oaapprove"_s);
        QCOMPARE(walk.last.answer.status, 302);
        const QByteArray location = walk.last.answer.header("Location");
        QVERIFY2(location.startsWith(kCallback.toUtf8() + '?'), location.constData());
        const QHash<QString, QByteArray> callback = rawParams(location);
        QVERIFY(!callback.contains(u"error"_s));
        QCOMPARE(decodedOnce(callback.value(u"state"_s)), params.state);
        const QString code = decodedOnce(callback.value(u"code"_s));
        QVERIFY(!code.isEmpty());

        const Answer answer = exchange(code, verifier, clientId, secretOf(clientId), basic);
        verifyTokenResponse(answer, secretOf(clientId), expectRefresh);
        if (QTest::currentTestFailed())
            return;
        if (expectRefresh) {
            QVERIFY(answer.object()
                        .value(u"scope"_s)
                        .toString()
                        .split(u' ')
                        .contains(u"refresh_token"_s));
        }
    }

    void authorizeRedirectErrors_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<bool>("withChallenge");
        QTest::addColumn<bool>("approve");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::newRow("user clicks Deny") << QString() << true << false << u"access_denied"_s
                                          << u"end-user denied authorization"_s;
        QTest::newRow("app requires PKCE, no challenge")
            << u"public app requires PKCE"_s << false << true << u"invalid_request"_s
            << u"missing required code challenge"_s;
        QTest::newRow("org requires PKCE, no challenge")
            << u"org requires PKCE"_s << false << true << u"invalid_request"_s
            << u"missing required code challenge"_s;
        QTest::newRow("admin-approved app, user's profile not assigned")
            << u"public app admin-approved, no profile assigned"_s << true << true
            << u"OAUTH_APP_ACCESS_DENIED"_s << u"user is not admin approved to access this app"_s;
    }

    void authorizeRedirectErrors()
    {
        QFETCH(QString, setup);
        QFETCH(bool, withChallenge);
        QFETCH(bool, approve);
        QFETCH(QString, error);
        QFETCH(QString, description);
        QString why;
        QVERIFY2(applySetup(setup, &why), qPrintable(why));
        AuthorizeParams params;
        params.state = QString::fromLatin1(randomBytes(6).toHex());
        if (withChallenge)
            params.challenge = pkceChallenge(pkceVerifier());
        const Walk walk =
            m_browser->signIn(authorizeUrl(client().base(), params), Credentials(), approve);

        // The callback is trusted, so the error goes to it as query parameters.
        QCOMPARE(kindName(walk.last.kind), u"redirect"_s);
        QCOMPARE(walk.last.answer.status, 302);
        const QByteArray location = walk.last.answer.header("Location");
        QVERIFY2(location.startsWith(kCallback.toUtf8() + '?'), location.constData());
        const QHash<QString, QByteArray> callback = rawParams(location);
        QVERIFY(!callback.contains(u"code"_s));
        // The exact wire form: spaces as %20.
        QCOMPARE(callback.value(u"error"_s), QUrl::toPercentEncoding(error));
        QCOMPARE(callback.value(u"error_description"_s), QUrl::toPercentEncoding(description));
    }

    void authorizeErrorPages_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("pageText");
        const QString scope = u"api refresh_token"_s;
        QTest::newRow("unknown client_id")
            << QString() << u"NoSuchConsumerKey"_s << kCallback << scope << u"invalid_client_id"_s
            << u"client identifier invalid"_s << QString();
        QTest::newRow("redirect_uri not registered")
            << QString() << kPublicKey << u"http://localhost:9999/Elsewhere"_s << scope
            << u"redirect_uri_mismatch"_s << u"redirect_uri must match configuration"_s
            << QString();
        QTest::newRow("scope not allowed for the app")
            << u"public app scopes api refresh_token"_s << kPublicKey << kCallback << u"api web"_s
            << u"invalid_scope"_s << QString() << u"OAUTH_APPROVAL_ERROR_GENERIC"_s;
        QTest::newRow("app not installed")
            << u"public app not installed"_s << kPublicKey << kCallback << scope << QString()
            << QString() << u"OAUTH_APPROVAL_ERROR_GENERIC"_s;
    }

    void authorizeErrorPages()
    {
        QFETCH(QString, setup);
        QFETCH(QString, clientId);
        QFETCH(QString, redirectUri);
        QFETCH(QString, scope);
        QFETCH(QString, error);
        QFETCH(QString, description);
        QFETCH(QString, pageText);
        QString why;
        QVERIFY2(applySetup(setup, &why), qPrintable(why));
        AuthorizeParams params;
        params.clientId = clientId;
        params.redirectUri = redirectUri;
        params.scope = scope;
        params.state = QString::fromLatin1(randomBytes(6).toHex());
        params.challenge = pkceChallenge(pkceVerifier());
        const Walk walk = m_browser->signIn(authorizeUrl(client().base(), params));

        // The client or its callback cannot be trusted: an error page, never a redirect to it.
        QVERIFY2(walk.last.kind == PageKind::Other, qPrintable(walk.seen.join(u',')));
        QVERIFY2(walk.last.answer.contentType.startsWith("text/html"),
                 qPrintable(walk.last.answer.describe()));
        const QString html = walk.last.answer.text();
        if (!error.isEmpty()) {
            // Salesforce puts the error in the error page's URL; the page may show it as text.
            const QUrlQuery query(walk.last.url);
            const bool inUrl = query.queryItemValue(u"error"_s, QUrl::FullyDecoded) == error &&
                               (description.isEmpty() ||
                                query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded)
                                        .replace(u'+', u' ') == description);
            const bool inPage =
                html.contains(error) && (description.isEmpty() || html.contains(description));
            QVERIFY2(inUrl || inPage, qPrintable(walk.last.url.toString() + u' ' + html.left(400)));
        }
        if (!pageText.isEmpty())
            QVERIFY2(html.contains(pageText), qPrintable(html.left(400)));
    }

    void loginRejected_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << kUsername << u"Wrong-Pass-1"_s;
        QTest::newRow("unknown username") << u"nobody@sfconnect.demo"_s << kPassword;
    }

    void loginRejected()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        AuthorizeParams params;
        params.challenge = pkceChallenge(pkceVerifier());
        const Page first = m_browser->open(authorizeUrl(client().base(), params));
        QCOMPARE(kindName(first.kind), u"login"_s);
        // Salesforce's wording on its login page after a failed attempt.
        const QString message = u"check your username and password"_s;
        QVERIFY(!first.answer.text().contains(message, Qt::CaseInsensitive));

        Credentials who;
        who.username = username;
        who.password = password;
        const Walk walk = m_browser->walkFrom(first, who, true);
        QCOMPARE(walk.seen.join(u','), u"login,login"_s);
        QVERIFY(walk.last.answer.header("Location").isEmpty());
        QVERIFY2(walk.last.answer.text().contains(message, Qt::CaseInsensitive),
                 qPrintable(walk.last.answer.text().left(600)));
    }

    void wrongMfaCodeShowsTheMfaPageAgain()
    {
        AuthorizeParams params;
        params.state = u"a1b2c3d4e5f6"_s;
        params.challenge = pkceChallenge(pkceVerifier());
        Credentials wrong;
        wrong.mfaCode = u"000000"_s;
        const Walk walk = m_browser->signIn(authorizeUrl(client().base(), params), wrong);
        QCOMPARE(walk.seen.join(u','), u"login,mfa,mfa"_s);
        QVERIFY(walk.last.answer.header("Location").isEmpty());

        // The right code on the page shown again carries on to the consent page and the callback.
        const Walk retry = m_browser->walkFrom(walk.last, Credentials(), true);
        QCOMPARE(retry.seen.join(u','), u"mfa,consent,redirect"_s);
        const QHash<QString, QByteArray> callback = rawParams(retry.last.answer.header("Location"));
        QVERIFY(!callback.value(u"code"_s).isEmpty());
        QCOMPARE(decodedOnce(callback.value(u"state"_s)), params.state);
    }

    void totpUserSignsIn()
    {
        const QString secret = u"JBSWY3DPEHPK3PXP"_s;
        QJsonObject user = demoUser(u"005000000000003AAA"_s, u"totp@sfconnect.demo"_s);
        user.remove(u"mfaCode"_s);
        user.insert(u"totpSecret"_s, secret);
        EMU_VERIFY_OK(client().addUser(user));
        // The generator used here, against RFC 6238 appendix B (SHA-1, T = 59 s: 94287082,
        // of which an authenticator shows the last 6 digits). The secret is "12345678901234567890".
        QCOMPARE(totp(u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s, 59), u"287082"_s);

        AuthorizeParams params;
        params.challenge = pkceChallenge(pkceVerifier());
        Credentials who;
        who.username = u"totp@sfconnect.demo"_s;
        who.totpSecret = secret;
        const Walk walk = m_browser->signIn(authorizeUrl(client().base(), params), who);
        QCOMPARE(walk.seen.join(u','), u"login,mfa,consent,redirect"_s);
        QVERIFY(!rawParams(walk.last.answer.header("Location")).value(u"code"_s).isEmpty());
    }

    void tokenExchangeErrors_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("authorizeClient");
        QTest::addColumn<bool>("withChallenge");
        QTest::addColumn<QString>("exchangeClient");
        QTest::addColumn<QString>("exchangeSecret");
        QTest::addColumn<QString>("verifierMode");
        QTest::addColumn<bool>("reuse");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        const QString invalidGrant = u"invalid_grant"_s;
        QTest::newRow("code used twice")
            << QString() << kPublicKey << true << kPublicKey << QString() << u"right"_s << true
            << invalidGrant << u"expired authorization code"_s;
        QTest::newRow("verifier does not match the challenge")
            << QString() << kPublicKey << true << kPublicKey << QString() << u"wrong"_s << false
            << invalidGrant << u"invalid code verifier"_s;
        QTest::newRow("verifier missing")
            << QString() << kPublicKey << true << kPublicKey << QString() << u"none"_s << false
            << invalidGrant << u"invalid code verifier"_s;
        QTest::newRow("verifier sent, no challenge at authorize")
            << u"public app without PKCE requirement"_s << kPublicKey << false << kPublicKey
            << QString() << u"right"_s << false << invalidGrant << u"unexpected code verifier"_s;
        QTest::newRow("BYOA app, wrong secret")
            << QString() << kByoaKey << true << kByoaKey << u"WrongSecret"_s << u"right"_s << false
            << u"invalid_client"_s << u"invalid client credentials"_s;
        QTest::newRow("BYOA app, secret missing")
            << QString() << kByoaKey << true << kByoaKey << QString() << u"right"_s << false
            << u"invalid_client"_s << u"invalid client credentials"_s;
        QTest::newRow("unknown client id at the exchange")
            << QString() << kPublicKey << true << u"NoSuchConsumerKey"_s << QString() << u"right"_s
            << false << u"invalid_client_id"_s << u"client identifier invalid"_s;
    }

    void tokenExchangeErrors()
    {
        QFETCH(QString, setup);
        QFETCH(QString, authorizeClient);
        QFETCH(bool, withChallenge);
        QFETCH(QString, exchangeClient);
        QFETCH(QString, exchangeSecret);
        QFETCH(QString, verifierMode);
        QFETCH(bool, reuse);
        QFETCH(QString, error);
        QFETCH(QString, description);
        QString why;
        QVERIFY2(applySetup(setup, &why), qPrintable(why));

        const QByteArray verifier = pkceVerifier();
        AuthorizeParams params;
        params.clientId = authorizeClient;
        if (withChallenge)
            params.challenge = pkceChallenge(verifier);
        const Walk walk = m_browser->signIn(authorizeUrl(client().base(), params));
        QCOMPARE(kindName(walk.last.kind), u"redirect"_s);
        const QString code =
            decodedOnce(rawParams(walk.last.answer.header("Location")).value(u"code"_s));
        QVERIFY2(!code.isEmpty(), walk.last.answer.header("Location").constData());

        QByteArray sent = verifier;
        if (verifierMode == u"wrong"_s)
            sent = pkceVerifier();
        else if (verifierMode == u"none"_s)
            sent.clear();
        if (reuse) {
            const Answer first = exchange(code, sent, exchangeClient, exchangeSecret);
            QVERIFY2(first.status == 200, qPrintable(first.describe()));
        }
        verifyOAuthError(exchange(code, sent, exchangeClient, exchangeSecret), error, description);
    }

    void codeSurvivesOnePercentDecoding()
    {
        // Salesforce codes are standard base64 ("aPrx...==") and arrive percent-encoded; decoded
        // exactly once they must be accepted at the token endpoint, '+', '/' and '=' included.
        static const QRegularExpression base64(u"^[A-Za-z0-9+/]+={0,2}$"_s);
        bool sawPlusOrSlash = false;
        for (int attempt = 0; attempt < 8 && !sawPlusOrSlash; ++attempt) {
            const QByteArray verifier = pkceVerifier();
            AuthorizeParams params;
            params.scope = u"api"_s;
            params.challenge = pkceChallenge(verifier);
            const Walk walk = m_browser->signIn(authorizeUrl(client().base(), params));
            QCOMPARE(kindName(walk.last.kind), u"redirect"_s);
            const QByteArray raw = rawParams(walk.last.answer.header("Location")).value(u"code"_s);
            const QString code = decodedOnce(raw);
            QVERIFY2(base64.match(code).hasMatch(), raw.constData());
            sawPlusOrSlash = code.contains(u'+') || code.contains(u'/');
            const Answer answer = exchange(code, verifier, kPublicKey, QString());
            QVERIFY2(answer.status == 200,
                     qPrintable(QString::fromLatin1(raw) + u" -> "_s + answer.describe()));
        }
        QVERIFY2(sawPlusOrSlash, "no code with '+' or '/' in 8 sign-ins");
    }

    void refreshFlow_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("basic");
        QTest::addColumn<bool>("resendVerifier");
        QTest::newRow("public app") << kPublicKey << false << false;
        QTest::newRow("public app, verifier sent again (ignored)") << kPublicKey << false << true;
        QTest::newRow("BYOA app, secret in the body") << kByoaKey << false << false;
        QTest::newRow("BYOA app, secret in HTTP Basic") << kByoaKey << true << false;
    }

    void refreshFlow()
    {
        QFETCH(QString, clientId);
        QFETCH(bool, basic);
        QFETCH(bool, resendVerifier);
        QString why;
        const QString refreshToken = refreshTokenOf(clientId, &why);
        QVERIFY2(!refreshToken.isEmpty(), qPrintable(why));
        const Answer answer = refresh(refreshToken, clientId, secretOf(clientId), basic,
                                      resendVerifier ? pkceVerifier() : QByteArray());
        // Without rotation a refresh answers no refresh token.
        verifyTokenResponse(answer, secretOf(clientId), false);
        if (QTest::currentTestFailed())
            return;
        // The refresh token stays usable.
        const Answer again = refresh(refreshToken, clientId, secretOf(clientId), basic);
        QVERIFY2(again.status == 200, qPrintable(again.describe()));
    }

    void refreshErrors_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("refreshClient");
        QTest::addColumn<QString>("refreshSecret");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        const QString invalidGrant = u"invalid_grant"_s;
        const QString expired = u"expired access/refresh token"_s;
        QTest::newRow("refresh token revoked (control API)")
            << QString() << kPublicKey << u"revoke refresh tokens"_s << kPublicKey << QString()
            << invalidGrant << expired;
        QTest::newRow("refresh token expired (control API)")
            << QString() << kPublicKey << u"expire refresh tokens"_s << kPublicKey << QString()
            << invalidGrant << expired;
        QTest::newRow("all the user's tokens revoked (control API)")
            << QString() << kPublicKey << u"revoke all the user's tokens"_s << kPublicKey
            << QString() << invalidGrant << expired;
        QTest::newRow("refresh token revoked at the revoke endpoint")
            << QString() << kPublicKey << u"revoke endpoint"_s << kPublicKey << QString()
            << invalidGrant << expired;
        QTest::newRow("app policy: refresh tokens expire after 1 s, used after 2 s")
            << u"public app refresh tokens expire after 1 s"_s << kPublicKey << u"wait 2 s"_s
            << kPublicKey << QString() << invalidGrant << expired;
        QTest::newRow("user deactivated")
            << QString() << kPublicKey << u"deactivate the user"_s << kPublicKey << QString()
            << invalidGrant << u"inactive user"_s;
        QTest::newRow("unknown client id")
            << QString() << kPublicKey << QString() << u"NoSuchConsumerKey"_s << QString()
            << u"invalid_client_id"_s << u"client identifier invalid"_s;
        QTest::newRow("BYOA app, wrong secret")
            << QString() << kByoaKey << QString() << kByoaKey << u"WrongSecret"_s
            << u"invalid_client"_s << u"invalid client credentials"_s;
        QTest::newRow("BYOA app, secret missing")
            << QString() << kByoaKey << QString() << kByoaKey << QString() << u"invalid_client"_s
            << u"invalid client credentials"_s;
    }

    void refreshErrors()
    {
        QFETCH(QString, setup);
        QFETCH(QString, clientId);
        QFETCH(QString, action);
        QFETCH(QString, refreshClient);
        QFETCH(QString, refreshSecret);
        QFETCH(QString, error);
        QFETCH(QString, description);
        QString why;
        QVERIFY2(applySetup(setup, &why), qPrintable(why));
        QJsonObject token;
        QVERIFY2(signInAndExchange(clientId, u"api refresh_token"_s, &token, &why),
                 qPrintable(why));
        const QString refreshToken = token.value(u"refresh_token"_s).toString();
        const QString accessToken = token.value(u"access_token"_s).toString();
        QVERIFY(!refreshToken.isEmpty());

        if (action == u"revoke refresh tokens"_s) {
            EMU_VERIFY_OK(client().revokeTokens(u"refresh"_s));
        } else if (action == u"expire refresh tokens"_s) {
            EMU_VERIFY_OK(client().expireTokens(u"refresh"_s));
        } else if (action == u"revoke all the user's tokens"_s) {
            EMU_VERIFY_OK(client().revokeTokens(u"all"_s, kUsername));
        } else if (action == u"revoke endpoint"_s) {
            const Answer revoke =
                client().postForm(u"/services/oauth2/revoke"_s, Form{{u"token"_s, refreshToken}});
            QVERIFY2(revoke.status == 200, qPrintable(revoke.describe()));
            QVERIFY(revoke.body.isEmpty());
            // Revoking a refresh token revokes its access tokens too.
            const Answer rest = client().get(u"/services/data/v62.0"_s, {bearer(accessToken)});
            QCOMPARE(rest.status, 401);
        } else if (action == u"wait 2 s"_s) {
            QTest::qWait(2000);
        } else if (action == u"deactivate the user"_s) {
            EMU_VERIFY_OK(client().updateUser(kUsername, QJsonObject{{u"active"_s, false}}));
        } else {
            QVERIFY2(action.isEmpty(), qPrintable(action));
        }
        // BYOA rows give the secret they send (none, or a wrong one); the public app has none.
        verifyOAuthError(refresh(refreshToken, refreshClient, refreshSecret), error, description);
    }

    void refreshIsNotALogin()
    {
        // The login-rate limit counts sign-ins; refreshing a session is not one.
        QString why;
        const QString refreshToken = refreshTokenOf(kPublicKey, &why);
        QVERIFY2(!refreshToken.isEmpty(), qPrintable(why));
        EMU_VERIFY_OK(client().setFaults(QJsonObject{{u"loginRateExceeded"_s, true}}));
        const Answer answer = refresh(refreshToken, kPublicKey, QString());
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
    }

    void refreshTokenRotation()
    {
        QString why;
        QVERIFY2(applySetup(u"public app rotates refresh tokens"_s, &why), qPrintable(why));
        const QString first = refreshTokenOf(kPublicKey, &why);
        QVERIFY2(!first.isEmpty(), qPrintable(why));

        const Answer rotated = refresh(first, kPublicKey, QString());
        // With rotation every refresh answers a new refresh token...
        verifyTokenResponse(rotated, QString(), true);
        if (QTest::currentTestFailed())
            return;
        const QString second = rotated.object().value(u"refresh_token"_s).toString();
        QVERIFY(second != first);
        // ...and the one it replaces stops working.
        verifyOAuthError(refresh(first, kPublicKey, QString()), u"invalid_grant"_s,
                         u"expired access/refresh token"_s);
    }

    void fiveRefreshTokensPerUserAndApp()
    {
        // Each approval yields a refresh token; the sixth revokes the oldest.
        QStringList tokens;
        for (int i = 0; i < 6; ++i) {
            QString why;
            const QString refreshToken = refreshTokenOf(kPublicKey, &why);
            QVERIFY2(!refreshToken.isEmpty(), qPrintable(u"sign-in %1: "_s.arg(i + 1) + why));
            QVERIFY(!tokens.contains(refreshToken));
            tokens.append(refreshToken);
        }
        verifyOAuthError(refresh(tokens.at(0), kPublicKey, QString()), u"invalid_grant"_s,
                         u"expired access/refresh token"_s);
        if (QTest::currentTestFailed())
            return;
        for (int i = 1; i < 6; ++i) {
            const Answer answer = refresh(tokens.at(i), kPublicKey, QString());
            QVERIFY2(answer.status == 200,
                     qPrintable(u"refresh token %1: "_s.arg(i + 1) + answer.describe()));
        }
    }

    void sessionWithoutApiScopeIsRefusedByRest()
    {
        QString why;
        QVERIFY2(applySetup(u"public app scopes include id"_s, &why), qPrintable(why));
        QJsonObject token;
        QVERIFY2(signInAndExchange(kPublicKey, u"id refresh_token"_s, &token, &why),
                 qPrintable(why));
        const Answer rest = client().get(u"/services/data/v62.0"_s,
                                         {bearer(token.value(u"access_token"_s).toString())});
        QVERIFY2(rest.status == 401, qPrintable(rest.describe()));
        QCOMPARE(rest.contentType, kJsonType);
        // jsforce does not try to refresh on this message.
        QCOMPARE(
            canonicalJson(rest.body),
            canonicalJson(restError(u"INVALID_SESSION_ID"_s,
                                    u"This session is not valid for use with the REST API"_s)));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorBrowser)
#include "tst_emulator_browser.moc"
