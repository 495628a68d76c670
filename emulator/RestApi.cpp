#include "RestApi.h"

#include "OrgState.h"
#include "Wire.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace sfemu {

namespace {

// Salesforce names its releases Winter, Spring, Summer; API 62.0 is Winter '25.
QString releaseLabel(const QString &version)
{
    const int k = int(version.toDouble()) - 62;
    static const char *seasons[] = {"Winter", "Spring", "Summer"};
    const int season = ((k % 3) + 3) % 3;
    const int year = 25 + (k - season) / 3;
    return QStringLiteral("%1 '%2")
        .arg(QLatin1String(seasons[season]))
        .arg(year, 2, 10, QLatin1Char('0'));
}

HttpResponse notFound()
{
    return wire::restError(404, "NOT_FOUND",
                           QStringLiteral("The requested resource does not exist"));
}

// Salesforce's SOQL error text: the query, a caret under the problem, its row and column.
QString soqlError(const QString &soql, qsizetype column, const QString &message)
{
    return QStringLiteral("\n%1\n%2^\nERROR at Row:1:Column:%3\n%4")
        .arg(soql, QString(column, QLatin1Char(' ')))
        .arg(column + 1)
        .arg(message);
}

} // namespace

HttpResponse RestApi::handle(const HttpRequest &request)
{
    static const QRegularExpression versioned(
        QStringLiteral("^/services/data/v([0-9]+\\.0)(/.*)?$"));
    const QString &path = request.path;
    if (path == QLatin1String("/services/data") || path == QLatin1String("/services/data/")) {
        if (request.method != "GET" && request.method != "HEAD")
            return wire::restError(
                405, "METHOD_NOT_ALLOWED",
                QStringLiteral("HTTP Method '%1' not allowed. Allowed are GET,HEAD")
                    .arg(QString::fromLatin1(request.method)));
        return versions();
    }
    const QRegularExpressionMatch m = versioned.match(path);
    if (!m.hasMatch() || !m_state.scenario().org.apiVersions.contains(m.captured(1)))
        return notFound();
    const QString version = m.captured(1);
    QString rest = m.captured(2);
    while (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);

    const AccessToken *token = m_state.liveAccessToken(wire::bearerToken(request));
    const User *user = token ? m_state.scenario().userById(token->userId) : nullptr;
    if (!user || !user->active)
        return wire::restError(401, "INVALID_SESSION_ID",
                               QStringLiteral("Session expired or invalid"));
    if (!token->scopes.contains(QLatin1String("api")) &&
        !token->scopes.contains(QLatin1String("full")))
        return wire::restError(
            401, "INVALID_SESSION_ID",
            QStringLiteral("This session is not valid for use with the REST API"));
    if (!user->apiEnabled)
        return wire::restError(
            403, "API_DISABLED_FOR_ORG",
            QStringLiteral("The REST API is not enabled for this Organization."));
    if (user->apiCurrentlyDisabled)
        return wire::restError(403, "API_CURRENTLY_DISABLED",
                               QStringLiteral("API is disabled for this User"));
    if (request.method != "GET" && request.method != "HEAD")
        return wire::restError(405, "METHOD_NOT_ALLOWED",
                               QStringLiteral("HTTP Method '%1' not allowed. Allowed are GET,HEAD")
                                   .arg(QString::fromLatin1(request.method)));

    m_state.countApiRequest();
    HttpResponse response;
    if (rest.isEmpty())
        response = resources(version, *user);
    else if (rest == QLatin1String("/limits"))
        response = limits();
    else if (rest == QLatin1String("/sobjects"))
        response = sobjects(version);
    else if (rest == QLatin1String("/query"))
        response = query(request, version);
    else
        response = notFound();
    response.withHeader("Sforce-Limit-Info", QStringLiteral("api-usage=%1/%2")
                                                 .arg(m_state.apiRequestsUsed())
                                                 .arg(OrgState::kDailyApiRequests)
                                                 .toLatin1());
    return response;
}

