#pragma once

#include "businesscalendar.h"
#include "slainput.h"
#include "slapolicy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace Torget {

// One measured stretch of a conversation: a first or next response, or one resolution cycle.
struct SlaItem
{
    enum class End
    {
        Open,       // still running (or paused)
        Done,       // answered / resolved: the figures below are set
        Unanswered, // the conversation was resolved without a reply to this message
        Unknown,    // the conversation is resolved, but its history does not say when
    };
    ResponseKind kind = ResponseKind::First;
    End end = End::Open;
    qint64 arrivedAt = 0;                 // the message (or reopen) that started it, UTC ms
    std::optional<qint64> startMessageId; // none for a cycle reopened by an agent
    std::optional<qint64> endedAt; // answered / resolved; closed for Unanswered; last activity for Unknown
    std::optional<qint64> endMessageId; // the reply
    std::optional<qint64> agentId;      // who answered (or resolved)
    std::optional<SlaTarget> target;
    std::optional<qint64> dueAt; // none without a target, and while a resolution is paused
    qint64 businessMs = 0;       // Done: open time taken (pauses left out)
    qint64 calendarMs = 0;       // Done: wall-clock time taken (pauses left out)
    std::vector<std::pair<qint64, std::optional<qint64>>> pauses; // resolution: "waiting", open-ended last
    qint64 pausedBusinessMs = 0;                                  // of the finished pauses
    qint64 pausedCalendarMs = 0;
    bool sameDay = false;             // Done on the working day the clock started on
    std::optional<bool> withinTarget; // Done with a target
};

// Things that happened without moving a clock, for the explanation.
struct SlaNote
{
    enum class Kind
    {
        AutomaticIgnored, // an automatic acknowledgement
        ExtraReply,       // a reply with nothing waiting for one
        Paused,
        Resumed,
        Reopened,
        Resolved,
        Redirected,
        StatusWithoutHistory, // the current status is not in the history (imported data)
    };
    Kind kind = Kind::AutomaticIgnored;
    qint64 at = 0;
    std::optional<qint64> messageId;
};

struct ConversationSla
{
    std::vector<SlaItem> items; // in the order they started
    std::vector<SlaNote> notes;
    std::optional<std::size_t> live;     // the item running now: a response awaited, else an open cycle
    bool livePaused = false;             // the live item is a resolution paused by "waiting"
    std::optional<qint64> dueAt() const; // the live deadline (none when nothing runs or paused)
};

enum class DeadlineState
{
    None,   // nothing runs (answered and not reopened, or no target)
    Paused, // resolution paused: waiting for the citizen
    Ok,
    Soon, // at most the policy's soonMinutes of open time left
    Breached,
};
QString key(DeadlineState state); // none | paused | ok | soon | breached

struct Deadline
{
    DeadlineState state = DeadlineState::None;
    std::optional<ResponseKind> kind;
    std::optional<qint64> dueAt;
    qint64 remainingBusinessMs = 0; // negative when breached
    qint64 remainingCalendarMs = 0;
};

// One line of "why this deadline".
struct ExplanationStep
{
    enum class Kind
    {
        Started,
        OutOfHours,
        Closed,
        Rule,
        Ignored,
        Paused,
        Target,
        Due,
        Answered,
        Reopened,
        Resolved,
        Redirected,
        NothingRunning,
    };
    Kind kind = Kind::Started;
    qint64 at = 0;
    std::optional<qint64> until;
    std::optional<qint64> messageId;
    QString text; // translated, one sentence
};

struct Explanation
{
    Deadline deadline;
    std::optional<std::size_t> item; // the item explained (the live one, else the last)
    std::vector<ExplanationStep> steps;
};

// The response-time rules of DOMAIN.md §4, for one conversation at a time:
// - the first inbound message starts a cycle; a first-response clock runs from it;
// - a response is an outbound message that is not automatic: an agent's reply, or an answer given
//   on the platform itself (no agent). Internal notes (their own table) and status changes are not;
// - after a response, the oldest inbound message not yet answered starts the next-response clock;
// - "waiting" (for the citizen) pauses the resolution clock only; a citizen's message ends a pause;
// - "resolved" ends the cycle (a waiting response is then Unanswered); a later message, or a
//   reopen, starts a new cycle with a new first response (as Chatwoot does);
// - out of hours, business time starts at the next opening; every figure is kept in business and
//   in calendar time.
class SlaClock final
{
    Q_DECLARE_TR_FUNCTIONS(Torget::SlaClock)

public:
    SlaClock(const BusinessCalendar &calendar, const SlaPolicy &policy)
        : m_calendar(calendar)
        , m_policy(policy)
    {}

    ConversationSla compute(const SlaInput &input) const;
    Deadline deadline(const ConversationSla &sla, qint64 now) const;
    // The state of a known deadline at `now` (ok, soon or breached, and the time left).
    Deadline deadline(ResponseKind kind, qint64 dueAt, qint64 now) const;
    Explanation explain(const SlaInput &input, const ConversationSla &sla, qint64 now) const;

    // The rules above in sentences, for the app's "what counts as a response" text.
    static QStringList rules();

    const BusinessCalendar &calendar() const { return m_calendar; }
    const SlaPolicy &policy() const { return m_policy; }

private:
    void finish(SlaItem &item, const SlaInput &input) const;
    QString when(qint64 t) const;

    const BusinessCalendar &m_calendar;
    const SlaPolicy &m_policy;
};

} // namespace Torget
