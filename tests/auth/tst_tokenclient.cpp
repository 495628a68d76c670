// Every grant, revoke and probe of TokenClient against the emulator: success, and each
// documented failure as its typed error.
#include "Emulator.h"
#include "HttpServer.h"
#include "OrgState.h"
#include "RsaKey.h"
#include "TokenClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace sfconnect;

namespace {

const QString kByoa = QStringLiteral("SfconnectByoaKey");
const QString kByoaSecret = QStringLiteral("SfconnectByoaSecret");
const QString kUser = QStringLiteral("admin@sfconnect.demo");

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

RsaKey demoKey()
{
    QFile file(QStringLiteral(SFCONNECT_SOURCE_DIR "/emulator/keys/demo-jwt.key"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    return RsaKey::fromText(file.readAll(), &error);
}

} // namespace

class TestTokenClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<sfemu::Emulator> m_emu;
    QNetworkAccessManager m_nam;
    std::unique_ptr<TokenClient> m_client;
    LoginEnvironment m_env = LoginEnvironment::production();

    // Waits for @p reply and keeps it alive for the test's assertions.
    AuthReply *wait(AuthReply *reply)
    {
        reply->setParent(this);
        if (reply->isFinished()) {
            QCoreApplication::processEvents(); // let its finished() go out
            return reply;
        }
        QSignalSpy spy(reply, &AuthReply::finished);
        if (!spy.wait(10000))
            qWarning("reply did not finish");
        return reply;
    }

    // A refresh token minted straight into the emulator's state for the BYOA app.
    QString mintRefreshToken()
    {
        sfemu::Scenario &s = m_emu->state().scenario();
        const auto issued =
            m_emu->state().issue(*s.user(kUser), *s.app(kByoa),
                                 {QStringLiteral("api"), QStringLiteral("refresh_token")}, true);
        return QString::fromLatin1(issued.refreshToken);
    }

private slots:
    void init()
    {
        m_emu = std::make_unique<sfemu::Emulator>();
        QString error;
        QVERIFY2(m_emu->start(0, &error), qPrintable(error));
        m_env = LoginEnvironment::custom(m_emu->baseUrl());
        m_client = std::make_unique<TokenClient>(&m_nam);
        m_client->setTimeout(5000);
    }

    void cleanup()
    {
        m_client.reset();
        m_emu.reset();
    }

    void passwordGrant()
    {
        AuthReply *r =
            wait(m_client->password(m_env, kByoa, kByoaSecret, kUser, QStringLiteral("Demo-Pass-1"),
                                    QStringLiteral("DEMOTOKEN123")));
        QVERIFY2(r->ok(), qPrintable(r->error().summary()));
        const TokenSet &t = r->tokens();
        QVERIFY(t.accessToken.startsWith(QStringLiteral("00D000000000001!")));
        QVERIFY(t.refreshToken.isEmpty());
        QCOMPARE(t.instanceUrl, m_emu->baseUrl().toString());
        QCOMPARE(t.orgId, QStringLiteral("00D000000000001EAA"));
        QCOMPARE(t.userId, QStringLiteral("005000000000001AAA"));
        QVERIFY(t.signatureMatches(kByoaSecret));
        QVERIFY(qAbs(t.issuedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        AuthReply *probe =
            wait(m_client->probeSession(t.instanceUrl, QStringLiteral("62.0"), t.accessToken));
        QVERIFY2(probe->ok(), qPrintable(probe->error().summary())); // Connected
    }

    void passwordFailures_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("blockFlow");
        QTest::addColumn<QString>("problemId");
        QTest::newRow("wrong password") << kByoa << kByoaSecret << "nope" << false
                                        << "oauth.invalid_grant.authentication_failure";
        QTest::newRow("token missing")
            << kByoa << kByoaSecret << "" << false << "oauth.invalid_grant.authentication_failure";
        QTest::newRow("flow blocked for the org") << kByoa << kByoaSecret << "Demo-Pass-1" << true
                                                  << "oauth.invalid_grant.authentication_failure";
        QTest::newRow("wrong secret")
            << kByoa << "bad"
            << "Demo-Pass-1" << false << "oauth.invalid_client.invalid_client_credentials";
        QTest::newRow("unknown client")
            << "NoSuchApp"
            << "x"
            << "Demo-Pass-1" << false << "oauth.invalid_client_id.client_identifier_invalid";
    }

    void passwordFailures()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, password);
        QFETCH(bool, blockFlow);
        QFETCH(QString, problemId);
        m_emu->state().scenario().org.settings.passwordFlowBlocked = blockFlow;
        const QString token = password.isEmpty() ? QString() : QStringLiteral("DEMOTOKEN123");
        AuthReply *r = wait(m_client->password(
            m_env, clientId, secret, kUser,
            password.isEmpty() ? QStringLiteral("Demo-Pass-1") : password, token));
        QVERIFY(!r->ok());
        QCOMPARE(r->error().kind(), AuthError::Kind::OAuth);
        QCOMPARE(r->error().httpStatus(), 400);
        QCOMPARE(r->error().problemId(), problemId);
        QCOMPARE(r->error().stage(), AuthError::Stage::TokenRequest);
        QVERIFY(!r->error().message().isEmpty());
        if (problemId.endsWith(QLatin1String("authentication_failure")))
            QVERIFY(r->error().message().contains(QStringLiteral("block")));
    }

