// MastodonFake: entities in upstream's JSON shapes, and status content rendered as Mastodon renders
// it (paragraphs, <br>, h-card mentions, hashtag links, links with invisible/ellipsis spans).

#include "mastodonfake.h"

#include <QRegularExpression>

namespace Torget {

namespace {

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString linkHtml(const QString &url)
{
    // Upstream's TextFormatter: the scheme invisible, the first 30 characters shown with an ellipsis
    // class when longer, the rest invisible. A reader of the text sees the whole address.
    static const QRegularExpression scheme(QStringLiteral("^(https?://(?:www\\.)?)"));
    const QString prefix = scheme.match(url).captured(1);
    const QString rest = url.mid(prefix.size());
    const QString shown = rest.left(30);
    const QString hidden = rest.mid(30);
    return QStringLiteral(
               "<a href=\"%1\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" translate=\"no\">"
               "<span class=\"invisible\">%2</span><span class=\"%3\">%4</span>"
               "<span class=\"invisible\">%5</span></a>")
        .arg(escaped(url), escaped(prefix), hidden.isEmpty() ? QString() : QStringLiteral("ellipsis"),
             escaped(shown), escaped(hidden));
}

} // namespace

QString MastodonFake::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString MastodonFake::mentionHtml(const Account &account) const
{
    const QString profile =
        account.acct.contains(u'@')
            ? QStringLiteral("https://%1/@%2").arg(account.acct.section(u'@', 1), account.username)
            : baseUrl() + QStringLiteral("/@") + account.username;
    return QStringLiteral("<span class=\"h-card\" translate=\"no\"><a href=\"%1\" class=\"u-url mention\">"
                          "@<span>%2</span></a></span>")
        .arg(escaped(profile), escaped(account.username));
}

QString MastodonFake::formatContent(const QString &text, QStringList &mentionIds, QStringList &tags) const
{
    static const QRegularExpression token(
        QStringLiteral(
            R"((https?://[^\s<>"']*[^\s<>"'.,:;!?)\]])|(?<![\w/@])@([A-Za-z0-9_]+(?:@[A-Za-z0-9.-]*[A-Za-z0-9])?))"
            R"(|(?<![\w&/#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*))"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    QString source = text;
    source.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList paragraphs;
    for (const QString &paragraph : source.trimmed().split(paragraphBreak, Qt::SkipEmptyParts)) {
        QString html;
        qsizetype at = 0;
        auto it = token.globalMatch(paragraph);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            html += escaped(paragraph.mid(at, m.capturedStart() - at));
            at = m.capturedEnd();
            if (m.capturedLength(1)) {
                html += linkHtml(m.captured(1));
            } else if (m.capturedLength(2)) {
                const QString id = m_accountsByAcct.value(m.captured(2).toLower());
                if (id.isEmpty()) {
                    html += escaped(m.captured(0)); // nobody by that name: plain text, as upstream
                } else {
                    html += mentionHtml(m_accounts[id]);
                    if (!mentionIds.contains(id))
                        mentionIds << id;
                }
            } else {
                const QString tag = m.captured(3);
                html +=
                    QStringLiteral(
                        "<a href=\"%1/tags/%2\" class=\"mention hashtag\" rel=\"tag\">#<span>%3</span></a>")
                        .arg(baseUrl(), QString::fromLatin1(QUrl::toPercentEncoding(tag.toLower())),
                             escaped(tag));
                if (!tags.contains(tag.toLower()))
                    tags << tag.toLower();
            }
        }
        html += escaped(paragraph.mid(at));
        html.replace(u'\n', QLatin1String("<br />"));
        paragraphs << QStringLiteral("<p>") + html + QStringLiteral("</p>");
    }
    return paragraphs.join(QString());
}

