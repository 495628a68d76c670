// RS256 signing speed against `openssl speed rsa2048` measured in the same run, and the local
// time of a whole JWT bearer sign-in (sign, POST, parse) against the emulator.
//
//   bench_auth [--quick]
#include "Emulator.h"
#include "RsaKey.h"
#include "TokenClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <future>

#include <openssl/crypto.h>

namespace {

// sign/s of `openssl speed rsa2048`, or 0 when it cannot be run or read.
double opensslSignsPerSecond(int seconds)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("speed"), QStringLiteral("-seconds"),
                                              QString::number(seconds), QStringLiteral("rsa2048")});
    if (!openssl.waitForFinished(60000))
        return 0;
    for (const QByteArray &line : openssl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 7 && f[0] == "rsa" && f[1] == "2048")
            return f[5].toDouble();
    }
    return 0;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[size_t(p * double(v.size() - 1))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int seconds = quick ? 1 : 3;

    QFile keyFile(QStringLiteral(SFCONNECT_SOURCE_DIR "/emulator/keys/demo-jwt.key"));
    if (!keyFile.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo key");
    QString error;
    const sfconnect::RsaKey key = sfconnect::RsaKey::fromText(keyFile.readAll(), &error);
    if (key.isNull())
        qFatal("%s", qPrintable(error));

    // A JWT's signing input is about 250 bytes.
    const QByteArray input(250, 'x');
    QElapsedTimer clock;
    clock.start();
    qint64 signatures = 0;
    while (clock.elapsed() < seconds * 1000) {
        if (key.signRs256(input).isEmpty())
            qFatal("signing failed");
        ++signatures;
    }
    const double ours = signatures * 1000.0 / double(clock.elapsed());
    const double reference = opensslSignsPerSecond(seconds);

    // The emulator on its own thread, the client here.
    std::promise<QUrl> ready;
    QThread *server = QThread::create([&ready] {
        {
            sfemu::Emulator emulator;
            QString e;
            if (!emulator.start(0, &e))
                qFatal("%s", qPrintable(e));
            ready.set_value(emulator.baseUrl());
            QEventLoop loop;
            loop.exec();
        }
        OPENSSL_thread_stop(); // the thread's OpenSSL state, or LeakSanitizer reports it
    });
    server->start();
    const QUrl base = ready.get_future().get();
    QNetworkAccessManager nam;
    sfconnect::TokenClient client(&nam);
    const auto env = sfconnect::LoginEnvironment::custom(base);
    std::vector<double> times;
    const int signIns = quick ? 20 : 300;
    for (int i = 0; i < signIns; ++i) {
        QElapsedTimer t;
        t.start();
        sfconnect::AuthReply *reply = client.jwtBearer(env, QStringLiteral("SfconnectJwtKey"),
                                                       QStringLiteral("admin@sfconnect.demo"), key);
        QSignalSpy spy(reply, &sfconnect::AuthReply::finished);
        spy.wait(10000);
        if (!reply->ok())
            qFatal("JWT sign-in failed: %s", qPrintable(reply->error().summary()));
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    server->quit();
    server->wait();
    delete server;

    std::printf("auth benchmark\n");
    std::printf("  RS256 signatures (sfconnect)      %9.1f /s\n", ours);
    if (reference > 0)
        std::printf("  openssl speed rsa2048 sign        %9.1f /s   ratio %.2f\n", reference,
                    ours / reference);
    else
        std::printf("  openssl speed rsa2048 sign        (openssl could not be run)\n");
    std::printf("  JWT sign-in against the emulator  median %.2f ms, p95 %.2f ms (%d sign-ins)\n",
                percentile(times, 0.5), percentile(times, 0.95), signIns);
    return 0;
}
