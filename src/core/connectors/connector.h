#pragma once

#include "domain/enums.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace Torget {

// Why a platform call did not succeed. The sync engine decides from the kind what to do next:
// wait (RateLimited, with retryAt), back off and retry (Network, Timeout, Server, BadResponse),
// stop the account until someone signs in again (SignInRequired), or give up on this one item.
enum class FaultKind
{
    Network,        // no connection, DNS, TLS, connection refused
    Timeout,        // no answer in time
    Server,         // HTTP 5xx, Graph codes 1/2
    BadResponse,    // not the JSON we expected (truncated, malformed)
    RateLimited,    // 429, Graph 4/17/32/613/80001, X-App-Usage at 100: retryAt says when
    SignInRequired, // expired or revoked token: Graph 190/102, HTTP 401
    Permission,     // Graph 10, 200–299, HTTP 403: the token lacks a permission
    OutsideWindow,  // Messenger 24-hour window (code 10 / subcode 2018278)
    Rejected        // the platform refused this request for good (422, 400 validation, 551, 368)
};

struct Fault
{
    FaultKind kind = FaultKind::Network;
    QString message;               // translated, one line, for the user
    QString detail;                // platform detail for the log: "Graph 190/463", "HTTP 429"
    std::optional<qint64> retryAt; // UTC ms; set for RateLimited when the platform says when
    bool retryable() const
    {
        return kind == FaultKind::Network || kind == FaultKind::Timeout || kind == FaultKind::Server ||
               kind == FaultKind::BadResponse || kind == FaultKind::RateLimited;
    }
};

// Either a T or a Fault: what every asynchronous connector call hands to its callback.
template <typename T>
class Outcome
{
public:
    Outcome(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Outcome(Fault fault)
        : m_data(std::in_place_index<1>, std::move(fault))
    {}
    bool ok() const { return m_data.index() == 0; }
    T &value() { return std::get<0>(m_data); }
    const T &value() const { return std::get<0>(m_data); }
    const Fault &fault() const { return std::get<1>(m_data); }

private:
    std::variant<T, Fault> m_data;
};

struct RemoteAuthor
{
    QString externalId; // PSID, Mastodon account id, …
    QString name;       // display name
    QString handle;     // @acct, username; may be empty
};

// One message as the platform has it, in platform-neutral form.
struct RemoteMessage
{
    QString externalId;             // message / comment / status id (unique per account)
    QString conversationExternalId; // the thread: Messenger conversation, top-level comment, Mastodon
                                    // conversation or thread root
    ConversationKind kind = ConversationKind::Comment;
    RemoteAuthor author;
    bool fromAccount = false;                // written by the municipality itself (page reply, own status)
    QString text;                            // plain text as shown (HTML already turned into text)
    QString original;                        // what the platform sent when it differs from text (HTML)
    QString format = QStringLiteral("text"); // text | html (format of original)
    qint64 createdAt = 0;                    // UTC ms
    std::optional<qint64> editedAt;          // UTC ms
    QString inReplyToExternalId;             // the message this one answers, when the platform says so
    QString postExternalId;                  // the municipality's own post a comment belongs to
    QString subject;                         // first line or post title for a new conversation; may be empty
    // What a reply to this message needs that the columns above do not hold, as compact JSON the
    // same connector reads back (Mastodon: {"visibility":"unlisted","acct":"kari@example.org"}).
    QString replyMeta;
};

// A post the municipality published itself, with engagement counts (maturity charts).
struct RemotePost
{
    QString externalId;
    QString text;
    QString url;
    qint64 createdAt = 0;
    int likes = 0;
    int shares = 0;
    int comments = 0;
};

// One fetched page of a stream. The sync engine stores messages, posts and the cursor in one
// transaction, so that a crash resumes from the last stored page.
struct FetchedPage
{
    std::vector<RemoteMessage> messages;
    std::vector<RemotePost> posts;
    QString cursor;    // resume point to persist after this page (opaque to the engine)
    bool more = false; // another page follows in this sweep: call fetch() again with cursor
};

// A reply the outbox wants sent, built from the conversation and the inbound message it answers.
struct OutgoingReply
{
    qint64 outboxId = 0;
    QString idempotencyKey; // stable across retries and restarts
    QString text;
    ConversationKind kind = ConversationKind::Comment;
    QString conversationExternalId;
    QString citizenExternalId; // PSID / account id of the citizen
    QString citizenHandle;     // @acct for Mastodon
    QString targetExternalId;  // the inbound message answered (comment id, status id)
    QString targetReplyMeta;   // RemoteMessage::replyMeta of that message
    qint64 queuedAt = 0;       // UTC ms
    qint64 lastInboundAt = 0;  // UTC ms: Messenger's 24-hour / 7-day window is counted from it
    bool humanAgent = false;   // Messenger: send with tag HUMAN_AGENT (allowed within 7 days)
};

struct SentReply
{
    QString externalId; // the platform's id of the reply
    qint64 sentAt = 0;  // UTC ms
};

struct AccountIdentity
{
    QString externalId; // page id / account id
    QString name;
    QString handle;
};

// A platform account seen through its API. One instance per account; it lives on the thread that
// made it and calls every callback exactly once, later, on that thread (never synchronously).
// Connectors parse, page and read rate limits; they never touch SQL or widgets.
class Connector : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Connector() override = default;

    virtual Channel channel() const = 0;
    // The streams to sync in order ("messenger", "feed", "notifications", "conversations", "posts").
    virtual QStringList streams() const = 0;
    virtual void setToken(const QString &token) = 0;

    // Checks the token and returns whose it is.
    virtual void verify(std::function<void(Outcome<AccountIdentity>)> done) = 0;
    // One page of stream, from cursor (empty: start of the stream's history window).
    virtual void fetch(const QString &stream, const QString &cursor,
                       std::function<void(Outcome<FetchedPage>)> done) = 0;
    virtual void send(const OutgoingReply &reply, std::function<void(Outcome<SentReply>)> done) = 0;
    // After a crash mid-send: looks on the platform for a reply that already went out
    // (nullopt: it did not), so that the outbox never sends twice.
    virtual void findSent(const OutgoingReply &reply,
                          std::function<void(Outcome<std::optional<SentReply>>)> done) = 0;
    // UTC ms until which the platform asked us to send nothing (from headers and error codes).
    virtual std::optional<qint64> blockedUntil() const = 0;
};

} // namespace Torget
