#include "Cli.h"

#include "AuthReply.h"
#include "ConnectionManager.h"
#include "ConnectionStore.h"
#include "KeychainSecretStore.h"
#include "RsaKey.h"
#include "TokenClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace sfconnect {

namespace {

const QStringList kCommands = {QStringLiteral("list"),   QStringLiteral("check"),
                               QStringLiteral("show"),   QStringLiteral("add"),
                               QStringLiteral("export"), QStringLiteral("import")};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// The stable JSON of one connection (docs/cli.md). Never a secret.
QJsonObject toJson(const Connection &c, ConnectionStatus status)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("environment"), c.loginEnvironment().kindName()},
        {QStringLiteral("loginUrl"), c.loginUrl.toString()},
        {QStringLiteral("method"), authMethodKey(c.method)},
        {QStringLiteral("username"), c.username},
        {QStringLiteral("clientId"), c.clientId},
        {QStringLiteral("instanceUrl"), c.instanceUrl},
        {QStringLiteral("orgId"), c.orgId},
        {QStringLiteral("userId"), c.userId},
        {QStringLiteral("apiVersion"), c.apiVersion},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(c.scopes)},
        {QStringLiteral("status"), connectionStatusKey(status)},
        {QStringLiteral("statusText"), connectionStatusText(status)},
        {QStringLiteral("lastChecked"), iso(c.lastCheckedAt)},
        {QStringLiteral("lastConnected"), iso(c.lastConnectedAt)},
        {QStringLiteral("lastErrorProblemId"), c.lastErrorProblemId},
        {QStringLiteral("lastError"), c.lastErrorText},
    };
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

const Connection *byName(const ConnectionStore &store, const QString &name)
{
    for (const Connection &c : store.connections()) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0 ||
            c.id.toString(QUuid::WithoutBraces) == name)
            return &c;
    }
    return nullptr;
}

int usage(const QString &message)
{
    err() << "sfconnect: " << message << Qt::endl;
    return Cli::UsageOrKeychain;
}

