// WizardController without widgets: validation of each page's input, and connects driven
// directly against the emulator.
#include "WindowFixture.h"

#include "RsaKey.h"
#include "WizardController.h"

#include <QFile>
#include <QTest>

using namespace sfconnect;

class TestWizardController : public QObject
{
    Q_OBJECT

    std::unique_ptr<WindowFixture> m_f;

    WizardController::Step run(WizardController &c)
    {
        c.connectNow();
        const bool ended = QTest::qWaitFor(
            [&c] {
                return c.step() == WizardController::Step::Done ||
                       c.step() == WizardController::Step::Failed;
            },
            15000);
        if (!ended)
            qWarning("the connect did not end");
        return c.step();
    }

private slots:
    void init() { m_f = std::make_unique<WindowFixture>(); }
    void cleanup() { m_f.reset(); }

    void credentials_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem");
        QTest::newRow("browser: nothing needed") << int(AuthMethod::Web) << ""
                                                 << ""
                                                 << ""
                                                 << ""
                                                 << ""
                                                 << "";
        QTest::newRow("byoa: no client id") << int(AuthMethod::Byoa) << ""
                                            << "s"
                                            << ""
                                            << ""
                                            << ""
                                            << "Enter the app's client id (consumer key).";
        QTest::newRow("byoa: no secret") << int(AuthMethod::Byoa) << "c"
                                         << ""
                                         << ""
                                         << ""
                                         << ""
                                         << "Enter the app's client secret (consumer secret).";
        QTest::newRow("byoa: complete") << int(AuthMethod::Byoa) << "c"
                                        << "s"
                                        << ""
                                        << ""
                                        << ""
                                        << "";
        QTest::newRow("password: no secret") << int(AuthMethod::Password) << "c"
                                             << ""
                                             << "u"
                                             << "p"
                                             << ""
                                             << "Enter the app's client id and secret.";
        QTest::newRow("password: no password") << int(AuthMethod::Password) << "c"
                                               << "s"
                                               << "u"
                                               << ""
                                               << ""
                                               << "Enter the username and password.";
        QTest::newRow("jwt: no subject")
            << int(AuthMethod::Jwt) << "c"
            << ""
            << ""
            << ""
            << "x"
            << "Enter the app's client id (the issuer) and the username (the subject).";
        QTest::newRow("jwt: not a key") << int(AuthMethod::Jwt) << "c"
                                        << ""
                                        << "u"
                                        << ""
                                        << "not a key!"
                                        << "This is neither a PEM private key nor base64 text.";
    }

    void credentials()
    {
        QFETCH(int, method);
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, key);
        QFETCH(QString, problem);
        WizardController c(m_f->store.get(), &m_f->client);
        c.method = AuthMethod(method);
        c.clientId = clientId;
        c.clientSecret = secret;
        c.username = username;
        c.password = password;
        c.privateKey = key;
        QCOMPARE(c.credentialsProblem(), problem);
    }

    void environments_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("loginUrl");
        QTest::addColumn<QString>("audience");
        QTest::newRow("production") << int(LoginEnvironment::Kind::Production) << ""
                                    << "https://login.salesforce.com"
                                    << "https://login.salesforce.com";
        QTest::newRow("sandbox") << int(LoginEnvironment::Kind::Sandbox) << ""
                                 << "https://test.salesforce.com"
                                 << "https://test.salesforce.com";
        QTest::newRow("sandbox my domain")
            << int(LoginEnvironment::Kind::Custom) << "acme--uat.sandbox.my.salesforce.com"
            << "https://acme--uat.sandbox.my.salesforce.com"
            << "https://test.salesforce.com";
    }

    void environments()
    {
        QFETCH(int, kind);
        QFETCH(QString, domain);
        QFETCH(QString, loginUrl);
        QFETCH(QString, audience);
        WizardController c(m_f->store.get(), &m_f->client);
        c.environment = LoginEnvironment::Kind(kind);
        c.customDomain = domain;
        QCOMPARE(c.environmentProblem(), QString());
        QCOMPARE(c.loginEnvironment().loginUrl().toString(), loginUrl);
        QCOMPARE(c.loginEnvironment().defaultAudience(), audience);
        QCOMPARE(c.publicClientId(), QStringLiteral("PlatformCLI"));
        QCOMPARE(c.callbackUrl(), QStringLiteral("http://localhost:1717/OauthRedirect"));
    }

    void names()
    {
        WizardController c(m_f->store.get(), &m_f->client);
        c.environment = LoginEnvironment::Kind::Sandbox;
        QCOMPARE(c.suggestedName(), QStringLiteral("Salesforce-Sandbox-Connection"));
        QCOMPARE(c.nameProblem(), QStringLiteral("Give the connection a name."));
        m_f->add(QStringLiteral("Salesforce-Sandbox-Connection"));
        QCOMPARE(c.suggestedName(), QStringLiteral("Salesforce-Sandbox-Connection-2"));
        c.name = QStringLiteral("SALESFORCE-sandbox-connection");
        QCOMPARE(
            c.nameProblem(),
            QStringLiteral("A connection named \"Salesforce-Sandbox-Connection\" already exists."));
    }

    void keyAgainstCertificate()
    {
        WizardController c(m_f->store.get(), &m_f->client);
        QFile key(QStringLiteral(SFCONNECT_SOURCE_DIR "/emulator/keys/demo-jwt.key"));
        QFile cert(QStringLiteral(SFCONNECT_SOURCE_DIR "/emulator/keys/demo-jwt.crt"));
        QVERIFY(key.open(QIODevice::ReadOnly) && cert.open(QIODevice::ReadOnly));
        const QByteArray certificate = cert.readAll();
        c.privateKey = QString::fromUtf8(key.readAll());
        QString answer;
        QVERIFY(c.keyMatchesCertificate(certificate, &answer));
        QVERIFY2(
            answer.startsWith(QStringLiteral("The key matches the certificate (valid until 21")),
            qPrintable(answer));
        c.privateKey = QString::fromLatin1(RsaKey::generate().toBase64());
        QVERIFY(!c.keyMatchesCertificate(certificate, &answer));
        QCOMPARE(answer, QStringLiteral("The private key does not belong to this certificate."));
        QVERIFY(!c.keyMatchesCertificate("nonsense", &answer));
        QCOMPARE(answer, QStringLiteral("The certificate could not be read (PEM expected)."));
    }

    void passwordConnect()
    {
        WizardController c(m_f->store.get(), &m_f->client);
        c.name = QStringLiteral("Legacy");
        c.environment = LoginEnvironment::Kind::Custom;
        c.customDomain = m_f->emulator.baseUrl().toString();
        c.method = AuthMethod::Password;
        c.clientId = QStringLiteral("SfconnectByoaKey");
        c.clientSecret = QStringLiteral("SfconnectByoaSecret");
        c.username = QStringLiteral("admin@sfconnect.demo");
        c.password = QStringLiteral("Demo-Pass-1");
        c.securityToken = QStringLiteral("DEMOTOKEN123");
        QList<WizardController::Step> steps;
        connect(&c, &WizardController::stepChanged, this,
                [&](WizardController::Step s) { steps << s; });
        QCOMPARE(run(c), WizardController::Step::Done);
        QCOMPARE(steps,
                 QList({WizardController::Step::SigningIn, WizardController::Step::ReadingIdentity,
                        WizardController::Step::Saving, WizardController::Step::Done}));
        QCOMPARE(c.result().displayName, QStringLiteral("Ada Admin"));
        QCOMPARE(m_f->store->connections().size(), 1);
    }

    void draftProblemsStopTheConnect()
    {
        WizardController c(m_f->store.get(), &m_f->client);
        c.name = QStringLiteral("x");
        c.environment = LoginEnvironment::Kind::Custom;
        c.customDomain = QStringLiteral("acme.lightning.force.com");
        QCOMPARE(run(c), WizardController::Step::Failed);
        QCOMPARE(c.error().kind(), AuthError::Kind::Configuration);
        QVERIFY(c.error().message().contains(QStringLiteral("https://acme.my.salesforce.com")));
        QVERIFY(m_f->emulator.state().requestLog().isEmpty()); // nothing was sent
    }
};

QTEST_MAIN(TestWizardController)
#include "tst_wizardcontroller.moc"
