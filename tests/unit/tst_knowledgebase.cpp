#include "KnowledgeBase.h"

#include <QSet>
#include <QTest>

using sfconnect::KnowledgeBase;

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheProblemIds_data()
    {
        QTest::addColumn<QString>("problemId");
        QTest::addColumn<QString>("title");
        // Problem ids as AuthError makes them from Salesforce's answers.
        QTest::newRow("unknown client") << "oauth.invalid_client_id.client_identifier_invalid"
                                        << "Salesforce does not know the client id";
        QTest::newRow("wrong secret") << "oauth.invalid_client.invalid_client_credentials"
                                      << "The client secret is wrong";
        QTest::newRow("revoked") << "oauth.invalid_grant.expired_access_refresh_token"
                                 << "The sign-in has expired or was revoked";
        QTest::newRow("password flow") << "oauth.invalid_grant.authentication_failure"
                                       << "Salesforce refused the sign-in";
        QTest::newRow("audience") << "oauth.invalid_grant.audience_is_invalid"
                                  << "The JWT audience is not accepted";
        QTest::newRow("signature") << "oauth.invalid_grant.invalid_assertion"
                                   << "The JWT signature does not verify";
        QTest::newRow("not approved") << "oauth.invalid_grant.user_hasn_t_approved_this_consumer"
                                      << "The user is not approved for the app";
        QTest::newRow("admin approved")
            << "oauth.invalid_app_access.user_is_not_admin_approved_to_access_this_app"
            << "The user's profile is not assigned to the app";
        QTest::newRow("pkce") << "oauth.invalid_request.missing_required_code_challenge"
                              << "PKCE is required";
        QTest::newRow("api disabled") << "rest.API_DISABLED_FOR_ORG"
                                      << "API access is not enabled";
        QTest::newRow("dns") << "network.host_not_found"
                             << "The Salesforce address cannot be found";
        QTest::newRow("maintenance") << "service.maintenance"
                                     << "Salesforce is down for maintenance";
        QTest::newRow("busy port") << "browser.port_busy"
                                   << "The sign-in port is in use";
    }

    void matchesTheProblemIds()
    {
        QFETCH(QString, problemId);
        QFETCH(QString, title);
        const auto *p = KnowledgeBase::match(problemId);
        QVERIFY2(p, qPrintable(problemId));
        QCOMPARE(p->title, title);
        QVERIFY(!p->fixes.isEmpty());
        QVERIFY(KnowledgeBase::describe(*p).contains(QStringLiteral("\n1. ")));
    }

    void longestKeyWinsAndUnknownsStayUnknown()
    {
        // "oauth.invalid_client_id" must not be mistaken for "oauth.invalid_client".
        QCOMPARE(KnowledgeBase::match(QStringLiteral("oauth.invalid_client_id.x"))->key,
                 QStringLiteral("oauth.invalid_client_id"));
        QVERIFY(!KnowledgeBase::match(QStringLiteral("response.signature_mismatch")));
        QVERIFY(!KnowledgeBase::match(QString()));
        QSet<QString> keys;
        for (const auto &p : KnowledgeBase::problems())
            keys.insert(p.key);
        QCOMPARE(keys.size(), KnowledgeBase::problems().size()); // one entry per key
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