template <typename Job>
void waitFor(Job *job)
{
    if (job->isFinished()) {
        QCoreApplication::processEvents();
        return;
    }
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Context
{
    KeychainSecretStore secrets;
    ConnectionStore store{ConnectionStore::defaultDirectory(), &secrets};
    QNetworkAccessManager nam;
    TokenClient client{&nam};

    Context()
    {
        store.load();
        for (const QString &notice : store.notices())
            err() << "sfconnect: " << notice << Qt::endl;
    }
};

int list(Context &ctx, bool json)
{
    if (json) {
        QJsonArray all;
        for (const Connection &c : ctx.store.connections())
            all.append(toJson(c, c.lastStatus));
        printJson(QJsonObject{{QStringLiteral("connections"), all}});
        return Cli::Ok;
    }
    if (ctx.store.connections().isEmpty()) {
        out() << Cli::tr(
                     "No connections yet. Add one with the window, or with: sfconnect add --help")
              << Qt::endl;
        return Cli::Ok;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                 .arg(Cli::tr("NAME"), -32)
                 .arg(Cli::tr("ENVIRONMENT"), -11)
                 .arg(Cli::tr("METHOD"), -8)
                 .arg(Cli::tr("USER"), -28)
                 .arg(Cli::tr("STATUS"), -20)
                 .arg(Cli::tr("LAST CHECKED"))
          << Qt::endl;
    for (const Connection &c : ctx.store.connections()) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(c.name, -32)
                     .arg(c.loginEnvironment().kindName(), -11)
                     .arg(authMethodKey(c.method), -8)
                     .arg(c.username, -28)
                     .arg(connectionStatusText(c.lastStatus), -20)
                     .arg(c.lastCheckedAt.isValid()
                              ? c.lastCheckedAt.toLocalTime().toString(Qt::ISODate)
                              : Cli::tr("never"))
              << Qt::endl;
    }
    return Cli::Ok;
}

int show(Context &ctx, const QString &name, bool json)
{
    const Connection *c = byName(ctx.store, name);
    if (!c)
        return usage(Cli::tr("there is no connection named \"%1\"").arg(name));
    const QJsonObject o = toJson(*c, c->lastStatus);
    if (json) {
        printJson(o);
        return Cli::Ok;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString value = it.value().isArray()
                                  ? it.value().toVariant().toStringList().join(QLatin1Char(' '))
                                  : it.value().toVariant().toString();
        out() << QStringLiteral("%1 %2").arg(it.key() + QLatin1Char(':'), -20).arg(value)
              << Qt::endl;
    }
    return Cli::Ok;
}

int check(Context &ctx, const QStringList &names, bool all, bool json)
{
    QList<QUuid> ids;
    if (all) {
        for (const Connection &c : ctx.store.connections())
            ids << c.id;
    } else {
        for (const QString &name : names) {
            const Connection *c = byName(ctx.store, name);
            if (!c)
                return usage(Cli::tr("there is no connection named \"%1\"").arg(name));
            ids << c->id;
        }
    }
    if (ids.isEmpty())
        return usage(all ? Cli::tr("there are no connections to check")
                         : Cli::tr("name a connection, or use --all"));

    ConnectionManager manager(&ctx.store, &ctx.client);
    QJsonArray results;
    bool allConnected = true;
    bool keychainTrouble = false;
    QEventLoop loop;
    QObject::connect(
        &manager, &ConnectionManager::checkFinished, &loop,
        [&](const QUuid &id, ConnectionStatus status, const AuthError &error) {
            const Connection *c = ctx.store.find(id);
            allConnected = allConnected && status == ConnectionStatus::Connected;
            keychainTrouble = keychainTrouble || status == ConnectionStatus::KeychainUnavailable;
            if (json) {
                results.append(toJson(*c, status));
            } else {
                out() << QStringLiteral("%1  %2%3")
                             .arg(c->name, -32)
                             .arg(connectionStatusText(status))
                             .arg(error.isError() ? QStringLiteral(" — ") + error.message()
                                                  : QString())
                      << Qt::endl;
            }
        });
    QObject::connect(&manager, &ConnectionManager::idle, &loop, &QEventLoop::quit);
    for (const QUuid &id : ids)
        manager.check(id);
    if (manager.isBusy())
        loop.exec();
    QString saveError;
    if (!ctx.store.flush(&saveError))
        err() << "sfconnect: " << saveError << Qt::endl;
    if (json)
        printJson(QJsonObject{{QStringLiteral("results"), results}});
    if (keychainTrouble)
        return Cli::UsageOrKeychain;
    return allConnected ? Cli::Ok : Cli::NotAllConnected;
}

QString readLine(QTextStream &in)
{
    const QString line = in.readLine();
    return line.isNull() ? QString() : line;
}

int add(Context &ctx, const QCommandLineParser &p)
{
    AuthMethod method;
    if (!authMethodFromKey(p.value(QStringLiteral("method")), &method) ||
        (method != AuthMethod::Jwt && method != AuthMethod::Password))
        return usage(
            Cli::tr("--method must be jwt or password (browser sign-ins start in the window)"));
    Connection c;
    c.id = QUuid::createUuid();
    c.name = p.value(QStringLiteral("name")).trimmed();
    c.method = method;
    c.clientId = p.value(QStringLiteral("client-id")).trimmed();
    c.username = p.value(QStringLiteral("username")).trimmed();
    c.audience = p.value(QStringLiteral("audience")).trimmed();
    c.createdAt = QDateTime::currentDateTimeUtc();
    if (c.name.isEmpty() || c.clientId.isEmpty() || c.username.isEmpty())
        return usage(Cli::tr("--name, --client-id and --username are needed"));
    if (p.isSet(QStringLiteral("domain"))) {
        const auto normalized = LoginEnvironment::normalize(p.value(QStringLiteral("domain")));
        if (!normalized.ok())
            return usage(normalized.problem);
        c.environment = LoginEnvironment::Kind::Custom;
        c.loginUrl = normalized.loginUrl;
    } else {
        const QString env = p.value(QStringLiteral("environment"));
        if (env == QLatin1String("sandbox")) {
            c.environment = LoginEnvironment::Kind::Sandbox;
            c.loginUrl = LoginEnvironment::sandbox().loginUrl();
        } else if (env.isEmpty() || env == QLatin1String("production")) {
            c.environment = LoginEnvironment::Kind::Production;
            c.loginUrl = LoginEnvironment::production().loginUrl();
        } else {
            return usage(Cli::tr("--environment must be production or sandbox (or use --domain)"));
        }
    }

    ConnectionSecrets secrets;
    AuthReply *reply = nullptr;
    QTextStream in(stdin);
    if (method == AuthMethod::Jwt) {
        QFile keyFile(p.value(QStringLiteral("key-file")));
        if (!keyFile.open(QIODevice::ReadOnly))
            return usage(Cli::tr("--key-file: cannot read %1").arg(keyFile.fileName()));
        QString keyError;
        const RsaKey key = RsaKey::fromText(keyFile.readAll(), &keyError);
        if (key.isNull())
            return usage(keyError);
        secrets.privateKey = QString::fromLatin1(key.toBase64());
        reply =
            ctx.client.jwtBearer(c.loginEnvironment(), c.clientId, c.username, key,
                                 c.audience.isEmpty() ? QStringList() : QStringList{c.audience});
    } else {
        // Never from an argument: other users can read a process's command line.
        secrets.password = readLine(in);
        secrets.securityToken = readLine(in);
        secrets.clientSecret = readLine(in);
        if (secrets.password.isEmpty())
            return usage(
                Cli::tr("give the password on standard input (then the security token and the "
                        "client secret, one per line)"));
        reply = ctx.client.password(c.loginEnvironment(), c.clientId, secrets.clientSecret,
                                    c.username, secrets.password, secrets.securityToken);
    }
    reply->setParent(&ctx.client);
    waitFor(reply);
    if (!reply->ok()) {
        err() << "sfconnect: " << Cli::tr("sign-in failed: %1").arg(reply->error().message())
              << Qt::endl;
        return Cli::NotAllConnected;
    }
    const TokenSet &t = reply->tokens();
    secrets.accessToken = t.accessToken;
    c.instanceUrl = t.instanceUrl;
    c.orgId = t.orgId;
    c.userId = t.userId;
    c.scopes = t.scopes;
    c.lastStatus = ConnectionStatus::Connected;
    c.lastCheckedAt = c.lastConnectedAt = QDateTime::currentDateTimeUtc();
    StoreJob *job = ctx.store.add(c, secrets);
    job->setParent(&ctx.store);
    waitFor(job);
    if (!job->ok()) {
        err() << "sfconnect: " << job->errorText() << Qt::endl;
        return Cli::UsageOrKeychain;
    }
    out() << Cli::tr("Added \"%1\": connected to %2 as %3.").arg(c.name, c.instanceUrl, c.username)
          << Qt::endl;
    return Cli::Ok;
}

int exportTo(Context &ctx, const QString &path)
{
    QString error;
    if (!ctx.store.exportTo(path, {}, &error))
        return usage(error);
    out() << Cli::tr("Exported %n connection(s) to %1 (no secrets).", nullptr,
                     int(ctx.store.connections().size()))
                 .arg(path)
          << Qt::endl;
    return Cli::Ok;
}

int importFrom(Context &ctx, const QString &path)
{
    const ImportReport report = ctx.store.importFrom(path);
    if (!report.error.isEmpty())
        return usage(report.error);
    out() << Cli::tr("Imported %n connection(s).", nullptr, report.added) << Qt::endl;
    for (const auto &[entry, why] : report.rejected)
        err() << Cli::tr("Refused %1: %2").arg(entry, why) << Qt::endl;
    return report.rejected.isEmpty() ? Cli::Ok : Cli::NotAllConnected;
}

} // namespace

