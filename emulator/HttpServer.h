#pragma once

#include "HttpMessage.h"

#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace sfemu {

/// A small HTTP/1.1 server on QTcpServer, bound to loopback.
///
/// The emulator uses its own server instead of QHttpServer 6.4 because it must model
/// transport faults (a reset connection, a request never answered) and must accept what
/// real Salesforce clients send (chunked form bodies without Content-Length), with a bounded
/// body size. It keeps connections alive, answers requests on one connection in order and
/// closes a connection whose bytes do not parse as HTTP.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    /// Listens on 127.0.0.1:@p port (0 picks a free port). Returns false when the port is taken.
    bool listen(quint16 port);
    quint16 port() const;
    QString errorString() const;

    static constexpr qsizetype kMaxHeaderBytes = 32 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

private:
    struct Connection;
    void onNewConnection();
    void process(Connection *c);
    void respond(Connection *c, const HttpRequest &request, const HttpResponse &response);

    Handler m_handler;
    QTcpServer m_server;
};

} // namespace sfemu
