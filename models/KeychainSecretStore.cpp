#include "KeychainSecretStore.h"

#include "ModelsLogging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace sfconnect {

namespace {

// A chunked secret's head entry: "sfconnect-chunks:<count>:<generation>\n" then chunk 0.
const QByteArray kChunkHeader = "sfconnect-chunks:";

QByteArray newGeneration()
{
    return QByteArray::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, '0');
}

bool isTransient(const SecretJob::Error error)
{
    return error == SecretJob::Error::Unavailable || error == SecretJob::Error::AccessDenied;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::chunkKey(const QString &key, const QByteArray &generation, int index)
{
    return QStringLiteral("%1.%2.%3").arg(key, QString::fromLatin1(generation)).arg(index);
}

KeychainSecretStore::Head KeychainSecretStore::parseHead(const QByteArray &entry)
{
    Head head;
    if (!entry.startsWith(kChunkHeader)) {
        head.first = entry;
        return head;
    }
    head.chunked = true;
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,2}):([0-9a-f]{8})$"));
    const qsizetype eol = entry.indexOf('\n');
    const auto m = eol < 0 ? QRegularExpressionMatch()
                           : shape.match(QString::fromLatin1(
                                 entry.mid(kChunkHeader.size(), eol - kChunkHeader.size())));
    if (!m.hasMatch() || m.captured(1).toInt() < 1 || m.captured(1).toInt() > kMaxChunks) {
        head.damaged = true;
        return head;
    }
    head.count = m.captured(1).toInt();
    head.generation = m.captured(2).toLatin1();
    head.first = entry.mid(eol + 1);
    return head;
}

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
#if defined(Q_OS_MACOS)
    const QString unlock = tr("Unlock the login keychain in Keychain Access and try again.");
#elif defined(Q_OS_WIN)
    const QString unlock = tr("Sign in to Windows again and try again.");
#else
    const QString unlock = tr("Unlock it (on GNOME: log out and in again, or open Passwords and "
                              "Keys) and try again.");
#endif
    switch (Error(keychainError)) {
    case NoError:
        return {};
    case EntryNotFound:
        return {SecretJob::Error::NotFound,
                tr("No secret is stored in the %1 for this connection.").arg(backend),
                {}};
    case AccessDenied:
    case AccessDeniedByUser:
        return {SecretJob::Error::AccessDenied,
                tr("The %1 is locked or refused access. %2").arg(backend, unlock),
                {}};
    case NoBackendAvailable:
        return {SecretJob::Error::Unavailable,
                tr("No %1 is available. Install gnome-keyring (or turn on KeePassXC's Secret "
                   "Service) and log in again.")
                    .arg(backend),
                {}};
    default:
        break;
    }
    if (text.contains(QLatin1String("locked collection")))
        return {
            SecretJob::Error::AccessDenied, tr("The %1 is locked. %2").arg(backend, unlock), {}};
    if (text.contains(QLatin1String("NoReply")) ||
        text.contains(QLatin1String("Did not receive a reply")))
        return {SecretJob::Error::Unavailable,
                tr("The %1 did not answer; it may be waiting for an unlock prompt. %2")
                    .arg(backend, unlock),
                {}};
    if (text.contains(QLatin1String("org.freedesktop.secrets")) ||
        text.contains(QLatin1String("not provided by")))
        return {SecretJob::Error::Unavailable,
                tr("No %1 is running in this desktop session. Install gnome-keyring (or turn on "
                   "KeePassXC's Secret Service) and log in again.")
                    .arg(backend),
                {}};
    if (text.contains(QLatin1String("autolaunch")) ||
        text.contains(QLatin1String("Could not connect")))
        return {SecretJob::Error::Unavailable,
                tr("sfconnect cannot reach the desktop session bus (D-Bus), so the %1 is out of "
                   "reach. Start sfconnect from your desktop session.")
                    .arg(backend),
                {}};
    if (text.contains(QLatin1String("collection/login")))
        return {SecretJob::Error::Unavailable,
                tr("The %1 has no default keyring yet. Create the \"Login\" keyring (on GNOME: "
                   "Passwords and Keys) and try again.")
                    .arg(backend),
                {}};
    return {SecretJob::Error::Failed, tr("The %1 failed: %2").arg(backend, text), {}};
}

