#pragma once

#include "connectors/connector.h"
#include "connectors/httpclient.h"
#include "connectors/mastodon/mastodonparse.h"
#include "domain/types.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace Torget {

class Clock;

// A Mastodon account through the REST API (PLATFORM_APIS.md §4).
//
// Streams, in sync order:
// - "notifications": mentions (GET /api/v1/notifications?types[]=mention). The first sweep reads
//   the newest page and follows rel="next" for kHistoryPages pages in all; the cursor keeps the
//   newest notification id stored, and later sweeps page forward from it with min_id (each page is
//   the next kPageLimit notifications above the watermark, so every page's cursor is a safe resume
//   point). Direct-visibility mentions are left to "conversations", so a DM is never also a mention.
// - "conversations": direct messages (GET /api/v1/conversations). The list is ordered by each
//   conversation's last status, so a sweep walks rel="next" from the top until it reaches a
//   conversation whose last status is not newer than the watermark; the watermark moves only when
//   the sweep ends (a crash mid-sweep resumes from the stored rel="next" query). The thread of a
//   changed conversation is read with /statuses/:id/context (its direct statuses only).
// - "statuses": the account's own posts with engagement counts (exclude_replies, exclude_reblogs):
//   kHistoryPages pages at first, then the newest page on every sweep to refresh the counts.
//
// Thread of a mention (conversationExternalId): the oldest status in its reply chain that is not
// ours and is addressed to us (mentions us or answers one of our statuses), else the mention
// itself. So a citizen's follow-up to our answer joins the citizen's first question, and two
// citizens answering the same post of ours are two conversations (postExternalId = that post). A
// mention without in_reply_to_id needs no lookup; a reply is resolved from the statuses seen in
// this session (mentions, our sent replies) or else from GET /statuses/:id/context.
//
// Edits: Mastodon notifies a mentioned account of no edit, so an edited mention is picked up only
// when it is read again (a thread's context). Ids are opaque strings, compared by length then text.
// The token travels only in the Authorization header and is never logged; paging links are
// followed by their query against our own base URL, so the token never goes to another host.
class MastodonConnector final : public Connector
{
    Q_OBJECT

public:
    MastodonConnector(const Account &account, QNetworkAccessManager &network, const Clock &clock,
                      QObject *parent = nullptr);
    ~MastodonConnector() override;

    static constexpr int kPageLimit = 40;      // notifications, conversations, statuses per page
    static constexpr int kHistoryPages = 3;    // first sweep of a stream
    static constexpr int kMaxSweepPages = 250; // a conversations sweep that never meets its watermark
    static constexpr int kFindSentPages = 5;   // own statuses searched by findSent (200)
    static constexpr qint64 kFindSentSkewMs = 2 * 60 * 1000; // server clock vs ours
    static constexpr qint64 kDefaultBlockMs = 60 * 1000;     // a 429 without a usable reset time
    static constexpr int kMaxThreadCache = 20000;

    Channel channel() const override { return Channel::Mastodon; }
    QStringList streams() const override;
    void setToken(const QString &token) override;

    void verify(std::function<void(Outcome<AccountIdentity>)> done) override;
    void fetch(const QString &stream, const QString &cursor,
               std::function<void(Outcome<FetchedPage>)> done) override;
    // POST /api/v1/statuses with the target's visibility (never wider: unknown means direct), the
    // citizen's @acct in front, and Idempotency-Key: reply.idempotencyKey on every attempt.
    void send(const OutgoingReply &reply, std::function<void(Outcome<SentReply>)> done) override;
    // Looks through our newest statuses (kFindSentPages pages, back to queuedAt) for a reply to the
    // same target with the same text. After a crash mid-send the outbox should prefer, within the
    // hour Mastodon keeps an Idempotency-Key (with a margin), simply sending again with the same key:
    // the server answers the status it already has, one request and exact. Past that window only
    // this search tells whether the reply went out.
    void findSent(const OutgoingReply &reply,
                  std::function<void(Outcome<std::optional<SentReply>>)> done) override;
    std::optional<qint64> blockedUntil() const override;

    void setRequestTimeout(int msecs);

private:
    struct Request
    {
        QByteArray verb = "GET";
        QString path;    // "/api/v1/…", below the base URL
        QString query;   // encoded query string
        QByteArray body; // JSON, for POST
        QByteArray idempotencyKey;
        bool replyTarget = false;  // a 404 means the status answered is gone
        bool allowMissing = false; // a 404 is an answer (Reply::missing), not a fault
    };
    struct Reply
    {
        QJsonDocument json;
        QHash<QString, QUrl> links;
        bool missing = false;
    };
    using ReplyDone = std::function<void(Outcome<Reply>)>;
    using FetchDone = std::function<void(Outcome<FetchedPage>)>;
    using MessagesDone = std::function<void(Outcome<std::vector<RemoteMessage>>)>;
    struct ThreadRef
    {
        QString conversation;
        QString post;
    };

    // Every API call: nothing goes out while blocked; rate-limit headers read on every answer.
    void call(const Request &request, ReplyDone done);
    void get(const QString &path, const QString &query, ReplyDone done);
    void noteRateLimit(const HttpResponse &response);
    void later(std::function<void()> work);
    void withOwnId(std::function<void(Outcome<QString>)> done);

    void fetchNotifications(const MastodonParse::Cursor &cursor, FetchDone done);
    void fetchConversations(const MastodonParse::Cursor &cursor, FetchDone done);
    void fetchStatuses(const MastodonParse::Cursor &cursor, FetchDone done);
    // Mentions (oldest first) to messages with their threads; statuses deleted meanwhile are dropped.
    void resolveMentions(const QList<QJsonObject> &statuses, MessagesDone done);
    void applyContext(const QJsonObject &status, const QJsonObject &context);
    void readDmThread(const QJsonObject &conversation, MessagesDone done);
    void findSentPage(const OutgoingReply &reply, const QString &query, int page,
                      std::function<void(Outcome<std::optional<SentReply>>)> done);
    void remember(const QString &statusId, const ThreadRef &ref);

    Account m_account;
    const Clock &m_clock;
    HttpClient *m_http = nullptr;
    QUrl m_base;
    QString m_baseError;
    QString m_token;
    QString m_ownId;
    std::optional<qint64> m_blockedUntil;
    QHash<QString, ThreadRef> m_threads; // status id → the thread it belongs to (this session)
};

} // namespace Torget
