// The emulator's HTTP server, on a real socket: parsing, keep-alive, chunked bodies, limits
// and the transport faults it can play.
#include "HttpServer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace sfemu;

namespace {

// Sends raw bytes and collects the answer, spinning the event loop so that the server (in this
// thread) can work: until the server closes, or nothing more arrives for a while.
QByteArray exchange(quint16 port, const QByteArray &raw, int waitMs = 3000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(raw);
    QByteArray answer;
    QElapsedTimer total;
    total.start();
    QElapsedTimer idle;
    idle.start();
    while (total.elapsed() < waitMs) {
        QTest::qWait(5);
        if (socket.bytesAvailable() > 0) {
            answer += socket.readAll();
            idle.restart();
        }
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
        if (!answer.isEmpty() && idle.elapsed() > 400)
            break;
    }
    answer += socket.readAll();
    return answer;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

    HttpRequest m_last;
    HttpResponse m_next = HttpResponse::text(200, "ok");
    HttpServer *m_server = nullptr;

private slots:
    void init()
    {
        m_server = new HttpServer([this](const HttpRequest &r) {
            m_last = r;
            return m_next;
        });
        QVERIFY(m_server->listen(0));
        m_next = HttpResponse::text(200, "ok");
    }

    void cleanup() { delete m_server; }

    void contentLengthBody()
    {
        const QByteArray a =
            exchange(m_server->port(), "POST /services/oauth2/token?x=1 HTTP/1.1\r\nHost: h\r\n"
                                       "Content-Type: application/x-www-form-urlencoded\r\n"
                                       "Content-Length: 9\r\n\r\na=1&b=%20");
        QVERIFY2(a.startsWith("HTTP/1.1 200 OK\r\n"), a.constData());
        QVERIFY(a.endsWith("\r\n\r\nok"));
        QCOMPARE(m_last.method, QByteArray("POST"));
        QCOMPARE(m_last.path, QStringLiteral("/services/oauth2/token"));
        QCOMPARE(m_last.query.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
        QCOMPARE(m_last.body, QByteArray("a=1&b=%20"));
        QCOMPARE(m_last.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(m_last.peer.isLoopback());
    }

    void plusInQueryIsSpace()
    {
        exchange(m_server->port(), "GET /q?scope=api+refresh_token&x=a%2Bb HTTP/1.1\r\n\r\n");
        QCOMPARE(m_last.query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("api refresh_token"));
        QCOMPARE(m_last.query.queryItemValue(QStringLiteral("x"), QUrl::FullyDecoded),
                 QStringLiteral("a+b"));
    }

    void chunkedBodyWithoutLength()
    {
        const QByteArray a = exchange(
            m_server->port(), "POST /t HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "4\r\ngran\r\nf;ext=1\r\nt_type=password\r\n0\r\n\r\n");
        QVERIFY2(a.startsWith("HTTP/1.1 200 OK"), a.constData());
        QVERIFY(m_last.chunked);
        QCOMPARE(m_last.body, QByteArray("grant_type=password"));
    }

    void keepAliveServesSeveralRequests()
    {
        const QByteArray one = "GET /a HTTP/1.1\r\nHost: h\r\n\r\n";
        const QByteArray a = exchange(m_server->port(), one + one + one);
        QCOMPARE(a.count("HTTP/1.1 200 OK"), 3);
        QCOMPARE(a.count("Connection: keep-alive"), 3);
    }

    void malformedRequestIsRefused_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("not http") << QByteArray("hello there\r\n\r\n");
        QTest::newRow("bad version") << QByteArray("GET / HTTP/9\r\n\r\n");
        QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nbroken\r\n\r\n");
        QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n");
        QTest::newRow("chunk size overflow")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n"
                          "7FFFFFFFFFFFFFFF\r\n");
        QTest::newRow("bad chunk")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    }

    void malformedRequestIsRefused()
    {
        QFETCH(QByteArray, raw);
        const QByteArray a = exchange(m_server->port(), raw);
        QVERIFY2(a.startsWith("HTTP/1.1 400 Bad Request"), a.constData());
        QVERIFY(a.contains("Connection: close"));
    }

    void hugeBodyIsNotRead()
    {
        const QByteArray a =
            exchange(m_server->port(), "POST /t HTTP/1.1\r\nContent-Length: 50000000\r\n\r\nabc");
        QVERIFY2(a.startsWith("HTTP/1.1 200"), a.constData());
        QVERIFY(a.contains("Connection: close"));
        QVERIFY(m_last.bodyTooLarge);
        QVERIFY(m_last.body.isEmpty());
    }

    void hugeHeadersAreRefused()
    {
        const QByteArray a = exchange(
            m_server->port(), "GET / HTTP/1.1\r\nX: " + QByteArray(40000, 'a') + "\r\n\r\n");
        QVERIFY2(a.startsWith("HTTP/1.1 431"), a.left(64).constData());
    }

    void resetClosesAtOnce()
    {
        m_next.delivery = HttpResponse::Delivery::Reset;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(2000));
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.write("GET / HTTP/1.1\r\n\r\n");
        QVERIFY(closed.wait(2000));
        QCOMPARE(socket.error(), QAbstractSocket::RemoteHostClosedError);
        QVERIFY(socket.readAll().isEmpty());
    }

    void silentNeverAnswers()
    {
        m_next.delivery = HttpResponse::Delivery::Silent;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET / HTTP/1.1\r\n\r\n");
        QTest::qWait(500);
        QCOMPARE(socket.bytesAvailable(), 0);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_last.path, QStringLiteral("/"));
    }

    void delayedAnswersKeepOrder()
    {
        m_next.delayMs = 150;
        QElapsedTimer t;
        t.start();
        const QByteArray a =
            exchange(m_server->port(), "GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n");
        QCOMPARE(a.count("HTTP/1.1 200 OK"), 2);
        QVERIFY(t.elapsed() >= 300);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
