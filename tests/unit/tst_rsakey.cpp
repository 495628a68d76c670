// RSA keys for the JWT bearer flow, checked with OpenSSL directly in the test.
#include "JwtAssertion.h"
#include "RsaKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using sfconnect::JwtAssertion;
using sfconnect::RsaKey;

namespace {

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray out(data, qsizetype(n));
    BIO_free(bio);
    return out;
}

// Keys written by OpenSSL itself, in the forms admins bring.
enum class Form { Pkcs8Pem, Pkcs1Pem, Pkcs1Der, Pkcs8Der, EncryptedPem };

QByteArray writeKey(EVP_PKEY *key, Form form)
{
    BIO *bio = BIO_new(BIO_s_mem());
    switch (form) {
    case Form::Pkcs8Pem:
        PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
        break;
    case Form::Pkcs1Pem:
        PEM_write_bio_PrivateKey_traditional(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
        break;
    case Form::Pkcs1Der:
        i2d_PrivateKey_bio(bio, key);
        break;
    case Form::Pkcs8Der:
        i2d_PKCS8PrivateKey_bio(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
        break;
    case Form::EncryptedPem: {
        char pass[] = "secret";
        PEM_write_bio_PKCS8PrivateKey(bio, key, EVP_aes_256_cbc(), pass, 6, nullptr, nullptr);
        break;
    }
    }
    return bioText(bio);
}

bool verifies(EVP_PKEY *key, const QByteArray &data, const QByteArray &signature)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok =
        EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(data.constData()),
                         size_t(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

} // namespace

class TestRsaKey : public QObject
{
    Q_OBJECT

    EVP_PKEY *m_rsa = nullptr;

private slots:
    void initTestCase() { m_rsa = EVP_RSA_gen(2048); }
    void cleanupTestCase() { EVP_PKEY_free(m_rsa); }

    void readsEveryForm_data()
    {
        QTest::addColumn<int>("form");
        QTest::addColumn<bool>("asBase64");
        QTest::newRow("PKCS#8 PEM text") << int(Form::Pkcs8Pem) << false;
        QTest::newRow("PKCS#1 PEM text") << int(Form::Pkcs1Pem) << false;
        QTest::newRow("base64 of PKCS#8 PEM") << int(Form::Pkcs8Pem) << true;
        QTest::newRow("base64 of PKCS#1 PEM") << int(Form::Pkcs1Pem) << true;
        QTest::newRow("base64 of PKCS#1 DER") << int(Form::Pkcs1Der) << true;
        QTest::newRow("base64 of PKCS#8 DER") << int(Form::Pkcs8Der) << true;
    }

    void readsEveryForm()
    {
        QFETCH(int, form);
        QFETCH(bool, asBase64);
        QByteArray text = writeKey(m_rsa, Form(form));
        if (asBase64)
            text = text.toBase64();
        QString error;
        const RsaKey key = RsaKey::fromText(text, &error);
        QVERIFY2(!key.isNull(), qPrintable(error));
        QCOMPARE(key.bits(), 2048);
        // The same key: a signature made by it verifies with the original.
        QVERIFY(verifies(m_rsa, "data", key.signRs256("data")));
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray("  ") << "No private key was given.";
        QTest::newRow("not base64") << QByteArray("this is not a key!")
                                    << "This is neither a PEM private key nor base64 text.";
        QTest::newRow("base64 of nonsense")
            << QByteArray("aGVsbG8gd29ybGQ=")
            << "The text could not be read as a private key (PEM or DER, PKCS#1 or PKCS#8).";
        EVP_PKEY *rsa = EVP_RSA_gen(2048);
        QTest::newRow("encrypted")
            << writeKey(rsa, Form::EncryptedPem) << "The private key is protected by a passphrase.";
        QTest::newRow("encrypted, base64") << writeKey(rsa, Form::EncryptedPem).toBase64()
                                           << "The private key is protected by a passphrase.";
        EVP_PKEY_free(rsa);
        EVP_PKEY *small = EVP_RSA_gen(1024);
        QTest::newRow("1024 bits") << writeKey(small, Form::Pkcs8Pem)
                                   << "The key has 1024 bits; Salesforce needs at least 2048.";
        EVP_PKEY_free(small);
        EVP_PKEY *ec = EVP_EC_gen("P-256");
        QTest::newRow("EC key")
            << writeKey(ec, Form::Pkcs8Pem)
            << "This key is of type EC; Salesforce's JWT sign-in needs an RSA key.";
        EVP_PKEY_free(ec);
        const RsaKey generated = RsaKey::generate();
        QTest::newRow("certificate") << generated.selfSignedCertificate(QStringLiteral("x"), 30)
                                     << "This is a certificate, not a private key.";
        QTest::newRow("public key")
            << QByteArray("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n")
            << "This is a public key.";
    }

    void refusesWithAReason()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(RsaKey::fromText(text, &error).isNull());
        QVERIFY2(error.startsWith(reason), qPrintable(error));
    }

    void storedFormRoundTrips()
    {
        const RsaKey key = RsaKey::generate();
        QString error;
        const RsaKey back = RsaKey::fromText(key.toBase64(), &error);
        QVERIFY2(!back.isNull(), qPrintable(error));
        QCOMPARE(back.toPem(), key.toPem());
    }

    void certificateForSalesforce()
    {
        const RsaKey key = RsaKey::generate();
        const QByteArray pem = key.selfSignedCertificate(QStringLiteral("sfconnect JWT ñ"), 365);
        QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(key.matchesCertificate(pem));
        const QDateTime expiry = RsaKey::certificateExpiry(pem);
        QVERIFY(qAbs(expiry.secsTo(QDateTime::currentDateTimeUtc().addDays(365))) < 120);

        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        QVERIFY(cert);
        char cn[128] = {};
        X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof cn);
        QCOMPARE(QString::fromUtf8(cn), QStringLiteral("sfconnect JWT ñ"));
        QCOMPARE(X509_verify(cert, X509_get0_pubkey(cert)), 1); // self-signed, by this key
        X509_free(cert);

        QString error;
        QVERIFY(!RsaKey::generate().matchesCertificate(pem, &error));
        QCOMPARE(error, QStringLiteral("The private key does not belong to this certificate."));
        QVERIFY(!key.matchesCertificate("not a certificate", &error));
        QCOMPARE(error, QStringLiteral("The certificate could not be read (PEM expected)."));
    }

    void jwtAssertionVerifiesWithThePublicKey()
    {
        QString error;
        const RsaKey key = RsaKey::fromText(writeKey(m_rsa, Form::Pkcs8Pem), &error);
        JwtAssertion jwt;
        jwt.issuer = QStringLiteral("3MVG9client");
        jwt.subject = QStringLiteral("integ@acme.com");
        jwt.audience = QStringLiteral("https://login.salesforce.com");
        jwt.expires = QDateTime::fromSecsSinceEpoch(2000000000, Qt::UTC);
        const QByteArray token = jwt.sign(key);
        const QList<QByteArray> parts = token.split('.');
        QCOMPARE(parts.size(), 3);
        const auto opts = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;
        QCOMPARE(QByteArray::fromBase64Encoding(parts[0], opts).decoded,
                 QByteArray("{\"alg\":\"RS256\"}"));
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64Encoding(parts[1], opts).decoded)
                .object();
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), jwt.issuer);
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), jwt.subject);
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), jwt.audience);
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), 2000000000);
        QVERIFY(!token.contains('='));
        QVERIFY(verifies(m_rsa, parts[0] + '.' + parts[1],
                         QByteArray::fromBase64Encoding(parts[2], opts).decoded));
        QVERIFY(!verifies(m_rsa, parts[0] + ".e30",
                          QByteArray::fromBase64Encoding(parts[2], opts).decoded));
    }
};

QTEST_GUILESS_MAIN(TestRsaKey)
#include "tst_rsakey.moc"
