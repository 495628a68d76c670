#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfconnect {

/// A known Salesforce problem: what it means and how to fix it, in plain words.
struct KnownProblem
{
    QString key; ///< the problem id (or its start) it answers, e.g. "oauth.invalid_client_id"
    QString title;
    QString meaning;
    QStringList fixes; ///< in the order to try them
};

/// The known problems, keyed by AuthError's stable problem ids.
class KnowledgeBase
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgeBase)

public:
    static const QList<KnownProblem> &problems();
    /// The entry for @p problemId (the longest key it starts with), or nullptr.
    static const KnownProblem *match(const QString &problemId);
    /// The entry as text: title, meaning and numbered fixes.
    static QString describe(const KnownProblem &problem);
};

} // namespace sfconnect