    void jwtGrant()
    {
        AuthReply *r =
            wait(m_client->jwtBearer(m_env, QStringLiteral("SfconnectJwtKey"), kUser, demoKey()));
        QVERIFY2(r->ok(), qPrintable(r->error().summary()));
        QCOMPARE(r->audience(), m_emu->baseUrl().toString());
        QVERIFY(r->tokens().refreshToken.isEmpty());
        QVERIFY(r->tokens().hasScope(QStringLiteral("api")));
        AuthReply *probe = wait(m_client->probeSession(
            r->tokens().instanceUrl, QStringLiteral("62.0"), r->tokens().accessToken));
        QVERIFY2(probe->ok(), qPrintable(probe->error().summary())); // Connected
    }

    void jwtTriesOtherAudiences()
    {
        const QStringList audiences{QStringLiteral("https://test.salesforce.com"),
                                    m_emu->baseUrl().toString()};
        AuthReply *r = wait(m_client->jwtBearer(m_env, QStringLiteral("SfconnectJwtKey"), kUser,
                                                demoKey(), audiences));
        QVERIFY2(r->ok(), qPrintable(r->error().summary()));
        QCOMPARE(r->audience(), m_emu->baseUrl().toString());
    }

    void candidateAudiencesOrder()
    {
        const auto acme =
            LoginEnvironment::custom(QUrl(QStringLiteral("https://acme.my.salesforce.com")));
        QCOMPARE(TokenClient::candidateAudiences(acme, QString()),
                 QStringList({QStringLiteral("https://login.salesforce.com"),
                              QStringLiteral("https://acme.my.salesforce.com"),
                              QStringLiteral("https://test.salesforce.com")}));
        QCOMPARE(TokenClient::candidateAudiences(LoginEnvironment::sandbox(),
                                                 QStringLiteral("https://x.my.site.com")),
                 QStringList({QStringLiteral("https://x.my.site.com"),
                              QStringLiteral("https://test.salesforce.com"),
                              QStringLiteral("https://login.salesforce.com")}));
    }

