#include "mastodonconnector.h"

#include "connectors/mastodon/linkheader.h"
#include "text/htmltext.h"
#include "util/clock.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QTimer>

namespace Torget {

using namespace MastodonParse;

MastodonConnector::MastodonConnector(const Account &account, QNetworkAccessManager &network,
                                     const Clock &clock, QObject *parent)
    : Connector(parent)
    , m_account(account)
    , m_clock(clock)
    , m_http(new HttpClient(network, this))
    , m_ownId(account.externalId)
{
    const Outcome<QUrl> base = HttpClient::checkBaseUrl(account.baseUrl);
    if (base.ok())
        m_base = base.value();
    else
        m_baseError = base.fault().message;
}

MastodonConnector::~MastodonConnector() = default;

QStringList MastodonConnector::streams() const
{
    return {QStringLiteral("notifications"), QStringLiteral("conversations"), QStringLiteral("statuses")};
}

void MastodonConnector::setToken(const QString &token)
{
    // A pasted token may carry spaces or a line break; none belongs in it, and a control character
    // must never reach the Authorization header.
    m_token.clear();
    for (const QChar c : token) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f)
            m_token += c;
    }
}

void MastodonConnector::setRequestTimeout(int msecs)
{
    m_http->setTimeout(msecs);
}

std::optional<qint64> MastodonConnector::blockedUntil() const
{
    if (m_blockedUntil && *m_blockedUntil > m_clock.now().toMSecsSinceEpoch())
        return m_blockedUntil;
    return std::nullopt;
}

void MastodonConnector::later(std::function<void()> work)
{
    QTimer::singleShot(0, this, std::move(work));
}

void MastodonConnector::call(const Request &request, ReplyDone done)
{
    if (!m_baseError.isEmpty()) {
        later([message = m_baseError, done = std::move(done)] {
            done(Fault{FaultKind::Rejected, message, QStringLiteral("base URL"), {}});
        });
        return;
    }
    if (const auto until = blockedUntil()) {
        later([base = m_base, until = *until, done = std::move(done)] { done(blockedFault(base, until)); });
        return;
    }
    QUrl url = m_base;
    QString basePath = m_base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    url.setQuery(request.query.isEmpty() ? QString() : request.query); // a null query leaves no "?"
    QNetworkRequest http(url);
    http.setRawHeader("Accept", "application/json");
    http.setRawHeader("User-Agent", "Torget/" TORGET_VERSION);
    if (!m_token.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!request.body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!request.idempotencyKey.isEmpty())
        http.setRawHeader("Idempotency-Key", request.idempotencyKey);
    m_http->send(http, request.verb, request.body,
                 [this, url, replyTarget = request.replyTarget, allowMissing = request.allowMissing,
                  done = std::move(done)](Outcome<HttpResponse> result) {
                     if (!result.ok()) {
                         done(result.fault());
                         return;
                     }
                     const HttpResponse &response = result.value();
                     noteRateLimit(response);
                     if (allowMissing && (response.status == 404 || response.status == 410)) {
                         done(Reply{{}, {}, true});
                         return;
                     }
                     if (response.status < 200 || response.status >= 300) {
                         Fault f = fault(response, url, m_account.name, replyTarget);
                         if (f.kind == FaultKind::RateLimited)
                             f.retryAt = m_blockedUntil;
                         done(f);
                         return;
                     }
                     Outcome<QJsonDocument> json = HttpClient::parseJson(response, url);
                     if (!json.ok()) {
                         done(json.fault());
                         return;
                     }
                     done(Reply{json.value(), LinkHeader::parse(response.header("Link")), false});
                 });
}

void MastodonConnector::get(const QString &path, const QString &query, ReplyDone done)
{
    Request request;
    request.path = path;
    request.query = query;
    call(request, std::move(done));
}

void MastodonConnector::noteRateLimit(const HttpResponse &response)
{
    const RateLimit limit = rateLimit(response);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (response.status == 429) {
        std::optional<qint64> until = limit.resetAt;
        bool ok = false;
        const int retryAfter = response.header("Retry-After").trimmed().toInt(&ok);
        if ((!until || *until <= now) && ok && retryAfter > 0)
            until = now + retryAfter * 1000LL;
        m_blockedUntil = until && *until > now ? *until : now + kDefaultBlockMs;
    } else if (limit.remaining && *limit.remaining <= 0 && limit.resetAt && *limit.resetAt > now) {
        m_blockedUntil = limit.resetAt;
    }
}

void MastodonConnector::withOwnId(std::function<void(Outcome<QString>)> done)
{
    if (!m_ownId.isEmpty()) {
        done(m_ownId);
        return;
    }
    verify([done = std::move(done)](Outcome<AccountIdentity> identity) {
        if (identity.ok())
            done(identity.value().externalId);
        else
            done(identity.fault());
    });
}

void MastodonConnector::verify(std::function<void(Outcome<AccountIdentity>)> done)
{
    get(QStringLiteral("/api/v1/accounts/verify_credentials"), {},
        [this, done = std::move(done)](Outcome<Reply> reply) {
            if (!reply.ok()) {
                done(reply.fault());
                return;
            }
            const AccountIdentity who = identity(reply.value().json.object());
            if (who.externalId.isEmpty()) {
                done(shapeFault(m_base, QStringLiteral("verify_credentials without an account id")));
                return;
            }
            m_ownId = who.externalId;
            m_account.externalId = who.externalId;
            done(who);
        });
}

