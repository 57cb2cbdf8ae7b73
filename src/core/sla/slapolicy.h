#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace Torget {

class BusinessCalendar;

// The three clocks of a conversation (DOMAIN.md §4). Stored as 0, 1, 2.
enum class ResponseKind
{
    First,      // from the first unanswered inbound message to the first human reply
    Next,       // from the oldest unanswered inbound message after a reply to the next reply
    Resolution, // from the first inbound message of a cycle until resolved ("waiting" pauses it)
};
QString key(ResponseKind kind); // first | next | resolution
std::optional<ResponseKind> responseKindFromKey(const QString &key);
QString displayName(ResponseKind kind);

enum class TargetUnit
{
    BusinessMinutes, // open time of the calendar
    CalendarMinutes, // wall-clock time
    WorkingDays,     // the same share of the day's open time, n working days later
    CalendarMonths,  // the same local date and time n months later (forvaltningsloven's "one month")
};
QString key(TargetUnit unit);
std::optional<TargetUnit> targetUnitFromKey(const QString &key);

struct SlaTarget
{
    int amount = 0;
    TargetUnit unit = TargetUnit::BusinessMinutes;
    // Also due by the close of the working day the clock starts on (Sarpsborg: "answered within
    // the same opening day"); the earlier of the two deadlines applies.
    bool sameOpeningDay = false;
    friend bool operator==(const SlaTarget &, const SlaTarget &) = default;

    // The deadline for a clock that starts at `start` (UTC ms; an arrival out of hours counts from
    // the next opening for business units). BusinessCalendar::invalidTime past 2200.
    qint64 dueFrom(const BusinessCalendar &calendar, qint64 start) const;
    // The same deadline moved on by a pause: by its open time for business units, by its
    // wall-clock length otherwise.
    qint64 extend(const BusinessCalendar &calendar, qint64 due, qint64 pausedBusinessMs,
                  qint64 pausedCalendarMs) const;
    // "2 business hours and the same opening day", "1 working day", "1 month".
    QString describe() const;
};

// One line of a policy: the target for a kind of clock, for some channels and/or priorities or for all.
struct SlaRule
{
    ResponseKind kind = ResponseKind::First;
    std::vector<Channel> channels;    // empty: every channel
    std::vector<Priority> priorities; // empty: every priority
    std::optional<SlaTarget> target;  // nullopt: no target (the clock is measured, nothing is due)
    friend bool operator==(const SlaRule &, const SlaRule &) = default;

    bool matches(ResponseKind k, Channel c, Priority p) const;
};

// Response-time targets. The most specific matching rule wins (channels and priorities named,
// then channels, then priorities, then neither); among equally specific rules the later one.
// Stored as JSON:
//   {"id": "sarpsborg", "name": "…", "soonMinutes": 30, "rules": [
//     {"kind": "first", "channels": ["facebook", …], "priorities": ["high", "urgent"],
//      "target": {"amount": 60, "unit": "business_minutes", "sameOpeningDay": true}},
//     {"kind": "resolution", "target": null}, …]}
// kind: first | next | resolution; unit: business_minutes | calendar_minutes | working_days |
// calendar_months; priorities: low | normal | high | urgent; channels: the channel keys.
class SlaPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(Torget::SlaPolicy)

public:
    enum class Preset
    {
        Sarpsborg, // social channels: 2 business hours and the same opening day; e-mail: 1 working day
        Email,     // "E-post": 1 working day everywhere
        Forvaltningsloven, // § 11 a: preliminary reply within one month
        Offentleglova,     // access requests: 1 working day; deemed refused after 5 working days
    };
    static std::vector<Preset> presets();
    static SlaPolicy preset(Preset preset);
    static QString presetKey(Preset preset); // sarpsborg | email | forvaltningsloven | offentleglova

    QString id;           // the preset's key, or "custom"
    QString name;         // shown to people
    int soonMinutes = 30; // "soon" when this many business minutes or fewer remain
    std::vector<SlaRule> rules;

    std::optional<SlaTarget> targetFor(ResponseKind kind, Channel channel, Priority priority) const;

    QJsonObject toJson() const;
    static Result<SlaPolicy> fromJson(const QJsonObject &json);
    friend bool operator==(const SlaPolicy &, const SlaPolicy &) = default;
};

// Social-media channels (the Sarpsborg targets apply to them); e-mail and imports are not.
bool isSocialChannel(Channel channel);

} // namespace Torget
