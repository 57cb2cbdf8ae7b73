#include "connectorpool.h"

#include "connectorfactory.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace Torget {

ConnectorPool::ConnectorPool(Database &db, SecretStore &secrets, const ConnectorFactory &factory,
                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_factory(factory)
{}

ConnectorPool::~ConnectorPool() = default;

void ConnectorPool::acquire(qint64 accountId, Done done)
{
    const auto later = [this](Done callback, Result<Connector *> result) {
        QTimer::singleShot(0, this, [callback = std::move(callback), result]() mutable { callback(result); });
    };
    Entry &entry = m_entries[accountId];
    if (!entry.connector) {
        auto account = AccountRepository(m_db).byId(accountId);
        if (!account)
            return later(std::move(done), Error{account.error()});
        if (!account->has_value())
            return later(std::move(done), Error{QCoreApplication::translate(
                                              "Torget::ConnectorPool", "The account no longer exists.")});
        auto made = m_factory.create(**account, this);
        if (!made)
            return later(std::move(done), Error{made.error()});
        entry.connector = std::move(*made);
    }
    if (entry.tokenLoaded)
        return later(std::move(done), entry.connector.get());
    entry.waiting.push_back(std::move(done));
    if (entry.loading)
        return;
    entry.loading = true;
    m_secrets.read(SecretStore::accountKey(accountId),
                   [this, accountId, guard = QPointer<ConnectorPool>(this)](Result<QString> token) {
                       if (guard)
                           finishLoading(accountId, token);
                   });
}

void ConnectorPool::finishLoading(qint64 accountId, const Result<QString> &token)
{
    auto it = m_entries.find(accountId);
    if (it == m_entries.end())
        return;
    Entry &entry = it->second;
    entry.loading = false;
    std::vector<Done> waiting;
    waiting.swap(entry.waiting);
    if (token) {
        entry.connector->setToken(*token);
        entry.tokenLoaded = true;
    }
    for (Done &done : waiting) {
        if (token)
            done(entry.connector.get());
        else
            done(token.failure());
    }
}

void ConnectorPool::forget(qint64 accountId)
{
    auto it = m_entries.find(accountId);
    if (it != m_entries.end())
        it->second.tokenLoaded = false;
}

void ConnectorPool::drop(qint64 accountId)
{
    auto it = m_entries.find(accountId);
    if (it == m_entries.end() || it->second.loading)
        return;
    if (it->second.connector)
        it->second.connector.release()->deleteLater();
    m_entries.erase(it);
}

} // namespace Torget
