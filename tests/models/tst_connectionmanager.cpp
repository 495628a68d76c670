// ConnectionManager against the emulator, for every transition a check can make.
#include "ConnectionListModel.h"
#include "ConnectionManager.h"
#include "ConnectionStore.h"
#include "Emulator.h"
#include "InMemorySecretStore.h"
#include "OrgState.h"
#include "TokenClient.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sfconnect;

namespace {
const QString kUser = QStringLiteral("admin@sfconnect.demo");
const QString kByoa = QStringLiteral("SfconnectByoaKey");
} // namespace

class TestConnectionManager : public QObject
{
    Q_OBJECT

    std::unique_ptr<sfemu::Emulator> m_emu;
    std::unique_ptr<QTemporaryDir> m_dir;
    InMemorySecretStore m_secrets;
    QNetworkAccessManager m_nam;
    std::unique_ptr<TokenClient> m_client;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<ConnectionManager> m_manager;

    // A saved connection signed in through the emulator's state, as the wizard would leave it.
    Connection add(AuthMethod method, const QString &username = kUser)
    {
        Connection c;
        c.id = QUuid::createUuid();
        c.name = QStringLiteral("conn-%1").arg(m_store->connections().size());
        c.environment = LoginEnvironment::Kind::Custom;
        c.loginUrl = m_emu->baseUrl();
        c.method = method;
        c.username = username;
        c.clientId = method == AuthMethod::Jwt ? QStringLiteral("SfconnectJwtKey") : kByoa;
        c.instanceUrl = m_emu->baseUrl().toString();
        ConnectionSecrets s;
        sfemu::Scenario &scenario = m_emu->state().scenario();
        {
            const auto issued =
                m_emu->state().issue(*scenario.user(username), *scenario.app(c.clientId),
                                     {QStringLiteral("api"), QStringLiteral("refresh_token")},
                                     method == AuthMethod::Byoa || method == AuthMethod::Web);
            s.accessToken = QString::fromLatin1(issued.accessToken);
            s.refreshToken = QString::fromLatin1(issued.refreshToken);
        }
        if (method == AuthMethod::Byoa || method == AuthMethod::Password)
            s.clientSecret = QStringLiteral("SfconnectByoaSecret");
        if (method == AuthMethod::Password) {
            s.password = QStringLiteral("Demo-Pass-1");
            s.securityToken = QStringLiteral("DEMOTOKEN123");
        }
        if (method == AuthMethod::Jwt) {
            QFile key(QStringLiteral(SFCONNECT_SOURCE_DIR "/emulator/keys/demo-jwt.key"));
            key.open(QIODevice::ReadOnly);
            s.privateKey = QString::fromLatin1(key.readAll().toBase64());
        }
        StoreJob *job = m_store->add(c, s);
        job->setParent(this);
        QSignalSpy spy(job, &StoreJob::finished);
        spy.wait(5000);
        return c;
    }

    ConnectionSecrets secretsOf(const QUuid &id)
    {
        ConnectionSecrets s;
        ConnectionSecrets::deserialize(m_secrets.entries.value(id.toString(QUuid::WithoutBraces)),
                                       &s);
        return s;
    }

    // Checks @p id and returns the statuses it went through.
    QList<ConnectionStatus> checkOne(const QUuid &id)
    {
        QList<ConnectionStatus> seen;
        auto conn = connect(m_manager.get(), &ConnectionManager::statusChanged, this,
                            [&seen, id](const QUuid &which, ConnectionStatus s) {
                                if (which == id)
                                    seen << s;
                            });
        QSignalSpy done(m_manager.get(), &ConnectionManager::checkFinished);
        m_manager->check(id);
        done.wait(15000);
        disconnect(conn);
        return seen;
    }

    int posts(const QString &grant)
    {
        int n = 0;
        for (const QJsonValue &e : m_emu->state().requestLog())
            n += e.toObject()
                     .value(QStringLiteral("body"))
                     .toString()
                     .contains(QStringLiteral("grant_type=") + grant);
        return n;
    }

private slots:
    void init()
    {
        m_emu = std::make_unique<sfemu::Emulator>();
        QString error;
        QVERIFY(m_emu->start(0, &error));
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets.entries.clear();
        m_secrets.unavailable = false;
        m_client = std::make_unique<TokenClient>(&m_nam);
        m_store = std::make_unique<ConnectionStore>(m_dir->path(), &m_secrets);
        m_store->load();
        m_manager = std::make_unique<ConnectionManager>(m_store.get(), m_client.get());
    }

    void cleanup()
    {
        m_manager.reset();
        m_store.reset();
        m_client.reset();
        m_emu.reset();
    }

