#include "Redactor.h"

#include <QRegularExpression>

namespace sfconnect {

namespace {

// Parameter names whose values are secret wherever they appear.
constexpr auto kSecretKeys = "access_token|refresh_token|id_token|client_secret|password|"
                             "security_token|code|code_verifier|assertion|token|oauth_token|"
                             "sid|signature|private_key|consumer_secret";

const QRegularExpression &pemKey()
{
    static const QRegularExpression re(QStringLiteral(
        "-----BEGIN ([A-Z ]*)PRIVATE KEY-----[\\s\\S]*?(?:-----END \\1PRIVATE KEY-----|$)"));
    return re;
}

const QRegularExpression &jsonField()
{
    static const QRegularExpression re(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\"|$)")
            .arg(QLatin1String(kSecretKeys)),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &formField()
{
    // key=value in a query string, a form body or a log line; stops at & whitespace " ' < or ,
    static const QRegularExpression re(QStringLiteral("(^|[?&\\s;,\"'(])((?:%1)=)[^&\\s\"'<>,;)]+")
                                           .arg(QLatin1String(kSecretKeys)),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &authorizationHeader()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(Bearer|Basic|OAuth)\\s+[A-Za-z0-9._~+/=!-]{8,}"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &sessionId()
{
    // A Salesforce session id: the 15-character org id, '!', then the opaque part.
    static const QRegularExpression re(
        QStringLiteral("\\b(00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)![A-Za-z0-9._-]+"));
    return re;
}

} // namespace

QString Redactor::redact(const QString &text)
{
    QString out = text;
    out.replace(pemKey(), QStringLiteral("[private key redacted]"));
    out.replace(jsonField(), QStringLiteral("\\1***\\2"));
    out.replace(formField(), QStringLiteral("\\1\\2***"));
    out.replace(authorizationHeader(), QStringLiteral("\\1 ***"));
    out.replace(sessionId(), QStringLiteral("\\1!***"));
    return out;
}

} // namespace sfconnect
