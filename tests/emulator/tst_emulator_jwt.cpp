// JWT bearer flow against the sfconnect org emulator. The assertions are built here with
// OpenSSL (RS256 with the demo key of emulator/keys, or keys and certificates generated on the
// fly), independently of sfconnect's own JWT code, and sent as a Salesforce client sends them:
// grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<jwt>, nothing else.
#include "EmulatorClient.h"

#include "Emulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

using namespace emutest;
using namespace Qt::StringLiterals;

namespace {

const QString kJwtGrant = u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s;
const QString kLateKey = u"SfconnectJwtLateKey"_s;

struct PKeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using PKey = std::unique_ptr<EVP_PKEY, PKeyFree>;

struct X509Free
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
using Certificate = std::unique_ptr<X509, X509Free>;

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioFree>;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

PKey privateKeyFromPem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return PKey();
    return PKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

Certificate certificateFromPem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return Certificate();
    return Certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

PKey generateRsaKey()
{
    return PKey(EVP_RSA_gen(2048));
}

// A self-signed X.509 certificate for @p key, PEM-encoded: what an admin uploads on a connected
// app for the JWT bearer flow.
QByteArray selfSignedCertificate(EVP_PKEY *key)
{
    Certificate cert(X509_new());
    if (!cert)
        return {};
    X509_NAME *name = X509_get_subject_name(cert.get());
    const auto *cn = reinterpret_cast<const unsigned char *>("sfconnect emulator test");
    if (X509_set_version(cert.get(), 2) != 1 ||
        ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 2) != 1 ||
        !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600L * 24 * 365) ||
        X509_set_pubkey(cert.get(), key) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, cn, -1, -1, 0) != 1 ||
        X509_set_issuer_name(cert.get(), name) != 1 ||
        X509_sign(cert.get(), key, EVP_sha256()) <= 0)
        return {};
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

// RSASSA-PKCS1-v1_5 with SHA-256: the RS256 signature Salesforce verifies with the app's
// certificate.
QByteArray signRs256(EVP_PKEY *key, const QByteArray &data)
{
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1)
        return {};
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, in, size_t(data.size())) != 1)
        return {};
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, in,
                       size_t(data.size())) != 1)
        return {};
    signature.resize(qsizetype(length));
    return signature;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// header.claims.signature, each base64url. "HS256" is keyed with @p hmacKey, "none" unsigned.
QByteArray makeJwt(const QJsonObject &header, const QJsonObject &claims, EVP_PKEY *rsaKey,
                   const QByteArray &hmacKey)
{
    const QByteArray input = base64Url(compact(header)) + '.' + base64Url(compact(claims));
    const QString alg = header.value(u"alg"_s).toString();
    QByteArray signature;
    if (alg == u"HS256"_s)
        signature = QMessageAuthenticationCode::hash(input, hmacKey, QCryptographicHash::Sha256);
    else if (alg != u"none"_s)
        signature = signRs256(rsaKey, input);
    return input + '.' + base64Url(signature);
}

} // namespace

class TestEmulatorJwt : public QObject
{
    Q_OBJECT

    sfemu::Emulator m_emulator;
    std::unique_ptr<Client> m_client;
    PKey m_demoKey; // emulator/keys/demo-jwt.key, whose certificate the JWT app holds
    QByteArray m_demoCertificate;
    PKey m_otherKey; // a key no app knows
    PKey m_newKey;   // the key of the certificate that replaces the demo one
    QByteArray m_newCertificate;

    // A copy of the JWT app under a new consumer key, learnt by the emulator just now.
    Answer addLateApp(int propagationSeconds)
    {
        QJsonObject app = m_client->app(kJwtKey);
        app = merged(app, QJsonObject{
                              {u"name"_s, u"sfconnect JWT (new)"_s},
                              {u"consumerKey"_s, kLateKey},
                              {u"certificate"_s, QString::fromLatin1(m_demoCertificate)},
                              {u"flows"_s, QJsonObject{{u"jwt"_s, true}}},
                              {u"adminApproved"_s, true},
                              {u"preAuthorizedProfiles"_s, QJsonArray{kProfile}},
                              {u"propagationSeconds"_s, propagationSeconds},
                          });
        return m_client->addApp(app);
    }

