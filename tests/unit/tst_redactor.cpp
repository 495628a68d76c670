#include "Redactor.h"

#include <QTest>

using sfconnect::Redactor;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void redact_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("session id keeps the org id")
            << "token 00D5g000004XyZa!AR8AQP0jITN80ESEsj5EbaZTFG0RNBaT1cyWk7T used"
            << "token 00D5g000004XyZa!*** used";
        QTest::newRow("bearer header") << "Authorization: Bearer abcdefgh12345678"
                                       << "Authorization: Bearer ***";
        QTest::newRow("basic header") << "Authorization: Basic Y2xpZW50OnNlY3JldA=="
                                      << "Authorization: Basic ***";
        QTest::newRow("form body")
            << "grant_type=password&client_id=abc&client_secret=s3cr3t&username=a@b.c&password="
               "pw1TOKEN"
            << "grant_type=password&client_id=abc&client_secret=***&username=a@b.c&password=***";
        QTest::newRow("redirect with code")
            << "http://localhost:1717/OauthRedirect?code=aPrx%2Fab%2Bc%3D%3D&state=12ab"
            << "http://localhost:1717/OauthRedirect?code=***&state=12ab";
        QTest::newRow("json token response")
            << "{\"access_token\":\"00Dxx!abc\",\"refresh_token\":\"5Aep8\\\"x\",\"instance_url\":"
               "\"https://acme.my.salesforce.com\"}"
            << "{\"access_token\":\"***\",\"refresh_token\":\"***\",\"instance_url\":\"https://"
               "acme.my.salesforce.com\"}";
        QTest::newRow("json with spaces") << "{ \"client_secret\" : \"abc\" }"
                                          << "{ \"client_secret\" : \"***\" }";
        QTest::newRow("jwt assertion")
            << "grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion="
               "eyJhbGciOiJSUzI1NiJ9.e30.sig"
            << "grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=***";
        QTest::newRow("pem private key")
            << "key:\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\nkqhkiG9w0B\n-----END PRIVATE "
               "KEY-----\nend"
            << "key:\n[private key redacted]\nend";
        QTest::newRow("rsa pem private key")
            << "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"
            << "[private key redacted]";
        QTest::newRow("json cut inside a token") << "{\"refresh_token\":\"5Aep861xyzTRUNC"
                                                 << "{\"refresh_token\":\"***";
        QTest::newRow("pem cut before its end")
            << "key: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg"
            << "key: [private key redacted]";
        QTest::newRow("identity url stays")
            << "https://login.salesforce.com/id/00D5g000004XyZaEAK/0055g00000AbCdEAAZ"
            << "https://login.salesforce.com/id/00D5g000004XyZaEAK/0055g00000AbCdEAAZ";
        QTest::newRow("username stays") << "username=integ@acme.com"
                                        << "username=integ@acme.com";
        QTest::newRow("plain prose stays") << "The password flow is blocked by default."
                                           << "The password flow is blocked by default.";
        QTest::newRow("oauth_token query") << "/id/00D/005?oauth_token=00Dabc!xyz&format=json"
                                           << "/id/00D/005?oauth_token=***&format=json";
    }

    void redact()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Redactor::redact(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
