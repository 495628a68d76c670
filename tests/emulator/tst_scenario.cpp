// The emulator's scenario file and its own cryptography, without a socket.
#include "Crypto.h"
#include "Scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sfemu;

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void defaultScenarioServesEveryMethod()
    {
        Scenario s = Scenario::defaults();
        QCOMPARE(s.org.id, QStringLiteral("00D000000000001EAA"));
        QCOMPARE(s.users.size(), 1);
        const User *admin = s.user(QStringLiteral("ADMIN@sfconnect.demo"));
        QVERIFY(admin);
        QVERIFY(admin->needsMfa());
        const App *pub = s.app(QStringLiteral("SfconnectPublicApp"));
        QVERIFY(pub && pub->consumerSecret.isEmpty() && pub->pkceRequired);
        const App *byoa = s.app(QStringLiteral("SfconnectByoaKey"));
        QVERIFY(byoa && byoa->checksSecret() && byoa->passwordFlow);
        const App *jwt = s.app(QStringLiteral("SfconnectJwtKey"));
        QVERIFY(jwt && jwt->jwtFlow && jwt->adminApproved);
        QVERIFY(jwt->preAuthorizedProfiles.contains(admin->profile));
        QVERIFY(Crypto::isCertificate(jwt->certificate.toUtf8()));
    }

    void printedScenarioReadsBackTheSame()
    {
        const Scenario s = Scenario::defaults();
        Scenario back;
        QString error;
        // The printed scenario inlines the certificate, so it stands on its own.
        const QJsonObject printed = s.toJson();
        QVERIFY2(Scenario::fromJson(printed, &back, &error), qPrintable(error));
        QCOMPARE(back.toJson(), printed);
    }

    void refusesBadScenarios_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown top-level field")
            << QByteArray("{\"orgs\":{}}") << "orgs: unknown field";
        QTest::newRow("bad org id")
            << QByteArray("{\"org\":{\"id\":\"001000000000001AAA\"}}")
            << "org.id: an org id has 18 letters and digits and starts with 00D";
        QTest::newRow("wrong type")
            << QByteArray("{\"org\":{\"settings\":{\"pkceRequired\":\"yes\"}}}")
            << "org.settings.pkceRequired: expected true or false";
        QTest::newRow("org type") << QByteArray("{\"org\":{\"type\":\"scratch\"}}")
                                  << "org.type: expected \"production\" or \"sandbox\"";
        QTest::newRow("api version") << QByteArray("{\"org\":{\"apiVersions\":[\"v62\"]}}")
                                     << "org.apiVersions: \"v62\" is not a version like 62.0";
        QTest::newRow("users not a list")
            << QByteArray("{\"users\":{}}") << "users: expected a list";
        QTest::newRow("user without name")
            << QByteArray("{\"users\":[{\"password\":\"x\"}]}") << "users[0].username: required";
        QTest::newRow("user typo")
            << QByteArray("{\"users\":[{\"username\":\"a\",\"pasword\":\"x\"}]}")
            << "users[0].pasword: unknown field";
        QTest::newRow("bad totp")
            << QByteArray("{\"users\":[{\"username\":\"a\",\"totpSecret\":\"01!\"}]}")
            << "users[0].totpSecret: not a base32 secret";
        QTest::newRow("duplicate user")
            << QByteArray("{\"users\":[{\"username\":\"a@b.c\"},{\"username\":\"A@b.c\"}]}")
            << "users: A@b.c appears twice";
        QTest::newRow("app without key")
            << QByteArray("{\"apps\":[{\"name\":\"x\"}]}") << "apps[0].consumerKey: required";
        QTest::newRow("bad certificate")
            << QByteArray("{\"apps\":[{\"consumerKey\":\"k\",\"certificate\":\"-----BEGIN "
                          "CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----\"}]}")
            << "apps[0].certificate: not a PEM X.509 certificate";
        QTest::newRow("bad refresh policy")
            << QByteArray("{\"apps\":[{\"consumerKey\":\"k\",\"refreshTokenPolicy\":{\"mode\":"
                          "\"never\"}}]}")
            << "apps[0].refreshTokenPolicy.mode: expected untilRevoked, expiresAfter or rotating";
        QTest::newRow("rate above one") << QByteArray("{\"faults\":{\"errorRate\":1.5}}")
                                        << "faults.errorRate: expected a share from 0 to 1";
        QTest::newRow("fractional latency")
            << QByteArray("{\"faults\":{\"latencyMs\":2.5}}")
            << "faults.latencyMs: expected a whole number from 0 to 600000";
    }

    void refusesBadScenarios()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Scenario s;
        QString why;
        QVERIFY(!Scenario::fromJson(QJsonDocument::fromJson(json).object(), &s, &why));
        QCOMPARE(why, error);
    }

    void certificateFileIsRelativeToTheScenario()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(SFCONNECT_SOURCE_DIR "/emulator/keys/demo-jwt.crt"),
                            dir.filePath(QStringLiteral("app.crt"))));
        QFile file(dir.filePath(QStringLiteral("org.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"apps\":[{\"consumerKey\":\"k\",\"certificateFile\":\"app.crt\"}]}");
        file.close();
        Scenario s;
        QString error;
        QVERIFY2(Scenario::fromFile(file.fileName(), &s, &error), qPrintable(error));
        QVERIFY(s.app(QStringLiteral("k"))
                    ->certificate.startsWith(QStringLiteral("-----BEGIN CERTIFICATE")));
        QVERIFY(s.users.isEmpty());
    }

    void unreadableFilesSaySo()
    {
        Scenario s;
        QString error;
        QVERIFY(!Scenario::fromFile(QStringLiteral("/nonexistent/org.json"), &s, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot read /nonexistent/org.json")),
                 qPrintable(error));
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"org\": ");
        broken.close();
        QVERIFY(!Scenario::fromFile(broken.fileName(), &s, &error));
        QVERIFY2(error.contains(QStringLiteral("not a JSON object")), qPrintable(error));
    }

    void mergeKeepsWhatIsNotNamed()
    {
        Scenario s = Scenario::defaults();
        User *admin = s.user(QStringLiteral("admin@sfconnect.demo"));
        QString error;
        QVERIFY(Scenario::mergeUser(QJsonObject{{QStringLiteral("active"), false}}, admin, &error));
        QVERIFY(!admin->active);
        QCOMPARE(admin->password, QStringLiteral("Demo-Pass-1"));
        QVERIFY(!Scenario::mergeUser(QJsonObject{{QStringLiteral("active"), 3}}, admin, &error));
        QCOMPARE(error, QStringLiteral("user.active: expected true or false"));
        QVERIFY(!admin->active); // a refused change leaves the user as it was
    }

    void salesforceSignatureVector()
    {
        // The omniauth-salesforce inputs recorded in the wire reference.
        QCOMPARE(Crypto::signature(
                     "Consumer Secret",
                     "https://login.salesforce.com/id/00Dd0000000d45TEBQ/005d0000000fyGPCCY"
                     "1331142541514"),
                 QByteArray("US+o9SSknqogfi9fRiX4LDLM2TYqv3/DIpUmmhV4Okw="));
    }

    void totpMatchesRfc6238()
    {
        const QByteArray secret =
            Crypto::base32Decode(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        QCOMPARE(secret, QByteArray("12345678901234567890"));
        // RFC 6238 appendix B (SHA-1), last six of the eight digits.
        QCOMPARE(Crypto::totp(secret, 59), QStringLiteral("287082"));
        QCOMPARE(Crypto::totp(secret, 1111111109), QStringLiteral("081804"));
        QCOMPARE(Crypto::totp(secret, 2000000000), QStringLiteral("279037"));
        QVERIFY(Crypto::base32Decode(QStringLiteral("not base32!")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
