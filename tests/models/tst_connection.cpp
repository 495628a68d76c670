#include "Connection.h"
#include "ConnectionSecrets.h"

#include <QJsonDocument>
#include <QTest>

using namespace sfconnect;

class TestConnection : public QObject
{
    Q_OBJECT

    static Connection sample()
    {
        Connection c;
        c.id = QUuid::createUuid();
        c.name = QStringLiteral("Salesforce-Production-OrderSync");
        c.environment = LoginEnvironment::Kind::Custom;
        c.loginUrl = QUrl(QStringLiteral("https://acme.my.salesforce.com"));
        c.method = AuthMethod::Jwt;
        c.username = QStringLiteral("integ@acme.com");
        c.clientId = QStringLiteral("3MVG9abc");
        c.audience = QStringLiteral("https://login.salesforce.com");
        c.callbackPort = 1818;
        c.instanceUrl = QStringLiteral("https://acme.my.salesforce.com");
        c.orgId = QStringLiteral("00D5g000004XyZaEAK");
        c.userId = QStringLiteral("0055g00000AbCdEAAZ");
        c.displayName = QStringLiteral("Integración Acme");
        c.apiVersion = QStringLiteral("62.0");
        c.scopes = {QStringLiteral("api"), QStringLiteral("refresh_token")};
        c.createdAt = QDateTime(QDate(2026, 12, 4), QTime(10, 0, 0, 123), Qt::UTC);
        c.lastConnectedAt = QDateTime(QDate(2026, 12, 4), QTime(11, 30), Qt::UTC);
        c.lastCheckedAt = QDateTime(QDate(2026, 12, 4), QTime(11, 45), Qt::UTC);
        c.lastStatus = ConnectionStatus::NeedsSignIn;
        c.lastErrorProblemId = QStringLiteral("oauth.invalid_grant.expired_access_refresh_token");
        c.lastErrorText = QStringLiteral("expired access/refresh token");
        return c;
    }

private slots:
    void jsonRoundTrip()
    {
        const Connection c = sample();
        const QByteArray text = QJsonDocument(c.toJson()).toJson();
        Connection back;
        QString error;
        QVERIFY2(Connection::fromJson(QJsonDocument::fromJson(text).object(), &back, &error),
                 qPrintable(error));
        QCOMPARE(back, c);
    }

    void definitionLeavesOutWhatTheOrgTold()
    {
        const QJsonObject d = sample().toDefinitionJson();
        for (const char *key :
             {"id", "orgId", "userId", "instanceUrl", "lastStatus", "lastErrorText"})
            QVERIFY2(!d.contains(QLatin1String(key)), key);
        Connection imported;
        QString error;
        QVERIFY2(Connection::fromJson(d, &imported, &error), qPrintable(error));
        QVERIFY(!imported.id.isNull()); // a definition gets a fresh id
        QCOMPARE(imported.method, AuthMethod::Jwt);
        QCOMPARE(imported.audience, QStringLiteral("https://login.salesforce.com"));
    }

    void rejectsIncompleteEntries_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray base = "\"name\":\"a\",\"environment\":\"production\",\"method\":\"web\"";
        QTest::newRow("bad id") << QByteArray("{\"id\":\"nope\"," + base + "}")
                                << "\"id\" is not a valid id";
        QTest::newRow("no name") << QByteArray(
                                        "{\"environment\":\"production\",\"method\":\"web\"}")
                                 << "\"name\" is missing";
        QTest::newRow("blank name")
            << QByteArray("{\"name\":\"  \",\"environment\":\"production\",\"method\":\"web\"}")
            << "\"name\" is missing";
        QTest::newRow("bad environment")
            << QByteArray("{\"name\":\"a\",\"environment\":\"staging\",\"method\":\"web\"}")
            << "\"environment\" must be production, sandbox or custom";
        QTest::newRow("lightning domain")
            << QByteArray("{\"name\":\"a\",\"environment\":\"custom\",\"loginUrl\":\"acme."
                          "lightning.force.com\",\"method\":\"web\"}")
            << "\"loginUrl\": That is an address of the org's pages, not where it signs in. Use "
               "its My Domain: "
               "https://acme.my.salesforce.com";
        QTest::newRow("bad method")
            << QByteArray("{\"name\":\"a\",\"environment\":\"sandbox\",\"method\":\"saml\"}")
            << "\"method\" must be web, byoa, password or jwt";
        QTest::newRow("jwt without user")
            << QByteArray("{\"name\":\"a\",\"environment\":\"sandbox\",\"method\":\"jwt\","
                          "\"clientId\":\"x\"}")
            << "\"username\" is needed for the jwt method";
        QTest::newRow("byoa without client")
            << QByteArray("{\"name\":\"a\",\"environment\":\"sandbox\",\"method\":\"byoa\"}")
            << "\"clientId\" is needed for the byoa method";
        QTest::newRow("bad port") << QByteArray("{" + base + ",\"callbackPort\":70000}")
                                  << "\"callbackPort\" must be a port from 1 to 65535";
        QTest::newRow("bad path") << QByteArray("{" + base + ",\"callbackPath\":\"OauthRedirect\"}")
                                  << "\"callbackPath\" must start with /";
    }

    void rejectsIncompleteEntries()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Connection untouched;
        untouched.name = QStringLiteral("keep me");
        QString why;
        QVERIFY(!Connection::fromJson(QJsonDocument::fromJson(json).object(), &untouched, &why));
        QCOMPARE(why, error);
        QCOMPARE(untouched.name, QStringLiteral("keep me"));
    }

    void secretsRoundTrip()
    {
        ConnectionSecrets s;
        QVERIFY(s.isEmpty());
        s.refreshToken = QStringLiteral("5Aep861…");
        s.password = QStringLiteral("contraseña");
        s.privateKey = QString(5000, QLatin1Char('k'));
        ConnectionSecrets back;
        QVERIFY(ConnectionSecrets::deserialize(s.serialize(), &back));
        QCOMPARE(back, s);
        QVERIFY(!ConnectionSecrets::deserialize("not json", &back));
        QVERIFY(!ConnectionSecrets::deserialize("{\"v\":9}", &back));
    }

    void statusKeysAndTexts()
    {
        for (int i = 0; i <= int(ConnectionStatus::Error); ++i) {
            const auto status = ConnectionStatus(i);
            ConnectionStatus back;
            QVERIFY(connectionStatusFromKey(connectionStatusKey(status), &back));
            QCOMPARE(back, status);
            QVERIFY(!connectionStatusText(status).isEmpty());
            QVERIFY(!connectionStatusIcon(status).isEmpty());
        }
        QVERIFY(connectionStatusNeedsAttention(ConnectionStatus::NeedsSignIn));
        QVERIFY(!connectionStatusNeedsAttention(ConnectionStatus::Connected));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
