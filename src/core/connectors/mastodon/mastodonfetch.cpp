// MastodonConnector's three streams (see the class comment for the paging design of each).

#include "connectors/mastodon/linkheader.h"
#include "connectors/mastodon/mastodonconnector.h"

#include <QJsonObject>
#include <QSet>

#include <memory>

namespace Torget {

using namespace MastodonParse;

namespace {

QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

QString contextPath(const QString &statusId)
{
    return QStringLiteral("/api/v1/statuses/%1/context")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(statusId)));
}

// Collects the answers of parallel calls; the first fault wins and `done` runs exactly once.
template <typename T>
struct Gather
{
    std::vector<std::optional<T>> results;
    int pending = 0;
    bool failed = false;
};

} // namespace

void MastodonConnector::fetchNotifications(const Cursor &cursor, FetchDone done)
{
    withOwnId([this, cursor, done = std::move(done)](Outcome<QString> own) mutable {
        if (!own.ok()) {
            done(own.fault());
            return;
        }
        enum class Mode
        {
            First,   // newest page of a stream never synced
            History, // following rel="next" below it, for kHistoryPages pages in all
            Forward  // the next page above the watermark
        };
        Mode mode = Mode::First;
        QString query = cursor.nextQuery;
        if (!query.isEmpty()) {
            mode = Mode::History;
        } else {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("types[]"), QStringLiteral("mention"));
            q.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
            if (!cursor.watermark.isEmpty()) {
                mode = Mode::Forward;
                q.addQueryItem(QStringLiteral("min_id"), cursor.watermark);
            }
            query = q.toString(QUrl::FullyEncoded);
        }
        get(QStringLiteral("/api/v1/notifications"), query,
            [this, cursor, mode, done = std::move(done)](Outcome<Reply> result) mutable {
                if (!result.ok()) {
                    done(result.fault());
                    return;
                }
                if (!result.value().json.isArray()) {
                    done(shapeFault(m_base, QStringLiteral("notifications is not an array")));
                    return;
                }
                const QJsonArray items = result.value().json.array();
                QString newest;
                QList<QJsonObject> mentions; // oldest first
                for (const QJsonValue &value : items) {
                    const QJsonObject n = value.toObject();
                    newest = newerId(newest, str(n, QLatin1String("id")));
                    const QJsonObject status = n.value(QLatin1String("status")).toObject();
                    if (str(n, QLatin1String("type")) != QLatin1String("mention") ||
                        str(status, QLatin1String("id")).isEmpty())
                        continue;
                    if (str(status, QLatin1String("visibility")) == QLatin1String("direct"))
                        continue; // a DM: the "conversations" stream has it
                    mentions.prepend(status);
                }
                const QUrl nextLink = result.value().links.value(QStringLiteral("next"));
                const bool below = nextLink.isValid() && !items.isEmpty();
                Cursor next;
                bool more = false;
                switch (mode) {
                case Mode::First:
                case Mode::History: {
                    next.watermark = mode == Mode::First ? newest : cursor.watermark;
                    const int pages = mode == Mode::First ? 1 : cursor.pages + 1;
                    if (below && pages < kHistoryPages) {
                        next.nextQuery = LinkHeader::pagingQuery(nextLink);
                        next.pages = pages;
                        more = true;
                    } else if (mode == Mode::History && !next.watermark.isEmpty()) {
                        // The walk into the past is over. It may have been resumed by a later sync
                        // (the first was cut short: signed out, offline), and mentions have come
                        // since its first page: look above the watermark in this same sync.
                        more = true;
                    }
                    break;
                }
                case Mode::Forward:
                    next.watermark = newerId(cursor.watermark, newest);
                    more = items.size() >= kPageLimit;
                    break;
                }
                resolveMentions(mentions, [next, more, done = std::move(done)](
                                              Outcome<std::vector<RemoteMessage>> messages) {
                    if (!messages.ok()) {
                        done(messages.fault());
                        return;
                    }
                    FetchedPage page;
                    page.messages = std::move(messages.value());
                    page.cursor = writeCursor(next);
                    page.more = more;
                    done(std::move(page));
                });
            });
    });
}

