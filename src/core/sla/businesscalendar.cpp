#include "businesscalendar.h"

#include "holidays.h"

#include <QCoreApplication>
#include <QMutex>

#include <algorithm>
#include <atomic>

namespace Torget {

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
constexpr qint64 unixEpochJulianDay = 2440588;

// One opening interval in UTC with the open time before it in its year.
struct Interval
{
    qint64 open = 0;
    qint64 close = 0;
    qint64 cum = 0;    // open time of the year before this interval
    qint64 dayEnd = 0; // local midnight ending the interval's day
    qint64 day = 0;    // the local date as a Julian day
};

bool inSeason(const SeasonHours &s, const QDate &date)
{
    const int md = date.month() * 100 + date.day();
    const int from = s.fromMonth * 100 + s.fromDay;
    const int to = s.toMonth * 100 + s.toDay;
    return from <= to ? (md >= from && md <= to) : (md >= from || md <= to);
}

bool isReducedDay(const ReducedDay &r, const QDate &date)
{
    if (r.easterOffset)
        return Holidays::easterSunday(date.year()).daysTo(date) == *r.easterOffset;
    return date.month() == r.month && date.day() == r.day;
}

QString holidayName(const QDate &date)
{
    for (const auto &h : Holidays::publicHolidays(date.year())) {
        if (h.date == date)
            return h.name;
    }
    return {};
}

} // namespace

DayInfo CalendarVersion::day(const QDate &date) const
{
    for (const CalendarException &e : exceptions) {
        if (e.date == date)
            return {date, e.hours, DayKind::Exception, e.name};
    }
    if (publicHolidays && Holidays::isPublicHoliday(date))
        return {date, {}, DayKind::PublicHoliday, holidayName(date)};
    DayInfo info{date, weekly.days[static_cast<std::size_t>(date.dayOfWeek() - 1)], DayKind::Regular, {}};
    for (const SeasonHours &s : seasons) {
        if (inSeason(s, date)) {
            info = {date, s.hours.days[static_cast<std::size_t>(date.dayOfWeek() - 1)], DayKind::Season,
                    s.name};
            break;
        }
    }
    if (info.hours.empty())
        return {date, {}, DayKind::ClosedWeekday, {}};
    for (const ReducedDay &r : reducedDays) {
        if (isReducedDay(r, date))
            return {date, r.hours, DayKind::Reduced, r.name};
    }
    return info;
}

struct BusinessCalendar::Impl
{
    struct YearBlock
    {
        qint64 start = 0; // local 1 January 00:00 in UTC
        qint64 end = 0;   // the next year's
        std::vector<Interval> intervals;
        qint64 total = 0;
        std::vector<std::pair<qint64, qint64>> offsets; // (UTC ms, offset ms) in force from then on
    };

    std::vector<CalendarVersion> versions; // sorted by validFrom
    QTimeZone zone;
    mutable std::array<std::atomic<const YearBlock *>, lastYear - firstYear + 1> years{};
    mutable std::vector<std::unique_ptr<YearBlock>> owned;
    mutable QMutex mutex;

    const CalendarVersion &versionFor(const QDate &date) const
    {
        // The first version also covers everything before it: there is nothing older to use.
        auto it = std::upper_bound(versions.begin(), versions.end(), date,
                                   [](const QDate &d, const CalendarVersion &v) { return d < v.validFrom; });
        return it == versions.begin() ? versions.front() : *(it - 1);
    }

    qint64 toUtc(const QDate &date, int minute) const
    {
        if (minute >= 24 * 60)
            return toUtc(date.addDays(1), minute - 24 * 60);
        return QDateTime(date, QTime(minute / 60, minute % 60), zone).toMSecsSinceEpoch();
    }

