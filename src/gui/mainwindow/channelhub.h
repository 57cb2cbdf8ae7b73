#pragma once

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Torget {

class AccountSetup;
class Clock;
class ConnectorFactory;
class ConnectorPool;
class Database;
class OutboxSender;
class SecretStore;
class SyncEngine;

// The window's side of the channels for one database: one connector per account shared by the
// sync engine (fetching) and the outbox sender (replies), and the account setup the dialogs use.
class ChannelHub final : public QObject
{
    Q_OBJECT

public:
    ChannelHub(Database &db, SecretStore &secrets, QNetworkAccessManager &network, const Clock &clock,
               QObject *parent = nullptr);
    ~ChannelHub() override;

    // Starts polling every active account and sending queued replies.
    void start();
    SyncEngine &sync() { return *m_sync; }
    OutboxSender &outbox() { return *m_outbox; }
    AccountSetup &setup() { return *m_setup; }
    SecretStore &secrets() { return m_secrets; }
    QNetworkAccessManager &network() { return m_network; }

    // An account was added, signed in again, paused or resumed: its token is read again and the
    // schedule follows.
    void accountChanged(qint64 accountId);
    // Call before the account's row is removed: nothing of it may still be in flight.
    void accountRemoved(qint64 accountId);
    // A reply was queued in the inbox.
    void replyQueued();

Q_SIGNALS:
    // Something new was stored (messages fetched, a reply's state changed): views re-read.
    void dataChanged();
    // One line for the status bar.
    void statusMessage(const QString &text);

private:
    Database &m_db;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    std::unique_ptr<ConnectorFactory> m_factory;
    std::unique_ptr<ConnectorPool> m_pool;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<OutboxSender> m_outbox;
    std::unique_ptr<AccountSetup> m_setup;
};

} // namespace Torget
