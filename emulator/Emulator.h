#pragma once

#include "HttpMessage.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace sfemu {

class HttpServer;

/// A local stand-in for a Salesforce org, listening on 127.0.0.1.
class Emulator : public QObject
{
    Q_OBJECT

public:
    explicit Emulator(QObject *parent = nullptr);
    ~Emulator() override;

    /// Starts listening on 127.0.0.1:@p port (0 picks a free port).
    bool start(quint16 port, QString *error);
    quint16 port() const;
    /// http://127.0.0.1:PORT: the emulator's login host and instance URL.
    QUrl baseUrl() const;

    /// Answers one request; public so that tests and benchmarks can call it without a socket.
    HttpResponse handle(const HttpRequest &request);

private:
    std::unique_ptr<HttpServer> m_server;
};

} // namespace sfemu