    void connected()
    {
        const Connection c = add(AuthMethod::Byoa);
        QCOMPARE(checkOne(c.id), QList({ConnectionStatus::Checking, ConnectionStatus::Connected}));
        const Connection *saved = m_store->find(c.id);
        QCOMPARE(saved->lastStatus, ConnectionStatus::Connected);
        QCOMPARE(saved->apiVersion, QStringLiteral("62.0")); // learned from /services/data/
        QVERIFY(saved->lastCheckedAt.isValid());
        QVERIFY(saved->lastConnectedAt.isValid());
        QCOMPARE(posts(QStringLiteral("refresh_token")), 0);
        QCOMPARE(m_manager->liveStatus(c.id), ConnectionStatus::Connected);
        // The result reaches the file (saved soon, together with other results).
        QVERIFY(m_store->flush());
        QVERIFY(QFile(m_store->filePath()).open(QIODevice::ReadOnly));
    }

    void sessionExpiredThenRefreshed_data()
    {
        QTest::addColumn<bool>("rotating");
        QTest::newRow("refresh token kept") << false;
        QTest::newRow("refresh token rotated") << true;
    }

    void sessionExpiredThenRefreshed()
    {
        QFETCH(bool, rotating);
        if (rotating)
            m_emu->state().scenario().app(kByoa)->refreshTokenPolicy.mode =
                sfemu::RefreshTokenPolicy::Mode::Rotating;
        const Connection c = add(AuthMethod::Byoa);
        const ConnectionSecrets before = secretsOf(c.id);
        m_emu->state().expireTokens(QStringLiteral("access"), kUser);
        QCOMPARE(checkOne(c.id), QList({ConnectionStatus::Checking, ConnectionStatus::Refreshing,
                                        ConnectionStatus::Connected}));
        const ConnectionSecrets after = secretsOf(c.id);
        QVERIFY(after.accessToken != before.accessToken); // the new session was saved
        QCOMPARE(posts(QStringLiteral("refresh_token")), 1);
        if (rotating) {
            QVERIFY(after.refreshToken != before.refreshToken);
            QVERIFY(m_emu->state().findRefreshToken(after.refreshToken.toLatin1()));
            QVERIFY(!m_emu->state().findRefreshToken(before.refreshToken.toLatin1()));
        } else {
            QCOMPARE(after.refreshToken, before.refreshToken);
        }
        // A second check uses the saved session: no further refresh.
        checkOne(c.id);
        QCOMPARE(posts(QStringLiteral("refresh_token")), 1);
    }

    void refreshTokenRevoked()
    {
        const Connection c = add(AuthMethod::Byoa);
        m_emu->state().revokeTokens(QStringLiteral("all"), kUser);
        QSignalSpy attention(m_manager.get(), &ConnectionManager::attentionNeeded);
        QCOMPARE(checkOne(c.id).last(), ConnectionStatus::NeedsSignIn);
        const Connection *saved = m_store->find(c.id);
        QCOMPARE(saved->lastErrorProblemId,
                 QStringLiteral("oauth.invalid_grant.expired_access_refresh_token"));
        QVERIFY(!saved->lastErrorText.isEmpty());
        QCOMPARE(attention.count(), 1);
        QCOMPARE(attention.first().at(1).value<ConnectionStatus>(), ConnectionStatus::NeedsSignIn);
    }

