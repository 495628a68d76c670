#include "LoopbackListener.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace sfconnect {

namespace {

constexpr qsizetype kMaxRequestBytes = 16 * 1024;
constexpr int kReadTimeoutMs = 10000;

QByteArray httpAnswer(int status, const QString &html)
{
    const QByteArray body = html.toUtf8();
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
           QByteArray::number(body.size()) +
           "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::onConnection);
}

bool LoopbackListener::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void LoopbackListener::close()
{
    m_server.close();
}

void LoopbackListener::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A client that connects and says nothing is dropped after a while.
        QTimer::singleShot(kReadTimeoutMs, socket, [socket] { socket->abort(); });
        // What the browser sent so far; answered once, then the rest is ignored.
        auto buffer = std::make_shared<QByteArray>();
        auto answered = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, answered] {
            if (*answered) {
                socket->readAll(); // the answer is on its way; the rest does not matter
                return;
            }
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0 && buffer->size() < kMaxRequestBytes)
                return;
            *answered = true;
            const QList<QByteArray> line = buffer->left(buffer->indexOf("\r\n")).split(' ');
            Answer answer{
                400, QStringLiteral("<!DOCTYPE html><title>sfconnect</title><p>Bad request.</p>"),
                false};
            if (end >= 0 && line.size() == 3 && line[0] == "GET" && line[1].startsWith('/') &&
                line[2].startsWith("HTTP/1.") && m_handler) {
                answer = m_handler(QUrl::fromEncoded("http://127.0.0.1" + line[1]));
            }
            socket->write(httpAnswer(answer.status, answer.html));
            socket->disconnectFromHost();
            if (answer.done)
                close();
        });
    }
}

} // namespace sfconnect
