// sfconnect: the desktop application, and its command line (sfconnect list|check|show|add|...).
#include "Cli.h"
#include "ConnectionManager.h"
#include "ConnectionStore.h"
#include "Emulator.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "TokenClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTranslator>

namespace {

// Loads sfconnect's own translation (embedded) and Qt's (from the system) for the UI locale.
void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("sfconnect"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// Names the application (its settings live in ~/.config/sfconnect) and loads its language.
void describe(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("sfconnect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SFCONNECT_VERSION));
    installTranslations(app);
}

} // namespace

int main(int argc, char *argv[])
{
    // A command needs no display: it runs on QCoreApplication.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (sfconnect::Cli::handles(arguments)) {
        QCoreApplication app(argc, argv);
        describe(app);
        return sfconnect::Cli::run(arguments);
    }

    QApplication app(argc, argv);
    describe(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Sets up, stores, monitors and troubleshoots connections to Salesforce orgs.\n\n"
                "Commands (no display needed): list, check, show, add, export, import.\n"
                "sfconnect COMMAND --help tells more."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption emulatorOption(
        QStringLiteral("emulator"),
        QApplication::translate("main", "Start the local org emulator, to try sfconnect without a "
                                        "Salesforce org."));
    parser.addOption(emulatorOption);
    parser.process(app);

    sfconnect::KeychainSecretStore secrets;
    sfconnect::ConnectionStore store(sfconnect::ConnectionStore::defaultDirectory(), &secrets);
    store.load(); // metadata only: no keychain call until an action needs a secret
    QNetworkAccessManager nam;
    sfconnect::TokenClient client(&nam);
    sfconnect::ConnectionManager manager(&store, &client);
    manager.setPeriodicCheck(QSettings()
                                 .value(QStringLiteral("checks/periodMinutes"),
                                        sfconnect::ConnectionManager::kDefaultPeriodMinutes)
                                 .toInt());
    sfconnect::MainWindow window(&store, &manager, &client);
    sfemu::Emulator emulator;
    if (parser.isSet(emulatorOption)) {
        QString error;
        if (!emulator.start(0, &error)) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
        window.setEmulatorUrl(emulator.baseUrl());
    }
    window.show();
    return app.exec();
}
