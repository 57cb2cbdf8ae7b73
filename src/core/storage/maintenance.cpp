#include "maintenance.h"

#include "database.h"
#include "migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace Torget {

Result<QStringList> Maintenance::check()
{
    QStringList problems;
    auto integrity = m_db.query(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return Error{integrity.error()};
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    auto keys = m_db.query(QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return Error{keys.error()};
    while (keys->next())
        problems << QCoreApplication::translate("Torget::Maintenance",
                                                "Row %1 in %2 points to a missing row in %3.")
                        .arg(keys->value(1).toString(), keys->value(0).toString(), keys->value(2).toString());
    if (auto fts =
            m_db.exec(QStringLiteral("INSERT INTO message_fts(message_fts) VALUES('integrity-check')"));
        !fts)
        problems << QCoreApplication::translate("Torget::Maintenance", "The search index is damaged: %1")
                        .arg(fts.error());
    // Counters kept by the message repository must agree with the messages themselves.
    auto counts =
        m_db.query(QStringLiteral("SELECT COUNT(*) FROM conversations c WHERE c.message_count <> "
                                  "(SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id)"));
    if (!counts)
        return Error{counts.error()};
    const int wrongCounts = counts->next() ? counts->value(0).toInt() : 0;
    // (A plain variable as the count: Qt 6.4's lupdate hangs on "->" inside translate()'s arguments.)
    if (wrongCounts > 0)
        problems << QCoreApplication::translate(
            "Torget::Maintenance", "%n conversation(s) have a wrong message count.", nullptr, wrongCounts);
    return problems;
}

Status Maintenance::backup(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    if (target.exists())
        return Error{
            QCoreApplication::translate("Torget::Maintenance", "%1 already exists; choose a new file name.")
                .arg(QDir::toNativeSeparators(targetPath))};
    if (!target.absoluteDir().exists())
        return Error{QCoreApplication::translate("Torget::Maintenance", "The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(target.absolutePath()))};
    // VACUUM INTO reads one snapshot of the live file and writes a compact copy.
    auto q = m_db.prepare(QStringLiteral("VACUUM INTO :path"));
    if (!q)
        return Error{q.error()};
    q->bindValue(QStringLiteral(":path"), target.absoluteFilePath());
    return Database::run(*q);
}

Result<QString> Maintenance::changeStamp()
{
    // Every write Torget makes adds a row to one of these tables (agents' actions always reach the
    // audit log), so their largest ids change with every commit, whoever made it. Each MAX is one
    // index lookup. (PRAGMA data_version would be the natural tool, but through Qt's driver it did
    // not change when another connection of the same process committed.)
    auto q =
        m_db.query(QStringLiteral("SELECT (SELECT MAX(id) FROM messages), (SELECT MAX(id) FROM audit_log), "
                                  "(SELECT MAX(id) FROM conversation_events), (SELECT MAX(id) FROM notes), "
                                  "(SELECT MAX(id) FROM outbox), "
                                  "(SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending')), "
                                  "(SELECT MAX(id) FROM conversations)"));
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return QString();
    QStringList parts;
    for (int i = 0; i < 7; ++i)
        parts << q->value(i).toString();
    return parts.join(QLatin1Char('/'));
}

Result<DatabaseStats> Maintenance::stats()
{
    DatabaseStats s;
    auto q = m_db.query(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM accounts), (SELECT COUNT(*) FROM conversations), "
        "(SELECT COUNT(*) FROM conversations WHERE status = 'new'), (SELECT COUNT(*) FROM messages), "
        "(SELECT COUNT(*) FROM posts)"));
    if (!q)
        return Error{q.error()};
    q->next();
    s.accounts = q->value(0).toLongLong();
    s.conversations = q->value(1).toLongLong();
    s.unanswered = q->value(2).toLongLong();
    s.messages = q->value(3).toLongLong();
    s.posts = q->value(4).toLongLong();
    Migrator migrator(m_db);
    auto version = migrator.currentVersion();
    if (!version)
        return Error{version.error()};
    s.schemaVersion = *version;
    return s;
}

} // namespace Torget
