#include "migrator.h"

#include "database.h"
#include "searchtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace Torget {

Status Migrator::ensureTable()
{
    return m_db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations("
                                    "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                                    "applied_at INTEGER NOT NULL)"));
}

Status Migrator::reindexMessages()
{
    auto q = m_db.query(QStringLiteral("SELECT id, body_text, author_name FROM messages ORDER BY id"));
    if (!q)
        return Error{q.error()};
    while (q->next()) {
        if (auto added = m_db.searchIndex().add(q->value(0).toLongLong(), q->value(1).toString(),
                                                q->value(2).toString());
            !added)
            return added;
    }
    return {};
}

Status Migrator::foldCitizenNames()
{
    auto q = m_db.query(QStringLiteral("SELECT id, display_name FROM citizens"));
    if (!q)
        return Error{q.error()};
    while (q->next()) {
        if (auto set = m_db.execute(QStringLiteral("UPDATE citizens SET search_name = :n WHERE id = :id"),
                                    {{":n", SearchText::fold(q->value(1).toString())}, {":id", q->value(0)}});
            !set)
            return set;
    }
    return {};
}

int Migrator::latestVersion() const
{
    int latest = 0;
    for (const auto &m : m_db.dialect().migrations())
        latest = std::max(latest, m.version);
    return latest;
}

Result<int> Migrator::currentVersion()
{
    if (auto made = ensureTable(); !made)
        return Error{made.error()};
    auto q = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!q)
        return Error{q.error()};
    if (auto ran = Database::run(*q); !ran)
        return Error{ran.error()};
    q->next();
    return q->value(0).toInt();
}

Status Migrator::migrate(int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = currentVersion();
    if (!current)
        return Error{current.error()};
    if (*current > latestVersion())
        return Error{QCoreApplication::translate("Torget::Migrator",
                                                 "The database was made by a newer Torget (schema %1, this "
                                                 "program knows %2). Update Torget.")
                         .arg(*current)
                         .arg(latestVersion())};
    for (const auto &migration : m_db.dialect().migrations()) {
        if (migration.version <= *current || migration.version > target)
            continue;
        auto applied = m_db.write([&]() -> Status {
            for (const QString &sql : migration.statements) {
                if (auto ran = m_db.exec(sql); !ran)
                    return ran;
            }
            if (migration.reindexMessages) {
                if (auto indexed = reindexMessages(); !indexed)
                    return indexed;
            }
            if (migration.foldCitizenNames) {
                if (auto folded = foldCitizenNames(); !folded)
                    return folded;
            }
            auto q = m_db.prepare(QStringLiteral(
                "INSERT INTO schema_migrations(version, description, applied_at) VALUES(:v, :d, :t)"));
            if (!q)
                return Error{q.error()};
            q->bindValue(QStringLiteral(":v"), migration.version);
            q->bindValue(QStringLiteral(":d"), migration.description);
            q->bindValue(QStringLiteral(":t"), QDateTime::currentMSecsSinceEpoch());
            return Database::run(*q);
        });
        if (!applied)
            return Error{QCoreApplication::translate("Torget::Migrator",
                                                     "Updating the database to schema %1 failed: %2")
                             .arg(migration.version)
                             .arg(applied.error())};
    }
    return {};
}

} // namespace Torget
