// The connection store: atomic writes, recovery from damage, migration, the lock between two
// processes, lazy secrets, a missing keychain, delete, export and import.
#include "ConnectionStore.h"
#include "Emulator.h"
#include "InMemorySecretStore.h"
#include "OrgState.h"
#include "TokenClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sfconnect;

namespace {

Connection make(const QString &name, AuthMethod method = AuthMethod::Password)
{
    Connection c;
    c.id = QUuid::createUuid();
    c.name = name;
    c.environment = LoginEnvironment::Kind::Sandbox;
    c.loginUrl = LoginEnvironment::sandbox().loginUrl();
    c.method = method;
    c.username = QStringLiteral("user@acme.com");
    c.clientId = QStringLiteral("3MVG9client");
    c.createdAt = QDateTime::currentDateTimeUtc();
    return c;
}

// Waits for @p job; the caller keeps it (with a parent) to read it afterwards.
bool wait(StoreJob *job)
{
    if (job->isFinished()) {
        QCoreApplication::processEvents();
        return true;
    }
    QSignalSpy spy(job, &StoreJob::finished);
    return spy.wait(10000);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

} // namespace

class TestConnectionStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    InMemorySecretStore m_secrets;

    std::unique_ptr<ConnectionStore> open()
    {
        auto store = std::make_unique<ConnectionStore>(m_dir->path(), &m_secrets);
        store->load();
        return store;
    }

    // Adds @p c with a password through the store and waits for it.
    bool add(ConnectionStore &store, const Connection &c, QString *error = nullptr)
    {
        ConnectionSecrets s;
        s.password = QStringLiteral("s3cr3t-") + c.name;
        s.refreshToken = QStringLiteral("5Aep861-") + c.name;
        StoreJob *job = store.add(c, s);
        job->setParent(this);
        wait(job);
        const bool ok = job->ok();
        if (error)
            *error = job->errorText();
        return ok;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets.entries.clear();
        m_secrets.calls = 0;
        m_secrets.unavailable = false;
    }

    void addSaveAndReload()
    {
        const Connection c = make(QStringLiteral("Salesforce-UAT-Billing"));
        {
            auto store = open();
            QVERIFY(store->connections().isEmpty());
            QVERIFY(store->notices().isEmpty());
            QSignalSpy added(store.get(), &ConnectionStore::connectionAdded);
            QString error;
            QVERIFY2(add(*store, c, &error), qPrintable(error));
            QCOMPARE(added.count(), 1);
            QVERIFY(!add(*store, make(QStringLiteral("salesforce-uat-billing")),
                         &error)); // names are unique
            QVERIFY(error.contains(QStringLiteral("already exists")));
        }
        const QByteArray file =
            readFile(QDir(m_dir->path()).filePath(QStringLiteral("connections.json")));
        QCOMPARE(
            QJsonDocument::fromJson(file).object().value(QStringLiteral("schemaVersion")).toInt(),
            2);
        QVERIFY(!file.contains("s3cr3t")); // secrets never reach the file
        QVERIFY(!file.contains("5Aep861"));
        auto again = open();
        QCOMPARE(again->connections().size(), 1);
        QCOMPARE(again->connections().first(), c);
        StoreJob *read = again->readSecrets(c.id);
        read->setParent(this);
        QVERIFY(wait(read));
        QVERIFY2(read->ok(), qPrintable(read->errorText()));
        QCOMPARE(read->secrets().password, QStringLiteral("s3cr3t-Salesforce-UAT-Billing"));
    }

    void metadataUpdatesPersist()
    {
        Connection c = make(QStringLiteral("A"));
        {
            auto store = open();
            QVERIFY(add(*store, c));
            c.lastStatus = ConnectionStatus::Connected;
            c.orgId = QStringLiteral("00D000000000001EAA");
            QSignalSpy changed(store.get(), &ConnectionStore::connectionChanged);
            QVERIFY(store->updateMetadata(c));
            QCOMPARE(changed.count(), 1);
            QString error;
            QVERIFY(!store->updateMetadata(make(QStringLiteral("ghost")), &error));
        }
        QCOMPARE(open()->connections().first().lastStatus, ConnectionStatus::Connected);
        QVERIFY(
            QFile::exists(QDir(m_dir->path()).filePath(QStringLiteral("connections.json.bak"))));
    }

