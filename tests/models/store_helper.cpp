// A second process for the store's tests.
//   store_helper hold DIR      takes the store's lock, prints "locked", waits to be killed
//   store_helper writer DIR    saves over and over, printing "saved N" after each save returns
#include "ConnectionStore.h"
#include "InMemorySecretStore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace sfconnect;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QByteArray mode = argv[1];
    InMemorySecretStore secrets;
    ConnectionStore store(QString::fromLocal8Bit(argv[2]), &secrets);
    store.load();
    if (store.isReadOnly()) {
        std::printf("read-only\n");
        return 3;
    }
    if (mode == "hold") {
        std::printf("locked\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    if (mode != "writer" || store.connections().isEmpty())
        return 2;
    // Each round writes the round number into the first entry's "displayName" and saves the
    // whole file; "saved N" means the save returned.
    Connection first = store.connections().first();
    for (int round = 1;; ++round) {
        first.displayName = QString::number(round);
        QString error;
        if (!store.updateMetadata(first, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("saved %d\n", round);
        std::fflush(stdout);
    }
}
