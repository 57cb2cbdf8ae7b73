#include "cannedreplyrepository.h"

#include "database.h"
#include "searchtext.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Torget {

Result<qint64> CannedReplyRepository::save(const CannedReply &r)
{
    if (r.title.trimmed().isEmpty() || r.body.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Torget::CannedReplyRepository",
                                                 "A standard reply needs a title and a text.")};
    if (r.language != QLatin1String("nb") && r.language != QLatin1String("nn") &&
        r.language != QLatin1String("en"))
        return Error{QCoreApplication::translate("Torget::CannedReplyRepository",
                                                 "A standard reply is in bokmål, nynorsk or English.")};
    if (r.id) {
        if (auto updated =
                m_db.execute(QStringLiteral("UPDATE canned_replies SET title = :t, language = :l, body = :b, "
                                            "redirect = :r, updated_at = :u WHERE id = :id"),
                             {{":t", r.title.trimmed()},
                              {":l", r.language},
                              {":b", r.body},
                              {":r", r.redirect ? 1 : 0},
                              {":u", r.updatedAt},
                              {":id", r.id}});
            !updated)
            return Error{updated.error()};
        return r.id;
    }
    return m_db.returningId(
        QStringLiteral(
            "INSERT INTO canned_replies(title, language, body, redirect, created_at, updated_at) "
            "VALUES(:t, :l, :b, :r, :c, :u) ON CONFLICT(title, language) DO UPDATE SET body = excluded.body, "
            "redirect = excluded.redirect, updated_at = excluded.updated_at RETURNING id"),
        {{":t", r.title.trimmed()},
         {":l", r.language},
         {":b", r.body},
         {":r", r.redirect ? 1 : 0},
         {":c", r.createdAt},
         {":u", r.updatedAt}});
}

Status CannedReplyRepository::remove(qint64 id)
{
    return m_db.execute(QStringLiteral("DELETE FROM canned_replies WHERE id = :id"), {{":id", id}});
}

Result<std::vector<CannedReply>> CannedReplyRepository::list(const QString &language, const QString &search)
{
    auto q = m_db.query(QStringLiteral("SELECT id, title, language, body, redirect, created_at, updated_at "
                                       "FROM canned_replies WHERE :l = '' OR language = :l2"),
                        {{":l", language}, {":l2", language}});
    if (!q)
        return Error{q.error()};
    // A library holds tens or hundreds of replies: filtering in C++ keeps the folding rules in one place.
    const QStringList terms = SearchText::terms(search);
    std::vector<CannedReply> result;
    while (q->next()) {
        CannedReply r{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toString(),   q->value(4).toBool(),   q->value(5).toLongLong(),
                      q->value(6).toLongLong()};
        const QString haystack = SearchText::fold(r.title + QLatin1Char(' ') + r.body);
        const bool all =
            std::all_of(terms.begin(), terms.end(), [&](const QString &t) { return haystack.contains(t); });
        if (all)
            result.push_back(std::move(r));
    }
    QCollator collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), [&](const CannedReply &a, const CannedReply &b) {
        return collator.compare(a.title, b.title) < 0;
    });
    return result;
}

Result<qint64> CannedReplyRepository::count()
{
    auto n = m_db.maybeReturningId(QStringLiteral("SELECT COUNT(*) FROM canned_replies"));
    if (!n)
        return Error{n.error()};
    return n->value_or(0);
}

} // namespace Torget
