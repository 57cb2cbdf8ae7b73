// MastodonFake: the REST API (PLATFORM_APIS.md §4) and the fake's timeline.

#include "mastodonfake.h"

#include <QRegularExpression>

#include <algorithm>

namespace Torget {

namespace {

// Mastodon ids: longer is newer, then lexical. The fake keeps its own copy of the rule so that it
// does not share a bug with the client it tests.
bool idLess(const QString &a, const QString &b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            out << v.toString();
    } else if (value.isString()) {
        out << value.toString();
    }
    return out;
}

bool isVisibility(const QString &v)
{
    return v == QLatin1String("public") || v == QLatin1String("unlisted") || v == QLatin1String("private") ||
           v == QLatin1String("direct");
}

} // namespace

MastodonFake::Answer MastodonFake::api(const Call &call)
{
    static const QRegularExpression status(QStringLiteral("^/api/v1/statuses/([^/]+)$"));
    static const QRegularExpression statusContext(QStringLiteral("^/api/v1/statuses/([^/]+)/context$"));
    static const QRegularExpression account(QStringLiteral("^/api/v1/accounts/([^/]+)$"));
    static const QRegularExpression accountStatusesPath(
        QStringLiteral("^/api/v1/accounts/([^/]+)/statuses$"));
    const bool get = call.method == QLatin1String("GET");
    if (get && call.path == QLatin1String("/api/v1/accounts/verify_credentials"))
        return json(credentialAccountJson());
    if (get && call.path == QLatin1String("/api/v1/notifications"))
        return notifications(call);
    if (get && call.path == QLatin1String("/api/v1/conversations"))
        return conversations(call);
    if (call.method == QLatin1String("POST") && call.path == QLatin1String("/api/v1/statuses"))
        return postStatus(call);
    QRegularExpressionMatch m;
    if (get && (m = statusContext.match(call.path)).hasMatch())
        return context(QUrl::fromPercentEncoding(m.captured(1).toUtf8()));
    if (get && (m = status.match(call.path)).hasMatch()) {
        const QString id = QUrl::fromPercentEncoding(m.captured(1).toUtf8());
        if (!m_statuses.contains(id))
            return error(404, QStringLiteral("Record not found"));
        return json(statusJson(id));
    }
    if (get && (m = accountStatusesPath.match(call.path)).hasMatch())
        return accountStatuses(call, QUrl::fromPercentEncoding(m.captured(1).toUtf8()));
    if (get && (m = account.match(call.path)).hasMatch()) {
        const QString id = QUrl::fromPercentEncoding(m.captured(1).toUtf8());
        if (!m_accounts.contains(id))
            return error(404, QStringLiteral("Record not found"));
        return json(accountJson(id));
    }
    return error(404, QStringLiteral("Not found"));
}

QStringList MastodonFake::page(const QStringList &ascending, const Call &call, int defaultLimit,
                               int maxLimit) const
{
    bool ok = false;
    int limit = call.params.value(QLatin1String("limit")).toString().toInt(&ok);
    if (!ok)
        limit = call.params.value(QLatin1String("limit")).toInt(defaultLimit);
    limit = std::clamp(limit <= 0 ? defaultLimit : limit, 1, maxLimit);
    const QString maxId = call.params.value(QLatin1String("max_id")).toString();
    const QString sinceId = call.params.value(QLatin1String("since_id")).toString();
    const QString minId = call.params.value(QLatin1String("min_id")).toString();
    QStringList in;
    for (const QString &id : ascending) {
        if ((!maxId.isEmpty() && !idLess(id, maxId)) || (!sinceId.isEmpty() && !idLess(sinceId, id)) ||
            (!minId.isEmpty() && !idLess(minId, id)))
            continue;
        in << id;
    }
    // min_id pages forward: the `limit` results right above it. Otherwise the newest `limit`.
    QStringList out = minId.isEmpty() ? in.mid(std::max<qsizetype>(0, in.size() - limit)) : in.mid(0, limit);
    std::reverse(out.begin(), out.end());
    return out;
}

void MastodonFake::addLink(Answer &answer, const Call &call, const QStringList &ids, bool always) const
{
    if (ids.isEmpty())
        return;
    bool ok = false;
    const int limit = call.params.value(QLatin1String("limit")).toString().toInt(&ok);
    QUrlQuery query = call.query;
    for (const QLatin1String key :
         {QLatin1String("max_id"), QLatin1String("min_id"), QLatin1String("since_id")})
        query.removeAllQueryItems(key);
    auto link = [&](const QString &key, const QString &id) -> QByteArray {
        QUrlQuery q = query;
        q.addQueryItem(key, id);
        QUrl url(baseUrl());
        url.setPath(call.path);
        url.setQuery(q);
        return '<' + url.toString(QUrl::FullyEncoded).toUtf8() + '>';
    };
    QByteArrayList parts;
    // Upstream: notifications link "next" whenever the page is not empty; other lists only when
    // the page was full (records_continue?).
    if (always || (ok && ids.size() >= limit) || (!ok && ids.size() >= 20))
        parts << link(QStringLiteral("max_id"), ids.last()) + "; rel=\"next\"";
    parts << link(QStringLiteral("min_id"), ids.first()) + "; rel=\"prev\"";
    answer.headers.append({"Link", parts.join(", ")});
}

