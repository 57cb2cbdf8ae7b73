#include "slarepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>

namespace Torget {

namespace {

const auto factColumns =
    QStringLiteral("conversation_id, seq, kind, state, started_at, ended_at, due_at, business_secs, "
                   "calendar_secs, agent_id, "
                   "account_id, start_day, end_day, arrival_slot, answer_slot, same_day, within_target");
constexpr int factColumnCount = 17;
constexpr int insertBatch = 40; // rows per INSERT: fewer statements, well under SQLite's parameter limit

QVariant optionalInt(const std::optional<qint64> &v)
{
    return SqlValues::optionalId(v);
}

QVariant optionalBool(const std::optional<bool> &v)
{
    return v ? QVariant(*v ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

SlaFact factFrom(const QSqlQuery &q)
{
    SlaFact f;
    f.conversationId = q.value(0).toLongLong();
    f.seq = q.value(1).toInt();
    f.kind = q.value(2).toInt();
    f.state = q.value(3).toInt();
    f.startedAt = q.value(4).toLongLong();
    f.endedAt = SqlValues::toOptionalId(q.value(5));
    f.dueAt = SqlValues::toOptionalId(q.value(6));
    f.businessSecs = SqlValues::toOptionalId(q.value(7));
    f.calendarSecs = SqlValues::toOptionalId(q.value(8));
    f.agentId = SqlValues::toOptionalId(q.value(9));
    f.accountId = q.value(10).toLongLong();
    f.startDay = q.value(11).toLongLong();
    f.endDay = SqlValues::toOptionalId(q.value(12));
    f.arrivalSlot = q.value(13).toInt();
    if (!q.value(14).isNull())
        f.answerSlot = q.value(14).toInt();
    f.sameDay = q.value(15).toBool();
    if (!q.value(16).isNull())
        f.withinTarget = q.value(16).toBool();
    return f;
}

QString placeholders(const QString &prefix, std::size_t count)
{
    QStringList names;
    for (std::size_t i = 0; i < count; ++i)
        names << QStringLiteral(":%1%2").arg(prefix).arg(i);
    return names.join(QStringLiteral(", "));
}

quint32 clampU32(std::optional<qint64> v)
{
    return static_cast<quint32>(std::clamp<qint64>(v.value_or(0), 0, 0xffffffffLL));
}

} // namespace

SlaDayItem SlaDayItem::from(const SlaFact &f)
{
    SlaDayItem item;
    item.kind = static_cast<quint8>(f.kind);
    item.state = static_cast<quint8>(f.state);
    item.flags = static_cast<quint8>(
        (f.sameDay ? SameDay : 0) | (f.withinTarget.value_or(false) ? Within : 0) |
        (f.dueAt ? HasTarget : 0) |
        (f.state == SlaFact::Unanswered && f.dueAt && f.endedAt && *f.endedAt > *f.dueAt ? LateClosed : 0));
    item.arrivalSlot = static_cast<quint8>(f.arrivalSlot);
    item.answerSlot = f.answerSlot ? static_cast<quint8>(*f.answerSlot) : 0xff;
    item.accountId = clampU32(f.accountId);
    item.agentId = clampU32(f.agentId);
    item.businessSecs = clampU32(f.businessSecs);
    item.calendarSecs = clampU32(f.calendarSecs);
    item.dueAt = f.dueAt.value_or(0);
    return item;
}

namespace {

constexpr qint64 secondsTo2000 = 946684800;

void appendVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(static_cast<char>(v));
}

bool readVarint(const char *&at, const char *end, quint64 &v)
{
    v = 0;
    for (int shift = 0; at < end && shift < 64; shift += 7) {
        const auto byte = static_cast<quint8>(*at++);
        v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace

void SlaDayItem::append(QByteArray &out, const SlaDayItem &item)
{
    out.append(static_cast<char>((item.kind & 3) | ((item.state & 3) << 2) | ((item.flags & 15) << 4)));
    out.append(static_cast<char>(item.arrivalSlot));
    out.append(static_cast<char>(item.answerSlot));
    appendVarint(out, item.accountId);
    appendVarint(out, item.agentId);
    appendVarint(out, item.businessSecs);
    appendVarint(out, item.calendarSecs);
    if (item.state == SlaFact::Open && (item.flags & HasTarget)) {
        const qint64 secs = item.dueAt / 1000 - secondsTo2000;
        appendVarint(out, secs >= 0 ? quint64(secs) << 1 : (quint64(-secs) << 1) - 1);
    }
}

bool SlaDayItem::read(const char *&at, const char *end, SlaDayItem &item)
{
    if (end - at < 3)
        return false;
    const auto head = static_cast<quint8>(at[0]);
    item.kind = head & 3;
    item.state = (head >> 2) & 3;
    item.flags = head >> 4;
    item.arrivalSlot = static_cast<quint8>(at[1]);
    item.answerSlot = static_cast<quint8>(at[2]);
    at += 3;
    quint64 account = 0;
    quint64 agent = 0;
    quint64 business = 0;
    quint64 calendar = 0;
    if (!readVarint(at, end, account) || !readVarint(at, end, agent) || !readVarint(at, end, business) ||
        !readVarint(at, end, calendar))
        return false;
    item.accountId = static_cast<quint32>(account);
    item.agentId = static_cast<quint32>(agent);
    item.businessSecs = static_cast<quint32>(business);
    item.calendarSecs = static_cast<quint32>(calendar);
    item.dueAt = 0;
    if (item.state == SlaFact::Open && (item.flags & HasTarget)) {
        quint64 zigzag = 0;
        if (!readVarint(at, end, zigzag))
            return false;
        const qint64 secs = (zigzag & 1) ? -qint64((zigzag + 1) >> 1) : qint64(zigzag >> 1);
        item.dueAt = (secs + secondsTo2000) * 1000;
    }
    return true;
}

Result<std::vector<std::pair<QDate, QByteArray>>> SlaRepository::calendarVersions()
{
    auto q = m_db.query(
        QStringLiteral("SELECT valid_from, definition FROM sla_calendar_versions ORDER BY valid_from"));
    if (!q)
        return Error{q.error()};
    std::vector<std::pair<QDate, QByteArray>> versions;
    while (q->next())
        versions.emplace_back(QDate::fromString(q->value(0).toString(), Qt::ISODate),
                              q->value(1).toString().toUtf8());
    return versions;
}

Status SlaRepository::putCalendarVersion(const QDate &validFrom, const QByteArray &json, qint64 now)
{
    return m_db.execute(
        QStringLiteral("INSERT INTO sla_calendar_versions(valid_from, definition, updated_at) "
                       "VALUES(:f, :d, :t) ON CONFLICT(valid_from) DO UPDATE SET "
                       "definition = excluded.definition, updated_at = excluded.updated_at"),
        {{":f", validFrom.toString(Qt::ISODate)}, {":d", QString::fromUtf8(json)}, {":t", now}});
}

Status SlaRepository::removeCalendarVersion(const QDate &validFrom)
{
    return m_db.execute(QStringLiteral("DELETE FROM sla_calendar_versions WHERE valid_from = :f"),
                        {{":f", validFrom.toString(Qt::ISODate)}});
}

Status SlaRepository::replaceCalendarVersions(const std::vector<std::pair<QDate, QByteArray>> &versions,
                                              qint64 now)
{
    return m_db.write([&]() -> Status {
        if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM sla_calendar_versions")); !cleared)
            return cleared;
        for (const auto &[from, json] : versions) {
            if (auto put = putCalendarVersion(from, json, now); !put)
                return put;
        }
        return {};
    });
}

Result<std::optional<QString>> SlaRepository::setting(const QString &key)
{
    auto q = m_db.query(QStringLiteral("SELECT value FROM sla_settings WHERE key = :k"), {{":k", key}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status SlaRepository::setSetting(const QString &key, const QString &value)
{
    return m_db.execute(QStringLiteral("INSERT INTO sla_settings(key, value) VALUES(:k, :v) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                        {{":k", key}, {":v", value}});
}

Status SlaRepository::removeSetting(const QString &key)
{
    return m_db.execute(QStringLiteral("DELETE FROM sla_settings WHERE key = :k"), {{":k", key}});
}

namespace {

// Messages and events of the conversations with ids in [lo, hi], added to their inputs.
Status readHistory(Database &db, qint64 lo, qint64 hi, std::vector<SlaInput> &inputs)
{
    std::unordered_map<qint64, std::size_t> at;
    at.reserve(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        at.emplace(inputs[i].conversationId, i);

    QSqlQuery m(db.connection());
    m.setForwardOnly(true);
    if (!m.prepare(QStringLiteral(
            "SELECT conversation_id, id, created_at, direction, automatic, agent_id FROM messages "
            "WHERE conversation_id BETWEEN :lo AND :hi ORDER BY conversation_id, created_at, id")))
        return Database::errorFor(m);
    m.bindValue(QStringLiteral(":lo"), lo);
    m.bindValue(QStringLiteral(":hi"), hi);
    if (auto ran = Database::run(m); !ran)
        return ran;
    const QString in = QStringLiteral("in");
    while (m.next()) {
        const auto it = at.find(m.value(0).toLongLong());
        if (it == at.end())
            continue;
        SlaMessage msg;
        msg.id = m.value(1).toLongLong();
        msg.at = m.value(2).toLongLong();
        msg.direction = m.value(3).toString() == in ? Direction::Inbound : Direction::Outbound;
        msg.automatic = m.value(4).toBool();
        msg.agentId = SqlValues::toOptionalId(m.value(5));
        inputs[it->second].messages.push_back(msg);
    }

    QSqlQuery e(db.connection());
    e.setForwardOnly(true);
    if (!e.prepare(QStringLiteral("SELECT conversation_id, at, kind, old_value, new_value, agent_id "
                                  "FROM conversation_events WHERE conversation_id BETWEEN :lo AND :hi "
                                  "AND kind IN ('status', 'redirect') ORDER BY conversation_id, at, id")))
        return Database::errorFor(e);
    e.bindValue(QStringLiteral(":lo"), lo);
    e.bindValue(QStringLiteral(":hi"), hi);
    if (auto ran = Database::run(e); !ran)
        return ran;
    const QString redirect = QStringLiteral("redirect");
    while (e.next()) {
        const auto it = at.find(e.value(0).toLongLong());
        if (it == at.end())
            continue;
        SlaEvent ev;
        ev.at = e.value(1).toLongLong();
        ev.agentId = SqlValues::toOptionalId(e.value(5));
        if (e.value(2).toString() == redirect) {
            ev.type = SlaEvent::Type::Redirect;
        } else {
            const auto from = statusFromKey(e.value(3).toString());
            const auto to = statusFromKey(e.value(4).toString());
            if (!from || !to)
                continue; // not a status this program knows: nothing to measure by
            ev.from = *from;
            ev.to = *to;
        }
        inputs[it->second].events.push_back(ev);
    }
    return {};
}

const auto inputSelect =
    QStringLiteral("SELECT c.id, c.account_id, a.channel, c.priority, c.status FROM conversations c "
                   "JOIN accounts a ON a.id = c.account_id ");

SlaInput inputFrom(const QSqlQuery &q)
{
    SlaInput in;
    in.conversationId = q.value(0).toLongLong();
    in.accountId = q.value(1).toLongLong();
    in.channel = channelFromKey(q.value(2).toString()).value_or(Channel::Import);
    in.priority = static_cast<Priority>(std::clamp(q.value(3).toInt(), 0, 3));
    in.status = statusFromKey(q.value(4).toString()).value_or(ConversationStatus::Open);
    return in;
}

} // namespace

Result<std::optional<SlaInput>> SlaRepository::input(qint64 conversationId)
{
    auto q = m_db.query(inputSelect + QStringLiteral("WHERE c.id = :id"), {{":id", conversationId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<SlaInput>();
    std::vector<SlaInput> inputs{inputFrom(*q)};
    q->finish();
    if (auto read = readHistory(m_db, conversationId, conversationId, inputs); !read)
        return Error{read.error()};
    return std::optional<SlaInput>(std::move(inputs.front()));
}

Status SlaRepository::forEachInputChunk(int chunk, const std::function<Status(std::vector<SlaInput> &)> &fn)
{
    auto q = m_db.prepare(inputSelect + QStringLiteral("WHERE c.id > :after ORDER BY c.id LIMIT :n"));
    if (!q)
        return Error{q.error()};
    qint64 after = -1;
    for (;;) {
        q->bindValue(QStringLiteral(":after"), after);
        q->bindValue(QStringLiteral(":n"), chunk);
        if (auto ran = Database::run(*q); !ran)
            return ran;
        std::vector<SlaInput> inputs;
        while (q->next())
            inputs.push_back(inputFrom(*q));
        q->finish();
        if (inputs.empty())
            return {};
        after = inputs.back().conversationId;
        if (auto read = readHistory(m_db, inputs.front().conversationId, after, inputs); !read)
            return read;
        if (auto done = fn(inputs); !done)
            return done;
    }
}

Result<std::vector<SlaFact>> SlaRepository::facts(qint64 conversationId)
{
    auto q = m_db.query(QStringLiteral("SELECT ") + factColumns +
                            QStringLiteral(" FROM sla_responses WHERE conversation_id = :c ORDER BY seq"),
                        {{":c", conversationId}});
    if (!q)
        return Error{q.error()};
    std::vector<SlaFact> result;
    while (q->next())
        result.push_back(factFrom(*q));
    return result;
}

Status SlaRepository::markDirty(const std::vector<qint64> &days)
{
    for (qint64 day : days) {
        if (auto marked = m_db.execute(
                QStringLiteral("INSERT INTO sla_dirty_days(day) VALUES(:d) ON CONFLICT(day) DO NOTHING"),
                {{":d", day}});
            !marked)
            return marked;
    }
    return {};
}

Status SlaRepository::replaceFacts(qint64 conversationId, const std::vector<SlaFact> &facts,
                                   std::optional<qint64> dueAt, const QString &dueKind)
{
    return m_db.write([&]() -> Status {
        std::vector<qint64> days;
        {
            auto old = m_db.query(
                QStringLiteral("SELECT start_day, end_day FROM sla_responses WHERE conversation_id = :c"),
                {{":c", conversationId}});
            if (!old)
                return Error{old.error()};
            while (old->next()) {
                days.push_back(old->value(0).toLongLong());
                if (!old->value(1).isNull())
                    days.push_back(old->value(1).toLongLong());
            }
        }
        if (auto removed =
                m_db.execute(QStringLiteral("DELETE FROM sla_responses WHERE conversation_id = :c"),
                             {{":c", conversationId}});
            !removed)
            return removed;
        if (auto inserted = insertFacts(facts); !inserted)
            return inserted;
        for (const SlaFact &f : facts) {
            days.push_back(f.startDay);
            if (f.endDay)
                days.push_back(*f.endDay);
        }
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        if (auto marked = markDirty(days); !marked)
            return marked;
        return setDue(conversationId, dueAt, dueKind);
    });
}

Status SlaRepository::clearAll()
{
    for (const auto &sql :
         {QStringLiteral("DELETE FROM sla_responses"), QStringLiteral("DELETE FROM sla_days"),
          QStringLiteral("DELETE FROM sla_dirty_days"),
          QStringLiteral(
              "UPDATE conversations SET due_at = NULL, due_kind = NULL WHERE due_at IS NOT NULL OR "
              "due_kind IS NOT NULL")}) {
        if (auto ran = m_db.exec(sql); !ran)
            return ran;
    }
    return {};
}

Status SlaRepository::insertFacts(const std::vector<SlaFact> &facts)
{
    const auto bindRow = [](QSqlQuery &q, int row, const SlaFact &f) {
        const int b = row * factColumnCount;
        q.bindValue(b + 0, f.conversationId);
        q.bindValue(b + 1, f.seq);
        q.bindValue(b + 2, f.kind);
        q.bindValue(b + 3, f.state);
        q.bindValue(b + 4, f.startedAt);
        q.bindValue(b + 5, optionalInt(f.endedAt));
        q.bindValue(b + 6, optionalInt(f.dueAt));
        q.bindValue(b + 7, optionalInt(f.businessSecs));
        q.bindValue(b + 8, optionalInt(f.calendarSecs));
        q.bindValue(b + 9, optionalInt(f.agentId));
        q.bindValue(b + 10, f.accountId);
        q.bindValue(b + 11, f.startDay);
        q.bindValue(b + 12, optionalInt(f.endDay));
        q.bindValue(b + 13, f.arrivalSlot);
        q.bindValue(b + 14, f.answerSlot ? QVariant(*f.answerSlot) : QVariant(QMetaType::fromType<int>()));
        q.bindValue(b + 15, f.sameDay ? 1 : 0);
        q.bindValue(b + 16, optionalBool(f.withinTarget));
    };
    // The statement text for 1…insertBatch rows, built once: a backfill inserts millions of rows.
    static const std::array<QString, insertBatch + 1> sqlFor = [] {
        std::array<QString, insertBatch + 1> texts;
        QString row = QStringLiteral("(?");
        for (int i = 1; i < factColumnCount; ++i)
            row += QStringLiteral(", ?");
        row += QLatin1Char(')');
        QString sql =
            QStringLiteral("INSERT INTO sla_responses(") + factColumns + QStringLiteral(") VALUES ") + row;
        for (int rows = 1; rows <= insertBatch; ++rows) {
            texts[static_cast<std::size_t>(rows)] = sql;
            sql += QStringLiteral(", ") + row;
        }
        return texts;
    }();
    std::size_t i = 0;
    while (i < facts.size()) {
        const int rows = static_cast<int>(std::min<std::size_t>(insertBatch, facts.size() - i));
        auto q = m_db.statement(sqlFor[static_cast<std::size_t>(rows)]);
        if (!q)
            return Error{q.error()};
        for (int r = 0; r < rows; ++r)
            bindRow(**q, r, facts[i + static_cast<std::size_t>(r)]);
        const bool ok = (*q)->exec();
        Status result = ok ? Status() : Status(Database::errorFor(**q));
        (*q)->finish();
        if (!result)
            return result;
        i += static_cast<std::size_t>(rows);
    }
    return {};
}

Result<std::vector<DueConversation>> SlaRepository::dueBetween(qint64 after, qint64 upTo, int limit)
{
    std::vector<DueConversation> out;
    if (upTo <= after || limit <= 0)
        return out;
    auto q = m_db.query(QStringLiteral("SELECT c.id, c.due_at, c.due_kind, c.subject, ci.display_name, "
                                       "c.assignee_id FROM conversations c "
                                       "LEFT JOIN citizens ci ON ci.id = c.citizen_id "
                                       "WHERE c.due_at > :after AND c.due_at <= :upto "
                                       "ORDER BY c.due_at, c.id LIMIT :limit"),
                        {{":after", after}, {":upto", upTo}, {":limit", limit}});
    if (!q)
        return Error{q.error()};
    while (q->next()) {
        DueConversation d;
        d.conversationId = q->value(0).toLongLong();
        d.dueAt = q->value(1).toLongLong();
        d.dueKind = q->value(2).toString();
        d.subject = q->value(3).toString();
        d.citizenName = q->value(4).toString();
        d.assigneeId = SqlValues::toOptionalId(q->value(5));
        out.push_back(std::move(d));
    }
    return out;
}

Result<std::optional<std::pair<qint64, QString>>>
SlaRepository::auditEntrySince(qint64 conversationId, const QString &action, qint64 since)
{
    auto q = m_db.query(QStringLiteral("SELECT at, detail FROM audit_log WHERE at >= :since AND action = :a "
                                       "AND object_type = 'conversation' AND object_id = :id "
                                       "ORDER BY at LIMIT 1"),
                        {{":since", since}, {":a", action}, {":id", conversationId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<std::pair<qint64, QString>>();
    return std::optional<std::pair<qint64, QString>>(
        std::make_pair(q->value(0).toLongLong(), q->value(1).toString()));
}

Status SlaRepository::setDue(qint64 conversationId, std::optional<qint64> dueAt, const QString &dueKind)
{
    return m_db.execute(
        QStringLiteral("UPDATE conversations SET due_at = :d, due_kind = :k WHERE id = :id"),
        {{":d", optionalInt(dueAt)},
         {":k", dueKind.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(dueKind)},
         {":id", conversationId}});
}

Result<std::vector<qint64>> SlaRepository::dirtyDays()
{
    auto q = m_db.query(QStringLiteral("SELECT day FROM sla_dirty_days ORDER BY day"));
    if (!q)
        return Error{q.error()};
    std::vector<qint64> days;
    while (q->next())
        days.push_back(q->value(0).toLongLong());
    return days;
}

Status SlaRepository::rebuildDay(qint64 day, qint64 fromUtc, qint64 toUtc)
{
    return m_db.write([&]() -> Status {
        auto q =
            m_db.query(QStringLiteral("SELECT ") + factColumns +
                           // The order SlaService::refreshAll writes them in: same bytes either way.
                           QStringLiteral(" FROM sla_responses WHERE started_at >= :f AND started_at < :t "
                                          "ORDER BY conversation_id, seq"),
                       {{":f", fromUtc}, {":t", toUtc}});
        if (!q)
            return Error{q.error()};
        QByteArray items;
        qint64 opened = 0;
        while (q->next()) {
            const SlaFact f = factFrom(*q);
            opened += f.kind == 2 ? 1 : 0;
            SlaDayItem::append(items, SlaDayItem::from(f));
        }
        q->finish();
        auto closed = m_db.returningId(
            QStringLiteral(
                "SELECT COUNT(*) FROM sla_responses WHERE kind = 2 AND end_day = :d AND state IN (1, 3)"),
            {{":d", day}});
        if (!closed)
            return Error{closed.error()};
        if (auto put = putDay(day, opened, *closed, items); !put)
            return put;
        return m_db.execute(QStringLiteral("DELETE FROM sla_dirty_days WHERE day = :d"), {{":d", day}});
    });
}

Status SlaRepository::putDay(qint64 day, qint64 opened, qint64 closed, const QByteArray &items)
{
    if (opened == 0 && closed == 0 && items.isEmpty())
        return m_db.execute(QStringLiteral("DELETE FROM sla_days WHERE day = :d"), {{":d", day}});
    return m_db.execute(
        QStringLiteral("INSERT INTO sla_days(day, opened, closed, items) VALUES(:d, :o, :c, :i) "
                       "ON CONFLICT(day) DO UPDATE SET opened = excluded.opened, "
                       "closed = excluded.closed, items = excluded.items"),
        // An empty blob, not NULL, for a day on which a cycle only closed.
        {{":d", day}, {":o", opened}, {":c", closed}, {":i", items.isNull() ? QByteArray("") : items}});
}

Status SlaRepository::forEachDay(
    qint64 fromDay, qint64 toDay,
    const std::function<Status(qint64 day, qint64 opened, qint64 closed, const QByteArray &items)> &fn)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT day, opened, closed, items FROM sla_days WHERE day >= :f AND day < :t "
                           "ORDER BY day")))
        return Database::errorFor(q);
    q.bindValue(QStringLiteral(":f"), fromDay);
    q.bindValue(QStringLiteral(":t"), toDay);
    if (auto ran = Database::run(q); !ran)
        return ran;
    while (q.next()) {
        if (auto done = fn(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                           q.value(3).toByteArray());
            !done)
            return done;
    }
    return {};
}

Result<qint64> SlaRepository::openAtStartOf(qint64 day)
{
    return m_db.returningId(
        QStringLiteral(
            "SELECT COALESCE(SUM(opened), 0) - COALESCE(SUM(closed), 0) FROM sla_days WHERE day < :d"),
        {{":d", day}});
}

namespace {

// The facts a filter selects: "SELECT <columns> FROM sla_responses WHERE …<tail>", prepared and bound.
Status prepareFacts(QSqlQuery &q, const SlaFactFilter &f, const QString &columns, const QString &tail)
{
    QString sql = QStringLiteral("SELECT ") + columns +
                  QStringLiteral(" FROM sla_responses WHERE started_at >= :from AND started_at < :to");
    // "+kind": the period's range of the primary key, not the index on kind (which SQLite prefers and
    // which walks every clock of that kind: 1.7 s instead of 78 ms for 30 days of a million).
    if (!f.kinds.empty())
        sql += QStringLiteral(" AND +kind IN (") + placeholders(QStringLiteral("k"), f.kinds.size()) +
               QLatin1Char(')');
    if (!f.accountIds.empty())
        sql += QStringLiteral(" AND account_id IN (") +
               placeholders(QStringLiteral("a"), f.accountIds.size()) + QLatin1Char(')');
    if (f.agentId)
        sql +=
            *f.agentId ? QStringLiteral(" AND agent_id = :agent") : QStringLiteral(" AND agent_id IS NULL");
    if (f.arrivalSlot)
        sql += QStringLiteral(" AND arrival_slot = :arrival");
    if (f.answerSlot)
        sql += QStringLiteral(" AND answer_slot = :answer");
    if (f.missedOnly)
        sql += QStringLiteral(" AND (within_target = 0 OR (state = 0 AND due_at <= :now) OR "
                              "(state = 2 AND due_at < ended_at))");
    if (f.notSameDayOnly)
        sql += QStringLiteral(" AND state = 1 AND same_day = 0");
    if (f.openAtEndOfDay)
        sql += QStringLiteral(" AND kind = 2 AND start_day <= :day AND (end_day IS NULL OR end_day > :day)");
    sql += tail;
    if (!q.prepare(sql))
        return Database::errorFor(q);
    q.bindValue(QStringLiteral(":from"), f.from);
    q.bindValue(QStringLiteral(":to"), f.to);
    for (std::size_t i = 0; i < f.kinds.size(); ++i)
        q.bindValue(QStringLiteral(":k%1").arg(i), f.kinds[i]);
    for (std::size_t i = 0; i < f.accountIds.size(); ++i)
        q.bindValue(QStringLiteral(":a%1").arg(i), f.accountIds[i]);
    if (f.agentId && *f.agentId)
        q.bindValue(QStringLiteral(":agent"), **f.agentId);
    if (f.arrivalSlot)
        q.bindValue(QStringLiteral(":arrival"), *f.arrivalSlot);
    if (f.answerSlot)
        q.bindValue(QStringLiteral(":answer"), *f.answerSlot);
    if (f.missedOnly)
        q.bindValue(QStringLiteral(":now"), f.now);
    if (f.openAtEndOfDay)
        q.bindValue(QStringLiteral(":day"), *f.openAtEndOfDay);
    return Database::run(q);
}

} // namespace

Result<std::vector<qint64>> SlaRepository::conversations(const SlaFactFilter &f, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto ran = prepareFacts(q, f, QStringLiteral("conversation_id"),
                                QStringLiteral(" ORDER BY started_at, conversation_id, seq"));
        !ran)
        return Error{ran.error()};
    std::vector<qint64> ids;
    QSet<qint64> seen;
    while (static_cast<int>(ids.size()) < limit && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.push_back(id);
        }
    }
    return ids;
}

Result<std::array<qint64, 168>> SlaRepository::conversationsByArrivalSlot(const SlaFactFilter &f)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto ran = prepareFacts(q, f, QStringLiteral("arrival_slot, COUNT(DISTINCT conversation_id)"),
                                QStringLiteral(" GROUP BY arrival_slot"));
        !ran)
        return Error{ran.error()};
    std::array<qint64, 168> counts{};
    while (q.next()) {
        const int slot = q.value(0).toInt();
        if (slot >= 0 && slot < 168)
            counts[static_cast<std::size_t>(slot)] = q.value(1).toLongLong();
    }
    return counts;
}

Result<QHash<qint64, Channel>> SlaRepository::accountChannels()
{
    auto q = m_db.query(QStringLiteral("SELECT id, channel FROM accounts"));
    if (!q)
        return Error{q.error()};
    QHash<qint64, Channel> result;
    while (q->next())
        result.insert(q->value(0).toLongLong(),
                      channelFromKey(q->value(1).toString()).value_or(Channel::Import));
    return result;
}

Result<QHash<qint64, QString>> SlaRepository::agentNames()
{
    auto q = m_db.query(QStringLiteral("SELECT id, name FROM agents"));
    if (!q)
        return Error{q.error()};
    QHash<qint64, QString> result;
    while (q->next())
        result.insert(q->value(0).toLongLong(), q->value(1).toString());
    return result;
}

} // namespace Torget
