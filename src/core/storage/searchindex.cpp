#include "searchindex.h"

#include "database.h"
#include "searchtext.h"

#include <QSqlQuery>

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

} // namespace Torget
