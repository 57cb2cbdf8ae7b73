#include "channelhub.h"

#include "connectors/accountsetup.h"
#include "storage/accountrepository.h"
#include "sync/connectorfactory.h"
#include "sync/connectorpool.h"
#include "sync/outboxsender.h"
#include "sync/syncengine.h"

namespace Torget {

ChannelHub::ChannelHub(Database &db, SecretStore &secrets, QNetworkAccessManager &network, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_network(network)
    , m_factory(std::make_unique<ConnectorFactory>(network, clock))
    , m_pool(std::make_unique<ConnectorPool>(db, secrets, *m_factory))
    , m_sync(std::make_unique<SyncEngine>(db, *m_pool, clock))
    , m_outbox(std::make_unique<OutboxSender>(db, *m_pool, clock))
    , m_setup(std::make_unique<AccountSetup>(db, secrets, network, clock))
{
    connect(m_sync.get(), &SyncEngine::progress, this,
            [this](qint64 accountId, const QString &, int, int stored) {
                if (stored > 0)
                    Q_EMIT dataChanged();
                auto account = AccountRepository(m_db).byId(accountId);
                if (account && account->has_value())
                    Q_EMIT statusMessage(tr("Syncing %1…").arg((*account)->name));
            });
    connect(m_sync.get(), &SyncEngine::syncFinished, this, [this](qint64 accountId, const Status &status) {
        auto account = AccountRepository(m_db).byId(accountId);
        const QString name = account && account->has_value() ? (*account)->name : QString();
        Q_EMIT statusMessage(status ? tr("%1 is up to date.").arg(name)
                                    : tr("%1 could not be synced: %2").arg(name, status.error()));
        Q_EMIT dataChanged();
    });
    connect(m_outbox.get(), &OutboxSender::entryChanged, this, &ChannelHub::dataChanged);
    // A token that stopped working while sending stops the account's sync too.
    connect(m_outbox.get(), &OutboxSender::accountStateChanged, this, [this] { m_sync->reload(); });
}

ChannelHub::~ChannelHub() = default;

void ChannelHub::start()
{
    m_sync->start();
    m_outbox->start();
}

void ChannelHub::accountChanged(qint64 accountId)
{
    m_pool->forget(accountId);
    m_sync->reload();
    m_outbox->kick();
}

void ChannelHub::accountRemoved(qint64 accountId)
{
    m_sync->reload();
    m_pool->drop(accountId);
}

void ChannelHub::replyQueued()
{
    m_outbox->kick();
}

} // namespace Torget
