#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <vector>

namespace Torget {

class Database;

struct SearchHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    Channel channel = Channel::Facebook;
    ConversationStatus status = ConversationStatus::New;
    QString author;
    QString text;
    qint64 createdAt = 0;
};

// Full-text search over messages (FTS5 on SQLite). Every term must match, each as a word prefix.
class SearchRepository final
{
public:
    explicit SearchRepository(Database &db)
        : m_db(db)
    {}
    Result<std::vector<SearchHit>> search(const QString &query, int limit = 50);

private:
    Database &m_db;
};

} // namespace Torget
