#pragma once

#include <QString>

namespace sfconnect {

/// Removes secrets from text before it is logged, shown in a report or attached to a ticket.
///
/// It masks Salesforce session ids (`00D…!…`), bearer and basic credentials, PEM private
/// keys, and the values of secret-bearing parameters (access_token, refresh_token,
/// client_secret, password, code, code_verifier, assertion, …) whether they appear in a URL
/// query, a form body or JSON. Org ids, user ids, usernames and host names stay readable:
/// support needs them.
class Redactor
{
public:
    static QString redact(const QString &text);
    static QString redact(const QByteArray &utf8) { return redact(QString::fromUtf8(utf8)); }

    /// The mask that replaces a secret.
    static QString mask() { return QStringLiteral("***"); }
};

} // namespace sfconnect
