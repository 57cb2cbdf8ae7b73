#pragma once

#include "connectors/connector.h"
#include "domain/types.h"
#include "util/result.h"

namespace Torget {

class Clock;
class Database;

// Stores what a connector fetched: one page in one transaction, together with the stream's cursor,
// so that a crash or an error anywhere in the page leaves nothing half-stored and the next sync
// resumes from the last stored page. Idempotent on the platform's ids: a page stored twice changes
// nothing, an edited message is updated.
class Ingest final
{
public:
    Ingest(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    struct Counts
    {
        int created = 0; // messages new to the database
        int edited = 0;  // messages whose text changed
        int adopted = 0; // own replies recognised as outbox entries already stored
        int posts = 0;
    };

    Result<Counts> store(const Account &account, const QString &stream, const FetchedPage &page);

    // Text as it may be stored and indexed: NUL characters and broken UTF-16 (a lone surrogate)
    // become U+FFFD; everything else, markup included, stays as it came.
    static QString cleanText(const QString &text);
    // The first line of a message, shortened, as the subject of a new conversation.
    static QString subjectFrom(const QString &text);
    // The same reply as it comes back from a platform: leading @mentions dropped, whitespace folded.
    static QString comparable(const QString &text);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace Torget
