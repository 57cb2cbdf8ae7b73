#include "accountrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Torget {

namespace {

Account accountFrom(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.channel = channelFromKey(q.value(1).toString()).value_or(Channel::Import);
    a.name = q.value(2).toString();
    a.baseUrl = q.value(3).toString();
    a.externalId = q.value(4).toString();
    a.state = q.value(5).toString();
    a.createdAt = q.value(6).toLongLong();
    return a;
}

const auto accountColumns = QStringLiteral("id, channel, name, base_url, external_id, state, created_at");

} // namespace

Result<qint64> AccountRepository::upsert(const Account &a)
{
    auto q = m_db.query(
        QStringLiteral("INSERT INTO accounts(channel, name, base_url, external_id, state, created_at) "
                       "VALUES(:channel, :name, :base, :ext, :state, :created) "
                       "ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id"),
        {{":channel", key(a.channel)},
         {":name", a.name},
         {":base", a.baseUrl},
         {":ext", a.externalId},
         {":state", a.state},
         {":created", a.createdAt}});
    if (!q)
        return Error{q.error()};
    q->next();
    return q->value(0).toLongLong();
}

Result<std::vector<Account>> AccountRepository::list()
{
    auto q =
        m_db.query(QStringLiteral("SELECT ") + accountColumns + QStringLiteral(" FROM accounts ORDER BY id"));
    if (!q)
        return Error{q.error()};
    std::vector<Account> result;
    while (q->next())
        result.push_back(accountFrom(*q));
    return result;
}

Result<std::optional<Account>> AccountRepository::byName(const QString &name)
{
    auto q = m_db.query(QStringLiteral("SELECT ") + accountColumns +
                            QStringLiteral(" FROM accounts WHERE name = :n"),
                        {{":n", name}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<Account>();
    return std::optional<Account>(accountFrom(*q));
}

Result<std::optional<Account>> AccountRepository::byId(qint64 id)
{
    auto q = m_db.query(QStringLiteral("SELECT ") + accountColumns +
                            QStringLiteral(" FROM accounts WHERE id = :id"),
                        {{":id", id}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<Account>();
    return std::optional<Account>(accountFrom(*q));
}

Status AccountRepository::setState(qint64 id, const QString &state)
{
    if (state != QLatin1String("active") && state != QLatin1String("paused") &&
        state != QLatin1String("signin"))
        return Error{QCoreApplication::translate("Torget::AccountRepository", "%1 is not an account state.")
                         .arg(state)};
    return m_db.execute(QStringLiteral("UPDATE accounts SET state = :s WHERE id = :id"),
                        {{":s", state}, {":id", id}});
}

Status AccountRepository::setExternalId(qint64 id, const QString &externalId)
{
    return m_db.execute(QStringLiteral("UPDATE accounts SET external_id = :e WHERE id = :id"),
                        {{":e", externalId}, {":id", id}});
}

Status AccountRepository::setSyncInterval(qint64 id, int seconds)
{
    if (seconds < 30)
        return Error{QCoreApplication::translate("Torget::AccountRepository",
                                                 "An account is synced at most every 30 seconds.")};
    return m_db.execute(QStringLiteral("UPDATE accounts SET sync_interval = :s WHERE id = :id"),
                        {{":s", seconds}, {":id", id}});
}

Result<int> AccountRepository::syncInterval(qint64 id)
{
    auto value = m_db.maybeReturningId(QStringLiteral("SELECT sync_interval FROM accounts WHERE id = :id"),
                                       {{":id", id}});
    if (!value)
        return Error{value.error()};
    if (!value->has_value())
        return Error{
            QCoreApplication::translate("Torget::AccountRepository", "The account no longer exists.")};
    return static_cast<int>(**value);
}

Status AccountRepository::remove(qint64 id, Removal removal)
{
    return m_db.write([&]() -> Status {
        if (removal == Removal::KeepData) {
            if (auto paused = setState(id, QStringLiteral("paused")); !paused)
                return paused;
            return m_db.execute(QStringLiteral("DELETE FROM sync_state WHERE account_id = :a"), {{":a", id}});
        }
        // The search index is contentless: it forgets a message only when told its indexed text, so
        // every message leaves the index before the rows go (their deletion cascades from the account).
        auto q = m_db.query(
            QStringLiteral("SELECT id, body_text, author_name FROM messages WHERE account_id = :a"),
            {{":a", id}});
        if (!q)
            return Error{q.error()};
        while (q->next()) {
            if (auto removed = m_db.searchIndex().remove(q->value(0).toLongLong(), q->value(1).toString(),
                                                         q->value(2).toString());
                !removed)
                return removed;
        }
        q->finish();
        return m_db.execute(QStringLiteral("DELETE FROM accounts WHERE id = :a"), {{":a", id}});
    });
}

Result<qint64> AccountRepository::upsertAgent(const Agent &a)
{
    if (a.email.isEmpty()) {
        // Without an e-mail address the name is the agent's identity.
        auto found =
            m_db.maybeReturningId(QStringLiteral("SELECT id FROM agents WHERE email IS NULL AND name = :name "
                                                 "ORDER BY id LIMIT 1"),
                                  {{":name", a.name}});
        if (!found)
            return Error{found.error()};
        if (found->has_value())
            return **found;
        return m_db.returningId(
            QStringLiteral("INSERT INTO agents(name, email, active) VALUES(:name, NULL, :active) "
                           "RETURNING id"),
            {{":name", a.name}, {":active", a.active ? 1 : 0}});
    }
    return m_db.returningId(
        QStringLiteral("INSERT INTO agents(name, email, active) VALUES(:name, :email, :active) "
                       "ON CONFLICT(email) DO UPDATE SET name = excluded.name RETURNING id"),
        {{":name", a.name}, {":email", a.email}, {":active", a.active ? 1 : 0}});
}

Result<std::vector<Agent>> AccountRepository::agents()
{
    auto q =
        m_db.query(QStringLiteral("SELECT id, name, COALESCE(email, ''), active FROM agents ORDER BY id"));
    if (!q)
        return Error{q.error()};
    std::vector<Agent> result;
    while (q->next())
        result.push_back(
            {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toBool()});
    return result;
}

} // namespace Torget
