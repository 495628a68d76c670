// The command line, as a script would use it: the real binary against the emulator, with the real
// keychain (scripts/test's gnome-keyring). Exit codes and JSON are checked exactly.
#include "Emulator.h"
#include "OrgState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    sfemu::Emulator m_emu;
    std::unique_ptr<QTemporaryDir> m_config;

    // Runs sfconnect; the event loop keeps turning so the emulator (in this process) can answer.
    Run sfconnect(const QStringList &arguments, const QByteArray &input = {},
                  const QStringList &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("SFCONNECT_CONFIG_DIR"), m_config->path());
        e.remove(QStringLiteral("DISPLAY")); // commands need no display
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(SFCONNECT_BIN_DIR "/sfconnect"), arguments);
        p.write(input);
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(30000))
            qWarning("sfconnect %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    Run addJwt(const QString &name)
    {
        return sfconnect({QStringLiteral("add"), QStringLiteral("--method"), QStringLiteral("jwt"),
                          QStringLiteral("--name"), name, QStringLiteral("--client-id"),
                          QStringLiteral("SfconnectJwtKey"), QStringLiteral("--username"),
                          QStringLiteral("admin@sfconnect.demo"), QStringLiteral("--key-file"),
                          QStringLiteral(SFCONNECT_SOURCE_DIR "/emulator/keys/demo-jwt.key"),
                          QStringLiteral("--domain"), m_emu.baseUrl().toString()});
    }

    Run addPassword(const QString &name, const QByteArray &password)
    {
        return sfconnect({QStringLiteral("add"), QStringLiteral("--method"),
                          QStringLiteral("password"), QStringLiteral("--name"), name,
                          QStringLiteral("--client-id"), QStringLiteral("SfconnectByoaKey"),
                          QStringLiteral("--username"), QStringLiteral("admin@sfconnect.demo"),
                          QStringLiteral("--domain"), m_emu.baseUrl().toString()},
                         password + "\nDEMOTOKEN123\nSfconnectByoaSecret\n");
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emu.start(0, &error), qPrintable(error));
    }

    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        m_emu.state().reset();
    }

    void emptyList()
    {
        const Run text = sfconnect({QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("No connections yet"));
        const Run json = sfconnect({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json(), QJsonObject({{QStringLiteral("connections"), QJsonArray()}}));
    }

    void addListCheckShow()
    {
        Run added = addJwt(QStringLiteral("Integration JWT"));
        QVERIFY2(added.exitCode == 0, added.err.constData());
        added = addPassword(QStringLiteral("Legacy password"), "Demo-Pass-1");
        QVERIFY2(added.exitCode == 0, added.err.constData());

        const Run list = sfconnect({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray all = list.json().value(QStringLiteral("connections")).toArray();
        QCOMPARE(all.size(), 2);
        const QJsonObject jwt = all.at(0).toObject();
        const QStringList fields{"apiVersion",
                                 "clientId",
                                 "environment",
                                 "id",
                                 "instanceUrl",
                                 "lastChecked",
                                 "lastConnected",
                                 "lastError",
                                 "lastErrorProblemId",
                                 "loginUrl",
                                 "method",
                                 "name",
                                 "orgId",
                                 "scopes",
                                 "status",
                                 "statusText",
                                 "userId",
                                 "username"};
        QCOMPARE(jwt.keys(), fields);
        QCOMPARE(jwt.value(QStringLiteral("method")).toString(), QStringLiteral("jwt"));
        QCOMPARE(jwt.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
        QCOMPARE(jwt.value(QStringLiteral("orgId")).toString(),
                 QStringLiteral("00D000000000001EAA"));

        const Run check =
            sfconnect({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QCOMPARE(check.json().value(QStringLiteral("results")).toArray().size(), 2);

        const Run show = sfconnect(
            {QStringLiteral("show"), QStringLiteral("legacy PASSWORD"), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.json().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Legacy password"));
        // Never a secret, in any output.
        for (const QByteArray &output : {list.out, check.out, show.out}) {
            QVERIFY(!output.contains("Demo-Pass-1"));
            QVERIFY(!output.contains("DEMOTOKEN123"));
            QVERIFY(!output.contains("SfconnectByoaSecret"));
            QVERIFY(!output.contains("00D000000000001!"));
        }
    }

    void checkReportsWhatIsNotConnected()
    {
        QCOMPARE(addPassword(QStringLiteral("Legacy password"), "Demo-Pass-1").exitCode, 0);
        // The password changed at Salesforce and the session ended.
        m_emu.state().scenario().user(QStringLiteral("admin@sfconnect.demo"))->password =
            QStringLiteral("New-Pass-2");
        m_emu.state().expireTokens(QStringLiteral("access"), {});
        const Run check = sfconnect(
            {QStringLiteral("check"), QStringLiteral("Legacy password"), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 1);
        const QJsonObject result =
            check.json().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(),
                 QStringLiteral("needs-sign-in"));
        QCOMPARE(result.value(QStringLiteral("lastErrorProblemId")).toString(),
                 QStringLiteral("oauth.invalid_grant.authentication_failure"));
        const Run text = sfconnect({QStringLiteral("check"), QStringLiteral("--all")});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("Sign in again"));
    }

    void refusedSignInAddsNothing()
    {
        const Run added = addPassword(QStringLiteral("Wrong"), "not-the-password");
        QCOMPARE(added.exitCode, 1);
        QVERIFY(added.err.contains("sign-in failed"));
        QVERIFY(sfconnect({QStringLiteral("list")}).out.contains("No connections yet"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("lsit")} << QByteArray("unknown command \"lsit\"");
        QTest::newRow("check without names")
            << QStringList{QStringLiteral("check")} << QByteArray("check takes names, or --all");
        QTest::newRow("unknown name") << QStringList{QStringLiteral("show"), QStringLiteral("nope")}
                                      << QByteArray("there is no connection named \"nope\"");
        QTest::newRow("browser method")
            << QStringList{QStringLiteral("add"), QStringLiteral("--method"), QStringLiteral("web")}
            << QByteArray("--method must be jwt or password");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("--jsn")}
            << QByteArray("Unknown option 'jsn'");
        QTest::newRow("password not on stdin")
            << QStringList{QStringLiteral("add"),      QStringLiteral("--method"),
                           QStringLiteral("password"), QStringLiteral("--name"),
                           QStringLiteral("x"),        QStringLiteral("--client-id"),
                           QStringLiteral("c"),        QStringLiteral("--username"),
                           QStringLiteral("u")}
            << QByteArray("give the password on standard input");
        QTest::newRow("lightning domain") << QStringList{QStringLiteral("add"),
                                                         QStringLiteral("--method"),
                                                         QStringLiteral("jwt"),
                                                         QStringLiteral("--name"),
                                                         QStringLiteral("x"),
                                                         QStringLiteral("--client-id"),
                                                         QStringLiteral("c"),
                                                         QStringLiteral("--username"),
                                                         QStringLiteral("u"),
                                                         QStringLiteral("--domain"),
                                                         QStringLiteral("acme.lightning.force.com")}
                                          << QByteArray("https://acme.my.salesforce.com");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = sfconnect(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void keychainOutOfReach()
    {
        QCOMPARE(addJwt(QStringLiteral("Integration JWT")).exitCode, 0);
        const Run check =
            sfconnect({QStringLiteral("check"), QStringLiteral("--all")}, {},
                      {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/no-bus")});
        QCOMPARE(check.exitCode, 2);
        QVERIFY(check.out.contains("Keychain unavailable"));
        QVERIFY(check.out.contains("D-Bus"));
        // The list still shows without the keychain.
        const Run list =
            sfconnect({QStringLiteral("list")}, {},
                      {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/no-bus")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("Integration JWT"));
    }

    void exportAndImport()
    {
        QCOMPARE(addJwt(QStringLiteral("Integration JWT")).exitCode, 0);
        QTemporaryDir shared;
        const QString file = shared.filePath(QStringLiteral("team.json"));
        const Run exported = sfconnect({QStringLiteral("export"), file});
        QCOMPARE(exported.exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("PRIVATE KEY"));
        m_config = std::make_unique<QTemporaryDir>(); // another machine
        const Run imported = sfconnect({QStringLiteral("import"), file});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.out.contains("Imported 1 connection"));
        const Run list = sfconnect({QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject c =
            list.json().value(QStringLiteral("connections")).toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Integration JWT"));
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    }

    void helpAndVersion()
    {
        const Run version = sfconnect({QStringLiteral("--version")}, {},
                                      {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(SFCONNECT_VERSION));
        const Run help = sfconnect({QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--key-file"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
