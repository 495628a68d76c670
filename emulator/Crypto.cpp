#include "Crypto.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace sfemu::Crypto {

namespace {

struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

std::unique_ptr<EVP_PKEY, PkeyDeleter> publicKeyOf(const QByteArray &pem)
{
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return nullptr;
    std::unique_ptr<X509, X509Deleter> cert(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        ERR_clear_error(); // leave OpenSSL's per-thread error queue empty for TLS code
        return nullptr;
    }
    std::unique_ptr<EVP_PKEY, PkeyDeleter> key(X509_get_pubkey(cert.get()));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return nullptr;
    return key;
}

} // namespace

QByteArray signature(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toBase64();
}

bool isCertificate(const QByteArray &pem)
{
    return publicKeyOf(pem) != nullptr;
}

bool verifyRs256(const QByteArray &certificatePem, const QByteArray &signingInput,
                 const QByteArray &sig)
{
    const auto key = publicKeyOf(certificatePem);
    if (!key)
        return false;
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return false;
    const bool ok =
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()),
                         size_t(sig.size()),
                         reinterpret_cast<const unsigned char *>(signingInput.constData()),
                         size_t(signingInput.size())) == 1;
    if (!ok)
        ERR_clear_error();
    return ok;
}

QByteArray base32Decode(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        const char c = char(ch.toUpper().toLatin1());
        int value;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        else if (c == '=' || c == ' ')
            continue;
        else
            return {};
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    return out;
}

QString totp(const QByteArray &secret, qint64 unixSeconds)
{
    const quint64 counter = quint64(unixSeconds / 30);
    QByteArray message(8, '\0');
    for (int i = 7, shift = 0; i >= 0; --i, shift += 8)
        message[i] = char((counter >> shift) & 0xff);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary =
        (quint32(quint8(mac[offset]) & 0x7f) << 24) | (quint32(quint8(mac[offset + 1])) << 16) |
        (quint32(quint8(mac[offset + 2])) << 8) | quint32(quint8(mac[offset + 3]));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

QByteArray randomAlnum(int n)
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out(n, Qt::Uninitialized);
    auto *rng = QRandomGenerator::system();
    for (char &c : out)
        c = alphabet[rng->bounded(int(sizeof alphabet - 1))];
    return out;
}

QByteArray randomBase64(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    auto *rng = QRandomGenerator::system();
    for (char &c : raw)
        c = char(rng->bounded(256));
    return raw.toBase64();
}

} // namespace sfemu::Crypto