    std::unique_ptr<YearBlock> build(int year) const
    {
        auto b = std::make_unique<YearBlock>();
        b->start = toUtc(QDate(year, 1, 1), 0);
        b->end = toUtc(QDate(year + 1, 1, 1), 0);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(b->start, QTimeZone::utc());
        b->offsets.emplace_back(b->start, qint64(zone.offsetFromUtc(start)) * 1000);
        for (const QTimeZone::OffsetData &t :
             zone.transitions(start, QDateTime::fromMSecsSinceEpoch(b->end - 1, QTimeZone::utc())))
            b->offsets.emplace_back(t.atUtc.toMSecsSinceEpoch(), qint64(t.offsetFromUtc) * 1000);
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            const DayInfo info = versionFor(d).day(d);
            if (info.hours.empty())
                continue;
            const qint64 dayEnd = toUtc(d.addDays(1), 0);
            for (const OpeningSpan &span : info.hours) {
                const qint64 open = toUtc(d, span.open);
                const qint64 close = toUtc(d, span.close);
                if (close <= open)
                    continue; // a span that vanished in a DST gap
                b->intervals.push_back({open, close, b->total, dayEnd, d.toJulianDay()});
                b->total += close - open;
            }
        }
        return b;
    }

    const YearBlock *block(int year) const
    {
        if (year < firstYear || year > lastYear)
            return nullptr;
        auto &slot = years[static_cast<std::size_t>(year - firstYear)];
        if (const YearBlock *b = slot.load(std::memory_order_acquire))
            return b;
        QMutexLocker lock(&mutex);
        if (const YearBlock *b = slot.load(std::memory_order_acquire))
            return b;
        owned.push_back(build(year));
        slot.store(owned.back().get(), std::memory_order_release);
        return owned.back().get();
    }

    // The local year holding t (0 when outside the supported years).
    int yearOf(qint64 t) const
    {
        // Local New Year is within two hours of UTC's: guess from UTC+1 and correct by one.
        const qint64 shifted = t + 3600 * 1000;
        const qint64 days = shifted >= 0 ? shifted / dayMs : -((-shifted + dayMs - 1) / dayMs);
        int year = QDate::fromJulianDay(unixEpochJulianDay + days).year();
        for (int step = 0; step < 2; ++step) {
            const YearBlock *b = block(year);
            if (!b)
                return 0;
            if (t < b->start)
                --year;
            else if (t >= b->end)
                ++year;
            else
                return year;
        }
        return block(year) ? year : 0;
    }

    // Open time of t's year before t.
    static qint64 cumAt(const YearBlock &b, qint64 t)
    {
        auto it = std::upper_bound(b.intervals.begin(), b.intervals.end(), t,
                                   [](qint64 v, const Interval &iv) { return v < iv.open; });
        if (it == b.intervals.begin())
            return 0;
        --it;
        return it->cum + std::min(t, it->close) - it->open;
    }

    // The interval at or after t: (year, index); year 0 when there is none up to 2200.
    std::pair<int, std::size_t> intervalFrom(qint64 t) const
    {
        int year = yearOf(t);
        if (!year)
            return {0, 0};
        const YearBlock *b = block(year);
        auto it = std::upper_bound(b->intervals.begin(), b->intervals.end(), t,
                                   [](qint64 v, const Interval &iv) { return v < iv.open; });
        if (it != b->intervals.begin() && t < (it - 1)->close)
            return {year, static_cast<std::size_t>(it - 1 - b->intervals.begin())};
        if (it != b->intervals.end())
            return {year, static_cast<std::size_t>(it - b->intervals.begin())};
        for (++year; year <= lastYear; ++year) {
            if (!block(year)->intervals.empty())
                return {year, 0};
        }
        return {0, 0};
    }

    const Interval &at(std::pair<int, std::size_t> pos) const
    {
        return block(pos.first)->intervals[pos.second];
    }

    // The next interval after pos (year 0 at the end).
    std::pair<int, std::size_t> next(std::pair<int, std::size_t> pos) const
    {
        if (pos.second + 1 < block(pos.first)->intervals.size())
            return {pos.first, pos.second + 1};
        for (int year = pos.first + 1; year <= lastYear; ++year) {
            if (!block(year)->intervals.empty())
                return {year, 0};
        }
        return {0, 0};
    }
};

