#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QUrlQuery>

namespace sfconnect {

/// Everything that can go wrong while signing in, refreshing, revoking or probing, in one type:
/// what kind of failure, at which stage, the HTTP status, Salesforce's own code and text, and a
/// stable problem id that the troubleshooting knowledge base keys on.
class AuthError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(AuthError)

public:
    enum class Kind {
        None,
        Network,           ///< connection refused, reset, no route
        HostNotFound,      ///< DNS
        Tls,               ///< certificate or handshake
        Timeout,           ///< no answer in time
        Cancelled,         ///< the user stopped it
        OAuth,             ///< {"error":…,"error_description":…} or an error redirect
        Rest,              ///< [{"errorCode":…,"message":…}] or identity's plain-text errors
        Maintenance,       ///< Salesforce's HTML maintenance page
        MalformedResponse, ///< an answer sfconnect cannot read, or a signature that does not match
        Configuration,     ///< something in the connection's settings (domain, key, port)
        Browser,           ///< the browser part of the sign-in (listener, state, time-out)
    };
    Q_ENUM(Kind)

    enum class Stage {
        Configuration,
        Authorization,
        TokenRequest,
        Refresh,
        Revoke,
        Identity,
        Probe
    };
    Q_ENUM(Stage)

    AuthError() = default;
    AuthError(Kind kind, Stage stage, QString code, QString description, int httpStatus = 0)
        : m_kind(kind)
        , m_stage(stage)
        , m_httpStatus(httpStatus)
        , m_code(std::move(code))
        , m_description(std::move(description))
    {}

    /// Reads a finished reply: transport errors, then the body's shape (OAuth JSON, REST array,
    /// plain text, HTML maintenance page). Returns Kind::None for a 2xx answer.
    static AuthError fromReply(QNetworkReply *reply, const QByteArray &body, Stage stage);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    Stage stage() const { return m_stage; }
    int httpStatus() const { return m_httpStatus; }
    /// Salesforce's `error` or `errorCode`, or sfconnect's own code for local failures.
    QString code() const { return m_code; }
    /// Salesforce's `error_description` or `message`, or sfconnect's technical detail.
    QString description() const { return m_description; }

    /// A stable id such as "oauth.invalid_grant.authentication_failure" or
    /// "rest.INVALID_SESSION_ID" or "network.host_not_found".
    QString problemId() const;
    /// What happened, in plain words for the person at the screen.
    QString message() const;
    /// The refresh token is gone (expired, revoked, rotated out): the user must sign in again.
    bool needsSignIn() const;
    /// One line for logs and reports: stage, status, code and description (never a secret).
    QString summary() const;

private:
    Kind m_kind = Kind::None;
    Stage m_stage = Stage::Configuration;
    int m_httpStatus = 0;
    QString m_code;
    QString m_description;
};

} // namespace sfconnect
