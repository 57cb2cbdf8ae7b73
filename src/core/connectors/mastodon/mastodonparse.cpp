#include "mastodonparse.h"

#include "text/htmltext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace Torget::MastodonParse {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Torget::MastodonConnector", text);
}

QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

// The server's own words from {"error","error_description"?}, or "" when the body is not that.
QString serverText(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    const QString error = o.value(QLatin1String("error")).toString().simplified();
    const QString description = o.value(QLatin1String("error_description")).toString().simplified();
    if (description.isEmpty() || description == error)
        return error.left(500);
    if (error.isEmpty())
        return description.left(500);
    return QString(error + QStringLiteral(": ") + description).left(500);
}

QString bodyText(const QJsonObject &status)
{
    const QString body = HtmlText::toPlainText(str(status, QLatin1String("content")));
    const QString spoiler = str(status, QLatin1String("spoiler_text")).trimmed();
    QStringList parts;
    if (!spoiler.isEmpty())
        parts << spoiler;
    if (!body.isEmpty())
        parts << body;
    // A picture of the pothole is part of the question: say it is there and where to see it.
    const QJsonArray media = status.value(QLatin1String("media_attachments")).toArray();
    for (const QJsonValue &value : media) {
        const QJsonObject m = value.toObject();
        QString url = str(m, QLatin1String("remote_url"));
        if (url.isEmpty())
            url = str(m, QLatin1String("url"));
        const QString description = str(m, QLatin1String("description")).simplified();
        parts << (description.isEmpty() ? translate("Attachment: %1").arg(url)
                                        : translate("Attachment: %1 (%2)").arg(url, description));
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

bool idLess(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

QString newerId(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return idLess(a, b) ? b : a;
}

std::optional<qint64> parseTime(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const QRegularExpressionMatch m = iso.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    qint64 ms = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    // Only milliseconds matter; "000000" (Mastodon's microseconds) and "1" (tenths) both parse.
    const QString fraction = QString(m.captured(7) + QStringLiteral("000")).left(3);
    ms += fraction.toInt();
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
        const qint64 offset = (hours * 60LL + minutes) * 60 * 1000;
        ms += zone.startsWith(u'+') ? -offset : offset;
    }
    return ms;
}

std::optional<qint64> parseReset(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const auto iso = parseTime(text))
        return iso;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok && seconds > 0)
        return qint64(seconds * 1000.0);
    QString rfc = text; // Retry-After style HTTP date; Qt wants a numeric zone for GMT
    if (rfc.endsWith(QLatin1String(" GMT")))
        rfc = rfc.chopped(4) + QStringLiteral(" +0000");
    const QDateTime httpDate = QDateTime::fromString(rfc, Qt::RFC2822Date);
    if (httpDate.isValid())
        return httpDate.toMSecsSinceEpoch();
    return std::nullopt;
}

RateLimit rateLimit(const HttpResponse &response)
{
    RateLimit limit;
    bool ok = false;
    const int remaining = response.header("X-RateLimit-Remaining").trimmed().toInt(&ok);
    if (ok)
        limit.remaining = remaining;
    limit.resetAt = parseReset(response.header("X-RateLimit-Reset"));
    return limit;
}

RemoteAuthor author(const QJsonObject &account)
{
    RemoteAuthor a;
    a.externalId = str(account, QLatin1String("id"));
    a.name = str(account, QLatin1String("display_name")).trimmed();
    if (a.name.isEmpty())
        a.name = str(account, QLatin1String("username"));
    a.handle = str(account, QLatin1String("acct"));
    return a;
}

AccountIdentity identity(const QJsonObject &account)
{
    const RemoteAuthor a = author(account);
    return AccountIdentity{a.externalId, a.name, a.handle};
}

bool isVisibility(const QString &value)
{
    return value == QLatin1String("public") || value == QLatin1String("unlisted") ||
           value == QLatin1String("private") || value == QLatin1String("direct");
}

