#include "KeychainSecretStore.h"

#include "ModelsLogging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

namespace sfconnect {

namespace {

// The head entry of a chunked secret: "sfconnect-chunks:<count>\n" then the first chunk; the
// others are stored under "<key>.1" ... "<key>.<count-1>".
const QByteArray kChunkHeader = "sfconnect-chunks:";

QString chunkKey(const QString &key, int index)
{
    return index == 0 ? key : QStringLiteral("%1.%2").arg(key).arg(index);
}

int chunkCount(const QByteArray &head)
{
    if (!head.startsWith(kChunkHeader))
        return 1;
    const qsizetype eol = head.indexOf('\n');
    return eol < 0 ? 1 : head.mid(kChunkHeader.size(), eol - kChunkHeader.size()).toInt();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service");
#endif
}

KeychainSecretStore::Outcome KeychainSecretStore::describe(int keychainError,
                                                           const QString &text) const
{
    using namespace QKeychain;
    const QString backend = backendName();
    switch (Error(keychainError)) {
    case NoError:
        return {};
    case EntryNotFound:
        return {SecretJob::Error::NotFound,
                tr("No secret is stored in the %1 for this connection.").arg(backend),
                {}};
    case AccessDenied:
    case AccessDeniedByUser:
        return {
            SecretJob::Error::AccessDenied,
            tr("The %1 is locked or refused access. Unlock it (on GNOME: log out and in again, or "
               "open Passwords and Keys) and try again.")
                .arg(backend),
            {}};
    default:
        break;
    }
    if (text.contains(QLatin1String("locked collection")))
        return {SecretJob::Error::AccessDenied,
                tr("The %1 is locked. Unlock it (on GNOME: Passwords and Keys) and try again.")
                    .arg(backend),
                {}};
    if (text.contains(QLatin1String("org.freedesktop.secrets")) ||
        text.contains(QLatin1String("not provided by")))
        return {SecretJob::Error::Unavailable,
                tr("No %1 is running in this desktop session. Install gnome-keyring (or turn on "
                   "KeePassXC's "
                   "Secret Service) and log in again.")
                    .arg(backend),
                {}};
    if (text.contains(QLatin1String("D-Bus")) || text.contains(QLatin1String("Could not connect")))
        return {SecretJob::Error::Unavailable,
                tr("sfconnect cannot reach the desktop session bus (D-Bus), so the %1 is out of "
                   "reach. Start "
                   "sfconnect from your desktop session.")
                    .arg(backend),
                {}};
    if (text.contains(QLatin1String("collection/login")))
        return {SecretJob::Error::Unavailable,
                tr("The %1 has no default keyring yet. Create the \"Login\" keyring (on GNOME: "
                   "Passwords and "
                   "Keys) and try again.")
                    .arg(backend),
                {}};
    return {SecretJob::Error::Failed, tr("The %1 failed: %2").arg(backend, text), {}};
}

void KeychainSecretStore::run(Op op, const QString &key, const QByteArray &data, QObject *context,
                              Done done, int attempt)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(data);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false); // never a plain file
    job->setAutoDelete(true);

    auto *guard = new QTimer(context);
    guard->setSingleShot(true);
    auto retryOrFail = [=, this](const Outcome &outcome) {
        if (attempt == 0 && outcome.error == SecretJob::Error::Unavailable) {
            qCInfo(lcKeychain).noquote() << "keychain job failed; retrying once:" << outcome.text;
            run(op, key, data, context, done, 1);
        } else {
            done(outcome);
        }
    };
    QObject::connect(guard, &QTimer::timeout, context, [=, this] {
        guard->deleteLater();
        job->disconnect(context); // it deletes itself whenever it ends
        retryOrFail({SecretJob::Error::Unavailable,
                     tr("The %1 did not answer within %n second(s); it may be waiting for an "
                        "unlock prompt.",
                        nullptr, qMax(1, (m_timeoutMs + 999) / 1000))
                         .arg(backendName()),
                     {}});
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [=, this](QKeychain::Job *j) {
        guard->stop();
        guard->deleteLater();
        Outcome outcome = describe(j->error(), j->errorString());
        if (outcome.error == SecretJob::Error::None) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                outcome.data = read->binaryData();
            done(outcome);
        } else {
            retryOrFail(outcome);
        }
    });
    guard->start(m_timeoutMs);
    job->start();
}

