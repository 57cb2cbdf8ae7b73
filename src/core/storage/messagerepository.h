#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <functional>
#include <optional>
#include <vector>

namespace Torget {

class Database;

// Messages of conversations, kept in step with the full-text index and the conversation's
// counters (message_count, last_message_at).
class MessageRepository final
{
public:
    explicit MessageRepository(Database &db)
        : m_db(db)
    {}

    struct Stored
    {
        qint64 id = 0;
        bool created = false; // false: it was there already (re-sync)
        bool edited = false;  // it was there with another text, which is now replaced
    };

    // Idempotent on (account, externalId): a re-sync never duplicates; an edited text updates.
    Result<Stored> insert(const Message &message);
    // The same, with what a reply to this message needs (connector JSON, RemoteMessage::replyMeta).
    Result<Stored> insert(const Message &message, const QString &replyMeta);
    Result<std::optional<qint64>> findByExternalId(qint64 accountId, const QString &externalId);
    Result<QString> replyMeta(qint64 id);
    // The platform's id of a reply that went out; refused when another message has that id already.
    Status setExternalId(qint64 id, const QString &externalId);
    // Sets conversations.awaiting_since from the messages themselves (the oldest inbound message
    // after the newest human reply), for when messages arrive out of order (sync pages).
    Status recomputeAwaiting(qint64 conversationId);
    // Deletes one message, keeping the search index and the conversation's count in step.
    Status remove(qint64 id);
    Status setReplyTo(qint64 id, qint64 replyToId);
    Result<std::vector<Message>> forConversation(qint64 conversationId);
    Status forEach(const std::function<Status(const Message &)> &fn);

private:
    Status index(qint64 id, const QString &body, const QString &author, bool remove);
    Database &m_db;
};

} // namespace Torget
