#pragma once

#include "secretstore.h"

#include <QHash>

namespace Torget {

// Secrets in memory, for tests of classes that need a SecretStore (never used by the app). It keeps
// the interface's promise that done is called later, from the event loop.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, std::function<void(Result<QString>)> done) override;
    void write(const QString &key, const QString &secret, std::function<void(Status)> done) override;
    void remove(const QString &key, std::function<void(Status)> done) override;

    int size() const { return static_cast<int>(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Torget