    void damagedFileFallsBackToTheLastGoodCopy_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::newRow("truncated") << QByteArray("truncate");
        QTest::newRow("garbage") << QByteArray("\x00\x01garbage");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("valid JSON, wrong shape")
            << QByteArray("{\"schemaVersion\":2,\"connections\":7}");
        QTest::newRow("entry without id")
            << QByteArray("{\"schemaVersion\":2,\"connections\":[{\"name\":\"x\"}]}");
    }

    void damagedFileFallsBackToTheLastGoodCopy()
    {
        QFETCH(QByteArray, damage);
        const QString path = QDir(m_dir->path()).filePath(QStringLiteral("connections.json"));
        {
            auto store = open();
            QVERIFY(add(*store, make(QStringLiteral("first"))));
            QVERIFY(add(*store, make(QStringLiteral("second")))); // the copy beside it holds both
        }
        const QByteArray good = readFile(path);
        writeFile(path, damage == "truncate" ? good.left(good.size() / 2) : damage);

        auto store = open();
        QCOMPARE(store->connections().size(), 2); // nothing acknowledged is lost
        QCOMPARE(store->connections().first().name, QStringLiteral("first"));
        QCOMPARE(store->notices().size(), 1);
        QVERIFY2(store->notices().first().contains(QStringLiteral("damaged")),
                 qPrintable(store->notices().first()));
        const QStringList broken =
            QDir(m_dir->path()).entryList({QStringLiteral("connections.json.broken-*")});
        QCOMPARE(broken.size(), 1); // kept aside for a look
        QVERIFY(store->notices().first().contains(broken.first()));
        // The file is whole again.
        QVERIFY(QJsonDocument::fromJson(readFile(path)).isObject());
    }

    void damagedWithoutCopySaysSo()
    {
        writeFile(QDir(m_dir->path()).filePath(QStringLiteral("connections.json")), "{\"schemaVer");
        auto store = open();
        QVERIFY(store->connections().isEmpty());
        QCOMPARE(store->notices().size(), 1);
        QVERIFY(store->notices().first().contains(QStringLiteral("no good copy")));
        QCOMPARE(
            QDir(m_dir->path()).entryList({QStringLiteral("connections.json.broken-*")}).size(), 1);
    }

    void unreadableEntriesAreNamedAndTheRestKept()
    {
        // No copy to fall back on, and one entry that does not read.
        QJsonArray list{make(QStringLiteral("good one")).toJson(),
                        QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString()},
                                    {QStringLiteral("name"), QStringLiteral("half")},
                                    {QStringLiteral("environment"), QStringLiteral("moon")},
                                    {QStringLiteral("method"), QStringLiteral("web")}},
                        make(QStringLiteral("good two")).toJson()};
        const QString path = QDir(m_dir->path()).filePath(QStringLiteral("connections.json"));
        const QByteArray original =
            QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                      {QStringLiteral("connections"), list}})
                .toJson();
        writeFile(path, original);
        auto store = open();
        QCOMPARE(store->connections().size(), 2);
        QCOMPARE(store->notices().size(), 1);
        QVERIFY2(store->notices().first().contains(QStringLiteral("entry 2 (half)")),
                 qPrintable(store->notices().first()));
        const QStringList broken =
            QDir(m_dir->path()).entryList({QStringLiteral("connections.json.broken-*")});
        QCOMPARE(broken.size(), 1);
        QCOMPARE(readFile(QDir(m_dir->path()).filePath(broken.first())),
                 original); // nothing is lost
    }

    void readOnlyWindowLeavesADamagedFileAlone()
    {
        QProcess holder;
        holder.start(QStringLiteral(SFCONNECT_BIN_DIR "/store_helper"),
                     {QStringLiteral("hold"), m_dir->path()});
        QVERIFY(holder.waitForReadyRead(10000));
        const QString path = QDir(m_dir->path()).filePath(QStringLiteral("connections.json"));
        writeFile(path, "{\"schemaVer");
        auto store = open();
        QVERIFY(store->isReadOnly());
        QCOMPARE(readFile(path), QByteArray("{\"schemaVer"));
        QVERIFY(
            QDir(m_dir->path()).entryList({QStringLiteral("connections.json.broken-*")}).isEmpty());
        holder.kill();
        holder.waitForFinished();
    }

    void invalidEntriesAreNeverWritten()
    {
        auto store = open();
        Connection c = make(QStringLiteral("no user"), AuthMethod::Jwt);
        c.username.clear();
        QString error;
        QVERIFY(!add(*store, c, &error));
        QCOMPARE(error,
                 QStringLiteral(
                     "The connection cannot be saved: \"username\" is needed for the jwt method"));
        QVERIFY(m_secrets.entries.isEmpty()); // refused before the keychain
        Connection ok = make(QStringLiteral("fine"));
        QVERIFY(add(*store, ok));
        ok.callbackPath = QStringLiteral("no-slash");
        QVERIFY(!store->updateMetadata(ok, &error));
        QVERIFY(error.contains(QStringLiteral("callbackPath")));
        QCOMPARE(open()->connections().first().callbackPath, QStringLiteral("/OauthRedirect"));
    }

    void newerSchemaIsNeverOverwritten()
    {
        const QByteArray newer = "{\"schemaVersion\":9,\"connections\":[]}";
        const QString path = QDir(m_dir->path()).filePath(QStringLiteral("connections.json"));
        writeFile(path, newer);
        auto store = open();
        QVERIFY(store->isReadOnly());
        QVERIFY(store->notices().first().contains(QStringLiteral("newer sfconnect")));
        QString error;
        QVERIFY(!add(*store, make(QStringLiteral("x")), &error));
        QCOMPARE(readFile(path), newer);
    }

    void migratesSchemaOne()
    {
        QVERIFY(QFile::copy(
            QStringLiteral(SFCONNECT_SOURCE_DIR "/tests/models/fixtures/connections-v1.json"),
            QDir(m_dir->path()).filePath(QStringLiteral("connections.json"))));
        QFile::setPermissions(QDir(m_dir->path()).filePath(QStringLiteral("connections.json")),
                              QFile::ReadOwner | QFile::WriteOwner);
        auto store = open();
        QCOMPARE(store->connections().size(), 2);
        const Connection &prod = store->connections().at(0);
        QCOMPARE(prod.method, AuthMethod::Web);
        QCOMPARE(prod.environment, LoginEnvironment::Kind::Production);
        QCOMPARE(prod.username, QStringLiteral("admin@acme.com"));
        QCOMPARE(prod.instanceUrl, QStringLiteral("https://acme.my.salesforce.com"));
        const Connection &uat = store->connections().at(1);
        QCOMPARE(uat.method, AuthMethod::Jwt);
        QCOMPARE(uat.environment, LoginEnvironment::Kind::Custom);
        QCOMPARE(uat.loginEnvironment().defaultAudience(),
                 QStringLiteral("https://test.salesforce.com"));
        QVERIFY(store->notices().first().contains(QStringLiteral("upgraded from schema 1 to 2")));
        const QJsonObject written = QJsonDocument::fromJson(readFile(store->filePath())).object();
        QCOMPARE(written.value(QStringLiteral("schemaVersion")).toInt(), 2);
    }

    void secondProcessOpensReadOnly()
    {
        QProcess holder;
        holder.start(QStringLiteral(SFCONNECT_BIN_DIR "/store_helper"),
                     {QStringLiteral("hold"), m_dir->path()});
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
        {
            auto store = open();
            QVERIFY(store->isReadOnly());
            QVERIFY2(store->readOnlyReason().contains(QString::number(holder.processId())),
                     qPrintable(store->readOnlyReason()));
            QString error;
            QVERIFY(!add(*store, make(QStringLiteral("x")), &error));
            QVERIFY(error.contains(QStringLiteral("read-only")));
        }
        holder.kill(); // a lock whose process is gone is stale
        holder.waitForFinished();
        auto store = open();
        QVERIFY2(!store->isReadOnly(), qPrintable(store->readOnlyReason()));
        QVERIFY(add(*store, make(QStringLiteral("after"))));
    }

    void loadingTouchesNoKeychain()
    {
        QJsonArray list;
        for (int i = 0; i < 1000; ++i)
            list.append(make(QStringLiteral("conn-%1").arg(i)).toJson());
        writeFile(QDir(m_dir->path()).filePath(QStringLiteral("connections.json")),
                  QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                            {QStringLiteral("connections"), list}})
                      .toJson());
        m_secrets.calls = 0;
        auto store = open();
        QCOMPARE(store->connections().size(), 1000);
        QCOMPARE(m_secrets.calls, 0);
    }

    void noKeychainLosesNothing()
    {
        const Connection c = make(QStringLiteral("kept"));
        {
            auto store = open();
            QVERIFY(add(*store, c));
        }
        m_secrets.unavailable = true;
        auto store = open();
        QCOMPARE(store->connections().size(), 1); // the list still shows
        StoreJob *read = store->readSecrets(c.id);
        read->setParent(this);
        QVERIFY(wait(read));
        QCOMPARE(read->errorText(), QStringLiteral("The test keychain does not answer."));
        QString error;
        QVERIFY(!add(*store, make(QStringLiteral("new")), &error));
        QVERIFY(error.startsWith(QStringLiteral("The connection was not saved")));
        StoreJob *remove = store->remove(c.id);
        remove->setParent(this);
        QVERIFY(wait(remove));
        QVERIFY(remove->errorText().startsWith(QStringLiteral("Nothing was deleted")));
        QCOMPARE(store->connections().size(), 1);
        QCOMPARE(open()->connections().size(), 1);
    }

    void deleteRevokesThenRemoves()
    {
        sfemu::Emulator emu;
        QString error;
        QVERIFY(emu.start(0, &error));
        QNetworkAccessManager nam;
        TokenClient client(&nam);
        // A real refresh token from the emulator, stored with the connection.
        sfemu::Scenario &s = emu.state().scenario();
        const auto issued = emu.state().issue(*s.user(QStringLiteral("admin@sfconnect.demo")),
                                              *s.app(QStringLiteral("SfconnectByoaKey")),
                                              {QStringLiteral("api")}, true);
        Connection c = make(QStringLiteral("to delete"), AuthMethod::Byoa);
        c.environment = LoginEnvironment::Kind::Custom;
        c.loginUrl = emu.baseUrl();
        auto store = open();
        ConnectionSecrets secrets;
        secrets.refreshToken = QString::fromLatin1(issued.refreshToken);
        StoreJob *addJob = store->add(c, secrets);
        addJob->setParent(this);
        QVERIFY(wait(addJob) && addJob->ok());

        QSignalSpy removed(store.get(), &ConnectionStore::connectionRemoved);
        StoreJob *job = store->remove(c.id, &client);
        job->setParent(this);
        QVERIFY(wait(job));
        QVERIFY2(job->ok(), qPrintable(job->errorText()));
        QVERIFY(job->warnings().isEmpty());
        QCOMPARE(removed.count(), 1);
        QVERIFY(store->connections().isEmpty());
        QVERIFY(m_secrets.entries.isEmpty());
        QVERIFY(emu.state().liveRefreshToken(issued.refreshToken) == nullptr); // revoked at the org

        // A revoke that fails is a warning; the delete goes on.
        Connection d = make(QStringLiteral("unreachable org"), AuthMethod::Byoa);
        d.environment = LoginEnvironment::Kind::Custom;
        d.loginUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        QVERIFY(add(*store, d));
        StoreJob *second = store->remove(d.id, &client);
        second->setParent(this);
        QVERIFY(wait(second));
        QVERIFY(second->ok());
        QCOMPARE(second->warnings().size(), 1);
        QVERIFY(store->connections().isEmpty());
    }

    void exportAndImport()
    {
        QTemporaryDir shared; // what one admin sends to the team
        const QString exportPath = QDir(shared.path()).filePath(QStringLiteral("team.json"));
        Connection jwt = make(QStringLiteral("Salesforce-Production-OrderSync"), AuthMethod::Jwt);
        jwt.orgId = QStringLiteral("00D000000000001EAA");
        {
            auto store = open();
            QVERIFY(add(*store, jwt));
            QVERIFY(add(*store, make(QStringLiteral("Salesforce-UAT-Billing"))));
            QString error;
            QVERIFY2(store->exportTo(exportPath, {}, &error), qPrintable(error));
        }
        const QByteArray exported = readFile(exportPath);
        QVERIFY(!exported.contains("s3cr3t"));
        QVERIFY(!exported.contains("00D000000000001EAA"));
        QVERIFY(!exported.contains(jwt.id.toString(QUuid::WithoutBraces).toLatin1()));

        // Another machine: the two come in under new ids; a hand-edited third entry is refused.
        QJsonObject doc = QJsonDocument::fromJson(exported).object();
        QJsonArray list = doc.value(QStringLiteral("connections")).toArray();
        list.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Broken")},
                        {QStringLiteral("environment"), QStringLiteral("custom")},
                        {QStringLiteral("loginUrl"), QStringLiteral("acme.lightning.force.com")},
                        {QStringLiteral("method"), QStringLiteral("web")}});
        list.append(QJsonObject{{QStringLiteral("environment"), QStringLiteral("sandbox")}});
        list.append(QStringLiteral("not an object"));
        doc.insert(QStringLiteral("connections"), list);
        writeFile(exportPath, QJsonDocument(doc).toJson());

        m_dir = std::make_unique<QTemporaryDir>();
        auto store = open();
        QVERIFY(add(*store, make(QStringLiteral("Salesforce-UAT-Billing")))); // already here
        const ImportReport report = store->importFrom(exportPath);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.added, 1);
        QCOMPARE(report.rejected.size(), 4);
        QCOMPARE(report.rejected.at(0).first, QStringLiteral("Salesforce-UAT-Billing"));
        QCOMPARE(report.rejected.at(0).second,
                 QStringLiteral("a connection with this name already exists"));
        QCOMPARE(report.rejected.at(1).first, QStringLiteral("Broken"));
        QVERIFY(report.rejected.at(1).second.contains(QStringLiteral("My Domain")));
        QCOMPARE(report.rejected.at(2).second, QStringLiteral("\"name\" is missing"));
        QCOMPARE(report.rejected.at(3).second, QStringLiteral("not an object"));
        QCOMPARE(store->connections().size(), 2);
        const Connection &imported = store->connections().last();
        QVERIFY(imported.id != jwt.id);
        QCOMPARE(imported.method, AuthMethod::Jwt);
        QVERIFY(imported.orgId.isEmpty());

        writeFile(exportPath, "[]");
        QVERIFY(store->importFrom(exportPath)
                    .error.contains(QStringLiteral("not an sfconnect export")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