void KeychainSecretStore::run(Op op, const QString &key, const QByteArray &data, SecretJob *job,
                              Done done, int attempt)
{
    if (m_stuck) {
        done({SecretJob::Error::Unavailable,
              tr("The %1 is still busy with an earlier request that got no answer; it may be "
                 "waiting for an unlock prompt. Unlock it and try again.")
                  .arg(backendName()),
              {}});
        return;
    }
    QKeychain::Job *keychainJob = nullptr;
    switch (op) {
    case Op::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(data);
        keychainJob = write;
        break;
    }
    case Op::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    keychainJob->setKey(key);
    keychainJob->setInsecureFallback(false); // never a plain file
    keychainJob->setAutoDelete(true);

    // Callbacks are tied to the job; the store may be gone by the time they run.
    const QPointer<KeychainSecretStore> self(this);
    auto *guard = new QTimer(job);
    guard->setSingleShot(true);
    QObject::connect(guard, &QTimer::timeout, job, [=] {
        guard->deleteLater();
        keychainJob->disconnect(job);
        if (!self) {
            job->finish(SecretJob::Error::Failed, tr("sfconnect closed the keychain."));
            return;
        }
        // QtKeychain runs one job at a time: until this one ends, later ones would wait behind it.
        self->m_stuck = true;
        QObject::connect(keychainJob, &QKeychain::Job::finished, self,
                         [self] { self->m_stuck = false; });
        done({SecretJob::Error::Unavailable,
              tr("The %1 did not answer within %n second(s); it may be waiting for an unlock "
                 "prompt.",
                 nullptr, qMax(1, (self->m_timeoutMs + 999) / 1000))
                  .arg(self->backendName()),
              {}});
    });
    QObject::connect(keychainJob, &QKeychain::Job::finished, job, [=](QKeychain::Job *j) {
        guard->stop();
        guard->deleteLater();
        if (!self) {
            job->finish(SecretJob::Error::Failed, tr("sfconnect closed the keychain."));
            return;
        }
        Outcome outcome = self->describe(j->error(), j->errorString());
        if (outcome.error == SecretJob::Error::None) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                outcome.data = read->binaryData();
        } else if (attempt == 0 && outcome.error == SecretJob::Error::Unavailable) {
            qCInfo(lcKeychain).noquote() << "keychain job failed; retrying once:" << outcome.text;
            self->run(op, key, data, job, done, 1);
            return;
        }
        done(outcome);
    });
    guard->start(m_timeoutMs);
    keychainJob->start();
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    auto *job = new SecretJob;
    run(Op::Read, key, {}, job, [=, this](const Outcome &o) {
        if (o.error != SecretJob::Error::None) {
            job->finish(o.error, o.text);
            return;
        }
        const Head head = parseHead(o.data);
        if (head.damaged)
            job->finish(SecretJob::Error::Failed,
                        tr("The secret in the %1 is damaged; sign in again to replace it.")
                            .arg(backendName()));
        else if (!head.chunked)
            job->finish(SecretJob::Error::None, {}, head.first);
        else
            readChunks(key, head, 1, head.first, job);
    });
    return job;
}

void KeychainSecretStore::readChunks(const QString &key, const Head &head, int index,
                                     QByteArray collected, SecretJob *job)
{
    if (index >= head.count) {
        job->finish(SecretJob::Error::None, {}, collected);
        return;
    }
    run(Op::Read, chunkKey(key, head.generation, index), {}, job, [=, this](const Outcome &chunk) {
        if (chunk.error == SecretJob::Error::NotFound)
            job->finish(
                SecretJob::Error::Failed,
                tr("Part %1 of the secret is missing from the %2; sign in again to replace it.")
                    .arg(index)
                    .arg(backendName()));
        else if (chunk.error != SecretJob::Error::None)
            job->finish(chunk.error, chunk.text);
        else
            readChunks(key, head, index + 1, collected + chunk.data, job);
    });
}

