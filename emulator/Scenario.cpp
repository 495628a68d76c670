#include "Scenario.h"

#include "Crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace sfemu {

namespace {

// Reads the fields of one JSON object into a struct, remembering the path for error messages
// and refusing fields it was not asked about.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    void string(const char *key, QString *out)
    {
        read(key, QJsonValue::String, [&](auto v) { *out = v.toString(); });
    }
    void boolean(const char *key, bool *out)
    {
        read(key, QJsonValue::Bool, [&](auto v) { *out = v.toBool(); });
    }
    void integer(const char *key, int *out, int min, int max)
    {
        read(key, QJsonValue::Double, [&](auto v) {
            const double d = v.toDouble();
            // Range first: converting a huge double to an integer is undefined behaviour.
            if (d < min || d > max || d != double(qint64(d)))
                fail(key,
                     QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
            else
                *out = int(d);
        });
    }
    void rate(const char *key, double *out)
    {
        read(key, QJsonValue::Double, [&](auto v) {
            if (v.toDouble() < 0 || v.toDouble() > 1)
                fail(key, QStringLiteral("expected a share from 0 to 1"));
            else
                *out = v.toDouble();
        });
    }
    void strings(const char *key, QStringList *out)
    {
        read(key, QJsonValue::Array, [&](auto v) {
            QStringList list;
            for (const QJsonValue &item : v.toArray()) {
                if (!item.isString()) {
                    fail(key, QStringLiteral("expected a list of strings"));
                    return;
                }
                list << item.toString();
            }
            *out = list;
        });
    }
    /// Calls @p fn with a Reader for the nested object @p key, if present.
    template <typename Fn>
    void object(const char *key, Fn fn)
    {
        read(key, QJsonValue::Object, [&](auto v) {
            Reader nested(v.toObject(), at(key));
            fn(nested);
            nested.finish();
            if (!nested.ok())
                m_error = nested.error();
        });
    }

    /// Calls @p fn with a Reader for each object in the list @p key, if present.
    template <typename Fn>
    void array(const char *key, Fn fn)
    {
        read(key, QJsonValue::Array, [&](auto v) {
            const QJsonArray items = v.toArray();
            for (int i = 0; i < items.size() && ok(); ++i) {
                const QString path = QStringLiteral("%1[%2]").arg(at(key)).arg(i);
                if (!items[i].isObject()) {
                    m_error = path + QStringLiteral(": expected an object");
                    return;
                }
                Reader nested(items[i].toObject(), path);
                fn(nested, i);
                nested.finish();
                if (!nested.ok())
                    m_error = nested.error();
            }
        });
    }

    void fail(const char *key, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(at(key), why);
    }
    void finish()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_seen.contains(it.key()) && m_error.isEmpty())
                m_error = QStringLiteral("%1: unknown field").arg(at(qPrintable(it.key())));
        }
    }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString at(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromUtf8(key)
                                : m_path + QLatin1Char('.') + QString::fromUtf8(key);
    }

private:
    template <typename Fn>
    void read(const char *key, QJsonValue::Type type, Fn fn)
    {
        const QString k = QString::fromUtf8(key);
        m_seen.insert(k);
        if (!m_error.isEmpty() || !m_object.contains(k))
            return;
        const QJsonValue v = m_object.value(k);
        if (v.type() != type) {
            static const QHash<QJsonValue::Type, QString> names{
                {QJsonValue::String, QStringLiteral("a string")},
                {QJsonValue::Bool, QStringLiteral("true or false")},
                {QJsonValue::Double, QStringLiteral("a number")},
                {QJsonValue::Array, QStringLiteral("a list")},
                {QJsonValue::Object, QStringLiteral("an object")}};
            fail(key, QStringLiteral("expected %1").arg(names.value(type)));
            return;
        }
        fn(v);
    }

    QJsonObject m_object;
    QString m_path;
    QString m_error;
    QSet<QString> m_seen;
};

bool finishReader(Reader &r, QString *error)
{
    r.finish();
    if (r.ok())
        return true;
    if (error)
        *error = r.error();
    return false;
}

bool isSalesforceId(const QString &id, const char *prefix)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9]{18}$"));
    return id.startsWith(QLatin1String(prefix)) && shape.match(id).hasMatch();
}