MastodonFake::Answer MastodonFake::notifications(const Call &call)
{
    const QStringList types = stringList(call.params.value(QLatin1String("types[]"))) +
                              stringList(call.params.value(QLatin1String("types")));
    const QStringList excluded = stringList(call.params.value(QLatin1String("exclude_types[]"))) +
                                 stringList(call.params.value(QLatin1String("exclude_types")));
    const QString accountId = call.params.value(QLatin1String("account_id")).toString();
    QStringList ascending;
    QHash<QString, const Notification *> byId;
    for (const Notification &n : m_notifications) {
        if ((!types.isEmpty() && !types.contains(n.type)) || excluded.contains(n.type) ||
            (!accountId.isEmpty() && n.accountId != accountId) || !m_statuses.contains(n.statusId))
            continue;
        ascending << n.id;
        byId.insert(n.id, &n);
    }
    const QStringList ids = page(ascending, call, 40, 80);
    QJsonArray out;
    for (const QString &id : ids)
        out.append(notificationJson(*byId.value(id)));
    Answer answer = json(out);
    addLink(answer, call, ids, true);
    return answer;
}

MastodonFake::Answer MastodonFake::conversations(const Call &call)
{
    // Upstream pages conversations by their last status id, the "internal" id in its Link header.
    QStringList ascending;
    QHash<QString, QString> byLast;
    for (const Conversation &c : m_conversations) {
        if (!m_statuses.contains(c.lastStatusId))
            continue;
        ascending << c.lastStatusId;
        byLast.insert(c.lastStatusId, c.id);
    }
    std::sort(ascending.begin(), ascending.end(), idLess);
    const QStringList lasts = page(ascending, call, 20, 40);
    QJsonArray out;
    for (const QString &last : lasts)
        out.append(conversationJson(m_conversations.value(byLast.value(last))));
    Answer answer = json(out);
    addLink(answer, call, lasts, false);
    return answer;
}

MastodonFake::Answer MastodonFake::accountStatuses(const Call &call, const QString &accountId)
{
    if (!m_accounts.contains(accountId))
        return error(404, QStringLiteral("Record not found"));
    const bool excludeReplies = call.params.value(QLatin1String("exclude_replies")).toVariant().toBool();
    const bool self = accountId == ownId(); // the author sees all of their statuses, DMs included
    QStringList ascending;
    for (const QString &id : m_statusOrder) {
        const auto found = m_statuses.constFind(id);
        if (found == m_statuses.constEnd())
            continue;
        const Status &s = found.value();
        if (s.accountId != accountId)
            continue;
        if (excludeReplies && !s.inReplyToAccountId.isEmpty() && s.inReplyToAccountId != accountId)
            continue;
        if (!self && s.visibility != QLatin1String("public") && s.visibility != QLatin1String("unlisted"))
            continue;
        ascending << id;
    }
    const QStringList ids = page(ascending, call, 20, 40);
    QJsonArray out;
    for (const QString &id : ids)
        out.append(statusJson(id));
    Answer answer = json(out);
    addLink(answer, call, ids, false);
    return answer;
}

MastodonFake::Answer MastodonFake::context(const QString &id)
{
    if (!m_statuses.contains(id))
        return error(404, QStringLiteral("Record not found"));
    auto visible = [this](const Status &s) {
        return s.visibility == QLatin1String("public") || s.visibility == QLatin1String("unlisted") ||
               s.accountId == ownId() || s.mentionIds.contains(ownId());
    };
    QJsonArray ancestors;
    QStringList up;
    for (QString parent = m_statuses.value(id).inReplyToId; m_statuses.contains(parent) && up.size() < 4096;
         parent = m_statuses.value(parent).inReplyToId)
        up.prepend(parent);
    for (const QString &a : up) {
        if (visible(m_statuses.value(a)))
            ancestors.append(statusJson(a));
    }
    // Descendants in thread order: depth first, replies oldest first.
    QJsonArray descendants;
    QStringList stack = m_children.value(id);
    std::sort(stack.begin(), stack.end(), [](const QString &a, const QString &b) { return idLess(b, a); });
    while (!stack.isEmpty()) {
        const QString next = stack.takeLast();
        if (!m_statuses.contains(next))
            continue;
        if (visible(m_statuses.value(next)))
            descendants.append(statusJson(next));
        QStringList children = m_children.value(next);
        std::sort(children.begin(), children.end(),
                  [](const QString &a, const QString &b) { return idLess(b, a); });
        stack += children;
    }
    QJsonObject out;
    out.insert(QLatin1String("ancestors"), ancestors);
    out.insert(QLatin1String("descendants"), descendants);
    return json(out);
}

