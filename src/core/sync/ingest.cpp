#include "ingest.h"

#include "inbox/inboxservice.h"
#include "sla/slaservice.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/outboxrepository.h"
#include "storage/syncstaterepository.h"
#include "util/clock.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Torget {

QString Ingest::cleanText(const QString &text)
{
    QString clean = text;
    const qsizetype n = clean.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = clean.at(i);
        if (c.isHighSurrogate() && i + 1 < n && clean.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isNull() || c.isSurrogate())
            clean[i] = QChar::ReplacementCharacter;
    }
    return clean;
}

QString Ingest::subjectFrom(const QString &text)
{
    const QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    constexpr qsizetype max = 120;
    return line.size() > max ? line.left(max - 1) + QChar(0x2026) : line;
}

QString Ingest::comparable(const QString &text)
{
    static const QRegularExpression leadingMentions(QStringLiteral("^(\\s*@[^\\s]+)+\\s*"));
    QString t = text;
    t.remove(leadingMentions);
    return t.simplified();
}

Result<Ingest::Counts> Ingest::store(const Account &account, const QString &stream, const FetchedPage &page)
{
    Counts counts;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const Status written = m_db.write([&]() -> Status {
        PostRepository posts(m_db);
        CitizenRepository citizens(m_db);
        ConversationRepository conversations(m_db);
        MessageRepository messages(m_db);
        OutboxRepository outbox(m_db);
        SyncStateRepository syncState(m_db);
        InboxService inbox(m_db, m_clock);

        QHash<QString, qint64> postIds;
        for (const RemotePost &remote : page.posts) {
            Post p;
            p.accountId = account.id;
            p.externalId = remote.externalId;
            p.text = cleanText(remote.text);
            p.url = remote.url;
            p.createdAt = remote.createdAt;
            p.likes = remote.likes;
            p.shares = remote.shares;
            p.comments = remote.comments;
            auto id = posts.upsert(p);
            if (!id)
                return Error{id.error()};
            postIds.insert(p.externalId, *id);
            ++counts.posts;
        }

        // Oldest first: a conversation is created by its first message, and the waiting clock and
        // reopening see the messages in the order they were written.
        std::vector<size_t> order(page.messages.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return page.messages[a].createdAt < page.messages[b].createdAt;
        });

        QHash<QString, qint64> citizenIds;
        const auto citizenFor = [&](const RemoteAuthor &author, qint64 at) -> Result<qint64> {
            if (const auto it = citizenIds.constFind(author.externalId); it != citizenIds.cend())
                return *it;
            Citizen c;
            c.accountId = account.id;
            c.externalId = author.externalId;
            c.displayName = cleanText(author.name.isEmpty() ? author.handle : author.name);
            c.handle = cleanText(author.handle);
            c.createdAt = at;
            auto id = citizens.upsert(c);
            if (!id)
                return id;
            citizenIds.insert(author.externalId, *id);
            return *id;
        };

        QHash<QString, qint64> conversationIds;
        QSet<qint64> createdHere;
        QSet<qint64> touched;
        for (size_t index : order) {
            const RemoteMessage &remote = page.messages[index];
            qint64 conversationId = conversationIds.value(remote.conversationExternalId);
            if (!conversationId) {
                auto found = conversations.findByExternalId(account.id, remote.conversationExternalId);
                if (!found)
                    return Error{found.error()};
                if (found->has_value()) {
                    conversationId = **found;
                } else {
                    // The citizen of a conversation is the first person other than the account who
                    // writes in it on this page.
                    const RemoteMessage *first = &remote;
                    if (remote.fromAccount) {
                        for (size_t other : order) {
                            const RemoteMessage &m = page.messages[other];
                            if (!m.fromAccount && m.conversationExternalId == remote.conversationExternalId) {
                                first = &m;
                                break;
                            }
                        }
                    }
                    Conversation c;
                    c.accountId = account.id;
                    c.externalId = remote.conversationExternalId;
                    c.kind = remote.kind;
                    if (!first->fromAccount) {
                        auto citizen = citizenFor(first->author, first->createdAt);
                        if (!citizen)
                            return Error{citizen.error()};
                        c.citizenId = *citizen;
                    }
                    if (!remote.postExternalId.isEmpty()) {
                        if (postIds.contains(remote.postExternalId)) {
                            c.postId = postIds.value(remote.postExternalId);
                        } else {
                            auto post = syncState.postId(account.id, remote.postExternalId);
                            if (!post)
                                return Error{post.error()};
                            c.postId = *post;
                        }
                    }
                    c.subject =
                        subjectFrom(cleanText(remote.subject.isEmpty() ? remote.text : remote.subject));
                    c.createdAt = remote.createdAt;
                    c.lastMessageAt = remote.createdAt;
                    auto id = conversations.upsert(c);
                    if (!id)
                        return Error{id.error()};
                    conversationId = *id;
                    createdHere.insert(conversationId);
                }
                conversationIds.insert(remote.conversationExternalId, conversationId);
            }
            touched.insert(conversationId);

            const QString text = cleanText(remote.text);
            if (remote.fromAccount) {
                // Our own reply coming back from the platform: the outbox has it already.
                auto known = messages.findByExternalId(account.id, remote.externalId);
                if (!known)
                    return Error{known.error()};
                if (!known->has_value()) {
                    auto pending = outbox.awaitingPlatformId(conversationId);
                    if (!pending)
                        return Error{pending.error()};
                    const QString wanted = comparable(text);
                    const auto match = std::find_if(pending->cbegin(), pending->cend(), [&](const auto &p) {
                        return comparable(p.text) == wanted;
                    });
                    if (match != pending->cend()) {
                        if (auto sent = outbox.markSent(match->outboxId, remote.externalId, remote.createdAt);
                            !sent)
                            return sent;
                        ++counts.adopted;
                        continue;
                    }
                }
            }

            Message m;
            m.conversationId = conversationId;
            m.accountId = account.id;
            m.externalId = remote.externalId;
            m.direction = remote.fromAccount ? Direction::Outbound : Direction::Inbound;
            if (!remote.fromAccount) {
                auto citizen = citizenFor(remote.author, remote.createdAt);
                if (!citizen)
                    return Error{citizen.error()};
                m.citizenId = *citizen;
            }
            m.authorName = cleanText(!remote.author.name.isEmpty()     ? remote.author.name
                                     : !remote.author.handle.isEmpty() ? remote.author.handle
                                     : remote.fromAccount              ? account.name
                                                                       : remote.author.externalId);
            m.bodyText = text;
            m.bodyOriginal = remote.original == remote.text ? QString() : cleanText(remote.original);
            m.bodyFormat =
                remote.format == QLatin1String("html") ? QStringLiteral("html") : QStringLiteral("text");
            m.createdAt = remote.createdAt;
            m.editedAt = remote.editedAt;
            if (!remote.inReplyToExternalId.isEmpty()) {
                auto target = messages.findByExternalId(account.id, remote.inReplyToExternalId);
                if (!target)
                    return Error{target.error()};
                m.replyToId = *target;
            }
            auto stored = messages.insert(m, remote.replyMeta);
            if (!stored)
                return Error{stored.error()};
            if (stored->created) {
                ++counts.created;
                // A citizen writing again reopens a resolved or waiting conversation and wakes it.
                if (!remote.fromAccount && !createdHere.contains(conversationId)) {
                    if (auto reopened = inbox.inboundArrived(conversationId, remote.createdAt); !reopened)
                        return reopened;
                }
            } else if (stored->edited) {
                ++counts.edited;
            }
        }
        // Pages need not arrive in time order, so the waiting clock is set from the stored messages.
        // One service for the page: it reads the calendar and policy once, not per conversation.
        SlaService sla(m_db);
        for (qint64 id : std::as_const(touched)) {
            if (auto clock = messages.recomputeAwaiting(id); !clock)
                return clock;
            // The response-time facts and the live deadline follow in the same transaction.
            if (auto refreshed = sla.refresh(id); !refreshed)
                return refreshed;
        }
        return syncState.saveCursor(account.id, stream, page.cursor, now);
    });
    if (!written)
        return Error{written.error()};
    return counts;
}

} // namespace Torget
