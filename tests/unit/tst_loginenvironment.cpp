#include "LoginEnvironment.h"

#include <QTest>

using sfconnect::LoginEnvironment;

class TestLoginEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("loginUrl");   // empty: refused
        QTest::addColumn<QString>("problem");    // start of the message when refused
        QTest::addColumn<QString>("suggestion"); // empty: none

        const QString acme = QStringLiteral("https://acme.my.salesforce.com");
        auto accept = [](const char *name, const QString &in, const QString &url) {
            QTest::newRow(name) << in << url << QString() << QString();
        };
        auto refuse = [](const char *name, const QString &in, const QString &problem,
                         const QString &suggestion = {}) {
            QTest::newRow(name) << in << QString() << problem << suggestion;
        };

        accept("bare my domain", QStringLiteral("acme.my.salesforce.com"), acme);
        accept("https with slash", QStringLiteral("https://acme.my.salesforce.com/"), acme);
        accept("with a services path",
               QStringLiteral("https://acme.my.salesforce.com/services/oauth2/authorize?x=1"),
               acme);
        accept("upper case", QStringLiteral("HTTPS://ACME.My.Salesforce.COM"), acme);
        accept("surrounding spaces", QStringLiteral("  acme.my.salesforce.com \n"), acme);
        accept("trailing dot", QStringLiteral("acme.my.salesforce.com."), acme);
        accept("fragment", QStringLiteral("https://acme.my.salesforce.com/#/home"), acme);
        accept("explicit 443", QStringLiteral("https://acme.my.salesforce.com:443/"), acme);
        accept("sandbox my domain", QStringLiteral("acme--uat.sandbox.my.salesforce.com"),
               QStringLiteral("https://acme--uat.sandbox.my.salesforce.com"));
        accept("developer edition", QStringLiteral("acme-dev-ed.develop.my.salesforce.com"),
               QStringLiteral("https://acme-dev-ed.develop.my.salesforce.com"));
        accept("scratch org", QStringLiteral("https://speed-ruby-123.scratch.my.salesforce.com"),
               QStringLiteral("https://speed-ruby-123.scratch.my.salesforce.com"));
        accept("experience cloud site", QStringLiteral("acme.my.site.com"),
               QStringLiteral("https://acme.my.site.com"));
        accept("generic production host", QStringLiteral("login.salesforce.com"),
               QStringLiteral("https://login.salesforce.com"));
        accept("generic sandbox host", QStringLiteral("https://test.salesforce.com/"),
               QStringLiteral("https://test.salesforce.com"));
        accept("legacy instance", QStringLiteral("na15.salesforce.com"),
               QStringLiteral("https://na15.salesforce.com"));
        accept("emulator on 127.0.0.1", QStringLiteral("http://127.0.0.1:8484"),
               QStringLiteral("http://127.0.0.1:8484"));
        accept("emulator with path", QStringLiteral("http://127.0.0.1:8484/services/oauth2/token"),
               QStringLiteral("http://127.0.0.1:8484"));
        accept("emulator on localhost", QStringLiteral("http://localhost:8484/"),
               QStringLiteral("http://localhost:8484"));
        accept("emulator typed without scheme", QStringLiteral("127.0.0.1:8484"),
               QStringLiteral("http://127.0.0.1:8484"));
        accept("localhost typed without scheme", QStringLiteral("localhost:8484/"),
               QStringLiteral("http://localhost:8484"));
        accept("emulator on ipv6 loopback", QStringLiteral("http://[::1]:8484"),
               QStringLiteral("http://[::1]:8484"));

        refuse("empty", QString(), QStringLiteral("Enter the org's My Domain URL"));
        refuse("only spaces", QStringLiteral("   "),
               QStringLiteral("Enter the org's My Domain URL"));
        refuse("inner space", QStringLiteral("acme my.salesforce.com"),
               QStringLiteral("A domain cannot contain spaces."));
        refuse("lightning", QStringLiteral("https://acme.lightning.force.com/lightning/page/home"),
               QStringLiteral("That is an address of the org's pages"), acme);
        refuse("sandbox lightning", QStringLiteral("acme--uat.sandbox.lightning.force.com"),
               QStringLiteral("That is an address of the org's pages"),
               QStringLiteral("https://acme--uat.sandbox.my.salesforce.com"));
        refuse("setup domain", QStringLiteral("acme.my.salesforce-setup.com"),
               QStringLiteral("That is an address of the org's pages"), acme);
        refuse("visualforce", QStringLiteral("https://acme--c.vf.force.com/apex/Page"),
               QStringLiteral("That is an address of the org's pages"), acme);
        refuse("plain http", QStringLiteral("http://acme.my.salesforce.com"),
               QStringLiteral("Salesforce signs in over https only."), acme);
        refuse("credentials in url", QStringLiteral("https://admin:secret@acme.my.salesforce.com"),
               QStringLiteral("Remove the user name and password"), acme);
        refuse("ip literal", QStringLiteral("https://13.110.54.10"),
               QStringLiteral("Use the org's My Domain name instead of an IP address."));
        refuse("private ip over http", QStringLiteral("http://10.0.0.5:8080"),
               QStringLiteral("Use the org's My Domain name instead of an IP address."));
        refuse("not salesforce", QStringLiteral("acme.example.com"),
               QStringLiteral("acme.example.com is not a Salesforce address."));
        refuse("lookalike domain", QStringLiteral("https://acme.my.salesforce.com.evil.io"),
               QStringLiteral("acme.my.salesforce.com.evil.io is not a Salesforce address."));
        refuse("suffix trick", QStringLiteral("https://notsalesforce.com"),
               QStringLiteral("notsalesforce.com is not a Salesforce address."));
        refuse("odd port", QStringLiteral("https://acme.my.salesforce.com:8443"),
               QStringLiteral("Salesforce does not sign in on port 8443"), acme);
        refuse("ftp scheme", QStringLiteral("ftp://acme.my.salesforce.com"),
               QStringLiteral("Use an https:// address"));
        refuse("garbage", QStringLiteral("https://%zz"),
               QStringLiteral("\"https://%zz\" is not a web address."));
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, loginUrl);
        QFETCH(QString, problem);
        QFETCH(QString, suggestion);
        const auto n = LoginEnvironment::normalize(input);
        if (loginUrl.isEmpty()) {
            QVERIFY2(!n.ok(), qPrintable(n.loginUrl.toString()));
            QVERIFY2(n.problem.startsWith(problem), qPrintable(n.problem));
            QVERIFY(n.loginUrl.isEmpty());
        } else {
            QVERIFY2(n.ok(), qPrintable(n.problem));
            QCOMPARE(n.loginUrl.toString(), loginUrl);
        }
        QCOMPARE(n.suggestion.toString(), suggestion);
    }

    void audiences_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("audience");
        QTest::newRow("my domain") << "https://acme.my.salesforce.com"
                                   << "https://login.salesforce.com";
        QTest::newRow("sandbox my domain") << "https://acme--uat.sandbox.my.salesforce.com"
                                           << "https://test.salesforce.com";
        QTest::newRow("emulator") << "http://127.0.0.1:8484"
                                  << "http://127.0.0.1:8484";
    }

    void audiences()
    {
        QFETCH(QString, url);
        QFETCH(QString, audience);
        QCOMPARE(LoginEnvironment::custom(QUrl(url)).defaultAudience(), audience);
        QCOMPARE(LoginEnvironment::production().defaultAudience(),
                 QStringLiteral("https://login.salesforce.com"));
        QCOMPARE(LoginEnvironment::sandbox().defaultAudience(),
                 QStringLiteral("https://test.salesforce.com"));
    }

    void kindNamesRoundTrip()
    {
        for (const auto &env :
             {LoginEnvironment::production(), LoginEnvironment::sandbox(),
              LoginEnvironment::custom(QUrl(QStringLiteral("https://acme.my.salesforce.com")))}) {
            LoginEnvironment::Kind kind;
            QVERIFY(LoginEnvironment::kindFromName(env.kindName(), &kind));
            QCOMPARE(kind, env.kind());
        }
        LoginEnvironment::Kind kind;
        QVERIFY(!LoginEnvironment::kindFromName(QStringLiteral("staging"), &kind));
    }
};

QTEST_GUILESS_MAIN(TestLoginEnvironment)
#include "tst_loginenvironment.moc"
