#include "maturityrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Torget {

namespace {

// A read of many rows: forward only, so that the driver does not keep every row for seeking back.
Result<QSqlQuery> bulkQuery(Database &db, const QString &sql, Database::Bindings bindings)
{
    auto q = db.prepare(sql);
    if (!q)
        return q;
    q->setForwardOnly(true);
    for (const auto &[name, value] : bindings) {
        // A null QString would bind as NULL; text parameters mean '' (as Database::query does).
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        q->bindValue(QString::fromLatin1(name), nullText ? QVariant(QString(QLatin1String(""))) : value);
    }
    if (auto ran = Database::run(*q); !ran)
        return Error{ran.error()};
    return q;
}

Channel channelOf(const QVariant &v)
{
    return channelFromKey(v.toString()).value_or(Channel::Import);
}

std::optional<qint64> optionalTime(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

const auto postColumns =
    QStringLiteral("SELECT p.id, p.account_id, a.channel, a.name, p.text, p.url, p.created_at, p.likes, "
                   "p.shares, p.comments, COALESCE(p.code, ''), p.code_source, p.code_version "
                   "FROM posts p JOIN accounts a ON a.id = p.account_id");

CodedPost codedPostFrom(const QSqlQuery &q)
{
    CodedPost p;
    p.id = q.value(0).toLongLong();
    p.accountId = q.value(1).toLongLong();
    p.channel = channelOf(q.value(2));
    p.accountName = q.value(3).toString();
    p.text = q.value(4).toString();
    p.url = q.value(5).toString();
    p.createdAt = q.value(6).toLongLong();
    p.likes = q.value(7).toInt();
    p.shares = q.value(8).toInt();
    p.comments = q.value(9).toInt();
    p.code = q.value(10).toString();
    p.overridden = q.value(11).toString() == QLatin1String("override");
    p.codeVersion = q.value(12).toInt();
    return p;
}

MaturityEvent eventFrom(const QSqlQuery &q)
{
    MaturityEvent e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.kind = q.value(2).toString();
    e.title = q.value(3).toString();
    e.detail = q.value(4).toString();
    return e;
}

Status notFound(qint64 postId)
{
    return Error{QCoreApplication::translate("Torget::MaturityRepository", "There is no post with id %1.")
                     .arg(postId)};
}

} // namespace

Result<std::vector<std::pair<qint64, QString>>> MaturityRepository::postsToCode(int version)
{
    auto q = bulkQuery(m_db,
                       QStringLiteral("SELECT id, text FROM posts WHERE code IS NULL OR "
                                      "(code_source = 'auto' AND code_version < :v) ORDER BY id"),
                       {{":v", version}});
    if (!q)
        return Error{q.error()};
    std::vector<std::pair<qint64, QString>> out;
    while (q->next())
        out.emplace_back(q->value(0).toLongLong(), q->value(1).toString());
    return out;
}

Status MaturityRepository::setAutoCodes(const std::vector<std::pair<qint64, QString>> &codes, int version)
{
    // One statement prepared for the batch (not the per-thread cache: coding may run on a worker).
    return m_db.write([&]() -> Status {
        auto q = m_db.prepare(QStringLiteral("UPDATE posts SET code = :c, code_version = :v "
                                             "WHERE id = :id AND code_source = 'auto'"));
        if (!q)
            return Error{q.error()};
        for (const auto &[id, code] : codes) {
            q->bindValue(QStringLiteral(":c"), code);
            q->bindValue(QStringLiteral(":v"), version);
            q->bindValue(QStringLiteral(":id"), id);
            if (auto ran = Database::run(*q); !ran)
                return ran;
        }
        return {};
    });
}

Status MaturityRepository::setOverride(qint64 postId, const QString &code)
{
    auto id = m_db.maybeReturningId(
        QStringLiteral("UPDATE posts SET code = :c, code_source = 'override' WHERE id = :id RETURNING id"),
        {{":c", code}, {":id", postId}});
    if (!id)
        return Error{id.error()};
    return id->has_value() ? Status() : notFound(postId);
}

Status MaturityRepository::clearOverride(qint64 postId, const QString &autoCode, int version)
{
    auto id = m_db.maybeReturningId(
        QStringLiteral("UPDATE posts SET code = :c, code_source = 'auto', code_version = :v WHERE id = :id "
                       "RETURNING id"),
        {{":c", autoCode}, {":v", version}, {":id", postId}});
    if (!id)
        return Error{id.error()};
    return id->has_value() ? Status() : notFound(postId);
}

Result<std::optional<CodedPost>> MaturityRepository::post(qint64 postId)
{
    auto q = m_db.query(postColumns + QStringLiteral(" WHERE p.id = :id"), {{":id", postId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<CodedPost>();
    return std::optional<CodedPost>(codedPostFrom(*q));
}

Result<std::vector<CodedPost>> MaturityRepository::posts(qint64 from, qint64 to,
                                                         std::optional<Channel> channel)
{
    auto q = bulkQuery(m_db,
                       postColumns + QStringLiteral(" WHERE p.created_at >= :from AND p.created_at < :to "
                                                    "AND (:channel = '' OR a.channel = :channel) "
                                                    "ORDER BY p.created_at DESC, p.id DESC"),
                       {{":from", from}, {":to", to}, {":channel", channel ? key(*channel) : QString()}});
    if (!q)
        return Error{q.error()};
    std::vector<CodedPost> out;
    while (q->next())
        out.push_back(codedPostFrom(*q));
    return out;
}

Result<std::optional<CodeOverrideInfo>> MaturityRepository::lastOverride(qint64 postId)
{
    auto q = m_db.query(
        QStringLiteral(
            "SELECT l.at, l.agent_id, COALESCE(ag.name, ''), l.detail FROM audit_log l "
            "LEFT JOIN agents ag ON ag.id = l.agent_id WHERE l.object_type = 'post' "
            "AND l.object_id = :id AND l.action IN ('maturity-override', 'maturity-override-removed') "
            "ORDER BY l.at DESC, l.id DESC LIMIT 1"),
        {{":id", postId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<CodeOverrideInfo>();
    CodeOverrideInfo info;
    info.at = q->value(0).toLongLong();
    info.agentId = SqlValues::toOptionalId(q->value(1));
    info.agentName = q->value(2).toString();
    info.detail = q->value(3).toString();
    return std::optional<CodeOverrideInfo>(info);
}

Result<std::vector<PostFact>> MaturityRepository::postFacts(qint64 from, qint64 to)
{
    auto q = bulkQuery(m_db,
                       QStringLiteral("SELECT p.created_at, a.channel, COALESCE(p.code, ''), p.comments "
                                      "FROM posts p JOIN accounts a ON a.id = p.account_id "
                                      "WHERE p.created_at >= :from AND p.created_at < :to"),
                       {{":from", from}, {":to", to}});
    if (!q)
        return Error{q.error()};
    std::vector<PostFact> out;
    while (q->next())
        out.push_back(
            {q->value(0).toLongLong(), channelOf(q->value(1)), q->value(2).toString(), q->value(3).toInt()});
    return out;
}

Result<std::vector<ConversationFact>> MaturityRepository::conversationFacts(qint64 from, qint64 to,
                                                                            const QString &redirectTagKey,
                                                                            bool withFirstReply)
{
    auto tag =
        m_db.maybeReturningId(QStringLiteral("SELECT id FROM tags WHERE key = :k"), {{":k", redirectTagKey}});
    if (!tag)
        return Error{tag.error()};
    // Merged identities are few: resolved here rather than by a join per conversation (a million
    // look-ups into the citizens table cost more than the rest of the query).
    QHash<qint64, qint64> merged;
    {
        auto m =
            m_db.query(QStringLiteral("SELECT id, merged_into FROM citizens WHERE merged_into IS NOT NULL"));
        if (!m)
            return Error{m.error()};
        while (m->next())
            merged.insert(m->value(0).toLongLong(), m->value(1).toLongLong());
    }
    // One row per conversation begun in the range (conversations_created); each figure is a look-up in
    // the partial indexes of schema 8 (messages_inbound, messages_human_replies,
    // messages_inbound_replies), so that no message rows are read. A citizen-to-citizen reply compares
    // persons, so that two merged identities of one person replying to each other do not count.
    // MATERIALIZED: the first inbound time is computed once per conversation (a plain subquery in FROM
    // is flattened, and the reply look-up would compute it again).
    auto q = bulkQuery(
        m_db,
        QStringLiteral(
            "WITH f AS MATERIALIZED ("
            "  SELECT c.id, c.created_at, c.account_id, COALESCE(c.citizen_id, 0) AS citizen,"
            "    (SELECT MIN(i.created_at) FROM messages i WHERE i.conversation_id = c.id"
            "       AND i.direction = 'in') AS first_in"
            "  FROM conversations c WHERE c.created_at >= :from AND c.created_at < :to) "
            "SELECT f.id, f.created_at, a.channel, f.citizen, f.first_in, "
            " CASE WHEN :replies THEN (SELECT MIN(o.created_at) FROM messages o "
            "   WHERE o.conversation_id = f.id AND o.direction = 'out' AND o.automatic = 0 "
            "   AND o.created_at >= f.first_in) END, "
            " (SELECT COUNT(*) FROM messages r JOIN messages p ON p.id = r.reply_to_id "
            "   JOIN citizens rc ON rc.id = r.citizen_id JOIN citizens pc ON pc.id = p.citizen_id "
            "   WHERE r.conversation_id = f.id AND r.direction = 'in' AND r.reply_to_id IS NOT NULL "
            "   AND p.direction = 'in' "
            "   AND COALESCE(rc.merged_into, rc.id) <> COALESCE(pc.merged_into, pc.id)), "
            " EXISTS(SELECT 1 FROM conversation_tags t WHERE t.conversation_id = f.id AND t.tag_id = :tag) "
            "FROM f JOIN accounts a ON a.id = f.account_id"),
        {{":from", from}, {":to", to}, {":tag", tag->value_or(-1)}, {":replies", withFirstReply ? 1 : 0}});
    if (!q)
        return Error{q.error()};
    std::vector<ConversationFact> out;
    while (q->next()) {
        ConversationFact c;
        c.id = q->value(0).toLongLong();
        c.createdAt = q->value(1).toLongLong();
        c.channel = channelOf(q->value(2));
        c.citizen = q->value(3).toLongLong();
        c.citizen = merged.value(c.citizen, c.citizen);
        c.firstInboundAt = optionalTime(q->value(4));
        c.firstReplyAt = optionalTime(q->value(5));
        c.citizenReplies = q->value(6).toInt();
        c.redirected = q->value(7).toInt() != 0;
        out.push_back(c);
    }
    return out;
}

Result<std::vector<Channel>> MaturityRepository::channels()
{
    auto q = m_db.query(QStringLiteral("SELECT DISTINCT channel FROM accounts"));
    if (!q)
        return Error{q.error()};
    std::vector<Channel> out;
    while (q->next()) {
        if (auto c = channelFromKey(q->value(0).toString()))
            out.push_back(*c);
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<QHash<QString, double>> MaturityRepository::thresholds()
{
    auto q = m_db.query(QStringLiteral("SELECT key, value FROM maturity_thresholds"));
    if (!q)
        return Error{q.error()};
    QHash<QString, double> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toDouble());
    return out;
}

Status MaturityRepository::setThreshold(const QString &key, double value, qint64 at)
{
    return m_db.execute(
        QStringLiteral("INSERT INTO maturity_thresholds(key, value, updated_at) VALUES(:k, :v, :at) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                       "updated_at = excluded.updated_at"),
        {{":k", key}, {":v", value}, {":at", at}});
}

Status MaturityRepository::clearThresholds()
{
    return m_db.exec(QStringLiteral("DELETE FROM maturity_thresholds"));
}

Result<std::vector<MaturityEvent>> MaturityRepository::events(qint64 from, qint64 to)
{
    auto q = m_db.query(QStringLiteral("SELECT id, at, kind, title, detail FROM maturity_events "
                                       "WHERE at >= :from AND at < :to ORDER BY at, id"),
                        {{":from", from}, {":to", to}});
    if (!q)
        return Error{q.error()};
    std::vector<MaturityEvent> out;
    while (q->next())
        out.push_back(eventFrom(*q));
    return out;
}

Result<std::optional<MaturityEvent>> MaturityRepository::event(qint64 id)
{
    auto q =
        m_db.query(QStringLiteral("SELECT id, at, kind, title, detail FROM maturity_events WHERE id = :id"),
                   {{":id", id}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<MaturityEvent>();
    return std::optional<MaturityEvent>(eventFrom(*q));
}

Result<qint64> MaturityRepository::addEvent(const MaturityEvent &e, qint64 at)
{
    return m_db.returningId(
        QStringLiteral("INSERT INTO maturity_events(at, kind, title, detail, created_at, updated_at) "
                       "VALUES(:at, :kind, :title, :detail, :now, :now) RETURNING id"),
        {{":at", e.at}, {":kind", e.kind}, {":title", e.title}, {":detail", e.detail}, {":now", at}});
}

Status MaturityRepository::updateEvent(const MaturityEvent &e, qint64 at)
{
    auto id = m_db.maybeReturningId(
        QStringLiteral("UPDATE maturity_events SET at = :at, kind = :kind, title = :title, detail = :detail, "
                       "updated_at = :now WHERE id = :id RETURNING id"),
        {{":at", e.at},
         {":kind", e.kind},
         {":title", e.title},
         {":detail", e.detail},
         {":now", at},
         {":id", e.id}});
    if (!id)
        return Error{id.error()};
    if (!id->has_value())
        return Error{
            QCoreApplication::translate("Torget::MaturityRepository", "There is no event with id %1.")
                .arg(e.id)};
    return {};
}

Status MaturityRepository::removeEvent(qint64 id)
{
    return m_db.execute(QStringLiteral("DELETE FROM maturity_events WHERE id = :id"), {{":id", id}});
}

} // namespace Torget
