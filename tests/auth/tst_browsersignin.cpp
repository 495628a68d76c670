// The browser sign-in end to end against the emulator: a cookie-jar browser walks the login, MFA
// and consent pages, follows the redirect to sfconnect's loopback listener, and the code is
// exchanged with the PKCE verifier.
#include "FakeBrowser.h"

#include "BrowserSignIn.h"
#include "Emulator.h"
#include "OrgState.h"
#include "TokenClient.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace sfconnect;
using emutest::Browser;
using emutest::PageKind;

class TestBrowserSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<sfemu::Emulator> m_emu;
    QNetworkAccessManager m_nam;
    std::unique_ptr<TokenClient> m_client;
    std::unique_ptr<BrowserSignIn> m_signIn;
    QUrl m_opened;

    BrowserSignIn::Options options(const QString &clientId, const QString &secret = {})
    {
        BrowserSignIn::Options o;
        o.environment = LoginEnvironment::custom(m_emu->baseUrl());
        o.clientId = clientId;
        o.clientSecret = secret;
        o.port = 0; // any free port; the test registers it as a callback URL
        return o;
    }

    // Starts the sign-in and lets the app accept its callback URL, as an admin would have.
    void start(const BrowserSignIn::Options &o)
    {
        m_opened.clear();
        m_signIn->start(o);
        if (m_signIn->isRunning())
            m_emu->state().scenario().app(o.clientId)->callbackUrls << m_signIn->redirectUri();
    }

    // The browser's part: walk the pages, then follow the redirect to the loopback listener.
    emutest::Answer browse(bool approve = true)
    {
        Browser browser(m_emu->baseUrl());
        const emutest::Walk walk = browser.signIn(m_opened, {}, approve);
        if (walk.last.kind != PageKind::Redirect) {
            qWarning("the walk ended on %s", qPrintable(walk.seen.join(QLatin1Char(','))));
            return {};
        }
        return browser.client().getUrl(walk.last.answer.redirect);
    }

    // "Connected": the session probe on the instance answers with the version's resources.
    bool connected(const TokenSet &tokens)
    {
        AuthReply *probe =
            m_client->probeSession(tokens.instanceUrl, QStringLiteral("62.0"), tokens.accessToken);
        probe->setParent(this);
        QSignalSpy spy(probe, &AuthReply::finished);
        return spy.wait(5000) && probe->ok() &&
               probe->json().object().contains(QStringLiteral("identity"));
    }

    bool finished()
    {
        if (!m_signIn->isRunning())
            return true;
        QSignalSpy spy(m_signIn.get(), &BrowserSignIn::finished);
        return spy.wait(10000);
    }

