#include "facebookconnector.h"

#include "connectors/httpclient.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace Torget {

namespace {

constexpr int kConversationsPageSize = 25; // Graph's default; nested messages make pages heavy
constexpr int kFeedPageSize = 25;
constexpr int kPostsPageSize = 100;
constexpr int kCommentsPageSize = 100;
constexpr int kMessagesPageSize = 100;
// Guards against a server whose paging never ends (a cycle of next URLs).
constexpr int kMaxNestedPages = 100;

// Facebook access tokens start with EAA; long runs of that shape are hidden from messages.
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression pattern(QStringLiteral("EAA[A-Za-z0-9]{16,}"));
    return pattern;
}

QString seconds(qint64 ms)
{
    return QString::number(ms / 1000);
}

} // namespace

struct FacebookConnector::MessengerSweep
{
    Graph::SweepCursor cursor;
    qint64 stopAt = 0;
    FetchedPage page;
    QString nextPaging;
    bool reachedEnd = false;
    // Conversations whose nested messages went further back than one page: (id, paging).
    std::vector<std::pair<QString, QString>> older;
    FetchDone done;
};

struct FacebookConnector::FeedSweep
{
    Graph::SweepCursor cursor;
    qint64 horizon = 0;
    qint64 activeSince = 0;
    FetchedPage page;
    QString nextPaging;
    bool reachedEnd = false;
    // Posts whose comments are fetched in this page: index into page.posts.
    std::vector<std::size_t> active;
    std::vector<QJsonObject> comments; // of the post being read
    FetchDone done;
};

FacebookConnector::FacebookConnector(const Account &account, QNetworkAccessManager &network,
                                     const Clock &clock, QObject *parent)
    : Connector(parent)
    , m_pageId(account.externalId.trimmed())
    , m_base(
          HttpClient::checkBaseUrl(account.baseUrl.trimmed().isEmpty() ? defaultBaseUrl() : account.baseUrl))
    , m_clock(clock)
    , m_http(new HttpClient(network, this))
{}

FacebookConnector::~FacebookConnector() = default;

QString FacebookConnector::defaultBaseUrl()
{
    return QStringLiteral("https://graph.facebook.com/v25.0");
}

QStringList FacebookConnector::streams() const
{
    // Messages first: a citizen waiting in Messenger has the shortest window for an answer.
    return {QStringLiteral("messenger"), QStringLiteral("feed"), QStringLiteral("posts")};
}

void FacebookConnector::setToken(const QString &token)
{
    // A token pasted across lines still works; whitespace is never part of a Graph token, and a
    // line break must never reach an HTTP header.
    m_token.clear();
    for (const QChar c : token) {
        if (!c.isSpace() && c.unicode() >= 0x21 && c.unicode() < 0x7f)
            m_token += c;
    }
}

void FacebookConnector::setRequestTimeout(int msecs)
{
    m_http->setTimeout(msecs);
}

qint64 FacebookConnector::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

std::optional<qint64> FacebookConnector::blockedUntil() const
{
    return m_limits.blockedUntil(nowMs());
}

std::optional<Fault> FacebookConnector::refusal() const
{
    if (!m_base.ok())
        return m_base.fault();
    if (m_token.isEmpty())
        return Fault{FaultKind::SignInRequired,
                     tr("Sign in again: no Facebook token is stored for this page."),
                     QStringLiteral("no token"),
                     {}};
    if (m_pageId.isEmpty())
        return Fault{FaultKind::Rejected,
                     tr("The Facebook account has no page id."),
                     QStringLiteral("no page id"),
                     {}};
    if (const auto until = m_limits.blockedUntil(nowMs())) {
        const int minutes = int((*until - nowMs() + 59999) / 60000);
        return Fault{FaultKind::RateLimited,
                     tr("Facebook asks Torget to slow down; it waits %n minute(s) before asking again.",
                        nullptr, minutes),
                     QStringLiteral("blocked by Graph usage"), until};
    }
    return std::nullopt;
}

template <typename T>
void FacebookConnector::later(std::function<void(Outcome<T>)> done, Fault fault)
{
    QTimer::singleShot(0, this, [done = std::move(done), fault = std::move(fault)] { done(fault); });
}

