// Ingest: the first conversations of a demo database and their messages written again, under new
// external ids, into a copy of that database (so the tables and the full-text index are as big as
// the size says), once through the app's repositories (the demo generator's insert path:
// ConversationRepository:: upsert, MessageRepository::insert with its full-text indexing, one transaction per
// 2,000 conversations) and once through the raw SQLite C API with the same statements, prepared once.

#include "bench.h"

#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/searchtext.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <sqlite3.h>

#include <limits>
#include <map>
#include <numeric>

namespace Bench {

namespace {

constexpr int batchSize = 2000; // conversations per transaction, as in the demo generator

struct Thread
{
    Torget::Conversation conversation;
    std::vector<Torget::Message> messages;
    std::vector<std::pair<QByteArray, QByteArray>> folded; // body, author for the raw side's index
};

std::optional<qint64> optionalInt(sqlite3_stmt *s, int column)
{
    if (sqlite3_column_type(s, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(s, column);
}

QString text(sqlite3_stmt *s, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)),
                             sqlite3_column_bytes(s, column));
}

// Conversations with ids in [from, to) and their messages, read from the source database.
std::vector<Thread> readBatch(sqlite3 *src, qint64 from, qint64 to)
{
    std::vector<Thread> threads;
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(src,
                       "SELECT id, account_id, external_id, kind, citizen_id, post_id, subject, status, "
                       "priority, assignee_id, snoozed_until, created_at, last_message_at FROM conversations "
                       "WHERE id >= ?1 AND id < ?2 ORDER BY id",
                       -1, &s, nullptr);
    sqlite3_bind_int64(s, 1, from);
    sqlite3_bind_int64(s, 2, to);
    std::map<qint64, std::size_t> index;
    while (sqlite3_step(s) == SQLITE_ROW) {
        Thread t;
        Torget::Conversation &c = t.conversation;
        c.id = sqlite3_column_int64(s, 0);
        c.accountId = sqlite3_column_int64(s, 1);
        c.externalId = text(s, 2) + QStringLiteral("-again");
        c.kind = Torget::kindFromKey(text(s, 3)).value_or(Torget::ConversationKind::Comment);
        c.citizenId = sqlite3_column_int64(s, 4);
        c.postId = optionalInt(s, 5);
        c.subject = text(s, 6);
        c.status = Torget::statusFromKey(text(s, 7)).value_or(Torget::ConversationStatus::New);
        c.priority = static_cast<Torget::Priority>(sqlite3_column_int(s, 8));
        c.assigneeId = optionalInt(s, 9);
        c.snoozedUntil = optionalInt(s, 10);
        c.createdAt = sqlite3_column_int64(s, 11);
        c.lastMessageAt = sqlite3_column_int64(s, 12);
        index[c.id] = threads.size();
        threads.push_back(std::move(t));
    }
    sqlite3_finalize(s);
    sqlite3_prepare_v2(src,
                       "SELECT conversation_id, account_id, external_id, direction, citizen_id, agent_id, "
                       "author_name, body_text, body_original, body_format, created_at, edited_at, automatic "
                       "FROM messages WHERE conversation_id >= ?1 AND conversation_id < ?2 ORDER BY id",
                       -1, &s, nullptr);
    sqlite3_bind_int64(s, 1, from);
    sqlite3_bind_int64(s, 2, to);
    while (sqlite3_step(s) == SQLITE_ROW) {
        Torget::Message m;
        m.conversationId = sqlite3_column_int64(s, 0);
        m.accountId = sqlite3_column_int64(s, 1);
        m.externalId = text(s, 2) + QStringLiteral("-again");
        m.direction = Torget::directionFromKey(text(s, 3)).value_or(Torget::Direction::Inbound);
        m.citizenId = optionalInt(s, 4);
        m.agentId = optionalInt(s, 5);
        m.authorName = text(s, 6);
        m.bodyText = text(s, 7);
        m.bodyOriginal = text(s, 8);
        m.bodyFormat = text(s, 9);
        m.createdAt = sqlite3_column_int64(s, 10);
        m.editedAt = optionalInt(s, 11);
        m.automatic = sqlite3_column_int(s, 12) != 0;
        Thread &t = threads[index[m.conversationId]];
        t.folded.emplace_back(Torget::SearchText::fold(m.bodyText).toUtf8(),
                              Torget::SearchText::fold(m.authorName).toUtf8());
        t.messages.push_back(std::move(m));
    }
    sqlite3_finalize(s);
    return threads;
}

// A copy of the size's database: the new conversations go into tables and an index that already
// hold the others, as they do a year into use.
bool prepareTarget(const QString &path, const QString &source)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    {
        RawConnection checkpoint(source, false);
        checkpoint.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    if (!QFile::copy(source, path)) {
        QTextStream(stderr) << "cannot copy " << source << " to " << path << Qt::endl;
        return false;
    }
    return true;
}

void bindText(sqlite3_stmt *s, int i, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void bindOptional(sqlite3_stmt *s, int i, const std::optional<qint64> &value)
{
    if (value)
        sqlite3_bind_int64(s, i, *value);
    else
        sqlite3_bind_null(s, i);
}

// The repositories' statements, prepared once, stepped with bound values.
class RawWriter final
{
public:
    explicit RawWriter(sqlite3 *db)
        : m_db(db)
    {
        prepare(
            &m_conversation,
            "INSERT INTO conversations(account_id, external_id, kind, citizen_id, post_id, subject, status, "
            "priority, assignee_id, snoozed_until, created_at, last_message_at, message_count) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0) "
            "ON CONFLICT(account_id, external_id) DO UPDATE SET external_id = excluded.external_id "
            "RETURNING id");
        prepare(&m_message,
                "INSERT INTO messages(conversation_id, account_id, external_id, direction, citizen_id, "
                "agent_id, author_name, body_text, body_original, body_format, created_at, edited_at, "
                "reply_to_id, automatic, reply_meta) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                "?12, ?13, ?14, '') ON CONFLICT(account_id, external_id) DO NOTHING RETURNING id");
        const char *update = "UPDATE conversations SET message_count = message_count + 1, last_message_at = "
                             "CASE WHEN last_message_at < ?1 THEN ?1 ELSE last_message_at END, "
                             "awaiting_since = %1 WHERE id = ?2";
        prepare(&m_inbound, QString::fromLatin1(update).arg(QStringLiteral("COALESCE(awaiting_since, ?1)")));
        prepare(&m_outbound, QString::fromLatin1(update).arg(QStringLiteral("NULL")));
        prepare(&m_automatic, QString::fromLatin1(update).arg(QStringLiteral("awaiting_since")));
        prepare(&m_fts, "INSERT INTO message_fts(rowid, body, author) VALUES(?1, ?2, ?3)");
    }
    ~RawWriter()
    {
        for (sqlite3_stmt *s : {m_conversation, m_message, m_inbound, m_outbound, m_automatic, m_fts})
            sqlite3_finalize(s);
    }
    RawWriter(const RawWriter &) = delete;
    RawWriter &operator=(const RawWriter &) = delete;

    // One transaction; the index rows go in at its end, as the app's SearchIndex does.
    qint64 write(const std::vector<Thread> &threads)
    {
        qint64 messages = 0;
        sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
        std::vector<std::pair<qint64, const std::pair<QByteArray, QByteArray> *>> index;
        for (const Thread &t : threads) {
            const Torget::Conversation &c = t.conversation;
            sqlite3_bind_int64(m_conversation, 1, c.accountId);
            bindText(m_conversation, 2, c.externalId);
            bindText(m_conversation, 3, Torget::key(c.kind));
            sqlite3_bind_int64(m_conversation, 4, c.citizenId);
            bindOptional(m_conversation, 5, c.postId);
            bindText(m_conversation, 6, c.subject);
            bindText(m_conversation, 7, Torget::key(c.status));
            sqlite3_bind_int(m_conversation, 8, static_cast<int>(c.priority));
            bindOptional(m_conversation, 9, c.assigneeId);
            bindOptional(m_conversation, 10, c.snoozedUntil);
            sqlite3_bind_int64(m_conversation, 11, c.createdAt);
            sqlite3_bind_int64(m_conversation, 12, c.lastMessageAt);
            const qint64 conversationId = stepId(m_conversation);
            std::optional<qint64> previous;
            for (std::size_t i = 0; i < t.messages.size(); ++i) {
                const Torget::Message &m = t.messages[i];
                sqlite3_bind_int64(m_message, 1, conversationId);
                sqlite3_bind_int64(m_message, 2, m.accountId);
                bindText(m_message, 3, m.externalId);
                bindText(m_message, 4, Torget::key(m.direction));
                bindOptional(m_message, 5, m.citizenId);
                bindOptional(m_message, 6, m.agentId);
                bindText(m_message, 7, m.authorName);
                bindText(m_message, 8, m.bodyText);
                bindText(m_message, 9, m.bodyOriginal);
                bindText(m_message, 10, m.bodyFormat);
                sqlite3_bind_int64(m_message, 11, m.createdAt);
                bindOptional(m_message, 12, m.editedAt);
                bindOptional(m_message, 13, previous);
                sqlite3_bind_int(m_message, 14, m.automatic ? 1 : 0);
                const qint64 id = stepId(m_message);
                previous = id;
                index.emplace_back(id, &t.folded[i]);
                sqlite3_stmt *u = m.direction == Torget::Direction::Inbound ? m_inbound
                                  : m.automatic                             ? m_automatic
                                                                            : m_outbound;
                sqlite3_bind_int64(u, 1, m.createdAt);
                sqlite3_bind_int64(u, 2, conversationId);
                stepId(u);
                ++messages;
            }
        }
        for (const auto &[id, folded] : index) {
            sqlite3_bind_int64(m_fts, 1, id);
            sqlite3_bind_text(m_fts, 2, folded->first.constData(), static_cast<int>(folded->first.size()),
                              SQLITE_STATIC);
            sqlite3_bind_text(m_fts, 3, folded->second.constData(), static_cast<int>(folded->second.size()),
                              SQLITE_STATIC);
            stepId(m_fts);
        }
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            QTextStream(stderr) << "raw ingest: " << sqlite3_errmsg(m_db) << Qt::endl;
        return messages;
    }

private:
    void prepare(sqlite3_stmt **s, const char *sql) { prepare(s, QString::fromLatin1(sql)); }
    void prepare(sqlite3_stmt **s, const QString &sql)
    {
        if (sqlite3_prepare_v3(m_db, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, s, nullptr) !=
            SQLITE_OK)
            QTextStream(stderr) << "raw ingest: " << sqlite3_errmsg(m_db) << " in " << sql << Qt::endl;
    }
    qint64 stepId(sqlite3_stmt *s)
    {
        qint64 id = 0;
        int rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            id = sqlite3_column_int64(s, 0);
            rc = sqlite3_step(s);
        }
        if (rc != SQLITE_DONE)
            QTextStream(stderr) << "raw ingest: " << sqlite3_errmsg(m_db) << Qt::endl;
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return id;
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_conversation = nullptr;
    sqlite3_stmt *m_message = nullptr;
    sqlite3_stmt *m_inbound = nullptr;
    sqlite3_stmt *m_outbound = nullptr;
    sqlite3_stmt *m_automatic = nullptr;
    sqlite3_stmt *m_fts = nullptr;
};

} // namespace

void ingest(const Options &o, const QString &source, const Add &add)
{
    QTextStream err(stderr);
    RawConnection src(source);
    qint64 maxId = 0;
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(src.handle(), "SELECT id FROM conversations ORDER BY id LIMIT 1 OFFSET ?1", -1, &s,
                           nullptr);
        sqlite3_bind_int64(s, 1, o.ingestCap);
        if (sqlite3_step(s) == SQLITE_ROW) {
            maxId = sqlite3_column_int64(s, 0);
        } else {
            sqlite3_finalize(s);
            sqlite3_prepare_v2(src.handle(), "SELECT COALESCE(MAX(id), 0) + 1 FROM conversations", -1, &s,
                               nullptr);
            sqlite3_step(s);
            maxId = sqlite3_column_int64(s, 0);
        }
        sqlite3_finalize(s);
    }
    const QString appPath = QDir(o.workdir).filePath(QStringLiteral("ingest-app.sqlite"));
    const QString rawPath = QDir(o.workdir).filePath(QStringLiteral("ingest-raw.sqlite"));
    if (!prepareTarget(appPath, source) || !prepareTarget(rawPath, source))
        return;

