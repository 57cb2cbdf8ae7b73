#pragma once

#include "util/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace Torget {

class Database;

enum class OutboxState
{
    Queued,
    Sending,
    Sent,
    Failed
};
QString key(OutboxState state);
std::optional<OutboxState> outboxStateFromKey(const QString &key);
QString displayName(OutboxState state);

struct OutboxEntry
{
    qint64 id = 0;
    qint64 messageId = 0;
    OutboxState state = OutboxState::Queued;
    QString idempotencyKey;
    int attempts = 0;
    QString lastError;
    qint64 queuedAt = 0;
    std::optional<qint64> sentAt;
};

// Replies waiting to be sent. A reply is stored here, in the same transaction as its message,
// before anything else happens; the channels' sync engine sends it exactly once.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Database &db)
        : m_db(db)
    {}

    Result<qint64> queue(qint64 messageId, const QString &idempotencyKey, qint64 at);
    Result<std::vector<OutboxEntry>> list(std::optional<OutboxState> state = std::nullopt, int limit = 1000);
    Result<std::vector<OutboxEntry>> forConversation(qint64 conversationId);
    Status setState(qint64 id, OutboxState state, const QString &error, qint64 at);

private:
    Database &m_db;
};

} // namespace Torget
