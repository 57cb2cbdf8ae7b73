#pragma once

#include "businesscalendar.h"
#include "slaclock.h"
#include "slapolicy.h"
#include "util/result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace Torget {

class Database;
struct SlaFact;

// The response-time engine over the database: the calendar and policy in use, the facts per
// conversation that reports read, and conversations.due_at that the inbox sorts and filters by.
//
// Keeping it current (for whoever records events):
// - after every event that can move a clock (a message in or out, a status change, a redirect, a
//   reopen) in the same or a following transaction: refresh(conversationId) — about a millisecond;
// - after opening a database (the migration to schema 6, a calendar or policy change, an import or
//   a demo written without refresh calls): ensureFresh(), which runs refreshAll() when needed;
// - the inbox: breached when due_at <= bounds.breachedUpTo, about to breach when due_at <=
//   bounds.soonUpTo (inboxBounds(now), once a minute), so no timers run per conversation.
class SlaService final
{
    Q_DECLARE_TR_FUNCTIONS(Torget::SlaService)

public:
    explicit SlaService(Database &db)
        : m_db(db)
    {}

    // The stored calendar versions (the default calendar when none are stored) and the active
    // policy (the Sarpsborg preset when none is stored). Read once, then kept.
    Result<BusinessCalendar> calendar();
    Result<SlaPolicy> policy();

    // Changes mark every fact for recomputation: call ensureFresh() (or refreshAll()) afterwards.
    // Adds a version, or replaces the one valid from the same date. The first version added to the
    // built-in default keeps that default in force before its date.
    Status putCalendarVersion(const CalendarVersion &version, qint64 now);
    Status removeCalendarVersion(const QDate &validFrom);
    // Replaces every version (an imported calendar file); an empty list restores the default.
    Status setCalendarVersions(const std::vector<CalendarVersion> &versions, qint64 now);
    Status setPolicy(const SlaPolicy &policy);

    // Recomputes one conversation's facts and live deadline (a conversation gone: its facts go).
    Status refresh(qint64 conversationId);
    struct RefreshSummary
    {
        qint64 conversations = 0;
        qint64 facts = 0;
        qint64 milliseconds = 0;
    };
    // Recomputes everything, in transactions of a few thousand conversations; progress(done).
    Result<RefreshSummary> refreshAll(const std::function<void(qint64)> &progress = {});
    // refreshAll() when the database asks for it (after migration or a calendar/policy change).
    Result<std::optional<RefreshSummary>> ensureFresh(const std::function<void(qint64)> &progress = {});

    // What the clock says now (computed from the history, not from the stored facts).
    Result<ConversationSla> compute(qint64 conversationId);
    Result<Deadline> deadline(qint64 conversationId, qint64 now);
    // The same from the stored conversations.due_at and due_kind, without reading the history:
    // for list rows, refreshed at most once a minute (none when dueAt is empty).
    Result<Deadline> deadline(std::optional<qint64> dueAt, const QString &dueKind, qint64 now);
    Result<Explanation> explain(qint64 conversationId, qint64 now);

    struct InboxBounds
    {
        qint64 breachedUpTo = 0; // due_at at or before this: breached
        qint64 soonUpTo = 0;     // due_at at or before this (and after breachedUpTo): about to breach
    };
    Result<InboxBounds> inboxBounds(qint64 now);

    // Brings the per-day summaries of changed days up to date (reports call it first).
    Status rebuildChangedDays();
    // The local day (Julian day number) as UTC ms [from, to).
    Result<std::pair<qint64, qint64>> dayBounds(qint64 julianDay);

    // The facts of one conversation as stored for reports.
    static std::vector<SlaFact> factsFor(const SlaInput &input, const ConversationSla &sla,
                                         const BusinessCalendar &calendar);
    // Local Julian day and (weekday - 1) * 24 + hour of a UTC time.
    static qint64 localDay(const BusinessCalendar &calendar, qint64 utcMs);
    static int localSlot(const BusinessCalendar &calendar, qint64 utcMs);

    // Marks every fact for recomputation by the next ensureFresh(): for writers that add history
    // in bulk without refresh() (an import, the demo).
    Status requestRefresh();

private:
    Database &m_db;
    std::optional<BusinessCalendar> m_calendar;
    std::optional<SlaPolicy> m_policy;
};

} // namespace Torget