SecretJob *KeychainSecretStore::write(const QString &key, const QByteArray &data)
{
    auto *job = new SecretJob;
    QList<QByteArray> chunks;
    for (qsizetype at = 0; at < data.size() || chunks.isEmpty(); at += kChunkBytes)
        chunks << data.mid(at, kChunkBytes);
    if (chunks.size() > kMaxChunks) {
        job->finish(SecretJob::Error::Failed,
                    tr("The secret is too large for the %1.").arg(backendName()));
        return job;
    }
    // The old head tells which chunks to delete once the new secret is in place.
    run(Op::Read, key, {}, job, [=, this](const Outcome &old) {
        if (isTransient(old.error)) {
            job->finish(old.error, old.text);
            return;
        }
        const Head oldHead = old.error == SecretJob::Error::None ? parseHead(old.data) : Head();
        writeChunks(key, chunks, newGeneration(), 1, oldHead, job);
    });
    return job;
}

void KeychainSecretStore::writeChunks(const QString &key, const QList<QByteArray> &chunks,
                                      const QByteArray &generation, int index, const Head &old,
                                      SecretJob *job)
{
    const int count = int(chunks.size());
    if (index < count) {
        run(Op::Write, chunkKey(key, generation, index), chunks[index], job,
            [=, this](const Outcome &o) {
                if (o.error != SecretJob::Error::None)
                    job->finish(o.error, o.text);
                else
                    writeChunks(key, chunks, generation, index + 1, old, job);
            });
        return;
    }
    // Last, the head: until it is written the old secret is the one that reads back whole. A
    // secret that looks like a chunk header is written in the chunked form, so it reads back as it
    // is.
    const bool chunked = count > 1 || chunks[0].startsWith(kChunkHeader);
    const QByteArray head =
        chunked ? kChunkHeader + QByteArray::number(count) + ':' + generation + '\n' + chunks[0]
                : chunks[0];
    const Head written = chunked ? Head{true, false, count, generation, {}} : Head{};
    run(Op::Write, key, head, job, [=, this](const Outcome &o) {
        if (o.error != SecretJob::Error::None) {
            // The new chunks lead nowhere: take them away again.
            removeChunks(key, written, 1, job,
                         [job, o](const Outcome &) { job->finish(o.error, o.text); });
            return;
        }
        if (!old.chunked || old.damaged || old.generation == generation) {
            job->finish(SecretJob::Error::None);
            return;
        }
        removeChunks(key, old, 1, job, [job](const Outcome &cleanup) {
            if (cleanup.error != SecretJob::Error::None)
                qCWarning(lcKeychain).noquote()
                    << "old chunks were left in the keychain:" << cleanup.text;
            job->finish(SecretJob::Error::None);
        });
    });
}

void KeychainSecretStore::removeChunks(const QString &key, const Head &head, int from,
                                       SecretJob *job, std::function<void(const Outcome &)> done)
{
    if (!head.chunked || from >= head.count) {
        done({});
        return;
    }
    run(Op::Remove, chunkKey(key, head.generation, from), {}, job, [=, this](const Outcome &o) {
        if (o.error != SecretJob::Error::None && o.error != SecretJob::Error::NotFound)
            done(o);
        else
            removeChunks(key, head, from + 1, job, done);
    });
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    auto *job = new SecretJob;
    run(Op::Read, key, {}, job, [=, this](const Outcome &head) {
        if (head.error != SecretJob::Error::None && head.error != SecretJob::Error::NotFound) {
            job->finish(head.error, head.text);
            return;
        }
        const Head parsed = head.error == SecretJob::Error::None ? parseHead(head.data) : Head();
        // The chunks first: a head whose chunks are gone is damage; chunks without a head are
        // orphans nobody can find again.
        removeChunks(key, parsed, 1, job, [=, this](const Outcome &chunks) {
            if (chunks.error != SecretJob::Error::None) {
                job->finish(chunks.error, chunks.text);
                return;
            }
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