bool Cli::handles(const QStringList &arguments)
{
    // Anything that is not an option is a command, known or not: never open a window for a typo.
    return !arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-'));
}

int Cli::run(const QStringList &arguments)
{
    const QString command = arguments.first();
    if (!kCommands.contains(command))
        return usage(tr("unknown command \"%1\"; the commands are %2")
                         .arg(command, kCommands.join(QStringLiteral(", "))));
    // A command's output is its answer: progress notes stay out unless asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sfconnect.*.info=false"));
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("sfconnect %1: manage Salesforce connections from the command line.").arg(command));
    p.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (see docs/cli.md)."));
    const QCommandLineOption all(QStringLiteral("all"), tr("Check every connection."));
    const QCommandLineOption method(QStringLiteral("method"), tr("jwt or password."),
                                    QStringLiteral("METHOD"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The connection's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      tr("The app's client id (consumer key)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption username(QStringLiteral("username"), tr("The Salesforce username."),
                                      QStringLiteral("USER"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     tr("JWT: the private key (PEM or base64)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption environment(QStringLiteral("environment"),
                                         tr("production (default) or sandbox."),
                                         QStringLiteral("ENV"));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    tr("A My Domain instead of an environment."),
                                    QStringLiteral("URL"));
    const QCommandLineOption audience(QStringLiteral("audience"), tr("JWT: an explicit audience."),
                                      QStringLiteral("URL"));
    if (command == QLatin1String("list") || command == QLatin1String("show"))
        p.addOption(json);
    if (command == QLatin1String("check")) {
        p.addOption(json);
        p.addOption(all);
    }
    if (command == QLatin1String("add")) {
        for (const auto &o :
             {method, name, clientId, username, keyFile, environment, domain, audience})
            p.addOption(o);
    }
    p.addPositionalArgument(QStringLiteral("command"),
                            tr("list, check, show, add, export or import"));
    // QCommandLineParser takes the program's name first.
    if (!p.parse(QStringList{QStringLiteral("sfconnect")} + arguments))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    const QStringList rest = p.positionalArguments().mid(1);

    Context ctx;
    if (command == QLatin1String("list"))
        return rest.isEmpty() ? list(ctx, p.isSet(json)) : usage(tr("list takes no names"));
    if (command == QLatin1String("show"))
        return rest.size() == 1 ? show(ctx, rest.first(), p.isSet(json))
                                : usage(tr("show takes one name"));
    if (command == QLatin1String("check")) {
        if (p.isSet(all) == !rest.isEmpty())
            return usage(tr("check takes names, or --all"));
        return check(ctx, rest, p.isSet(all), p.isSet(json));
    }
    if (command == QLatin1String("add"))
        return rest.isEmpty() ? add(ctx, p)
                              : usage(tr("add takes options only; see sfconnect add --help"));
    if (ctx.store.isReadOnly() && command != QLatin1String("export"))
        return usage(ctx.store.readOnlyReason());
    if (rest.size() != 1)
        return usage(tr("%1 takes one file").arg(command));
    return command == QLatin1String("export") ? exportTo(ctx, rest.first())
                                              : importFrom(ctx, rest.first());
}

} // namespace sfconnect
