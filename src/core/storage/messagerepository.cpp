#include "messagerepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace Torget {

namespace {

const auto messageSelect =
    QStringLiteral("SELECT id, conversation_id, account_id, external_id, direction, citizen_id, agent_id, "
                   "author_name, body_text, "
                   "body_original, body_format, created_at, edited_at, reply_to_id, automatic FROM messages");

Message messageFrom(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.accountId = q.value(2).toLongLong();
    m.externalId = q.value(3).toString();
    m.direction = directionFromKey(q.value(4).toString()).value_or(Direction::Inbound);
    m.citizenId = SqlValues::toOptionalId(q.value(5));
    m.agentId = SqlValues::toOptionalId(q.value(6));
    m.authorName = q.value(7).toString();
    m.bodyText = q.value(8).toString();
    m.bodyOriginal = q.value(9).toString();
    m.bodyFormat = q.value(10).toString();
    m.createdAt = q.value(11).toLongLong();
    m.editedAt = SqlValues::toOptionalId(q.value(12));
    m.replyToId = SqlValues::toOptionalId(q.value(13));
    m.automatic = q.value(14).toBool();
    return m;
}

} // namespace

Status MessageRepository::index(qint64 id, const QString &body, const QString &author, bool remove)
{
    return remove ? m_db.searchIndex().remove(id, body, author) : m_db.searchIndex().add(id, body, author);
}

Result<MessageRepository::Stored> MessageRepository::insert(const Message &m)
{
    Stored stored;
    const Status written = m_db.write([&]() -> Status {
        const QVariant externalId =
            m.externalId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m.externalId);
        auto id = m_db.maybeReturningId(
            QStringLiteral(
                "INSERT INTO messages(conversation_id, account_id, external_id, direction, citizen_id, "
                "agent_id, author_name, body_text, body_original, body_format, created_at, edited_at, "
                "reply_to_id, automatic) VALUES(:conv, :acc, :ext, :dir, :citizen, :agent, :author, :text, "
                ":orig, :fmt, :created, :edited, :reply, :auto) "
                "ON CONFLICT(account_id, external_id) DO NOTHING RETURNING id"),
            {{":conv", m.conversationId},
             {":acc", m.accountId},
             {":ext", externalId},
             {":dir", key(m.direction)},
             {":citizen", SqlValues::optionalId(m.citizenId)},
             {":agent", SqlValues::optionalId(m.agentId)},
             {":author", m.authorName},
             {":text", m.bodyText},
             {":orig", m.bodyOriginal},
             {":fmt", m.bodyFormat},
             {":created", m.createdAt},
             {":edited", SqlValues::optionalId(m.editedAt)},
             {":reply", SqlValues::optionalId(m.replyToId)},
             {":auto", m.automatic ? 1 : 0}});
        if (!id)
            return Error{id.error()};
        if (id->has_value()) {
            stored = {**id, true, false};
            if (auto indexed = index(stored.id, m.bodyText, m.authorName, false); !indexed)
                return indexed;
            // The waiting-since clock: an inbound message starts it if it is not running; a human
            // reply the citizen sees stops it (automatic acknowledgements do not).
            const QString awaiting =
                m.direction == Direction::Inbound
                    ? QStringLiteral("COALESCE(awaiting_since, :t)")
                    : (m.automatic ? QStringLiteral("awaiting_since") : QStringLiteral("NULL"));
            return m_db.execute(
                QStringLiteral(
                    "UPDATE conversations SET message_count = message_count + 1, last_message_at = "
                    "CASE WHEN last_message_at < :t THEN :t ELSE last_message_at END, awaiting_since = ") +
                    awaiting + QStringLiteral(" WHERE id = :c"),
                {{":t", m.createdAt}, {":c", m.conversationId}});
        }
        // Already stored: refresh an edited text.
        auto existing = m_db.query(QStringLiteral("SELECT id, body_text, author_name FROM messages "
                                                  "WHERE account_id = :acc AND external_id = :ext"),
                                   {{":acc", m.accountId}, {":ext", m.externalId}});
        if (!existing)
            return Error{existing.error()};
        if (!existing->next())
            return {};
        stored.id = existing->value(0).toLongLong();
        const QString oldBody = existing->value(1).toString();
        const QString oldAuthor = existing->value(2).toString();
        existing->finish();
        if (oldBody == m.bodyText)
            return {};
        stored.edited = true;
        if (auto removed = index(stored.id, oldBody, oldAuthor, true); !removed)
            return removed;
        if (auto updated =
                m_db.execute(QStringLiteral("UPDATE messages SET body_text = :t, body_original = :o, "
                                            "edited_at = :e WHERE id = :id"),
                             {{":t", m.bodyText},
                              {":o", m.bodyOriginal},
                              {":e", m.editedAt ? *m.editedAt : m.createdAt},
                              {":id", stored.id}});
            !updated)
            return updated;
        return index(stored.id, m.bodyText, oldAuthor, false);
    });
    if (!written)
        return Error{written.error()};
    return stored;
}

Status MessageRepository::setReplyTo(qint64 id, qint64 replyToId)
{
    return m_db.execute(QStringLiteral("UPDATE messages SET reply_to_id = :r WHERE id = :id"),
                        {{":r", replyToId}, {":id", id}});
}

Result<std::vector<Message>> MessageRepository::forConversation(qint64 conversationId)
{
    auto q = m_db.query(messageSelect + QStringLiteral(" WHERE conversation_id = :c ORDER BY created_at, id"),
                        {{":c", conversationId}});
    if (!q)
        return Error{q.error()};
    std::vector<Message> result;
    while (q->next())
        result.push_back(messageFrom(*q));
    return result;
}

Status MessageRepository::forEach(const std::function<Status(const Message &)> &fn)
{
    auto q = m_db.query(messageSelect + QStringLiteral(" ORDER BY id"));
    if (!q)
        return Error{q.error()};
    while (q->next()) {
        if (auto done = fn(messageFrom(*q)); !done)
            return done;
    }
    return {};
}

} // namespace Torget
