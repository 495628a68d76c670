// How fast the saved connections load and show: ConnectionStore::load() plus the list model and a
// painted view, for 1,000 and 10,000 connections, against parsing the same file with
// QJsonDocument alone in the same run; the process's peak memory; and keychain round trips
// (p50 / p95) when a keychain answers.
//
//   bench_store [--quick]
#include "ConnectionListModel.h"
#include "ConnectionStore.h"
#include "KeychainSecretStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace sfconnect;

namespace {

long peakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[size_t(p * double(v.size() - 1))];
}

QByteArray fileOf(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        Connection c;
        c.id = QUuid::createUuid();
        c.name = QStringLiteral("Salesforce-Org-%1").arg(i);
        c.environment = LoginEnvironment::Kind::Custom;
        c.loginUrl = QUrl(QStringLiteral("https://org%1.my.salesforce.com").arg(i));
        c.method = AuthMethod::Jwt;
        c.username = QStringLiteral("integ%1@acme.com").arg(i);
        c.clientId = QStringLiteral("3MVG9clientid%1").arg(i);
        c.instanceUrl = c.loginUrl.toString();
        c.orgId = QStringLiteral("00D000000000%1EAA").arg(i % 1000, 3, 10, QLatin1Char('0'));
        c.apiVersion = QStringLiteral("62.0");
        c.scopes = {QStringLiteral("api"), QStringLiteral("refresh_token")};
        c.lastStatus = ConnectionStatus::Connected;
        c.lastCheckedAt = QDateTime::currentDateTimeUtc();
        list.append(c.toJson());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                     {QStringLiteral("connections"), list}})
        .toJson();
}

class NoSecrets : public SecretStore
{
public:
    SecretJob *read(const QString &) override { return fail(); }
    SecretJob *write(const QString &, const QByteArray &) override { return fail(); }
    SecretJob *remove(const QString &) override { return fail(); }
    QString backendName() const override { return QStringLiteral("none"); }
    int calls = 0;

private:
    SecretJob *fail()
    {
        ++calls;
        auto *job = new SecretJob;
        job->finish(SecretJob::Error::Unavailable, QStringLiteral("benchmark"));
        return job;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int repeats = quick ? 2 : 7;
    std::printf("store benchmark (median of %d runs)\n", repeats);

    for (int count : {1000, 10000}) {
        QTemporaryDir dir;
        const QByteArray bytes = fileOf(count);
        QFile file(dir.filePath(QStringLiteral("connections.json")));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        file.close();

        std::vector<double> parseMs, loadMs, showMs;
        NoSecrets secrets;
        for (int r = 0; r < repeats; ++r) {
            QElapsedTimer t;
            t.start();
            QFile in(file.fileName());
            in.open(QIODevice::ReadOnly);
            const QJsonDocument doc = QJsonDocument::fromJson(in.readAll());
            parseMs.push_back(double(t.nsecsElapsed()) / 1e6);
            if (doc.object().value(QStringLiteral("connections")).toArray().size() != count)
                qFatal("bad fixture");

            t.restart();
            ConnectionStore store(dir.path(), &secrets);
            store.load();
            loadMs.push_back(double(t.nsecsElapsed()) / 1e6);
            ConnectionListModel model(&store);
            QListView view;
            view.setModel(&model);
            view.resize(800, 600);
            view.show();
            view.grab(); // forces layout and a paint of the visible rows
            showMs.push_back(double(t.nsecsElapsed()) / 1e6);
            if (model.rowCount() != count)
                qFatal("the store lost connections");
        }
        std::printf("  %5d connections (%6.0f KB): parse %7.2f ms | load %7.2f ms (%.2f x parse) | "
                    "load+show "
                    "%7.2f ms (%.2f x parse) | keychain calls %d | peak RSS %ld MB\n",
                    count, double(bytes.size()) / 1024, median(parseMs), median(loadMs),
                    median(loadMs) / median(parseMs), median(showMs),
                    median(showMs) / median(parseMs), secrets.calls, peakKb() / 1024);
    }

    // Keychain round trips, where one answers (scripts/test's session has gnome-keyring).
    KeychainSecretStore keychain(QStringLiteral("sfconnect-bench"));
    std::vector<double> trips;
    const int rounds = quick ? 20 : 200;
    const QByteArray secret(600, 's'); // about one connection's secrets
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        SecretJob *w = keychain.write(QStringLiteral("bench"), secret);
        QSignalSpy ws(w, &SecretJob::finished);
        ws.wait(15000);
        if (w->error() != SecretJob::Error::None) {
            std::printf("  keychain: not available here (%s)\n", qPrintable(w->errorText()));
            return 0;
        }
        SecretJob *r = keychain.read(QStringLiteral("bench"));
        QSignalSpy rs(r, &SecretJob::finished);
        rs.wait(15000);
        trips.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    SecretJob *d = keychain.remove(QStringLiteral("bench"));
    QSignalSpy ds(d, &SecretJob::finished);
    ds.wait(15000);
    std::printf("  keychain (%s) write+read round trip: p50 %.2f ms, p95 %.2f ms (%d rounds)\n",
                qPrintable(keychain.backendName()), percentile(trips, 0.5), percentile(trips, 0.95),
                rounds);
    return 0;
}