HttpResponse RestApi::versions() const
{
    QJsonArray list;
    for (const QString &v : m_state.scenario().org.apiVersions) {
        list.append(QJsonObject{{QStringLiteral("label"), releaseLabel(v)},
                                {QStringLiteral("url"), QStringLiteral("/services/data/v") + v},
                                {QStringLiteral("version"), v}});
    }
    return HttpResponse::json(200, QJsonDocument(list));
}

HttpResponse RestApi::resources(const QString &version, const User &user) const
{
    const QString base = QStringLiteral("/services/data/v") + version;
    QJsonObject map;
    for (const char *name :
         {"tooling", "metadata", "eclair",       "folders",  "prechatForms", "chatter",
          "tabs",    "appMenu",  "quickActions", "queryAll", "commerce",     "wave",
          "search",  "sobjects", "actions",      "support",  "query",        "analytics",
          "recent",  "process",  "limits",       "connect",  "composite",    "theme"}) {
        map.insert(QLatin1String(name), base + QLatin1Char('/') + QLatin1String(name));
    }
    map.insert(QStringLiteral("identity"), m_state.identityUrl(user));
    return HttpResponse::json(200, QJsonDocument(map));
}

HttpResponse RestApi::limits() const
{
    const int used = m_state.apiRequestsUsed();
    auto limit = [](int max, int remaining) {
        return QJsonObject{{QStringLiteral("Max"), max}, {QStringLiteral("Remaining"), remaining}};
    };
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{
                 {QStringLiteral("DailyApiRequests"),
                  limit(OrgState::kDailyApiRequests, OrgState::kDailyApiRequests - used)},
                 {QStringLiteral("DailyBulkApiBatches"), limit(15000, 15000)},
                 {QStringLiteral("DailyAsyncApexExecutions"), limit(250000, 250000)},
                 {QStringLiteral("DataStorageMB"), limit(5, 5)},
                 {QStringLiteral("FileStorageMB"), limit(20, 20)},
                 {QStringLiteral("SingleEmail"), limit(15, 15)},
                 {QStringLiteral("MassEmail"), limit(10, 10)},
                 {QStringLiteral("ConcurrentAsyncGetReportInstances"), limit(200, 200)},
             }));
}

HttpResponse RestApi::sobjects(const QString &version) const
{
    QJsonArray list;
    const QString base = QStringLiteral("/services/data/v%1/sobjects/").arg(version);
    const QList<std::pair<const char *, const char *>> objects = {
        {"Account", "001"}, {"Contact", "003"}, {"Organization", "00D"}, {"User", "005"}};
    for (const auto &[name, prefix] : objects) {
        const QString n = QLatin1String(name);
        list.append(QJsonObject{
            {QStringLiteral("name"), n},
            {QStringLiteral("label"), n},
            {QStringLiteral("keyPrefix"), QLatin1String(prefix)},
            {QStringLiteral("createable"),
             n == QLatin1String("Account") || n == QLatin1String("Contact")},
            {QStringLiteral("queryable"), true},
            {QStringLiteral("custom"), false},
            {QStringLiteral("urls"),
             QJsonObject{{QStringLiteral("sobject"), base + n},
                         {QStringLiteral("describe"), base + n + QStringLiteral("/describe")},
                         {QStringLiteral("rowTemplate"), base + n + QStringLiteral("/{ID}")}}},
        });
    }
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("encoding"), QStringLiteral("UTF-8")},
                                       {QStringLiteral("maxBatchSize"), 200},
                                       {QStringLiteral("sobjects"), list}}));
}