    void jwtFailures_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("otherKey");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("problemId");
        QTest::newRow("wrong key") << "SfconnectJwtKey" << kUser << true << ""
                                   << "oauth.invalid_grant.invalid_assertion";
        QTest::newRow("unknown issuer") << "Nope" << kUser << false << ""
                                        << "oauth.invalid_client_id.client_identifier_invalid";
        QTest::newRow("wrong audience")
            << "SfconnectJwtKey" << kUser << false << "https://test.salesforce.com"
            << "oauth.invalid_grant.audience_is_invalid";
        QTest::newRow("unknown user") << "SfconnectJwtKey"
                                      << "ghost@sfconnect.demo" << false << ""
                                      << "oauth.invalid_grant.user_hasn_t_approved_this_consumer";
    }

    void jwtFailures()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, subject);
        QFETCH(bool, otherKey);
        QFETCH(QString, audience);
        QFETCH(QString, problemId);
        const RsaKey key = otherKey ? RsaKey::generate() : demoKey();
        AuthReply *r =
            wait(m_client->jwtBearer(m_env, issuer, subject, key,
                                     audience.isEmpty() ? QStringList() : QStringList{audience}));
        QVERIFY(!r->ok());
        QCOMPARE(r->error().problemId(), problemId);
        QVERIFY(!r->error().message().isEmpty());
    }

    void refreshAndSingleFlight()
    {
        const QString refreshToken = mintRefreshToken();
        AuthReply *first =
            m_client->refresh(QStringLiteral("conn-1"), m_env, kByoa, kByoaSecret, refreshToken);
        AuthReply *second =
            m_client->refresh(QStringLiteral("conn-1"), m_env, kByoa, kByoaSecret, refreshToken);
        AuthReply *third =
            m_client->refresh(QStringLiteral("conn-1"), m_env, kByoa, kByoaSecret, refreshToken);
        AuthReply *other =
            m_client->refresh(QStringLiteral("conn-2"), m_env, kByoa, kByoaSecret, refreshToken);
        // Kept by the test from the start: each may finish while the test waits for another.
        for (AuthReply *r : {first, second, third, other})
            r->setParent(this);
        third->abort(); // one caller giving up does not cancel the others
        wait(first);
        wait(second);
        wait(other);
        QVERIFY2(first->ok(), qPrintable(first->error().summary()));
        QVERIFY(second->ok());
        QCOMPARE(second->tokens().accessToken, first->tokens().accessToken); // the same refresh
        QCOMPARE(third->error().kind(), AuthError::Kind::Cancelled);
        QVERIFY(other->ok());
        QVERIFY(other->tokens().accessToken != first->tokens().accessToken);
        QVERIFY(first->tokens().refreshToken.isEmpty()); // not rotated by default
        int posts = 0;
        for (const auto &entry : m_emu->state().requestLog())
            posts += entry.toObject()
                         .value(QStringLiteral("body"))
                         .toString()
                         .contains(QStringLiteral("grant_type=refresh_token"));
        QCOMPARE(posts, 2); // one per connection
    }

    void cancelledJwtStopsItsAttempts()
    {
        m_emu->state().scenario().faults.silentRate = 1.0;
        AuthReply *r =
            m_client->jwtBearer(m_env, QStringLiteral("SfconnectJwtKey"), kUser, demoKey());
        r->setParent(this);
        QTest::qWait(50);
        r->abort();
        wait(r);
        QCOMPARE(r->error().kind(), AuthError::Kind::Cancelled);
        QVERIFY(r->findChildren<AuthReply *>().isEmpty() ||
                r->findChildren<AuthReply *>().first()->isFinished());
    }

    void keyProblemsAreLocal()
    {
        AuthReply *r =
            wait(m_client->jwtBearer(m_env, QStringLiteral("SfconnectJwtKey"), kUser, RsaKey()));
        QCOMPARE(r->error().kind(), AuthError::Kind::Configuration);
        QCOMPARE(r->error().problemId(), QStringLiteral("config.no_private_key"));
        QVERIFY(m_emu->state().requestLog().isEmpty()); // nothing was sent
    }

    void rotatedRefreshTokenIsHandedOut()
    {
        m_emu->state().scenario().app(kByoa)->refreshTokenPolicy.mode =
            sfemu::RefreshTokenPolicy::Mode::Rotating;
        const QString refreshToken = mintRefreshToken();
        AuthReply *r =
            wait(m_client->refresh(QStringLiteral("c"), m_env, kByoa, kByoaSecret, refreshToken));
        QVERIFY2(r->ok(), qPrintable(r->error().summary()));
        QVERIFY(!r->tokens().refreshToken.isEmpty());
        QVERIFY(r->tokens().refreshToken != refreshToken);
        AuthReply *old =
            wait(m_client->refresh(QStringLiteral("c"), m_env, kByoa, kByoaSecret, refreshToken));
        QVERIFY(old->error().needsSignIn());
    }

    void revokedRefreshTokenMeansSignInAgain()
    {
        const QString refreshToken = mintRefreshToken();
        AuthReply *revoke = wait(m_client->revoke(m_env, refreshToken));
        QVERIFY2(revoke->ok(), qPrintable(revoke->error().summary()));
        AuthReply *r =
            wait(m_client->refresh(QStringLiteral("c"), m_env, kByoa, kByoaSecret, refreshToken));
        QVERIFY(r->error().needsSignIn());
        QCOMPARE(r->error().stage(), AuthError::Stage::Refresh);
        QCOMPARE(r->error().problemId(),
                 QStringLiteral("oauth.invalid_grant.expired_access_refresh_token"));
        AuthReply *again = wait(m_client->revoke(m_env, refreshToken));
        QCOMPARE(again->error().problemId(), QStringLiteral("oauth.invalid_token.invalid_token"));
    }

    void probes()
    {
        AuthReply *login =
            wait(m_client->password(m_env, kByoa, kByoaSecret, kUser, QStringLiteral("Demo-Pass-1"),
                                    QStringLiteral("DEMOTOKEN123")));
        const TokenSet t = login->tokens();
        AuthReply *versions = wait(m_client->versions(t.instanceUrl));
        QVERIFY(versions->ok());
        QCOMPARE(
            versions->json().array().last().toObject().value(QStringLiteral("version")).toString(),
            QStringLiteral("62.0"));
        AuthReply *session =
            wait(m_client->probeSession(t.instanceUrl, QStringLiteral("62.0"), t.accessToken));
        QVERIFY2(session->ok(), qPrintable(session->error().summary()));
        QVERIFY(session->json().object().contains(QStringLiteral("sobjects")));
        AuthReply *info = wait(m_client->userInfo(t.instanceUrl, t.accessToken));
        QCOMPARE(info->json().object().value(QStringLiteral("preferred_username")).toString(),
                 kUser);
        AuthReply *limits =
            wait(m_client->limits(t.instanceUrl, QStringLiteral("62.0"), t.accessToken));
        QVERIFY(limits->json()
                    .object()
                    .value(QStringLiteral("DailyApiRequests"))
                    .toObject()
                    .contains(QStringLiteral("Max")));

        AuthReply *bad = wait(m_client->probeSession(t.instanceUrl, QStringLiteral("62.0"),
                                                     QStringLiteral("00Dx!nope")));
        QCOMPARE(bad->error().problemId(), QStringLiteral("rest.INVALID_SESSION_ID"));
        QCOMPARE(bad->error().httpStatus(), 401);
        AuthReply *badInfo = wait(m_client->userInfo(t.instanceUrl, QStringLiteral("00Dx!nope")));
        QCOMPARE(badInfo->error().problemId(), QStringLiteral("rest.Bad_OAuth_Token"));
        m_emu->state().scenario().user(kUser)->apiEnabled = false;
        AuthReply *disabled =
            wait(m_client->probeSession(t.instanceUrl, QStringLiteral("62.0"), t.accessToken));
        QCOMPARE(disabled->error().problemId(), QStringLiteral("rest.API_DISABLED_FOR_ORG"));
    }

    void transportAndShapeFailures()
    {
        QString error;
        QVERIFY(m_emu->state().scenario().mergeFaults(
            QJsonObject{{QStringLiteral("maintenanceRate"), 1.0}},
            &m_emu->state().scenario().faults, &error));
        AuthReply *maintenance = wait(m_client->versions(m_emu->baseUrl().toString()));
        QCOMPARE(maintenance->error().kind(), AuthError::Kind::Maintenance);
        QCOMPARE(maintenance->error().problemId(), QStringLiteral("service.maintenance"));

        m_emu->state().scenario().faults = {};
        m_emu->state().scenario().faults.silentRate = 1.0;
        m_client->setTimeout(300);
        AuthReply *silent = wait(m_client->versions(m_emu->baseUrl().toString()));
        QCOMPARE(silent->error().kind(), AuthError::Kind::Timeout);

        m_emu->state().scenario().faults = {};
        m_emu->state().scenario().faults.resetRate = 1.0;
        m_client->setTimeout(5000);
        AuthReply *reset = wait(m_client->versions(m_emu->baseUrl().toString()));
        QCOMPARE(reset->error().kind(), AuthError::Kind::Network);

        AuthReply *insecure =
            wait(m_client->versions(QStringLiteral("http://acme.my.salesforce.com")));
        QCOMPARE(insecure->error().kind(), AuthError::Kind::Configuration);
        QCOMPARE(insecure->error().problemId(), QStringLiteral("config.insecure_url"));
    }

    void oddTokenResponses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problemId");
        const QByteArray good =
            "\"access_token\":\"00Dx!a\",\"instance_url\":\"https://acme.my.salesforce.com\","
            "\"id\":\"https://login.salesforce.com/id/00D000000000001EAA/005000000000001AAA\","
            "\"issued_at\":\"1700000000000\"";
        QTest::newRow("signature mismatch") << "{" + good + ",\"signature\":\"AAAA\"}"
                                            << "response.signature_mismatch";
        QTest::newRow("not json") << QByteArray("{\"access_token\":") << "response.not_json";
        QTest::newRow("no access token")
            << QByteArray("{\"instance_url\":\"https://a.my.salesforce.com\",\"id\":\"x\"}")
            << "response.missing_field";
        QTest::newRow("loopback http instance after an https sign-in is fine only for loopback")
            << QByteArray(
                   "{\"access_token\":\"a\",\"instance_url\":\"http://10.0.0.1\",\"id\":\"x\"}")
            << "response.insecure_instance_url";
        QTest::newRow("http instance")
            << QByteArray(
                   "{\"access_token\":\"a\",\"instance_url\":\"http://evil.example\",\"id\":\"x\"}")
            << "response.insecure_instance_url";
        QTest::newRow("bad id")
            << QByteArray(
                   "{\"access_token\":\"a\",\"instance_url\":\"https://a.my.salesforce.com\","
                   "\"id\":\"https://login.salesforce.com/whoami\"}")
            << "response.bad_identity_url";
    }

    void oddTokenResponses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problemId);
        sfemu::HttpServer server([body](const sfemu::HttpRequest &) {
            return sfemu::HttpResponse::text(200, body, "application/json");
        });
        QVERIFY(server.listen(0));
        const auto env = LoginEnvironment::custom(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        AuthReply *r = wait(
            m_client->password(env, kByoa, kByoaSecret, kUser, QStringLiteral("p"), QString()));
        QCOMPARE(r->error().kind(), AuthError::Kind::MalformedResponse);
        QCOMPARE(r->error().problemId(), problemId);
    }

    void cancel()
    {
        m_emu->state().scenario().faults.silentRate = 1.0;
        AuthReply *r = m_client->versions(m_emu->baseUrl().toString());
        r->setParent(this);
        QSignalSpy spy(r, &AuthReply::finished);
        r->abort();
        QVERIFY(spy.wait(2000));
        QCOMPARE(r->error().kind(), AuthError::Kind::Cancelled);
    }

    void noSecretInTheLog()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("sfconnect.*=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        AuthReply *ok =
            wait(m_client->password(m_env, kByoa, kByoaSecret, kUser, QStringLiteral("Demo-Pass-1"),
                                    QStringLiteral("DEMOTOKEN123")));
        wait(m_client->password(m_env, kByoa, kByoaSecret, kUser, QStringLiteral("Wrong-Pass"),
                                QString()));
        wait(m_client->jwtBearer(m_env, QStringLiteral("SfconnectJwtKey"), kUser, demoKey()));
        qInstallMessageHandler(previous);
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("grant_type=password")), qPrintable(all));
        for (const QString &secret :
             {kByoaSecret, QStringLiteral("Demo-Pass-1"), QStringLiteral("DEMOTOKEN123"),
              QStringLiteral("Wrong-Pass"), ok->tokens().accessToken, QStringLiteral("eyJ")})
            QVERIFY2(!all.contains(secret), qPrintable(secret));
    }
};

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