BusinessCalendar::BusinessCalendar(std::vector<CalendarVersion> versions, const QTimeZone &zone)
    : m_impl(std::make_shared<Impl>())
{
    if (versions.empty())
        versions.push_back(defaultVersion());
    std::stable_sort(
        versions.begin(), versions.end(),
        [](const CalendarVersion &a, const CalendarVersion &b) { return a.validFrom < b.validFrom; });
    m_impl->versions = std::move(versions);
    m_impl->zone = zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Oslo"));
}

CalendarVersion BusinessCalendar::defaultVersion()
{
    const DayHours normal{{8 * 60, 15 * 60 + 30}};
    const DayHours summer{{8 * 60, 15 * 60}};
    const DayHours reduced{{8 * 60, 12 * 60}};
    CalendarVersion v;
    v.validFrom = QDate(firstYear, 1, 1);
    v.name = tr("Standard opening hours");
    v.publicHolidays = true;
    for (int d = 0; d < 5; ++d)
        v.weekly.days[static_cast<std::size_t>(d)] = normal;
    SeasonHours s;
    s.name = tr("Summer hours");
    s.fromMonth = 5;
    s.fromDay = 15;
    s.toMonth = 9;
    s.toDay = 14;
    for (int d = 0; d < 5; ++d)
        s.hours.days[static_cast<std::size_t>(d)] = summer;
    v.seasons.push_back(s);
    v.reducedDays.push_back({tr("Christmas Eve"), 12, 24, std::nullopt, reduced});
    v.reducedDays.push_back({tr("New Year's Eve"), 12, 31, std::nullopt, reduced});
    v.reducedDays.push_back({tr("Wednesday before Maundy Thursday"), 0, 0, -4, reduced});
    return v;
}

const std::vector<CalendarVersion> &BusinessCalendar::versions() const
{
    return m_impl->versions;
}

QTimeZone BusinessCalendar::timeZone() const
{
    return m_impl->zone;
}

const CalendarVersion &BusinessCalendar::versionFor(const QDate &date) const
{
    return m_impl->versionFor(date);
}

DayInfo BusinessCalendar::day(const QDate &date) const
{
    return m_impl->versionFor(date).day(date);
}

QDate BusinessCalendar::localDate(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, m_impl->zone).date();
}

qint64 BusinessCalendar::toLocalMs(qint64 utcMs) const
{
    const int year = m_impl->yearOf(utcMs);
    if (!year)
        return utcMs +
               qint64(m_impl->zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()))) *
                   1000;
    const auto &offsets = m_impl->block(year)->offsets;
    auto it = std::upper_bound(offsets.begin(), offsets.end(), utcMs,
                               [](qint64 v, const std::pair<qint64, qint64> &o) { return v < o.first; });
    return utcMs + (it == offsets.begin() ? offsets.front().second : (it - 1)->second);
}

bool BusinessCalendar::isOpen(qint64 t) const
{
    const auto pos = m_impl->intervalFrom(t);
    return pos.first && m_impl->at(pos).open <= t;
}

qint64 BusinessCalendar::nextOpening(qint64 t) const
{
    const auto pos = m_impl->intervalFrom(t);
    if (!pos.first)
        return invalidTime;
    return std::max(t, m_impl->at(pos).open);
}

qint64 BusinessCalendar::businessMsBetween(qint64 a, qint64 b) const
{
    if (b < a)
        return -businessMsBetween(b, a);
    // Times outside the supported years count as their edge: every day there is closed.
    const auto clamp = [&](qint64 &t) {
        const int year = m_impl->yearOf(t);
        if (year)
            return year;
        const auto *first = m_impl->block(firstYear);
        const auto *last = m_impl->block(lastYear);
        t = t < first->start ? first->start : last->end;
        return t == first->start ? firstYear : lastYear;
    };
    const int ya = clamp(a);
    const int yb = clamp(b);
    if (ya == yb)
        return Impl::cumAt(*m_impl->block(yb), b) - Impl::cumAt(*m_impl->block(ya), a);
    qint64 sum = m_impl->block(ya)->total - Impl::cumAt(*m_impl->block(ya), a);
    for (int y = ya + 1; y < yb; ++y)
        sum += m_impl->block(y)->total;
    return sum + Impl::cumAt(*m_impl->block(yb), b);
}

