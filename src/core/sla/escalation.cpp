#include "escalation.h"

#include "storage/accountrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/slarepository.h"
#include "util/clock.h"

#include <algorithm>

namespace Torget {

namespace {

constexpr int chunk = 500;

// The audit detail: "agent=12;due=1774000000000;kind=first" (machine-readable, not shown as is).
QString detailFor(qint64 agentId, qint64 dueAt, const QString &kind)
{
    return QStringLiteral("agent=%1;due=%2;kind=%3").arg(agentId).arg(dueAt).arg(kind);
}

std::optional<qint64> field(const QString &detail, QLatin1String name)
{
    for (const QString &part : detail.split(QLatin1Char(';'))) {
        if (part.startsWith(name) && part.size() > name.size() && part.at(name.size()) == QLatin1Char('=')) {
            bool ok = false;
            const qint64 v = part.mid(name.size() + 1).toLongLong(&ok);
            if (ok)
                return v;
        }
    }
    return std::nullopt;
}

} // namespace

Result<std::optional<qint64>> Escalation::target()
{
    auto stored = SlaRepository(m_db).setting(targetKey());
    if (!stored)
        return Error{stored.error()};
    if (!stored->has_value() || (*stored)->isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = (*stored)->toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::optional<qint64>();
}

Status Escalation::setTarget(std::optional<qint64> agentId)
{
    return m_db.write([&]() -> Status {
        SlaRepository repo(m_db);
        if (!agentId) {
            if (auto removed = repo.removeSetting(targetKey()); !removed)
                return removed;
            return repo.removeSetting(markKey());
        }
        auto current = target();
        if (!current)
            return Error{current.error()};
        if (*current == agentId)
            return {};
        if (auto set = repo.setSetting(targetKey(), QString::number(*agentId)); !set)
            return set;
        // A colleague chosen now takes breaches from now on, not the backlog of the past months.
        auto mark = repo.setting(markKey());
        if (!mark)
            return Error{mark.error()};
        if (mark->has_value())
            return {};
        return repo.setSetting(markKey(), QString::number(m_clock.now().toMSecsSinceEpoch()));
    });
}

Result<std::vector<Escalation::Escalated>> Escalation::run()
{
    std::vector<Escalated> done;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // Most desks never escalate: a read, not a write lock, once a minute for them.
    auto chosen = target();
    if (!chosen)
        return Error{chosen.error()};
    if (!chosen->has_value())
        return done;
    const Status written = m_db.write([&]() -> Status {
        auto to = target();
        if (!to)
            return Error{to.error()};
        if (!to->has_value())
            return {};
        auto agents = AccountRepository(m_db).agents();
        if (!agents)
            return Error{agents.error()};
        const auto agent = std::find_if(agents->begin(), agents->end(),
                                        [&](const Agent &a) { return a.id == **to && a.active; });
        if (agent == agents->end())
            return Error{
                tr("The colleague chosen for escalation is no longer an active agent. Choose another "
                   "one under Edit, Opening Hours and Targets.")};
        SlaRepository repo(m_db);
        auto pending = deadlinesPending();
        if (!pending)
            return Error{pending.error()};
        if (*pending)
            return {};
        auto mark = repo.setting(markKey());
        if (!mark)
            return Error{mark.error()};
        qint64 from = now;
        if (mark->has_value())
            from = (*mark)->toLongLong();
        ConversationRepository conversations(m_db);
        HistoryRepository history(m_db);
        while (from < now) {
            auto due = repo.dueBetween(from, now, chunk);
            if (!due)
                return Error{due.error()};
            for (const DueConversation &d : *due) {
                if (auto assigned = conversations.assign(d.conversationId, agent->id, std::nullopt, now);
                    !assigned)
                    return assigned;
                AuditEntry entry;
                entry.at = now;
                entry.action = auditAction();
                entry.objectType = QStringLiteral("conversation");
                entry.objectId = d.conversationId;
                entry.detail = detailFor(agent->id, d.dueAt, d.dueKind);
                if (auto audited = history.audit(entry); !audited)
                    return Error{audited.error()};
                done.push_back({d.conversationId, d.dueAt, agent->id, agent->name, d.subject, d.citizenName});
            }
            if (static_cast<int>(due->size()) < chunk)
                break;
            from = due->back().dueAt; // due_at ties across a chunk edge: the next chunk starts after it
            // A tie of more than `chunk` conversations on one millisecond would stop here; the
            // remaining ones are rare enough (imports) to be left for the desk's own views.
        }
        return repo.setSetting(markKey(), QString::number(now));
    });
    if (!written)
        return Error{written.error()};
    return done;
}

Result<bool> Escalation::deadlinesPending()
{
    auto needed = SlaRepository(m_db).setting(QStringLiteral("refresh_needed")); // SlaService's key
    if (!needed)
        return Error{needed.error()};
    return needed->has_value();
}

Result<std::optional<std::pair<qint64, qint64>>> Escalation::escalatedFor(qint64 conversationId, qint64 dueAt)
{
    auto entry = SlaRepository(m_db).auditEntrySince(conversationId, auditAction(), dueAt);
    if (!entry)
        return Error{entry.error()};
    if (!entry->has_value())
        return std::optional<std::pair<qint64, qint64>>();
    const QString &detail = (*entry)->second;
    if (field(detail, QLatin1String("due")) != dueAt)
        return std::optional<std::pair<qint64, qint64>>();
    return std::optional<std::pair<qint64, qint64>>(
        std::make_pair((*entry)->first, field(detail, QLatin1String("agent")).value_or(0)));
}

} // namespace Torget
