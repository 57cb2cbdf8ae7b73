#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <functional>
#include <vector>

namespace Torget {

class Database;

// Internal notes, the conversation event history and the audit log of agent actions.
class HistoryRepository final
{
public:
    explicit HistoryRepository(Database &db)
        : m_db(db)
    {}

    Result<qint64> addNote(const Note &note);
    Result<std::vector<Note>> notes(qint64 conversationId);
    Result<qint64> addEvent(const ConversationEvent &event);
    Result<std::vector<ConversationEvent>> events(qint64 conversationId);
    Result<qint64> audit(const AuditEntry &entry);
    // For imports: adds the entry unless an identical one is there; true when added.
    Result<bool> auditIfMissing(const AuditEntry &entry);

    Status forEachNote(const std::function<Status(const Note &)> &fn);
    Status forEachEvent(const std::function<Status(const ConversationEvent &)> &fn);
    Status forEachAudit(const std::function<Status(const AuditEntry &)> &fn);

private:
    Database &m_db;
};

} // namespace Torget