QJsonObject MastodonFake::accountJson(const QString &id) const
{
    const Account a = m_accounts.value(id);
    const bool remote = a.acct.contains(u'@');
    const QString host = remote ? QStringLiteral("https://") + a.acct.section(u'@', 1) : baseUrl();
    QJsonObject o;
    o.insert(QLatin1String("id"), a.id);
    o.insert(QLatin1String("username"), a.username);
    o.insert(QLatin1String("acct"), a.acct);
    o.insert(QLatin1String("display_name"), a.displayName);
    o.insert(QLatin1String("locked"), false);
    o.insert(QLatin1String("bot"), false);
    o.insert(QLatin1String("discoverable"), true);
    o.insert(QLatin1String("indexable"), false);
    o.insert(QLatin1String("group"), false);
    o.insert(QLatin1String("created_at"), isoTime(a.createdAt));
    o.insert(QLatin1String("note"), QString());
    o.insert(QLatin1String("url"), QString(host + QStringLiteral("/@") + a.username));
    o.insert(QLatin1String("uri"), QString(host + QStringLiteral("/users/") + a.username));
    o.insert(QLatin1String("avatar"), QString(baseUrl() + QStringLiteral("/avatars/original/missing.png")));
    o.insert(QLatin1String("avatar_static"),
             QString(baseUrl() + QStringLiteral("/avatars/original/missing.png")));
    o.insert(QLatin1String("header"), QString(baseUrl() + QStringLiteral("/headers/original/missing.png")));
    o.insert(QLatin1String("header_static"),
             QString(baseUrl() + QStringLiteral("/headers/original/missing.png")));
    o.insert(QLatin1String("followers_count"), id == ownId() ? 1250 : 17);
    o.insert(QLatin1String("following_count"), id == ownId() ? 40 : 23);
    o.insert(QLatin1String("statuses_count"), a.statuses);
    o.insert(QLatin1String("last_status_at"),
             a.lastStatusAt.isValid()
                 ? QJsonValue(a.lastStatusAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")))
                 : QJsonValue());
    o.insert(QLatin1String("hide_collections"), false);
    o.insert(QLatin1String("noindex"), false);
    o.insert(QLatin1String("emojis"), QJsonArray());
    o.insert(QLatin1String("roles"), QJsonArray());
    o.insert(QLatin1String("fields"), QJsonArray());
    return o;
}

QJsonObject MastodonFake::credentialAccountJson() const
{
    QJsonObject o = accountJson(ownId());
    QJsonObject source;
    source.insert(QLatin1String("privacy"), QStringLiteral("public"));
    source.insert(QLatin1String("sensitive"), false);
    source.insert(QLatin1String("language"), QStringLiteral("nb"));
    source.insert(QLatin1String("note"), QString());
    source.insert(QLatin1String("fields"), QJsonArray());
    source.insert(QLatin1String("follow_requests_count"), 0);
    source.insert(QLatin1String("indexable"), false);
    o.insert(QLatin1String("source"), source);
    QJsonObject role;
    role.insert(QLatin1String("id"), QStringLiteral("-99"));
    role.insert(QLatin1String("name"), QString());
    role.insert(QLatin1String("permissions"), QStringLiteral("65536"));
    role.insert(QLatin1String("color"), QString());
    role.insert(QLatin1String("highlighted"), false);
    o.insert(QLatin1String("role"), role);
    return o;
}

QJsonObject MastodonFake::statusJson(const QString &id) const
{
    const auto found = m_statuses.constFind(id);
    if (found == m_statuses.constEnd())
        return {};
    const Status &s = *found;
    const Account &author = *m_accounts.constFind(s.accountId);
    const bool remote = author.acct.contains(u'@');
    const QString host = remote ? QStringLiteral("https://") + author.acct.section(u'@', 1) : baseUrl();
    auto nullable = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    QJsonObject o;
    o.insert(QLatin1String("id"), s.id);
    o.insert(QLatin1String("created_at"), isoTime(s.createdAt));
    o.insert(QLatin1String("in_reply_to_id"), nullable(s.inReplyToId));
    o.insert(QLatin1String("in_reply_to_account_id"), nullable(s.inReplyToAccountId));
    o.insert(QLatin1String("sensitive"), !s.spoilerText.isEmpty());
    o.insert(QLatin1String("spoiler_text"), s.spoilerText);
    o.insert(QLatin1String("visibility"), s.visibility);
    o.insert(QLatin1String("language"), QStringLiteral("nb"));
    o.insert(QLatin1String("uri"),
             QString(host + QStringLiteral("/users/%1/statuses/%2").arg(author.username, s.id)));
    o.insert(QLatin1String("url"), QString(host + QStringLiteral("/@%1/%2").arg(author.username, s.id)));
    o.insert(QLatin1String("replies_count"), int(m_children.value(s.id).size()));
    o.insert(QLatin1String("reblogs_count"), s.reblogs);
    o.insert(QLatin1String("favourites_count"), s.favourites);
    o.insert(QLatin1String("edited_at"), s.editedAt ? QJsonValue(isoTime(*s.editedAt)) : QJsonValue());
    o.insert(QLatin1String("favourited"), false);
    o.insert(QLatin1String("reblogged"), false);
    o.insert(QLatin1String("muted"), false);
    o.insert(QLatin1String("bookmarked"), false);
    o.insert(QLatin1String("content"), s.content);
    o.insert(QLatin1String("filtered"), QJsonArray());
    o.insert(QLatin1String("reblog"), QJsonValue());
    if (s.fromClient) {
        QJsonObject app;
        app.insert(QLatin1String("name"), QStringLiteral("Torget"));
        app.insert(QLatin1String("website"), QJsonValue());
        o.insert(QLatin1String("application"), app);
    }
    o.insert(QLatin1String("account"), accountJson(s.accountId));
    o.insert(QLatin1String("media_attachments"), QJsonArray());
    QJsonArray mentions;
    for (const QString &mentioned : s.mentionIds) {
        const auto account = m_accounts.constFind(mentioned);
        if (account == m_accounts.constEnd())
            continue;
        QJsonObject m;
        m.insert(QLatin1String("id"), account->id);
        m.insert(QLatin1String("username"), account->username);
        m.insert(QLatin1String("acct"), account->acct);
        m.insert(QLatin1String("url"), accountJson(account->id).value(QLatin1String("url")));
        mentions.append(m);
    }
    o.insert(QLatin1String("mentions"), mentions);
    QJsonArray tags;
    for (const QString &tag : s.tags) {
        QJsonObject t;
        t.insert(QLatin1String("name"), tag);
        t.insert(QLatin1String("url"), QString(baseUrl() + QStringLiteral("/tags/") +
                                               QString::fromLatin1(QUrl::toPercentEncoding(tag))));
        tags.append(t);
    }
    o.insert(QLatin1String("tags"), tags);
    o.insert(QLatin1String("emojis"), QJsonArray());
    o.insert(QLatin1String("card"), QJsonValue());
    o.insert(QLatin1String("poll"), QJsonValue());
    return o;
}

QJsonObject MastodonFake::notificationJson(const Notification &n) const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), n.id);
    o.insert(QLatin1String("type"), n.type);
    o.insert(QLatin1String("created_at"), isoTime(n.createdAt));
    o.insert(QLatin1String("group_key"), QString(QStringLiteral("ungrouped-") + n.id));
    o.insert(QLatin1String("account"), accountJson(n.accountId));
    o.insert(QLatin1String("status"),
             m_statuses.contains(n.statusId) ? QJsonValue(statusJson(n.statusId)) : QJsonValue());
    return o;
}

QJsonObject MastodonFake::conversationJson(const Conversation &c) const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), c.id);
    QJsonArray accounts;
    for (const QString &id : c.accountIds)
        accounts.append(accountJson(id));
    o.insert(QLatin1String("accounts"), accounts);
    const bool known = m_statuses.contains(c.lastStatusId);
    o.insert(QLatin1String("unread"), known && m_statuses.constFind(c.lastStatusId)->accountId != ownId());
    o.insert(QLatin1String("last_status"), known ? QJsonValue(statusJson(c.lastStatusId)) : QJsonValue());
    return o;
}

} // namespace Torget
