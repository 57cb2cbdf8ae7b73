// FacebookConnector: replies (Send API, comment replies) and finding a reply that already went out.
#include "facebookconnector.h"

#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Torget {

namespace {

// Facebook may turn CR LF into LF and trims the ends; compare what the citizen sees.
QString normalised(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text.trimmed();
}

} // namespace

void FacebookConnector::send(const OutgoingReply &reply, std::function<void(Outcome<SentReply>)> done)
{
    if (reply.text.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(Fault{FaultKind::Rejected,
                       tr("An empty answer cannot be sent."),
                       QStringLiteral("empty text"),
                       {}});
        });
        return;
    }
    switch (reply.kind) {
    case ConversationKind::DirectMessage:
        sendMessage(reply, std::move(done));
        return;
    case ConversationKind::Comment:
        sendComment(reply, std::move(done));
        return;
    case ConversationKind::Mention:
    case ConversationKind::Email:
        break;
    }
    QTimer::singleShot(0, this, [done = std::move(done)] {
        done(Fault{FaultKind::Rejected,
                   tr("Facebook can only answer comments and Messenger messages."),
                   QStringLiteral("unsupported kind"),
                   {}});
    });
}

void FacebookConnector::sendMessage(const OutgoingReply &reply, std::function<void(Outcome<SentReply>)> done)
{
    auto refuse = [this, &done](Fault fault) {
        QTimer::singleShot(0, this, [done = std::move(done), fault = std::move(fault)] { done(fault); });
    };
    if (reply.citizenExternalId.isEmpty())
        return refuse(Fault{FaultKind::Rejected,
                            tr("The Messenger answer has no recipient."),
                            QStringLiteral("no PSID"),
                            {}});
    if (reply.text.size() > kMaxMessengerText)
        return refuse(Fault{FaultKind::Rejected,
                            tr("Messenger accepts at most %1 characters in one message; this answer has %2.")
                                .arg(kMaxMessengerText)
                                .arg(reply.text.size()),
                            QStringLiteral("text too long"),
                            {}});
    // The window is checked here too, so that a late answer fails with a clear reason and without
    // spending a call (and a Graph error on the page's record).
    const QString beyondWeek =
        tr("More than 7 days have passed since the citizen's last message, so it can no "
           "longer be answered in Messenger; use another channel.");
    if (reply.lastInboundAt > 0) {
        const qint64 age = nowMs() - reply.lastInboundAt;
        if (age > kHumanAgentWindowMs)
            return refuse(
                Fault{FaultKind::OutsideWindow, beyondWeek, QStringLiteral("older than 7 days"), {}});
        if (age > kStandardWindowMs && !reply.humanAgent)
            return refuse(
                Fault{FaultKind::OutsideWindow,
                      tr("More than 24 hours have passed since the citizen's last message, so Messenger "
                         "does not accept an ordinary answer. Within 7 days you can still send it as a "
                         "personal answer from a staff member (the HUMAN_AGENT option)."),
                      QStringLiteral("older than 24 hours"),
                      {}});
    }

    QJsonObject body{
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), reply.citizenExternalId}}},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), reply.text}}}};
    if (reply.humanAgent) {
        body.insert(QStringLiteral("messaging_type"), QStringLiteral("MESSAGE_TAG"));
        body.insert(QStringLiteral("tag"), QStringLiteral("HUMAN_AGENT"));
    } else {
        body.insert(QStringLiteral("messaging_type"), QStringLiteral("RESPONSE"));
    }
    post({m_pageId, QStringLiteral("messages")}, QJsonDocument(body).toJson(QJsonDocument::Compact),
         "application/json",
         [this, humanAgent = reply.humanAgent, beyondWeek,
          done = std::move(done)](Outcome<QJsonObject> result) {
             if (!result.ok()) {
                 Fault fault = result.fault();
                 // Graph's window error with the tag already used means the 7 days are over too.
                 if (fault.kind == FaultKind::OutsideWindow && humanAgent)
                     fault.message = beyondWeek;
                 done(fault);
                 return;
             }
             const QString id = result.value().value(QLatin1String("message_id")).toString();
             if (id.isEmpty()) {
                 done(Fault{FaultKind::BadResponse,
                            tr("Facebook accepted the message but did not say its id."),
                            QStringLiteral("no message_id"),
                            {}});
                 return;
             }
             done(SentReply{id, nowMs()});
         });
}

