#include "Connection.h"

#include <QJsonDocument>
#include <QTest>

using sfconnect::Connection;

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip()
    {
        Connection c;
        c.id = QUuid::createUuid();
        c.name = QStringLiteral("Salesforce-Production-OrderSync");
        c.environment = QStringLiteral("production");
        c.loginUrl = QStringLiteral("https://login.salesforce.com");
        c.method = QStringLiteral("jwt");
        c.username = QStringLiteral("integ@acme.com");
        c.clientId = QStringLiteral("3MVG9abc");
        c.instanceUrl = QStringLiteral("https://acme.my.salesforce.com");
        c.orgId = QStringLiteral("00D5g000004XyZaEAK");
        c.userId = QStringLiteral("0055g00000AbCdEAAZ");
        c.apiVersion = QStringLiteral("62.0");
        c.scopes = {QStringLiteral("api"), QStringLiteral("refresh_token")};
        c.createdAt = QDateTime(QDate(2026, 12, 4), QTime(10, 0, 0, 123), Qt::UTC);
        c.lastConnectedAt = QDateTime(QDate(2026, 12, 4), QTime(11, 30), Qt::UTC);

        const QByteArray text = QJsonDocument(c.toJson()).toJson();
        Connection back;
        QString error;
        QVERIFY2(Connection::fromJson(QJsonDocument::fromJson(text).object(), &back, &error),
                 qPrintable(error));
        QCOMPARE(back, c);
    }

    void rejectsIncompleteEntries_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray id = "\"id\":\"6c1f6f0e-8f5e-4c1e-9d55-6f1c2f1b0a11\"";
        QTest::newRow("no id") << QByteArray("{\"name\":\"x\"}") << "missing or malformed \"id\"";
        QTest::newRow("bad id") << QByteArray("{\"id\":\"nope\",\"name\":\"x\"}")
                                << "missing or malformed \"id\"";
        QTest::newRow("no name") << "{" + id + "}"
                                 << "missing \"name\"";
        QTest::newRow("blank name") << "{" + id + ",\"name\":\"  \"}"
                                    << "missing \"name\"";
        QTest::newRow("no method") << "{" + id +
                                          ",\"name\":\"a\",\"environment\":\"sandbox\","
                                          "\"loginUrl\":\"https://test.salesforce.com\"}"
                                   << "missing \"method\"";
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
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
