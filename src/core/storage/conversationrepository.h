#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <functional>
#include <optional>
#include <vector>

namespace Torget {

class Database;

struct ConversationFilter
{
    std::optional<ConversationStatus> status;
    std::optional<qint64> assigneeId;
    std::optional<qint64> citizenId; // this person, merged identities included
    int limit = 50;
    int offset = 0;
};

// Conversations, their tags and list queries. State changes that agents make go through the
// history-recording methods so that the SLA clock and the audit log see them.
class ConversationRepository final
{
public:
    explicit ConversationRepository(Database &db)
        : m_db(db)
    {}

    // Inserts, or returns the existing id for (account, externalId). A conversation without an
    // external id (made locally) gets a generated "local-…" one, so that exports re-import once.
    Result<qint64> upsert(const Conversation &conversation);
    Result<std::optional<qint64>> findByExternalId(qint64 accountId, const QString &externalId);
    Result<std::optional<Conversation>> byId(qint64 id);
    Result<std::vector<ConversationSummary>> list(const ConversationFilter &filter);
    // The same person's conversations (merged identities included), newest first.
    Result<std::vector<ConversationSummary>> forCitizen(qint64 citizenId, int limit = 50);
    Result<qint64> count(const ConversationFilter &filter);

    // Sets status/assignee and records an event (at, by agent). No-ops when nothing changes.
    Status setStatus(qint64 id, ConversationStatus status, std::optional<qint64> byAgent, qint64 at);
    Status assign(qint64 id, std::optional<qint64> assignee, std::optional<qint64> byAgent, qint64 at);

    Status addTag(qint64 id, const QString &tag);
    Status removeTag(qint64 id, const QString &tag);
    Status setSnooze(qint64 id, std::optional<qint64> until);
    Result<QStringList> tags(qint64 id);

    // Raw row writes used by import (values taken as given, no events recorded).
    Status setState(qint64 id, ConversationStatus status, Priority priority, std::optional<qint64> assignee,
                    std::optional<qint64> snoozedUntil);

    Status forEach(const std::function<Status(const Conversation &)> &fn);

private:
    Database &m_db;
};

} // namespace Torget