    bool applySetup(const QString &setup, QString *why)
    {
        Answer answer;
        if (setup.isEmpty()) {
            return true;
        } else if (setup == u"sandbox org"_s) {
            answer = m_client->updateOrg(QJsonObject{{u"type"_s, u"sandbox"_s}});
        } else if (setup == u"certificate replaced"_s) {
            answer = m_client->updateApp(
                kJwtKey, QJsonObject{{u"certificate"_s, QString::fromLatin1(m_newCertificate)}});
        } else if (setup == u"new app, propagation 600 s"_s) {
            answer = addLateApp(600);
        } else if (setup == u"new app, propagation 0 s"_s) {
            answer = addLateApp(0);
        } else if (setup == u"JWT app not admin-approved"_s) {
            answer = m_client->updateApp(kJwtKey, QJsonObject{{u"adminApproved"_s, false}});
        } else if (setup == u"standard user"_s) {
            answer = m_client->addUser(
                demoUser(u"005000000000002AAA"_s, u"std@sfconnect.demo"_s, u"Standard User"_s));
        } else if (setup == u"inactive administrator"_s) {
            QJsonObject user =
                demoUser(u"005000000000004AAA"_s, u"inactive-admin@sfconnect.demo"_s);
            user.insert(u"active"_s, false);
            answer = m_client->addUser(user);
        } else if (setup == u"login rate exceeded"_s) {
            answer = m_client->setFaults(QJsonObject{{u"loginRateExceeded"_s, true}});
        } else {
            *why = u"unknown setup: "_s + setup;
            return false;
        }
        if (!answer.ok())
            *why = setup + u": "_s + answer.describe();
        return answer.ok();
    }

    QByteArray assertion(const QString &header, const QString &iss, const QString &sub,
                         const QString &aud, const QString &exp, EVP_PKEY *key)
    {
        const QStringList parts = header.split(u',');
        QJsonObject h{{u"alg"_s, parts.value(0)}};
        if (parts.size() > 1)
            h.insert(u"typ"_s, parts.value(1));
        qint64 expiry = QDateTime::currentSecsSinceEpoch() + 180;
        if (exp == u"millis"_s)
            expiry = QDateTime::currentMSecsSinceEpoch() + 300; // what the sf CLI sends
        else if (exp == u"past"_s)
            expiry = QDateTime::currentSecsSinceEpoch() - 600;
        QString audience = aud;
        audience.replace(u"{base}"_s, m_client->baseString());
        const QJsonObject claims{
            {u"iss"_s, iss}, {u"sub"_s, sub}, {u"aud"_s, audience}, {u"exp"_s, expiry}};
        // HS256 keyed with the public certificate: the classic algorithm-confusion forgery.
        return makeJwt(h, claims, key, m_demoCertificate);
    }

    Answer postAssertion(const QByteArray &jwt)
    {
        return m_client->postForm(kTokenPath, Form{{u"grant_type"_s, kJwtGrant},
                                                   {u"assertion"_s, QString::fromLatin1(jwt)}});
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start(0, &error), qPrintable(error));
        m_client = std::make_unique<Client>(m_emulator.baseUrl());

        const QString keys = QStringLiteral(SFCONNECT_SOURCE_DIR "/emulator/keys/");
        m_demoKey = privateKeyFromPem(readFile(keys + u"demo-jwt.key"_s));
        QVERIFY2(m_demoKey, "cannot read emulator/keys/demo-jwt.key");
        m_demoCertificate = readFile(keys + u"demo-jwt.crt"_s);
        const Certificate demo = certificateFromPem(m_demoCertificate);
        QVERIFY2(demo, "cannot read emulator/keys/demo-jwt.crt");
        // The demo key is the private half of the demo certificate.
        QCOMPARE(EVP_PKEY_eq(X509_get0_pubkey(demo.get()), m_demoKey.get()), 1);

