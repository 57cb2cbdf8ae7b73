#pragma once

#include "domain/enums.h"
#include "sla/slainput.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace Torget {

class Database;

// One row of sla_responses: a measured first response, next response or resolution cycle of a
// conversation, kept up to date by SlaService::refresh so that reports never rerun the clock.
struct SlaFact
{
    enum State
    {
        Open = 0,       // running
        Done = 1,       // answered / resolved: business and calendar seconds set
        Unanswered = 2, // closed by "resolved" without a reply (ended_at: when)
        Unknown = 3,    // resolved, the history does not say when (ended_at: the last activity)
    };
    qint64 conversationId = 0;
    int seq = 0;  // position in the conversation
    int kind = 0; // ResponseKind: 0 first, 1 next, 2 resolution
    int state = Open;
    qint64 startedAt = 0; // the message that started the clock, UTC ms
    std::optional<qint64> endedAt;
    std::optional<qint64> dueAt;
    std::optional<qint64> businessSecs; // Done only
    std::optional<qint64> calendarSecs;
    std::optional<qint64> agentId; // who answered or resolved
    qint64 accountId = 0;
    qint64 startDay = 0; // local (Oslo) date of startedAt as a Julian day
    std::optional<qint64> endDay;
    int arrivalSlot = 0; // local (weekday - 1) * 24 + hour of startedAt
    std::optional<int> answerSlot;
    bool sameDay = false;
    std::optional<bool> withinTarget;
};

// A fact as the day summaries hold it, so that a year of a million conversations is read in one
// pass over about 365 rows instead of millions. Packed to about 12 bytes: one byte of kind, state
// and flags, the two slots, then LEB128 numbers (account, agent, business and calendar seconds, and
// for a running clock its deadline in seconds after 2000 zigzag-coded). Less to read is what makes
// the report fast.
struct SlaDayItem
{
    enum Flag : quint8
    {
        SameDay = 1,
        Within = 2, // Done within its target
        HasTarget = 4,
        LateClosed = 8, // Unanswered, closed after its deadline
    };
    quint8 kind = 0;  // 0…2
    quint8 state = 0; // SlaFact::State
    quint8 flags = 0;
    quint8 arrivalSlot = 0;
    quint8 answerSlot = 0xff; // none
    quint32 accountId = 0;
    quint32 agentId = 0; // 0: none
    quint32 businessSecs = 0;
    quint32 calendarSecs = 0;
    qint64 dueAt = 0; // UTC ms to the second, kept for running clocks only (0: none)

    static SlaDayItem from(const SlaFact &fact);
    static void append(QByteArray &out, const SlaDayItem &item);
    // Reads the item at `at` and moves past it; false when the bytes end before the item does.
    static bool read(const char *&at, const char *end, SlaDayItem &item);
};

// Conversations behind a figure of the response-time report.
struct SlaFactFilter
{
    qint64 from = 0; // started_at range, UTC ms
    qint64 to = 0;
    std::vector<int> kinds;                       // any of these; empty: all
    std::vector<qint64> accountIds;               // any of these; empty: all
    std::optional<std::optional<qint64>> agentId; // set: this agent (nullopt inside: no agent)
    std::optional<int> arrivalSlot;
    std::optional<int> answerSlot;
    bool missedOnly = false; // later than the target, or unanswered past it (at `now`)
    bool notSameDayOnly = false;
    std::optional<qint64> openAtEndOfDay; // resolution cycles open at the end of this local day
    qint64 now = 0;
};

// A conversation whose live deadline falls in a span (for notifications and escalation).
struct DueConversation
{
    qint64 conversationId = 0;
    qint64 dueAt = 0;
    QString dueKind;
    QString subject;
    QString citizenName;
    std::optional<qint64> assigneeId;
};

// Storage for the response-time engine (schema 6): calendar versions, settings (the policy), the
// per-conversation facts, the live deadline in conversations.due_at, and per-day summaries of the
// facts (sla_days) that reports read. The summaries of days whose facts changed are rebuilt lazily.
class SlaRepository final
{
public:
    explicit SlaRepository(Database &db)
        : m_db(db)
    {}

    // Calendar versions as (valid from, JSON of one version).
    Result<std::vector<std::pair<QDate, QByteArray>>> calendarVersions();
    Status putCalendarVersion(const QDate &validFrom, const QByteArray &json, qint64 now);
    Status removeCalendarVersion(const QDate &validFrom);
    Status replaceCalendarVersions(const std::vector<std::pair<QDate, QByteArray>> &versions, qint64 now);

    Result<std::optional<QString>> setting(const QString &key);
    Status setSetting(const QString &key, const QString &value);
    Status removeSetting(const QString &key);

    // What the clock reads about one conversation (nullopt when it does not exist).
    Result<std::optional<SlaInput>> input(qint64 conversationId);
    // Every conversation in id order, `chunk` at a time.
    Status forEachInputChunk(int chunk, const std::function<Status(std::vector<SlaInput> &)> &fn);

    Result<std::vector<SlaFact>> facts(qint64 conversationId);
    // Replaces one conversation's facts and live deadline, and marks the days they touch for rebuilding.
    Status replaceFacts(qint64 conversationId, const std::vector<SlaFact> &facts, std::optional<qint64> dueAt,
                        const QString &dueKind);

    // For a full recomputation: forget every fact, summary and deadline; then insert in bulk.
    Status clearAll();
    Status insertFacts(const std::vector<SlaFact> &facts);
    Status setDue(qint64 conversationId, std::optional<qint64> dueAt, const QString &dueKind);

    // Day summaries.
    Result<std::vector<qint64>> dirtyDays();
    // Rebuilds one day from its facts; fromUtc/toUtc: the local day's bounds in UTC ms.
    Status rebuildDay(qint64 day, qint64 fromUtc, qint64 toUtc);
    Status putDay(qint64 day, qint64 opened, qint64 closed, const QByteArray &items);
    Status forEachDay(
        qint64 fromDay, qint64 toDay,
        const std::function<Status(qint64 day, qint64 opened, qint64 closed, const QByteArray &items)> &fn);
    // Resolution cycles open at the start of a local day (opened before it, not closed before it).
    Result<qint64> openAtStartOf(qint64 day);

    // Conversation ids behind a figure, in the order their clocks started, at most `limit`.
    Result<std::vector<qint64>> conversations(const SlaFactFilter &filter, int limit);
    // How many distinct conversations the filter selects in each arrival slot (weekday × 24 + hour).
    Result<std::array<qint64, 168>> conversationsByArrivalSlot(const SlaFactFilter &filter);

    // Conversations with after < due_at <= upTo, earliest first, at most `limit` (the partial index
    // on due_at makes this a range scan, cheap once a minute at a million conversations).
    Result<std::vector<DueConversation>> dueBetween(qint64 after, qint64 upTo, int limit);

    // The first audit entry `action` about a conversation at or after `since`: (at, detail). The
    // range on audit_log(at) keeps it short for a recent `since`.
    Result<std::optional<std::pair<qint64, QString>>> auditEntrySince(qint64 conversationId,
                                                                      const QString &action, qint64 since);

    Result<QHash<qint64, Channel>> accountChannels();
    Result<QHash<qint64, QString>> agentNames();

private:
    Status markDirty(const std::vector<qint64> &days);
    Database &m_db;
};

} // namespace Torget