QString writeReplyMeta(const ReplyMeta &meta)
{
    QJsonObject o;
    o.insert(QLatin1String("visibility"), meta.visibility);
    o.insert(QLatin1String("acct"), meta.acct);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ReplyMeta readReplyMeta(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    return ReplyMeta{str(o, QLatin1String("visibility")), str(o, QLatin1String("acct"))};
}

RemoteMessage message(const QJsonObject &status, const QString &ownId, ConversationKind kind,
                      const QString &conversationId)
{
    const QJsonObject account = status.value(QLatin1String("account")).toObject();
    RemoteMessage m;
    m.externalId = str(status, QLatin1String("id"));
    m.conversationExternalId = conversationId;
    m.kind = kind;
    m.author = author(account);
    m.fromAccount = !ownId.isEmpty() && m.author.externalId == ownId;
    m.text = bodyText(status);
    m.original = str(status, QLatin1String("content"));
    m.format = QStringLiteral("html");
    m.createdAt = parseTime(str(status, QLatin1String("created_at"))).value_or(0);
    m.editedAt = parseTime(str(status, QLatin1String("edited_at")));
    m.inReplyToExternalId = str(status, QLatin1String("in_reply_to_id"));
    m.subject = str(status, QLatin1String("spoiler_text")).trimmed();
    m.replyMeta = writeReplyMeta({str(status, QLatin1String("visibility")), m.author.handle});
    return m;
}

RemotePost post(const QJsonObject &status)
{
    RemotePost p;
    p.externalId = str(status, QLatin1String("id"));
    p.text = bodyText(status);
    p.url = str(status, QLatin1String("url"));
    if (p.url.isEmpty())
        p.url = str(status, QLatin1String("uri"));
    p.createdAt = parseTime(str(status, QLatin1String("created_at"))).value_or(0);
    p.likes = status.value(QLatin1String("favourites_count")).toInt();
    p.shares = status.value(QLatin1String("reblogs_count")).toInt();
    p.comments = status.value(QLatin1String("replies_count")).toInt();
    return p;
}

bool addressedTo(const QJsonObject &status, const QString &ownId)
{
    if (ownId.isEmpty())
        return false;
    if (str(status, QLatin1String("in_reply_to_account_id")) == ownId)
        return true;
    const QJsonArray mentions = status.value(QLatin1String("mentions")).toArray();
    for (const QJsonValue &mention : mentions) {
        if (mention.toObject().value(QLatin1String("id")).toString() == ownId)
            return true;
    }
    return false;
}

QString withMention(const QString &text, const QString &acct)
{
    QString handle = acct.trimmed();
    while (handle.startsWith(u'@'))
        handle.remove(0, 1);
    if (handle.isEmpty())
        return text;
    const QString wanted = u'@' + handle;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (QString token : text.split(space, Qt::SkipEmptyParts)) {
        while (!token.isEmpty() && QStringLiteral(".,:;!?)]}\"'").contains(token.back()))
            token.chop(1);
        if (token.compare(wanted, Qt::CaseInsensitive) == 0)
            return text;
    }
    return wanted + u' ' + text.trimmed();
}

QString comparableText(const QString &plainText)
{
    static const QRegularExpression remoteMention(QStringLiteral(R"(@([\w.-]+)@[\w.-]*\w)"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString s = plainText;
    s.replace(remoteMention, QStringLiteral("@\\1"));
    QStringList tokens = s.split(space, Qt::SkipEmptyParts);
    while (!tokens.isEmpty() && tokens.front().startsWith(u'@'))
        tokens.removeFirst();
    return tokens.join(u' ');
}

Fault fault(const HttpResponse &response, const QUrl &url, const QString &accountName, bool replyTarget)
{
    const int status = response.status;
    const QString host = url.host();
    const QString who = accountName.isEmpty() ? host : accountName;
    const QString said = serverText(response.body);
    Fault f;
    f.detail = said.isEmpty() ? QStringLiteral("HTTP %1 %2").arg(status).arg(url.path())
                              : QStringLiteral("HTTP %1 %2: %3").arg(status).arg(url.path(), said);
    if (status == 401) {
        f.kind = FaultKind::SignInRequired;
        f.message =
            translate("Sign in to %1 again: the server no longer accepts Torget's access token.").arg(who);
    } else if (status == 403) {
        f.kind = FaultKind::Permission;
        f.message = translate("%1 does not allow Torget to do this; sign in again and grant the requested "
                              "permissions.")
                        .arg(host);
    } else if ((status == 404 || status == 410) && replyTarget) {
        f.kind = FaultKind::Rejected;
        f.message = translate("The message you are replying to was deleted.");
    } else if (status == 404 || status == 410) {
        f.kind = FaultKind::Rejected;
        f.message = translate("%1 does not know %2. Is the address a Mastodon server?").arg(host, url.path());
    } else if (status == 422) {
        f.kind = FaultKind::Rejected;
        f.message = said.isEmpty() ? translate("%1 refused the request.").arg(host)
                                   : translate("%1 refused the request: %2").arg(host, said);
    } else if (status == 429) {
        f.kind = FaultKind::RateLimited;
        f.message =
            translate("%1 asks Torget to slow down; it tries again when the server allows it.").arg(host);
        f.retryAt = rateLimit(response).resetAt;
    } else if (status >= 500) {
        f.kind = FaultKind::Server;
        f.message = translate("%1 has a server error (HTTP %2).").arg(host).arg(status);
    } else {
        f.kind = FaultKind::Rejected;
        f.message = said.isEmpty()
                        ? translate("%1 refused the request (HTTP %2).").arg(host).arg(status)
                        : translate("%1 refused the request (HTTP %2): %3").arg(host).arg(status).arg(said);
    }
    return f;
}

Fault blockedFault(const QUrl &base, qint64 until)
{
    Fault f;
    f.kind = FaultKind::RateLimited;
    f.message =
        translate("Waiting for the rate limit of %1; nothing is sent until it resets.").arg(base.host());
    f.detail = QStringLiteral("blocked by X-RateLimit until %1")
                   .arg(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC).toString(Qt::ISODateWithMs));
    f.retryAt = until;
    return f;
}

Fault shapeFault(const QUrl &url, const QString &what)
{
    Fault f;
    f.kind = FaultKind::BadResponse;
    f.message = translate("%1 sent an answer Torget does not understand.").arg(url.host());
    f.detail = QStringLiteral("%1: %2").arg(url.path(), what);
    return f;
}

Cursor readCursor(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    Cursor c;
    c.watermark = str(o, QLatin1String("w"));
    c.top = str(o, QLatin1String("top"));
    c.nextQuery = str(o, QLatin1String("q"));
    c.pages = o.value(QLatin1String("n")).toInt();
    c.historyDone = o.value(QLatin1String("h")).toBool();
    return c;
}

QString writeCursor(const Cursor &c)
{
    QJsonObject o;
    if (!c.watermark.isEmpty())
        o.insert(QLatin1String("w"), c.watermark);
    if (!c.top.isEmpty())
        o.insert(QLatin1String("top"), c.top);
    if (!c.nextQuery.isEmpty())
        o.insert(QLatin1String("q"), c.nextQuery);
    if (c.pages > 0)
        o.insert(QLatin1String("n"), c.pages);
    if (c.historyDone)
        o.insert(QLatin1String("h"), true);
    if (o.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace Torget::MastodonParse
