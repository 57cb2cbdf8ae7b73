#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Torget {

// Where account tokens live: the system keychain (QtKeychainStore), never the database, settings or
// logs. Asynchronous because the keychain is a D-Bus service that may ask the user to unlock it.
// done is called exactly once, later, on the caller's thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    // A missing secret is an error whose message says so and whose code is kMissing (the account
    // must sign in again).
    virtual void read(const QString &key, std::function<void(Result<QString>)> done) = 0;
    virtual void write(const QString &key, const QString &secret, std::function<void(Status)> done) = 0;
    // Removing a secret that is not there succeeds.
    virtual void remove(const QString &key, std::function<void(Status)> done) = 0;

    static inline const QString kMissing = QStringLiteral("secret-missing");

    // The key of an account's token: stable for the account's lifetime.
    static QString accountKey(qint64 accountId) { return QStringLiteral("account/%1/token").arg(accountId); }

    // Blocking forms for the command line: they run a local event loop until done.
    Result<QString> readNow(const QString &key);
    Status writeNow(const QString &key, const QString &secret);
    Status removeNow(const QString &key);
};

} // namespace Torget
