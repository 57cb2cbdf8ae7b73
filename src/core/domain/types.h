#pragma once

#include "enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Torget {

// Plain value types. Times are UTC milliseconds since the epoch; ids are storage row ids (0 = unsaved).

struct Account
{
    qint64 id = 0;
    Channel channel = Channel::Facebook;
    QString name;       // unique, chosen by the municipality ("Demo kommune på Facebook")
    QString baseUrl;    // API base URL
    QString externalId; // page id, account id, mailbox address
    QString state = QStringLiteral("active"); // active | paused | signin
    qint64 createdAt = 0;
};

struct Agent
{
    qint64 id = 0;
    QString name;
    QString email;
    bool active = true;
};

// One identity of a citizen on one account. Identities can be merged into another (mergedInto).
struct Citizen
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString externalId;
    QString displayName;
    QString handle;
    std::optional<qint64> mergedInto;
    qint64 createdAt = 0;
};

// A post the municipality published itself (for the maturity charts).
struct Post
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString externalId;
    QString text;
    QString url;
    qint64 createdAt = 0;
    int likes = 0;
    int shares = 0;
    int comments = 0;
};

struct Conversation
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString externalId;
    ConversationKind kind = ConversationKind::Comment;
    qint64 citizenId = 0;
    std::optional<qint64> postId;
    QString subject;
    ConversationStatus status = ConversationStatus::New;
    Priority priority = Priority::Normal;
    std::optional<qint64> assigneeId;
    std::optional<qint64> snoozedUntil;
    qint64 createdAt = 0;
    qint64 lastMessageAt = 0;
    int messageCount = 0;
    QStringList tags;
};

struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 accountId = 0;
    QString externalId; // empty until a reply is sent
    Direction direction = Direction::Inbound;
    std::optional<qint64> citizenId;
    std::optional<qint64> agentId;
    QString authorName;
    QString bodyText;     // plain text as shown
    QString bodyOriginal; // what the platform sent (HTML, JSON), empty when equal to bodyText
    QString bodyFormat = QStringLiteral("text"); // text | html
    qint64 createdAt = 0;
    std::optional<qint64> editedAt;
    std::optional<qint64> replyToId;
    bool automatic = false; // automatic acknowledgements do not count as responses
};

struct Note
{
    qint64 id = 0;
    qint64 conversationId = 0;
    std::optional<qint64> agentId;
    QString text;
    qint64 createdAt = 0;
};

// Status, assignment, priority and snooze history: the SLA clock reads it.
struct ConversationEvent
{
    qint64 id = 0;
    qint64 conversationId = 0;
    EventKind kind = EventKind::StatusChange;
    QString oldValue;
    QString newValue;
    std::optional<qint64> agentId;
    qint64 at = 0;
};

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    std::optional<qint64> agentId;
    QString action;
    QString objectType;
    std::optional<qint64> objectId;
    QString detail;
};

// One row of the conversation list (joined for display).
struct ConversationSummary
{
    qint64 id = 0;
    Channel channel = Channel::Facebook;
    QString accountName;
    ConversationKind kind = ConversationKind::Comment;
    ConversationStatus status = ConversationStatus::New;
    Priority priority = Priority::Normal;
    QString citizenName;
    QString assigneeName;
    QString subject;
    QString preview; // the start of the first message
    qint64 createdAt = 0;
    qint64 lastMessageAt = 0;
    int messageCount = 0;
};

} // namespace Torget
