#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sfconnect {

class RsaKey;

/// The JWT that the bearer flow presents: header {"alg":"RS256"}, claims iss (the app's client
/// id), sub (the username), aud (the login URL of the environment) and exp (seconds), signed
/// with RS256.
struct JwtAssertion
{
    QString issuer;
    QString subject;
    QString audience;
    QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(180);

    /// header.claims.signature, each base64url without padding; empty if signing failed.
    QByteArray sign(const RsaKey &key) const;
};

} // namespace sfconnect
