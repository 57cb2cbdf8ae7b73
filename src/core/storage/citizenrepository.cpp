#include "citizenrepository.h"

#include "database.h"
#include "searchtext.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Torget {

namespace {

Citizen citizenFrom(const QSqlQuery &q)
{
    Citizen c;
    c.id = q.value(0).toLongLong();
    c.accountId = q.value(1).toLongLong();
    c.externalId = q.value(2).toString();
    c.displayName = q.value(3).toString();
    c.handle = q.value(4).toString();
    c.mergedInto = SqlValues::toOptionalId(q.value(5));
    c.createdAt = q.value(6).toLongLong();
    return c;
}

const auto citizenSelect = QStringLiteral(
    "SELECT id, account_id, external_id, display_name, handle, merged_into, created_at FROM citizens");

} // namespace

Result<qint64> CitizenRepository::upsert(const Citizen &c)
{
    return m_db.returningId(
        QStringLiteral(
            "INSERT INTO citizens(account_id, external_id, display_name, handle, merged_into, created_at, "
            "search_name) VALUES(:acc, :ext, :name, :handle, :merged, :created, :search) "
            "ON CONFLICT(account_id, external_id) DO UPDATE SET display_name = excluded.display_name, "
            "handle = excluded.handle, search_name = excluded.search_name RETURNING id"),
        {{":acc", c.accountId},
         {":ext", c.externalId},
         {":name", c.displayName},
         {":handle", c.handle},
         {":merged", SqlValues::optionalId(c.mergedInto)},
         {":created", c.createdAt},
         {":search", SearchText::fold(c.displayName)}});
}

Result<std::optional<Citizen>> CitizenRepository::byId(qint64 id)
{
    auto q = m_db.query(citizenSelect + QStringLiteral(" WHERE id = :id"), {{":id", id}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<Citizen>();
    return std::optional<Citizen>(citizenFrom(*q));
}

Status CitizenRepository::merge(qint64 from, qint64 into)
{
    return m_db.write([&]() -> Status {
        // Merge into the person `into` finally stands for, so that merges never form chains.
        auto root = m_db.maybeReturningId(
            QStringLiteral("SELECT COALESCE(merged_into, id) FROM citizens WHERE id = :id"), {{":id", into}});
        if (!root)
            return Error{root.error()};
        if (!root->has_value())
            return Error{QCoreApplication::translate("Torget::CitizenRepository", "There is no citizen %1.")
                             .arg(into)};
        qint64 target = **root;
        if (from == target) {
            // `into` was an alias of `from`: it becomes the person, and `from` its alias.
            if (into == from)
                return Error{QCoreApplication::translate("Torget::CitizenRepository",
                                                         "A citizen cannot be merged with itself.")};
            if (auto freed = m_db.execute(
                    QStringLiteral("UPDATE citizens SET merged_into = NULL WHERE id = :id"), {{":id", into}});
                !freed)
                return freed;
            target = into;
        }
        if (auto moved = m_db.execute(QStringLiteral("UPDATE citizens SET merged_into = :into "
                                                     "WHERE merged_into = :from AND id <> :into2"),
                                      {{":into", target}, {":from", from}, {":into2", target}});
            !moved)
            return moved;
        return m_db.execute(QStringLiteral("UPDATE citizens SET merged_into = :into WHERE id = :from"),
                            {{":into", target}, {":from", from}});
    });
}

Status CitizenRepository::forEach(const std::function<Status(const Citizen &)> &fn)
{
    auto q = m_db.query(citizenSelect + QStringLiteral(" ORDER BY id"));
    if (!q)
        return Error{q.error()};
    while (q->next()) {
        if (auto done = fn(citizenFrom(*q)); !done)
            return done;
    }
    return {};
}

Result<qint64> PostRepository::upsert(const Post &p)
{
    return m_db.returningId(
        QStringLiteral(
            "INSERT INTO posts(account_id, external_id, text, url, created_at, likes, shares, comments) "
            "VALUES(:acc, :ext, :text, :url, :created, :likes, :shares, :comments) "
            "ON CONFLICT(account_id, external_id) DO UPDATE SET text = excluded.text, "
            "likes = excluded.likes, shares = excluded.shares, comments = excluded.comments RETURNING id"),
        {{":acc", p.accountId},
         {":ext", p.externalId},
         {":text", p.text},
         {":url", p.url},
         {":created", p.createdAt},
         {":likes", p.likes},
         {":shares", p.shares},
         {":comments", p.comments}});
}

namespace {

const auto postSelect = QStringLiteral(
    "SELECT id, account_id, external_id, text, url, created_at, likes, shares, comments FROM posts");

Post postFrom(const QSqlQuery &q)
{
    Post p;
    p.id = q.value(0).toLongLong();
    p.accountId = q.value(1).toLongLong();
    p.externalId = q.value(2).toString();
    p.text = q.value(3).toString();
    p.url = q.value(4).toString();
    p.createdAt = q.value(5).toLongLong();
    p.likes = q.value(6).toInt();
    p.shares = q.value(7).toInt();
    p.comments = q.value(8).toInt();
    return p;
}

} // namespace

Result<std::optional<Post>> PostRepository::byId(qint64 id)
{
    auto q = m_db.query(postSelect + QStringLiteral(" WHERE id = :id"), {{":id", id}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<Post>();
    return std::optional<Post>(postFrom(*q));
}

Status PostRepository::forEach(const std::function<Status(const Post &)> &fn)
{
    auto q = m_db.query(postSelect + QStringLiteral(" ORDER BY id"));
    if (!q)
        return Error{q.error()};
    while (q->next()) {
        if (auto done = fn(postFrom(*q)); !done)
            return done;
    }
    return {};
}

} // namespace Torget
