#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfemu {

/// What the emulated org is made of: the org, its users, its apps and the faults to play.
/// Read from a JSON scenario file (emulator/README.md documents every field).
struct OrgSettings
{
    bool passwordFlowBlocked = false;      ///< "Allow OAuth Username-Password Flows" is off
    bool pkceRequired = false;             ///< PKCE required for every app
    bool genericLoginHostsBlocked = false; ///< login/test.salesforce.com refused
};

struct Org
{
    QString id = QStringLiteral("00D000000000001EAA");
    QString name = QStringLiteral("sfconnect Demo Org");
    QString myDomain = QStringLiteral("sfconnect-demo");
    QString type = QStringLiteral("production"); ///< "production" or "sandbox"
    QStringList apiVersions = {QStringLiteral("60.0"), QStringLiteral("61.0"),
                               QStringLiteral("62.0")};
    int sessionTimeoutMinutes = 120;
    OrgSettings settings;

    bool isSandbox() const { return type == QLatin1String("sandbox"); }
    /// https://login.salesforce.com, or https://test.salesforce.com for a sandbox.
    QString genericLoginHost() const;
};

struct User
{
    QString id;
    QString username;
    QString password;
    QString securityToken;
    bool active = true;
    bool apiEnabled = true;
    bool apiCurrentlyDisabled = false; ///< REST answers API_CURRENTLY_DISABLED for this user
    QString mfaCode;
    QString totpSecret;
    QString profile = QStringLiteral("Standard User");
    QString firstName;
    QString lastName;
    QString email;

    bool needsMfa() const { return !mfaCode.isEmpty() || !totpSecret.isEmpty(); }
    QString displayName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

struct RefreshTokenPolicy
{
    enum class Mode { UntilRevoked, ExpiresAfter, Rotating };
    Mode mode = Mode::UntilRevoked;
    qint64 seconds = 0; ///< for ExpiresAfter
};

struct App
{
    QString name;
    QString consumerKey;
    QString consumerSecret;
    QStringList callbackUrls;
    QStringList scopes = {QStringLiteral("api"), QStringLiteral("refresh_token")};
    bool authorizationCodeFlow = true;
    bool passwordFlow = false;
    bool jwtFlow = false;
    bool requireSecret = true;
    bool pkceRequired = false;
    bool installed = true;
    bool adminApproved = false;
    QStringList preAuthorizedProfiles;
    QString certificate; ///< PEM
    RefreshTokenPolicy refreshTokenPolicy;
    int propagationSeconds = 0;

    /// The app checks its secret when it has one and requires it.
    bool checksSecret() const { return requireSecret && !consumerSecret.isEmpty(); }
};

struct Faults
{
    int latencyMs = 0;
    int jitterMs = 0;
    double errorRate = 0;
    double maintenanceRate = 0;
    double resetRate = 0;
    double silentRate = 0;
    double malformedJsonRate = 0;
    bool loginRateExceeded = false;
    QStringList paths;

    bool any() const
    {
        return latencyMs > 0 || jitterMs > 0 || errorRate > 0 || maintenanceRate > 0 ||
               resetRate > 0 || silentRate > 0 || malformedJsonRate > 0;
    }
};

struct Scenario
{
    Org org;
    QList<User> users;
    QList<App> apps;
    Faults faults;

    /// The built-in scenario: one user with MFA, a public app, a bring-your-own app and a JWT
    /// app with the shipped demo certificate.
    static Scenario defaults();

    /// Reads a scenario. Unknown fields and wrong types are refused with the field's path.
    /// "certificateFile" in an app is read relative to @p baseDir.
    static bool fromJson(const QJsonObject &json, Scenario *out, QString *error,
                         const QString &baseDir = {});
    static bool fromFile(const QString &path, Scenario *out, QString *error);
    QJsonObject toJson() const;

    /// Apply the fields present in @p json onto @p target (the others stay), for the control API;
    /// mergeFaults replaces the faults as a whole.
    static bool mergeOrg(const QJsonObject &json, Org *target, QString *error);
    static bool mergeUser(const QJsonObject &json, User *target, QString *error);
    static bool mergeApp(const QJsonObject &json, App *target, QString *error,
                         const QString &baseDir = {});
    static bool mergeFaults(const QJsonObject &json, Faults *target, QString *error);

    /// An id for the next user added without one.
    QString nextUserId() const;

    User *user(const QString &username);
    const User *userById(const QString &id) const;
    App *app(const QString &consumerKey);
};

} // namespace sfemu
