#include "historyrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace Torget {

namespace {

Note noteFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), SqlValues::toOptionalId(q.value(2)),
            q.value(3).toString(), q.value(4).toLongLong()};
}

ConversationEvent eventFrom(const QSqlQuery &q)
{
    ConversationEvent e;
    e.id = q.value(0).toLongLong();
    e.conversationId = q.value(1).toLongLong();
    e.kind = eventKindFromKey(q.value(2).toString()).value_or(EventKind::StatusChange);
    e.oldValue = q.value(3).toString();
    e.newValue = q.value(4).toString();
    e.agentId = SqlValues::toOptionalId(q.value(5));
    e.at = q.value(6).toLongLong();
    return e;
}

const auto noteSelect = QStringLiteral("SELECT id, conversation_id, agent_id, text, created_at FROM notes");
const auto eventSelect = QStringLiteral(
    "SELECT id, conversation_id, kind, old_value, new_value, agent_id, at FROM conversation_events");

template <typename T, typename From>
Status each(Database &db, const QString &sql, From from, const std::function<Status(const T &)> &fn)
{
    auto q = db.query(sql);
    if (!q)
        return Error{q.error()};
    while (q->next()) {
        if (auto done = fn(from(*q)); !done)
            return done;
    }
    return {};
}

} // namespace

Result<qint64> HistoryRepository::addNote(const Note &n)
{
    return m_db.returningId(QStringLiteral("INSERT INTO notes(conversation_id, agent_id, text, created_at) "
                                           "VALUES(:c, :a, :t, :at) RETURNING id"),
                            {{":c", n.conversationId},
                             {":a", SqlValues::optionalId(n.agentId)},
                             {":t", n.text},
                             {":at", n.createdAt}});
}

Result<std::vector<Note>> HistoryRepository::notes(qint64 conversationId)
{
    auto q = m_db.query(noteSelect + QStringLiteral(" WHERE conversation_id = :c ORDER BY created_at, id"),
                        {{":c", conversationId}});
    if (!q)
        return Error{q.error()};
    std::vector<Note> result;
    while (q->next())
        result.push_back(noteFrom(*q));
    return result;
}

Result<qint64> HistoryRepository::addEvent(const ConversationEvent &e)
{
    return m_db.returningId(
        QStringLiteral("INSERT INTO conversation_events(conversation_id, kind, old_value, "
                       "new_value, agent_id, at) VALUES(:c, :k, :o, :n, :a, :at) RETURNING id"),
        {{":c", e.conversationId},
         {":k", key(e.kind)},
         {":o", e.oldValue},
         {":n", e.newValue},
         {":a", SqlValues::optionalId(e.agentId)},
         {":at", e.at}});
}

Result<std::vector<ConversationEvent>> HistoryRepository::events(qint64 conversationId)
{
    auto q = m_db.query(eventSelect + QStringLiteral(" WHERE conversation_id = :c ORDER BY at, id"),
                        {{":c", conversationId}});
    if (!q)
        return Error{q.error()};
    std::vector<ConversationEvent> result;
    while (q->next())
        result.push_back(eventFrom(*q));
    return result;
}

Result<qint64> HistoryRepository::audit(const AuditEntry &a)
{
    return m_db.returningId(
        QStringLiteral("INSERT INTO audit_log(at, agent_id, action, object_type, object_id, "
                       "detail) VALUES(:at, :a, :action, :type, :obj, :detail) RETURNING id"),
        {{":at", a.at},
         {":a", SqlValues::optionalId(a.agentId)},
         {":action", a.action},
         {":type", a.objectType},
         {":obj", SqlValues::optionalId(a.objectId)},
         {":detail", a.detail}});
}

Result<bool> HistoryRepository::auditIfMissing(const AuditEntry &a)
{
    auto q = m_db.query(
        QStringLiteral(
            "SELECT 1 FROM audit_log WHERE at = :at AND action = :action AND "
            "object_type = :type AND COALESCE(object_id, -1) = COALESCE(:obj, -1) AND detail = :detail"),
        {{":at", a.at},
         {":action", a.action},
         {":type", a.objectType},
         {":obj", SqlValues::optionalId(a.objectId)},
         {":detail", a.detail}});
    if (!q)
        return Error{q.error()};
    if (q->next())
        return false;
    auto added = audit(a);
    if (!added)
        return Error{added.error()};
    return true;
}

Status HistoryRepository::forEachNote(const std::function<Status(const Note &)> &fn)
{
    return each<Note>(m_db, noteSelect + QStringLiteral(" ORDER BY id"), noteFrom, fn);
}

Status HistoryRepository::forEachEvent(const std::function<Status(const ConversationEvent &)> &fn)
{
    return each<ConversationEvent>(m_db, eventSelect + QStringLiteral(" ORDER BY id"), eventFrom, fn);
}

Status HistoryRepository::forEachAudit(const std::function<Status(const AuditEntry &)> &fn)
{
    const auto from = [](const QSqlQuery &q) {
        AuditEntry a;
        a.id = q.value(0).toLongLong();
        a.at = q.value(1).toLongLong();
        a.agentId = SqlValues::toOptionalId(q.value(2));
        a.action = q.value(3).toString();
        a.objectType = q.value(4).toString();
        a.objectId = SqlValues::toOptionalId(q.value(5));
        a.detail = q.value(6).toString();
        return a;
    };
    return each<AuditEntry>(
        m_db,
        QStringLiteral(
            "SELECT id, at, agent_id, action, object_type, object_id, detail FROM audit_log ORDER BY id"),
        from, fn);
}

} // namespace Torget
