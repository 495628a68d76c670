#include "Connection.h"

#include <QJsonArray>

namespace sfconnect {

namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime fromIso(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

LoginEnvironment Connection::loginEnvironment() const
{
    return LoginEnvironment::of(environment, loginUrl);
}

QJsonObject Connection::toDefinitionJson() const
{
    QJsonObject o{
        {QStringLiteral("name"), name},
        {QStringLiteral("environment"), loginEnvironment().kindName()},
        {QStringLiteral("loginUrl"), loginUrl.toString()},
        {QStringLiteral("method"), authMethodKey(method)},
        {QStringLiteral("username"), username},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("callbackPort"), int(callbackPort)},
        {QStringLiteral("callbackPath"), callbackPath},
    };
    if (!audience.isEmpty())
        o.insert(QStringLiteral("audience"), audience);
    return o;
}

QJsonObject Connection::toJson() const
{
    QJsonObject o = toDefinitionJson();
    o.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("instanceUrl"), instanceUrl);
    o.insert(QStringLiteral("orgId"), orgId);
    o.insert(QStringLiteral("userId"), userId);
    o.insert(QStringLiteral("displayName"), displayName);
    o.insert(QStringLiteral("apiVersion"), apiVersion);
    o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    o.insert(QStringLiteral("createdAt"), isoOrNull(createdAt));
    o.insert(QStringLiteral("lastConnectedAt"), isoOrNull(lastConnectedAt));
    o.insert(QStringLiteral("lastCheckedAt"), isoOrNull(lastCheckedAt));
    o.insert(QStringLiteral("lastStatus"), connectionStatusKey(lastStatus));
    o.insert(QStringLiteral("lastErrorProblemId"), lastErrorProblemId);
    o.insert(QStringLiteral("lastErrorText"), lastErrorText);
    return o;
}

bool Connection::fromJson(const QJsonObject &json, Connection *out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };

    Connection c;
    if (json.contains(QStringLiteral("id"))) {
        c.id = QUuid::fromString(text("id"));
        if (c.id.isNull())
            return fail(QStringLiteral("\"id\" is not a valid id"));
    } else {
        c.id = QUuid::createUuid();
    }
    c.name = text("name").trimmed();
    if (c.name.isEmpty())
        return fail(QStringLiteral("\"name\" is missing"));
    if (!LoginEnvironment::kindFromName(text("environment"), &c.environment))
        return fail(QStringLiteral("\"environment\" must be production, sandbox or custom"));
    if (c.environment == LoginEnvironment::Kind::Production)
        c.loginUrl = LoginEnvironment::production().loginUrl();
    else if (c.environment == LoginEnvironment::Kind::Sandbox)
        c.loginUrl = LoginEnvironment::sandbox().loginUrl();
    else {
        const auto normalized = LoginEnvironment::normalize(text("loginUrl"));
        if (!normalized.ok())
            return fail(QStringLiteral("\"loginUrl\": %1").arg(normalized.problem));
        c.loginUrl = normalized.loginUrl;
    }
    if (!authMethodFromKey(text("method"), &c.method))
        return fail(QStringLiteral("\"method\" must be web, byoa, password or jwt"));
    c.username = text("username").trimmed();
    c.clientId = text("clientId").trimmed();
    c.audience = text("audience").trimmed();
    if (json.contains(QStringLiteral("callbackPort"))) {
        const int port = json.value(QStringLiteral("callbackPort")).toInt(-1);
        if (port < 1 || port > 65535)
            return fail(QStringLiteral("\"callbackPort\" must be a port from 1 to 65535"));
        c.callbackPort = quint16(port);
    }
    if (json.contains(QStringLiteral("callbackPath")))
        c.callbackPath = text("callbackPath");
    if (!c.callbackPath.startsWith(QLatin1Char('/')))
        return fail(QStringLiteral("\"callbackPath\" must start with /"));
    if ((c.method == AuthMethod::Password || c.method == AuthMethod::Jwt) && c.username.isEmpty())
        return fail(QStringLiteral("\"username\" is needed for the %1 method")
                        .arg(authMethodKey(c.method)));
    if (c.method != AuthMethod::Web && c.clientId.isEmpty())
        return fail(QStringLiteral("\"clientId\" is needed for the %1 method")
                        .arg(authMethodKey(c.method)));

    c.instanceUrl = text("instanceUrl");
    c.orgId = text("orgId");
    c.userId = text("userId");
    c.displayName = text("displayName");
    c.apiVersion = text("apiVersion");
    for (const QJsonValue &s : json.value(QStringLiteral("scopes")).toArray())
        c.scopes << s.toString();
    c.createdAt = fromIso(json.value(QStringLiteral("createdAt")));
    c.lastConnectedAt = fromIso(json.value(QStringLiteral("lastConnectedAt")));
    c.lastCheckedAt = fromIso(json.value(QStringLiteral("lastCheckedAt")));
    if (!connectionStatusFromKey(text("lastStatus"), &c.lastStatus))
        c.lastStatus = ConnectionStatus::Unknown;
    c.lastErrorProblemId = text("lastErrorProblemId");
    c.lastErrorText = text("lastErrorText");
    *out = c;
    return true;
}

} // namespace sfconnect
