#include "jsonl.h"

#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/messagerepository.h"
#include "util/timeformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Torget::Jsonl {

namespace {

QJsonValue optional(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(qint64 ms)
{
    return TimeFormat::isoWithOffsetMs(ms);
}

QJsonValue optionalTime(const std::optional<qint64> &ms)
{
    return ms ? time(*ms) : QJsonValue(QJsonValue::Null);
}

class Writer
{
public:
    explicit Writer(QIODevice &out)
        : m_out(out)
    {}

    Status line(const QJsonObject &object)
    {
        const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        if (m_out.write(bytes) != bytes.size())
            return Error{
                QCoreApplication::translate("Torget::Jsonl", "Writing failed: %1").arg(m_out.errorString())};
        ++m_lines;
        return {};
    }
    qint64 lines() const { return m_lines; }

private:
    QIODevice &m_out;
    qint64 m_lines = 0;
};

} // namespace

Result<Counts> write(Database &db, QIODevice &out)
{
    Writer w(out);
    Counts counts;
    Status status = w.line(
        {{QStringLiteral("type"), QStringLiteral("torget")}, {QStringLiteral("version"), formatVersion}});
    if (!status)
        return Error{status.error()};

    AccountRepository accounts(db);
    auto accountList = accounts.list();
    if (!accountList)
        return Error{accountList.error()};
    for (const Account &a : *accountList) {
        if (status = w.line({{QStringLiteral("type"), QStringLiteral("account")},
                             {QStringLiteral("id"), a.id},
                             {QStringLiteral("channel"), key(a.channel)},
                             {QStringLiteral("name"), a.name},
                             {QStringLiteral("base_url"), a.baseUrl},
                             {QStringLiteral("external_id"), a.externalId},
                             {QStringLiteral("state"), a.state},
                             {QStringLiteral("created_at"), time(a.createdAt)}});
            !status)
            return Error{status.error()};
        ++counts.accounts;
    }
    auto agentList = accounts.agents();
    if (!agentList)
        return Error{agentList.error()};
    for (const Agent &a : *agentList) {
        if (status = w.line({{QStringLiteral("type"), QStringLiteral("agent")},
                             {QStringLiteral("id"), a.id},
                             {QStringLiteral("name"), a.name},
                             {QStringLiteral("email"), a.email},
                             {QStringLiteral("active"), a.active}});
            !status)
            return Error{status.error()};
        ++counts.agents;
    }
    status = CitizenRepository(db).forEach([&](const Citizen &c) -> Status {
        ++counts.citizens;
        return w.line({{QStringLiteral("type"), QStringLiteral("citizen")},
                       {QStringLiteral("id"), c.id},
                       {QStringLiteral("account"), c.accountId},
                       {QStringLiteral("external_id"), c.externalId},
                       {QStringLiteral("display_name"), c.displayName},
                       {QStringLiteral("handle"), c.handle},
                       {QStringLiteral("merged_into"), optional(c.mergedInto)},
                       {QStringLiteral("created_at"), time(c.createdAt)}});
    });
    if (!status)
        return Error{status.error()};
    status = PostRepository(db).forEach([&](const Post &p) -> Status {
        ++counts.posts;
        return w.line({{QStringLiteral("type"), QStringLiteral("post")},
                       {QStringLiteral("id"), p.id},
                       {QStringLiteral("account"), p.accountId},
                       {QStringLiteral("external_id"), p.externalId},
                       {QStringLiteral("text"), p.text},
                       {QStringLiteral("url"), p.url},
                       {QStringLiteral("created_at"), time(p.createdAt)},
                       {QStringLiteral("likes"), p.likes},
                       {QStringLiteral("shares"), p.shares},
                       {QStringLiteral("comments"), p.comments}});
    });
    if (!status)
        return Error{status.error()};
    status = ConversationRepository(db).forEach([&](const Conversation &c) -> Status {
        ++counts.conversations;
        return w.line({{QStringLiteral("type"), QStringLiteral("conversation")},
                       {QStringLiteral("id"), c.id},
                       {QStringLiteral("account"), c.accountId},
                       {QStringLiteral("external_id"), c.externalId},
                       {QStringLiteral("kind"), key(c.kind)},
                       {QStringLiteral("citizen"), c.citizenId ? QJsonValue(c.citizenId) : QJsonValue()},
                       {QStringLiteral("post"), optional(c.postId)},
                       {QStringLiteral("subject"), c.subject},
                       {QStringLiteral("status"), key(c.status)},
                       {QStringLiteral("priority"), static_cast<int>(c.priority)},
                       {QStringLiteral("assignee"), optional(c.assigneeId)},
                       {QStringLiteral("snoozed_until"), optionalTime(c.snoozedUntil)},
                       {QStringLiteral("created_at"), time(c.createdAt)},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)}});
    });
    if (!status)
        return Error{status.error()};
    status = MessageRepository(db).forEach([&](const Message &m) -> Status {
        ++counts.messages;
        return w.line({{QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("id"), m.id},
                       {QStringLiteral("conversation"), m.conversationId},
                       {QStringLiteral("external_id"), m.externalId},
                       {QStringLiteral("direction"), key(m.direction)},
                       {QStringLiteral("citizen"), optional(m.citizenId)},
                       {QStringLiteral("agent"), optional(m.agentId)},
                       {QStringLiteral("author"), m.authorName},
                       {QStringLiteral("text"), m.bodyText},
                       {QStringLiteral("original"), m.bodyOriginal},
                       {QStringLiteral("format"), m.bodyFormat},
                       {QStringLiteral("created_at"), time(m.createdAt)},
                       {QStringLiteral("edited_at"), optionalTime(m.editedAt)},
                       {QStringLiteral("reply_to"), optional(m.replyToId)},
                       {QStringLiteral("automatic"), m.automatic}});
    });
    if (!status)
        return Error{status.error()};
    HistoryRepository history(db);
    status = history.forEachNote([&](const Note &n) -> Status {
        ++counts.notes;
        return w.line({{QStringLiteral("type"), QStringLiteral("note")},
                       {QStringLiteral("id"), n.id},
                       {QStringLiteral("conversation"), n.conversationId},
                       {QStringLiteral("agent"), optional(n.agentId)},
                       {QStringLiteral("text"), n.text},
                       {QStringLiteral("created_at"), time(n.createdAt)}});
    });
    if (!status)
        return Error{status.error()};
    status = history.forEachEvent([&](const ConversationEvent &e) -> Status {
        ++counts.events;
        return w.line({{QStringLiteral("type"), QStringLiteral("event")},
                       {QStringLiteral("id"), e.id},
                       {QStringLiteral("conversation"), e.conversationId},
                       {QStringLiteral("kind"), key(e.kind)},
                       {QStringLiteral("old"), e.oldValue},
                       {QStringLiteral("new"), e.newValue},
                       {QStringLiteral("agent"), optional(e.agentId)},
                       {QStringLiteral("at"), time(e.at)}});
    });
    if (!status)
        return Error{status.error()};
    status = history.forEachAudit([&](const AuditEntry &a) -> Status {
        ++counts.audit;
        return w.line({{QStringLiteral("type"), QStringLiteral("audit")},
                       {QStringLiteral("id"), a.id},
                       {QStringLiteral("at"), time(a.at)},
                       {QStringLiteral("agent"), optional(a.agentId)},
                       {QStringLiteral("action"), a.action},
                       {QStringLiteral("object_type"), a.objectType},
                       {QStringLiteral("object_id"), optional(a.objectId)},
                       {QStringLiteral("detail"), a.detail}});
    });
    if (!status)
        return Error{status.error()};
    counts.lines = w.lines();
    return counts;
}

Result<Counts> exportToFile(Database &db, const QString &path)
{
    // QSaveFile: a failed or interrupted export never leaves a half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("Torget::Jsonl", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    auto counts = write(db, file);
    if (!counts)
        return counts;
    if (!file.commit())
        return Error{QCoreApplication::translate("Torget::Jsonl", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return counts;
}

} // namespace Torget::Jsonl