QUrl FacebookConnector::urlFor(const QStringList &path, const QString &query) const
{
    QUrl url = m_base.value();
    QString encoded = url.path(QUrl::FullyEncoded);
    while (encoded.endsWith(QLatin1Char('/')))
        encoded.chop(1);
    for (const QString &segment : path) {
        // Graph ids never look like this; a "." or ".." segment could climb out of the version path.
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return {};
        encoded += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    url.setPath(encoded, QUrl::StrictMode);
    url.setQuery(query.isEmpty() ? QString() : query, QUrl::StrictMode);
    return url;
}

void FacebookConnector::get(const QStringList &path, const QList<std::pair<QString, QString>> &params,
                            const QString &paging, JsonDone done)
{
    if (auto fault = refusal()) {
        later(std::move(done), *fault);
        return;
    }
    // Built by hand: QUrlQuery leaves '+' alone, which a server reads as a space (cursors are base64).
    QStringList parts;
    for (const auto &[key, value] : params)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    if (!paging.isEmpty())
        parts << paging;
    const QUrl url = urlFor(path, parts.join(QLatin1Char('&')));
    const int pacing = m_limits.pacingDelayMs();
    if (pacing <= 0) {
        call("GET", url, {}, {}, std::move(done));
        return;
    }
    QTimer::singleShot(pacing, this, [this, url, done = std::move(done)]() mutable {
        call("GET", url, {}, {}, std::move(done));
    });
}

void FacebookConnector::post(const QStringList &path, const QByteArray &body, const QByteArray &contentType,
                             JsonDone done)
{
    call("POST", urlFor(path, {}), body, contentType, std::move(done));
}

void FacebookConnector::call(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                             const QByteArray &contentType, JsonDone done)
{
    // Checked again right before sending: a pacing wait or an earlier step may have ended in a block.
    if (auto fault = refusal()) {
        later(std::move(done), *fault);
        return;
    }
    if (!url.isValid()) {
        later(std::move(done), Fault{FaultKind::Rejected,
                                     tr("Torget will not ask Facebook for this address."),
                                     QStringLiteral("invalid Graph path"),
                                     {}});
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    m_http->send(request, verb, body, [this, url, done = std::move(done)](Outcome<HttpResponse> result) {
        if (!result.ok()) {
            done(result.fault());
            return;
        }
        const HttpResponse &response = result.value();
        const qint64 now = nowMs();
        m_limits.observe(response, now);
        auto fail = [&](Fault fault) {
            if (fault.kind == FaultKind::RateLimited && fault.retryAt)
                m_limits.blockUntil(*fault.retryAt);
            // Graph can quote a malformed token back ("Malformed access token EAAG..."): the message
            // and detail end up in logs, the token must not.
            for (QString *text : {&fault.message, &fault.detail}) {
                text->replace(m_token, QStringLiteral("[token]"));
                text->replace(tokenPattern(), QStringLiteral("[token]"));
            }
            done(fault);
        };
        if (response.status >= 300) {
            fail(graphFault(response, parseGraphUsage(response), now));
            return;
        }
        const auto json = HttpClient::parseJson(response, url);
        if (!json.ok()) {
            done(json.fault());
            return;
        }
        const QJsonObject object = json.value().object();
        if (!json.value().isObject()) {
            done(Fault{
                FaultKind::BadResponse,
                tr("Facebook sent an answer Torget does not understand (HTTP %1).").arg(response.status),
                QStringLiteral("HTTP %1, not a JSON object").arg(response.status),
                {}});
            return;
        }
        if (object.value(QLatin1String("error")).isObject()) {
            fail(graphFault(response, parseGraphUsage(response), now));
            return;
        }
        done(object);
    });
}

void FacebookConnector::verify(std::function<void(Outcome<AccountIdentity>)> done)
{
    get({m_pageId}, {{QStringLiteral("fields"), QStringLiteral("id,name")}}, {},
        [done = std::move(done)](Outcome<QJsonObject> result) {
            if (!result.ok()) {
                done(result.fault());
                return;
            }
            AccountIdentity identity;
            identity.externalId = result.value().value(QLatin1String("id")).toString();
            identity.name =
                Graph::cleanText(result.value().value(QLatin1String("name")).toString()).left(200);
            if (identity.externalId.isEmpty()) {
                done(Fault{FaultKind::BadResponse,
                           tr("Facebook did not say which page the token belongs to."),
                           QStringLiteral("no id in page answer"),
                           {}});
                return;
            }
            done(identity);
        });
}

void FacebookConnector::fetch(const QString &stream, const QString &cursor, FetchDone done)
{
    const auto sweep = Graph::SweepCursor::fromJson(cursor);
    if (stream == QLatin1String("messenger"))
        fetchMessenger(sweep, false, std::move(done));
    else if (stream == QLatin1String("feed"))
        fetchFeed(sweep, false, std::move(done));
    else if (stream == QLatin1String("posts"))
        fetchPosts(sweep, false, std::move(done));
    else
        later(std::move(done), Fault{FaultKind::Rejected,
                                     tr("Facebook has no stream called %1.").arg(stream),
                                     QStringLiteral("unknown stream"),
                                     {}});
}

// Graph cursors can expire ("don't store cursors"): when continuing a sweep from a stored cursor is
// refused, the sweep starts again from the top, once. The watermark keeps that cheap.
static bool restartable(const Fault &fault, const Graph::SweepCursor &cursor, bool restarted)
{
    return !restarted && !cursor.next.isEmpty() && fault.kind == FaultKind::Rejected;
}

void FacebookConnector::fetchMessenger(const Graph::SweepCursor &cursor, bool restarted, FetchDone done)
{
    auto sweep = std::make_shared<MessengerSweep>();
    sweep->cursor = cursor;
    sweep->stopAt = cursor.since > 0 ? cursor.since - kRefetchWindowMs : nowMs() - kHistoryMs;
    sweep->done = std::move(done);
    get({m_pageId, QStringLiteral("conversations")},
        {{QStringLiteral("platform"), QStringLiteral("messenger")},
         {QStringLiteral("fields"),
          QStringLiteral("participants,updated_time,messages{id,message,from,created_time}")},
         {QStringLiteral("limit"), QString::number(kConversationsPageSize)}},
        cursor.next, [this, sweep, restarted](Outcome<QJsonObject> result) {
            if (!result.ok()) {
                if (restartable(result.fault(), sweep->cursor, restarted)) {
                    Graph::SweepCursor fresh = sweep->cursor;
                    fresh.next.clear();
                    fetchMessenger(fresh, true, std::move(sweep->done));
                    return;
                }
                sweep->done(result.fault());
                return;
            }
            const QJsonObject &body = result.value();
            sweep->nextPaging = Graph::nextPaging(body);
            const QJsonArray conversations = body.value(QLatin1String("data")).toArray();
            for (const QJsonValue &value : conversations) {
                const QJsonObject conversation = value.toObject();
                const QString id = conversation.value(QLatin1String("id")).toString();
                const qint64 updated = Graph::parseTime(conversation.value(QLatin1String("updated_time")));
                // Newest first: the first conversation untouched since the stop point ends the sweep.
                if (updated > 0 && updated < sweep->stopAt) {
                    sweep->reachedEnd = true;
                    break;
                }
                if (id.isEmpty())
                    continue;
                sweep->cursor.top = std::max(sweep->cursor.top, updated);
                const QJsonObject nested = conversation.value(QLatin1String("messages")).toObject();
                qint64 oldest = std::numeric_limits<qint64>::max();
                const QJsonArray messages = nested.value(QLatin1String("data")).toArray();
                for (const QJsonValue &m : messages) {
                    if (auto message = Graph::directMessage(m.toObject(), id, m_pageId)) {
                        oldest = std::min(oldest, message->createdAt);
                        sweep->page.messages.push_back(std::move(*message));
                    }
                }
                const QString olderPaging = Graph::nextPaging(nested);
                if (!olderPaging.isEmpty() && oldest >= sweep->stopAt)
                    sweep->older.emplace_back(id, olderPaging);
            }
            fetchOlderMessages(sweep, 0, 0);
        });
}

// A conversation with more new messages than its nested page held: read on through its own
// messages edge (newest first) until the stop point.
void FacebookConnector::fetchOlderMessages(std::shared_ptr<MessengerSweep> sweep, std::size_t index,
                                           int pages)
{
    if (index >= sweep->older.size()) {
        finishMessenger(sweep);
        return;
    }
    const auto [id, paging] = sweep->older[index];
    get({id, QStringLiteral("messages")},
        {{QStringLiteral("fields"), QStringLiteral("id,message,from,created_time")},
         {QStringLiteral("limit"), QString::number(kMessagesPageSize)}},
        paging, [this, sweep, index, pages, id = id](Outcome<QJsonObject> result) {
            if (!result.ok()) {
                sweep->done(result.fault());
                return;
            }
            qint64 oldest = std::numeric_limits<qint64>::max();
            const QJsonArray messages = result.value().value(QLatin1String("data")).toArray();
            for (const QJsonValue &m : messages) {
                if (auto message = Graph::directMessage(m.toObject(), id, m_pageId)) {
                    oldest = std::min(oldest, message->createdAt);
                    sweep->page.messages.push_back(std::move(*message));
                }
            }
            const QString next = Graph::nextPaging(result.value());
            if (!next.isEmpty() && oldest >= sweep->stopAt && pages + 1 < kMaxNestedPages) {
                sweep->older[index].second = next;
                fetchOlderMessages(sweep, index, pages + 1);
            } else {
                fetchOlderMessages(sweep, index + 1, 0);
            }
        });
}

void FacebookConnector::finishMessenger(const std::shared_ptr<MessengerSweep> &sweep)
{
    FetchedPage page = std::move(sweep->page);
    // A page may be empty and still have a next one; a next page equal to this one would loop.
    page.more = !sweep->reachedEnd && !sweep->nextPaging.isEmpty() && sweep->nextPaging != sweep->cursor.next;
    Graph::SweepCursor cursor = sweep->cursor;
    if (page.more)
        cursor.next = sweep->nextPaging;
    else
        cursor = cursor.finished();
    page.cursor = cursor.toJson();
    sweep->done(std::move(page));
}

void FacebookConnector::fetchFeed(const Graph::SweepCursor &cursor, bool restarted, FetchDone done)
{
    auto sweep = std::make_shared<FeedSweep>();
    sweep->cursor = cursor;
    sweep->horizon = nowMs() - kHistoryMs;
    if (cursor.since > 0)
        sweep->horizon = std::min(sweep->horizon, cursor.since - kRefetchWindowMs);
    sweep->activeSince = cursor.since > 0 ? cursor.since - kRefetchWindowMs : 0;
    sweep->done = std::move(done);
    QList<std::pair<QString, QString>> params{
        {QStringLiteral("fields"), QStringLiteral("id,message,created_time,updated_time,permalink_url,from,"
                                                  "comments.filter(stream).limit(0).summary(true)")},
        {QStringLiteral("limit"), QString::number(kFeedPageSize)}};
    // The feed pages by time; Graph's next URL carries since/until itself once the sweep is under way.
    if (cursor.next.isEmpty())
        params.append({QStringLiteral("since"), seconds(sweep->horizon)});
    get({m_pageId, QStringLiteral("feed")}, params, cursor.next,
        [this, sweep, restarted](Outcome<QJsonObject> result) {
            if (!result.ok()) {
                if (restartable(result.fault(), sweep->cursor, restarted)) {
                    Graph::SweepCursor fresh = sweep->cursor;
                    fresh.next.clear();
                    fetchFeed(fresh, true, std::move(sweep->done));
                    return;
                }
                sweep->done(result.fault());
                return;
            }
            sweep->nextPaging = Graph::nextPaging(result.value());
            const QJsonArray posts = result.value().value(QLatin1String("data")).toArray();
            for (const QJsonValue &value : posts) {
                const QJsonObject object = value.toObject();
                RemotePost post = Graph::post(object);
                if (post.externalId.isEmpty())
                    continue;
                if (post.createdAt > 0 && post.createdAt < sweep->horizon) {
                    sweep->reachedEnd = true;
                    break;
                }
                // Visitor posts are not the municipality's own posts (and are not synced yet).
                const QString from =
                    object.value(QLatin1String("from")).toObject().value(QLatin1String("id")).toString();
                if (!from.isEmpty() && from != m_pageId)
                    continue;
                // A new comment moves a post's updated_time, so only posts touched since the watermark
                // (minus the window) need their comments read again.
                qint64 updated = Graph::parseTime(object.value(QLatin1String("updated_time")));
                const bool knowsUpdated = updated > 0;
                updated = std::max(updated, post.createdAt);
                sweep->cursor.top = std::max(sweep->cursor.top, updated);
                sweep->page.posts.push_back(std::move(post));
                if (!knowsUpdated || updated >= sweep->activeSince)
                    sweep->active.push_back(sweep->page.posts.size() - 1);
            }
            fetchComments(sweep, 0, {}, 0);
        });
}

void FacebookConnector::fetchComments(std::shared_ptr<FeedSweep> sweep, std::size_t index,
                                      const QString &paging, int pages)
{
    if (index >= sweep->active.size()) {
        finishFeed(sweep);
        return;
    }
    const QString postId = sweep->page.posts[sweep->active[index]].externalId;
    get({postId, QStringLiteral("comments")},
        {{QStringLiteral("fields"), QStringLiteral("id,message,created_time,from,comment_count,parent")},
         {QStringLiteral("filter"), QStringLiteral("stream")},
         {QStringLiteral("summary"), QStringLiteral("1")},
         {QStringLiteral("limit"), QString::number(kCommentsPageSize)}},
        paging, [this, sweep, index, pages, postId, paging](Outcome<QJsonObject> result) {
            if (!result.ok()) {
                sweep->done(result.fault());
                return;
            }
            RemotePost &post = sweep->page.posts[sweep->active[index]];
            if (pages == 0 && result.value().contains(QLatin1String("summary")))
                post.comments = Graph::summaryCount(result.value());
            const QJsonArray items = result.value().value(QLatin1String("data")).toArray();
            for (const QJsonValue &item : items)
                sweep->comments.push_back(item.toObject());
            const QString next = Graph::nextPaging(result.value());
            if (!next.isEmpty() && next != paging && pages + 1 < kMaxNestedPages) {
                fetchComments(sweep, index, next, pages + 1);
                return;
            }
            // All pages of this post are in: threads can be resolved across pages.
            auto messages = Graph::comments(sweep->comments, postId, m_pageId, Graph::firstLine(post.text));
            sweep->comments.clear();
            for (auto &m : messages)
                sweep->page.messages.push_back(std::move(m));
            fetchComments(sweep, index + 1, {}, 0);
        });
}

void FacebookConnector::finishFeed(const std::shared_ptr<FeedSweep> &sweep)
{
    FetchedPage page = std::move(sweep->page);
    page.more = !sweep->reachedEnd && !sweep->nextPaging.isEmpty() && sweep->nextPaging != sweep->cursor.next;
    Graph::SweepCursor cursor = sweep->cursor;
    if (page.more)
        cursor.next = sweep->nextPaging;
    else
        cursor = cursor.finished();
    page.cursor = cursor.toJson();
    sweep->done(std::move(page));
}

void FacebookConnector::fetchPosts(const Graph::SweepCursor &cursor, bool restarted, FetchDone done)
{
    // Engagement keeps changing for a while after a post goes out: refresh the last month, and on
    // the first sweep bring in a year for the charts.
    qint64 horizon = nowMs() - (cursor.since > 0 ? kPostsRefreshMs : kPostsHistoryMs);
    if (cursor.since > 0)
        horizon = std::min(horizon, cursor.since - kRefetchWindowMs);
    QList<std::pair<QString, QString>> params{
        {QStringLiteral("fields"),
         QStringLiteral("id,message,created_time,permalink_url,shares,"
                        "reactions.limit(0).summary(true),comments.filter(stream).limit(0).summary(true)")},
        {QStringLiteral("limit"), QString::number(kPostsPageSize)}};
    if (cursor.next.isEmpty())
        params.append({QStringLiteral("since"), seconds(horizon)});
    get({m_pageId, QStringLiteral("posts")}, params, cursor.next,
        [this, cursor, horizon, restarted, done = std::move(done)](Outcome<QJsonObject> result) mutable {
            if (!result.ok()) {
                if (restartable(result.fault(), cursor, restarted)) {
                    Graph::SweepCursor fresh = cursor;
                    fresh.next.clear();
                    fetchPosts(fresh, true, std::move(done));
                    return;
                }
                done(result.fault());
                return;
            }
            FetchedPage page;
            Graph::SweepCursor next = cursor;
            bool reachedEnd = false;
            const QJsonArray posts = result.value().value(QLatin1String("data")).toArray();
            for (const QJsonValue &value : posts) {
                RemotePost post = Graph::post(value.toObject());
                if (post.externalId.isEmpty())
                    continue;
                if (post.createdAt > 0 && post.createdAt < horizon) {
                    reachedEnd = true;
                    break;
                }
                next.top = std::max(next.top, post.createdAt);
                page.posts.push_back(std::move(post));
            }
            const QString paging = Graph::nextPaging(result.value());
            page.more = !reachedEnd && !paging.isEmpty() && paging != cursor.next;
            if (page.more)
                next.next = paging;
            else
                next = next.finished();
            page.cursor = next.toJson();
            done(std::move(page));
        });
}

} // namespace Torget
