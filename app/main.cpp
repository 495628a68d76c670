// sfconnect: the desktop application.
#include "Emulator.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// Loads sfconnect's own translation (embedded) and Qt's (from the system) for the UI locale.
void installTranslations(QApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("sfconnect"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sfconnect"));
    QApplication::setOrganizationName(QStringLiteral("sfconnect"));
    QApplication::setApplicationVersion(QStringLiteral(SFCONNECT_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Sets up, stores, monitors and troubleshoots connections to Salesforce orgs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption emulatorOption(
        QStringLiteral("emulator"),
        QApplication::translate("main", "Start the local org emulator, to try sfconnect without a "
                                        "Salesforce org."));
    parser.addOption(emulatorOption);
    parser.process(app);

    sfconnect::MainWindow window;
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