    // Alternating batches, app then raw, so that both see the same machine load.
    auto appDb = Torget::Database::openSqlite(appPath);
    if (!appDb)
        return;
    Torget::ConversationRepository conversations(**appDb);
    Torget::MessageRepository messageRepository(**appDb);
    RawConnection rawDb(rawPath, false);
    RawWriter writer(rawDb.handle());
    Samples app; // per batch
    Samples raw;
    qint64 appMessages = 0;
    qint64 rawMessages = 0;
    resetPeakMemory();
    for (qint64 from = 1; from < maxId; from += batchSize) {
        const std::vector<Thread> threads = readBatch(src.handle(), from, std::min(maxId, from + batchSize));
        Torget::Status written;
        app.add(repeat(1, [&] {
            written = (*appDb)->write([&]() -> Torget::Status {
                for (const Thread &thread : threads) {
                    auto id = conversations.upsert(thread.conversation);
                    if (!id)
                        return Torget::Error{id.error()};
                    std::optional<qint64> previous;
                    for (Torget::Message m : thread.messages) {
                        m.conversationId = *id;
                        m.replyToId = previous;
                        auto stored = messageRepository.insert(m);
                        if (!stored)
                            return Torget::Error{stored.error()};
                        previous = stored->id;
                        ++appMessages;
                    }
                }
                return {};
            });
        }));
        if (!written) {
            err << "app ingest: " << written.error() << Qt::endl;
            return;
        }
        raw.add(repeat(1, [&] { rawMessages += writer.write(threads); }));
    }
    const double peak = peakMemoryMb();

