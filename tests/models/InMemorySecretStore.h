#pragma once

// A SecretStore in memory, for unit tests only: it counts every call and can play a keychain
// that is not there.
#include "SecretStore.h"

#include <QHash>

class InMemorySecretStore : public sfconnect::SecretStore
{
public:
    QHash<QString, QByteArray> entries;
    int calls = 0;
    bool unavailable = false;

    sfconnect::SecretJob *read(const QString &key) override
    {
        auto *job = start();
        if (!job->isFinished()) {
            if (entries.contains(key))
                job->finish(sfconnect::SecretJob::Error::None, {}, entries.value(key));
            else
                job->finish(sfconnect::SecretJob::Error::NotFound, QStringLiteral("not found"));
        }
        return job;
    }
    sfconnect::SecretJob *write(const QString &key, const QByteArray &data) override
    {
        auto *job = start();
        if (!job->isFinished()) {
            entries.insert(key, data);
            job->finish(sfconnect::SecretJob::Error::None);
        }
        return job;
    }
    sfconnect::SecretJob *remove(const QString &key) override
    {
        auto *job = start();
        if (!job->isFinished()) {
            entries.remove(key);
            job->finish(sfconnect::SecretJob::Error::None);
        }
        return job;
    }
    QString backendName() const override { return QStringLiteral("test keychain"); }

private:
    sfconnect::SecretJob *start()
    {
        ++calls;
        auto *job = new sfconnect::SecretJob;
        if (unavailable)
            job->finish(sfconnect::SecretJob::Error::Unavailable,
                        QStringLiteral("The test keychain does not answer."));
        return job;
    }
};
