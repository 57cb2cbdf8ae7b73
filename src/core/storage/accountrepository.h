#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <functional>
#include <optional>
#include <vector>

namespace Torget {

class Database;

// Channel accounts and the service desk's agents.
class AccountRepository final
{
public:
    explicit AccountRepository(Database &db)
        : m_db(db)
    {}

    // Inserts, or returns the id of the account with the same name.
    Result<qint64> upsert(const Account &account);
    Result<std::vector<Account>> list();
    Result<std::optional<Account>> byName(const QString &name);

    Result<qint64> upsertAgent(const Agent &agent); // keyed on e-mail
    Result<std::vector<Agent>> agents();

private:
    Database &m_db;
};

} // namespace Torget