qint64 BusinessCalendar::addBusinessMs(qint64 from, qint64 ms) const
{
    if (ms <= 0)
        return from;
    int year = m_impl->yearOf(from);
    if (!year)
        return invalidTime;
    const Impl::YearBlock *b = m_impl->block(year);
    qint64 target = Impl::cumAt(*b, from) + ms;
    while (target > b->total) {
        target -= b->total;
        if (++year > lastYear)
            return invalidTime;
        b = m_impl->block(year);
    }
    // The first interval whose end reaches the target.
    auto it =
        std::lower_bound(b->intervals.begin(), b->intervals.end(), target,
                         [](const Interval &iv, qint64 v) { return iv.cum + (iv.close - iv.open) < v; });
    return it->open + (target - it->cum);
}

qint64 BusinessCalendar::lastWithinBusinessMs(qint64 from, qint64 ms) const
{
    const qint64 reached = addBusinessMs(from, std::max<qint64>(ms, 0));
    if (reached == invalidTime || isOpen(reached))
        return reached;
    return nextOpening(reached);
}

QDate BusinessCalendar::workingDayOf(qint64 t) const
{
    const auto pos = m_impl->intervalFrom(t);
    return pos.first ? QDate::fromJulianDay(m_impl->at(pos).day) : QDate();
}

qint64 BusinessCalendar::closeOfWorkingDay(qint64 t) const
{
    auto pos = m_impl->intervalFrom(t);
    if (!pos.first)
        return invalidTime;
    const qint64 day = m_impl->at(pos).day;
    for (auto n = m_impl->next(pos); n.first && m_impl->at(n).day == day; n = m_impl->next(n))
        pos = n;
    return m_impl->at(pos).close;
}

bool BusinessCalendar::sameWorkingDay(qint64 a, qint64 b) const
{
    const auto pos = m_impl->intervalFrom(a);
    return pos.first && b < m_impl->at(pos).dayEnd;
}

qint64 BusinessCalendar::addWorkingDays(qint64 from, int n) const
{
    auto pos = m_impl->intervalFrom(from);
    if (!pos.first)
        return invalidTime;
    const qint64 start = std::max(from, m_impl->at(pos).open);
    if (n <= 0)
        return start;
    // How far into its day's open time the clock starts.
    const Impl::YearBlock *b = m_impl->block(pos.first);
    std::size_t first = pos.second;
    while (first > 0 && b->intervals[first - 1].day == b->intervals[pos.second].day)
        --first;
    const qint64 into = Impl::cumAt(*b, start) - b->intervals[first].cum;
    for (int i = 0; i < n; ++i) {
        const qint64 day = m_impl->at(pos).day;
        while (pos.first && m_impl->at(pos).day == day)
            pos = m_impl->next(pos);
        if (!pos.first)
            return invalidTime;
    }
    const qint64 dayStart = m_impl->at(pos).open;
    const qint64 day = m_impl->at(pos).day;
    qint64 dayTotal = 0;
    for (auto p = pos; p.first && m_impl->at(p).day == day; p = m_impl->next(p))
        dayTotal += m_impl->at(p).close - m_impl->at(p).open;
    return addBusinessMs(dayStart, std::min(into, dayTotal));
}

