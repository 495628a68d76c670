#include "MainWindow.h"
#include "WindowFixture.h"

#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete()
    {
        QFile ts(QStringLiteral(SFCONNECT_SOURCE_DIR "/translations/sfconnect_es.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.contains("<message>"));
        QCOMPARE(text.count("type=\"unfinished\""), 0);
        QCOMPARE(text.count("type=\"vanished\""), 0);
    }

    void englishPluralsReadAsEnglish()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("sfconnect_en"), QStringLiteral(SFCONNECT_QM_DIR)));
        QCOMPARE(translator.translate("sfconnect::MainWindow", "%n connection(s)", nullptr, 1),
                 QStringLiteral("%n connection"));
        QCOMPARE(translator.translate("sfconnect::MainWindow", "%n connection(s)", nullptr, 2),
                 QStringLiteral("%n connections"));
    }

    void windowSpeaksSpanish()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("sfconnect_es"), QStringLiteral(SFCONNECT_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        WindowFixture f;
        sfconnect::MainWindow window(f.store.get(), f.manager.get(), &f.client);
        auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->text().contains(QStringLiteral("Todavía no hay conexiones")));
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first(), QStringLiteral("&Archivo"));
        QCOMPARE(menus.last(), QStringLiteral("A&yuda"));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