void MastodonConnector::fetch(const QString &stream, const QString &cursor, FetchDone done)
{
    const Cursor position = readCursor(cursor);
    if (stream == QLatin1String("notifications"))
        fetchNotifications(position, std::move(done));
    else if (stream == QLatin1String("conversations"))
        fetchConversations(position, std::move(done));
    else if (stream == QLatin1String("statuses"))
        fetchStatuses(position, std::move(done));
    else
        later([stream, done = std::move(done)] {
            done(Fault{FaultKind::Rejected, tr("Mastodon has no stream called %1.").arg(stream), stream, {}});
        });
}

void MastodonConnector::remember(const QString &statusId, const ThreadRef &ref)
{
    if (statusId.isEmpty() || ref.conversation.isEmpty())
        return;
    // A session cache only: losing it costs a context lookup, never a wrong thread.
    if (m_threads.size() >= kMaxThreadCache && !m_threads.contains(statusId))
        m_threads.clear();
    m_threads.insert(statusId, ref);
}

void MastodonConnector::send(const OutgoingReply &reply, std::function<void(Outcome<SentReply>)> done)
{
    if (reply.text.trimmed().isEmpty()) {
        later([done = std::move(done)] {
            done(Fault{FaultKind::Rejected, tr("The reply is empty."), QStringLiteral("empty reply"), {}});
        });
        return;
    }
    const ReplyMeta meta = readReplyMeta(reply.targetReplyMeta);
    // Keep the target's visibility; a direct message stays direct, and what we do not know stays
    // as narrow as Mastodon allows (direct still reaches the mentioned citizen).
    QString visibility = meta.visibility;
    if (reply.kind == ConversationKind::DirectMessage || !isVisibility(visibility))
        visibility = QStringLiteral("direct");
    const QString acct = reply.citizenHandle.isEmpty() ? meta.acct : reply.citizenHandle;

    QJsonObject body;
    body.insert(QLatin1String("status"), withMention(reply.text, acct));
    body.insert(QLatin1String("visibility"), visibility);
    if (!reply.targetExternalId.isEmpty())
        body.insert(QLatin1String("in_reply_to_id"), reply.targetExternalId);
    Request request;
    request.verb = "POST";
    request.path = QStringLiteral("/api/v1/statuses");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Always a key, so that a retry after a lost answer can never post twice within the hour.
    request.idempotencyKey = reply.idempotencyKey.isEmpty()
                                 ? QByteArrayLiteral("torget-outbox-") + QByteArray::number(reply.outboxId)
                                 : reply.idempotencyKey.toUtf8();
    request.replyTarget = true;
    call(request, [this, target = reply.targetExternalId, done = std::move(done)](Outcome<Reply> result) {
        if (!result.ok()) {
            done(result.fault());
            return;
        }
        const QString id = result.value().json.object().value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            done(shapeFault(m_base, QStringLiteral("POST statuses answered without a status id")));
            return;
        }
        if (m_threads.contains(target))
            remember(id, m_threads.value(target));
        done(SentReply{id, m_clock.now().toMSecsSinceEpoch()});
    });
}

void MastodonConnector::findSent(const OutgoingReply &reply,
                                 std::function<void(Outcome<std::optional<SentReply>>)> done)
{
    withOwnId([this, reply, done = std::move(done)](Outcome<QString> own) mutable {
        if (!own.ok()) {
            done(own.fault());
            return;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
        query.addQueryItem(QStringLiteral("exclude_reblogs"), QStringLiteral("true"));
        findSentPage(reply, query.toString(QUrl::FullyEncoded), 1, std::move(done));
    });
}

void MastodonConnector::findSentPage(const OutgoingReply &reply, const QString &query, int page,
                                     std::function<void(Outcome<std::optional<SentReply>>)> done)
{
    const QString path = QStringLiteral("/api/v1/accounts/%1/statuses")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_ownId)));
    get(path, query, [this, reply, page, done = std::move(done)](Outcome<Reply> result) mutable {
        if (!result.ok()) {
            done(result.fault());
            return;
        }
        if (!result.value().json.isArray()) {
            done(shapeFault(m_base, QStringLiteral("account statuses is not an array")));
            return;
        }
        const QJsonArray statuses = result.value().json.array();
        const qint64 earliest = reply.queuedAt - kFindSentSkewMs;
        const QString wanted = comparableText(reply.text);
        std::optional<qint64> oldest;
        for (const QJsonValue &value : statuses) {
            const QJsonObject status = value.toObject();
            const qint64 created =
                parseTime(status.value(QLatin1String("created_at")).toString()).value_or(0);
            oldest = oldest ? std::min(*oldest, created) : created;
            if (status.value(QLatin1String("in_reply_to_id")).toString() != reply.targetExternalId ||
                created < earliest)
                continue;
            const QString text = HtmlText::toPlainText(status.value(QLatin1String("content")).toString());
            if (comparableText(text) == wanted) {
                done(std::optional<SentReply>(
                    SentReply{status.value(QLatin1String("id")).toString(), created}));
                return;
            }
        }
        const QUrl next = result.value().links.value(QStringLiteral("next"));
        if (statuses.isEmpty() || !next.isValid() || page >= kFindSentPages ||
            (oldest && *oldest < earliest)) {
            done(std::optional<SentReply>());
            return;
        }
        findSentPage(reply, LinkHeader::pagingQuery(next), page + 1, std::move(done));
    });
}

} // namespace Torget