void KeychainSecretStore::readAll(const QString &key, QObject *context, Done done)
{
    run(Op::Read, key, {}, context, [=, this](const Outcome &head) {
        if (head.error != SecretJob::Error::None || !head.data.startsWith(kChunkHeader)) {
            done(head);
            return;
        }
        readChunks(key, 1, chunkCount(head.data), head.data.mid(head.data.indexOf('\n') + 1),
                   context, done);
    });
}

void KeychainSecretStore::readChunks(const QString &key, int index, int count,
                                     const QByteArray &collected, QObject *context, Done done)
{
    if (index >= count) {
        done({SecretJob::Error::None, {}, collected});
        return;
    }
    run(Op::Read, chunkKey(key, index), {}, context, [=, this](const Outcome &chunk) {
        if (chunk.error == SecretJob::Error::NotFound) {
            // A head without its chunks: report it as the damage it is.
            done({SecretJob::Error::Failed,
                  tr("Part %1 of the secret is missing from the %2.").arg(index).arg(backendName()),
                  {}});
        } else if (chunk.error != SecretJob::Error::None) {
            done(chunk);
        } else {
            readChunks(key, index + 1, count, collected + chunk.data, context, done);
        }
    });
}

void KeychainSecretStore::writeChunks(const QString &key, const QList<QByteArray> &chunks,
                                      int index, int oldCount, SecretJob *job)
{
    const int count = int(chunks.size());
    if (index > 0) {
        run(Op::Write, chunkKey(key, index), chunks[index], job, [=, this](const Outcome &o) {
            if (o.error != SecretJob::Error::None)
                job->finish(o.error, o.text);
            else
                writeChunks(key, chunks, index - 1, oldCount, job);
        });
        return;
    }
    const QByteArray head =
        count == 1 ? chunks[0] : kChunkHeader + QByteArray::number(count) + '\n' + chunks[0];
    run(Op::Write, key, head, job, [=, this](const Outcome &o) {
        if (o.error != SecretJob::Error::None) {
            job->finish(o.error, o.text);
            return;
        }
        removeChunks(key, count, oldCount, job, [job] { job->finish(SecretJob::Error::None); });
    });
}

void KeychainSecretStore::removeChunks(const QString &key, int from, int to, QObject *context,
                                       std::function<void()> done)
{
    if (from >= to) {
        done();
        return;
    }
    run(Op::Remove, chunkKey(key, from), {}, context,
        [=, this](const Outcome &) { removeChunks(key, from + 1, to, context, done); });
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    auto *job = new SecretJob;
    readAll(key, job, [job](const Outcome &o) { job->finish(o.error, o.text, o.data); });
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &key, const QByteArray &data)
{
    auto *job = new SecretJob;
    QList<QByteArray> chunks;
    for (qsizetype at = 0; at < data.size() || chunks.isEmpty(); at += kChunkBytes)
        chunks << data.mid(at, kChunkBytes);
    // Learn how many chunks the old secret had, so that none of them is left behind.
    run(Op::Read, key, {}, job, [=, this](const Outcome &old) {
        if (old.error == SecretJob::Error::Unavailable ||
            old.error == SecretJob::Error::AccessDenied) {
            job->finish(old.error, old.text);
            return;
        }
        const int oldCount = old.error == SecretJob::Error::None ? chunkCount(old.data) : 1;
        // The tail chunks first, the head last: a head only ever names chunks already written.
        writeChunks(key, chunks, int(chunks.size()) - 1, oldCount, job);
    });
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    auto *job = new SecretJob;
    run(Op::Read, key, {}, job, [=, this](const Outcome &head) {
        if (head.error == SecretJob::Error::Unavailable ||
            head.error == SecretJob::Error::AccessDenied) {
            job->finish(head.error, head.text);
            return;
        }
        const int count = head.error == SecretJob::Error::None ? chunkCount(head.data) : 1;
        removeChunks(key, 1, count, job, [=, this] {
            run(Op::Remove, key, {}, job, [job](const Outcome &o) {
                // Deleting a missing entry is not an error: the secret is gone either way.
                job->finish(o.error == SecretJob::Error::NotFound ? SecretJob::Error::None
                                                                  : o.error,
                            o.text);
            });
        });
    });
    return job;
}

} // namespace sfconnect
