#pragma once

#include "connectors/connector.h"
#include "connectors/facebook/graphlimits.h"
#include "connectors/facebook/graphparse.h"
#include "domain/types.h"

#include <QJsonObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Torget {

class Clock;
class HttpClient;

// A Facebook Page through the Graph API (PLATFORM_APIS.md §1): Messenger conversations, comments on
// the page's posts, and the posts themselves with engagement counts. Replies go out through the
// Send API (Messenger) or as comment replies.
//
// Streams, in sync order: "messenger", "feed", "posts". Each keeps a Graph::SweepCursor (see
// graphparse.h): one fetch is one Graph page, a sweep runs from the newest item back to the last
// sweep's watermark minus a re-fetch window, and `more` is true while the sweep has pages left.
//
// The token travels only in an Authorization: Bearer header (never in a URL, so never in a log).
// Nothing is sent while Graph's rate limit blocks the page: such calls fail with RateLimited
// without touching the network.
class FacebookConnector final : public Connector
{
    Q_OBJECT

public:
    FacebookConnector(const Account &account, QNetworkAccessManager &network, const Clock &clock,
                      QObject *parent = nullptr);
    ~FacebookConnector() override;

    // The Graph version is pinned: v25.0 (February 2026) is supported until July 2028.
    static QString defaultBaseUrl();

    static constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
    // Every sweep fetches again what changed this long before the watermark (edits, clock skew).
    static constexpr qint64 kRefetchWindowMs = 2 * kDayMs;
    // How far back the first sweep of messages and comments goes, and how far back each feed sweep
    // looks for posts that have new comments (a comment does not bring an old post to the top).
    static constexpr qint64 kHistoryMs = 30 * kDayMs;
    // Own posts: a year for the maturity charts at first, then a month to refresh engagement counts.
    static constexpr qint64 kPostsHistoryMs = 365 * kDayMs;
    static constexpr qint64 kPostsRefreshMs = 30 * kDayMs;
    // Messenger's rules for answers, counted from the citizen's last message.
    static constexpr qint64 kStandardWindowMs = kDayMs;
    static constexpr qint64 kHumanAgentWindowMs = 7 * kDayMs;
    static constexpr int kMaxMessengerText = 2000;
    static constexpr int kMaxCommentText = 8000;
    // findSent accepts a reply stamped this much before queuedAt (Graph has whole seconds, and its
    // clock is not ours).
    static constexpr qint64 kFindSentSkewMs = 2 * 60 * 1000;

    Channel channel() const override { return Channel::Facebook; }
    QStringList streams() const override;
    void setToken(const QString &token) override;

    void verify(std::function<void(Outcome<AccountIdentity>)> done) override;
    void fetch(const QString &stream, const QString &cursor,
               std::function<void(Outcome<FetchedPage>)> done) override;
    void send(const OutgoingReply &reply, std::function<void(Outcome<SentReply>)> done) override;
    void findSent(const OutgoingReply &reply,
                  std::function<void(Outcome<std::optional<SentReply>>)> done) override;
    std::optional<qint64> blockedUntil() const override;

    void setRequestTimeout(int msecs);
    // Above 80 % of a Graph allowance, reads wait this long before they go out (see GraphLimits).
    int pacingDelayMs() const { return m_limits.pacingDelayMs(); }

private:
    using JsonDone = std::function<void(Outcome<QJsonObject>)>;
    using FetchDone = std::function<void(Outcome<FetchedPage>)>;
    struct MessengerSweep;
    struct FeedSweep;

    qint64 nowMs() const;
    // Why no request may go out now (bad base URL, no token, rate-limit block), if any.
    std::optional<Fault> refusal() const;
    template <typename T>
    void later(std::function<void(Outcome<T>)> done, Fault fault);

    // path is a list of Graph ids and edges, each percent-encoded on its own so that an id can
    // never reach another edge. params are plain values; paging is a raw query from nextPaging().
    void get(const QStringList &path, const QList<std::pair<QString, QString>> &params, const QString &paging,
             JsonDone done);
    void post(const QStringList &path, const QByteArray &body, const QByteArray &contentType, JsonDone done);
    void call(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &contentType,
              JsonDone done);
    QUrl urlFor(const QStringList &path, const QString &query) const;

    void fetchMessenger(const Graph::SweepCursor &cursor, bool restarted, FetchDone done);
    void fetchOlderMessages(std::shared_ptr<MessengerSweep> sweep, std::size_t index, int pages);
    void finishMessenger(const std::shared_ptr<MessengerSweep> &sweep);
    void fetchFeed(const Graph::SweepCursor &cursor, bool restarted, FetchDone done);
    void fetchComments(std::shared_ptr<FeedSweep> sweep, std::size_t index, const QString &paging, int pages);
    void finishFeed(const std::shared_ptr<FeedSweep> &sweep);
    void fetchPosts(const Graph::SweepCursor &cursor, bool restarted, FetchDone done);

    void sendMessage(const OutgoingReply &reply, std::function<void(Outcome<SentReply>)> done);
    void sendComment(const OutgoingReply &reply, std::function<void(Outcome<SentReply>)> done);
    using FindDone = std::function<void(Outcome<std::optional<SentReply>>)>;
    void findSentIn(const QStringList &path, const QList<std::pair<QString, QString>> &params,
                    const QString &paging, const OutgoingReply &reply, int pages, FindDone done);

    QString m_pageId;
    QString m_token;
    Outcome<QUrl> m_base;
    const Clock &m_clock;
    HttpClient *m_http;
    GraphLimits m_limits;
};

} // namespace Torget
