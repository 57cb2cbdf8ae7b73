// GraphFake: the Graph API endpoints (reads, the Send API and comment replies).
#include "graphfake.h"
#include "graphfields.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QtEndian>

#include <algorithm>

namespace Torget {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("+0000");
}

// Binary keys in standard base64: real cursors are opaque and carry '+', '/' and '=' as well.
QString encodeKey(const SortKey &key)
{
    QByteArray raw(16, '\0');
    qToBigEndian<qint64>(key.first, raw.data());
    qToBigEndian<qint64>(key.second, raw.data() + 8);
    return QString::fromLatin1(raw.toBase64());
}

std::optional<SortKey> decodeKey(const QString &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16)
        return std::nullopt;
    return SortKey{qFromBigEndian<qint64>(decoded.decoded.constData()),
                   qFromBigEndian<qint64>(decoded.decoded.constData() + 8)};
}

// Items after the cursor (in the list's own order), at most limit of them: [begin, end).
template <typename T, typename KeyOf>
std::pair<std::size_t, std::size_t> window(const std::vector<const T *> &items, KeyOf keyOf, bool descending,
                                           const std::optional<SortKey> &after, int limit)
{
    std::size_t begin = 0;
    if (after) {
        while (begin < items.size() &&
               !(descending ? keyOf(*items[begin]) < *after : keyOf(*items[begin]) > *after))
            ++begin;
    }
    return {begin, std::min(items.size(), begin + std::size_t(std::max(limit, 0)))};
}

int limitOf(const QString &text, int fallback, int lowest)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::clamp(value, lowest, 100) : fallback;
}

QJsonObject person(const QString &id, const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("email"), QString(id + QStringLiteral("@facebook.com"))},
            {QStringLiteral("id"), id}};
}

QJsonObject paging(const QString &before, const QString &after, const QString &next)
{
    QJsonObject p{{QStringLiteral("cursors"),
                   QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}}}};
    if (!next.isEmpty())
        p.insert(QStringLiteral("next"), next);
    return p;
}

GraphFake::Response invalidCursor()
{
    return GraphFake::graphError(100, 0, QStringLiteral("(#100) The after cursor is not valid"));
}

QList<QPair<QString, QString>> without(const QList<QPair<QString, QString>> &items, const QStringList &keys)
{
    QList<QPair<QString, QString>> out;
    for (const auto &item : items) {
        if (!keys.contains(item.first))
            out.append(item);
    }
    return out;
}

} // namespace

