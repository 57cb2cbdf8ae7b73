#include "memorysecretstore.h"

#include <QTimer>

namespace Torget {

void MemorySecretStore::read(const QString &key, std::function<void(Result<QString>)> done)
{
    Result<QString> result =
        m_secrets.contains(key)
            ? Result<QString>(m_secrets.value(key))
            : Result<QString>(Error{tr("No sign-in is saved for this account; sign in again."), kMissing});
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, std::function<void(Status)> done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Status()); });
}

void MemorySecretStore::remove(const QString &key, std::function<void(Status)> done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Status()); });
}

} // namespace Torget