QDateTime BusinessCalendar::addBusinessMinutes(const QDateTime &from, int minutes) const
{
    const qint64 due = addBusinessMs(from.toMSecsSinceEpoch(), qint64(minutes) * 60 * 1000);
    if (due == invalidTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(due, m_impl->zone);
}

double BusinessCalendar::businessMinutesBetween(const QDateTime &a, const QDateTime &b) const
{
    return static_cast<double>(businessMsBetween(a.toMSecsSinceEpoch(), b.toMSecsSinceEpoch())) / 60000.0;
}

QDateTime BusinessCalendar::nextOpening(const QDateTime &t) const
{
    const qint64 next = nextOpening(t.toMSecsSinceEpoch());
    if (next == invalidTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(next, m_impl->zone);
}

bool BusinessCalendar::isOpen(const QDateTime &t) const
{
    return isOpen(t.toMSecsSinceEpoch());
}

bool BusinessCalendar::sameWorkingDay(const QDateTime &a, const QDateTime &b) const
{
    return sameWorkingDay(a.toMSecsSinceEpoch(), b.toMSecsSinceEpoch());
}

std::vector<BusinessCalendar::ClosedSpan> BusinessCalendar::explain(qint64 a, qint64 b, int limit) const
{
    std::vector<ClosedSpan> spans;
    const auto add = [&](qint64 from, qint64 to) {
        ClosedSpan span;
        span.from = from;
        span.to = to;
        const QDate first = localDate(from);
        const QDate last = localDate(to - 1);
        for (QDate d = first; d.isValid() && d <= last; d = d.addDays(1)) {
            DayInfo info = day(d);
            if (info.hours.empty())
                span.closedDays.push_back(std::move(info));
            else
                span.night = true;
        }
        const DayInfo startDay = day(first);
        if (!startDay.hours.empty() && startDay.kind != DayKind::Regular &&
            from == m_impl->toUtc(first, startDay.hours.back().close))
            span.early = startDay;
        spans.push_back(std::move(span));
    };
    qint64 t = a;
    while (t < b && static_cast<int>(spans.size()) < limit) {
        const auto pos = m_impl->intervalFrom(t);
        if (!pos.first) {
            add(t, b);
            break;
        }
        const Interval &iv = m_impl->at(pos);
        if (iv.open > t) {
            add(t, std::min(iv.open, b));
            t = iv.open;
            continue;
        }
        t = iv.close; // open until here; what follows is closed unless the next interval touches it
        if (t < b && !isOpen(t)) {
            const qint64 opens = nextOpening(t);
            add(t, opens == invalidTime ? b : std::min(opens, b));
            t = opens == invalidTime ? b : opens;
        }
    }
    return spans;
}

QString BusinessCalendar::describe(const ClosedSpan &span) const
{
    const auto when = [&](qint64 t) {
        return QDateTime::fromMSecsSinceEpoch(t, m_impl->zone).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    };
    QStringList reasons;
    if (span.early) {
        const DayHours &h = span.early->hours;
        const QString closes = QStringLiteral("%1:%2")
                                   .arg(h.back().close / 60, 2, 10, QLatin1Char('0'))
                                   .arg(h.back().close % 60, 2, 10, QLatin1Char('0'));
        reasons << tr("%1: closes at %2").arg(span.early->name, closes);
    }
    bool weekendSaid = false;
    for (const DayInfo &d : span.closedDays) {
        if (d.kind == DayKind::ClosedWeekday && d.date.dayOfWeek() >= 6) {
            if (!weekendSaid)
                reasons << tr("weekend");
            weekendSaid = true;
            continue;
        }
        weekendSaid = false;
        const QString date = d.date.toString(QStringLiteral("dd.MM"));
        if (d.kind == DayKind::PublicHoliday)
            reasons << tr("%1 (%2, public holiday)").arg(d.name, date);
        else if (d.kind == DayKind::Exception)
            reasons << tr("%1 (%2, closed)").arg(d.name.isEmpty() ? tr("closed") : d.name, date);
        else
            reasons << tr("closed all day %1").arg(date);
    }
    if (reasons.isEmpty())
        reasons << tr("outside opening hours");
    return tr("%1 – %2: %3").arg(when(span.from), when(span.to), reasons.join(QStringLiteral(", ")));
}

} // namespace Torget
