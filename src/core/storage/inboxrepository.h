#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace Torget {

class Database;

// The inbox's views (DOMAIN.md §1, issue 3). Until the response-time engine lands, "about to
// breach" and "breached" are decided by how long the citizen has waited (InboxFilter thresholds).
enum class InboxView
{
    Unanswered,
    Mine,
    AboutToBreach,
    Breached,
    Waiting,
    Snoozed,
    Resolved,
    All
};

enum class InboxSort
{
    Urgency,     // priority, then the nearest deadline first, then the newest activity
    LastMessage, // newest activity first
    Oldest,      // oldest conversation first
};

struct InboxFilter
{
    InboxView view = InboxView::All;
    std::optional<qint64> me;                 // the agent for "Mine"
    std::vector<Channel> channels;            // any of these
    std::vector<ConversationStatus> statuses; // any of these
    QStringList tags;                         // any of these (names, compared case-folded)
    QStringList from;                         // citizen name prefixes (any)
    QStringList terms;                        // folded full-text terms (all)
    qint64 now = 0;                           // UTC ms: snoozes and ages are measured from here
    // The response-time engine's bounds on conversations.due_at (SlaService::inboxBounds): due at
    // or before breachedUpTo is breached, at or before soonUpTo about to breach.
    qint64 breachedUpTo = 0;
    qint64 soonUpTo = 0;
    int searchLimit = 5000; // text search looks at this many newest matching messages
    // When not empty, only these conversations (a report's click-through), on top of the rest.
    std::vector<qint64> ids;
};

struct InboxRow
{
    ConversationSummary summary;
    std::optional<qint64> awaitingSince;
    std::optional<qint64> snoozedUntil;
    std::optional<qint64> dueAt; // the running deadline (UTC ms), none when no clock runs
    QStringList tags;
};

struct InboxCounts
{
    qint64 unanswered = 0;
    qint64 mine = 0;
    qint64 aboutToBreach = 0;
    qint64 breached = 0;
    qint64 waiting = 0;
    qint64 snoozed = 0;
    qint64 resolved = 0;
    qint64 all = 0;
};

// Reads for the inbox: filtered, sorted pages and the counts beside each view. Every filter maps
// to an indexed condition or an FTS5 match, so that a million conversations stay quick.
class InboxRepository final
{
public:
    explicit InboxRepository(Database &db)
        : m_db(db)
    {}

    Result<std::vector<InboxRow>> page(const InboxFilter &filter, InboxSort sort, int offset, int limit);
    Result<qint64> count(const InboxFilter &filter);
    // Counts of every view under the same channel/tag/search filter.
    Result<InboxCounts> counts(const InboxFilter &filter);
    // Counts per channel and per tag (open conversations only) for the side pane.
    Result<std::vector<std::pair<Channel, qint64>>> channelCounts();
    Result<std::vector<std::pair<QString, qint64>>> tagCounts();

private:
    Database &m_db;
};

} // namespace Torget
