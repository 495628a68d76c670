#pragma once

#include "HttpMessage.h"
#include "Scenario.h"

#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>

namespace sfemu {

class AuthorizePages;
class ControlApi;
class HttpServer;
class IdentityEndpoints;
class OrgState;
class RestApi;
class TokenEndpoint;

/// A local stand-in for a Salesforce org, listening on 127.0.0.1: OAuth endpoints with login,
/// MFA and consent pages, identity, a few REST resources, faults on demand and a control API
/// for tests. emulator/README.md documents what it answers.
class Emulator : public QObject
{
    Q_OBJECT

public:
    /// An emulator of the built-in default scenario.
    explicit Emulator(QObject *parent = nullptr);
    /// An emulator of @p scenario; @p seed drives the faults, so a run repeats exactly.
    Emulator(const Scenario &scenario, quint32 seed, QObject *parent = nullptr);
    ~Emulator() override;

    /// Starts listening on 127.0.0.1:@p port (0 picks a free port).
    bool start(quint16 port, QString *error);
    quint16 port() const;
    /// http://127.0.0.1:PORT: the emulator's login host and instance URL.
    QUrl baseUrl() const;

    /// Answers one request; public so that tests and benchmarks can call it without a socket.
    HttpResponse handle(const HttpRequest &request);

    /// The org's run-time state, for in-process tests.
    OrgState &state() { return *m_state; }

private:
    /// Whether the scenario's faults cover this request (all paths, or the listed prefixes).
    bool faultsApply(const HttpRequest &request) const;
    /// Draws the fault that stops this request, if any (silence, reset, maintenance, 5xx).
    bool playFault(HttpResponse *response);
    HttpResponse dispatch(const HttpRequest &request);

    std::unique_ptr<OrgState> m_state;
    std::unique_ptr<AuthorizePages> m_pages;
    std::unique_ptr<TokenEndpoint> m_token;
    std::unique_ptr<IdentityEndpoints> m_identity;
    std::unique_ptr<RestApi> m_rest;
    std::unique_ptr<ControlApi> m_control;
    std::unique_ptr<HttpServer> m_server;
    QRandomGenerator m_faultRandom;
};

} // namespace sfemu