MastodonFake::Answer MastodonFake::postStatus(const Call &call)
{
    const QJsonObject &p = call.params;
    const QString key = QString::fromUtf8(call.headers.value("idempotency-key"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Upstream checks the key before anything else: a repeat answers the first status as it was.
    if (!key.isEmpty() && m_idempotency.contains(key)) {
        const auto &[id, firstSeen] = m_idempotency.value(key);
        if (firstSeen.secsTo(now) < 3600 && m_statuses.contains(id)) {
            ++m_statuses[id].attempts;
            return json(statusJson(id));
        }
    }
    const QString text = p.value(QLatin1String("status")).toString();
    const QString visibility = p.value(QLatin1String("visibility")).toString(QStringLiteral("public"));
    if (!isVisibility(visibility))
        return error(422, QStringLiteral("Validation failed: Visibility is not included in the list"));
    if (text.trimmed().isEmpty())
        return error(422, QStringLiteral("Validation failed: Text can't be blank"));
    const QString inReplyTo = p.value(QLatin1String("in_reply_to_id")).toString();
    if (!inReplyTo.isEmpty() && !m_statuses.contains(inReplyTo))
        return error(404, QStringLiteral("Record not found"));
    Status s;
    s.accountId = ownId();
    s.text = text;
    s.content = formatContent(text, s.mentionIds, s.tags);
    s.visibility = visibility;
    s.inReplyToId = inReplyTo;
    s.spoilerText = p.value(QLatin1String("spoiler_text")).toString();
    s.idempotencyKey = key;
    s.attempts = 1;
    s.fromClient = true;
    s.createdAt = now;
    const QString id = createStatus(s);
    if (!key.isEmpty())
        m_idempotency.insert(key, {id, now});
    return json(statusJson(id));
}

QString MastodonFake::createStatus(Status s)
{
    s.id = nextId(m_nextStatus);
    if (!s.createdAt.isValid())
        s.createdAt = QDateTime::currentDateTimeUtc();
    if (!s.inReplyToId.isEmpty()) {
        m_children[s.inReplyToId].append(s.id);
        if (m_statuses.contains(s.inReplyToId))
            s.inReplyToAccountId = m_statuses.value(s.inReplyToId).accountId;
    }
    if (s.visibility == QLatin1String("direct")) {
        const QString parentConversation = m_statuses.value(s.inReplyToId).conversationId;
        if (!parentConversation.isEmpty() && m_conversations.contains(parentConversation)) {
            s.conversationId = parentConversation;
        } else {
            Conversation c;
            c.id = nextId(m_nextConversation);
            for (const QString &who : s.mentionIds + QStringList{s.accountId}) {
                if (who != ownId() && !c.accountIds.contains(who))
                    c.accountIds << who;
            }
            m_conversations.insert(c.id, c);
            s.conversationId = c.id;
        }
        m_conversations[s.conversationId].lastStatusId = s.id;
    }
    m_statuses.insert(s.id, s);
    m_statusOrder.append(s.id);
    Account &author = m_accounts[s.accountId];
    ++author.statuses;
    author.lastStatusAt = s.createdAt;
    if (s.accountId != ownId() && s.mentionIds.contains(ownId())) {
        Notification n;
        n.id = nextId(m_nextNotification);
        n.type = QStringLiteral("mention");
        n.accountId = s.accountId;
        n.statusId = s.id;
        n.createdAt = s.createdAt;
        m_notifications.append(n);
    }
    return s.id;
}

const MastodonFake::Account &MastodonFake::citizen(const QString &acct, const QString &displayName)
{
    const QString key = acct.trimmed().toLower().remove(0, acct.trimmed().startsWith(u'@') ? 1 : 0);
    const auto known = m_accountsByAcct.constFind(key);
    if (known != m_accountsByAcct.constEnd())
        return m_accounts[*known];
    Account a;
    a.id = nextId(m_nextAccount);
    a.acct = key;
    a.username = key.section(u'@', 0, 0);
    a.displayName = displayName.isEmpty() ? a.username : displayName;
    a.createdAt = QDateTime(QDate(2023, 3, 14), QTime(9, 30), Qt::UTC);
    m_accounts.insert(a.id, a);
    m_accountsByAcct.insert(key, a.id);
    return m_accounts[a.id];
}

void MastodonFake::postFromJson(const QJsonObject &o, Post &post)
{
    post.acct = o.value(QLatin1String("acct")).toString();
    post.displayName = o.value(QLatin1String("display_name")).toString();
    post.text = o.value(QLatin1String("text")).toString();
    post.html = o.value(QLatin1String("html")).toString();
    post.visibility = o.value(QLatin1String("visibility")).toString(QStringLiteral("public"));
    post.inReplyToId = o.value(QLatin1String("in_reply_to_id")).toString();
    post.spoilerText = o.value(QLatin1String("spoiler_text")).toString();
    const QDateTime at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    if (at.isValid())
        post.at = at.toUTC();
}

QString MastodonFake::addMention(const Post &post)
{
    if (!post.inReplyToId.isEmpty() && !m_statuses.contains(post.inReplyToId))
        return {};
    const Account &author = citizen(post.acct, post.displayName);
    Status s;
    s.accountId = author.id;
    s.visibility = isVisibility(post.visibility) ? post.visibility : QStringLiteral("public");
    s.inReplyToId = post.inReplyToId;
    s.spoilerText = post.spoilerText;
    s.createdAt = post.at.value_or(QDateTime::currentDateTimeUtc());
    // A citizen writes to us with our handle first, as the Mastodon composer does.
    s.text = QStringLiteral("@%1 %2").arg(ownAcct(), post.text);
    s.content = formatContent(s.text, s.mentionIds, s.tags);
    if (!post.html.isEmpty())
        s.content = post.html;
    if (!s.mentionIds.contains(ownId()))
        s.mentionIds.prepend(ownId());
    return createStatus(s);
}

QString MastodonFake::addDirectMessage(Post post)
{
    post.visibility = QStringLiteral("direct");
    return addMention(post);
}

QString MastodonFake::addOwnPost(const QString &text, int favourites, int reblogs, const QString &visibility)
{
    Status s;
    s.accountId = ownId();
    s.text = text;
    s.content = formatContent(text, s.mentionIds, s.tags);
    s.visibility = isVisibility(visibility) ? visibility : QStringLiteral("public");
    s.favourites = favourites;
    s.reblogs = reblogs;
    return createStatus(s);
}

bool MastodonFake::editStatus(const QString &id, const QString &text, const QString &html)
{
    if (!m_statuses.contains(id))
        return false;
    Status &s = m_statuses[id];
    if (!html.isEmpty()) {
        s.content = html;
    } else {
        s.text = s.accountId == ownId() ? text : QStringLiteral("@%1 %2").arg(ownAcct(), text);
        QStringList mentions;
        s.content = formatContent(s.text, mentions, s.tags);
    }
    s.editedAt = QDateTime::currentDateTimeUtc();
    return true;
}

bool MastodonFake::deleteStatus(const QString &id)
{
    if (!m_statuses.remove(id))
        return false;
    m_statusOrder.removeAll(id);
    return true;
}

void MastodonFake::seedDemo()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString post =
        addOwnPost(QStringLiteral("Brøytingen i sentrum starter kl. 22 i kveld. Flytt bilen! "
                                  "https://kommune.example/broyting #brøyting"),
                   12, 4);
    Post p;
    p.acct = QStringLiteral("kari");
    p.displayName = QStringLiteral("Kari Nordmann");
    p.text = QStringLiteral("Når tømmes søpla i Storgata? Den har stått i to uker.");
    p.at = now.addSecs(-3600);
    const QString kari = addMention(p);
    p = Post{};
    p.acct = QStringLiteral("ola@social.example");
    p.displayName = QStringLiteral("Ola");
    p.text = QStringLiteral("Gjelder det Kirkegata også?");
    p.inReplyToId = post;
    p.at = now.addSecs(-1800);
    addMention(p);
    p = Post{};
    p.acct = QStringLiteral("kari");
    p.text = QStringLiteral("Og glasscontaineren er full.");
    p.inReplyToId = kari;
    p.spoilerText = QStringLiteral("Avfall");
    p.at = now.addSecs(-1700);
    addMention(p);
    p = Post{};
    p.acct = QStringLiteral("per@mastodon.example");
    p.displayName = QStringLiteral("Per Hansen");
    p.text = QStringLiteral("Hei, jeg lurer på byggesaken min (nr. 2024/113). Kan dere ringe meg?");
    p.at = now.addSecs(-900);
    const QString dm = addDirectMessage(p);
    p.text = QStringLiteral("Jeg er hjemme etter kl. 16.");
    p.inReplyToId = dm;
    p.at = now.addSecs(-600);
    addDirectMessage(p);
    p = Post{};
    p.acct = QStringLiteral("lena");
    p.displayName = QStringLiteral("Lena");
    p.text = QStringLiteral("Hvor søker jeg om parkeringstillatelse?");
    p.at = now.addSecs(-300);
    addDirectMessage(p);
    addOwnPost(QStringLiteral("Biblioteket holder stengt mandag 1. mai."), 3, 1, QStringLiteral("unlisted"));
}

} // namespace Torget
