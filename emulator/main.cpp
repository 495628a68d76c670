// sfconnect-emulator: runs the local org emulator until SIGINT or SIGTERM.
#include "Emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: wake the event loop through the pipe.
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sfconnect-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SFCONNECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local stand-in for a Salesforce org, for trying and testing sfconnect."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (0 picks a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(portOption);
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("Scenario file (JSON) to emulate; see "
                                                         "emulator/README.md."),
                                          QStringLiteral("FILE"));
    parser.addOption(configOption);
    const QCommandLineOption printOption(QStringLiteral("print-default-config"),
                                         QStringLiteral("Print the default scenario and exit."));
    parser.addOption(printOption);
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the fault generator (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOption(seedOption);
    parser.process(app);

    if (parser.isSet(printOption)) {
        const QByteArray json =
            QJsonDocument(sfemu::Scenario::defaults().toJson()).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return 0;
    }
    sfemu::Scenario scenario = sfemu::Scenario::defaults();
    if (parser.isSet(configOption)) {
        QString error;
        if (!sfemu::Scenario::fromFile(parser.value(configOption), &scenario, &error)) {
            std::fprintf(stderr, "sfconnect-emulator: %s\n", qPrintable(error));
            return 2;
        }
    }
    bool seedOk = false;
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk) {
        std::fprintf(stderr, "sfconnect-emulator: --seed must be a whole number\n");
        return 2;
    }

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "sfconnect-emulator: --port must be a number from 0 to 65535\n");
        return 2;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        std::perror("sfconnect-emulator: socketpair");
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app,
                     [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    sfemu::Emulator emulator(scenario, seed);
    QString error;
    if (!emulator.start(quint16(port), &error)) {
        std::fprintf(stderr, "sfconnect-emulator: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(emulator.baseUrl().toString()));
    std::fflush(stdout);
    const int rc = app.exec();
    std::fprintf(stderr, "sfconnect-emulator: stopped\n");
    return rc;
}
