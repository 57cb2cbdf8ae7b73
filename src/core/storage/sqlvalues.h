#pragma once

#include "domain/types.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Torget::SqlValues {

// NULL for an empty optional; the type matters to the PostgreSQL driver.
inline QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

inline std::optional<qint64> toOptionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// The columns of one conversation-list row; FROM must alias conversations c, accounts a, the
// citizen ci, the merged-into person mc and the assignee ag. summaryFrom() reads them back.
inline QString summaryColumns()
{
    return QStringLiteral("c.id, a.channel, a.name, c.kind, c.status, c.priority, "
                          "COALESCE(mc.display_name, ci.display_name, ''), COALESCE(ag.name, ''), c.subject, "
                          "c.created_at, c.last_message_at, c.message_count, "
                          "(SELECT substr(body_text, 1, 300) FROM messages WHERE conversation_id = c.id "
                          "ORDER BY created_at, id LIMIT 1)");
}
inline constexpr int summaryColumnCount = 13;

inline ConversationSummary summaryFrom(const QSqlQuery &q)
{
    ConversationSummary s;
    s.id = q.value(0).toLongLong();
    s.channel = channelFromKey(q.value(1).toString()).value_or(Channel::Import);
    s.accountName = q.value(2).toString();
    s.kind = kindFromKey(q.value(3).toString()).value_or(ConversationKind::Comment);
    s.status = statusFromKey(q.value(4).toString()).value_or(ConversationStatus::New);
    s.priority = static_cast<Priority>(q.value(5).toInt());
    s.citizenName = q.value(6).toString();
    s.assigneeName = q.value(7).toString();
    s.subject = q.value(8).toString();
    s.createdAt = q.value(9).toLongLong();
    s.lastMessageAt = q.value(10).toLongLong();
    s.messageCount = q.value(11).toInt();
    s.preview = q.value(12).toString();
    return s;
}

} // namespace Torget::SqlValues
