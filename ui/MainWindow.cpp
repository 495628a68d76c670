#include "MainWindow.h"

#include "DebugInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sfconnect {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("sfconnect"));
    resize(960, 600);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_emptyState = new QLabel(central);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(tr("<h2>No connections yet</h2>"
                             "<p>sfconnect keeps your Salesforce org connections in one place, "
                             "checks that they still work and helps you fix them when they "
                             "do not.</p>"));
    m_emptyState->setAccessibleName(tr("No connections yet"));
    layout->addWidget(m_emptyState, 1);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *copyInfo =
        helpMenu->addAction(tr("&Copy Debug Information"), this, &MainWindow::copyDebugInfo);
    copyInfo->setObjectName(QStringLiteral("actionCopyDebugInfo"));
    auto *about = helpMenu->addAction(tr("&About sfconnect"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));

    m_emulatorStatus = new QLabel(this);
    m_emulatorStatus->setObjectName(QStringLiteral("emulatorStatus"));
    statusBar()->addPermanentWidget(m_emulatorStatus);
    setEmulatorUrl({});
}

void MainWindow::setEmulatorUrl(const QUrl &baseUrl)
{
    if (baseUrl.isEmpty()) {
        m_emulatorStatus->clear();
        m_emulatorStatus->setVisible(false);
        return;
    }
    m_emulatorStatus->setText(
        tr("Local org emulator running at %1").arg(baseUrl.toDisplayString()));
    m_emulatorStatus->setVisible(true);
}

void MainWindow::copyDebugInfo()
{
    QApplication::clipboard()->setText(DebugInfo::text());
    statusBar()->showMessage(tr("Debug information copied to the clipboard."), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About sfconnect"),
                       tr("<p><b>sfconnect %1</b></p>"
                          "<p>Sets up, stores, monitors and troubleshoots connections to "
                          "Salesforce orgs. Secrets stay in your system keychain.</p>")
                           .arg(QStringLiteral(SFCONNECT_VERSION)));
}

} // namespace sfconnect
