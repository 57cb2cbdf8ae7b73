#pragma once

#include "secretstore.h"

namespace Torget {

// Secrets in the system keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet) on
// Linux, the Keychain on macOS, the Credential Store on Windows. There is deliberately no
// plain-text fallback: without a keychain, reading and writing fail with a message that says so.
class KeychainStore final : public SecretStore
{
    Q_OBJECT

public:
    // service: the name the entries are filed under ("Torget"); tests may use their own.
    explicit KeychainStore(const QString &service = QStringLiteral("Torget"), QObject *parent = nullptr);

    void read(const QString &key, std::function<void(Result<QString>)> done) override;
    void write(const QString &key, const QString &secret, std::function<void(Status)> done) override;
    void remove(const QString &key, std::function<void(Status)> done) override;

private:
    QString m_service;
};

} // namespace Torget
