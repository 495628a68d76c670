#include "SecretStore.h"

#include <QPointer>
#include <QTimer>

namespace sfconnect {

void SecretJob::finish(Error error, const QString &text, const QByteArray &data)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorText = text;
    m_data = data;
    // Queued, so that callers can connect after starting even a job that fails at once.
    QTimer::singleShot(0, this, [this] {
        const QPointer<SecretJob> self(this); // a slot may delete the job
        emit finished();
        if (self && !self->parent())
            self->deleteLater();
    });
}

} // namespace sfconnect
