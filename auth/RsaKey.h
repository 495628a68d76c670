#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace sfconnect {

/// An RSA private key for the JWT bearer flow, on OpenSSL's EVP API.
///
/// Loads what admins have: PEM text, or base64 of PEM or DER, PKCS#1 or PKCS#8. Refuses keys
/// it must not or cannot use, each with its own message: encrypted keys, non-RSA keys, keys
/// under 2048 bits, and text that is no key at all.
class RsaKey
{
    Q_DECLARE_TR_FUNCTIONS(RsaKey)

public:
    RsaKey();
    ~RsaKey();
    RsaKey(RsaKey &&) noexcept;
    RsaKey &operator=(RsaKey &&) noexcept;

    static constexpr int kMinimumBits = 2048;

    /// Reads @p text (PEM, or base64 of PEM or DER). On failure returns a null key and says why.
    static RsaKey fromText(const QByteArray &text, QString *error);
    /// A new key from OpenSSL's random generator.
    static RsaKey generate(int bits = 2048);

    bool isNull() const { return !m_key; }
    int bits() const;

    /// RS256: RSASSA-PKCS1-v1_5 over SHA-256 of @p data.
    QByteArray signRs256(const QByteArray &data) const;

    /// The key as PKCS#8 PEM, and that PEM as one line of base64 (how sfconnect stores it).
    QByteArray toPem() const;
    QByteArray toBase64() const { return toPem().toBase64(); }

    /// A self-signed X.509 certificate for this key, to upload to the Salesforce app.
    QByteArray selfSignedCertificate(const QString &commonName, int validDays) const;
    /// True when @p certificatePem carries this key's public half.
    bool matchesCertificate(const QByteArray &certificatePem, QString *error = nullptr) const;
    /// The expiry date of a PEM certificate; invalid when it cannot be read.
    static QDateTime certificateExpiry(const QByteArray &certificatePem);

private:
    struct Deleter
    {
        void operator()(EVP_PKEY *k) const;
    };
    explicit RsaKey(EVP_PKEY *key);
    std::unique_ptr<EVP_PKEY, Deleter> m_key;
};

} // namespace sfconnect
