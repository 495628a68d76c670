#include "Emulator.h"

#include "HttpServer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sfemu {

Emulator::Emulator(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<HttpServer>([this](const HttpRequest &r) { return handle(r); }))
{}

Emulator::~Emulator() = default;

bool Emulator::start(quint16 port, QString *error)
{
    if (m_server->listen(port))
        return true;
    if (error)
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                     .arg(port)
                     .arg(m_server->errorString());
    return false;
}

quint16 Emulator::port() const
{
    return m_server->port();
}

QUrl Emulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

HttpResponse Emulator::handle(const HttpRequest &request)
{
    if (request.path == QLatin1String("/services/data") ||
        request.path == QLatin1String("/services/data/")) {
        QJsonArray versions;
        versions.append(QJsonObject{{QStringLiteral("label"), QStringLiteral("Winter '25")},
                                    {QStringLiteral("url"), QStringLiteral("/services/data/v62.0")},
                                    {QStringLiteral("version"), QStringLiteral("62.0")}});
        return HttpResponse::json(200, QJsonDocument(versions));
    }
    const QJsonArray notFound{QJsonObject{
        {QStringLiteral("errorCode"), QStringLiteral("NOT_FOUND")},
        {QStringLiteral("message"), QStringLiteral("The requested resource does not exist")}}};
    return HttpResponse::json(404, QJsonDocument(notFound));
}

} // namespace sfemu
