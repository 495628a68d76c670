#include "HttpServer.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace sfemu {

namespace {

enum class Parse { NeedMore, Complete, Malformed, HeadersTooLarge };

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char ch : s) {
        if (!(ch >= 'A' && ch <= 'Z') && !(ch >= 'a' && ch <= 'z') && ch != '-')
            return false;
    }
    return true;
}

// Decodes a chunked body starting at @p from. Returns NeedMore until the last chunk and the
// trailer have arrived; @p end is then the offset just past the message.
Parse parseChunked(const QByteArray &buf, qsizetype from, QByteArray *body, qsizetype *end,
                   bool *tooLarge)
{
    qsizetype pos = from;
    body->clear();
    for (;;) {
        const qsizetype eol = buf.indexOf("\r\n", pos);
        if (eol < 0)
            return buf.size() - pos > 1024 ? Parse::Malformed : Parse::NeedMore;
        QByteArray sizeField = buf.mid(pos, eol - pos);
        if (const qsizetype semi = sizeField.indexOf(';'); semi >= 0)
            sizeField.truncate(semi);
        bool ok = false;
        sizeField = sizeField.trimmed();
        // More than 8 hex digits would be a chunk over 4 GB: refuse it before any arithmetic.
        const qlonglong size = sizeField.size() <= 8 ? sizeField.toLongLong(&ok, 16) : -1;
        if (!ok || size < 0)
            return Parse::Malformed;
        pos = eol + 2;
        if (size == 0) {
            // Trailer section: header lines until an empty line.
            for (;;) {
                const qsizetype t = buf.indexOf("\r\n", pos);
                if (pos - from > HttpServer::kMaxHeaderBytes + HttpServer::kMaxBodyBytes)
                    return Parse::Malformed; // an endless trailer
                if (t < 0)
                    return Parse::NeedMore;
                const bool empty = t == pos;
                pos = t + 2;
                if (empty) {
                    *end = pos;
                    return Parse::Complete;
                }
            }
        }
        if (size > HttpServer::kMaxBodyBytes - body->size()) {
            *tooLarge = true;
            *end = buf.size();
            return Parse::Complete;
        }
        if (buf.size() < pos + size + 2)
            return Parse::NeedMore;
        if (buf.mid(pos + size, 2) != "\r\n")
            return Parse::Malformed;
        body->append(buf.constData() + pos, size);
        pos += size + 2;
    }
}

Parse parseRequest(const QByteArray &buf, HttpRequest *req, qsizetype *consumed)
{
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buf.size() > HttpServer::kMaxHeaderBytes ? Parse::HeadersTooLarge : Parse::NeedMore;
    if (headerEnd > HttpServer::kMaxHeaderBytes)
        return Parse::HeadersTooLarge;

    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/') ||
        (requestLine[2] != "HTTP/1.1" && requestLine[2] != "HTTP/1.0"))
        return Parse::Malformed;

    req->method = requestLine[0];
    req->target = requestLine[1];
    const qsizetype q = req->target.indexOf('?');
    req->path = QUrl::fromPercentEncoding(q < 0 ? req->target : req->target.left(q));
    // In a query, as in a form, '+' is a space; QUrlQuery would keep it as a plus.
    QByteArray query = q < 0 ? QByteArray() : req->target.mid(q + 1);
    query.replace('+', "%20");
    req->query = QUrlQuery(QString::fromUtf8(query));
    req->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::Malformed;
        req->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (requestLine[2] == "HTTP/1.0" && !req->headers.contains("connection"))
        req->headers.insert("connection", "close");

    const qsizetype bodyStart = headerEnd + 4;
    req->body.clear();
    req->bodyTooLarge = false;
    req->chunked = req->header("transfer-encoding").toLower().contains("chunked");
    if (req->chunked)
        return parseChunked(buf, bodyStart, &req->body, consumed, &req->bodyTooLarge);

    qlonglong length = 0;
    if (req->headers.contains("content-length")) {
        bool ok = false;
        length = req->header("content-length").toLongLong(&ok);
        if (!ok || length < 0)
            return Parse::Malformed;
    }
    if (length > HttpServer::kMaxBodyBytes) {
        // Answer at once and close: the rest of the body is not worth reading.
        req->bodyTooLarge = true;
        *consumed = buf.size();
        return Parse::Complete;
    }
    if (buf.size() < bodyStart + length)
        return Parse::NeedMore;
    req->body = buf.mid(bodyStart, length);
    *consumed = bodyStart + length;
    return Parse::Complete;
}

} // namespace