void readOrg(Reader &r, Org *org)
{
    r.string("id", &org->id);
    r.string("name", &org->name);
    r.string("myDomain", &org->myDomain);
    r.string("type", &org->type);
    r.strings("apiVersions", &org->apiVersions);
    r.integer("sessionTimeoutMinutes", &org->sessionTimeoutMinutes, 1, 60 * 24);
    r.object("settings", [&](Reader &s) {
        s.boolean("passwordFlowBlocked", &org->settings.passwordFlowBlocked);
        s.boolean("pkceRequired", &org->settings.pkceRequired);
        s.boolean("genericLoginHostsBlocked", &org->settings.genericLoginHostsBlocked);
    });
    if (!r.ok())
        return;
    if (!isSalesforceId(org->id, "00D"))
        r.fail("id", QStringLiteral("an org id has 18 letters and digits and starts with 00D"));
    else if (org->type != QLatin1String("production") && org->type != QLatin1String("sandbox"))
        r.fail("type", QStringLiteral("expected \"production\" or \"sandbox\""));
    else if (org->apiVersions.isEmpty())
        r.fail("apiVersions", QStringLiteral("at least one API version is needed"));
    for (const QString &v : org->apiVersions) {
        static const QRegularExpression version(QStringLiteral("^[0-9]{2,3}\\.0$"));
        if (!version.match(v).hasMatch())
            r.fail("apiVersions", QStringLiteral("\"%1\" is not a version like 62.0").arg(v));
    }
}

void readUser(Reader &r, User *user)
{
    r.string("id", &user->id);
    r.string("username", &user->username);
    r.string("password", &user->password);
    r.string("securityToken", &user->securityToken);
    r.boolean("active", &user->active);
    r.boolean("apiEnabled", &user->apiEnabled);
    r.boolean("apiCurrentlyDisabled", &user->apiCurrentlyDisabled);
    r.string("mfaCode", &user->mfaCode);
    r.string("totpSecret", &user->totpSecret);
    r.string("profile", &user->profile);
    r.string("firstName", &user->firstName);
    r.string("lastName", &user->lastName);
    r.string("email", &user->email);
    if (!r.ok())
        return;
    if (user->username.isEmpty())
        r.fail("username", QStringLiteral("required"));
    else if (!user->id.isEmpty() && !isSalesforceId(user->id, "005"))
        r.fail("id", QStringLiteral("a user id has 18 letters and digits and starts with 005"));
    else if (!user->totpSecret.isEmpty() && Crypto::base32Decode(user->totpSecret).isEmpty())
        r.fail("totpSecret", QStringLiteral("not a base32 secret"));
}

void readApp(Reader &r, App *app, const QString &baseDir)
{
    r.string("name", &app->name);
    r.string("consumerKey", &app->consumerKey);
    r.string("consumerSecret", &app->consumerSecret);
    r.strings("callbackUrls", &app->callbackUrls);
    r.strings("scopes", &app->scopes);
    r.object("flows", [&](Reader &f) {
        f.boolean("authorizationCode", &app->authorizationCodeFlow);
        f.boolean("password", &app->passwordFlow);
        f.boolean("jwt", &app->jwtFlow);
    });
    r.boolean("requireSecret", &app->requireSecret);
    r.boolean("pkceRequired", &app->pkceRequired);
    r.boolean("installed", &app->installed);
    r.boolean("adminApproved", &app->adminApproved);
    r.strings("preAuthorizedProfiles", &app->preAuthorizedProfiles);
    r.string("certificate", &app->certificate);
    QString certificateFile;
    r.string("certificateFile", &certificateFile);
    r.object("refreshTokenPolicy", [&](Reader &p) {
        QString mode;
        int seconds = int(app->refreshTokenPolicy.seconds);
        p.string("mode", &mode);
        p.integer("seconds", &seconds, 1, 365 * 24 * 3600);
        app->refreshTokenPolicy.seconds = seconds;
        if (mode == QLatin1String("untilRevoked"))
            app->refreshTokenPolicy.mode = RefreshTokenPolicy::Mode::UntilRevoked;
        else if (mode == QLatin1String("expiresAfter"))
            app->refreshTokenPolicy.mode = RefreshTokenPolicy::Mode::ExpiresAfter;
        else if (mode == QLatin1String("rotating"))
            app->refreshTokenPolicy.mode = RefreshTokenPolicy::Mode::Rotating;
        else if (!mode.isEmpty())
            p.fail("mode", QStringLiteral("expected untilRevoked, expiresAfter or rotating"));
    });
    r.integer("propagationSeconds", &app->propagationSeconds, 0, 24 * 3600);
    if (!r.ok())
        return;
    if (!certificateFile.isEmpty()) {
        QFile file(QDir(baseDir).filePath(certificateFile));
        if (!file.open(QIODevice::ReadOnly)) {
            r.fail("certificateFile", QStringLiteral("cannot read %1").arg(file.fileName()));
            return;
        }
        app->certificate = QString::fromUtf8(file.readAll());
    }
    if (app->consumerKey.isEmpty())
        r.fail("consumerKey", QStringLiteral("required"));
    else if (!app->certificate.isEmpty() && !Crypto::isCertificate(app->certificate.toUtf8()))
        r.fail("certificate", QStringLiteral("not a PEM X.509 certificate"));
}

