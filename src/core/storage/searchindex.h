#pragma once

#include "util/result.h"

#include <QString>

#include <vector>

namespace Torget {

class Database;

// Pending changes to the full-text index, written in one go at the end of each write transaction.
// FTS5 flushes its in-memory segment at every statement savepoint, so indexing message by message
// between ordinary inserts writes one tiny segment per message; batching keeps ingest fast.
class SearchIndex final
{
public:
    explicit SearchIndex(Database &db)
        : m_db(db)
    {}

    // Texts are folded here. Outside a transaction the change is written at once.
    Status add(qint64 messageId, const QString &body, const QString &author);
    Status remove(qint64 messageId, const QString &body, const QString &author);

    // Called by Database::write before COMMIT and after ROLLBACK.
    Status flush();
    void discard() { m_pending.clear(); }

private:
    struct Change
    {
        bool remove;
        qint64 id;
        QString body;
        QString author;
    };
    Status queue(Change change);

    Database &m_db;
    std::vector<Change> m_pending;
};

} // namespace Torget
