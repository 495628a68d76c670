#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QTest>

using sfconnect::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsEmptyState()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No connections yet")));
        QVERIFY(!empty->accessibleName().isEmpty());
        auto *emulator = window.findChild<QLabel *>(QStringLiteral("emulatorStatus"));
        QVERIFY(emulator);
        QVERIFY(!emulator->isVisible());
    }

    void namesTheEmulator()
    {
        MainWindow window;
        window.show();
        window.setEmulatorUrl(QUrl(QStringLiteral("http://127.0.0.1:40123")));
        auto *emulator = window.findChild<QLabel *>(QStringLiteral("emulatorStatus"));
        QVERIFY(emulator->isVisible());
        QVERIFY(emulator->text().contains(QStringLiteral("http://127.0.0.1:40123")));
        window.setEmulatorUrl({});
        QVERIFY(!emulator->isVisible());
    }

    void copiesDebugInfo()
    {
        MainWindow window;
        auto *copy = window.findChild<QAction *>(QStringLiteral("actionCopyDebugInfo"));
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->trigger();
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("sfconnect ")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