// Per-connection state; a child of its socket, so both go together.
struct HttpServer::Connection : QObject
{
    explicit Connection(QTcpSocket *s)
        : QObject(s)
        , socket(s)
    {}
    QTcpSocket *socket;
    QByteArray buffer;
    bool busy = false;    // a response is pending (delayed): later requests wait
    bool closing = false; // close once the pending response is written
    bool silent = false;  // this connection never answers again
};

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    // Sockets still open would signal into this half-destroyed object while they close.
    m_server.close();
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>()) {
        socket->disconnect(this);
        delete socket;
    }
}

bool HttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 HttpServer::port() const
{
    return m_server.serverPort();
}

QString HttpServer::errorString() const
{
    return m_server.errorString();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *c = new Connection(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] {
            const QByteArray incoming = c->socket->readAll();
            // A connection that will not be answered again keeps nothing it is sent.
            if (c->silent || c->closing)
                return;
            c->buffer.append(incoming);
            if (c->buffer.size() > kMaxHeaderBytes + kMaxBodyBytes + 64 * 1024) {
                c->socket->abort();
                return;
            }
            process(c);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void HttpServer::process(Connection *c)
{
    while (!c->busy && !c->silent && !c->closing && !c->buffer.isEmpty()) {
        HttpRequest request;
        qsizetype consumed = 0;
        const Parse result = parseRequest(c->buffer, &request, &consumed);
        if (result == Parse::NeedMore)
            return;
        if (result == Parse::Malformed || result == Parse::HeadersTooLarge) {
            const int status = result == Parse::Malformed ? 400 : 431;
            c->closing = true;
            respond(c, request,
                    HttpResponse::text(status, "Bad Request: the request could not be parsed\n"));
            return;
        }
        c->buffer.remove(0, consumed);
        request.peer = c->socket->peerAddress();
        if (request.bodyTooLarge) {
            c->closing = true;
            c->buffer.clear();
        }
        if (request.header("connection").toLower() == "close")
            c->closing = true;
        const HttpResponse response = m_handler(request);
        if (response.delayMs > 0) {
            c->busy = true;
            // The timer's context is the connection: if the socket goes, the answer is dropped.
            QTimer::singleShot(response.delayMs, c, [this, c, request, response] {
                c->busy = false;
                respond(c, request, response);
                process(c);
            });
            return;
        }
        respond(c, request, response);
    }
}

void HttpServer::respond(Connection *c, const HttpRequest &request, const HttpResponse &response)
{
    QTcpSocket *socket = c->socket;
    switch (response.delivery) {
    case HttpResponse::Delivery::Silent:
        c->silent = true;
        return;
    case HttpResponse::Delivery::Reset: {
        // SO_LINGER with a zero timeout makes close() send a TCP RST instead of a FIN.
        const struct linger hard
        {
            1, 0
        };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        c->silent = true; // pipelined requests behind this one get nothing either
        c->buffer.clear();
        socket->abort();
        return;
    }
    case HttpResponse::Delivery::Normal:
        break;
    }

    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
           "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    const bool headOnly = request.method == "HEAD";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += c->closing ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!headOnly)
        out += response.body;
    socket->write(out);
    if (c->closing)
        socket->disconnectFromHost();
}

} // namespace sfemu
