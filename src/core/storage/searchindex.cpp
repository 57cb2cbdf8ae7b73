#include "searchindex.h"

#include "database.h"
#include "searchtext.h"

#include <QSqlQuery>
#include <QVariant>

namespace Torget {

Status SearchIndex::add(qint64 messageId, const QString &body, const QString &author)
{
    return queue({false, messageId, SearchText::fold(body), SearchText::fold(author)});
}

Status SearchIndex::remove(qint64 messageId, const QString &body, const QString &author)
{
    return queue({true, messageId, SearchText::fold(body), SearchText::fold(author)});
}

Status SearchIndex::queue(Change change)
{
    m_pending.push_back(std::move(change));
    return m_db.inTransaction() ? Status() : flush();
}

Status SearchIndex::flush()
{
    constexpr std::size_t chunk = 256;
    const SqlDialect &dialect = m_db.dialect();
    std::size_t i = 0;
    while (i < m_pending.size()) {
        if (m_pending[i].remove) {
            const Change &c = m_pending[i];
            if (auto done = m_db.execute(dialect.ftsDelete(),
                                         {{":id", c.id}, {":body", c.body}, {":author", c.author}});
                !done)
                return done;
            ++i;
            continue;
        }
        // A run of additions: one multi-row statement per chunk.
        std::size_t end = i;
        while (end < m_pending.size() && !m_pending[end].remove && end - i < chunk)
            ++end;
        // Full chunks reuse one prepared statement; only the last, shorter run is prepared anew.
        const auto rows = static_cast<int>(end - i);
        QSqlQuery fresh;
        QSqlQuery *q = nullptr;
        if (end - i == chunk) {
            auto kept = m_db.statement(dialect.ftsInsertRows(rows));
            if (!kept)
                return Error{kept.error()};
            q = *kept;
        } else {
            auto made = m_db.prepare(dialect.ftsInsertRows(rows));
            if (!made)
                return Error{made.error()};
            fresh = std::move(*made);
            q = &fresh;
        }
        int position = 0;
        for (std::size_t j = i; j < end; ++j) {
            q->bindValue(position++, m_pending[j].id);
            q->bindValue(position++, m_pending[j].body);
            q->bindValue(position++, m_pending[j].author);
        }
        const Status done = Database::run(*q);
        q->finish();
        if (!done)
            return done;
        i = end;
    }
    m_pending.clear();
    return {};
}

QString SearchIndex::matchQuery(const QStringList &foldedTerms)
{
    const QString plain = m_db.dialect().ftsQuery(foldedTerms);
    // TORGET_SEARCH_PLAIN_PREFIXES=1 keeps FTS5's own prefix queries, for comparing (torget-bench).
    static const bool plainPrefixes = qEnvironmentVariableIntValue("TORGET_SEARCH_PLAIN_PREFIXES") == 1;
    if (plainPrefixes || m_db.dialect().name() != QLatin1String("sqlite") ||
        !plain.contains(QLatin1String("\"*")))
        return plain;
    // FTS5's structure record (rowid 10 of the %_data table) starts with a cookie that every change
    // to the index increments: equal records mean the words are still the same.
    auto stamp = m_db.query(QStringLiteral("SELECT block FROM message_fts_data WHERE id = 10"));
    if (!stamp)
        return plain;
    const QByteArray current = stamp->next() ? stamp->value(0).toByteArray() : QByteArray();
    stamp->finish();
    if (current != m_vocabularyStamp) {
        m_words.clear();
        m_vocabularyStamp = current;
    }
    if (!m_vocabulary) {
        // A temp table: per connection, nothing written to the file.
        if (!m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.message_fts_vocab USING "
                                      "fts5vocab(main, 'message_fts', 'row')")))
            return plain;
        m_vocabulary = true;
    }
    // The dialect quotes every term ("a""b" for a quote) and marks a prefix with a trailing *;
    // terms hold no spaces (SearchText::terms splits on them).
    QStringList parts = plain.split(QLatin1Char(' '));
    for (QString &part : parts) {
        if (!part.startsWith(QLatin1Char('"')) || !part.endsWith(QLatin1String("\"*")))
            continue;
        const QString prefix =
            part.mid(1, part.size() - 3).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        const std::optional<QStringList> words = wordsStartingWith(prefix);
        if (!words || words->isEmpty())
            continue; // too many words to spell out, or none (the prefix then matches nothing)
        QStringList quoted;
        for (QString word : *words)
            quoted << QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                          QLatin1Char('"');
        part = quoted.size() == 1 ? quoted.front()
                                  : QLatin1Char('(') + quoted.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    // An explicit AND: FTS5 accepts no implicit one next to a bracketed group.
    return parts.join(QStringLiteral(" AND "));
}

std::optional<QStringList> SearchIndex::wordsStartingWith(const QString &prefix)
{
    if (const auto known = m_words.constFind(prefix); known != m_words.constEnd())
        return *known;
    // The words in [prefix, prefix with its last character one higher): the vocabulary table
    // compares UTF-8 bytes, whose order is the order of code points.
    QList<uint> upper = prefix.toUcs4();
    if (upper.isEmpty())
        return std::nullopt;
    ++upper.back();
    auto q = m_db.query(
        QStringLiteral("SELECT term FROM temp.message_fts_vocab WHERE term >= :lo AND term < :hi "
                       "LIMIT :n"),
        {{":lo", prefix},
         {":hi", QString::fromUcs4(reinterpret_cast<const char32_t *>(upper.constData()), upper.size())},
         {":n", maxPrefixWords + 1}});
    if (!q)
        return std::nullopt;
    QStringList words;
    while (q->next())
        words << q->value(0).toString();
    const std::optional<QStringList> result =
        words.size() > maxPrefixWords ? std::nullopt : std::optional<QStringList>(words);
    m_words.insert(prefix, result);
    return result;
}

} // namespace Torget
