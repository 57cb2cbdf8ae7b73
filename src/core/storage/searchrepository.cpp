#include "searchrepository.h"

#include "database.h"
#include "searchtext.h"

#include <QSqlQuery>
#include <QVariant>

namespace Torget {

Result<std::vector<SearchHit>> SearchRepository::search(const QString &query, int limit)
{
    std::vector<SearchHit> hits;
    const QStringList terms = SearchText::terms(query);
    if (terms.isEmpty())
        return hits;
    auto q =
        m_db.query(QStringLiteral("SELECT m.id, m.conversation_id, a.channel, c.status, m.author_name, "
                                  "m.body_text, m.created_at FROM (") +
                       m_db.dialect().ftsSearch() +
                       QStringLiteral(") f JOIN messages m ON m.id = f.rowid "
                                      "JOIN conversations c ON c.id = m.conversation_id "
                                      "JOIN accounts a ON a.id = c.account_id ORDER BY m.created_at DESC"),
                   {{":q", m_db.searchIndex().matchQuery(terms)}, {":limit", limit}});
    if (!q)
        return Error{q.error()};
    while (q->next()) {
        SearchHit h;
        h.messageId = q->value(0).toLongLong();
        h.conversationId = q->value(1).toLongLong();
        h.channel = channelFromKey(q->value(2).toString()).value_or(Channel::Import);
        h.status = statusFromKey(q->value(3).toString()).value_or(ConversationStatus::New);
        h.author = q->value(4).toString();
        h.text = q->value(5).toString();
        h.createdAt = q->value(6).toLongLong();
        hits.push_back(std::move(h));
    }
    return hits;
}

} // namespace Torget
