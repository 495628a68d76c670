#include "IdentityEndpoints.h"

#include "OrgState.h"
#include "Wire.h"

#include <QDateTime>
#include <QJsonObject>

namespace sfemu {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000"));
}

} // namespace

const User *IdentityEndpoints::authenticate(const HttpRequest &request, HttpResponse *refusal) const
{
    QHash<QString, QString> form;
    if (request.method == "POST")
        wire::parseForm(request.body, &form);
    const QByteArray token = wire::bearerToken(request, form);
    if (token.isEmpty()) {
        *refusal = HttpResponse::text(403, "Missing_OAuth_Token");
        return nullptr;
    }
    const AccessToken *access = m_state.liveAccessToken(token);
    const User *user = access ? m_state.scenario().userById(access->userId) : nullptr;
    if (!user || !user->active) {
        *refusal = HttpResponse::text(403, "Bad_OAuth_Token");
        return nullptr;
    }
    return user;
}

QJsonObject IdentityEndpoints::photos() const
{
    const QString base = m_state.baseUrl() + QStringLiteral("/profilephoto/005/");
    return QJsonObject{{QStringLiteral("picture"), base + QLatin1Char('F')},
                       {QStringLiteral("thumbnail"), base + QLatin1Char('T')}};
}

QJsonObject IdentityEndpoints::urls(const QString &version) const
{
    const QString base = m_state.baseUrl();
    const QString orgId = m_state.scenario().org.id;
    auto url = [&](const QString &path) {
        return QString(base + path).replace(QStringLiteral("{version}"), version);
    };
    return QJsonObject{
        {QStringLiteral("enterprise"),
         url(QStringLiteral("/services/Soap/c/{version}/") + orgId.left(15))},
        {QStringLiteral("metadata"),
         url(QStringLiteral("/services/Soap/m/{version}/") + orgId.left(15))},
        {QStringLiteral("partner"),
         url(QStringLiteral("/services/Soap/u/{version}/") + orgId.left(15))},
        {QStringLiteral("rest"), url(QStringLiteral("/services/data/v{version}/"))},
        {QStringLiteral("sobjects"), url(QStringLiteral("/services/data/v{version}/sobjects/"))},
        {QStringLiteral("search"), url(QStringLiteral("/services/data/v{version}/search/"))},
        {QStringLiteral("query"), url(QStringLiteral("/services/data/v{version}/query/"))},
        {QStringLiteral("recent"), url(QStringLiteral("/services/data/v{version}/recent/"))},
        {QStringLiteral("tooling_soap"),
         url(QStringLiteral("/services/Soap/T/{version}/") + orgId.left(15))},
        {QStringLiteral("tooling_rest"), url(QStringLiteral("/services/data/v{version}/tooling/"))},
        {QStringLiteral("profile"), url(QStringLiteral("/"))},
        {QStringLiteral("feeds"), url(QStringLiteral("/services/data/v{version}/chatter/feeds"))},
        {QStringLiteral("groups"), url(QStringLiteral("/services/data/v{version}/chatter/groups"))},
        {QStringLiteral("users"), url(QStringLiteral("/services/data/v{version}/chatter/users"))},
        {QStringLiteral("feed_items"),
         url(QStringLiteral("/services/data/v{version}/chatter/feed-items"))},
        {QStringLiteral("feed_elements"),
         url(QStringLiteral("/services/data/v{version}/chatter/feed-elements"))},
        {QStringLiteral("custom_domain"), base},
    };
}

HttpResponse IdentityEndpoints::userInfo(const HttpRequest &request)
{
    HttpResponse refusal;
    const User *user = authenticate(request, &refusal);
    if (!user)
        return refusal;
    const QString id = m_state.identityUrl(*user);
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{
                 {QStringLiteral("sub"), id},
                 {QStringLiteral("user_id"), user->id},
                 {QStringLiteral("organization_id"), m_state.scenario().org.id},
                 {QStringLiteral("preferred_username"), user->username},
                 {QStringLiteral("nickname"), user->username.section(QLatin1Char('@'), 0, 0)},
                 {QStringLiteral("name"), user->displayName()},
                 {QStringLiteral("email"), user->email},
                 {QStringLiteral("email_verified"), true},
                 {QStringLiteral("given_name"), user->firstName},
                 {QStringLiteral("family_name"), user->lastName},
                 {QStringLiteral("zoneinfo"), QStringLiteral("Europe/Madrid")},
                 {QStringLiteral("profile"), m_state.baseUrl() + QLatin1Char('/') + user->id},
                 {QStringLiteral("photos"), photos()},
                 {QStringLiteral("picture"), photos().value(QStringLiteral("picture"))},
                 {QStringLiteral("address"),
                  QJsonObject{{QStringLiteral("country"), QStringLiteral("ES")}}},
                 {QStringLiteral("is_salesforce_integration_user"), false},
                 {QStringLiteral("urls"), urls(QStringLiteral("{version}"))},
                 {QStringLiteral("active"), user->active},
                 {QStringLiteral("user_type"), QStringLiteral("STANDARD")},
                 {QStringLiteral("language"), QStringLiteral("en_US")},
                 {QStringLiteral("locale"), QStringLiteral("en_US")},
                 {QStringLiteral("utcOffset"), 3600000},
                 {QStringLiteral("updated_at"), isoTime(QDateTime::currentMSecsSinceEpoch())},
                 {QStringLiteral("is_app_installed"), true},
             }));
}

