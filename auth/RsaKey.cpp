#include "RsaKey.h"

#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace sfconnect {

namespace {

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
using Cert = std::unique_ptr<X509, X509Free>;

Bio memoryBio(const QByteArray &data)
{
    return Bio(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

// A passphrase callback that gives none, so an encrypted key fails instead of prompting.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

Cert readCertificate(const QByteArray &pem)
{
    Bio bio = memoryBio(pem);
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QString keyTypeName(int id)
{
    switch (id) {
    case EVP_PKEY_EC:
        return QStringLiteral("EC");
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_DSA:
        return QStringLiteral("DSA");
    default:
        return QString::fromLatin1(OBJ_nid2sn(id));
    }
}

} // namespace

void RsaKey::Deleter::operator()(EVP_PKEY *k) const
{
    EVP_PKEY_free(k);
}

RsaKey::RsaKey() = default;
RsaKey::~RsaKey() = default;
RsaKey::RsaKey(RsaKey &&) noexcept = default;
RsaKey &RsaKey::operator=(RsaKey &&) noexcept = default;
RsaKey::RsaKey(EVP_PKEY *key)
    : m_key(key)
{}

RsaKey RsaKey::fromText(const QByteArray &input, QString *error)
{
    auto fail = [error](const QString &why) {
        ERR_clear_error(); // leave OpenSSL's per-thread error queue empty for TLS code
        if (error)
            *error = why;
        return RsaKey();
    };
    QByteArray text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("No private key was given."));
    // Base64 of a PEM file or of DER bytes; PEM text itself starts with dashes.
    if (!text.startsWith("-----")) {
        const auto decoded = QByteArray::fromBase64Encoding(
            text.simplified().replace(' ', ""), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return fail(tr("This is neither a PEM private key nor base64 text."));
        text = *decoded;
    }
    if (text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") ||
        text.contains("Proc-Type: 4,ENCRYPTED"))
        return fail(tr("The private key is protected by a passphrase. Export it without one, for "
                       "example: openssl pkey -in key.pem -out key-plain.pem"));
    if (text.contains("-----BEGIN CERTIFICATE-----") && !text.contains("PRIVATE KEY-----"))
        return fail(tr("This is a certificate, not a private key. The certificate goes to the "
                       "Salesforce app; sfconnect needs the private key that belongs to it."));
    if (text.contains("-----BEGIN PUBLIC KEY-----") ||
        text.contains("-----BEGIN RSA PUBLIC KEY-----"))
        return fail(tr("This is a public key. sfconnect needs the private key."));

    EVP_PKEY *key = nullptr;
    if (text.startsWith("-----")) {
        Bio bio = memoryBio(text);
        key = PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr);
    } else {
        // DER, PKCS#1 or PKCS#8 (unencrypted): OpenSSL tells them apart.
        const auto *p = reinterpret_cast<const unsigned char *>(text.constData());
        key = d2i_AutoPrivateKey(nullptr, &p, long(text.size()));
    }
    if (!key)
        return fail(
            tr("The text could not be read as a private key (PEM or DER, PKCS#1 or PKCS#8)."));
    RsaKey result(key);
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
        return fail(tr("This key is of type %1; Salesforce's JWT sign-in needs an RSA key.")
                        .arg(keyTypeName(EVP_PKEY_get_base_id(key))));
    if (result.bits() < kMinimumBits)
        return fail(tr("The key has %1 bits; Salesforce needs at least %2.")
                        .arg(result.bits())
                        .arg(kMinimumBits));
    return result;
}

RsaKey RsaKey::generate(int bits)
{
    return RsaKey(EVP_RSA_gen(unsigned(bits)));
}

int RsaKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QByteArray RsaKey::signRs256(const QByteArray &data) const
{
    if (!m_key)
        return {};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, in, size_t(data.size())) != 1)
        return {};
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, in,
                       size_t(data.size())) != 1)
        return {};
    signature.truncate(qsizetype(length));
    return signature;
}

QByteArray RsaKey::toPem() const
{
    if (!m_key)
        return {};
    Bio bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
        1)
        return {};
    return drain(bio.get());
}

QByteArray RsaKey::selfSignedCertificate(const QString &commonName, int validDays) const
{
    if (!m_key)
        return {};
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    // A random serial: certificates made on one machine must not collide.
    unsigned char serial[16];
    for (unsigned char &b : serial)
        b = static_cast<unsigned char>(QRandomGenerator::system()->bounded(256));
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validDays) * 24 * 3600);
    X509_set_pubkey(cert.get(), m_key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()),
                               int(cn.size()), -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), m_key.get(), EVP_sha256()) <= 0)
        return {};
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert.get());
    return drain(bio.get());
}

bool RsaKey::matchesCertificate(const QByteArray &certificatePem, QString *error) const
{
    const Cert cert = readCertificate(certificatePem);
    if (!cert) {
        ERR_clear_error();
        if (error)
            *error = tr("The certificate could not be read (PEM expected).");
        return false;
    }
    EVP_PKEY *pub = X509_get0_pubkey(cert.get());
    const bool same = m_key && pub && EVP_PKEY_eq(m_key.get(), pub) == 1;
    if (!same && error)
        *error = tr("The private key does not belong to this certificate.");
    return same;
}

QDateTime RsaKey::certificateExpiry(const QByteArray &certificatePem)
{
    const Cert cert = readCertificate(certificatePem);
    if (!cert)
        return {};
    struct tm t = {};
    if (ASN1_TIME_to_tm(X509_get0_notAfter(cert.get()), &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                     QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

} // namespace sfconnect
