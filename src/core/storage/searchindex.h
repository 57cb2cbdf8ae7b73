#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
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

    // The MATCH expression for folded search terms (SqlDialect::ftsQuery), with each prefix term
    // ("takk"*) spelled out as the OR of the index's words that begin with it, when there are at
    // most maxPrefixWords of them. FTS5 reads and merges the whole doclist of every word of a
    // prefix before it returns a row (about 100 ms of CPU for "takk"* "for" "svar"* at a million
    // conversations), while an OR of words is merged lazily, newest first, and stops at the query's
    // LIMIT (about 15 ms). Same matches either way. The words of a prefix are remembered until the
    // index changes (its structure record, written by every change, is compared first).
    QString matchQuery(const QStringList &foldedTerms);
    static constexpr int maxPrefixWords = 64;

private:
    // The index's words that begin with prefix; none when there are more than maxPrefixWords.
    std::optional<QStringList> wordsStartingWith(const QString &prefix);

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
    bool m_vocabulary = false;    // temp.message_fts_vocab made on this connection
    QByteArray m_vocabularyStamp; // the index's structure record when m_words was filled
    QHash<QString, std::optional<QStringList>> m_words; // prefix → its words
};

} // namespace Torget