QString GraphFake::nextUrl(const Request &r, const QString &path,
                           const QList<QPair<QString, QString>> &params) const
{
    QStringList parts;
    for (const auto &[key, value] : params)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    // Graph repeats a query-string token in its next URLs; a Bearer token stays out of them.
    for (const auto &[key, value] : r.query) {
        if (key == QLatin1String("access_token"))
            parts << QStringLiteral("access_token=") + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return baseUrl(r.version) + QLatin1Char('/') + path + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

GraphFake::Response GraphFake::getObject(const Request &r)
{
    const QString id = r.segments.value(0);
    const FieldList fields(r.param(QStringLiteral("fields")));
    if (id == m_store.pageId() || id == QLatin1String("me")) {
        QJsonObject page{{QStringLiteral("id"), m_store.pageId()}};
        if (fields.isEmpty() || fields.has(QStringLiteral("name")))
            page.insert(QStringLiteral("name"), m_store.pageName());
        return json(page);
    }
    if (const FakeConversation *c = m_store.conversation(id))
        return json(renderConversation(r, *c, fields));
    if (const FakePost *p = m_store.post(id))
        return json(renderPost(r, *p, fields));
    if (const FakeComment *c = m_store.comment(id))
        return json(renderComment(*c, fields));
    return graphError(
        100, 33,
        QStringLiteral("Unsupported get request. Object with ID '%1' does not exist, cannot be loaded "
                       "due to missing permissions, or does not support this operation.")
            .arg(id),
        QStringLiteral("GraphMethodException"));
}

GraphFake::Response GraphFake::getConversations(const Request &r)
{
    const QString platform = r.param(QStringLiteral("platform"));
    if (platform == QLatin1String("instagram"))
        return json({{QStringLiteral("data"), QJsonArray()}});
    const QString afterText = r.param(QStringLiteral("after"));
    const auto after = decodeKey(afterText);
    if (!afterText.isEmpty() && !after)
        return invalidCursor();
    const FieldList fields(r.param(QStringLiteral("fields")));
    const int limit = limitOf(r.param(QStringLiteral("limit")), 25, 1);
    const auto items = m_store.conversationsNewestFirst();
    auto keyOf = [](const FakeConversation &c) { return SortKey{c.updatedAt, c.seq}; };
    const auto [begin, end] = window(items, keyOf, true, after, limit);
    QJsonArray data;
    for (std::size_t i = begin; i < end; ++i)
        data.append(renderConversation(r, *items[i], fields));
    QJsonObject out{{QStringLiteral("data"), data}};
    if (begin < end) {
        const QString last = encodeKey(keyOf(*items[end - 1]));
        QString next;
        if (end < items.size()) {
            auto params = without(
                r.query, {QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("access_token")});
            params.append({QStringLiteral("after"), last});
            next = nextUrl(r, r.segments.join(QLatin1Char('/')), params);
        }
        out.insert(QStringLiteral("paging"), paging(encodeKey(keyOf(*items[begin])), last, next));
    }
    return json(out);
}

QJsonObject GraphFake::renderConversation(const Request &r, const FakeConversation &c,
                                          const FieldList &fields) const
{
    QJsonObject o{{QStringLiteral("id"), c.id}};
    if (fields.isEmpty() || fields.has(QStringLiteral("updated_time")))
        o.insert(QStringLiteral("updated_time"), iso(c.updatedAt));
    if (fields.has(QStringLiteral("participants")))
        o.insert(
            QStringLiteral("participants"),
            QJsonObject{{QStringLiteral("data"),
                         QJsonArray{person(c.psid, c.name), person(m_store.pageId(), m_store.pageName())}}});
    if (fields.has(QStringLiteral("message_count")))
        o.insert(QStringLiteral("message_count"), int(c.messages.size()));
    if (fields.has(QStringLiteral("unread_count")))
        o.insert(QStringLiteral("unread_count"), 0);
    if (fields.has(QStringLiteral("snippet")) && !c.messages.empty())
        o.insert(QStringLiteral("snippet"), c.messages.back().text.left(100));
    if (const FieldSpec *messages = fields.find(QStringLiteral("messages")))
        o.insert(QStringLiteral("messages"),
                 messagesEdge(r, c, messages->childrenText,
                              limitOf(messages->modifiers.value(QStringLiteral("limit")), 25, 0), {}));
    return o;
}

QJsonObject GraphFake::messagesEdge(const Request &r, const FakeConversation &c, const QString &fieldsText,
                                    int limit, const QString &after) const
{
    std::vector<const FakeMessage *> items;
    for (const FakeMessage &m : c.messages)
        items.push_back(&m);
    auto keyOf = [](const FakeMessage &m) { return SortKey{m.at, m.seq}; };
    std::sort(items.begin(), items.end(),
              [&keyOf](const FakeMessage *a, const FakeMessage *b) { return keyOf(*a) > keyOf(*b); });
    const auto [begin, end] = window(items, keyOf, true, decodeKey(after), limit);
    const FieldList fields(fieldsText);
    QJsonArray data;
    for (std::size_t i = begin; i < end; ++i)
        data.append(renderMessage(*items[i], c, fields));
    QJsonObject out{{QStringLiteral("data"), data}};
    if (begin < end) {
        const QString last = encodeKey(keyOf(*items[end - 1]));
        QString next;
        if (end < items.size()) {
            QList<QPair<QString, QString>> params;
            if (!fieldsText.isEmpty())
                params.append({QStringLiteral("fields"), fieldsText});
            params.append({QStringLiteral("limit"), QString::number(limit)});
            params.append({QStringLiteral("after"), last});
            next = nextUrl(r, c.id + QStringLiteral("/messages"), params);
        }
        out.insert(QStringLiteral("paging"), paging(encodeKey(keyOf(*items[begin])), last, next));
    }
    return out;
}

GraphFake::Response GraphFake::getMessages(const Request &r, const FakeConversation &c)
{
    const QString after = r.param(QStringLiteral("after"));
    if (!after.isEmpty() && !decodeKey(after))
        return invalidCursor();
    return json(messagesEdge(r, c, r.param(QStringLiteral("fields")),
                             limitOf(r.param(QStringLiteral("limit")), 25, 1), after));
}

QJsonObject GraphFake::renderMessage(const FakeMessage &m, const FakeConversation &c,
                                     const FieldList &fields) const
{
    QJsonObject o{{QStringLiteral("id"), m.id}};
    if (fields.isEmpty() || fields.has(QStringLiteral("created_time")))
        o.insert(QStringLiteral("created_time"), iso(m.at));
    if (fields.has(QStringLiteral("message")))
        o.insert(QStringLiteral("message"), m.text);
    if (fields.has(QStringLiteral("from")))
        o.insert(QStringLiteral("from"), person(m.fromId, m.fromName));
    if (fields.has(QStringLiteral("to"))) {
        const bool fromPage = m.fromId == m_store.pageId();
        o.insert(QStringLiteral("to"),
                 QJsonObject{{QStringLiteral("data"),
                              QJsonArray{fromPage ? person(c.psid, c.name)
                                                  : person(m_store.pageId(), m_store.pageName())}}});
    }
    return o;
}

GraphFake::Response GraphFake::getPosts(const Request &r)
{
    const QString token = r.param(QStringLiteral("__paging_token"));
    const auto after = decodeKey(token);
    if (!token.isEmpty() && !after)
        return invalidCursor();
    bool hasSince = false;
    bool hasUntil = false;
    const qint64 since = r.param(QStringLiteral("since")).toLongLong(&hasSince) * 1000;
    const qint64 until = r.param(QStringLiteral("until")).toLongLong(&hasUntil) * 1000;
    const FieldList fields(r.param(QStringLiteral("fields")));
    const int limit = limitOf(r.param(QStringLiteral("limit")), 25, 1);

    std::vector<const FakePost *> items;
    for (const FakePost *p : m_store.postsNewestFirst()) {
        const qint64 second = p->at / 1000 * 1000;
        if ((!hasSince || second >= since) && (!hasUntil || second <= until))
            items.push_back(p);
    }
    auto keyOf = [](const FakePost &p) { return SortKey{p.at, p.seq}; };
    const auto [begin, end] = window(items, keyOf, true, after, limit);
    QJsonArray data;
    for (std::size_t i = begin; i < end; ++i)
        data.append(renderPost(r, *items[i], fields));
    QJsonObject out{{QStringLiteral("data"), data}};
    // The feed pages by time: next carries until (the oldest time on this page) and a paging token.
    if (end < items.size() && begin < end) {
        auto params = without(r.query, {QStringLiteral("until"), QStringLiteral("__paging_token"),
                                        QStringLiteral("after"), QStringLiteral("access_token")});
        params.append({QStringLiteral("until"), QString::number(items[end - 1]->at / 1000)});
        params.append({QStringLiteral("__paging_token"), encodeKey(keyOf(*items[end - 1]))});
        out.insert(
            QStringLiteral("paging"),
            QJsonObject{{QStringLiteral("next"), nextUrl(r, r.segments.join(QLatin1Char('/')), params)}});
    }
    return json(out);
}

QJsonObject GraphFake::renderPost(const Request &r, const FakePost &p, const FieldList &fields) const
{
    QJsonObject o{{QStringLiteral("id"), p.id}};
    const bool plain = fields.isEmpty();
    if (plain || fields.has(QStringLiteral("message")))
        o.insert(QStringLiteral("message"), p.text);
    if (plain || fields.has(QStringLiteral("created_time")))
        o.insert(QStringLiteral("created_time"), iso(p.at));
    if (fields.has(QStringLiteral("updated_time")))
        o.insert(QStringLiteral("updated_time"), iso(p.updatedAt));
    if (fields.has(QStringLiteral("permalink_url")))
        o.insert(QStringLiteral("permalink_url"),
                 QStringLiteral("https://www.facebook.com/%1/posts/%2").arg(m_store.pageId()).arg(p.seq));
    if (fields.has(QStringLiteral("from")))
        o.insert(QStringLiteral("from"), QJsonObject{{QStringLiteral("name"), m_store.pageName()},
                                                     {QStringLiteral("id"), m_store.pageId()}});
    // Graph leaves shares out when there are none.
    if (fields.has(QStringLiteral("shares")) && p.shares > 0)
        o.insert(QStringLiteral("shares"), QJsonObject{{QStringLiteral("count"), p.shares}});
    for (const QString &name : {QStringLiteral("reactions"), QStringLiteral("likes")}) {
        if (const FieldSpec *edge = fields.find(name)) {
            QJsonObject e{{QStringLiteral("data"), QJsonArray()}};
            if (edge->modifiers.value(QStringLiteral("summary")) == QLatin1String("true"))
                e.insert(QStringLiteral("summary"),
                         QJsonObject{{QStringLiteral("total_count"), p.reactions},
                                     {QStringLiteral("viewer_reaction"), QStringLiteral("NONE")}});
            o.insert(name, e);
        }
    }
    if (const FieldSpec *edge = fields.find(QStringLiteral("comments"))) {
        CommentsArgs args;
        args.fieldsText = edge->childrenText;
        args.limit = limitOf(edge->modifiers.value(QStringLiteral("limit")), 25, 0);
        args.stream = edge->modifiers.value(QStringLiteral("filter")) == QLatin1String("stream");
        args.reverse =
            edge->modifiers.value(QStringLiteral("order")) == QLatin1String("reverse_chronological");
        args.summary = edge->modifiers.value(QStringLiteral("summary")) == QLatin1String("true");
        o.insert(QStringLiteral("comments"), commentsEdge(r, p.id, args));
    }
    return o;
}

QJsonObject GraphFake::renderComment(const FakeComment &c, const FieldList &fields) const
{
    QJsonObject o{{QStringLiteral("id"), c.id}};
    const bool plain = fields.isEmpty();
    if (plain || fields.has(QStringLiteral("created_time")))
        o.insert(QStringLiteral("created_time"), iso(c.at));
    if (plain || fields.has(QStringLiteral("from")))
        o.insert(QStringLiteral("from"),
                 QJsonObject{{QStringLiteral("name"), c.fromName}, {QStringLiteral("id"), c.fromId}});
    if (plain || fields.has(QStringLiteral("message")))
        o.insert(QStringLiteral("message"), c.text);
    if (fields.has(QStringLiteral("comment_count")))
        o.insert(QStringLiteral("comment_count"), m_store.directChildren(c.id));
    if (fields.has(QStringLiteral("like_count")))
        o.insert(QStringLiteral("like_count"), 0);
    if (fields.has(QStringLiteral("permalink_url")))
        o.insert(QStringLiteral("permalink_url"),
                 QStringLiteral("https://www.facebook.com/%1?comment_id=%2").arg(c.postId, c.id));
    if (fields.has(QStringLiteral("parent")) && !c.parentId.isEmpty()) {
        if (const FakeComment *parent = m_store.comment(c.parentId))
            o.insert(QStringLiteral("parent"), renderComment(*parent, FieldList()));
    }
    return o;
}

QJsonObject GraphFake::commentsEdge(const Request &r, const QString &id, const CommentsArgs &args) const
{
    auto items = m_store.commentsUnder(id, args.stream);
    if (args.reverse)
        std::reverse(items.begin(), items.end());
    auto keyOf = [](const FakeComment &c) { return SortKey{c.at, c.seq}; };
    const auto [begin, end] = window(items, keyOf, args.reverse, decodeKey(args.after), args.limit);
    const FieldList fields(args.fieldsText);
    QJsonArray data;
    for (std::size_t i = begin; i < end; ++i)
        data.append(renderComment(*items[i], fields));
    QJsonObject out{{QStringLiteral("data"), data}};
    if (begin < end) {
        const QString last = encodeKey(keyOf(*items[end - 1]));
        QString next;
        if (end < items.size()) {
            QList<QPair<QString, QString>> params;
            if (!args.fieldsText.isEmpty())
                params.append({QStringLiteral("fields"), args.fieldsText});
            if (args.stream)
                params.append({QStringLiteral("filter"), QStringLiteral("stream")});
            if (args.reverse)
                params.append({QStringLiteral("order"), QStringLiteral("reverse_chronological")});
            if (args.summary)
                params.append({QStringLiteral("summary"), QStringLiteral("true")});
            params.append({QStringLiteral("limit"), QString::number(args.limit)});
            params.append({QStringLiteral("after"), last});
            next = nextUrl(r, id + QStringLiteral("/comments"), params);
        }
        out.insert(QStringLiteral("paging"), paging(encodeKey(keyOf(*items[begin])), last, next));
    }
    if (args.summary)
        out.insert(
            QStringLiteral("summary"),
            QJsonObject{{QStringLiteral("order"), args.reverse ? QStringLiteral("reverse_chronological")
                                                               : QStringLiteral("chronological")},
                        {QStringLiteral("total_count"), int(items.size())},
                        {QStringLiteral("can_comment"), true}});
    return out;
}

GraphFake::Response GraphFake::getComments(const Request &r, const QString &id)
{
    if (!m_store.post(id) && !m_store.comment(id))
        return graphError(
            100, 33, QStringLiteral("Unsupported get request. Object with ID '%1' does not exist.").arg(id),
            QStringLiteral("GraphMethodException"));
    CommentsArgs args;
    args.fieldsText = r.param(QStringLiteral("fields"));
    args.limit = limitOf(r.param(QStringLiteral("limit")), 25, 1);
    args.stream = r.param(QStringLiteral("filter")) == QLatin1String("stream");
    args.reverse = r.param(QStringLiteral("order")) == QLatin1String("reverse_chronological");
    const QString summary = r.param(QStringLiteral("summary"));
    args.summary = summary == QLatin1String("1") || summary == QLatin1String("true");
    args.after = r.param(QStringLiteral("after"));
    if (!args.after.isEmpty() && !decodeKey(args.after))
        return invalidCursor();
    return json(commentsEdge(r, id, args));
}

GraphFake::Response GraphFake::sendMessage(const Request &r)
{
    const QJsonObject recipient =
        QJsonDocument::fromJson(r.param(QStringLiteral("recipient")).toUtf8()).object();
    const QJsonObject message = QJsonDocument::fromJson(r.param(QStringLiteral("message")).toUtf8()).object();
    const QString psid = recipient.value(QLatin1String("id")).toString();
    const QString type = r.param(QStringLiteral("messaging_type"));
    const QString tag = r.param(QStringLiteral("tag"));
    const QString text = message.value(QLatin1String("text")).toString();
    if (psid.isEmpty())
        return graphError(100, 0, QStringLiteral("(#100) The parameter recipient is required"));
    FakeConversation *c = m_store.conversationWith(psid);
    if (!c)
        return graphError(100, 2018001, QStringLiteral("(#100) No matching user found"));
    if (text.isEmpty())
        return graphError(100, 0, QStringLiteral("(#100) Param message[text] must be non-empty."));
    if (text.size() > 2000)
        return graphError(
            100, 0,
            QStringLiteral("(#100) Length of param message[text] must be less than or equal to 2000"));
    const qint64 age = now() - c->lastInboundAt;
    if (type == QLatin1String("RESPONSE") || type == QLatin1String("UPDATE")) {
        if (age > kDayMs)
            return graphError(10, 2018278, {});
    } else if (type == QLatin1String("MESSAGE_TAG")) {
        static const QStringList otherTags = {QStringLiteral("CONFIRMED_EVENT_UPDATE"),
                                              QStringLiteral("POST_PURCHASE_UPDATE"),
                                              QStringLiteral("ACCOUNT_UPDATE")};
        if (tag == QLatin1String("HUMAN_AGENT")) {
            if (age > 7 * kDayMs)
                return graphError(10, 2018278, {});
        } else if (!otherTags.contains(tag)) {
            return graphError(100, 0,
                              QStringLiteral("(#100) Param tag must be one of {%1, HUMAN_AGENT}")
                                  .arg(otherTags.join(QStringLiteral(", "))));
        }
    } else {
        return graphError(100, 0,
                          QStringLiteral("(#100) Param messaging_type must be one of {RESPONSE, UPDATE, "
                                         "MESSAGE_TAG}"));
    }
    const FakeMessage sent = m_store.addPageMessage(c->id, text, now());
    QJsonObject entry{{QStringLiteral("kind"), QStringLiteral("message")},
                      {QStringLiteral("id"), sent.id},
                      {QStringLiteral("target"), psid},
                      {QStringLiteral("conversation"), c->id},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("messaging_type"), type},
                      {QStringLiteral("at"), iso(sent.at)}};
    if (!tag.isEmpty())
        entry.insert(QStringLiteral("tag"), tag);
    m_store.recordSent(entry);
    return json({{QStringLiteral("recipient_id"), psid}, {QStringLiteral("message_id"), sent.id}});
}

GraphFake::Response GraphFake::postComment(const Request &r, const QString &id)
{
    const QString text = r.param(QStringLiteral("message"));
    if (text.isEmpty())
        return graphError(100, 0, QStringLiteral("(#100) Missing message or attachment"));
    if (text.size() > 8000)
        return graphError(100, 0, QStringLiteral("(#100) The comment is too long"));
    QString postId;
    QString parent;
    if (m_store.post(id)) {
        postId = id;
    } else if (const FakeComment *target = m_store.comment(id)) {
        postId = target->postId;
        // Facebook keeps threads two levels deep: a reply to a reply joins the top-level comment.
        parent = m_store.rootOf(id);
    } else {
        return graphError(
            100, 33, QStringLiteral("Unsupported post request. Object with ID '%1' does not exist.").arg(id),
            QStringLiteral("GraphMethodException"));
    }
    const auto created =
        m_store.addComment(postId, parent, m_store.pageId(), m_store.pageName(), text, now());
    if (!created)
        return graphError(2, 0, {});
    QJsonObject entry{{QStringLiteral("kind"), QStringLiteral("comment")},
                      {QStringLiteral("id"), *created},
                      {QStringLiteral("target"), id},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("at"), iso(m_store.comment(*created)->at)}};
    if (!parent.isEmpty())
        entry.insert(QStringLiteral("parent"), parent);
    m_store.recordSent(entry);
    return json({{QStringLiteral("id"), *created}});
}

} // namespace Torget
