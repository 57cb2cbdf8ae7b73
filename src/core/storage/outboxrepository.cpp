#include "outboxrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Torget {

namespace {

const auto outboxSelect = QStringLiteral("SELECT o.id, o.message_id, o.state, o.idempotency_key, o.attempts, "
                                         "o.last_error, o.queued_at, o.sent_at FROM outbox o");

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.messageId = q.value(1).toLongLong();
    e.state = outboxStateFromKey(q.value(2).toString()).value_or(OutboxState::Queued);
    e.idempotencyKey = q.value(3).toString();
    e.attempts = q.value(4).toInt();
    e.lastError = q.value(5).toString();
    e.queuedAt = q.value(6).toLongLong();
    e.sentAt = SqlValues::toOptionalId(q.value(7));
    return e;
}

} // namespace

QString key(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<OutboxState> outboxStateFromKey(const QString &k)
{
    for (OutboxState s :
         {OutboxState::Queued, OutboxState::Sending, OutboxState::Sent, OutboxState::Failed}) {
        if (key(s) == k)
            return s;
    }
    return std::nullopt;
}

QString displayName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QCoreApplication::translate("Torget::Outbox", "Queued");
    case OutboxState::Sending:
        return QCoreApplication::translate("Torget::Outbox", "Sending");
    case OutboxState::Sent:
        return QCoreApplication::translate("Torget::Outbox", "Sent");
    case OutboxState::Failed:
        return QCoreApplication::translate("Torget::Outbox", "Failed");
    }
    return {};
}

Result<qint64> OutboxRepository::queue(qint64 messageId, const QString &idempotencyKey, qint64 at)
{
    return m_db.returningId(
        QStringLiteral("INSERT INTO outbox(message_id, state, idempotency_key, queued_at) "
                       "VALUES(:m, 'queued', :k, :at) RETURNING id"),
        {{":m", messageId}, {":k", idempotencyKey}, {":at", at}});
}

Result<std::vector<OutboxEntry>> OutboxRepository::list(std::optional<OutboxState> state, int limit)
{
    auto q = m_db.query(outboxSelect +
                            QStringLiteral(" WHERE (:s = '' OR o.state = :s2) ORDER BY o.id LIMIT :limit"),
                        {{":s", state ? key(*state) : QString()},
                         {":s2", state ? key(*state) : QString()},
                         {":limit", limit}});
    if (!q)
        return Error{q.error()};
    std::vector<OutboxEntry> result;
    while (q->next())
        result.push_back(entryFrom(*q));
    return result;
}

Result<std::vector<OutboxEntry>> OutboxRepository::forConversation(qint64 conversationId)
{
    auto q = m_db.query(outboxSelect + QStringLiteral(" JOIN messages m ON m.id = o.message_id "
                                                      "WHERE m.conversation_id = :c ORDER BY o.id"),
                        {{":c", conversationId}});
    if (!q)
        return Error{q.error()};
    std::vector<OutboxEntry> result;
    while (q->next())
        result.push_back(entryFrom(*q));
    return result;
}

Status OutboxRepository::setState(qint64 id, OutboxState state, const QString &error, qint64 at)
{
    return m_db.execute(
        QStringLiteral("UPDATE outbox SET state = :s, last_error = :e, attempts = attempts + "
                       "CASE WHEN :s2 = 'sending' THEN 1 ELSE 0 END, sent_at = CASE WHEN :s3 = "
                       "'sent' THEN :at ELSE sent_at END WHERE id = :id"),
        {{":s", key(state)},
         {":e", error},
         {":s2", key(state)},
         {":s3", key(state)},
         {":at", at},
         {":id", id}});
}

} // namespace Torget
