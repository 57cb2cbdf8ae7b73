#include "database.h"

#include "migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace Torget {

namespace {

// A null QString would be stored as NULL; text columns hold '' instead. A NULL is asked for with
// QVariant(QMetaType::fromType<…>()), which is a null QVariant.
std::atomic<quint64> nextInstance{1};

// This thread's state per database instance.
std::map<quint64, std::unique_ptr<Database::ThreadState>> &threadStates()
{
    thread_local std::map<quint64, std::unique_ptr<Database::ThreadState>> states;
    return states;
}

QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

} // namespace

Database::Database(QString path, std::unique_ptr<SqlDialect> dialect)
    : m_path(std::move(path))
    , m_dialect(std::move(dialect))
    , m_connectionPrefix(QStringLiteral("torget-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_instance(nextInstance++)
{}

Database::~Database()
{
    m_statements.clear();
    threadStates().erase(m_instance); // other threads' entries stay behind, keyed by an id never reused
    const QStringList names = m_connectionNames;
    for (const QString &name : names) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("torget.sqlite"));
}

Result<std::unique_ptr<Database>> Database::openSqliteRaw(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{QCoreApplication::translate(
            "Torget::Database", "The SQLite driver for Qt is not installed (libqt6sql6-sqlite).")};
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QCoreApplication::translate("Torget::Database", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), std::make_unique<SqliteDialect>()));
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return Error{QCoreApplication::translate("Torget::Database", "Cannot open the database %1: %2")
                         .arg(QDir::toNativeSeparators(path), conn.lastError().text())};
    return db;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    auto db = openSqliteRaw(path);
    if (!db)
        return db;
    Migrator migrator(**db);
    if (auto migrated = migrator.migrate(); !migrated)
        return Error{migrated.error()};
    return db;
}

Database::ThreadState &Database::threadState()
{
    auto &slot = threadStates()[m_instance];
    if (!slot) {
        slot = std::make_unique<ThreadState>();
        slot->searchIndex = std::make_unique<SearchIndex>(*this);
        QMutexLocker lock(&m_mutex);
        // A counter, not the thread's address: a new thread may reuse a finished one's address.
        slot->connectionName = m_connectionPrefix + QLatin1Char('-') + QString::number(m_connectionCount++);
        m_connectionNames << slot->connectionName;
    }
    return *slot;
}

QSqlDatabase Database::connection()
{
    const QString name = threadState().connectionName;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open())
        (void)configure(db);
    return db;
}

Status Database::configure(QSqlDatabase &db)
{
    for (const QString &sql : m_dialect->connectionSetup()) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return errorFor(q);
    }
    return {};
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        return errorFor(q);
    return q;
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return errorFor(q);
    return {};
}

Status Database::run(QSqlQuery &query)
{
    if (!query.exec())
        return errorFor(query);
    return {};
}

Result<QSqlQuery> Database::query(const QString &sql, Bindings bindings)
{
    auto q = prepare(sql);
    if (!q)
        return q;
    for (const auto &[name, value] : bindings)
        q->bindValue(QString::fromLatin1(name), bindable(value));
    if (auto ran = run(*q); !ran)
        return Error{ran.error()};
    return q;
}

Result<QSqlQuery *> Database::statement(const QString &sql)
{
    QSqlDatabase conn = connection();
    const QString key = conn.connectionName() + QLatin1Char('\n') + sql;
    QMutexLocker lock(&m_mutex);
    auto &slot = m_statements[key];
    if (!slot) {
        auto prepared = std::make_unique<QSqlQuery>(conn);
        if (!prepared->prepare(sql))
            return errorFor(*prepared);
        slot = std::move(prepared);
    }
    return slot.get();
}

Result<QSqlQuery *> Database::cached(const QString &sql, Bindings bindings)
{
    auto prepared = statement(sql);
    if (!prepared)
        return prepared;
    QSqlQuery *q = *prepared;
    for (const auto &[name, value] : bindings)
        q->bindValue(QString::fromLatin1(name), bindable(value));
    if (!q->exec()) {
        Error error = errorFor(*q);
        q->finish();
        return error;
    }
    return q;
}

Status Database::execute(const QString &sql, Bindings bindings)
{
    auto q = cached(sql, bindings);
    if (!q)
        return Error{q.error()};
    (*q)->finish();
    return {};
}

Result<std::optional<qint64>> Database::maybeReturningId(const QString &sql, Bindings bindings)
{
    auto q = cached(sql, bindings);
    if (!q)
        return Error{q.error()};
    std::optional<qint64> id;
    if ((*q)->next())
        id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return id;
}

Result<qint64> Database::returningId(const QString &sql, Bindings bindings)
{
    auto id = maybeReturningId(sql, bindings);
    if (!id)
        return Error{id.error()};
    if (!id->has_value())
        return Error{QCoreApplication::translate("Torget::Database", "The database returned no row.")};
    return **id;
}

Status Database::write(const std::function<Status()> &fn)
{
    ThreadState &state = threadState();
    if (state.writeDepth > 0)
        return fn();
    if (auto begun = exec(m_dialect->beginWrite()); !begun)
        return begun;
    ++state.writeDepth;
    Status result = fn();
    if (result)
        result = state.searchIndex->flush();
    --state.writeDepth;
    if (!result) {
        state.searchIndex->discard();
        (void)exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto committed = exec(QStringLiteral("COMMIT")); !committed) {
        state.searchIndex->discard();
        (void)exec(QStringLiteral("ROLLBACK"));
        return committed;
    }
    return {};
}

Error Database::errorFor(const QSqlQuery &query)
{
    const QSqlError err = query.lastError();
    // Qt's driver reports extended result codes (1544 = SQLITE_READONLY_DIRECTORY); the low byte
    // is the primary code.
    const int code = err.nativeErrorCode().toInt() & 0xff;
    // SQLite result codes that a user can act on.
    if (code == 13)
        return {QCoreApplication::translate("Torget::Database",
                                            "The disk is full. Free some space; nothing was saved.")};
    if (code == 5 || code == 6)
        return {QCoreApplication::translate("Torget::Database",
                                            "The database is busy in another program. Try again.")};
    if (code == 8)
        return {QCoreApplication::translate("Torget::Database", "The database file is read-only.")};
    if (code == 11 || code == 26)
        return {QCoreApplication::translate("Torget::Database",
                                            "The database file is damaged or is not a Torget database.")};
    return {QCoreApplication::translate("Torget::Database", "Database error: %1").arg(err.text())};
}

} // namespace Torget
