#include "Connection.h"

#include <QJsonArray>

namespace sfconnect {

namespace {

QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

QJsonObject Connection::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), name},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("loginUrl"), loginUrl},
        {QStringLiteral("method"), method},
        {QStringLiteral("username"), username},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("instanceUrl"), instanceUrl},
        {QStringLiteral("orgId"), orgId},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("apiVersion"), apiVersion},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("createdAt"), isoOrEmpty(createdAt)},
        {QStringLiteral("lastConnectedAt"), isoOrEmpty(lastConnectedAt)},
    };
    return o;
}

bool Connection::fromJson(const QJsonObject &json, Connection *out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QUuid id = QUuid::fromString(json.value(QStringLiteral("id")).toString());
    if (id.isNull())
        return fail(QStringLiteral("missing or malformed \"id\""));
    const QString name = json.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return fail(QStringLiteral("missing \"name\""));
    for (const auto key : {"environment", "loginUrl", "method"}) {
        if (!json.value(QLatin1String(key)).isString())
            return fail(QStringLiteral("missing \"%1\"").arg(QLatin1String(key)));
    }

    Connection c;
    c.id = id;
    c.name = name;
    c.environment = json.value(QStringLiteral("environment")).toString();
    c.loginUrl = json.value(QStringLiteral("loginUrl")).toString();
    c.method = json.value(QStringLiteral("method")).toString();
    c.username = json.value(QStringLiteral("username")).toString();
    c.clientId = json.value(QStringLiteral("clientId")).toString();
    c.instanceUrl = json.value(QStringLiteral("instanceUrl")).toString();
    c.orgId = json.value(QStringLiteral("orgId")).toString();
    c.userId = json.value(QStringLiteral("userId")).toString();
    c.apiVersion = json.value(QStringLiteral("apiVersion")).toString();
    for (const auto &s : json.value(QStringLiteral("scopes")).toArray())
        c.scopes << s.toString();
    c.createdAt = fromIso(json.value(QStringLiteral("createdAt")));
    c.lastConnectedAt = fromIso(json.value(QStringLiteral("lastConnectedAt")));
    *out = c;
    return true;
}

} // namespace sfconnect
