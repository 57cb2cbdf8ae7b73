#pragma once

#include "connectors/connector.h"
#include "util/result.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace Torget {

class ConnectorFactory;
class Database;
class SecretStore;

// One connector per account, shared by the sync engine and the outbox sender, so that both see the
// same rate-limit block. The token is read from the keychain when a connector is first used and
// again after forget() (someone signed in again); it never leaves the connector.
class ConnectorPool final : public QObject
{
    Q_OBJECT

public:
    ConnectorPool(Database &db, SecretStore &secrets, const ConnectorFactory &factory,
                  QObject *parent = nullptr);
    ~ConnectorPool() override;

    using Done = std::function<void(Result<Connector *>)>;
    // The account's connector with its token set. done is called once, later, on this thread.
    void acquire(qint64 accountId, Done done);
    // The token is read again before the next call (signed in again, or it stopped working).
    void forget(qint64 accountId);
    // Deletes the account's connector (account removed). Nothing of it may be in flight.
    void drop(qint64 accountId);

private:
    struct Entry
    {
        std::unique_ptr<Connector> connector;
        bool tokenLoaded = false;
        bool loading = false;
        std::vector<Done> waiting;
    };
    void finishLoading(qint64 accountId, const Result<QString> &token);

    Database &m_db;
    SecretStore &m_secrets;
    const ConnectorFactory &m_factory;
    std::map<qint64, Entry> m_entries;
};

} // namespace Torget
