#pragma once

#include "AuthError.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sfconnect {

/// What the token endpoint hands out, read field by field (the reference's token response).
struct TokenSet
{
    QString accessToken;
    QString refreshToken; ///< empty: none issued (password, JWT, a non-rotating refresh)
    QString instanceUrl;
    QString identityUrl; ///< `id`: https://login.salesforce.com/id/<org>/<user>
    QString orgId;       ///< from `id`
    QString userId;      ///< from `id`
    QString tokenType;
    QString signature;
    QString idToken;
    QString issuedAtText; ///< `issued_at` exactly as sent (the signature covers it)
    QDateTime issuedAt;
    QStringList scopes;

    /// Reads a token response. Missing fields, an `id` that is no identity URL, or an instance
    /// URL that is not https are refused; plain http on loopback only with @p allowLoopbackHttp
    /// (when the sign-in itself went to the local emulator).
    static bool parse(const QByteArray &json, AuthError::Stage stage, bool allowLoopbackHttp,
                      TokenSet *out, AuthError *error);

    /// Checks `signature` = base64(HMAC-SHA256(client secret, id + issued_at)).
    bool signatureMatches(const QString &clientSecret) const;
    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
};

} // namespace sfconnect
