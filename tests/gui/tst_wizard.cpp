// The connection wizard driven by objectName against the emulator, for each sign-in method:
// success, and failures that end on a page that says what to fix. The browser's part is played
// by the tests' cookie-jar browser, through QDesktopServices' URL handler.
#include "FakeBrowser.h"
#include "WindowFixture.h"

#include "ConnectionWizard.h"
#include "MainWindow.h"
#include "RsaKey.h"
#include "WizardController.h"

#include <QAbstractButton>
#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace sfconnect;

// Plays the person at the browser: walks the emulator's pages, then follows the redirect home.
class BrowserPlayer : public QObject
{
    Q_OBJECT

public:
    sfemu::Emulator *emulator = nullptr;
    bool approve = true;
    QUrl opened;
    emutest::Answer landing;

public slots:
    void open(const QUrl &url)
    {
        opened = url;
        // The callback URL (on a free port in tests) is registered in the app, as an admin would.
        const QString redirect =
            QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        const QString client = QUrlQuery(url).queryItemValue(QStringLiteral("client_id"));
        emulator->state().scenario().app(client)->callbackUrls << redirect;
        QMetaObject::invokeMethod(
            this, [this] { walk(); }, Qt::QueuedConnection);
    }

private:
    void walk()
    {
        emutest::Browser browser(emulator->baseUrl());
        const emutest::Walk walk = browser.signIn(opened, {}, approve);
        if (walk.last.kind == emutest::PageKind::Redirect)
            landing = browser.client().getUrl(walk.last.answer.redirect);
    }
};

class TestWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<WindowFixture> m_f;
    BrowserPlayer m_browser;

    template <typename T>
    T *find(QWidget *in, const char *name)
    {
        T *w = in->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }

    // Walks the pages up to the credentials of @p method.
    ConnectionWizard *start(MainWindow &window, const char *methodRadio,
                            const QString &name = QStringLiteral("Demo"))
    {
        window.setEmulatorUrl(m_f->emulator.baseUrl());
        ConnectionWizard *w = window.addConnection();
        w->controller()->callbackPort = 0; // any free port; the browser player registers it
        auto *nameEdit = find<QLineEdit>(w, "nameEdit");
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        w->next();
        if (!find<QRadioButton>(w, "emulatorRadio")->isChecked())
            qWarning("the emulator was not offered first");
        w->next();
        find<QRadioButton>(w, methodRadio)->setChecked(true);
        w->next(); // prerequisites
        w->next(); // credentials
        return w;
    }

    // Fields of the page on show: several credentials pages have a field of the same name.
    void type(ConnectionWizard *w, const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(w->currentPage(), name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // The password page with the emulator's demo app and user.
    void fillPasswordPage(ConnectionWizard *w, const QString &password)
    {
        type(w, "clientIdEdit", QStringLiteral("SfconnectByoaKey"));
        type(w, "clientSecretEdit", QStringLiteral("SfconnectByoaSecret"));
        type(w, "usernameEdit", QStringLiteral("admin@sfconnect.demo"));
        type(w, "passwordEdit", password);
        type(w, "securityTokenEdit", QStringLiteral("DEMOTOKEN123"));
    }

    QString demoKey()
    {
        QFile f(QStringLiteral(SFCONNECT_SOURCE_DIR "/emulator/keys/demo-jwt.key"));
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll());
    }

    void expectConnected(ConnectionWizard *w)
    {
        QTRY_VERIFY_WITH_TIMEOUT(w->controller()->step() == WizardController::Step::Done ||
                                     w->controller()->step() == WizardController::Step::Failed,
                                 15000);
        QVERIFY2(w->controller()->step() == WizardController::Step::Done,
                 qPrintable(w->controller()->error().summary()));
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(
            find<QLabel>(w, "summaryLabel")->text().contains(QStringLiteral("00D000000000001EAA")));
        QCOMPARE(m_f->store->connections().size(), 1);
        QCOMPARE(m_f->store->connections().first().lastStatus, ConnectionStatus::Connected);
    }

    void expectFailure(ConnectionWizard *w, const QString &words)
    {
        QTRY_COMPARE_WITH_TIMEOUT(w->controller()->step(), WizardController::Step::Failed, 15000);
        QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(find<QPushButton>(w, "retryButton")->isVisible());
        // The troubleshooting box shows the same problem, with a report for support.
        auto *troubleshoot = find<QPushButton>(w, "openTroubleshootingButton");
        QVERIFY(troubleshoot->isVisible());
        troubleshoot->click();
        auto *box = w->findChild<QMessageBox *>(QStringLiteral("troubleshootBox"));
        QVERIFY(box);
        QVERIFY(box->detailedText().contains(w->controller()->error().problemId()));
        QVERIFY(!box->detailedText().contains(QStringLiteral("Demo-Pass-1")));
        box->close();
        const QString summary = find<QLabel>(w, "summaryLabel")->text();
        QVERIFY2(summary.contains(words), qPrintable(summary));
        QVERIFY(m_f->store->connections().isEmpty());
    }

private slots:
    void init()
    {
        m_f = std::make_unique<WindowFixture>();
        m_browser.emulator = &m_f->emulator;
        m_browser.approve = true;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    }

    void cleanup()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        m_f.reset();
    }

    void namesAreSuggestedAndUnique()
    {
        m_f->add(QStringLiteral("Salesforce-Production-Connection"));
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = window.addConnection();
        auto *name = find<QLineEdit>(w, "nameEdit");
        QCOMPARE(name->text(), QStringLiteral("Salesforce-Production-Connection-2"));
        name->setText(QStringLiteral("salesforce-production-connection"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(find<QLabel>(w->currentPage(), "problemLabel")
                    ->text()
                    .contains(QStringLiteral("already exists")));
    }

    void customDomainIsCheckedAsTyped()
    {
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = window.addConnection();
        w->next();
        find<QRadioButton>(w, "customRadio")->setChecked(true);
        QTest::keyClicks(find<QLineEdit>(w, "domainEdit"),
                         QStringLiteral("acme.lightning.force.com"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        auto *use = find<QPushButton>(w, "useSuggestionButton");
        QVERIFY(use->isVisibleTo(w));
        use->click();
        QCOMPARE(find<QLineEdit>(w, "domainEdit")->text(),
                 QStringLiteral("https://acme.my.salesforce.com"));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    }

    void passwordMethod()
    {
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = start(window, "passwordRadio");
        QCOMPARE(w->currentId(), int(ConnectionWizard::PasswordPage));
        fillPasswordPage(w, QStringLiteral("Demo-Pass-1"));
        w->next();
        expectConnected(w);
    }

    void passwordFailures_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<QString>("words");
        QTest::newRow("wrong password")
            << "nope" << false << "wrong username, password or security token";
        QTest::newRow("flow blocked in the org") << "Demo-Pass-1" << true << "blocked";
    }

    void passwordFailures()
    {
        QFETCH(QString, password);
        QFETCH(bool, blocked);
        QFETCH(QString, words);
        m_f->emulator.state().scenario().org.settings.passwordFlowBlocked = blocked;
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = start(window, "passwordRadio");
        fillPasswordPage(w, password);
        w->next();
        expectFailure(w, words);
    }

    void jwtMethod()
    {
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = start(window, "jwtRadio");
        QCOMPARE(find<QLineEdit>(w->currentPage(), "audienceEdit")->text(),
                 m_f->emulator.baseUrl().toString());
        type(w, "clientIdEdit", QStringLiteral("SfconnectJwtKey"));
        type(w, "usernameEdit", QStringLiteral("admin@sfconnect.demo"));
        find<QPlainTextEdit>(w->currentPage(), "privateKeyEdit")->setPlainText(demoKey());
        w->next();
        expectConnected(w);
    }

    void jwtFailures_data()
    {
        QTest::addColumn<bool>("otherKey");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("words");
        QTest::newRow("key does not match the certificate")
            << true << QString() << "could not verify the JWT signature";
        QTest::newRow("wrong audience") << false << "https://test.salesforce.com"
                                        << "audience";
    }

    void jwtFailures()
    {
        QFETCH(bool, otherKey);
        QFETCH(QString, audience);
        QFETCH(QString, words);
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = start(window, "jwtRadio");
        type(w, "clientIdEdit", QStringLiteral("SfconnectJwtKey"));
        type(w, "usernameEdit", QStringLiteral("admin@sfconnect.demo"));
        if (!audience.isEmpty())
            type(w, "audienceEdit", audience);
        find<QPlainTextEdit>(w->currentPage(), "privateKeyEdit")
            ->setPlainText(otherKey ? QString::fromLatin1(RsaKey::generate().toBase64())
                                    : demoKey());
        w->next();
        expectFailure(w, words);
    }

    void badKeyIsRefusedOnThePage()
    {
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = start(window, "jwtRadio");
        type(w, "clientIdEdit", QStringLiteral("SfconnectJwtKey"));
        type(w, "usernameEdit", QStringLiteral("admin@sfconnect.demo"));
        find<QPlainTextEdit>(w->currentPage(), "privateKeyEdit")
            ->setPlainText(
                QStringLiteral("-----BEGIN PUBLIC KEY-----\nAA\n-----END PUBLIC KEY-----"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(find<QLabel>(w->currentPage(), "problemLabel")
                    ->text()
                    .contains(QStringLiteral("public key")));
    }

    void bringYourOwnApp()
    {
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = start(window, "byoaRadio");
        QCOMPARE(w->currentId(), int(ConnectionWizard::ByoaPage));
        type(w, "clientIdEdit", QStringLiteral("SfconnectByoaKey"));
        type(w, "clientSecretEdit", QStringLiteral("SfconnectByoaSecret"));
        w->next();
        expectConnected(w);
        QVERIFY(m_browser.landing.text().contains(QStringLiteral("Signed in")));
        QVERIFY(m_f->store->connections().first().scopes.contains(QStringLiteral("refresh_token")));
        QVERIFY(w->controller()->warnings().isEmpty());
    }

    void browserFailures_data()
    {
        QTest::addColumn<bool>("approve");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("words");
        QTest::newRow("denied in the browser") << false << "SfconnectByoaSecret"
                                               << "denied";
        QTest::newRow("wrong client secret") << true << "not-it"
                                             << "client secret";
    }

    void browserFailures()
    {
        QFETCH(bool, approve);
        QFETCH(QString, secret);
        QFETCH(QString, words);
        m_browser.approve = approve;
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = start(window, "byoaRadio");
        type(w, "clientIdEdit", QStringLiteral("SfconnectByoaKey"));
        type(w, "clientSecretEdit", secret);
        w->next();
        expectFailure(w, words);
    }

    void signInAgainAfterRevocation()
    {
        // A saved BYOA connection whose tokens were revoked at Salesforce.
        Connection c = m_f->add(QStringLiteral("Orders"));
        QTcpServer probe; // a free port for its callback
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        c.callbackPort = probe.serverPort();
        probe.close();
        QVERIFY(m_f->store->updateMetadata(c));
        ConnectionSecrets before;
        ConnectionSecrets::deserialize(
            m_f->secrets.entries.value(c.id.toString(QUuid::WithoutBraces)), &before);
        m_f->emulator.state().revokeTokens(QStringLiteral("all"), {});

        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        window.select(c.id);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionReconnect"))->isEnabled());
        ConnectionWizard *w = window.editSelected(true);
        QCOMPARE(w->currentId(), int(ConnectionWizard::ConnectPage));
        expectConnected(w);
        QCOMPARE(m_f->store->connections().first().id,
                 c.id); // the same connection, signed in again
        ConnectionSecrets after;
        ConnectionSecrets::deserialize(
            m_f->secrets.entries.value(c.id.toString(QUuid::WithoutBraces)), &after);
        QVERIFY(after.refreshToken != before.refreshToken);
        QCOMPARE(after.clientSecret, before.clientSecret); // kept from the keychain, never shown
        QVERIFY(m_f->emulator.state().findRefreshToken(after.refreshToken.toLatin1()));
    }

    void editKeepsWhatIsNotRetyped()
    {
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = start(window, "passwordRadio", QStringLiteral("Legacy"));
        fillPasswordPage(w, QStringLiteral("Demo-Pass-1"));
        w->next();
        expectConnected(w);
        const QUuid id = m_f->store->connections().first().id;
        w->close();

        window.select(id);
        ConnectionWizard *edit = window.editSelected(false);
        auto *name = find<QLineEdit>(edit->currentPage(), "nameEdit");
        QCOMPARE(name->text(), QStringLiteral("Legacy")); // its own name is not "taken"
        QVERIFY2(edit->button(QWizard::NextButton)->isEnabled(),
                 qPrintable(edit->controller()->nameProblem()));
        type(edit, "nameEdit", QStringLiteral("Legacy renamed"));
        edit->next();
        edit->next();
        QVERIFY(find<QRadioButton>(edit->currentPage(), "passwordRadio")->isChecked());
        edit->next();
        edit->next();
        QCOMPARE(find<QLineEdit>(edit->currentPage(), "clientIdEdit")->text(),
                 QStringLiteral("SfconnectByoaKey"));
        QVERIFY(
            find<QLineEdit>(edit->currentPage(), "passwordEdit")->text().isEmpty()); // never shown
        // Empty secrets keep the saved ones.
        QVERIFY2(edit->button(QWizard::NextButton)->isEnabled(),
                 qPrintable(edit->controller()->credentialsProblem()));
        edit->next();
        QTRY_VERIFY_WITH_TIMEOUT(edit->controller()->step() == WizardController::Step::Done ||
                                     edit->controller()->step() == WizardController::Step::Failed,
                                 15000);
        QVERIFY2(edit->controller()->step() == WizardController::Step::Done,
                 qPrintable(edit->controller()->error().summary()));
        QCOMPARE(m_f->store->connections().size(), 1);
        QCOMPARE(m_f->store->connections().first().id, id);
        QCOMPARE(m_f->store->connections().first().name, QStringLiteral("Legacy renamed"));
        ConnectionSecrets secrets;
        ConnectionSecrets::deserialize(
            m_f->secrets.entries.value(id.toString(QUuid::WithoutBraces)), &secrets);
        QCOMPARE(secrets.password, QStringLiteral("Demo-Pass-1"));
    }

    void browserSignInFailures_data()
    {
        QTest::addColumn<bool>("approve");
        QTest::addColumn<bool>("adminApproved");
        QTest::addColumn<QString>("words");
        QTest::newRow("denied in the browser") << false << false << "denied";
        QTest::newRow("profile not assigned to the app")
            << true << true << "profile or permission set";
    }

    void browserSignInFailures()
    {
        QFETCH(bool, approve);
        QFETCH(bool, adminApproved);
        QFETCH(QString, words);
        m_browser.approve = approve;
        sfemu::App *app =
            m_f->emulator.state().scenario().app(QStringLiteral("SfconnectPublicApp"));
        app->adminApproved = adminApproved;
        app->preAuthorizedProfiles = {QStringLiteral("Integration")};
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = start(window, "webRadio");
        w->next();
        expectFailure(w, words);
    }

    void browserSignInWithThePublicApp()
    {
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        ConnectionWizard *w = start(window, "webRadio");
        QCOMPARE(w->currentId(), int(ConnectionWizard::WebPage));
        w->next();
        expectConnected(w);
        QCOMPARE(QUrlQuery(m_browser.opened).queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("SfconnectPublicApp"));
        QCOMPARE(
            QUrlQuery(m_browser.opened).queryItemValue(QStringLiteral("code_challenge_method")),
            QStringLiteral("S256"));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
