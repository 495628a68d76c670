#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace sfconnect {

/// Where a connection signs in: Salesforce's production or sandbox login host, or a
/// custom domain (My Domain, Experience Cloud site, or the local org emulator).
class LoginEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(LoginEnvironment)

public:
    enum class Kind { Production, Sandbox, Custom };

    /// What the custom-domain normaliser made of what someone typed or pasted.
    struct Normalized
    {
        QUrl loginUrl;   ///< e.g. https://acme.my.salesforce.com; empty when refused
        QString problem; ///< why it was refused, in plain words; empty when accepted
        QUrl suggestion; ///< a URL that would work instead, when there is one
        bool ok() const { return problem.isEmpty(); }
    };

    static LoginEnvironment production();
    static LoginEnvironment sandbox();
    /// A custom domain; check normalize() first, this one assumes the URL is already sound.
    static LoginEnvironment custom(const QUrl &loginUrl);
    /// The environment of @p kind; @p customUrl is used only for Kind::Custom.
    static LoginEnvironment of(Kind kind, const QUrl &customUrl);

    /// Turns what people paste (a bare host, a URL with a path, a sandbox or site host) into a
    /// login URL, or says precisely why it cannot: http, user:pass@, IP literals, Lightning
    /// and Setup hosts, hosts that are not Salesforce's. Plain http is accepted for loopback
    /// only (the local org emulator).
    static Normalized normalize(const QString &input);

    Kind kind() const { return m_kind; }
    QUrl loginUrl() const { return m_loginUrl; }

    /// The JWT audience Salesforce expects for this environment: the generic login host of
    /// its kind (test for sandboxes, login otherwise), or the emulator's own URL.
    QString defaultAudience() const;
    /// True for the local org emulator (plain http on loopback).
    bool isLoopback() const;
    /// http(s) on localhost, 127.0.0.0/8 or ::1: the only place sfconnect speaks plain http to.
    static bool isLoopbackUrl(const QUrl &url);

    /// "production", "sandbox" or "custom", as stored in the metadata file.
    QString kindName() const;
    static bool kindFromName(const QString &name, Kind *kind);

    friend bool operator==(const LoginEnvironment &, const LoginEnvironment &) = default;

private:
    LoginEnvironment(Kind kind, QUrl url)
        : m_kind(kind)
        , m_loginUrl(std::move(url))
    {}

    Kind m_kind = Kind::Production;
    QUrl m_loginUrl;
};

} // namespace sfconnect
