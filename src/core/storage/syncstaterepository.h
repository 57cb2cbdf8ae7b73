#pragma once

#include "util/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace Torget {

class Database;

// Where one stream of an account stands: the resume point the connector gave with the last stored
// page, when that was, and the last error (empty when the last attempt succeeded).
struct SyncState
{
    qint64 accountId = 0;
    QString stream;
    QString cursor;
    std::optional<qint64> lastSyncAt; // UTC ms
    QString lastError;
};

// A stretch of time in which an account could not be synced: reports show it as missing coverage.
// toAt is empty while the gap is still open.
struct SyncGap
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 fromAt = 0;
    std::optional<qint64> toAt;
    QString reason;
};

// The sync engine's bookkeeping: cursors, last sync times and errors per (account, stream), gaps
// in coverage, and the time until which a platform asked us to send nothing.
class SyncStateRepository final
{
public:
    explicit SyncStateRepository(Database &db)
        : m_db(db)
    {}

    // The stream's state; a stream never synced has an empty cursor and no lastSyncAt.
    Result<SyncState> get(qint64 accountId, const QString &stream);
    Result<std::vector<SyncState>> forAccount(qint64 accountId);
    // After a stored page: the new resume point, the time, and no error.
    Status saveCursor(qint64 accountId, const QString &stream, const QString &cursor, qint64 at);
    // Keeps the cursor; an empty error clears it.
    Status setError(qint64 accountId, const QString &stream, const QString &error);
    // The newest successful page of any stream of the account.
    Result<std::optional<qint64>> lastSyncAt(qint64 accountId);

    // Opens a gap from fromAt unless one is open already (then only its reason is refreshed).
    Status openGap(qint64 accountId, qint64 fromAt, const QString &reason);
    // Closes the open gap, if any, at toAt.
    Status closeGap(qint64 accountId, qint64 toAt);
    Result<std::vector<SyncGap>> gaps(qint64 accountId, bool openOnly = false);

    // UTC ms until which the platform asked for no requests; kept in the database so that the next
    // process (torget-cli runs) honours it too. nullopt: not blocked.
    Result<std::optional<qint64>> blockedUntil(qint64 accountId);
    Status setBlockedUntil(qint64 accountId, std::optional<qint64> until);

    // The id of a post already stored for (account, externalId), to link a comment to its post.
    Result<std::optional<qint64>> postId(qint64 accountId, const QString &externalId);

    // Forgets cursors and the block (an account that stops syncing); gaps stay for the reports.
    Status clear(qint64 accountId);

private:
    Database &m_db;
};

} // namespace Torget
