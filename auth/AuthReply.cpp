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
        m_reply->deleteLater(); // its finished handler, which would delete it, is gone
    }
    // A JWT sign-in runs its attempts as child replies.
    for (AuthReply *attempt : findChildren<AuthReply *>(QString(), Qt::FindDirectChildrenOnly))
        attempt->abort();
    finishWithError(AuthError(AuthError::Kind::Cancelled, AuthError::Stage::Configuration,
                              QStringLiteral("cancelled"), QString()));
}

void AuthReply::finishWithTokens(const TokenSet &tokens)
{
    if (m_finished)
        return;
    m_tokens = tokens;
    finish();
}

void AuthReply::finishWithJson(const QJsonDocument &json)
{
    if (m_finished)
        return;
    m_json = json;
    finish();
}

void AuthReply::finishWithError(const AuthError &error)
{
    if (m_finished)
        return;
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
        const QPointer<AuthReply> self(this); // a slot may delete the reply
        emit finished();
        if (self && !self->parent())
            self->deleteLater();
    });
}

} // namespace sfconnect
