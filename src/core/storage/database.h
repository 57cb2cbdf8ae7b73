#pragma once

#include "searchindex.h"
#include "sqldialect.h"
#include "util/result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <utility>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace Torget {

// One database (a SQLite file, later a PostgreSQL server), with one named QtSql connection per
// thread. Only code under storage/ uses it to run SQL.
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and creates) a SQLite file and brings its schema up to date.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);
    // Opens without migrating (tests of the migrator, `db check` on a foreign file).
    static Result<std::unique_ptr<Database>> openSqliteRaw(const QString &path);

    // The default file: <data dir>/torget.sqlite (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    const SqlDialect &dialect() const { return *m_dialect; }
    // The calling thread's pending search-index changes and transaction depth.
    SearchIndex &searchIndex() { return *threadState().searchIndex; }
    bool inTransaction() { return threadState().writeDepth > 0; }
    QString path() const { return m_path; }

    // The calling thread's connection, created on first use.
    QSqlDatabase connection();

    // Prepares a statement on this thread's connection; the error is translated.
    Result<QSqlQuery> prepare(const QString &sql);
    // Runs one statement without parameters.
    Status exec(const QString &sql);
    // exec() of a prepared statement with a translated error.
    static Status run(QSqlQuery &query);
    // Prepares, binds the named values and runs; the finished query is returned for reading.
    using Bindings = std::initializer_list<std::pair<const char *, QVariant>>;
    Result<QSqlQuery> query(const QString &sql, Bindings bindings = {});
    // For writes on hot paths: the statement is prepared once per thread and reset after use.
    Status execute(const QString &sql, Bindings bindings = {});
    // INSERT … RETURNING id (or any single-value write); the statement is reset before returning.
    Result<qint64> returningId(const QString &sql, Bindings bindings = {});
    // The same, for statements that may return no row (ON CONFLICT DO NOTHING).
    Result<std::optional<qint64>> maybeReturningId(const QString &sql, Bindings bindings = {});

    // Runs fn inside one write transaction: committed when fn succeeds, rolled back otherwise.
    // Nested calls join the outer transaction.
    Status write(const std::function<Status()> &fn);

    // A translated error for a failed query, naming what went wrong without SQL jargon where possible.
    static Error errorFor(const QSqlQuery &query);

    // This thread's prepared statement for sql, made once and kept (for positional binding on hot paths).
    Result<QSqlQuery *> statement(const QString &sql);

private:
    Result<QSqlQuery *> cached(const QString &sql, Bindings bindings);
    Database(QString path, std::unique_ptr<SqlDialect> dialect);
    Status configure(QSqlDatabase &db);

    QString m_path;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionPrefix;
    // Each thread has its own connection, transaction depth and pending index changes: a write on
    // one thread never joins another thread's transaction.
public:
    struct ThreadState
    {
        QString connectionName;
        int writeDepth = 0;
        std::unique_ptr<SearchIndex> searchIndex;
    };

private:
    ThreadState &threadState();
    const quint64 m_instance; // never reused, unlike an address: keys this database's thread states
    QMutex m_mutex;
    int m_connectionCount = 0;
    QStringList m_connectionNames;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // connection name + SQL → statement
};

} // namespace Torget
