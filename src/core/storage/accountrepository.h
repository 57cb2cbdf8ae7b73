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
    Result<std::optional<Account>> byId(qint64 id);

    // active: synced; paused: left alone by the sync engine; signin: the token stopped working and
    // someone must sign in again. Any other value is refused.
    Status setState(qint64 id, const QString &state);
    // The platform's id of the account (page id, Mastodon account id), learnt when the token is checked.
    Status setExternalId(qint64 id, const QString &externalId);
    // Seconds between automatic syncs (at least 30).
    Status setSyncInterval(qint64 id, int seconds);
    Result<int> syncInterval(qint64 id);

    enum class Removal
    {
        DeleteData, // the account with every conversation, message, citizen and post it brought in
        KeepData    // the conversations stay for the reports; the account is paused and forgets its cursors
    };
    Status remove(qint64 id, Removal removal);

    Result<qint64> upsertAgent(const Agent &agent); // keyed on e-mail
    Result<std::vector<Agent>> agents();

private:
    Database &m_db;
};

} // namespace Torget
