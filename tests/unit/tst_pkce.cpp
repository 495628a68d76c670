#include "Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using sfconnect::Pkce;

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void rfc7636Vector()
    {
        // RFC 7636, appendix B.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void generatedPairIsWellFormed_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("length");
        QTest::newRow("32 bytes") << 32 << 43;
        QTest::newRow("33 bytes") << 33 << 44;
        QTest::newRow("96 bytes") << 96 << 128;
    }

    void generatedPairIsWellFormed()
    {
        QFETCH(int, bytes);
        QFETCH(int, length);
        const Pkce pair = Pkce::generate(bytes);
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QCOMPARE(pair.verifier.size(), length);
        QVERIFY(unreserved.match(QString::fromLatin1(pair.verifier)).hasMatch());
        QCOMPARE(pair.challenge.size(), 43);
        QCOMPARE(pair.challenge, Pkce::challengeFor(pair.verifier));
    }

    void verifiersDoNotRepeat()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(Pkce::generate().verifier);
        QCOMPARE(seen.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
