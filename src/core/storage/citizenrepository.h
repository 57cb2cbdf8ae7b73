#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <functional>
#include <optional>

namespace Torget {

class Database;

// Citizens: one identity per account, idempotent on the platform's id; identities can be merged.
class CitizenRepository final
{
public:
    explicit CitizenRepository(Database &db)
        : m_db(db)
    {}

    // Returns the id of the identity (account, externalId), creating it or refreshing its name.
    Result<qint64> upsert(const Citizen &citizen);
    Result<std::optional<Citizen>> byId(qint64 id);
    // Makes `from` an alias of `into`: conversations of both show under one person.
    Status merge(qint64 from, qint64 into);
    Status forEach(const std::function<Status(const Citizen &)> &fn);

private:
    Database &m_db;
};

// The municipality's own posts.
class PostRepository final
{
public:
    explicit PostRepository(Database &db)
        : m_db(db)
    {}

    // Inserts or updates text and engagement counts; keyed on (account, externalId).
    Result<qint64> upsert(const Post &post);
    Result<std::optional<Post>> byId(qint64 id);
    Status forEach(const std::function<Status(const Post &)> &fn);

private:
    Database &m_db;
};

} // namespace Torget