void readFaults(Reader &r, Faults *f)
{
    r.integer("latencyMs", &f->latencyMs, 0, 600000);
    r.integer("jitterMs", &f->jitterMs, 0, 600000);
    r.rate("errorRate", &f->errorRate);
    r.rate("maintenanceRate", &f->maintenanceRate);
    r.rate("resetRate", &f->resetRate);
    r.rate("silentRate", &f->silentRate);
    r.rate("malformedJsonRate", &f->malformedJsonRate);
    r.boolean("loginRateExceeded", &f->loginRateExceeded);
    r.strings("paths", &f->paths);
}

QString generatedUserId(int index)
{
    return QStringLiteral("005%1AAA").arg(index, 12, 10, QLatin1Char('0'));
}

} // namespace

QString Org::genericLoginHost() const
{
    return isSandbox() ? QStringLiteral("https://test.salesforce.com")
                       : QStringLiteral("https://login.salesforce.com");
}

Scenario Scenario::defaults()
{
    Scenario s;
    QString error;
    const bool ok = fromFile(QStringLiteral(":/sfemu/scenarios/default.json"), &s, &error);
    Q_ASSERT_X(ok, "Scenario::defaults", qPrintable(error));
    return s;
}

bool Scenario::fromFile(const QString &path, Scenario *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    // A certificateFile in the built-in scenario is relative to the emulator's resources.
    const QString baseDir = path.startsWith(QLatin1Char(':')) ? QStringLiteral(":/sfemu")
                                                              : QFileInfo(path).absolutePath();
    if (fromJson(doc.object(), out, error, baseDir))
        return true;
    if (error)
        *error = path + QStringLiteral(": ") + *error;
    return false;
}

bool Scenario::fromJson(const QJsonObject &json, Scenario *out, QString *error,
                        const QString &baseDir)
{
    Scenario s;
    Reader r(json, QString());
    r.object("org", [&](Reader &o) { readOrg(o, &s.org); });
    r.array("users", [&](Reader &u, int index) {
        User user;
        readUser(u, &user);
        if (user.id.isEmpty())
            user.id = generatedUserId(index + 1);
        s.users.append(user);
    });
    r.array("apps", [&](Reader &a, int) {
        App app;
        readApp(a, &app, baseDir);
        s.apps.append(app);
    });
    r.object("faults", [&](Reader &f) { readFaults(f, &s.faults); });
    if (!finishReader(r, error))
        return false;

    QSet<QString> names, ids, keys;
    for (const User &u : std::as_const(s.users)) {
        if (names.contains(u.username.toLower()) || ids.contains(u.id)) {
            if (error)
                *error = QStringLiteral("users: %1 appears twice").arg(u.username);
            return false;
        }
        names.insert(u.username.toLower());
        ids.insert(u.id);
    }
    for (const App &a : std::as_const(s.apps)) {
        if (keys.contains(a.consumerKey)) {
            if (error)
                *error = QStringLiteral("apps: consumer key %1 appears twice").arg(a.consumerKey);
            return false;
        }
        keys.insert(a.consumerKey);
    }
    *out = s;
    return true;
}