    void renewsWithoutRefreshToken_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("grant");
        QTest::newRow("JWT: a new assertion") << int(AuthMethod::Jwt) << "urn%3Aietf";
        QTest::newRow("password: the stored password") << int(AuthMethod::Password) << "password";
    }

    void renewsWithoutRefreshToken()
    {
        QFETCH(int, method);
        QFETCH(QString, grant);
        const Connection c = add(AuthMethod(method));
        m_emu->state().expireTokens(QStringLiteral("access"), kUser);
        QCOMPARE(checkOne(c.id).last(), ConnectionStatus::Connected);
        QCOMPARE(posts(grant), 1);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("problemId");
        QTest::newRow("API disabled for the user")
            << "api" << int(ConnectionStatus::ApiDisabled) << "rest.API_DISABLED_FOR_ORG";
        QTest::newRow("maintenance")
            << "maintenance" << int(ConnectionStatus::Maintenance) << "service.maintenance";
        QTest::newRow("time-out") << "silent" << int(ConnectionStatus::NetworkError)
                                  << "network.timeout";
        QTest::newRow("unresolvable host")
            << "dns" << int(ConnectionStatus::NetworkError) << "network.host_not_found";
        QTest::newRow("keychain unavailable")
            << "keychain" << int(ConnectionStatus::KeychainUnavailable) << "config.keychain";
        QTest::newRow("no secrets stored")
            << "nosecrets" << int(ConnectionStatus::NeedsSignIn) << "config.no_secrets";
        QTest::newRow("no refresh token")
            << "norefresh" << int(ConnectionStatus::NeedsSignIn) << "config.no_refresh_token";
        QTest::newRow("password changed") << "password" << int(ConnectionStatus::NeedsSignIn)
                                          << "oauth.invalid_grant.authentication_failure";
    }

    void failures()
    {
        QFETCH(QString, setup);
        QFETCH(int, status);
        QFETCH(QString, problemId);
        Connection c =
            add(setup == QLatin1String("password") ? AuthMethod::Password : AuthMethod::Byoa);
        sfemu::Scenario &s = m_emu->state().scenario();
        if (setup == QLatin1String("api")) {
            s.user(kUser)->apiEnabled = false;
        } else if (setup == QLatin1String("maintenance")) {
            s.faults.maintenanceRate = 1.0;
        } else if (setup == QLatin1String("silent")) {
            s.faults.silentRate = 1.0;
            m_manager->setCheckTimeout(400);
        } else if (setup == QLatin1String("dns")) {
            c.instanceUrl = QStringLiteral("https://nonexistent-org.invalid");
            c.apiVersion = QStringLiteral("62.0");
            QVERIFY(m_store->updateMetadata(c));
        } else if (setup == QLatin1String("keychain")) {
            m_secrets.unavailable = true;
        } else if (setup == QLatin1String("nosecrets")) {
            m_secrets.entries.clear();
        } else if (setup == QLatin1String("norefresh")) {
            ConnectionSecrets none;
            none.clientSecret = QStringLiteral("SfconnectByoaSecret");
            m_secrets.entries.insert(c.id.toString(QUuid::WithoutBraces), none.serialize());
        } else if (setup == QLatin1String("password")) {
            m_emu->state().expireTokens(QStringLiteral("access"), kUser);
            s.user(kUser)->password = QStringLiteral("Changed-Pass-2");
        }
        QCOMPARE(int(checkOne(c.id).last()), status);
        QCOMPARE(m_store->find(c.id)->lastErrorProblemId, problemId);
    }

    void checkAllIsBoundedByThePool()
    {
        m_store->setSaveDelay(100);
        // One user each: Salesforce keeps at most five refresh tokens per user and app.
        sfemu::Scenario &scenario = m_emu->state().scenario();
        for (int i = 0; i < 20; ++i) {
            sfemu::User user = *scenario.user(kUser);
            user.id = scenario.nextUserId();
            user.username = QStringLiteral("user%1@sfconnect.demo").arg(i);
            scenario.users.append(user);
            add(AuthMethod::Byoa, user.username);
        }
        m_emu->state().scenario().faults.latencyMs = 50;
        m_manager->setPoolSize(4);
        int running = 0, most = 0;
        connect(m_manager.get(), &ConnectionManager::checkStarted, this,
                [&] { most = qMax(most, ++running); });
        connect(m_manager.get(), &ConnectionManager::checkFinished, this, [&] { --running; });
        QSignalSpy idle(m_manager.get(), &ConnectionManager::idle);
        QSignalSpy finished(m_manager.get(), &ConnectionManager::checkFinished);
        m_manager->checkAll();
        QVERIFY(m_manager->isBusy());
        QVERIFY(idle.wait(20000));
        QVERIFY(m_store->flush());
        QFile file(m_store->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QCOMPARE(saved.count("\"lastStatus\": \"connected\""), 20);
        QCOMPARE(finished.count(), 20);
        QCOMPARE(most, 4);
        for (const Connection &c : m_store->connections())
            QCOMPARE(c.lastStatus, ConnectionStatus::Connected);
    }

    void theListShowsWhatIsHappening()
    {
        const Connection c = add(AuthMethod::Byoa);
        ConnectionListModel model(m_store.get());
        model.setManager(m_manager.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_emu->state().expireTokens(QStringLiteral("access"), kUser);
        QStringList texts;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &at) {
            const QString text = at.data(ConnectionListModel::StatusTextRole).toString();
            if (texts.isEmpty() || texts.last() != text)
                texts << text;
        });
        checkOne(c.id);
        QCOMPARE(texts, QStringList({QStringLiteral("Checking…"), QStringLiteral("Refreshing…"),
                                     QStringLiteral("Connected")}));
    }

    void cancelKeepsTheLastStatus()
    {
        const Connection c = add(AuthMethod::Byoa);
        checkOne(c.id);
        m_emu->state().scenario().faults.silentRate = 1.0;
        m_manager->checkAll();
        QCOMPARE(m_manager->liveStatus(c.id), ConnectionStatus::Checking);
        m_manager->cancelAll();
        QVERIFY(!m_manager->isBusy());
        QCOMPARE(m_manager->liveStatus(c.id), ConnectionStatus::Connected);
    }
};

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