void FacebookConnector::sendComment(const OutgoingReply &reply, std::function<void(Outcome<SentReply>)> done)
{
    // Facebook threads are two levels deep: the answer goes under the thread's top-level comment,
    // which is the conversation's external id (and the comment itself when it is top-level).
    const QString target =
        reply.conversationExternalId.isEmpty() ? reply.targetExternalId : reply.conversationExternalId;
    Fault refused;
    if (target.isEmpty())
        refused = Fault{FaultKind::Rejected,
                        tr("The comment answer has no comment to answer."),
                        QStringLiteral("no target"),
                        {}};
    else if (reply.text.size() > kMaxCommentText)
        refused = Fault{FaultKind::Rejected,
                        tr("Facebook accepts at most %1 characters in a comment; this answer has %2.")
                            .arg(kMaxCommentText)
                            .arg(reply.text.size()),
                        QStringLiteral("text too long"),
                        {}};
    if (!refused.message.isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done), refused] { done(refused); });
        return;
    }
    // Percent-encoded by hand: '+' must not turn into a space on the way.
    const QByteArray body = "message=" + QUrl::toPercentEncoding(reply.text);
    post({target, QStringLiteral("comments")}, body, "application/x-www-form-urlencoded",
         [this, done = std::move(done)](Outcome<QJsonObject> result) {
             if (!result.ok()) {
                 done(result.fault());
                 return;
             }
             const QString id = result.value().value(QLatin1String("id")).toString();
             if (id.isEmpty()) {
                 done(Fault{FaultKind::BadResponse,
                            tr("Facebook accepted the comment but did not say its id."),
                            QStringLiteral("no comment id"),
                            {}});
                 return;
             }
             done(SentReply{id, nowMs()});
         });
}

void FacebookConnector::findSent(const OutgoingReply &reply, FindDone done)
{
    if (reply.kind == ConversationKind::DirectMessage && !reply.conversationExternalId.isEmpty()) {
        // Newest first: the search stops at messages older than the reply's queue time.
        findSentIn({reply.conversationExternalId, QStringLiteral("messages")},
                   {{QStringLiteral("fields"), QStringLiteral("id,message,from,created_time")},
                    {QStringLiteral("limit"), QStringLiteral("50")}},
                   {}, reply, 0, std::move(done));
        return;
    }
    const QString target =
        reply.conversationExternalId.isEmpty() ? reply.targetExternalId : reply.conversationExternalId;
    if (reply.kind == ConversationKind::Comment && !target.isEmpty()) {
        findSentIn({target, QStringLiteral("comments")},
                   {{QStringLiteral("fields"), QStringLiteral("id,message,created_time,from")},
                    {QStringLiteral("filter"), QStringLiteral("stream")},
                    {QStringLiteral("order"), QStringLiteral("reverse_chronological")},
                    {QStringLiteral("limit"), QStringLiteral("100")}},
                   {}, reply, 0, std::move(done));
        return;
    }
    QTimer::singleShot(0, this, [done = std::move(done)] {
        done(Fault{FaultKind::Rejected,
                   tr("Torget cannot tell where on Facebook this answer would be."),
                   QStringLiteral("no conversation for findSent"),
                   {}});
    });
}

void FacebookConnector::findSentIn(const QStringList &path, const QList<std::pair<QString, QString>> &params,
                                   const QString &paging, const OutgoingReply &reply, int pages,
                                   FindDone done)
{
    get(path, params, paging, [=, this, done = std::move(done)](Outcome<QJsonObject> result) mutable {
        if (!result.ok()) {
            done(result.fault());
            return;
        }
        const qint64 earliest = reply.queuedAt - kFindSentSkewMs;
        const QString wanted = normalised(reply.text);
        bool olderSeen = false;
        const QJsonArray items = result.value().value(QLatin1String("data")).toArray();
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const qint64 created = Graph::parseTime(item.value(QLatin1String("created_time")));
            if (created < earliest) {
                olderSeen = true;
                continue;
            }
            const QString from =
                item.value(QLatin1String("from")).toObject().value(QLatin1String("id")).toString();
            if (from != m_pageId || normalised(item.value(QLatin1String("message")).toString()) != wanted)
                continue;
            const QString id = item.value(QLatin1String("id")).toString();
            if (!id.isEmpty()) {
                done(std::optional<SentReply>(SentReply{id, created}));
                return;
            }
        }
        const QString next = Graph::nextPaging(result.value());
        // Both edges are read newest first, so an item older than the queue time ends the search.
        if (olderSeen || next.isEmpty() || next == paging || pages + 1 >= 20) {
            done(std::optional<SentReply>());
            return;
        }
        findSentIn(path, params, next, reply, pages + 1, std::move(done));
    });
}

} // namespace Torget
