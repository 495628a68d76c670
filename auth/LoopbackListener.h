#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace sfconnect {

/// The local end of the browser sign-in: a tiny HTTP listener on 127.0.0.1 only (never on
/// every interface, unlike Qt 6.4's QOAuthHttpServerReplyHandler by default) that hands each
/// GET to a handler and answers the browser with the page the handler chooses. Anything that is
/// not an HTTP GET is answered 400 and dropped.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 200;
        QString html;
        bool done = false; ///< stop listening after this answer
    };
    using Handler = std::function<Answer(const QUrl &target)>;

    explicit LoopbackListener(QObject *parent = nullptr);

    /// Listens on 127.0.0.1:@p port (0: any free port). False when the port is taken.
    bool listen(quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    bool isListening() const { return m_server.isListening(); }
    void close();
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
};

} // namespace sfconnect
