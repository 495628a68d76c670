#pragma once

// Runs one QtKeychain job to completion with a guard timer: QtKeychain 0.13's jobs have no
// time-out of their own, and a keychain that shows a prompt nobody can answer never finishes.

#include <qt6keychain/keychain.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

struct KeychainOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
    qint64 elapsedMs = 0;
    bool timedOut = false;
};

inline KeychainOutcome runKeychainJob(QKeychain::Job *job, int guardMs = 15000)
{
    KeychainOutcome out;
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, [&] {
        out.timedOut = true;
        loop.quit();
    });
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *j) {
        out.error = j->error();
        out.errorString = j->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            out.data = read->binaryData();
        loop.quit();
    });
    job->setAutoDelete(false);
    QElapsedTimer clock;
    clock.start();
    guard.start(guardMs);
    job->start();
    loop.exec();
    out.elapsedMs = clock.elapsed();
    if (!out.timedOut)
        delete job;
    return out;
}

inline KeychainOutcome writeSecret(const QString &service, const QString &key,
                                   const QByteArray &data)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(data);
    return runKeychainJob(job);
}

inline KeychainOutcome readSecret(const QString &service, const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setInsecureFallback(false);
    job->setKey(key);
    return runKeychainJob(job);
}

inline KeychainOutcome deleteSecret(const QString &service, const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setInsecureFallback(false);
    job->setKey(key);
    return runKeychainJob(job);
}
