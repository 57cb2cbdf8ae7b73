#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace Torget {

class Database;

enum class OutboxState
{
    Queued,
    Sending,
    Sent,
    Failed
};
QString key(OutboxState state);
std::optional<OutboxState> outboxStateFromKey(const QString &key);
QString displayName(OutboxState state);

struct OutboxEntry
{
    qint64 id = 0;
    qint64 messageId = 0;
    OutboxState state = OutboxState::Queued;
    QString idempotencyKey;
    int attempts = 0;
    QString lastError;
    qint64 queuedAt = 0;
    std::optional<qint64> sentAt;
    std::optional<qint64> nextAttemptAt; // a queued entry waits until then (backoff, rate limit)
    bool humanAgent = false;             // Messenger: goes with the HUMAN_AGENT tag
    QString failure;                     // why it failed: "outside_window" (may go as HUMAN_AGENT) or empty
    std::optional<qint64> leaseUntil;    // a 'sending' entry belongs to its sender until then
    QString leaseOwner;                  // that sender (OutboxLease::owner)
};

// An entry with what sending it needs: the reply, its conversation, the citizen, and the newest
// inbound message, which the reply answers.
struct OutboxReplyContext
{
    OutboxEntry entry;
    qint64 accountId = 0;
    qint64 conversationId = 0;
    QString text;
    QString messageExternalId; // set once the platform has it
    ConversationKind kind = ConversationKind::Comment;
    QString conversationExternalId;
    QString citizenExternalId;
    QString citizenHandle;
    QString targetExternalId; // newest inbound message; empty when the conversation has none
    QString targetReplyMeta;
    qint64 lastInboundAt = 0;
};

// For listing: the entry with its message and account.
struct OutboxDetail
{
    OutboxEntry entry;
    qint64 accountId = 0;
    QString accountName;
    qint64 conversationId = 0;
    QString text;
    QString messageExternalId;
};

// Replies waiting to be sent. A reply is stored here, in the same transaction as its message,
// before anything else happens; the channels' sync engine sends it exactly once.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Database &db)
        : m_db(db)
    {}

    Result<qint64> queue(qint64 messageId, const QString &idempotencyKey, qint64 at);
    Result<std::vector<OutboxEntry>> list(std::optional<OutboxState> state = std::nullopt, int limit = 1000);
    Result<std::vector<OutboxEntry>> forConversation(qint64 conversationId);
    Status setState(qint64 id, OutboxState state, const QString &error, qint64 at);

    Result<std::optional<OutboxEntry>> byMessage(qint64 messageId);
    Result<std::optional<OutboxReplyContext>> context(qint64 id);
    Result<std::vector<OutboxDetail>> details(std::optional<OutboxState> state = std::nullopt,
                                              int limit = 1000);

    // The sender's state machine. Each step is one transaction, and each only moves an entry that is
    // in the state the step expects, so that a step that lost a race changes nothing.
    // Who sends, and for how long an entry in 'sending' stays theirs.
    struct Lease
    {
        QString owner;
        qint64 durationMs = kLeaseMs;
    };
    // A sender's lease: well beyond the longest send (a look on the platform and a post, 30 s each).
    static constexpr qint64 kLeaseMs = 5LL * 60 * 1000;

    // queued → sending for the oldest entry due at `now` of an active account (optionally one
    // account), counting the attempt and leasing it to the caller; nullopt when none is due.
    Result<std::optional<OutboxEntry>> claimNextDue(qint64 now, const Lease &lease,
                                                    std::optional<qint64> accountId = std::nullopt);
    // Takes over an entry in 'sending' whose sender is gone (lease run out, or its process ended),
    // for reconciling; false when its lease changed since `seen` (another process took it) or it
    // moved on.
    Result<bool> reclaim(const OutboxEntry &seen, qint64 now, const Lease &lease);
    // When the next queued entry of an active account falls due (nullopt: none is queued).
    Result<std::optional<qint64>> nextDueAt(std::optional<qint64> accountId = std::nullopt);
    // sending → queued, to be tried again at `at` (nullopt: as soon as the account can send again).
    Status scheduleRetry(qint64 id, std::optional<qint64> at, const QString &reason);
    // sending → failed for good, with the reason the inbox shows and, for the program, its kind.
    Status markFailed(qint64 id, const QString &reason, const QString &failure = QString());
    // failed (refused for the Messenger 24-hour window) → queued again, to go with the HUMAN_AGENT tag.
    Status sendAsHumanAgent(qint64 id);
    // sending (or queued) → sent, and the message gets the platform's id, in one transaction. If sync
    // stored the reply as a message of its own before this (it came back from the platform), that
    // copy is dropped so the reply shows once.
    Status markSent(qint64 id, const QString &externalId, qint64 sentAt);
    // Entries in 'sending': in flight, or left by a process that stopped mid-send (see reclaim).
    Result<std::vector<OutboxEntry>> sending();

    // Replies of a conversation that went out (or may have) but whose platform id is not known yet:
    // sync adopts the platform's copy instead of storing it twice.
    struct Pending
    {
        qint64 outboxId = 0;
        qint64 messageId = 0;
        OutboxState state = OutboxState::Sending;
        QString text;
    };
    Result<std::vector<Pending>> awaitingPlatformId(qint64 conversationId);

private:
    Database &m_db;
};

} // namespace Torget
