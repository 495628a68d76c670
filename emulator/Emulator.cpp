#include "Emulator.h"

#include "AuthorizePages.h"
#include "ControlApi.h"
#include "HttpServer.h"
#include "IdentityEndpoints.h"
#include "OrgState.h"
#include "RestApi.h"
#include "TokenEndpoint.h"
#include "Wire.h"

namespace sfemu {

namespace {

const QByteArray kMaintenancePage =
    "<!DOCTYPE HTML><html><head><title>Down for maintenance</title></head><body>"
    "<h1>We are down for maintenance.</h1><p>Sorry for the inconvenience. We'll be back shortly."
    "</p></body></html>\n";

} // namespace

Emulator::Emulator(QObject *parent)
    : Emulator(Scenario::defaults(), 1, parent)
{}

Emulator::Emulator(const Scenario &scenario, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<OrgState>(scenario, QString()))
    , m_pages(std::make_unique<AuthorizePages>(*m_state))
    , m_token(std::make_unique<TokenEndpoint>(*m_state))
    , m_identity(std::make_unique<IdentityEndpoints>(*m_state))
    , m_rest(std::make_unique<RestApi>(*m_state))
    , m_control(std::make_unique<ControlApi>(*m_state))
    , m_server(std::make_unique<HttpServer>([this](const HttpRequest &r) { return handle(r); }))
    , m_faultRandom(seed)
{}

Emulator::~Emulator() = default;

bool Emulator::start(quint16 port, QString *error)
{
    if (!m_server->listen(port)) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(m_server->errorString());
        return false;
    }
    m_state->setBaseUrl(baseUrl().toString());
    return true;
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
    if (ControlApi::handles(request.path))
        return m_control->handle(request);
    m_state->log(request);
    HttpResponse response;
    const bool faulty = faultsApply(request);
    if (faulty && playFault(&response))
        return response;
    response = dispatch(request);
    if (!faulty)
        return response;

    const Faults &faults = m_state->scenario().faults;
    if (faults.malformedJsonRate > 0 && response.contentType.startsWith("application/json") &&
        m_faultRandom.generateDouble() < faults.malformedJsonRate)
        response.body.truncate(response.body.size() / 2);
    if (faults.latencyMs > 0 || faults.jitterMs > 0)
        response.delayMs =
            faults.latencyMs +
            (faults.jitterMs > 0 ? int(m_faultRandom.bounded(faults.jitterMs + 1)) : 0);
    return response;
}

bool Emulator::faultsApply(const HttpRequest &request) const
{
    const Faults &faults = m_state->scenario().faults;
    if (!faults.any())
        return false;
    return faults.paths.isEmpty() ||
           std::any_of(faults.paths.cbegin(), faults.paths.cend(),
                       [&](const QString &prefix) { return request.path.startsWith(prefix); });
}

bool Emulator::playFault(HttpResponse *response)
{
    const Faults &faults = m_state->scenario().faults;
    // One draw per request decides which fault (if any) it meets: the shares add up in order.
    const double draw = m_faultRandom.generateDouble();
    double edge = 0;
    if (draw < (edge += faults.silentRate)) {
        response->delivery = HttpResponse::Delivery::Silent;
        return true;
    }
    if (draw < (edge += faults.resetRate)) {
        response->delivery = HttpResponse::Delivery::Reset;
        return true;
    }
    if (draw < (edge += faults.maintenanceRate)) {
        *response = HttpResponse::html(503, kMaintenancePage);
        return true;
    }
    if (draw < (edge += faults.errorRate)) {
        // Half of the server errors are 500, half 503, alternating by the same generator.
        const bool unavailable = m_faultRandom.bounded(2) == 1;
        *response = unavailable
                        ? HttpResponse::html(503, "<html><body>Service Unavailable</body></html>\n")
                        : HttpResponse::html(500, "<html><body>An unexpected error has occurred."
                                                  "</body></html>\n");
        return true;
    }
    return false;
}

HttpResponse Emulator::dispatch(const HttpRequest &request)
{
    const QString &path = request.path;
    if (path == QLatin1String("/services/oauth2/token"))
        return m_token->handle(request);
    if (AuthorizePages::handles(path))
        return m_pages->handle(request);
    if (path == QLatin1String("/services/oauth2/userinfo"))
        return m_identity->userInfo(request);
    if (path == QLatin1String("/services/oauth2/revoke"))
        return m_identity->revoke(request);
    if (path == QLatin1String("/services/oauth2/introspect"))
        return m_identity->introspect(request);
    if (path.startsWith(QLatin1String("/id/")))
        return m_identity->identity(request);
    if (path.startsWith(QLatin1String("/services/data")))
        return m_rest->handle(request);
    return wire::restError(404, "NOT_FOUND",
                           QStringLiteral("The requested resource does not exist"));
}

} // namespace sfemu