private slots:
    void init()
    {
        m_opened.clear();
        m_emu = std::make_unique<sfemu::Emulator>();
        QString error;
        QVERIFY2(m_emu->start(0, &error), qPrintable(error));
        m_client = std::make_unique<TokenClient>(&m_nam);
        m_signIn = std::make_unique<BrowserSignIn>(m_client.get());
        connect(m_signIn.get(), &BrowserSignIn::openBrowser, this,
                [this](const QUrl &url) { m_opened = url; });
    }

    void cleanup()
    {
        m_signIn.reset();
        m_client.reset();
        m_emu.reset();
    }

    void publicAppWithPkce()
    {
        start(options(QStringLiteral("SfconnectPublicApp")));
        QVERIFY2(m_signIn->isRunning(), qPrintable(m_signIn->error().summary()));
        QCOMPARE(m_signIn->authorizationUrl(), m_opened);
        const QUrlQuery asked(m_opened);
        QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 m_signIn->redirectUri());
        QVERIFY(m_signIn->redirectUri().startsWith(QStringLiteral("http://localhost:")));
        QCOMPARE(asked.queryItemValue(QStringLiteral("prompt")), QStringLiteral("login"));
        QCOMPARE(asked.queryItemValue(QStringLiteral("state")).size() > 0, true);

        const emutest::Answer page = browse();
        QCOMPARE(page.status, 200);
        QVERIFY(page.text().contains(QStringLiteral("Signed in")));
        QVERIFY(finished());
        QVERIFY2(m_signIn->ok(), qPrintable(m_signIn->error().summary()));
        QVERIFY(!m_signIn->tokens().refreshToken.isEmpty());
        QVERIFY(m_signIn->tokens().hasScope(QStringLiteral("refresh_token")));
        QVERIFY(connected(m_signIn->tokens()));

        // What the emulator received: the verifier matches the challenge, and no secret was sent.
        QString challenge, tokenBody;
        for (const QJsonValue &v : m_emu->state().requestLog()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("path")).toString() ==
                QLatin1String("/services/oauth2/authorize"))
                challenge = QUrlQuery(e.value(QStringLiteral("query")).toString())
                                .queryItemValue(QStringLiteral("code_challenge"));
            if (e.value(QStringLiteral("path")).toString() ==
                QLatin1String("/services/oauth2/token"))
                tokenBody = e.value(QStringLiteral("body")).toString();
        }
        const QString verifier =
            QUrlQuery(tokenBody).queryItemValue(QStringLiteral("code_verifier"));
        QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
        QCOMPARE(Pkce::challengeFor(verifier.toLatin1()), challenge.toLatin1());
        QVERIFY(!tokenBody.contains(QStringLiteral("client_secret")));

        // One valid callback, then the listener is gone.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, QUrl(m_signIn->redirectUri()).port());
        QVERIFY(!probe.waitForConnected(500));
    }

    void bringYourOwnApp()
    {
        start(options(QStringLiteral("SfconnectByoaKey"), QStringLiteral("SfconnectByoaSecret")));
        QCOMPARE(browse().status, 200);
        QVERIFY(finished());
        QVERIFY2(m_signIn->ok(), qPrintable(m_signIn->error().summary()));
        QVERIFY(m_signIn->tokens().signatureMatches(QStringLiteral("SfconnectByoaSecret")));
        QVERIFY(connected(m_signIn->tokens()));
    }

    void wrongSecretIsATypedError()
    {
        start(options(QStringLiteral("SfconnectByoaKey"), QStringLiteral("not-the-secret")));
        browse();
        QVERIFY(finished());
        QCOMPARE(m_signIn->error().problemId(),
                 QStringLiteral("oauth.invalid_client.invalid_client_credentials"));
        QCOMPARE(m_signIn->error().stage(), AuthError::Stage::TokenRequest);
    }

    void denied()
    {
        start(options(QStringLiteral("SfconnectPublicApp")));
        const emutest::Answer page = browse(false);
        QVERIFY(page.text().contains(QStringLiteral("Sign-in failed")));
        QVERIFY(finished());
        QCOMPARE(m_signIn->error().kind(), AuthError::Kind::OAuth);
        QCOMPARE(m_signIn->error().problemId(),
                 QStringLiteral("oauth.access_denied.end_user_denied_authorization"));
        QCOMPARE(m_signIn->error().stage(), AuthError::Stage::Authorization);
    }

    void profileNotAdminApproved()
    {
        sfemu::App *app = m_emu->state().scenario().app(QStringLiteral("SfconnectPublicApp"));
        app->adminApproved = true;
        app->preAuthorizedProfiles = {QStringLiteral("Integration")};
        start(options(QStringLiteral("SfconnectPublicApp")));
        browse();
        QVERIFY(finished());
        QCOMPARE(m_signIn->error().code(), QStringLiteral("OAUTH_APP_ACCESS_DENIED"));
        QVERIFY(m_signIn->error().message().contains(QStringLiteral("admin-approved")));
    }

    void busyPortIsNamed()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        auto o = options(QStringLiteral("SfconnectPublicApp"));
        o.port = squatter.serverPort();
        m_signIn->start(o);
        QVERIFY(finished());
        QCOMPARE(m_signIn->error().problemId(), QStringLiteral("browser.port_busy"));
        QVERIFY(m_signIn->error().message().contains(QString::number(o.port)));
        QVERIFY(m_opened.isEmpty());
    }

    void timesOut()
    {
        auto o = options(QStringLiteral("SfconnectPublicApp"));
        o.timeoutMs = 200;
        start(o);
        QVERIFY(finished());
        QCOMPARE(m_signIn->error().problemId(), QStringLiteral("browser.timeout"));
    }

    void cancelStopsListening()
    {
        start(options(QStringLiteral("SfconnectPublicApp")));
        const quint16 port = QUrl(m_signIn->redirectUri()).port();
        QSignalSpy spy(m_signIn.get(), &BrowserSignIn::finished);
        m_signIn->cancel();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_signIn->error().kind(), AuthError::Kind::Cancelled);
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!probe.waitForConnected(500));
    }

    void strangersAreTurnedAway()
    {
        start(options(QStringLiteral("SfconnectPublicApp")));
        const QUrl callback(m_signIn->redirectUri());
        emutest::Client stranger(m_emu->baseUrl());
        // A forged or stale callback: wrong state.
        QUrl forged = callback;
        forged.setQuery(QStringLiteral("code=aPrxForged%3D%3D&state=not-yours"));
        const emutest::Answer refused = stranger.getUrl(forged);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.text().contains(QStringLiteral("Sign-in not recognised")));
        // Another path on the port, and bytes that are not HTTP.
        QUrl other = callback;
        other.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(stranger.getUrl(other).status, 404);
        const emutest::Answer garbage =
            emutest::rawExchange(callback.port(), "hello there\r\n\r\n");
        QVERIFY2(garbage.status == 400, qPrintable(garbage.describe()));
        QVERIFY(m_signIn->isRunning());

        // The real answer still completes the sign-in.
        QCOMPARE(browse().status, 200);
        QVERIFY(finished());
        QVERIFY2(m_signIn->ok(), qPrintable(m_signIn->error().summary()));
    }

    void listensOnLoopbackOnly()
    {
        start(options(QStringLiteral("SfconnectPublicApp")));
        const quint16 port = QUrl(m_signIn->redirectUri()).port();
        int tried = 0;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket probe;
            probe.connectToHost(address, port);
            QVERIFY2(!probe.waitForConnected(500), qPrintable(address.toString()));
            ++tried;
        }
        QTcpSocket local;
        local.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(local.waitForConnected(1000));
        if (tried == 0)
            qInfo("no non-loopback IPv4 address on this machine to try");
    }
};

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
