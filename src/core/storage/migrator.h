#pragma once

#include "util/result.h"

namespace Torget {

class Database;

// Brings a database schema to the newest version, one migration per transaction, recorded in
// schema_migrations so that PostgreSQL and SQLite share the mechanism.
class Migrator final
{
public:
    explicit Migrator(Database &db)
        : m_db(db)
    {}

    Result<int> currentVersion();
    int latestVersion() const;
    // Migrates up to `target` (default: newest). Refuses a file newer than this program.
    Status migrate(int target = -1);

private:
    Status ensureTable();
    Status reindexMessages();
    Status foldCitizenNames();
    Database &m_db;
};

} // namespace Torget
