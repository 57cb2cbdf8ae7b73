#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QList>

#include <optional>

namespace Torget {

class Clock;
class Database;

// What agents do in the inbox. Every action is one transaction that records the conversation's
// history (status, assignment, snooze, tags, redirect: the SLA clock reads it) and the audit log.
// No SQL here: it composes the repositories.
class InboxService final
{
public:
    InboxService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Stores the reply and queues it in the outbox before anything else; the conversation then waits
    // for the citizen and is assigned to the agent if nobody had it. Returns the message id.
    Result<qint64> reply(qint64 conversationId, const QString &text, const Agent &agent);
    // Replies with a "please use the formal channel" text and marks the conversation redirected.
    Result<qint64> redirect(qint64 conversationId, const QString &text, const Agent &agent);
    Result<qint64> note(qint64 conversationId, const QString &text, const Agent &agent);

    Status assign(const QList<qint64> &conversations, std::optional<qint64> assignee, const Agent &agent);
    Status setStatus(const QList<qint64> &conversations, ConversationStatus status, const Agent &agent);
    // until: UTC ms; nullopt wakes the conversations now.
    Status snooze(const QList<qint64> &conversations, std::optional<qint64> until, const Agent &agent);
    Status addTag(const QList<qint64> &conversations, const QString &tag, const Agent &agent);
    Status removeTag(const QList<qint64> &conversations, const QString &tag, const Agent &agent);

    // Called when a citizen writes again: a resolved or waiting conversation reopens and wakes up.
    Status inboundArrived(qint64 conversationId, qint64 at);

    static QString redirectedTag() { return QStringLiteral("videreformidlet"); }

private:
    Result<qint64> storeReply(qint64 conversationId, const QString &text, const Agent &agent);
    Result<qint64> sendReply(qint64 conversationId, const QString &text, const Agent &agent, bool redirect);
    static std::optional<qint64> actor(const Agent &agent); // nullopt for "nobody" (id 0)
    Status record(qint64 conversationId, EventKind kind, const QString &from, const QString &to,
                  const Agent &agent);
    Status audit(const QString &action, qint64 conversationId, const QString &detail, const Agent &agent);
    qint64 now() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace Torget
