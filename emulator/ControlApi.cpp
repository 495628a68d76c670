#include "ControlApi.h"

#include "OrgState.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sfemu {

namespace {

HttpResponse problem(int status, const QString &message)
{
    return HttpResponse::json(status,
                              QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}));
}

HttpResponse done(const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("ok"), true);
    return HttpResponse::json(200, QJsonDocument(body));
}

} // namespace

HttpResponse ControlApi::handle(const HttpRequest &request)
{
    if (!request.peer.isLoopback())
        return problem(403, QStringLiteral("the control API answers loopback peers only"));
    // A web page open in a browser on this machine is a loopback peer too: browsers send an
    // Origin header on cross-site requests, and cannot post JSON without a preflight.
    if (request.headers.contains("origin"))
        return problem(403, QStringLiteral("the control API does not answer web pages"));
    if (request.method == "POST" &&
        !request.header("content-type").toLower().startsWith("application/json"))
        return problem(415, QStringLiteral("the control API takes application/json bodies"));
    const QString what = request.path.mid(int(qstrlen("/__emulator/")));
    const QByteArray &method = request.method;

    if (what == QLatin1String("scenario") && method == "GET")
        return HttpResponse::json(200, QJsonDocument(m_state.scenario().toJson()));
    if (what == QLatin1String("requests") && method == "GET")
        return HttpResponse::json(200, QJsonDocument(m_state.requestLog()));
    if (what == QLatin1String("requests") && method == "DELETE") {
        m_state.clearLog();
        return done();
    }
    if (what == QLatin1String("reset") && method == "POST") {
        m_state.reset();
        return done();
    }
    if (method != "POST")
        return problem(404, QStringLiteral("no such control request: %1 %2")
                                .arg(QString::fromLatin1(method), request.path));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return problem(
            400,
            QStringLiteral("the body must be a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject body = doc.object();
    Scenario &scenario = m_state.scenario();
    QString error;

    if (what == QLatin1String("org")) {
        if (!Scenario::mergeOrg(body, &scenario.org, &error))
            return problem(400, error);
        return done();
    }
    if (what == QLatin1String("faults")) {
        if (!Scenario::mergeFaults(body, &scenario.faults, &error))
            return problem(400, error);
        return done();
    }
    if (what == QLatin1String("users")) {
        const QString username = body.value(QStringLiteral("username")).toString();
        if (username.isEmpty())
            return problem(400, QStringLiteral("user.username: required"));
        User *existing = scenario.user(username);
        User user = existing ? *existing : User{};
        if (!existing)
            user.id = scenario.nextUserId();
        if (!Scenario::mergeUser(body, &user, &error))
            return problem(400, error);
        if (existing)
            *existing = user;
        else
            scenario.users.append(user);
        return done({{QStringLiteral("id"), user.id}});
    }
    if (what == QLatin1String("apps")) {
        const QString key = body.value(QStringLiteral("consumerKey")).toString();
        if (key.isEmpty())
            return problem(400, QStringLiteral("app.consumerKey: required"));
        App *existing = scenario.app(key);
        App app = existing ? *existing : App{};
        if (!Scenario::mergeApp(body, &app, &error))
            return problem(400, error);
        if (existing)
            *existing = app;
        else
            scenario.apps.append(app);
        // A new or re-keyed app is unknown to the token endpoint for its propagation delay.
        if (!existing || body.contains(QStringLiteral("propagationSeconds")))
            m_state.appChanged(key);
        return done();
    }
    if (what == QLatin1String("tokens/expire") || what == QLatin1String("tokens/revoke")) {
        const QString kind = body.value(QStringLiteral("kind")).toString(QStringLiteral("all"));
        if (kind != QLatin1String("access") && kind != QLatin1String("refresh") &&
            kind != QLatin1String("all"))
            return problem(400, QStringLiteral("kind: expected access, refresh or all"));
        const QString username = body.value(QStringLiteral("username")).toString();
        if (!username.isEmpty() && !scenario.user(username))
            return problem(404, QStringLiteral("no user %1").arg(username));
        const int n = what.endsWith(QLatin1String("expire")) ? m_state.expireTokens(kind, username)
                                                             : m_state.revokeTokens(kind, username);
        return done({{QStringLiteral("tokens"), n}});
    }
    return problem(404, QStringLiteral("no such control request: POST %1").arg(request.path));
}

} // namespace sfemu
