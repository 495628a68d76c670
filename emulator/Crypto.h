#pragma once

#include <QByteArray>
#include <QString>

namespace sfemu {

/// The emulator's own cryptography (OpenSSL and QtCore), independent of sfconnect's auth layer
/// so that the two cannot share a mistake.
namespace Crypto {

/// base64(HMAC-SHA256(key, message)), standard alphabet with padding: Salesforce's `signature`.
QByteArray signature(const QByteArray &key, const QByteArray &message);

/// True when @p pem holds an X.509 certificate with an RSA public key.
bool isCertificate(const QByteArray &pem);

/// Checks an RS256 (RSASSA-PKCS1-v1_5 with SHA-256) signature against the certificate's key.
bool verifyRs256(const QByteArray &certificatePem, const QByteArray &signingInput,
                 const QByteArray &signature);

/// RFC 4648 base32 (case-insensitive, padding and spaces ignored); empty on bad input.
QByteArray base32Decode(const QString &text);

/// RFC 6238 TOTP: 6 digits, 30-second steps, HMAC-SHA1.
QString totp(const QByteArray &secret, qint64 unixSeconds);

/// @p n characters drawn from [A-Za-z0-9] with the system CSPRNG.
QByteArray randomAlnum(int n);

/// @p bytes random bytes as standard base64 (with '+', '/' and '=' as they fall).
QByteArray randomBase64(int bytes);

} // namespace Crypto

} // namespace sfemu