QJsonObject Scenario::toJson() const
{
    QJsonArray usersJson;
    for (const User &u : users) {
        usersJson.append(QJsonObject{
            {QStringLiteral("id"), u.id},
            {QStringLiteral("username"), u.username},
            {QStringLiteral("password"), u.password},
            {QStringLiteral("securityToken"), u.securityToken},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("apiEnabled"), u.apiEnabled},
            {QStringLiteral("apiCurrentlyDisabled"), u.apiCurrentlyDisabled},
            {QStringLiteral("mfaCode"), u.mfaCode},
            {QStringLiteral("totpSecret"), u.totpSecret},
            {QStringLiteral("profile"), u.profile},
            {QStringLiteral("firstName"), u.firstName},
            {QStringLiteral("lastName"), u.lastName},
            {QStringLiteral("email"), u.email},
        });
    }
    QJsonArray appsJson;
    for (const App &a : apps) {
        static const char *modes[] = {"untilRevoked", "expiresAfter", "rotating"};
        QJsonObject policy{
            {QStringLiteral("mode"), QLatin1String(modes[int(a.refreshTokenPolicy.mode)])}};
        if (a.refreshTokenPolicy.mode == RefreshTokenPolicy::Mode::ExpiresAfter)
            policy.insert(QStringLiteral("seconds"), a.refreshTokenPolicy.seconds);
        appsJson.append(QJsonObject{
            {QStringLiteral("name"), a.name},
            {QStringLiteral("consumerKey"), a.consumerKey},
            {QStringLiteral("consumerSecret"), a.consumerSecret},
            {QStringLiteral("callbackUrls"), QJsonArray::fromStringList(a.callbackUrls)},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(a.scopes)},
            {QStringLiteral("flows"),
             QJsonObject{{QStringLiteral("authorizationCode"), a.authorizationCodeFlow},
                         {QStringLiteral("password"), a.passwordFlow},
                         {QStringLiteral("jwt"), a.jwtFlow}}},
            {QStringLiteral("requireSecret"), a.requireSecret},
            {QStringLiteral("pkceRequired"), a.pkceRequired},
            {QStringLiteral("installed"), a.installed},
            {QStringLiteral("adminApproved"), a.adminApproved},
            {QStringLiteral("preAuthorizedProfiles"),
             QJsonArray::fromStringList(a.preAuthorizedProfiles)},
            {QStringLiteral("certificate"), a.certificate},
            {QStringLiteral("refreshTokenPolicy"), policy},
            {QStringLiteral("propagationSeconds"), a.propagationSeconds},
        });
    }
    const OrgSettings &st = org.settings;
    return QJsonObject{
        {QStringLiteral("org"),
         QJsonObject{
             {QStringLiteral("id"), org.id},
             {QStringLiteral("name"), org.name},
             {QStringLiteral("myDomain"), org.myDomain},
             {QStringLiteral("type"), org.type},
             {QStringLiteral("apiVersions"), QJsonArray::fromStringList(org.apiVersions)},
             {QStringLiteral("sessionTimeoutMinutes"), org.sessionTimeoutMinutes},
             {QStringLiteral("settings"),
              QJsonObject{
                  {QStringLiteral("passwordFlowBlocked"), st.passwordFlowBlocked},
                  {QStringLiteral("pkceRequired"), st.pkceRequired},
                  {QStringLiteral("genericLoginHostsBlocked"), st.genericLoginHostsBlocked}}},
         }},
        {QStringLiteral("users"), usersJson},
        {QStringLiteral("apps"), appsJson},
        {QStringLiteral("faults"),
         QJsonObject{
             {QStringLiteral("latencyMs"), faults.latencyMs},
             {QStringLiteral("jitterMs"), faults.jitterMs},
             {QStringLiteral("errorRate"), faults.errorRate},
             {QStringLiteral("maintenanceRate"), faults.maintenanceRate},
             {QStringLiteral("resetRate"), faults.resetRate},
             {QStringLiteral("silentRate"), faults.silentRate},
             {QStringLiteral("malformedJsonRate"), faults.malformedJsonRate},
             {QStringLiteral("loginRateExceeded"), faults.loginRateExceeded},
             {QStringLiteral("paths"), QJsonArray::fromStringList(faults.paths)},
         }},
    };
}

bool Scenario::mergeOrg(const QJsonObject &json, Org *target, QString *error)
{
    Org copy = *target;
    Reader r(json, QStringLiteral("org"));
    readOrg(r, &copy);
    if (!finishReader(r, error))
        return false;
    *target = copy;
    return true;
}

bool Scenario::mergeUser(const QJsonObject &json, User *target, QString *error)
{
    User copy = *target;
    Reader r(json, QStringLiteral("user"));
    readUser(r, &copy);
    if (!finishReader(r, error))
        return false;
    *target = copy;
    return true;
}

bool Scenario::mergeApp(const QJsonObject &json, App *target, QString *error,
                        const QString &baseDir)
{
    App copy = *target;
    Reader r(json, QStringLiteral("app"));
    readApp(r, &copy, baseDir);
    if (!finishReader(r, error))
        return false;
    *target = copy;
    return true;
}

bool Scenario::mergeFaults(const QJsonObject &json, Faults *target, QString *error)
{
    Faults copy;
    Reader r(json, QStringLiteral("faults"));
    readFaults(r, &copy);
    if (!finishReader(r, error))
        return false;
    *target = copy;
    return true;
}

QString Scenario::nextUserId() const
{
    QSet<QString> taken;
    for (const User &u : users)
        taken.insert(u.id);
    for (int i = int(users.size()) + 1;; ++i) {
        if (!taken.contains(generatedUserId(i)))
            return generatedUserId(i);
    }
}

User *Scenario::user(const QString &username)
{
    for (User &u : users) {
        if (u.username.compare(username, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

const User *Scenario::userById(const QString &id) const
{
    for (const User &u : users) {
        // Salesforce accepts the 15- and the 18-character form of an id.
        if (u.id == id || (id.size() == 15 && u.id.startsWith(id)))
            return &u;
    }
    return nullptr;
}

App *Scenario::app(const QString &consumerKey)
{
    for (App &a : apps) {
        if (a.consumerKey == consumerKey)
            return &a;
    }
    return nullptr;
}

} // namespace sfemu
