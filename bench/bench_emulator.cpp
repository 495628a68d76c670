// How fast the emulator answers: requests per second through a keep-alive client for the JWT
// grant and the session probe, against the same client on a bare HTTP server measured in the
// same run. The emulator must never be what limits the client's check-all benchmark.
//
//   bench_emulator [--requests N] [--quick]
#include "Emulator.h"
#include "HttpServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QUrlQuery>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdio>
#include <functional>
#include <future>
#include <memory>

namespace {

QByteArray base64Url(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An RS256 assertion for the default scenario's JWT app, signed with the shipped demo key.
QByteArray demoAssertion(const QString &audience)
{
    QFile keyFile(QStringLiteral(SFCONNECT_SOURCE_DIR "/emulator/keys/demo-jwt.key"));
    if (!keyFile.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo key");
    const QByteArray pem = keyFile.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    const QByteArray header = base64Url("{\"alg\":\"RS256\"}");
    const QJsonObject claims{
        {QStringLiteral("iss"), QStringLiteral("SfconnectJwtKey")},
        {QStringLiteral("sub"), QStringLiteral("admin@sfconnect.demo")},
        {QStringLiteral("aud"), audience},
        {QStringLiteral("exp"), double(QDateTime::currentSecsSinceEpoch() + 3600)}};
    const QByteArray input =
        header + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key);
    EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(input.constData()),
                   size_t(input.size()));
    QByteArray sig(qsizetype(len), Qt::Uninitialized);
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                   reinterpret_cast<const unsigned char *>(input.constData()),
                   size_t(input.size()));
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return input + '.' + base64Url(sig.left(qsizetype(len)));
}

// Runs a server on its own thread so that the client and the server each have a core.
class ServerThread
{
public:
    explicit ServerThread(std::function<std::unique_ptr<QObject>(quint16 *)> make)
    {
        std::promise<quint16> ready;
        auto port = ready.get_future();
        m_thread.reset(QThread::create([make, &ready] {
            quint16 p = 0;
            auto server = make(&p);
            ready.set_value(p);
            QEventLoop loop; // QThread::quit() ends it
            loop.exec();
            server.reset();
            // OpenSSL keeps per-thread state (the JWT grant verifies signatures here); free it
            // before the thread ends, or LeakSanitizer reports it.
            OPENSSL_thread_stop();
        }));
        m_thread->start();
        m_port = port.get();
    }
    ~ServerThread()
    {
        m_thread->quit();
        m_thread->wait();
    }
    quint16 port() const { return m_port; }

private:
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
};

struct Result
{
    double perSecond = 0;
    int failures = 0;
};

// Sends @p total requests, keeping @p parallel in flight (QNetworkAccessManager opens up to six
// keep-alive connections per host).
Result drive(QNetworkAccessManager &nam, int total, int parallel,
             const std::function<QNetworkReply *(QNetworkAccessManager &)> &send,
             int expectedStatus)
{
    Result result;
    int started = 0, finished = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        QNetworkReply *reply = send(nam);
        ++started;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() !=
                expectedStatus)
                ++result.failures;
            reply->deleteLater();
            if (++finished == total)
                loop.quit();
            else if (started < total)
                launch();
        });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < parallel && started < total; ++i)
        launch();
    loop.exec();
    result.perSecond = total * 1000.0 / double(std::max<qint64>(1, clock.elapsed()));
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int total = quick ? 200 : 20000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--requests"));
        i > 0 && i + 1 < args.size())
        total = args.at(i + 1).toInt();
    const int parallel = 6;

    ServerThread bare([](quint16 *port) {
        auto server = std::make_unique<sfemu::HttpServer>([](const sfemu::HttpRequest &) {
            return sfemu::HttpResponse::text(200, "{}", "application/json");
        });
        server->listen(0);
        *port = server->port();
        return std::unique_ptr<QObject>(std::move(server));
    });
    ServerThread emulator([](quint16 *port) {
        auto e = std::make_unique<sfemu::Emulator>();
        QString error;
        if (!e->start(0, &error))
            qFatal("%s", qPrintable(error));
        *port = e->port();
        return std::unique_ptr<QObject>(std::move(e));
    });
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(emulator.port());
    QNetworkAccessManager nam;

    // Baseline: the same client against a server that does nothing.
    const QUrl bareUrl(QStringLiteral("http://127.0.0.1:%1/services/data/v62.0").arg(bare.port()));
    const Result baseline = drive(
        nam, total, parallel,
        [&](QNetworkAccessManager &n) { return n.get(QNetworkRequest(bareUrl)); }, 200);

    const QByteArray assertion = demoAssertion(base);
    const QByteArray jwtBody =
        "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=" + assertion;
    QNetworkRequest tokenRequest(QUrl(base + QStringLiteral("/services/oauth2/token")));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArray("application/x-www-form-urlencoded"));
    QByteArray accessToken;
    {
        QEventLoop wait;
        QNetworkReply *r = nam.post(tokenRequest, jwtBody);
        QObject::connect(r, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        accessToken = QJsonDocument::fromJson(r->readAll())
                          .object()
                          .value(QStringLiteral("access_token"))
                          .toString()
                          .toLatin1();
        r->deleteLater();
        if (accessToken.isEmpty())
            qFatal("the JWT grant failed; the benchmark cannot run");
    }
    const int jwtTotal = std::max(50, total / 4); // each grant verifies an RSA signature
    const Result jwt = drive(
        nam, jwtTotal, parallel,
        [&](QNetworkAccessManager &n) { return n.post(tokenRequest, jwtBody); }, 200);

    QNetworkRequest probe(QUrl(base + QStringLiteral("/services/data/v62.0")));
    probe.setRawHeader("Authorization", "Bearer " + accessToken);
    const Result session = drive(
        nam, total, parallel, [&](QNetworkAccessManager &n) { return n.get(probe); }, 200);

    std::printf(
        "emulator benchmark (%d requests, %d in flight, keep-alive, server on its own thread)\n",
        total, parallel);
    std::printf("  bare HTTP server (baseline)   %9.0f req/s\n", baseline.perSecond);
    std::printf("  session probe GET vNN.0       %9.0f req/s   %.2f x baseline\n",
                session.perSecond, session.perSecond / baseline.perSecond);
    std::printf("  JWT bearer grant (RS256)      %9.0f req/s   %.2f x baseline  (%d grants)\n",
                jwt.perSecond, jwt.perSecond / baseline.perSecond, jwtTotal);
    const int failures = baseline.failures + session.failures + jwt.failures;
    if (failures > 0) {
        std::printf("  %d requests got an unexpected status\n", failures);
        return 1;
    }
    return 0;
}
