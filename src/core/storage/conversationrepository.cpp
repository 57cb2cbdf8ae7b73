#include "conversationrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCollator>
#include <QCryptographicHash>
#include <QSqlQuery>

#include <QVariant>
#include <algorithm>

namespace Torget {

namespace {

const auto conversationSelect = QStringLiteral(
    "SELECT id, account_id, external_id, kind, citizen_id, post_id, subject, status, priority, assignee_id, "
    "snoozed_until, created_at, last_message_at, message_count FROM conversations");

Conversation conversationFrom(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.accountId = q.value(1).toLongLong();
    c.externalId = q.value(2).toString();
    c.kind = kindFromKey(q.value(3).toString()).value_or(ConversationKind::Comment);
    c.citizenId = q.value(4).toLongLong();
    c.postId = SqlValues::toOptionalId(q.value(5));
    c.subject = q.value(6).toString();
    c.status = statusFromKey(q.value(7).toString()).value_or(ConversationStatus::New);
    c.priority = static_cast<Priority>(q.value(8).toInt());
    c.assigneeId = SqlValues::toOptionalId(q.value(9));
    c.snoozedUntil = SqlValues::toOptionalId(q.value(10));
    c.createdAt = q.value(11).toLongLong();
    c.lastMessageAt = q.value(12).toLongLong();
    c.messageCount = q.value(13).toInt();
    return c;
}

// A stable id for a conversation made without one: the same conversation imported twice (from a
// file written by another tool) is recognised instead of duplicated.
QString localExternalId(const Conversation &c)
{
    const QString identity =
        QStringLiteral("%1|%2|%3|%4").arg(c.accountId).arg(key(c.kind)).arg(c.citizenId).arg(c.createdAt);
    return QStringLiteral("local-") +
           QString::fromLatin1(
               QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

// Tags in Norwegian alphabetical order (æ, ø, å last), ignoring case.
void sortTags(QStringList &tags)
{
    static const QCollator collator = [] {
        QCollator c(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    std::sort(tags.begin(), tags.end(), collator);
}

QString whereClause(const ConversationFilter &f)
{
    QStringList parts;
    if (f.status)
        parts << QStringLiteral("c.status = :status");
    if (f.assigneeId)
        parts << QStringLiteral("c.assignee_id = :assignee");
    // The citizen and everyone merged into the same person (merges point at the survivor): by the
    // indexes on conversations.citizen_id and citizens.merged_into. A condition on
    // COALESCE(ci.merged_into, ci.id) walked every conversation (3.6 s at a million, at every start).
    if (f.citizenId)
        parts << QStringLiteral(
            "c.citizen_id IN (SELECT COALESCE(merged_into, id) FROM citizens WHERE id = :citizen "
            "UNION ALL SELECT m.id FROM citizens m WHERE m.merged_into = "
            "(SELECT COALESCE(merged_into, id) FROM citizens WHERE id = :citizen2))");
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void bindFilter(QSqlQuery &q, const ConversationFilter &f)
{
    if (f.status)
        q.bindValue(QStringLiteral(":status"), key(*f.status));
    if (f.assigneeId)
        q.bindValue(QStringLiteral(":assignee"), *f.assigneeId);
    if (f.citizenId) {
        q.bindValue(QStringLiteral(":citizen"), *f.citizenId);
        q.bindValue(QStringLiteral(":citizen2"), *f.citizenId);
    }
}

} // namespace

Result<qint64> ConversationRepository::upsert(const Conversation &c)
{
    return m_db.returningId(
        QStringLiteral(
            "INSERT INTO conversations(account_id, external_id, kind, citizen_id, post_id, subject, status, "
            "priority, assignee_id, snoozed_until, created_at, last_message_at, message_count) "
            "VALUES(:acc, :ext, :kind, :citizen, :post, :subject, :status, :prio, :assignee, :snoozed, "
            ":created, :last, 0) "
            "ON CONFLICT(account_id, external_id) DO UPDATE SET external_id = excluded.external_id "
            "RETURNING id"),
        {{":acc", c.accountId},
         {":ext", c.externalId.isEmpty() ? localExternalId(c) : c.externalId},
         {":kind", key(c.kind)},
         {":citizen", c.citizenId ? QVariant(c.citizenId) : QVariant(QMetaType::fromType<qlonglong>())},
         {":post", SqlValues::optionalId(c.postId)},
         {":subject", c.subject},
         {":status", key(c.status)},
         {":prio", static_cast<int>(c.priority)},
         {":assignee", SqlValues::optionalId(c.assigneeId)},
         {":snoozed", SqlValues::optionalId(c.snoozedUntil)},
         {":created", c.createdAt},
         {":last", c.lastMessageAt ? c.lastMessageAt : c.createdAt}});
}

Result<std::optional<qint64>> ConversationRepository::findByExternalId(qint64 accountId,
                                                                       const QString &externalId)
{
    return m_db.maybeReturningId(
        QStringLiteral("SELECT id FROM conversations WHERE account_id = :acc AND external_id = :ext"),
        {{":acc", accountId}, {":ext", externalId}});
}

Result<std::optional<Conversation>> ConversationRepository::byId(qint64 id)
{
    auto q = m_db.query(conversationSelect + QStringLiteral(" WHERE id = :id"), {{":id", id}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<Conversation>();
    Conversation c = conversationFrom(*q);
    auto t = tags(id);
    if (!t)
        return Error{t.error()};
    c.tags = *t;
    return std::optional<Conversation>(c);
}

Result<std::vector<ConversationSummary>> ConversationRepository::list(const ConversationFilter &f)
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT ") + SqlValues::summaryColumns() +
        QStringLiteral(" FROM conversations c JOIN accounts a ON a.id = c.account_id "
                       "LEFT JOIN citizens ci ON ci.id = c.citizen_id "
                       "LEFT JOIN citizens mc ON mc.id = ci.merged_into "
                       "LEFT JOIN agents ag ON ag.id = c.assignee_id") +
        whereClause(f) +
        QStringLiteral(" ORDER BY c.last_message_at DESC, c.id DESC LIMIT :limit OFFSET :offset"));
    if (!q)
        return Error{q.error()};
    bindFilter(*q, f);
    q->bindValue(QStringLiteral(":limit"), f.limit);
    q->bindValue(QStringLiteral(":offset"), f.offset);
    if (auto ran = Database::run(*q); !ran)
        return Error{ran.error()};
    std::vector<ConversationSummary> rows;
    while (q->next())
        rows.push_back(SqlValues::summaryFrom(*q));
    return rows;
}

Result<std::vector<ConversationSummary>> ConversationRepository::forCitizen(qint64 citizenId, int limit)
{
    ConversationFilter f;
    f.citizenId = citizenId;
    f.limit = limit;
    return list(f);
}

Result<qint64> ConversationRepository::count(const ConversationFilter &f)
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT COUNT(*) FROM conversations c LEFT JOIN citizens ci ON ci.id = c.citizen_id") +
        whereClause(f));
    if (!q)
        return Error{q.error()};
    bindFilter(*q, f);
    if (auto ran = Database::run(*q); !ran)
        return Error{ran.error()};
    q->next();
    return q->value(0).toLongLong();
}

Status ConversationRepository::setStatus(qint64 id, ConversationStatus status, std::optional<qint64> byAgent,
                                         qint64 at)
{
    return m_db.write([&]() -> Status {
        auto current = byId(id);
        if (!current)
            return Error{current.error()};
        if (!current->has_value() || (*current)->status == status)
            return {};
        if (auto set = m_db.execute(QStringLiteral("UPDATE conversations SET status = :s WHERE id = :id"),
                                    {{":s", key(status)}, {":id", id}});
            !set)
            return set;
        return m_db.execute(
            QStringLiteral("INSERT INTO conversation_events(conversation_id, kind, old_value, "
                           "new_value, agent_id, at) VALUES(:c, 'status', :o, :n, :a, :at)"),
            {{":c", id},
             {":o", key((*current)->status)},
             {":n", key(status)},
             {":a", SqlValues::optionalId(byAgent)},
             {":at", at}});
    });
}

Status ConversationRepository::assign(qint64 id, std::optional<qint64> assignee,
                                      std::optional<qint64> byAgent, qint64 at)
{
    return m_db.write([&]() -> Status {
        auto current = byId(id);
        if (!current)
            return Error{current.error()};
        if (!current->has_value() || (*current)->assigneeId == assignee)
            return {};
        if (auto set =
                m_db.execute(QStringLiteral("UPDATE conversations SET assignee_id = :a WHERE id = :id"),
                             {{":a", SqlValues::optionalId(assignee)}, {":id", id}});
            !set)
            return set;
        const auto idText = [](const std::optional<qint64> &v) {
            return v ? QString::number(*v) : QString();
        };
        return m_db.execute(
            QStringLiteral("INSERT INTO conversation_events(conversation_id, kind, old_value, "
                           "new_value, agent_id, at) VALUES(:c, 'assignment', :o, :n, :a, :at)"),
            {{":c", id},
             {":o", idText((*current)->assigneeId)},
             {":n", idText(assignee)},
             {":a", SqlValues::optionalId(byAgent)},
             {":at", at}});
    });
}

Status ConversationRepository::addTag(qint64 id, const QString &tag)
{
    return m_db.write([&]() -> Status {
        const QString name = tag.simplified();
        const QString tagKey = name.toCaseFolded();
        auto found =
            m_db.maybeReturningId(QStringLiteral("SELECT id FROM tags WHERE key = :k"), {{":k", tagKey}});
        if (!found)
            return Error{found.error()};
        qint64 tagId = found->value_or(0);
        if (!found->has_value()) {
            auto made =
                m_db.returningId(QStringLiteral("INSERT INTO tags(name, key) VALUES(:n, :k) RETURNING id"),
                                 {{":n", name}, {":k", tagKey}});
            if (!made)
                return Error{made.error()};
            tagId = *made;
        }
        return m_db.execute(
            QStringLiteral("INSERT INTO conversation_tags(conversation_id, tag_id) VALUES(:c, :t) "
                           "ON CONFLICT DO NOTHING"),
            {{":c", id}, {":t", tagId}});
    });
}

Status ConversationRepository::removeTag(qint64 id, const QString &tag)
{
    return m_db.execute(
        QStringLiteral("DELETE FROM conversation_tags WHERE conversation_id = :c AND tag_id = "
                       "(SELECT id FROM tags WHERE key = :k)"),
        {{":c", id}, {":k", tag.simplified().toCaseFolded()}});
}

Status ConversationRepository::setSnooze(qint64 id, std::optional<qint64> until)
{
    return m_db.execute(QStringLiteral("UPDATE conversations SET snoozed_until = :u WHERE id = :id"),
                        {{":u", SqlValues::optionalId(until)}, {":id", id}});
}

Result<QStringList> ConversationRepository::tags(qint64 id)
{
    auto q =
        m_db.query(QStringLiteral("SELECT t.name FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id "
                                  "WHERE ct.conversation_id = :c"),
                   {{":c", id}});
    if (!q)
        return Error{q.error()};
    QStringList result;
    while (q->next())
        result << q->value(0).toString();
    sortTags(result);
    return result;
}

Status ConversationRepository::setState(qint64 id, ConversationStatus status, Priority priority,
                                        std::optional<qint64> assignee, std::optional<qint64> snoozedUntil)
{
    return m_db.execute(
        QStringLiteral("UPDATE conversations SET status = :s, priority = :p, assignee_id = :a, "
                       "snoozed_until = :z WHERE id = :id"),
        {{":s", key(status)},
         {":p", static_cast<int>(priority)},
         {":a", SqlValues::optionalId(assignee)},
         {":z", SqlValues::optionalId(snoozedUntil)},
         {":id", id}});
}

Status ConversationRepository::forEach(const std::function<Status(const Conversation &)> &fn)
{
    auto q = m_db.query(conversationSelect + QStringLiteral(" ORDER BY id"));
    if (!q)
        return Error{q.error()};
    // Tags are read in the same order alongside, instead of one query per conversation.
    auto t = m_db.query(QStringLiteral("SELECT ct.conversation_id, t.name FROM conversation_tags ct "
                                       "JOIN tags t ON t.id = ct.tag_id ORDER BY ct.conversation_id"));
    if (!t)
        return Error{t.error()};
    bool tagRow = t->next();
    while (q->next()) {
        Conversation c = conversationFrom(*q);
        while (tagRow && t->value(0).toLongLong() < c.id)
            tagRow = t->next();
        while (tagRow && t->value(0).toLongLong() == c.id) {
            c.tags << t->value(1).toString();
            tagRow = t->next();
        }
        sortTags(c.tags);
        if (auto done = fn(c); !done)
            return done;
    }
    return {};
}

} // namespace Torget
