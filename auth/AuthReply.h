#pragma once

#include "AuthError.h"
#include "TokenSet.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace sfconnect {

/// One asynchronous Salesforce call (a grant, a revoke or a probe), like a QNetworkReply:
/// connect to finished(), then read tokens(), json() or error(). It deletes itself after
/// finished() has been delivered unless the caller takes ownership with setParent().
class AuthReply : public QObject
{
    Q_OBJECT

public:
    explicit AuthReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const AuthError &error() const { return m_error; }
    const TokenSet &tokens() const { return m_tokens; }
    /// The JSON body of a probe.
    const QJsonDocument &json() const { return m_json; }
    /// For the JWT flow with several audiences: the one Salesforce accepted.
    QString audience() const { return m_audience; }

    /// Stops the call; finished() follows with AuthError::Kind::Cancelled.
    void abort();

    // For the auth layer's clients.
    void setNetworkReply(QNetworkReply *reply);
    void finishWithTokens(const TokenSet &tokens);
    void finishWithJson(const QJsonDocument &json);
    void finishWithError(const AuthError &error);
    void setAudience(const QString &audience) { m_audience = audience; }

signals:
    void finished();

private:
    void finish();

    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
    AuthError m_error;
    TokenSet m_tokens;
    QJsonDocument m_json;
    QString m_audience;
};

} // namespace sfconnect
