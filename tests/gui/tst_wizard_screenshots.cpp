// A picture of every wizard page in a real X window (Xvfb under scripts/test), for the docs and
// for a person to look at: build/screenshots/wizard-*.png. Each page is checked to be painted,
// not blank, and to fit its text.
#include "WindowFixture.h"

#include "ConnectionWizard.h"
#include "MainWindow.h"
#include "WizardController.h"

#include <QAbstractButton>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScreen>
#include <QTest>

using namespace sfconnect;

class TestWizardScreenshots : public QObject
{
    Q_OBJECT

    static bool hasSomeDrawing(const QImage &image)
    {
        // Text and controls were painted: antialiased text alone brings many shades.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                colours.insert(image.pixel(x, y));
        }
        return colours.size() > 20;
    }

private slots:
    void everyPage()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs a real X server (scripts/test runs the suite under Xvfb)");
        const QString dir = QStringLiteral(SFCONNECT_BIN_DIR "/../screenshots");
        QDir().mkpath(dir);
        WindowFixture f;
        MainWindow window(f.store.get(), f.manager.get(), &f.client);
        window.setEmulatorUrl(f.emulator.baseUrl());
        ConnectionWizard *w = window.addConnection();
        w->resize(720, 560);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        const QList<std::pair<const char *, const char *>> walk = {{"1-name", nullptr},
                                                                   {"2-environment", nullptr},
                                                                   {"3-method", "jwtRadio"},
                                                                   {"4-prerequisites", nullptr},
                                                                   {"5-credentials-jwt", nullptr}};
        for (const auto &[name, choose] : walk) {
            if (choose)
                w->currentPage()
                    ->findChild<QRadioButton *>(QLatin1String(choose))
                    ->setChecked(true);
            QTest::qWait(150);
            const QImage shot = w->grab().toImage();
            QVERIFY2(hasSomeDrawing(shot), name);
            // Under QT_SCALE_FACTOR (CTest runs it at 1.5 too) the pictures get their own names.
            const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
            const QString file = QDir(dir).filePath(
                QStringLiteral("wizard-%1%2.png")
                    .arg(QLatin1String(name),
                         scale.isEmpty() ? QString() : QLatin1Char('@') + scale));
            QVERIFY(shot.save(file));
            // Nothing on the page is cut: every label gets at least the height its text needs.
            for (QLabel *label : w->currentPage()->findChildren<QLabel *>()) {
                if (label->isVisible() && !label->text().isEmpty())
                    QVERIFY2(label->height() >= label->heightForWidth(label->width()) - 1 ||
                                 !label->wordWrap(),
                             qPrintable(label->text()));
            }
            qInfo("saved %s", qPrintable(file));
            w->next();
        }
    }
};

QTEST_MAIN(TestWizardScreenshots)
#include "tst_wizard_screenshots.moc"
