#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace Torget {

class Clock;
class Database;

// "Escalate breached conversations to: <colleague>" (issue 5). The choice and how far the watch
// has come are kept in the database (sla_settings), not on one desk: every pass runs in one write
// transaction that reads the mark, escalates the conversations whose deadline passed after it and
// moves the mark to now. Two desks (or the app and `torget-cli escalate --once`) on the same file
// therefore never escalate the same breach twice: the second one's transaction waits for the
// first and then finds nothing left.
//
// A breach is a conversation's live deadline (conversations.due_at) passing: a conversation whose
// next clock breaches later is escalated again. Escalating assigns the conversation to the
// colleague (a history event, by nobody: the system) and writes the audit entry auditAction().
// Breaches before the choice was made are not escalated; neither is a deadline that lands in the
// past only after the mark passed it (a recomputation after a policy change).
class Escalation final
{
    Q_DECLARE_TR_FUNCTIONS(Torget::Escalation)

public:
    Escalation(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // The colleague (agent id) breached conversations go to; nullopt: no escalation.
    Result<std::optional<qint64>> target();
    // Chooses (or clears) the colleague; choosing starts the watch now.
    Status setTarget(std::optional<qint64> agentId);

    struct Escalated
    {
        qint64 conversationId = 0;
        qint64 dueAt = 0;
        qint64 agentId = 0;
        QString agentName;
        QString subject;
        QString citizenName;
    };
    // One pass (once a minute from the app's notifier, or from the command line).
    Result<std::vector<Escalated>> run();

    // True while the deadlines are being recomputed (SlaService's "refresh_needed" mark, set from
    // before the stored deadlines are cleared until the last one is written again): a pass then
    // waits, since half the deadlines are missing, and the mark does not move.
    Result<bool> deadlinesPending();

    // When this conversation was escalated for the breach of a deadline (nullopt: not).
    Result<std::optional<std::pair<qint64, qint64>>> escalatedFor(qint64 conversationId, qint64 dueAt);

    static QString auditAction() { return QStringLiteral("sla_escalated"); }
    static QString targetKey() { return QStringLiteral("escalate_to"); }
    static QString markKey() { return QStringLiteral("escalated_up_to"); }

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace Torget