        m_otherKey = generateRsaKey();
        QVERIFY(m_otherKey);
        m_newKey = generateRsaKey();
        QVERIFY(m_newKey);
        m_newCertificate = selfSignedCertificate(m_newKey.get());
        QVERIFY(m_newCertificate.startsWith("-----BEGIN CERTIFICATE-----"));
    }

    void init() { EMU_VERIFY_OK(m_client->reset()); }

    void jwtGrant_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("iss");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("aud");
        QTest::addColumn<QString>("exp");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("idHost");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");

        const QString demo = u"demo"_s;
        const QString rs = u"RS256"_s;
        const QString base = u"{base}"_s;
        const QString seconds = u"seconds"_s;
        const QString login = u"https://login.salesforce.com"_s;
        const QString test = u"https://test.salesforce.com"_s;
        const QByteArray none;
        const QString ok;
        const QString invalidGrant = u"invalid_grant"_s;
        const QString audience = u"audience is invalid"_s;
        const QString invalidAssertion = u"invalid assertion"_s;

        // Accepted.
        QTest::newRow("aud is the emulator's base URL, exp in seconds")
            << QString() << demo << rs << kJwtKey << kUsername << base << seconds << none << login
            << ok << ok;
        QTest::newRow("aud is the base URL with a trailing slash")
            << QString() << demo << rs << kJwtKey << kUsername << base + u'/' << seconds << none
            << login << ok << ok;
        QTest::newRow("aud is https://login.salesforce.com")
            << QString() << demo << rs << kJwtKey << kUsername << login << seconds << none << login
            << ok << ok;
        QTest::newRow("exp in milliseconds, far future (sf CLI)")
            << QString() << demo << rs << kJwtKey << kUsername << base << u"millis"_s << none
            << login << ok << ok;
        QTest::newRow("header with typ JWT")
            << QString() << demo << u"RS256,JWT"_s << kJwtKey << kUsername << base << seconds
            << none << login << ok << ok;
        QTest::newRow("sandbox org, aud https://test.salesforce.com")
            << u"sandbox org"_s << demo << rs << kJwtKey << kUsername << test << seconds << none
            << test << ok << ok;
        QTest::newRow("certificate replaced, assertion signed with the new key")
            << u"certificate replaced"_s << u"new"_s << rs << kJwtKey << kUsername << base
            << seconds << none << login << ok << ok;
        QTest::newRow("new app, already propagated")
            << u"new app, propagation 0 s"_s << demo << rs << kLateKey << kUsername << base
            << seconds << none << login << ok << ok;

        // Refused.
        QTest::newRow("aud is another host")
            << QString() << demo << rs << kJwtKey << kUsername << u"https://example.com"_s
            << seconds << none << QString() << invalidGrant << audience;
        QTest::newRow("aud https://test.salesforce.com on a production org")
            << QString() << demo << rs << kJwtKey << kUsername << test << seconds << none
            << QString() << invalidGrant << audience;
        QTest::newRow("sandbox org, aud https://login.salesforce.com")
            << u"sandbox org"_s << demo << rs << kJwtKey << kUsername << login << seconds << none
            << QString() << invalidGrant << audience;
        QTest::newRow("exp in the past")
            << QString() << demo << rs << kJwtKey << kUsername << base << u"past"_s << none
            << QString() << invalidGrant << u"expired authorization code"_s;
        QTest::newRow("signed with a key the app does not know")
            << QString() << u"other"_s << rs << kJwtKey << kUsername << base << seconds << none
            << QString() << invalidGrant << invalidAssertion;
        QTest::newRow("certificate replaced, assertion signed with the old key")
            << u"certificate replaced"_s << demo << rs << kJwtKey << kUsername << base << seconds
            << none << QString() << invalidGrant << invalidAssertion;
        QTest::newRow("garbage assertion")
            << QString() << demo << rs << kJwtKey << kUsername << base << seconds << "not-a-jwt"_ba
            << QString() << invalidGrant << invalidAssertion;
        QTest::newRow("three garbage segments")
            << QString() << demo << rs << kJwtKey << kUsername << base << seconds
            << "abc.def.ghi"_ba << QString() << invalidGrant << invalidAssertion;
        QTest::newRow("alg HS256 keyed with the certificate")
            << QString() << demo << u"HS256"_s << kJwtKey << kUsername << base << seconds << none
            << QString() << invalidGrant << invalidAssertion;
        QTest::newRow("alg none, no signature")
            << QString() << demo << u"none"_s << kJwtKey << kUsername << base << seconds << none
            << QString() << invalidGrant << invalidAssertion;
        QTest::newRow("iss is not a known consumer key")
            << QString() << demo << rs << u"NoSuchConsumerKey"_s << kUsername << base << seconds
            << none << QString() << u"invalid_client_id"_s << u"client identifier invalid"_s;
        QTest::newRow("new app, still propagating (600 s)")
            << u"new app, propagation 600 s"_s << demo << rs << kLateKey << kUsername << base
            << seconds << none << QString() << u"invalid_client_id"_s
            << u"client identifier invalid"_s;
        QTest::newRow("sub is not a user of the org")
            << QString() << demo << rs << kJwtKey << u"nobody@sfconnect.demo"_s << base << seconds
            << none << QString() << invalidGrant << u"user hasn't approved this consumer"_s;
        QTest::newRow("app not admin-approved, user never approved it")
            << u"JWT app not admin-approved"_s << demo << rs << kJwtKey << kUsername << base
            << seconds << none << QString() << invalidGrant
            << u"user hasn't approved this consumer"_s;
        QTest::newRow("admin-approved app, user's profile not pre-authorized")
            << u"standard user"_s << demo << rs << kJwtKey << u"std@sfconnect.demo"_s << base
            << seconds << none << QString() << u"invalid_app_access"_s
            << u"user is not admin approved to access this app"_s;
        QTest::newRow("user deactivated")
            << u"inactive administrator"_s << demo << rs << kJwtKey
            << u"inactive-admin@sfconnect.demo"_s << base << seconds << none << QString()
            << invalidGrant << u"inactive user"_s;
        QTest::newRow("login rate exceeded")
            << u"login rate exceeded"_s << demo << rs << kJwtKey << kUsername << base << seconds
            << none << QString() << invalidGrant << u"login rate exceeded"_s;
    }

    void jwtGrant()
    {
        QFETCH(QString, setup);
        QFETCH(QString, key);
        QFETCH(QString, header);
        QFETCH(QString, iss);
        QFETCH(QString, sub);
        QFETCH(QString, aud);
        QFETCH(QString, exp);
        QFETCH(QByteArray, raw);
        QFETCH(QString, idHost);
        QFETCH(QString, error);
        QFETCH(QString, description);
        QString why;
        QVERIFY2(applySetup(setup, &why), qPrintable(why));

        EVP_PKEY *signer = m_demoKey.get();
        if (key == u"other"_s)
            signer = m_otherKey.get();
        else if (key == u"new"_s)
            signer = m_newKey.get();
        const QByteArray jwt = raw.isEmpty() ? assertion(header, iss, sub, aud, exp, signer) : raw;
        const Answer answer = postAssertion(jwt);
        QCOMPARE(answer.contentType, kJsonType);

        if (!error.isEmpty()) {
            QVERIFY2(answer.status == 400, qPrintable(answer.describe()));
            QCOMPARE(canonicalJson(answer.body), canonicalJson(oauthError(error, description)));
            return;
        }
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        const QJsonObject t = answer.object();
        // Salesforce's JWT shape: no refresh token, no issued_at, no signature.
        QCOMPARE(keyList(t), u"access_token,id,instance_url,scope,token_type"_s);
        static const QRegularExpression tokenShape(u"^00D[A-Za-z0-9]{12}!\\S+$"_s);
        const QString accessToken = t.value(u"access_token"_s).toString();
        QVERIFY2(tokenShape.match(accessToken).hasMatch(), qPrintable(accessToken));
        QCOMPARE(t.value(u"instance_url"_s).toString(), m_client->baseString());
        QCOMPARE(t.value(u"id"_s).toString(), identityUrl(idHost));
        QCOMPARE(t.value(u"token_type"_s).toString(), u"Bearer"_s);
        QVERIFY(t.value(u"scope"_s).isString());
        const Answer probe = m_client->get(u"/services/data/v62.0"_s, {bearer(accessToken)});
        QVERIFY2(probe.status == 200, qPrintable(probe.describe()));
    }

    void requestLogShowsTheAssertionAndNoSecret()
    {
        EMU_VERIFY_OK(m_client->clearRequestLog());
        const QByteArray jwt =
            assertion(u"RS256"_s, kJwtKey, kUsername, u"{base}"_s, u"seconds"_s, m_demoKey.get());
        const Answer answer = postAssertion(jwt);
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));

        const QList<QJsonObject> entries = m_client->logged(u"POST"_s, kTokenPath);
        QCOMPARE(entries.size(), 1);
        const QString body = entries.first().value(u"body"_s).toString();
        // A JWT is base64url and dots: the form encoding leaves it as it is.
        QVERIFY2(body.contains(u"assertion="_s + QString::fromLatin1(jwt)), qPrintable(body));
        QVERIFY2(body.contains(u"grant_type="_s +
                               QString::fromLatin1(QUrl::toPercentEncoding(kJwtGrant))),
                 qPrintable(body));
        QVERIFY2(!body.contains(u"client_secret"_s), qPrintable(body));
        QVERIFY2(!body.contains(u"client_id"_s), qPrintable(body));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorJwt)
#include "tst_emulator_jwt.moc"
