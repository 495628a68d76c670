// The main window with many connections: start to first paint with 1,000 saved connections
// against an empty QMainWindow in the same run, the keychain calls made before that paint, a
// check of every connection against the emulator with 50 ms of added latency (wall time against
// latency x requests x N / pool), the longest stall of the UI's event loop meanwhile, and peak
// memory.
//
//   bench_window [--quick]
#include "ConnectionManager.h"
#include "ConnectionStore.h"
#include "Emulator.h"
#include "MainWindow.h"
#include "OrgState.h"
#include "SecretStore.h"
#include "TokenClient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <openssl/crypto.h>
#include <sys/resource.h>

#include <cstdio>
#include <future>

using namespace sfconnect;

namespace {

// A keychain in memory that counts what it is asked.
class CountingSecrets : public SecretStore
{
public:
    QHash<QString, QByteArray> entries;
    int calls = 0;
    SecretJob *read(const QString &key) override
    {
        ++calls;
        auto *job = new SecretJob;
        if (entries.contains(key))
            job->finish(SecretJob::Error::None, {}, entries.value(key));
        else
            job->finish(SecretJob::Error::NotFound, QStringLiteral("none"));
        return job;
    }
    SecretJob *write(const QString &key, const QByteArray &data) override
    {
        ++calls;
        entries.insert(key, data);
        auto *job = new SecretJob;
        job->finish(SecretJob::Error::None);
        return job;
    }
    SecretJob *remove(const QString &key) override
    {
        ++calls;
        entries.remove(key);
        auto *job = new SecretJob;
        job->finish(SecretJob::Error::None);
        return job;
    }
    QString backendName() const override { return QStringLiteral("counting"); }
};

// Measures from now to the first paint of @p widget.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *widget) { widget->installEventFilter(this); }
    qint64 ms = -1;
    QElapsedTimer clock;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && ms < 0)
            ms = clock.elapsed();
        return false;
    }
};

long peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

void writeConnections(const QString &dir, int count, const QUrl &login)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        Connection c;
        c.id = QUuid::createUuid();
        c.name = QStringLiteral("Org %1").arg(i, 4, 10, QLatin1Char('0'));
        c.environment = LoginEnvironment::Kind::Custom;
        c.loginUrl = login;
        c.method = AuthMethod::Password;
        c.username = QStringLiteral("admin@sfconnect.demo");
        c.clientId = QStringLiteral("SfconnectByoaKey");
        c.instanceUrl = login.toString();
        c.apiVersion = QStringLiteral("62.0");
        list.append(c.toJson());
    }
    QFile f(QDir(dir).filePath(QStringLiteral("connections.json")));
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                      {QStringLiteral("connections"), list}})
                .toJson());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int count = 1000;
    const int checked = quick ? 40 : 1000;
    const int latency = 50;

    // The emulator on a thread of its own, with 50 ms added to every answer.
    std::promise<QUrl> ready;
    QThread *server = QThread::create([&ready, latency] {
        sfemu::Emulator emulator;
        emulator.state().scenario().faults.latencyMs = latency;
        QString e;
        emulator.start(0, &e);
        ready.set_value(emulator.baseUrl());
        QEventLoop loop;
        loop.exec();
        OPENSSL_thread_stop();
    });
    server->start();
    const QUrl base = ready.get_future().get();

    // Baseline: an empty QMainWindow, constructed and painted.
    qint64 emptyMs = 0;
    {
        QElapsedTimer t;
        t.start();
        QMainWindow empty;
        FirstPaint paint(&empty);
        paint.clock = t;
        empty.resize(1100, 640);
        empty.show();
        while (paint.ms < 0)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        emptyMs = paint.ms;
    }

    QTemporaryDir dir;
    writeConnections(dir.path(), count, base);
    CountingSecrets secrets;
    // Each saved connection has its password in the keychain; its session starts empty.
    QNetworkAccessManager nam;
    TokenClient client(&nam);

    QElapsedTimer t;
    t.start();
    ConnectionStore store(dir.path(), &secrets);
    store.load();
    ConnectionManager manager(&store, &client);
    manager.setCheckTimeout(60000);
    MainWindow window(&store, &manager, &client);
    auto *view = window.findChild<QTableView *>(QStringLiteral("connectionsView"));
    FirstPaint paint(view->viewport());
    paint.clock = t;
    window.show();
    while (paint.ms < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 windowMs = paint.ms;
    const int startupCalls = secrets.calls;

    for (const Connection &c : store.connections()) {
        ConnectionSecrets s;
        s.password = QStringLiteral("Demo-Pass-1");
        s.securityToken = QStringLiteral("DEMOTOKEN123");
        s.clientSecret = QStringLiteral("SfconnectByoaSecret");
        secrets.entries.insert(c.id.toString(QUuid::WithoutBraces), s.serialize());
    }

    // Check (a part of) everything, measuring the UI's longest pause on a 10 ms timer.
    QList<QUuid> ids;
    for (const Connection &c : store.connections())
        ids << c.id;
    ids = ids.mid(0, checked);
    qint64 longestStall = 0;
    QElapsedTimer tick;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout,
                     [&] { longestStall = qMax(longestStall, tick.restart() - 10); });
    int connected = 0;
    QObject::connect(&manager, &ConnectionManager::checkFinished,
                     [&](const QUuid &, ConnectionStatus s, const AuthError &) {
                         connected += s == ConnectionStatus::Connected;
                     });
    QEventLoop loop;
    QObject::connect(&manager, &ConnectionManager::idle, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    tick.start();
    heartbeat.start();
    for (const QUuid &id : ids)
        manager.check(id);
    const qint64 enqueueMs = wall.elapsed();
    loop.exec();
    heartbeat.stop();
    const qint64 wallMs = wall.elapsed();
    // Each check: the password grant (no session yet), then the session probe.
    const double ideal = double(latency) * 2 * checked / manager.poolSize();

    server->quit();
    server->wait();
    delete server;

    std::printf("window benchmark\n");
    std::printf("  first paint, empty QMainWindow          %6lld ms\n", emptyMs);
    std::printf("  first paint, 1,000 connections (load)   %6lld ms   %.2f x empty   keychain "
                "calls before it: %d\n",
                windowMs, double(windowMs) / double(qMax<qint64>(1, emptyMs)), startupCalls);
    std::printf("  check %d connections, %d ms latency, pool %d: %lld ms (ideal %.0f ms, %.2f x); "
                "%d connected\n",
                checked, latency, manager.poolSize(), wallMs, ideal, double(wallMs) / ideal,
                connected);
    std::printf("  longest UI event-loop stall during the checks: %lld ms (queueing them all took "
                "%lld ms)\n",
                longestStall, enqueueMs);
    std::printf("  peak memory: %ld MB\n", peakMb());
    return connected == checked && startupCalls == 0 ? 0 : 1;
}
