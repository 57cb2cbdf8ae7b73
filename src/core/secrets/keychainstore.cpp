#include "keychainstore.h"

#include <qt6keychain/keychain.h>

namespace Torget {

namespace {

// A translated message for a failed job. errorString() is the backend's own (English) text; it is
// shown after ours for the IT people, and never contains the secret.
QString messageFor(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return KeychainStore::tr("No sign-in is saved for this account; sign in again.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainStore::tr("The system keychain refused access to the sign-in (%1).")
            .arg(job.errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainStore::tr("No system keychain is available, so sign-ins cannot be stored safely. "
                                 "Start the keyring service (for example GNOME Keyring) and try again.");
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeychainStore::tr("The system keychain failed: %1").arg(job.errorString());
}

template <typename JobType>
JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto job = new JobType(service, parent);
    job->setAutoDelete(true);
    // Never store a token in a plain file when the keychain is missing (the default, said aloud).
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainStore::KeychainStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainStore::read(const QString &key, std::function<void(Result<QString>)> done)
{
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (readJob->error() != QKeychain::NoError)
            done(Error{messageFor(*readJob),
                       readJob->error() == QKeychain::EntryNotFound ? kMissing : QString()});
        else
            done(readJob->textData());
    });
    // QtKeychain starts the job from the event loop, so done always comes later, never inside read().
    job->start();
}

void KeychainStore::write(const QString &key, const QString &secret, std::function<void(Status)> done)
{
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            done(Error{messageFor(*finished)});
        else
            done(Status());
    });
    job->start();
}

void KeychainStore::remove(const QString &key, std::function<void(Status)> done)
{
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        // Removing what is not there is what the caller wanted.
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            done(Error{messageFor(*finished)});
        else
            done(Status());
    });
    job->start();
}

} // namespace Torget
