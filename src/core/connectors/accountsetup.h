#pragma once

#include "connector.h"
#include "domain/types.h"
#include "util/result.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Torget {

class Clock;
class Database;
class SecretStore;

// What a person types to connect an account: the token comes from a paste, stdin or a browser
// sign-in, and goes only to the keychain.
struct NewAccount
{
    Channel channel = Channel::Facebook;
    QString name;
    QString baseUrl; // empty: the platform's default (Facebook only; Mastodon needs the instance)
    QString pageId;  // Facebook: the page the token belongs to
    QString token;
};

// Adds an account and signs it in again, the same way for the app and torget-cli: the address is
// checked (https, or http only to this computer), the token is tried with one call, the account is
// stored and the token saved in the keychain — or nothing is kept at all.
class AccountSetup final : public QObject
{
    Q_OBJECT

public:
    AccountSetup(Database &db, SecretStore &secrets, QNetworkAccessManager &network, const Clock &clock,
                 QObject *parent = nullptr);
    ~AccountSetup() override;

    // The channels that can be added (those with a connector).
    static QList<Channel> supportedChannels();
    static QString defaultBaseUrl(Channel channel);
    // done gets the new account's id. Called once, later, on this object's thread.
    void add(const NewAccount &account, std::function<void(Result<qint64>)> done);
    // A new token for an account whose token stopped working: it must belong to the same page or
    // account. The account becomes active again and its sync resumes from its cursors.
    void signInAgain(qint64 accountId, const QString &token, std::function<void(Status)> done);

private:
    void verify(const Account &account, const QString &token,
                std::function<void(Outcome<AccountIdentity>)> done);

    Database &m_db;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
};

} // namespace Torget
