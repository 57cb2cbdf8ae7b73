#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace Torget {

// One opening span of a day in local wall-clock minutes after midnight; close may be 1440 (24:00).
struct OpeningSpan
{
    int open = 0;
    int close = 0;
    friend bool operator==(const OpeningSpan &, const OpeningSpan &) = default;
};
using DayHours = std::vector<OpeningSpan>; // sorted, not overlapping; empty: closed

// Opening hours per weekday, Monday first.
struct WeekHours
{
    std::array<DayHours, 7> days;
    friend bool operator==(const WeekHours &, const WeekHours &) = default;
};

// Other weekly hours for a part of every year, e.g. summer hours 15 May–14 September (both days
// included). A range may wrap over New Year (1 December–28 February).
struct SeasonHours
{
    QString name;
    int fromMonth = 1;
    int fromDay = 1;
    int toMonth = 12;
    int toDay = 31;
    WeekHours hours;
    friend bool operator==(const SeasonHours &, const SeasonHours &) = default;
};

// A recurring day with shorter hours (24 and 31 December, the Wednesday before skjærtorsdag). It
// applies only when the day would otherwise be open: 24 December on a Saturday stays closed.
struct ReducedDay
{
    QString name;
    int month = 0; // with day: a fixed date each year
    int day = 0;
    std::optional<int> easterOffset; // instead: days from Easter Sunday (-4: Wednesday before skjærtorsdag)
    DayHours hours;
    friend bool operator==(const ReducedDay &, const ReducedDay &) = default;
};

// A one-off date: closed (no hours) or open other hours. Wins over everything else.
struct CalendarException
{
    QDate date;
    QString name;
    DayHours hours;
    friend bool operator==(const CalendarException &, const CalendarException &) = default;
};

// Why a day has the hours it has.
enum class DayKind
{
    Regular,       // the weekly table
    Season,        // a season's weekly table (name: the season)
    Reduced,       // a reduced day (name)
    Exception,     // a one-off date (name)
    PublicHoliday, // closed (name: the holiday)
    ClosedWeekday, // the weekly table has no hours (weekends)
};

struct DayInfo
{
    QDate date;
    DayHours hours;
    DayKind kind = DayKind::Regular;
    QString name;
};

// One version of a calendar: valid from a local date until the next version's date.
struct CalendarVersion
{
    QDate validFrom;
    QString name;
    bool publicHolidays = true; // Norwegian public holidays closed (Holidays::publicHolidays)
    WeekHours weekly;
    std::vector<SeasonHours> seasons;
    std::vector<ReducedDay> reducedDays;
    std::vector<CalendarException> exceptions;
    friend bool operator==(const CalendarVersion &, const CalendarVersion &) = default;

    // Precedence: exception, public holiday, the weekly hours (season or regular), then a reduced
    // day shortens an open day.
    DayInfo day(const QDate &date) const;
};

// A desk's opening hours over time, in one time zone (Europe/Oslo): a list of versions, each valid
// from a date, so that a report on last year uses last year's hours. Times are UTC milliseconds.
//
// Per local year the opening intervals are computed once (local wall-clock hours converted to UTC,
// so DST switch days are 23 and 25 hours long) together with running sums of open time; every
// query is then a binary search, and a walk over a span of years costs one step per year.
// Supported years: 1900–2200; outside them every day is closed and walks give up (invalid result).
// Copies share the computed years; the class is safe to use from several threads.
class BusinessCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(Torget::BusinessCalendar)

public:
    static constexpr int firstYear = 1900;
    static constexpr int lastYear = 2200;
    static constexpr qint64 invalidTime = std::numeric_limits<qint64>::min();

    // versions may come in any order; an empty list means the default calendar.
    explicit BusinessCalendar(std::vector<CalendarVersion> versions = {},
                              const QTimeZone &zone = QTimeZone(QByteArrayLiteral("Europe/Oslo")));

    // The default desk (DOMAIN.md §3, issue 5): Monday–Friday 08:00–15:30, summer hours 08:00–15:00
    // from 15 May to 14 September, 24 and 31 December and the Wednesday before skjærtorsdag
    // 08:00–12:00, closed on weekends and public holidays. Valid from 1900-01-01; names translated.
    static CalendarVersion defaultVersion();

    const std::vector<CalendarVersion> &versions() const;
    QTimeZone timeZone() const;
    // The version whose validity covers the date (the first one for dates before all versions).
    const CalendarVersion &versionFor(const QDate &date) const;
    DayInfo day(const QDate &date) const;
    QDate localDate(qint64 utcMs) const;
    // Local wall-clock time as milliseconds since 1970-01-01 00:00 local time; quick (a per-year
    // table of the zone's offsets) for code that classifies millions of times by day and hour.
    qint64 toLocalMs(qint64 utcMs) const;

    bool isOpen(qint64 t) const;
    // t itself when open, else the start of the next opening interval (invalidTime past 2200).
    qint64 nextOpening(qint64 t) const;
    // Open time between a and b in milliseconds (negative when b < a).
    qint64 businessMsBetween(qint64 a, qint64 b) const;
    // The earliest time at which `ms` of open time has passed since `from` (from itself for 0). A
    // result exactly at a closing time stays there rather than moving to the next opening.
    qint64 addBusinessMs(qint64 from, qint64 ms) const;
    // The latest time at which no more than `ms` of open time has passed since `from`: like
    // addBusinessMs, but a closing time moves on to the next opening (for "due within N minutes").
    qint64 lastWithinBusinessMs(qint64 from, qint64 ms) const;
    // The working day a clock starting at t runs on (t's day if open then, else the next opening's).
    QDate workingDayOf(qint64 t) const;
    // The closing time of that working day.
    qint64 closeOfWorkingDay(qint64 t) const;
    // True when b is no later than the end (local midnight) of the working day a clock started at a
    // runs on: a message at 20:00 answered before the end of the next opening day counts.
    bool sameWorkingDay(qint64 a, qint64 b) const;
    // The same share of the day's open time, n working days later (capped at that day's closing).
    qint64 addWorkingDays(qint64 from, int n) const;

    // Convenience forms for callers that hold QDateTime and minutes; the result is in the
    // calendar's zone, invalid past 2200.
    QDateTime addBusinessMinutes(const QDateTime &from, int minutes) const;
    double businessMinutesBetween(const QDateTime &a, const QDateTime &b) const;
    QDateTime nextOpening(const QDateTime &t) const;
    bool isOpen(const QDateTime &t) const;
    bool sameWorkingDay(const QDateTime &a, const QDateTime &b) const;

    // A closed stretch inside a span of time and why it is closed.
    struct ClosedSpan
    {
        qint64 from = 0;
        qint64 to = 0;
        bool night = false;              // includes the closed hours before/after an open day
        std::optional<DayInfo> early;    // the day closed early (reduced day, season, one-off hours)
        std::vector<DayInfo> closedDays; // whole days closed (weekend, holiday, one-off closure)
    };
    // Every closed stretch between a and b, in order (at most `limit`).
    std::vector<ClosedSpan> explain(qint64 a, qint64 b, int limit = 500) const;
    // One translated sentence for a closed stretch, e.g. "Fri 27.03 15:30 – Mon 30.03 08:00:
    // weekend".
    QString describe(const ClosedSpan &span) const;

private:
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

} // namespace Torget
