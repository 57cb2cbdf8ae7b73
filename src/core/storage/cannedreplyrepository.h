#pragma once

#include "util/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace Torget {

class Database;

// A standard reply (standardsvar) in one language, with placeholders ({navn}, {agent}, {kommune}).
struct CannedReply
{
    qint64 id = 0;
    QString title;
    QString language = QStringLiteral("nb"); // nb | nn | en
    QString body;
    bool redirect = false; // "please use the formal channel": marks the conversation redirected
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

class CannedReplyRepository final
{
public:
    explicit CannedReplyRepository(Database &db)
        : m_db(db)
    {}

    // Inserts, or updates the reply with the same title and language.
    Result<qint64> save(const CannedReply &reply);
    Status remove(qint64 id);
    // Replies in a language ("" = all), in title order; `search` matches title and body, folded.
    Result<std::vector<CannedReply>> list(const QString &language = QString(),
                                          const QString &search = QString());
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace Torget
