#include "bench.h"

#include "storage/database.h"

#include <QFile>
#include <QSqlDriver>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ctime>

namespace Bench {

QString Target::text() const
{
    switch (kind) {
    case Kind::ValueBelow:
        return QStringLiteral("< %1").arg(bound);
    case Kind::RatioAtMost:
        return QStringLiteral("ratio <= %1").arg(bound);
    case Kind::RatioAtLeast:
        return QStringLiteral("ratio >= %1").arg(bound);
    }
    return {};
}

bool Target::met(double value, std::optional<double> limit) const
{
    switch (kind) {
    case Kind::ValueBelow:
        return value < bound;
    case Kind::RatioAtMost:
        return limit && *limit > 0 && value / *limit <= bound;
    case Kind::RatioAtLeast:
        return limit && *limit > 0 && value / *limit >= bound;
    }
    return false;
}

std::optional<double> Figure::ratio() const
{
    if (!limit || *limit <= 0)
        return std::nullopt;
    return value / *limit;
}

std::optional<bool> Figure::met() const
{
    if (!target)
        return std::nullopt;
    return target->met(value, limit);
}

double Samples::median() const
{
    return percentile(ms, 0.5);
}

double Samples::best() const
{
    return ms.empty() ? 0 : *std::min_element(ms.begin(), ms.end());
}

double Samples::cpuMedian() const
{
    return percentile(cpu, 0.5);
}

void Samples::add(const Samples &other)
{
    ms.insert(ms.end(), other.ms.begin(), other.ms.end());
    cpu.insert(cpu.end(), other.cpu.begin(), other.cpu.end());
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

void setTimes(Figure &f, const Samples &app, const Samples *limit, const Options &o, double p)
{
    const std::vector<double> &main = o.cpuClock ? app.cpu : app.ms;
    const std::vector<double> &other = o.cpuClock ? app.ms : app.cpu;
    f.value = percentile(main, p);
    f.best = percentile(main, 0);
    if (!other.empty())
        f.other = percentile(other, p);
    f.runs = static_cast<int>(main.size());
    if (limit)
        f.limit = percentile(o.cpuClock ? limit->cpu : limit->ms, p);
}

double elapsedMs(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

Samples repeat(int runs, const std::function<void()> &fn)
{
    Samples s;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double cpu = cpuMs();
        t.start();
        fn();
        s.ms.push_back(elapsedMs(t));
        s.cpu.push_back(cpuMs() - cpu);
    }
    return s;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void resetPeakMemory()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

namespace {

int traceStatement(unsigned type, void *context, void *statement, void *)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    auto *stmt = static_cast<sqlite3_stmt *>(statement);
    // Only reads are replayed: the baseline runs on a read-only connection.
    if (!sqlite3_stmt_readonly(stmt))
        return 0;
    // FTS5's own statements on its shadow tables ('main'.'message_fts_idx' …) run inside the
    // MATCH that is replayed anyway; the app never names a schema in quotes.
    if (const char *text = sqlite3_sql(stmt); text && std::strstr(text, "'main'."))
        return 0;
    if (char *sql = sqlite3_expanded_sql(stmt)) {
        static_cast<SqlTrace *>(context)->add(QString::fromUtf8(sql));
        sqlite3_free(sql);
    }
    return 0;
}

} // namespace

SqlTrace::SqlTrace(Torget::Database &db)
{
    // The Qt driver links the system libsqlite3, the same library this program links: its handle
    // can be traced directly.
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (m_handle)
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_PROFILE, traceStatement, this);
}

SqlTrace::~SqlTrace()
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

RawConnection::RawConnection(const QString &path, bool readOnly)
{
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        QTextStream(stderr) << "raw sqlite: cannot open " << path << ": " << sqlite3_errmsg(m_db) << '\n';
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    // The app's pragmas (SqliteDialect::connectionPragmas), so that both sides get the same cache.
    exec("PRAGMA cache_size=-32000");
    exec("PRAGMA temp_store=MEMORY");
    exec("PRAGMA busy_timeout=10000");
    if (!readOnly) {
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=NORMAL");
        exec("PRAGMA foreign_keys=ON");
    }
}

RawConnection::~RawConnection()
{
    sqlite3_close(m_db);
}

void RawConnection::exec(const char *sql) const
{
    char *error = nullptr;
    if (m_db && sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        QTextStream(stderr) << "raw sqlite: " << error << " in " << sql << '\n';
        sqlite3_free(error);
    }
}

void RawConnection::run(const QStringList &statements) const
{
    for (const QString &sql : statements) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr) !=
            SQLITE_OK) {
            QTextStream(stderr) << "raw sqlite: " << sqlite3_errmsg(m_db) << " in " << sql.left(200) << '\n';
            continue;
        }
        // Every column read, as the app reads them, so that neither side skips work.
        volatile qint64 sink = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                if (sqlite3_column_type(stmt, c) == SQLITE_TEXT)
                    sink = sink + sqlite3_column_bytes(stmt, c) + (sqlite3_column_text(stmt, c) ? 1 : 0);
                else
                    sink = sink + sqlite3_column_int64(stmt, c);
            }
        }
        sqlite3_finalize(stmt);
    }
}

} // namespace Bench
