#pragma once

#include "domain/enums.h"

#include <optional>
#include <vector>

namespace Torget {

// What the response-time clock reads about one conversation: plain values, no text, so that a
// million conversations can be streamed from storage (SlaRepository) without copying bodies.

struct SlaMessage
{
    qint64 id = 0;
    qint64 at = 0; // created_at, UTC ms
    Direction direction = Direction::Inbound;
    bool automatic = false;        // automatic acknowledgements are no response
    std::optional<qint64> agentId; // none on an outbound message: written on the platform itself
};

struct SlaEvent
{
    enum class Type
    {
        StatusChange,
        Redirect
    };
    qint64 at = 0;
    Type type = Type::StatusChange;
    ConversationStatus from = ConversationStatus::New; // for Status
    ConversationStatus to = ConversationStatus::New;
    std::optional<qint64> agentId;
};

struct SlaInput
{
    qint64 conversationId = 0;
    qint64 accountId = 0;
    Channel channel = Channel::Facebook;
    Priority priority = Priority::Normal;
    ConversationStatus status = ConversationStatus::New; // now
    std::vector<SlaMessage> messages;                    // by time, then id
    std::vector<SlaEvent> events;                        // by time, then id
};

} // namespace Torget
