#include "enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Torget {

namespace {

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, k] : table) {
        if (e == value)
            return QString::fromLatin1(k);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Channel, const char *>, 7> channelKeys{{
    {Channel::Facebook, "facebook"},
    {Channel::Instagram, "instagram"},
    {Channel::Mastodon, "mastodon"},
    {Channel::X, "x"},
    {Channel::Bluesky, "bluesky"},
    {Channel::Email, "email"},
    {Channel::Import, "import"},
}};

constexpr std::array<std::pair<ConversationKind, const char *>, 4> kindKeys{{
    {ConversationKind::Comment, "comment"},
    {ConversationKind::DirectMessage, "dm"},
    {ConversationKind::Mention, "mention"},
    {ConversationKind::Email, "email"},
}};

constexpr std::array<std::pair<ConversationStatus, const char *>, 4> statusKeys{{
    {ConversationStatus::New, "new"},
    {ConversationStatus::Open, "open"},
    {ConversationStatus::Waiting, "waiting"},
    {ConversationStatus::Resolved, "resolved"},
}};

constexpr std::array<std::pair<Direction, const char *>, 2> directionKeys{{
    {Direction::Inbound, "in"},
    {Direction::Outbound, "out"},
}};

constexpr std::array<std::pair<EventKind, const char *>, 6> eventKeys{{
    {EventKind::StatusChange, "status"},
    {EventKind::Assignment, "assignment"},
    {EventKind::Priority, "priority"},
    {EventKind::Snooze, "snooze"},
    {EventKind::Tag, "tag"},
    {EventKind::Redirect, "redirect"},
}};

} // namespace

QString key(Channel c)
{
    return keyOf(channelKeys, c);
}
QString key(ConversationKind k)
{
    return keyOf(kindKeys, k);
}
QString key(ConversationStatus s)
{
    return keyOf(statusKeys, s);
}
QString key(Direction d)
{
    return keyOf(directionKeys, d);
}
QString key(EventKind k)
{
    return keyOf(eventKeys, k);
}

std::optional<Channel> channelFromKey(const QString &k)
{
    return fromKey(channelKeys, k);
}
std::optional<ConversationKind> kindFromKey(const QString &k)
{
    return fromKey(kindKeys, k);
}
std::optional<ConversationStatus> statusFromKey(const QString &k)
{
    return fromKey(statusKeys, k);
}
std::optional<Direction> directionFromKey(const QString &k)
{
    return fromKey(directionKeys, k);
}
std::optional<EventKind> eventKindFromKey(const QString &k)
{
    return fromKey(eventKeys, k);
}

QString displayName(Channel c)
{
    switch (c) {
    case Channel::Facebook:
        return QCoreApplication::translate("Torget::Channel", "Facebook");
    case Channel::Instagram:
        return QCoreApplication::translate("Torget::Channel", "Instagram");
    case Channel::Mastodon:
        return QCoreApplication::translate("Torget::Channel", "Mastodon");
    case Channel::X:
        return QCoreApplication::translate("Torget::Channel", "X");
    case Channel::Bluesky:
        return QCoreApplication::translate("Torget::Channel", "Bluesky");
    case Channel::Email:
        return QCoreApplication::translate("Torget::Channel", "E-mail");
    case Channel::Import:
        return QCoreApplication::translate("Torget::Channel", "Import");
    }
    return {};
}

QString displayName(ConversationKind k)
{
    switch (k) {
    case ConversationKind::Comment:
        return QCoreApplication::translate("Torget::Kind", "Public comment");
    case ConversationKind::DirectMessage:
        return QCoreApplication::translate("Torget::Kind", "Direct message");
    case ConversationKind::Mention:
        return QCoreApplication::translate("Torget::Kind", "Mention");
    case ConversationKind::Email:
        return QCoreApplication::translate("Torget::Kind", "E-mail");
    }
    return {};
}

QString displayName(ConversationStatus s)
{
    switch (s) {
    case ConversationStatus::New:
        return QCoreApplication::translate("Torget::Status", "New");
    case ConversationStatus::Open:
        return QCoreApplication::translate("Torget::Status", "Open");
    case ConversationStatus::Waiting:
        return QCoreApplication::translate("Torget::Status", "Waiting for citizen");
    case ConversationStatus::Resolved:
        return QCoreApplication::translate("Torget::Status", "Resolved");
    }
    return {};
}

QString displayName(Priority p)
{
    switch (p) {
    case Priority::Low:
        return QCoreApplication::translate("Torget::Priority", "Low");
    case Priority::Normal:
        return QCoreApplication::translate("Torget::Priority", "Normal");
    case Priority::High:
        return QCoreApplication::translate("Torget::Priority", "High");
    case Priority::Urgent:
        return QCoreApplication::translate("Torget::Priority", "Urgent");
    }
    return {};
}

} // namespace Torget
