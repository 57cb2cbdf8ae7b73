#include "inboxservice.h"

#include "sla/slaservice.h"

#include "storage/accountrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/messagerepository.h"
#include "storage/outboxrepository.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QUuid>

namespace Torget {

std::optional<qint64> InboxService::actor(const Agent &agent)
{
    return agent.id ? std::optional<qint64>(agent.id) : std::nullopt;
}

qint64 InboxService::now() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

Status InboxService::audit(const QString &action, qint64 conversationId, const QString &detail,
                           const Agent &agent)
{
    AuditEntry a;
    a.at = now();
    a.agentId = actor(agent);
    a.action = action;
    a.objectType = QStringLiteral("conversation");
    a.objectId = conversationId;
    a.detail = detail;
    auto id = HistoryRepository(m_db).audit(a);
    return id ? Status() : Status(Error{id.error()});
}

Status InboxService::record(qint64 conversationId, EventKind kind, const QString &from, const QString &to,
                            const Agent &agent)
{
    ConversationEvent e;
    e.conversationId = conversationId;
    e.kind = kind;
    e.oldValue = from;
    e.newValue = to;
    e.agentId = actor(agent);
    e.at = now();
    auto id = HistoryRepository(m_db).addEvent(e);
    return id ? Status() : Status(Error{id.error()});
}

Result<qint64> InboxService::storeReply(qint64 conversationId, const QString &text, const Agent &agent)
{
    if (text.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Torget::InboxService", "The reply is empty.")};
    ConversationRepository conversations(m_db);
    auto conversation = conversations.byId(conversationId);
    if (!conversation)
        return Error{conversation.error()};
    if (!conversation->has_value())
        return Error{
            QCoreApplication::translate("Torget::InboxService", "The conversation no longer exists.")};
    const Conversation &c = **conversation;
    auto accounts = AccountRepository(m_db).list();
    if (!accounts)
        return Error{accounts.error()};
    QString accountName;
    for (const Account &a : *accounts) {
        if (a.id == c.accountId)
            accountName = a.name;
    }
    Message m;
    m.conversationId = conversationId;
    m.accountId = c.accountId;
    m.direction = Direction::Outbound;
    m.agentId = actor(agent);
    m.authorName = accountName;
    m.bodyText = text;
    m.createdAt = now();
    auto stored = MessageRepository(m_db).insert(m);
    if (!stored)
        return Error{stored.error()};
    // The outbox entry is written with the message: a reply is never "sent" without a record.
    auto queued = OutboxRepository(m_db).queue(stored->id, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                               m.createdAt);
    if (!queued)
        return Error{queued.error()};
    if (!c.assigneeId && agent.id) {
        if (auto assigned = conversations.assign(conversationId, agent.id, agent.id, now()); !assigned)
            return Error{assigned.error()};
    }
    if (c.status != ConversationStatus::Waiting) {
        if (auto set =
                conversations.setStatus(conversationId, ConversationStatus::Waiting, actor(agent), now());
            !set)
            return Error{set.error()};
    }
    return stored->id;
}

Result<qint64> InboxService::reply(qint64 conversationId, const QString &text, const Agent &agent)
{
    return sendReply(conversationId, text, agent, false);
}

Result<qint64> InboxService::redirect(qint64 conversationId, const QString &text, const Agent &agent)
{
    return sendReply(conversationId, text, agent, true);
}

Result<qint64> InboxService::sendReply(qint64 conversationId, const QString &text, const Agent &agent,
                                       bool redirect)
{
    qint64 id = 0;
    const Status done = m_db.write([&]() -> Status {
        auto stored = storeReply(conversationId, text, agent);
        if (!stored)
            return Error{stored.error()};
        id = *stored;
        if (redirect) {
            if (auto r =
                    record(conversationId, EventKind::Redirect, QString(), QStringLiteral("formal"), agent);
                !r)
                return r;
            if (auto t = ConversationRepository(m_db).addTag(conversationId, redirectedTag()); !t)
                return t;
        }
        if (auto a = audit(redirect ? QStringLiteral("redirect") : QStringLiteral("reply"), conversationId,
                           QString::number(id), agent);
            !a)
            return a;
        // The reply stops the response clock: the live deadline moves in the same transaction.
        return SlaService(m_db).refresh(conversationId);
    });
    if (!done)
        return Error{done.error()};
    return id;
}

Result<qint64> InboxService::note(qint64 conversationId, const QString &text, const Agent &agent)
{
    if (text.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Torget::InboxService", "The note is empty.")};
    qint64 id = 0;
    const Status done = m_db.write([&]() -> Status {
        Note n;
        n.conversationId = conversationId;
        n.agentId = actor(agent);
        n.text = text;
        n.createdAt = now();
        auto added = HistoryRepository(m_db).addNote(n);
        if (!added)
            return Error{added.error()};
        id = *added;
        return audit(QStringLiteral("note"), conversationId, QString::number(id), agent);
    });
    if (!done)
        return Error{done.error()};
    return id;
}

Status InboxService::assign(const QList<qint64> &ids, std::optional<qint64> assignee, const Agent &agent)
{
    return m_db.write([&]() -> Status {
        ConversationRepository conversations(m_db);
        for (qint64 id : ids) {
            if (auto set = conversations.assign(id, assignee, actor(agent), now()); !set)
                return set;
            if (auto a = audit(QStringLiteral("assign"), id,
                               assignee ? QString::number(*assignee) : QString(), agent);
                !a)
                return a;
        }
        return {};
    });
}

Status InboxService::setStatus(const QList<qint64> &ids, ConversationStatus status, const Agent &agent)
{
    return m_db.write([&]() -> Status {
        ConversationRepository conversations(m_db);
        for (qint64 id : ids) {
            if (auto set = conversations.setStatus(id, status, actor(agent), now()); !set)
                return set;
            if (auto a = audit(QStringLiteral("status"), id, key(status), agent); !a)
                return a;
            // Waiting pauses the resolution clock, resolving stops it, reopening starts it again.
            if (auto r = SlaService(m_db).refresh(id); !r)
                return r;
        }
        return {};
    });
}

Status InboxService::snooze(const QList<qint64> &ids, std::optional<qint64> until, const Agent &agent)
{
    return m_db.write([&]() -> Status {
        ConversationRepository conversations(m_db);
        const QString to = until ? QString::number(*until) : QString();
        for (qint64 id : ids) {
            if (auto set = conversations.setSnooze(id, until); !set)
                return set;
            if (auto e = record(id, EventKind::Snooze, QString(), to, agent); !e)
                return e;
            if (auto a = audit(QStringLiteral("snooze"), id, to, agent); !a)
                return a;
        }
        return {};
    });
}

Status InboxService::addTag(const QList<qint64> &ids, const QString &tag, const Agent &agent)
{
    if (tag.simplified().isEmpty())
        return Error{QCoreApplication::translate("Torget::InboxService", "The tag has no name.")};
    return m_db.write([&]() -> Status {
        ConversationRepository conversations(m_db);
        for (qint64 id : ids) {
            if (auto added = conversations.addTag(id, tag); !added)
                return added;
            if (auto e = record(id, EventKind::Tag, QString(), tag.simplified(), agent); !e)
                return e;
            if (auto a = audit(QStringLiteral("tag"), id, tag.simplified(), agent); !a)
                return a;
        }
        return {};
    });
}

Status InboxService::removeTag(const QList<qint64> &ids, const QString &tag, const Agent &agent)
{
    return m_db.write([&]() -> Status {
        ConversationRepository conversations(m_db);
        for (qint64 id : ids) {
            if (auto removed = conversations.removeTag(id, tag); !removed)
                return removed;
            if (auto e = record(id, EventKind::Tag, tag.simplified(), QString(), agent); !e)
                return e;
            if (auto a = audit(QStringLiteral("untag"), id, tag.simplified(), agent); !a)
                return a;
        }
        return {};
    });
}

Status InboxService::inboundArrived(qint64 conversationId, qint64 at)
{
    return m_db.write([&]() -> Status {
        ConversationRepository conversations(m_db);
        auto c = conversations.byId(conversationId);
        if (!c)
            return Error{c.error()};
        if (!c->has_value())
            return {};
        if ((*c)->snoozedUntil) {
            if (auto woken = conversations.setSnooze(conversationId, std::nullopt); !woken)
                return woken;
        }
        const ConversationStatus status = (*c)->status;
        if (status == ConversationStatus::Resolved || status == ConversationStatus::Waiting) {
            if (auto reopened =
                    conversations.setStatus(conversationId, ConversationStatus::Open, std::nullopt, at);
                !reopened)
                return reopened;
        }
        return SlaService(m_db).refresh(conversationId);
    });
}

} // namespace Torget