    Figure f;
    f.key = QStringLiteral("ingest_rate");
    f.label = QStringLiteral("ingest, repositories incl. FTS (%1 messages)").arg(appMessages);
    f.unit = QStringLiteral("msg/s");
    const auto sum = [](const std::vector<double> &v) { return std::accumulate(v.begin(), v.end(), 0.0); };
    const double appSeconds = sum(o.cpuClock ? app.cpu : app.ms) / 1000.0;
    const double rawSeconds = sum(o.cpuClock ? raw.cpu : raw.ms) / 1000.0;
    f.value = f.best = static_cast<double>(appMessages) / appSeconds;
    f.other = static_cast<double>(appMessages) / (sum(o.cpuClock ? app.ms : app.cpu) / 1000.0);
    f.limit = static_cast<double>(rawMessages) / rawSeconds;
    f.runs = static_cast<int>(app.ms.size());
    f.target = Target{Target::Kind::RatioAtLeast, 0.5};
    f.note = QStringLiteral("app %1 s, raw %2 s, %3 transactions")
                 .arg(appSeconds, 0, 'f', 1)
                 .arg(rawSeconds, 0, 'f', 1)
                 .arg(app.ms.size());
    add(f);
    Figure m;
    m.key = QStringLiteral("ingest_peak_memory");
    m.label = QStringLiteral("peak memory during ingest (bench process)");
    m.unit = QStringLiteral("MB");
    m.value = m.best = peak;
    add(m);
    if (!o.keep) {
        appDb->reset();
        for (const QString &path : {appPath, rawPath}) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
    }
}

} // namespace Bench
