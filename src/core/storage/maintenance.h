#pragma once

#include "util/result.h"

#include <QStringList>

namespace Torget {

class Database;

struct DatabaseStats
{
    qint64 accounts = 0;
    qint64 conversations = 0;
    qint64 unanswered = 0; // status new
    qint64 messages = 0;
    qint64 posts = 0;
    int schemaVersion = 0;
};

// Integrity check, online backup and counts for the status bar and `db check`.
class Maintenance final
{
public:
    explicit Maintenance(Database &db)
        : m_db(db)
    {}

    // Problems found (empty when the file is sound): page structure, foreign keys, search index.
    Result<QStringList> check();
    // A consistent copy of the live database, taken while others keep reading and writing.
    Status backup(const QString &targetPath);
    Result<DatabaseStats> stats();
    // Changes whenever anyone (this program, another one, another thread) commits a change.
    Result<QString> changeStamp();

private:
    Database &m_db;
};

} // namespace Torget
