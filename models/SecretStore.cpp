#include "SecretStore.h"

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
        emit finished();
        if (!parent())
            deleteLater();
    });
}

} // namespace sfconnect
