// The list model and its filter, with QAbstractItemModelTester watching every change.
#include "ConnectionListModel.h"
#include "ConnectionStore.h"
#include "InMemorySecretStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sfconnect;

class TestConnectionListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
    std::unique_ptr<ConnectionStore> m_store;

    Connection add(const QString &name, AuthMethod method, const QString &user)
    {
        Connection c;
        c.id = QUuid::createUuid();
        c.name = name;
        c.method = method;
        c.username = user;
        c.clientId = QStringLiteral("client");
        StoreJob *job = m_store->add(c, {});
        job->setParent(this);
        QSignalSpy spy(job, &StoreJob::finished);
        if (!job->isFinished())
            spy.wait(5000);
        else
            QCoreApplication::processEvents();
        return c;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("connections.json")));
        QFile::remove(m_dir.filePath(QStringLiteral("connections.json.bak")));
        m_store = std::make_unique<ConnectionStore>(m_dir.path(), &m_secrets);
        m_store->load();
    }
    void cleanup() { m_store.reset(); }

    void followsTheStore()
    {
        ConnectionListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const Connection a = add(QStringLiteral("Salesforce-Production-OrderSync"), AuthMethod::Jwt,
                                 QStringLiteral("integ@acme.com"));
        const Connection b = add(QStringLiteral("Salesforce-UAT-Billing"), AuthMethod::Byoa,
                                 QStringLiteral("admin@acme.com.uat"));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), a.name);
        QCOMPARE(first.data(ConnectionListModel::MethodRole).toString(), QStringLiteral("jwt"));
        QCOMPARE(first.data(ConnectionListModel::MethodTextRole).toString(),
                 QStringLiteral("JWT bearer (unattended)"));
        QCOMPARE(first.data(ConnectionListModel::UsernameRole).toString(),
                 QStringLiteral("integ@acme.com"));
        QCOMPARE(first.data(ConnectionListModel::StatusTextRole).toString(),
                 QStringLiteral("Unknown"));
        QCOMPARE(first.data(ConnectionListModel::ConnectionRole).value<Connection>(), a);
        QVERIFY(model.roleNames().values().contains("statusText"));

        // A status change arrives as dataChanged on that row only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Connection updated = b;
        updated.lastStatus = ConnectionStatus::NeedsSignIn;
        updated.lastCheckedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_store->updateMetadata(updated));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, 0).data(ConnectionListModel::StatusTextRole).toString(),
                 QStringLiteral("Sign in again"));
        QVERIFY(model.index(1, 0).data(ConnectionListModel::NeedsAttentionRole).toBool());

        StoreJob *remove = m_store->remove(a.id);
        remove->setParent(this);
        QSignalSpy done(remove, &StoreJob::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.indexOf(b.id).row(), 0);
        QVERIFY(!model.indexOf(a.id).isValid());
    }

    void filtersAndSorts()
    {
        add(QStringLiteral("zeta prod"), AuthMethod::Web, QStringLiteral("z@acme.com"));
        add(QStringLiteral("Alpha sandbox"), AuthMethod::Password,
            QStringLiteral("alpha@acme.com"));
        add(QStringLiteral("beta"), AuthMethod::Jwt, QStringLiteral("integ@globex.com"));
        ConnectionListModel model(m_store.get());
        ConnectionFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(0);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Alpha sandbox"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("zeta prod"));
        proxy.setFilterText(QStringLiteral("GLOBEX"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("beta"));
        proxy.setFilterText(QStringLiteral("legacy")); // the method's text
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);
        add(QStringLiteral("Aardvark"), AuthMethod::Web, QStringLiteral("a@acme.com"));
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Aardvark")); // kept sorted
    }
};

QTEST_MAIN(TestConnectionListModel)
#include "tst_connectionlistmodel.moc"