HttpResponse IdentityEndpoints::identity(const HttpRequest &request)
{
    HttpResponse refusal;
    const User *caller = authenticate(request, &refusal);
    if (!caller)
        return refusal;
    const QStringList parts =
        request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // id, org, user
    const QString &orgId = m_state.scenario().org.id;
    if (parts.size() != 3)
        return HttpResponse::text(404, "Bad_Id");
    if (parts[1] != orgId && parts[1] != orgId.left(15))
        return HttpResponse::text(403, "Wrong_Org");
    const User *user = m_state.scenario().userById(parts[2]);
    if (!user)
        return HttpResponse::text(404, "Bad_Id");

    QString version = request.query.queryItemValue(QStringLiteral("version"));
    if (version == QLatin1String("latest"))
        version = m_state.scenario().org.apiVersions.last();
    if (version.isEmpty())
        version = QStringLiteral("{version}");
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject{
            {QStringLiteral("id"), m_state.identityUrl(*user)},
            {QStringLiteral("asserted_user"), user->id == caller->id},
            {QStringLiteral("user_id"), user->id},
            {QStringLiteral("organization_id"), orgId},
            {QStringLiteral("username"), user->username},
            {QStringLiteral("nick_name"), user->username.section(QLatin1Char('@'), 0, 0)},
            {QStringLiteral("display_name"), user->displayName()},
            {QStringLiteral("email"), user->email},
            {QStringLiteral("email_verified"), true},
            {QStringLiteral("first_name"), user->firstName},
            {QStringLiteral("last_name"), user->lastName},
            {QStringLiteral("timezone"), QStringLiteral("Europe/Madrid")},
            {QStringLiteral("photos"), photos()},
            {QStringLiteral("addr_street"), QJsonValue::Null},
            {QStringLiteral("addr_city"), QJsonValue::Null},
            {QStringLiteral("addr_state"), QJsonValue::Null},
            {QStringLiteral("addr_country"), QStringLiteral("ES")},
            {QStringLiteral("addr_zip"), QJsonValue::Null},
            {QStringLiteral("mobile_phone"), QJsonValue::Null},
            {QStringLiteral("mobile_phone_verified"), false},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("created_date"), QJsonValue::Null},
                         {QStringLiteral("body"), QJsonValue::Null}}},
            {QStringLiteral("is_lightning_login_user"), false},
            {QStringLiteral("urls"), urls(version)},
            {QStringLiteral("active"), user->active},
            {QStringLiteral("user_type"), QStringLiteral("STANDARD")},
            {QStringLiteral("language"), QStringLiteral("en_US")},
            {QStringLiteral("locale"), QStringLiteral("en_US")},
            {QStringLiteral("utcOffset"), 3600000},
            {QStringLiteral("last_modified_date"), isoTime(QDateTime::currentMSecsSinceEpoch())},
            {QStringLiteral("is_app_installed"), true},
        }));
}

HttpResponse IdentityEndpoints::introspect(const HttpRequest &request)
{
    const QJsonDocument inactive(QJsonObject{{QStringLiteral("active"), false}});
    QHash<QString, QString> form;
    if (request.method != "POST" || !wire::parseForm(request.body, &form))
        return HttpResponse::json(200, inactive);
    QString clientId = form.value(QStringLiteral("client_id"));
    QString secret = form.value(QStringLiteral("client_secret"));
    wire::basicCredentials(request, &clientId, &secret);
    const App *app = m_state.scenario().app(clientId);
    if (!app || (!app->consumerSecret.isEmpty() && secret != app->consumerSecret))
        return HttpResponse::json(200, inactive);

    const QByteArray token = form.value(QStringLiteral("token")).toLatin1();
    QString userId, kind;
    QStringList scopes;
    qint64 issued = 0, expires = 0;
    if (const AccessToken *a = m_state.liveAccessToken(token); a && a->clientId == clientId) {
        userId = a->userId, kind = QStringLiteral("access_token"), scopes = a->scopes;
        issued = a->issuedMs, expires = a->expiresMs;
    } else if (const RefreshToken *r = m_state.findRefreshToken(token);
               r && r->clientId == clientId) {
        userId = r->userId, kind = QStringLiteral("refresh_token"), scopes = r->scopes;
        issued = r->issuedMs, expires = r->expiresMs;
    }
    const User *user = m_state.scenario().userById(userId);
    if (!user)
        return HttpResponse::json(200, inactive);
    QJsonObject body{
        {QStringLiteral("active"), true},
        {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("username"), user->username},
        {QStringLiteral("sub"), m_state.identityUrl(*user)},
        {QStringLiteral("token_type"), kind},
        {QStringLiteral("iat"), issued / 1000},
        {QStringLiteral("nbf"), issued / 1000},
    };
    if (expires > 0)
        body.insert(QStringLiteral("exp"), expires / 1000);
    return HttpResponse::json(200, QJsonDocument(body));
}

HttpResponse IdentityEndpoints::revoke(const HttpRequest &request)
{
    QHash<QString, QString> form;
    QString token;
    if (request.method == "POST") {
        if (!wire::parseForm(request.body, &form))
            return wire::formError(400, "unsupported_token_type",
                                   "this token type is not supported");
        token = form.value(QStringLiteral("token"));
    } else {
        token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    }
    if (token.isEmpty())
        return wire::formError(400, "unsupported_token_type", "this token type is not supported");
    if (!m_state.revoke(token.toLatin1()))
        return wire::formError(400, "invalid_token", "invalid token");
    HttpResponse ok = HttpResponse::text(200, QByteArray());
    ok.contentType.clear();
    return ok;
}

} // namespace sfemu
