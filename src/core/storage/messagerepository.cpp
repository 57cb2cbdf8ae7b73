#include "messagerepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
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
    return insert(m, QString());
}

Result<MessageRepository::Stored> MessageRepository::insert(const Message &m, const QString &replyMeta)
{
    Stored stored;
    const Status written = m_db.write([&]() -> Status {
        const QVariant externalId =
            m.externalId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m.externalId);
        auto id = m_db.maybeReturningId(
            QStringLiteral(
                "INSERT INTO messages(conversation_id, account_id, external_id, direction, citizen_id, "
                "agent_id, author_name, body_text, body_original, body_format, created_at, edited_at, "
                "reply_to_id, automatic, reply_meta) VALUES(:conv, :acc, :ext, :dir, :citizen, :agent, "
                ":author, "
                ":text, :orig, :fmt, :created, :edited, :reply, :auto, :meta) "
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
             {":auto", m.automatic ? 1 : 0},
             {":meta", replyMeta}});
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
        if (auto updated = m_db.execute(
                QStringLiteral(
                    "UPDATE messages SET body_text = :t, body_original = :o, edited_at = :e, "
                    "reply_meta = CASE WHEN :meta = '' THEN reply_meta ELSE :meta2 END WHERE id = :id"),
                {{":t", m.bodyText},
                 {":o", m.bodyOriginal},
                 {":e", m.editedAt ? *m.editedAt : m.createdAt},
                 {":meta", replyMeta},
                 {":meta2", replyMeta},
                 {":id", stored.id}});
            !updated)
            return updated;
        return index(stored.id, m.bodyText, oldAuthor, false);
    });
    if (!written)
        return Error{written.error()};
    return stored;
}

Result<std::optional<qint64>> MessageRepository::findByExternalId(qint64 accountId, const QString &externalId)
{
    return m_db.maybeReturningId(
        QStringLiteral("SELECT id FROM messages WHERE account_id = :acc AND external_id = :ext"),
        {{":acc", accountId}, {":ext", externalId}});
}

Result<QString> MessageRepository::replyMeta(qint64 id)
{
    auto q = m_db.query(QStringLiteral("SELECT reply_meta FROM messages WHERE id = :id"), {{":id", id}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{
            QCoreApplication::translate("Torget::MessageRepository", "The message no longer exists.")};
    return q->value(0).toString();
}

Status MessageRepository::setExternalId(qint64 id, const QString &externalId)
{
    return m_db.write([&]() -> Status {
        auto q = m_db.query(
            QStringLiteral("SELECT m.id FROM messages m JOIN messages o ON o.account_id = m.account_id "
                           "WHERE o.id = :id AND m.external_id = :ext"),
            {{":id", id}, {":ext", externalId}});
        if (!q)
            return Error{q.error()};
        if (q->next()) {
            if (q->value(0).toLongLong() == id)
                return {};
            return Error{QCoreApplication::translate("Torget::MessageRepository",
                                                     "Another message already has the platform id %1.")
                             .arg(externalId)};
        }
        q->finish();
        return m_db.execute(QStringLiteral("UPDATE messages SET external_id = :ext WHERE id = :id"),
                            {{":ext", externalId}, {":id", id}});
    });
}

Status MessageRepository::recomputeAwaiting(qint64 conversationId)
{
    // The same rule as MessageRepository::insert and schema 4: automatic acknowledgements are not replies.
    return m_db.execute(
        QStringLiteral("UPDATE conversations SET awaiting_since = (SELECT MIN(m.created_at) FROM messages m "
                       "WHERE m.conversation_id = :c AND m.direction = 'in' AND m.created_at > "
                       "COALESCE((SELECT MAX(o.created_at) FROM messages o WHERE o.conversation_id = :c2 "
                       "AND o.direction = 'out' AND o.automatic = 0), -1)) WHERE id = :c3"),
        {{":c", conversationId}, {":c2", conversationId}, {":c3", conversationId}});
}

Status MessageRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        auto q = m_db.query(
            QStringLiteral("SELECT conversation_id, body_text, author_name FROM messages WHERE id = :id"),
            {{":id", id}});
        if (!q)
            return Error{q.error()};
        if (!q->next())
            return {};
        const qint64 conversationId = q->value(0).toLongLong();
        const QString body = q->value(1).toString();
        const QString author = q->value(2).toString();
        q->finish();
        if (auto unindexed = index(id, body, author, true); !unindexed)
            return unindexed;
        if (auto deleted = m_db.execute(QStringLiteral("DELETE FROM messages WHERE id = :id"), {{":id", id}});
            !deleted)
            return deleted;
        if (auto counted = m_db.execute(
                QStringLiteral("UPDATE conversations SET message_count = message_count - 1 WHERE id = :c"),
                {{":c", conversationId}});
            !counted)
            return counted;
        return recomputeAwaiting(conversationId);
    });
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
