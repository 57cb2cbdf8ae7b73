#include "syncstaterepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace Torget {

namespace {

// The account-wide row of sync_state: its cursor column holds the block time. The stream names a
// connector uses are never empty, so this row cannot clash with a stream.
const auto accountRow = QStringLiteral("");

SyncState stateFrom(const QSqlQuery &q)
{
    SyncState s;
    s.accountId = q.value(0).toLongLong();
    s.stream = q.value(1).toString();
    s.cursor = q.value(2).toString();
    s.lastSyncAt = SqlValues::toOptionalId(q.value(3));
    s.lastError = q.value(4).toString();
    return s;
}

} // namespace

Result<SyncState> SyncStateRepository::get(qint64 accountId, const QString &stream)
{
    auto q = m_db.query(QStringLiteral("SELECT account_id, stream, cursor, last_sync_at, last_error "
                                       "FROM sync_state WHERE account_id = :a AND stream = :s"),
                        {{":a", accountId}, {":s", stream}});
    if (!q)
        return Error{q.error()};
    if (q->next())
        return stateFrom(*q);
    SyncState fresh;
    fresh.accountId = accountId;
    fresh.stream = stream;
    return fresh;
}

Result<std::vector<SyncState>> SyncStateRepository::forAccount(qint64 accountId)
{
    auto q =
        m_db.query(QStringLiteral("SELECT account_id, stream, cursor, last_sync_at, last_error "
                                  "FROM sync_state WHERE account_id = :a AND stream <> '' ORDER BY stream"),
                   {{":a", accountId}});
    if (!q)
        return Error{q.error()};
    std::vector<SyncState> result;
    while (q->next())
        result.push_back(stateFrom(*q));
    return result;
}

Status SyncStateRepository::saveCursor(qint64 accountId, const QString &stream, const QString &cursor,
                                       qint64 at)
{
    return m_db.execute(
        QStringLiteral("INSERT INTO sync_state(account_id, stream, cursor, last_sync_at, last_error) "
                       "VALUES(:a, :s, :c, :at, '') ON CONFLICT(account_id, stream) DO UPDATE SET "
                       "cursor = excluded.cursor, last_sync_at = excluded.last_sync_at, "
                       "last_error = ''"),
        {{":a", accountId}, {":s", stream}, {":c", cursor}, {":at", at}});
}

Status SyncStateRepository::setError(qint64 accountId, const QString &stream, const QString &error)
{
    return m_db.execute(
        QStringLiteral("INSERT INTO sync_state(account_id, stream, last_error) VALUES(:a, :s, :e) "
                       "ON CONFLICT(account_id, stream) DO UPDATE SET last_error = excluded.last_error"),
        {{":a", accountId}, {":s", stream}, {":e", error}});
}

Result<std::optional<qint64>> SyncStateRepository::lastSyncAt(qint64 accountId)
{
    auto q = m_db.query(
        QStringLiteral("SELECT MAX(last_sync_at) FROM sync_state WHERE account_id = :a AND stream <> ''"),
        {{":a", accountId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<qint64>();
    return SqlValues::toOptionalId(q->value(0));
}

Status SyncStateRepository::openGap(qint64 accountId, qint64 fromAt, const QString &reason)
{
    return m_db.write([&]() -> Status {
        auto open = m_db.maybeReturningId(
            QStringLiteral(
                "SELECT id FROM sync_gaps WHERE account_id = :a AND to_at IS NULL ORDER BY id LIMIT 1"),
            {{":a", accountId}});
        if (!open)
            return Error{open.error()};
        if (open->has_value())
            return m_db.execute(QStringLiteral("UPDATE sync_gaps SET reason = :r WHERE id = :id"),
                                {{":r", reason}, {":id", **open}});
        return m_db.execute(
            QStringLiteral(
                "INSERT INTO sync_gaps(account_id, from_at, to_at, reason) VALUES(:a, :f, NULL, :r)"),
            {{":a", accountId}, {":f", fromAt}, {":r", reason}});
    });
}

Status SyncStateRepository::closeGap(qint64 accountId, qint64 toAt)
{
    // A gap never ends before it began (a clock set back, a test's fixed clock).
    return m_db.execute(QStringLiteral("UPDATE sync_gaps SET to_at = MAX(from_at, :t) "
                                       "WHERE account_id = :a AND to_at IS NULL"),
                        {{":t", toAt}, {":a", accountId}});
}

Result<std::vector<SyncGap>> SyncStateRepository::gaps(qint64 accountId, bool openOnly)
{
    auto q = m_db.query(
        QStringLiteral("SELECT id, account_id, from_at, to_at, reason FROM sync_gaps "
                       "WHERE account_id = :a AND (:open = 0 OR to_at IS NULL) ORDER BY from_at, id"),
        {{":a", accountId}, {":open", openOnly ? 1 : 0}});
    if (!q)
        return Error{q.error()};
    std::vector<SyncGap> result;
    while (q->next()) {
        SyncGap g;
        g.id = q->value(0).toLongLong();
        g.accountId = q->value(1).toLongLong();
        g.fromAt = q->value(2).toLongLong();
        g.toAt = SqlValues::toOptionalId(q->value(3));
        g.reason = q->value(4).toString();
        result.push_back(g);
    }
    return result;
}

Result<std::optional<qint64>> SyncStateRepository::blockedUntil(qint64 accountId)
{
    auto q = m_db.query(QStringLiteral("SELECT cursor FROM sync_state WHERE account_id = :a AND stream = :s"),
                        {{":a", accountId}, {":s", accountRow}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 until = q->value(0).toString().toLongLong(&ok);
    return ok && until > 0 ? std::optional<qint64>(until) : std::nullopt;
}

Status SyncStateRepository::setBlockedUntil(qint64 accountId, std::optional<qint64> until)
{
    return m_db.execute(
        QStringLiteral("INSERT INTO sync_state(account_id, stream, cursor) VALUES(:a, :s, :c) "
                       "ON CONFLICT(account_id, stream) DO UPDATE SET cursor = excluded.cursor"),
        {{":a", accountId}, {":s", accountRow}, {":c", until ? QString::number(*until) : QString()}});
}

Result<std::optional<qint64>> SyncStateRepository::postId(qint64 accountId, const QString &externalId)
{
    return m_db.maybeReturningId(
        QStringLiteral("SELECT id FROM posts WHERE account_id = :a AND external_id = :e"),
        {{":a", accountId}, {":e", externalId}});
}

Status SyncStateRepository::clear(qint64 accountId)
{
    return m_db.execute(QStringLiteral("DELETE FROM sync_state WHERE account_id = :a"), {{":a", accountId}});
}

} // namespace Torget
