#pragma once

#include <QString>

#include <optional>

namespace Torget {

// The platform an account lives on. Stored as its key() string.
enum class Channel
{
    Facebook,
    Instagram,
    Mastodon,
    X,
    Bluesky,
    Email,
    Import
};

// What kind of exchange a conversation is.
enum class ConversationKind
{
    Comment,
    DirectMessage,
    Mention,
    Email
};

// Ny → Åpen → Venter på innbygger → Løst (DOMAIN.md, issue 3).
enum class ConversationStatus
{
    New,
    Open,
    Waiting,
    Resolved
};

enum class Direction
{
    Inbound,
    Outbound
};

enum class Priority
{
    Low = 0,
    Normal = 1,
    High = 2,
    Urgent = 3
};

enum class EventKind
{
    StatusChange,
    Assignment,
    Priority,
    Snooze,
    Tag,
    Redirect
};

QString key(Channel c);
QString key(ConversationKind k);
QString key(ConversationStatus s);
QString key(Direction d);
QString key(EventKind k);

std::optional<Channel> channelFromKey(const QString &key);
std::optional<ConversationKind> kindFromKey(const QString &key);
std::optional<ConversationStatus> statusFromKey(const QString &key);
std::optional<Direction> directionFromKey(const QString &key);
std::optional<EventKind> eventKindFromKey(const QString &key);

// Translated names for people.
QString displayName(Channel c);
QString displayName(ConversationKind k);
QString displayName(ConversationStatus s);
QString displayName(Priority p);

} // namespace Torget
