#pragma once

#include <QByteArray>

namespace sfconnect {

/// A PKCE (RFC 7636) verifier and its S256 challenge.
///
/// Qt 6.4's QOAuth2AuthorizationCodeFlow has no PKCE of its own; the flow adds these two
/// values through setModifyParametersFunction().
struct Pkce
{
    QByteArray verifier;  ///< base64url, no padding, 43..128 characters
    QByteArray challenge; ///< base64url(SHA-256(verifier)), no padding

    /// A fresh pair from the system CSPRNG. @p randomBytes must be 32..96, which yields a
    /// verifier of 43..128 characters as RFC 7636 requires.
    static Pkce generate(int randomBytes = 32);

    /// The S256 challenge for @p verifier.
    static QByteArray challengeFor(const QByteArray &verifier);
};

} // namespace sfconnect
