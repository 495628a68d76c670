#include "AuthReply.h"

#include <QNetworkReply>
#include <QTimer>

namespace sfconnect {

AuthReply::AuthReply(QObject *parent)
    : QObject(parent)
{}

void AuthReply::setNetworkReply(QNetworkReply *reply)
{
    m_reply = reply;
}

void AuthReply::abort()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    finishWithError(AuthError(AuthError::Kind::Cancelled, AuthError::Stage::Configuration,
                              QStringLiteral("cancelled"), QString()));
}

void AuthReply::finishWithTokens(const TokenSet &tokens)
{
    m_tokens = tokens;
    finish();
}

void AuthReply::finishWithJson(const QJsonDocument &json)
{
    m_json = json;
    finish();
}

void AuthReply::finishWithError(const AuthError &error)
{
    m_error = error;
    finish();
}

void AuthReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // Delivered from the event loop, so a caller can connect after the call returned even when
    // the reply fails at once (a refused configuration).
    QTimer::singleShot(0, this, [this] {
        emit finished();
        if (!parent())
            deleteLater();
    });
}

} // namespace sfconnect