void MastodonConnector::resolveMentions(const QList<QJsonObject> &statuses, MessagesDone done)
{
    // Which mentions need their context: a reply to a status this session has not placed yet.
    auto gather = std::make_shared<Gather<QJsonObject>>();
    gather->results.resize(statuses.size());
    QSet<QString> earlier;
    QList<int> lookups;
    for (int i = 0; i < statuses.size(); ++i) {
        const QString parent = str(statuses.at(i), QLatin1String("in_reply_to_id"));
        if (!parent.isEmpty() && !m_threads.contains(parent) && !earlier.contains(parent))
            lookups << i;
        earlier.insert(str(statuses.at(i), QLatin1String("id")));
    }
    auto finish = [this, statuses, gather, done](std::vector<bool> gone) {
        std::vector<RemoteMessage> messages;
        messages.reserve(statuses.size());
        for (int i = 0; i < statuses.size(); ++i) {
            if (gone[i])
                continue;
            const QJsonObject &status = statuses.at(i);
            const QString id = str(status, QLatin1String("id"));
            const QString parent = str(status, QLatin1String("in_reply_to_id"));
            ThreadRef ref{id, {}};
            if (!parent.isEmpty() && m_threads.contains(parent)) {
                ref = m_threads.value(parent);
            } else if (gather->results[i]) {
                applyContext(status, *gather->results[i]);
                ref = m_threads.value(id, ref);
            }
            remember(id, ref);
            RemoteMessage m = message(status, m_ownId, ConversationKind::Mention, ref.conversation);
            m.postExternalId = ref.post;
            messages.push_back(std::move(m));
        }
        done(std::move(messages));
    };
    if (lookups.isEmpty()) {
        finish(std::vector<bool>(statuses.size(), false));
        return;
    }
    auto gone = std::make_shared<std::vector<bool>>(statuses.size(), false);
    gather->pending = int(lookups.size());
    for (const int i : lookups) {
        Request request;
        request.path = contextPath(str(statuses.at(i), QLatin1String("id")));
        request.allowMissing = true;
        call(request, [gather, gone, i, finish, done](Outcome<Reply> result) {
            if (gather->failed)
                return;
            if (!result.ok()) {
                gather->failed = true;
                done(result.fault());
                return;
            }
            if (result.value().missing)
                (*gone)[i] = true; // deleted since the notification: nothing to answer
            else
                gather->results[i] = result.value().json.object();
            if (--gather->pending == 0)
                finish(*gone);
        });
    }
}

void MastodonConnector::applyContext(const QJsonObject &status, const QJsonObject &context)
{
    QList<QJsonObject> chain;
    const QJsonArray ancestors = context.value(QLatin1String("ancestors")).toArray();
    for (const QJsonValue &value : ancestors)
        chain << value.toObject();
    chain << status;
    const QJsonObject &root = chain.front();
    const bool ourPost =
        str(root.value(QLatin1String("account")).toObject(), QLatin1String("id")) == m_ownId &&
        str(root, QLatin1String("in_reply_to_id")).isEmpty();
    const QString post = ourPost ? str(root, QLatin1String("id")) : QString();
    qsizetype first = chain.size() - 1;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QString author =
            str(chain.at(i).value(QLatin1String("account")).toObject(), QLatin1String("id"));
        if (author != m_ownId && addressedTo(chain.at(i), m_ownId)) {
            first = i;
            break;
        }
    }
    // Everything from that status on belongs to its thread, so later replies need no lookup.
    const ThreadRef ref{str(chain.at(first), QLatin1String("id")), post};
    for (qsizetype i = first; i < chain.size(); ++i)
        remember(str(chain.at(i), QLatin1String("id")), ref);
}

void MastodonConnector::fetchConversations(const Cursor &cursor, FetchDone done)
{
    withOwnId([this, cursor, done = std::move(done)](Outcome<QString> own) mutable {
        if (!own.ok()) {
            done(own.fault());
            return;
        }
        QString query = cursor.nextQuery;
        if (query.isEmpty())
            query = QStringLiteral("limit=%1").arg(kPageLimit);
        get(QStringLiteral("/api/v1/conversations"), query,
            [this, cursor, done = std::move(done)](Outcome<Reply> result) mutable {
                if (!result.ok()) {
                    done(result.fault());
                    return;
                }
                if (!result.value().json.isArray()) {
                    done(shapeFault(m_base, QStringLiteral("conversations is not an array")));
                    return;
                }
                const QJsonArray items = result.value().json.array();
                QList<QJsonObject> changed; // oldest change first
                QString top = cursor.top;
                bool reachedWatermark = false;
                for (const QJsonValue &value : items) {
                    const QJsonObject conversation = value.toObject();
                    const QString last =
                        str(conversation.value(QLatin1String("last_status")).toObject(), QLatin1String("id"));
                    if (last.isEmpty() || str(conversation, QLatin1String("id")).isEmpty())
                        continue;
                    if (!cursor.watermark.isEmpty() && !idLess(cursor.watermark, last)) {
                        reachedWatermark = true;
                        continue;
                    }
                    top = newerId(top, last);
                    changed.prepend(conversation);
                }
                const QUrl nextLink = result.value().links.value(QStringLiteral("next"));
                const bool below = nextLink.isValid() && !items.isEmpty();
                const int pages = cursor.pages + 1;
                Cursor next;
                bool more = false;
                const bool firstSweep = cursor.watermark.isEmpty();
                if (below && !reachedWatermark && pages < (firstSweep ? kHistoryPages : kMaxSweepPages)) {
                    next.watermark = cursor.watermark;
                    next.top = top;
                    next.nextQuery = LinkHeader::pagingQuery(nextLink);
                    next.pages = pages;
                    more = true;
                } else {
                    next.watermark = newerId(cursor.watermark, top);
                }
                auto gather = std::make_shared<Gather<std::vector<RemoteMessage>>>();
                gather->results.resize(changed.size());
                gather->pending = int(changed.size());
                auto finish = [gather, next, more, done] {
                    FetchedPage page;
                    for (auto &thread : gather->results) {
                        for (RemoteMessage &m : *thread)
                            page.messages.push_back(std::move(m));
                    }
                    page.cursor = writeCursor(next);
                    page.more = more;
                    done(std::move(page));
                };
                if (changed.isEmpty()) {
                    finish();
                    return;
                }
                for (int i = 0; i < changed.size(); ++i) {
                    readDmThread(changed.at(i),
                                 [gather, i, finish, done](Outcome<std::vector<RemoteMessage>> thread) {
                                     if (gather->failed)
                                         return;
                                     if (!thread.ok()) {
                                         gather->failed = true;
                                         done(thread.fault());
                                         return;
                                     }
                                     gather->results[i] = std::move(thread.value());
                                     if (--gather->pending == 0)
                                         finish();
                                 });
                }
            });
    });
}

