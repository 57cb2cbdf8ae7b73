#include "outboxrepository.h"

#include "database.h"
#include "messagerepository.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Torget {

namespace {

const auto outboxColumns =
    QStringLiteral("o.id, o.message_id, o.state, o.idempotency_key, o.attempts, "
                   "o.last_error, o.queued_at, o.sent_at, o.next_attempt_at, "
                   "o.human_agent, COALESCE(o.failure, ''), o.lease_until, o.lease_owner");
const QString outboxSelect = QStringLiteral("SELECT ") + outboxColumns + QStringLiteral(" FROM outbox o");
constexpr int entryColumns = 13;

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
    e.nextAttemptAt = SqlValues::toOptionalId(q.value(8));
    e.humanAgent = q.value(9).toInt() != 0;
    e.failure = q.value(10).toString();
    e.leaseUntil = SqlValues::toOptionalId(q.value(11));
    e.leaseOwner = q.value(12).toString();
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

Result<std::optional<OutboxEntry>> OutboxRepository::byMessage(qint64 messageId)
{
    auto q = m_db.query(outboxSelect + QStringLiteral(" WHERE o.message_id = :m"), {{":m", messageId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(entryFrom(*q));
}

Result<std::optional<OutboxReplyContext>> OutboxRepository::context(qint64 id)
{
    // The newest inbound message is the one answered: for a comment thread the newest comment, for
    // a DM the message that opened the reply window.
    auto q = m_db.query(
        QStringLiteral("SELECT ") + outboxColumns +
            QStringLiteral(
                ", m.account_id, m.conversation_id, m.body_text, COALESCE(m.external_id, ''), c.kind, "
                "COALESCE(c.external_id, ''), COALESCE(ci.external_id, ''), COALESCE(ci.handle, ''), "
                "COALESCE(t.external_id, ''), COALESCE(t.reply_meta, ''), COALESCE(t.created_at, 0) "
                "FROM outbox o JOIN messages m ON m.id = o.message_id "
                "JOIN conversations c ON c.id = m.conversation_id "
                "LEFT JOIN citizens ci ON ci.id = c.citizen_id "
                "LEFT JOIN messages t ON t.id = (SELECT id FROM messages WHERE conversation_id = c.id "
                "AND direction = 'in' ORDER BY created_at DESC, id DESC LIMIT 1) "
                "WHERE o.id = :id"),
        {{":id", id}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<OutboxReplyContext>();
    OutboxReplyContext c;
    c.entry = entryFrom(*q);
    int i = entryColumns;
    c.accountId = q->value(i++).toLongLong();
    c.conversationId = q->value(i++).toLongLong();
    c.text = q->value(i++).toString();
    c.messageExternalId = q->value(i++).toString();
    c.kind = kindFromKey(q->value(i++).toString()).value_or(ConversationKind::Comment);
    c.conversationExternalId = q->value(i++).toString();
    c.citizenExternalId = q->value(i++).toString();
    c.citizenHandle = q->value(i++).toString();
    c.targetExternalId = q->value(i++).toString();
    c.targetReplyMeta = q->value(i++).toString();
    c.lastInboundAt = q->value(i++).toLongLong();
    return std::optional<OutboxReplyContext>(c);
}

Result<std::vector<OutboxDetail>> OutboxRepository::details(std::optional<OutboxState> state, int limit)
{
    auto q = m_db.query(QStringLiteral("SELECT ") + outboxColumns +
                            QStringLiteral(", m.account_id, a.name, m.conversation_id, m.body_text, "
                                           "COALESCE(m.external_id, '') FROM outbox o "
                                           "JOIN messages m ON m.id = o.message_id "
                                           "JOIN accounts a ON a.id = m.account_id "
                                           "WHERE (:s = '' OR o.state = :s2) ORDER BY o.id LIMIT :limit"),
                        {{":s", state ? key(*state) : QString()},
                         {":s2", state ? key(*state) : QString()},
                         {":limit", limit}});
    if (!q)
        return Error{q.error()};
    std::vector<OutboxDetail> result;
    while (q->next()) {
        OutboxDetail d;
        d.entry = entryFrom(*q);
        d.accountId = q->value(entryColumns).toLongLong();
        d.accountName = q->value(entryColumns + 1).toString();
        d.conversationId = q->value(entryColumns + 2).toLongLong();
        d.text = q->value(entryColumns + 3).toString();
        d.messageExternalId = q->value(entryColumns + 4).toString();
        result.push_back(d);
    }
    return result;
}

Result<std::optional<OutboxEntry>> OutboxRepository::claimNextDue(qint64 now, const Lease &lease,
                                                                  std::optional<qint64> accountId)
{
    std::optional<OutboxEntry> claimed;
    const Status done = m_db.write([&]() -> Status {
        auto next = m_db.maybeReturningId(
            QStringLiteral(
                "SELECT o.id FROM outbox o JOIN messages m ON m.id = o.message_id "
                "JOIN accounts a ON a.id = m.account_id WHERE o.state = 'queued' AND a.state = 'active' "
                "AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= :now) "
                "AND (:any = 1 OR m.account_id = :acc) ORDER BY o.id LIMIT 1"),
            {{":now", now}, {":any", accountId ? 0 : 1}, {":acc", accountId.value_or(0)}});
        if (!next)
            return Error{next.error()};
        if (!next->has_value())
            return {};
        if (auto moved = m_db.execute(
                QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                               "next_attempt_at = NULL, lease_until = :lease, lease_owner = :owner "
                               "WHERE id = :id AND state = 'queued'"),
                {{":id", **next}, {":lease", now + lease.durationMs}, {":owner", lease.owner}});
            !moved)
            return moved;
        auto q = m_db.query(outboxSelect + QStringLiteral(" WHERE o.id = :id"), {{":id", **next}});
        if (!q)
            return Error{q.error()};
        if (q->next())
            claimed = entryFrom(*q);
        return {};
    });
    if (!done)
        return Error{done.error()};
    return claimed;
}

Result<std::optional<qint64>> OutboxRepository::nextDueAt(std::optional<qint64> accountId)
{
    auto q = m_db.query(
        QStringLiteral("SELECT COUNT(*), MIN(COALESCE(o.next_attempt_at, 0)) FROM outbox o "
                       "JOIN messages m ON m.id = o.message_id JOIN accounts a ON a.id = m.account_id "
                       "WHERE o.state = 'queued' AND a.state = 'active' "
                       "AND (:any = 1 OR m.account_id = :acc)"),
        {{":any", accountId ? 0 : 1}, {":acc", accountId.value_or(0)}});
    if (!q)
        return Error{q.error()};
    if (!q->next() || q->value(0).toLongLong() == 0)
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(1).toLongLong());
}

Status OutboxRepository::scheduleRetry(qint64 id, std::optional<qint64> at, const QString &reason)
{
    return m_db.execute(
        QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = :at, last_error = :e, "
                       "lease_until = NULL, lease_owner = '' WHERE id = :id AND state = 'sending'"),
        {{":at", SqlValues::optionalId(at)}, {":e", reason}, {":id", id}});
}

Status OutboxRepository::markFailed(qint64 id, const QString &reason, const QString &failure)
{
    return m_db.execute(
        QStringLiteral("UPDATE outbox SET state = 'failed', next_attempt_at = NULL, last_error = :e, "
                       "failure = NULLIF(:f, ''), lease_until = NULL, lease_owner = '' WHERE id = :id AND "
                       "state = 'sending'"),
        {{":e", reason}, {":f", failure}, {":id", id}});
}

Status OutboxRepository::sendAsHumanAgent(qint64 id)
{
    auto moved = m_db.maybeReturningId(
        QStringLiteral(
            "UPDATE outbox SET state = 'queued', human_agent = 1, failure = NULL, last_error = '', "
            "next_attempt_at = NULL WHERE id = :id AND state = 'failed' "
            "AND failure = 'outside_window' RETURNING id"),
        {{":id", id}});
    if (!moved)
        return Error{moved.error()};
    if (!moved->has_value())
        return Error{QCoreApplication::translate(
            "Torget::OutboxRepository",
            "Only a Messenger reply refused for the 24-hour window can be sent again as a personal answer.")};
    return {};
}

Result<bool> OutboxRepository::reclaim(const OutboxEntry &seen, qint64 now, const Lease &lease)
{
    // Compare and swap on the lease as it was seen: of two processes taking over the same entry, one wins.
    auto taken = m_db.maybeReturningId(
        QStringLiteral(
            "UPDATE outbox SET lease_until = :lease, lease_owner = :owner, attempts = attempts + 1 "
            "WHERE id = :id AND state = 'sending' AND lease_owner = :seenOwner "
            "AND COALESCE(lease_until, 0) = :seenUntil RETURNING id"),
        {{":lease", now + lease.durationMs},
         {":owner", lease.owner},
         {":id", seen.id},
         {":seenOwner", seen.leaseOwner},
         {":seenUntil", seen.leaseUntil.value_or(0)}});
    if (!taken)
        return Error{taken.error()};
    return taken->has_value();
}

Status OutboxRepository::markSent(qint64 id, const QString &externalId, qint64 sentAt)
{
    return m_db.write([&]() -> Status {
        auto q = m_db.query(QStringLiteral("SELECT o.message_id, o.state, m.account_id FROM outbox o "
                                           "JOIN messages m ON m.id = o.message_id WHERE o.id = :id"),
                            {{":id", id}});
        if (!q)
            return Error{q.error()};
        if (!q->next())
            return {};
        const qint64 messageId = q->value(0).toLongLong();
        const QString state = q->value(1).toString();
        const qint64 accountId = q->value(2).toLongLong();
        q->finish();
        if (state == QLatin1String("failed"))
            return {};
        if (!externalId.isEmpty()) {
            MessageRepository messages(m_db);
            auto copy = messages.findByExternalId(accountId, externalId);
            if (!copy)
                return Error{copy.error()};
            if (copy->has_value() && **copy != messageId) {
                if (auto removed = messages.remove(**copy); !removed)
                    return removed;
            }
            if (auto set = messages.setExternalId(messageId, externalId); !set)
                return set;
        }
        if (state == QLatin1String("sent"))
            return {};
        return m_db.execute(
            QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = :at, last_error = '', "
                           "next_attempt_at = NULL WHERE id = :id"),
            {{":at", sentAt}, {":id", id}});
    });
}

Result<std::vector<OutboxEntry>> OutboxRepository::sending()
{
    return list(OutboxState::Sending);
}

Result<std::vector<OutboxRepository::Pending>> OutboxRepository::awaitingPlatformId(qint64 conversationId)
{
    auto q = m_db.query(
        QStringLiteral("SELECT o.id, o.message_id, o.state, m.body_text FROM outbox o "
                       "JOIN messages m ON m.id = o.message_id WHERE m.conversation_id = :c "
                       "AND m.external_id IS NULL AND o.state IN ('sending', 'sent') ORDER BY o.id"),
        {{":c", conversationId}});
    if (!q)
        return Error{q.error()};
    std::vector<Pending> result;
    while (q->next())
        result.push_back({q->value(0).toLongLong(), q->value(1).toLongLong(),
                          outboxStateFromKey(q->value(2).toString()).value_or(OutboxState::Sending),
                          q->value(3).toString()});
    return result;
}

} // namespace Torget