HttpResponse RestApi::query(const HttpRequest &request, const QString &version) const
{
    const QString soql =
        request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    if (soql.isEmpty())
        return wire::restError(400, "MALFORMED_QUERY",
                               QStringLiteral("A query string has to be specified"));
    static const QRegularExpression shape(
        QStringLiteral("^SELECT\\s+(.+?)\\s+FROM\\s+([A-Za-z_][A-Za-z0-9_]*)(?:\\s+WHERE\\s+(.*?))?"
                       "(?:\\s+LIMIT\\s+\\d+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = shape.match(soql);
    if (!m.hasMatch())
        return wire::restError(400, "MALFORMED_QUERY",
                               soqlError(soql, 0, QStringLiteral("unexpected token")));

    const QString object = m.captured(2);
    const Scenario &scenario = m_state.scenario();
    QList<QJsonObject> rows;
    if (object.compare(QLatin1String("Organization"), Qt::CaseInsensitive) == 0) {
        rows.append(QJsonObject{
            {QStringLiteral("Id"), scenario.org.id},
            {QStringLiteral("Name"), scenario.org.name},
            {QStringLiteral("OrganizationType"), QStringLiteral("Developer Edition")},
            {QStringLiteral("IsSandbox"), scenario.org.isSandbox()},
            {QStringLiteral("InstanceName"), QStringLiteral("EMU1")},
            {QStringLiteral("NamespacePrefix"), QJsonValue::Null},
        });
    } else if (object.compare(QLatin1String("User"), Qt::CaseInsensitive) == 0) {
        static const QRegularExpression idFilter(
            QStringLiteral("^(Id|Username)\\s*=\\s*'([^']*)'$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch f = idFilter.match(m.captured(3).trimmed());
        for (const User &u : scenario.users) {
            if (f.hasMatch()) {
                const bool byId =
                    f.captured(1).compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0;
                if (byId ? !u.id.startsWith(f.captured(2)) || f.captured(2).size() < 15
                         : u.username.compare(f.captured(2), Qt::CaseInsensitive) != 0)
                    continue;
            }
            rows.append(QJsonObject{
                {QStringLiteral("Id"), u.id},
                {QStringLiteral("Username"), u.username},
                {QStringLiteral("Name"), u.displayName()},
                {QStringLiteral("Email"), u.email},
                {QStringLiteral("IsActive"), u.active},
                {QStringLiteral("ProfileId"), QStringLiteral("00e000000000001AAA")},
            });
        }
    } else {
        return wire::restError(
            400, "INVALID_TYPE",
            soqlError(
                soql, m.capturedStart(2),
                QStringLiteral("sObject type '%1' is not supported. If you are attempting to use a "
                               "custom object, be sure to append the '__c' after the entity name. "
                               "Please reference your WSDL or the describe call for the "
                               "appropriate names.")
                    .arg(object)));
    }

    // Only the selected fields, as Salesforce answers; an unknown one is INVALID_FIELD.
    const QString typeName = object.left(1).toUpper() + object.mid(1);
    const QStringList fields = m.captured(1).split(QLatin1Char(','));
    QJsonArray records;
    for (const QJsonObject &row : std::as_const(rows)) {
        QJsonObject record{{QStringLiteral("attributes"),
                            QJsonObject{{QStringLiteral("type"), typeName},
                                        {QStringLiteral("url"),
                                         QStringLiteral("/services/data/v%1/sobjects/%2/%3")
                                             .arg(version, typeName,
                                                  row.value(QStringLiteral("Id")).toString())}}}};
        qsizetype column = m.capturedStart(1);
        for (const QString &raw : fields) {
            const QString field = raw.trimmed();
            QString key;
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (it.key().compare(field, Qt::CaseInsensitive) == 0)
                    key = it.key();
            }
            if (key.isEmpty()) {
                return wire::restError(
                    400, "INVALID_FIELD",
                    soqlError(soql,
                              column +
                                  (raw.size() - raw.trimmed().size() > 0 ? raw.indexOf(field) : 0),
                              QStringLiteral(
                                  "No such column '%1' on entity '%2'. If you are attempting to "
                                  "use a custom field, be sure to append the '__c' after the "
                                  "custom field name. Please reference your WSDL or the describe "
                                  "call for the appropriate names.")
                                  .arg(field, typeName)));
            }
            record.insert(key, row.value(key));
            column += raw.size() + 1;
        }
        records.append(record);
    }
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("totalSize"), records.size()},
                                       {QStringLiteral("done"), true},
                                       {QStringLiteral("records"), records}}));
}

} // namespace sfemu