void MastodonConnector::readDmThread(const QJsonObject &conversation, MessagesDone done)
{
    const QString conversationId = str(conversation, QLatin1String("id"));
    const QJsonObject last = conversation.value(QLatin1String("last_status")).toObject();
    auto lastOnly = [this, conversationId, last] {
        return std::vector<RemoteMessage>{
            message(last, m_ownId, ConversationKind::DirectMessage, conversationId)};
    };
    if (str(last, QLatin1String("in_reply_to_id")).isEmpty()) {
        done(lastOnly()); // a thread of one: no context to read
        return;
    }
    Request request;
    request.path = contextPath(str(last, QLatin1String("id")));
    request.allowMissing = true;
    call(request, [this, conversationId, last, lastOnly, done = std::move(done)](Outcome<Reply> result) {
        if (!result.ok()) {
            done(result.fault());
            return;
        }
        if (result.value().missing) {
            done(lastOnly());
            return;
        }
        const QJsonObject context = result.value().json.object();
        QList<QJsonObject> thread;
        for (const QJsonValue &value : context.value(QLatin1String("ancestors")).toArray())
            thread << value.toObject();
        thread << last;
        for (const QJsonValue &value : context.value(QLatin1String("descendants")).toArray())
            thread << value.toObject();
        std::vector<RemoteMessage> messages;
        for (const QJsonObject &status : thread) {
            // The public status a DM may answer is not part of the private conversation.
            if (str(status, QLatin1String("visibility")) != QLatin1String("direct"))
                continue;
            messages.push_back(message(status, m_ownId, ConversationKind::DirectMessage, conversationId));
        }
        done(std::move(messages));
    });
}

void MastodonConnector::fetchStatuses(const Cursor &cursor, FetchDone done)
{
    withOwnId([this, cursor, done = std::move(done)](Outcome<QString> own) mutable {
        if (!own.ok()) {
            done(own.fault());
            return;
        }
        QString query = cursor.nextQuery;
        if (query.isEmpty())
            query = QStringLiteral("limit=%1&exclude_replies=true&exclude_reblogs=true").arg(kPageLimit);
        const QString path = QStringLiteral("/api/v1/accounts/%1/statuses")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(own.value())));
        get(path, query, [this, cursor, done = std::move(done)](Outcome<Reply> result) {
            if (!result.ok()) {
                done(result.fault());
                return;
            }
            if (!result.value().json.isArray()) {
                done(shapeFault(m_base, QStringLiteral("account statuses is not an array")));
                return;
            }
            FetchedPage page;
            const QJsonArray items = result.value().json.array();
            for (const QJsonValue &value : items) {
                const QJsonObject status = value.toObject();
                if (str(status, QLatin1String("id")).isEmpty() ||
                    str(status, QLatin1String("visibility")) == QLatin1String("direct") ||
                    status.value(QLatin1String("reblog")).isObject())
                    continue;
                page.posts.push_back(post(status));
            }
            const QUrl nextLink = result.value().links.value(QStringLiteral("next"));
            const int pages = cursor.pages + 1;
            Cursor next;
            if (!cursor.historyDone && nextLink.isValid() && !items.isEmpty() && pages < kHistoryPages) {
                next.nextQuery = LinkHeader::pagingQuery(nextLink);
                next.pages = pages;
                page.more = true;
            } else {
                next.historyDone = true; // from now on each sweep refreshes the newest page's counts
            }
            page.cursor = writeCursor(next);
            done(std::move(page));
        });
    });
}

} // namespace Torget
