#include "graphparse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrl>

namespace Torget::Graph {

qint64 parseTime(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble()) * 1000;
    const QString text = value.toString();
    if (text.isEmpty())
        return 0;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds * 1000;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QString cleanText(const QString &text)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), kMaxTextLength));
    for (qsizetype i = 0; i < text.size() && out.size() < kMaxTextLength; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                if (out.size() + 2 > kMaxTextLength)
                    break;
                out += c;
                out += text.at(++i);
            }
            continue; // a lone high surrogate is dropped
        }
        if (c.isLowSurrogate())
            continue;
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f)
            continue;
        out += c;
    }
    return out;
}

QString firstLine(const QString &text, int max)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > max) {
        line.truncate(max - 1);
        if (!line.isEmpty() && line.back().isHighSurrogate())
            line.chop(1);
        line += QChar(0x2026);
    }
    return line;
}

QString nextPaging(const QJsonObject &page)
{
    const QString next =
        page.value(QLatin1String("paging")).toObject().value(QLatin1String("next")).toString();
    if (next.isEmpty())
        return {};
    const QUrl url(next, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    static const QStringList pagingKeys = {QStringLiteral("after"), QStringLiteral("until"),
                                           QStringLiteral("since"), QStringLiteral("__paging_token"),
                                           QStringLiteral("offset")};
    QStringList kept;
    const QStringList items = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString key = QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 0, 0).toLatin1());
        if (pagingKeys.contains(key))
            kept << item;
    }
    return kept.join(QLatin1Char('&'));
}

RemoteAuthor author(const QJsonObject &from)
{
    RemoteAuthor a;
    a.externalId = from.value(QLatin1String("id")).toString();
    a.name = cleanText(from.value(QLatin1String("name")).toString()).left(200);
    return a;
}

std::optional<RemoteMessage> directMessage(const QJsonObject &message, const QString &conversationId,
                                           const QString &pageId)
{
    RemoteMessage m;
    m.externalId = message.value(QLatin1String("id")).toString();
    m.createdAt = parseTime(message.value(QLatin1String("created_time")));
    if (m.externalId.isEmpty() || m.createdAt == 0)
        return std::nullopt;
    m.conversationExternalId = conversationId;
    m.kind = ConversationKind::DirectMessage;
    m.author = author(message.value(QLatin1String("from")).toObject());
    m.fromAccount = !pageId.isEmpty() && m.author.externalId == pageId;
    m.text = cleanText(message.value(QLatin1String("message")).toString());
    // A sticker, picture or file has no text, but the citizen still waits for an answer.
    if (m.text.trimmed().isEmpty())
        m.text = QCoreApplication::translate("Torget::FacebookConnector",
                                             "(A message without text, such as a picture or a sticker: "
                                             "open it in Facebook to see it.)");
    return m;
}

int summaryCount(const QJsonValue &edge)
{
    return edge.toObject()
        .value(QLatin1String("summary"))
        .toObject()
        .value(QLatin1String("total_count"))
        .toInt();
}

RemotePost post(const QJsonObject &object)
{
    RemotePost p;
    p.externalId = object.value(QLatin1String("id")).toString();
    p.text = cleanText(object.value(QLatin1String("message")).toString());
    p.url = object.value(QLatin1String("permalink_url")).toString();
    p.createdAt = parseTime(object.value(QLatin1String("created_time")));
    // Reactions are what Facebook shows as likes today; plain likes only when reactions are absent.
    p.likes = object.contains(QLatin1String("reactions"))
                  ? summaryCount(object.value(QLatin1String("reactions")))
                  : summaryCount(object.value(QLatin1String("likes")));
    // Graph leaves "shares" out altogether when a post has none.
    p.shares = object.value(QLatin1String("shares")).toObject().value(QLatin1String("count")).toInt();
    p.comments = summaryCount(object.value(QLatin1String("comments")));
    return p;
}

std::vector<RemoteMessage> comments(const std::vector<QJsonObject> &items, const QString &postId,
                                    const QString &pageId, const QString &subject)
{
    QHash<QString, QString> parentOf;
    for (const QJsonObject &item : items) {
        const QString id = item.value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            parentOf.insert(
                id, item.value(QLatin1String("parent")).toObject().value(QLatin1String("id")).toString());
    }
    // Facebook shows two levels, but the API does not promise it: walk up to the top-level comment.
    auto rootOf = [&parentOf](QString id) {
        for (int depth = 0; depth < 64; ++depth) {
            const auto it = parentOf.constFind(id);
            if (it == parentOf.constEnd() || it->isEmpty() || *it == id)
                return id;
            id = *it;
        }
        return id;
    };

    std::vector<RemoteMessage> out;
    out.reserve(items.size());
    for (const QJsonObject &item : items) {
        RemoteMessage m;
        m.externalId = item.value(QLatin1String("id")).toString();
        m.createdAt = parseTime(item.value(QLatin1String("created_time")));
        // Without an id (a token that cannot moderate, Graph v11+) a comment can be neither stored
        // idempotently nor answered.
        if (m.externalId.isEmpty() || m.createdAt == 0)
            continue;
        m.inReplyToExternalId = parentOf.value(m.externalId);
        m.conversationExternalId = rootOf(m.externalId);
        m.kind = ConversationKind::Comment;
        m.author = author(item.value(QLatin1String("from")).toObject());
        m.fromAccount = !pageId.isEmpty() && m.author.externalId == pageId;
        m.text = cleanText(item.value(QLatin1String("message")).toString());
        if (m.text.trimmed().isEmpty())
            m.text = QCoreApplication::translate("Torget::FacebookConnector",
                                                 "(A comment without text, such as a picture or a sticker: "
                                                 "open it in Facebook to see it.)");
        m.postExternalId = postId;
        m.subject = subject;
        out.push_back(std::move(m));
    }
    return out;
}

QString SweepCursor::toJson() const
{
    QJsonObject o{{QStringLiteral("v"), 1}, {QStringLiteral("since"), double(since)}};
    if (top > 0)
        o.insert(QStringLiteral("top"), double(top));
    if (!next.isEmpty())
        o.insert(QStringLiteral("next"), next);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SweepCursor SweepCursor::fromJson(const QString &text)
{
    SweepCursor c;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.value(QLatin1String("v")).toInt() != 1)
        return c;
    c.since = qint64(o.value(QLatin1String("since")).toDouble());
    c.top = qint64(o.value(QLatin1String("top")).toDouble());
    c.next = o.value(QLatin1String("next")).toString();
    return c;
}

SweepCursor SweepCursor::finished() const
{
    SweepCursor c;
    c.since = std::max(since, top);
    return c;
}

} // namespace Torget::Graph
