// End to end with a real browser: headless Chromium (Debian's package, driven through
// chromedriver) completes the authorization-code flow on the emulator's pages (login, MFA,
// consent) while the wizard waits, and the wizard reaches Connected.
#include "WebDriver.h"
#include "WindowFixture.h"

#include "ConnectionWizard.h"
#include "MainWindow.h"
#include "WizardController.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>
#include <QUrlQuery>

using namespace sfconnect;

class ChromiumOpener : public QObject
{
    Q_OBJECT
public:
    QUrl url;
public slots:
    void open(const QUrl &u) { url = u; }
};

class TestWizardChromium : public QObject
{
    Q_OBJECT

private slots:
    void browserSignInInChromium()
    {
        if (!WebDriver::available()) {
            if (qEnvironmentVariableIntValue("SFCONNECT_REQUIRE_CHROMIUM") == 1)
                QFAIL("chromium and chromium-driver are not installed");
            QSKIP("chromium and chromium-driver are not installed");
        }
        WebDriver browser;
        QString error;
        QVERIFY2(browser.start(&error), qPrintable(error));

        WindowFixture f;
        ChromiumOpener opener;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &opener, "open");
        MainWindow window(f.store.get(), f.manager.get(), &f.client);
        window.setEmulatorUrl(f.emulator.baseUrl());
        ConnectionWizard *w = window.addConnection();
        w->controller()->callbackPort = 0;
        w->next(); // name as suggested
        w->next(); // the emulator is offered first
        w->currentPage()->findChild<QRadioButton *>(QStringLiteral("webRadio"))->setChecked(true);
        w->next();
        w->next();
        w->next(); // connect: the wizard waits for the browser
        QTRY_VERIFY_WITH_TIMEOUT(!opener.url.isEmpty(), 10000);
        QCOMPARE(w->controller()->step(), WizardController::Step::WaitingForBrowser);
        // The callback on its free port is registered in the public app, as an admin would.
        f.emulator.state().scenario().app(QStringLiteral("SfconnectPublicApp"))->callbackUrls
            << QUrlQuery(opener.url)
                   .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);

        browser.open(opener.url);
        QVERIFY2(browser.type(QStringLiteral("#username"), QStringLiteral("admin@sfconnect.demo")),
                 qPrintable(browser.pageText()));
        QVERIFY(browser.type(QStringLiteral("#password"), QStringLiteral("Demo-Pass-1")));
        QVERIFY(browser.click(QStringLiteral("#Login")));
        QVERIFY2(browser.type(QStringLiteral("#code"), QStringLiteral("123456")),
                 qPrintable(browser.pageText()));
        QVERIFY(browser.click(QStringLiteral("#save")));
        QVERIFY2(browser.click(QStringLiteral("#oaapprove")), qPrintable(browser.pageText()));

        QTRY_VERIFY_WITH_TIMEOUT(w->controller()->step() == WizardController::Step::Done ||
                                     w->controller()->step() == WizardController::Step::Failed,
                                 20000);
        QVERIFY2(w->controller()->step() == WizardController::Step::Done,
                 qPrintable(w->controller()->error().summary()));
        QTRY_VERIFY_WITH_TIMEOUT(browser.pageText().contains(QStringLiteral("Signed in")), 10000);
        QVERIFY(browser.currentUrl().startsWith(QStringLiteral("http://localhost:")));
        QCOMPARE(f.store->connections().size(), 1);
        QCOMPARE(f.store->connections().first().lastStatus, ConnectionStatus::Connected);
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }
};

QTEST_MAIN(TestWizardChromium)
#include "tst_wizard_chromium.moc"
