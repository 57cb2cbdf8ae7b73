#include "slareport.h"

#include "slaservice.h"
#include "slastats.h"
#include "storage/slarepository.h"
#include "util/clock.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace Torget {

namespace {

struct Accumulator
{
    QString key;
    QString label;
    QString sortKey;
    std::array<ValueSet, 3> business; // of answered clocks, by kind
    std::array<ValueSet, 3> calendar;
    std::array<MetricFigures, 3> figures;

    // keepValues: false for the total, whose times are the union of the rows' times.
    void add(const SlaDayItem &item, qint64 now, bool keepValues)
    {
        const std::size_t k = std::min<std::size_t>(item.kind, 2);
        MetricFigures &m = figures[k];
        const bool hasTarget = item.flags & SlaDayItem::HasTarget;
        switch (item.state) {
        case SlaFact::Open:
            ++m.open;
            if (hasTarget && item.dueAt <= now)
                ++m.targeted;
            break;
        case SlaFact::Done:
            ++m.count;
            if (keepValues) {
                business[k].add(item.businessSecs);
                calendar[k].add(item.calendarSecs);
            }
            if (item.flags & SlaDayItem::SameDay)
                ++m.sameDay;
            if (hasTarget) {
                ++m.targeted;
                if (item.flags & SlaDayItem::Within)
                    ++m.withinTarget;
            }
            break;
        case SlaFact::Unanswered:
            ++m.unanswered;
            if (item.flags & SlaDayItem::LateClosed)
                ++m.targeted;
            break;
        default:
            ++m.unanswered;
            break;
        }
    }

    // The row, with its times taken from `sources` (itself, or every row for the total).
    ReportRow finish(const std::vector<const Accumulator *> &sources) const
    {
        ReportRow row;
        row.key = key;
        row.label = label;
        const auto minutes = [](std::optional<quint32> secs) {
            return secs ? std::optional<double>(*secs / 60.0) : std::nullopt;
        };
        for (std::size_t k = 0; k < 3; ++k) {
            MetricFigures m = figures[k];
            std::vector<const ValueSet *> businessSets;
            std::vector<const ValueSet *> calendarSets;
            double sumBusiness = 0;
            double sumCalendar = 0;
            for (const Accumulator *a : sources) {
                businessSets.push_back(&a->business[k]);
                calendarSets.push_back(&a->calendar[k]);
                sumBusiness += a->business[k].sum();
                sumCalendar += a->calendar[k].sum();
            }
            const auto b = ValueSet::percentiles(businessSets, {0.5, 0.9});
            const auto c = ValueSet::percentiles(calendarSets, {0.5, 0.9});
            m.medianBusinessMinutes = minutes(b[0]);
            m.p90BusinessMinutes = minutes(b[1]);
            m.medianCalendarMinutes = minutes(c[0]);
            m.p90CalendarMinutes = minutes(c[1]);
            if (m.count > 0) {
                m.meanBusinessMinutes = sumBusiness / static_cast<double>(m.count) / 60.0;
                m.meanCalendarMinutes = sumCalendar / static_cast<double>(m.count) / 60.0;
                m.sameDayShare = static_cast<double>(m.sameDay) / static_cast<double>(m.count);
            }
            if (m.targeted > 0)
                m.withinTargetShare = static_cast<double>(m.withinTarget) / static_cast<double>(m.targeted);
            row.metrics[k] = m;
        }
        return row;
    }
};

QString weekKey(const QDate &d)
{
    int year = 0;
    const int week = d.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString monthKey(const QDate &d)
{
    return QStringLiteral("%1-%2").arg(d.year()).arg(d.month(), 2, 10, QLatin1Char('0'));
}

// The local days [first, end) a week or month key covers.
std::optional<std::pair<QDate, QDate>> periodOfKey(ReportGrouping by, const QString &key)
{
    if (by == ReportGrouping::Week) {
        const int year = key.section(QStringLiteral("-W"), 0, 0).toInt();
        const int week = key.section(QStringLiteral("-W"), 1, 1).toInt();
        const QDate jan4(year, 1, 4);
        if (!jan4.isValid() || week < 1 || week > 53)
            return std::nullopt;
        const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays((week - 1) * 7);
        return std::make_pair(monday, monday.addDays(7));
    }
    const QDate first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return std::nullopt;
    return std::make_pair(first, first.addMonths(1));
}

QJsonValue number(std::optional<double> v, int decimals)
{
    if (!v)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QJsonObject metricsJson(const MetricFigures &m)
{
    return {{QStringLiteral("count"), m.count},
            {QStringLiteral("open"), m.open},
            {QStringLiteral("unanswered"), m.unanswered},
            {QStringLiteral("median_business_minutes"), number(m.medianBusinessMinutes, 2)},
            {QStringLiteral("p90_business_minutes"), number(m.p90BusinessMinutes, 2)},
            {QStringLiteral("mean_business_minutes"), number(m.meanBusinessMinutes, 2)},
            {QStringLiteral("median_calendar_minutes"), number(m.medianCalendarMinutes, 2)},
            {QStringLiteral("p90_calendar_minutes"), number(m.p90CalendarMinutes, 2)},
            {QStringLiteral("mean_calendar_minutes"), number(m.meanCalendarMinutes, 2)},
            {QStringLiteral("targeted"), m.targeted},
            {QStringLiteral("within_target"), m.withinTarget},
            {QStringLiteral("within_target_share"), number(m.withinTargetShare, 4)},
            {QStringLiteral("same_day"), m.sameDay},
            {QStringLiteral("same_day_share"), number(m.sameDayShare, 4)}};
}

QJsonObject rowJson(const ReportRow &row)
{
    return {{QStringLiteral("key"), row.key},
            {QStringLiteral("label"), row.label},
            {QStringLiteral("first"), metricsJson(row.metrics[0])},
            {QStringLiteral("next"), metricsJson(row.metrics[1])},
            {QStringLiteral("resolution"), metricsJson(row.metrics[2])}};
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(std::optional<double> v, int decimals)
{
    return v ? QString::number(std::round(*v * std::pow(10.0, decimals)) / std::pow(10.0, decimals), 'f',
                               decimals)
             : QString();
}

} // namespace

QString key(ReportGrouping grouping)
{
    switch (grouping) {
    case ReportGrouping::Channel:
        return QStringLiteral("channel");
    case ReportGrouping::Agent:
        return QStringLiteral("agent");
    case ReportGrouping::Week:
        return QStringLiteral("week");
    case ReportGrouping::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<ReportGrouping> reportGroupingFromKey(const QString &text)
{
    for (ReportGrouping g :
         {ReportGrouping::Channel, ReportGrouping::Agent, ReportGrouping::Week, ReportGrouping::Month}) {
        if (key(g) == text)
            return g;
    }
    return std::nullopt;
}

Result<ReportResult> SlaReport::run(const QDate &from, const QDate &to, ReportGrouping by)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return Error{tr("The report period must end after it starts.")};
    if (auto rebuilt = m_service.rebuildChangedDays(); !rebuilt)
        return Error{rebuilt.error()};
    auto policy = m_service.policy();
    if (!policy)
        return Error{policy.error()};
    SlaRepository repo(m_db);
    auto channels = repo.accountChannels();
    if (!channels)
        return Error{channels.error()};
    auto agents = repo.agentNames();
    if (!agents)
        return Error{agents.error()};
    const qint64 now = m_clock.now().toMSecsSinceEpoch();

    ReportResult result;
    result.from = from;
    result.to = to;
    result.by = by;
    result.policyName = policy->name;

    std::vector<Accumulator> groups;
    QHash<QString, std::size_t> byKey;
    const auto group = [&](const QString &k, const QString &label, const QString &sortKey) {
        auto it = byKey.constFind(k);
        if (it != byKey.constEnd())
            return *it;
        groups.push_back({});
        groups.back().key = k;
        groups.back().label = label;
        groups.back().sortKey = sortKey;
        byKey.insert(k, groups.size() - 1);
        return groups.size() - 1;
    };
    // Weeks and months are listed even when empty, so that charts over time have no holes.
    if (by == ReportGrouping::Week || by == ReportGrouping::Month) {
        for (QDate d = from; d < to; d = d.addDays(1)) {
            const QString k = by == ReportGrouping::Week ? weekKey(d) : monthKey(d);
            int year = 0;
            const int week = d.weekNumber(&year);
            group(k, by == ReportGrouping::Week ? tr("Week %1, %2").arg(week).arg(year) : k, k);
        }
    }
    Accumulator total;
    total.key = QStringLiteral("total");
    total.label = tr("All");
    QHash<quint32, std::size_t> byAccount;
    QHash<quint32, std::size_t> byAgent;
    std::map<qint64, qint64> delta;

    const qint64 fromDay = from.toJulianDay();
    const qint64 toDay = to.toJulianDay();
    auto walked = repo.forEachDay(
        fromDay, toDay, [&](qint64 day, qint64 opened, qint64 closed, const QByteArray &items) -> Status {
            delta[day] = opened - closed;
            std::size_t dayGroup = 0;
            if (by == ReportGrouping::Week || by == ReportGrouping::Month) {
                const QDate d = QDate::fromJulianDay(day);
                dayGroup = byKey.value(by == ReportGrouping::Week ? weekKey(d) : monthKey(d));
            }
            const char *at = items.constData();
            const char *end = at + items.size();
            SlaDayItem item;
            while (at < end) {
                if (!SlaDayItem::read(at, end, item))
                    return Error{
                        tr("The response-time summary of %1 is damaged; recompute the response times.")
                            .arg(QDate::fromJulianDay(day).toString(Qt::ISODate))};
                std::size_t g = dayGroup;
                if (by == ReportGrouping::Channel) {
                    auto it = byAccount.constFind(item.accountId);
                    if (it == byAccount.constEnd()) {
                        const Channel c = channels->value(item.accountId, Channel::Import);
                        it = byAccount.insert(
                            item.accountId,
                            group(Torget::key(c), displayName(c),
                                  QStringLiteral("%1").arg(static_cast<int>(c), 2, 10, QLatin1Char('0'))));
                    }
                    g = *it;
                } else if (by == ReportGrouping::Agent) {
                    auto it = byAgent.constFind(item.agentId);
                    if (it == byAgent.constEnd()) {
                        const QString name = agents->value(item.agentId);
                        it = byAgent.insert(
                            item.agentId,
                            item.agentId == 0
                                ? group(QStringLiteral("none"), tr("(nobody)"), QString(QChar(0xfffd)))
                                : group(QString::number(item.agentId),
                                        name.isEmpty() ? tr("Agent %1").arg(item.agentId) : name,
                                        name.toCaseFolded()));
                    }
                    g = *it;
                }
                groups[g].add(item, now, true);
                total.add(item, now, false);
                if (item.kind != 2) {
                    ++result.arrivals[item.arrivalSlot / 24 % 7][item.arrivalSlot % 24];
                    if (item.state == SlaFact::Done && item.answerSlot != 0xff)
                        ++result.answers[item.answerSlot / 24 % 7][item.answerSlot % 24];
                }
            }
            return {};
        });
    if (!walked)
        return Error{walked.error()};

    std::sort(groups.begin(), groups.end(),
              [](const Accumulator &a, const Accumulator &b) { return a.sortKey < b.sortKey; });
    std::vector<const Accumulator *> all;
    for (const Accumulator &g : groups) {
        result.rows.push_back(g.finish({&g}));
        all.push_back(&g);
    }
    result.total = total.finish(all);

    auto open = repo.openAtStartOf(fromDay);
    if (!open)
        return Error{open.error()};
    qint64 running = *open;
    for (qint64 day = fromDay; day < toDay; ++day) {
        running += delta.count(day) ? delta[day] : 0;
        result.backlog.emplace_back(QDate::fromJulianDay(day), running);
    }
    return result;
}

Result<std::optional<SlaFactFilter>> SlaReport::filterFor(const QDate &from, const QDate &to,
                                                          ReportGrouping by, const ReportCell &cell)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return Error{tr("The report period must end after it starts.")};
    QDate first = from;
    QDate end = to;
    SlaFactFilter f;
    f.now = m_clock.now().toMSecsSinceEpoch();
    if (cell.kind)
        f.kinds = {static_cast<int>(*cell.kind)};
    SlaRepository repo(m_db);
    if (cell.rowKey && *cell.rowKey != QLatin1String("total")) {
        switch (by) {
        case ReportGrouping::Channel: {
            const auto channel = channelFromKey(*cell.rowKey);
            auto accounts = repo.accountChannels();
            if (!accounts)
                return Error{accounts.error()};
            for (auto it = accounts->cbegin(); it != accounts->cend(); ++it) {
                if (channel && it.value() == *channel)
                    f.accountIds.push_back(it.key());
            }
            if (f.accountIds.empty())
                return std::optional<SlaFactFilter>();
            break;
        }
        case ReportGrouping::Agent:
            f.agentId = *cell.rowKey == QLatin1String("none")
                            ? std::optional<qint64>()
                            : std::optional<qint64>(cell.rowKey->toLongLong());
            break;
        case ReportGrouping::Week:
        case ReportGrouping::Month: {
            const auto period = periodOfKey(by, *cell.rowKey);
            if (!period)
                return Error{tr("\"%1\" is not a row of this report.").arg(*cell.rowKey)};
            first = std::max(first, period->first);
            end = std::min(end, period->second);
            if (end <= first)
                return std::optional<SlaFactFilter>();
            break;
        }
        }
    }
    auto fromBounds = m_service.dayBounds(first.toJulianDay());
    auto toBounds = m_service.dayBounds(end.toJulianDay());
    if (!fromBounds || !toBounds)
        return Error{fromBounds ? toBounds.error() : fromBounds.error()};
    f.from = fromBounds->first;
    f.to = toBounds->first;
    f.missedOnly = cell.missedOnly;
    f.notSameDayOnly = cell.notSameDayOnly;
    if (cell.arrival || cell.answer) {
        if (!cell.kind)
            f.kinds = {static_cast<int>(ResponseKind::First), static_cast<int>(ResponseKind::Next)};
        if (cell.arrival)
            f.arrivalSlot = cell.arrival->first * 24 + cell.arrival->second;
        if (cell.answer)
            f.answerSlot = cell.answer->first * 24 + cell.answer->second;
    }
    if (cell.backlogDay) {
        f.openAtEndOfDay = cell.backlogDay->toJulianDay();
        f.from = std::numeric_limits<qint64>::min();
        f.to = std::numeric_limits<qint64>::max();
    }
    return std::optional<SlaFactFilter>(f);
}

Result<std::vector<qint64>> SlaReport::conversations(const QDate &from, const QDate &to, ReportGrouping by,
                                                     const ReportCell &cell, int limit)
{
    auto filter = filterFor(from, to, by, cell);
    if (!filter)
        return Error{filter.error()};
    if (!filter->has_value())
        return std::vector<qint64>();
    return SlaRepository(m_db).conversations(**filter, limit);
}

Result<SlaReport::Grid> SlaReport::missedByArrival(const QDate &from, const QDate &to, ReportGrouping by,
                                                   std::optional<QString> rowKey)
{
    // The same conversations as the drill-down of each cell (a first or next response that missed,
    // by the hour its message came), counted in one grouped query rather than one per hour.
    ReportCell cell;
    cell.rowKey = std::move(rowKey);
    cell.missedOnly = true;
    cell.arrival = std::make_pair(0, 0);
    auto filter = filterFor(from, to, by, cell);
    if (!filter)
        return Error{filter.error()};
    Grid grid{};
    if (!filter->has_value())
        return grid;
    (*filter)->arrivalSlot.reset();
    auto counts = SlaRepository(m_db).conversationsByArrivalSlot(**filter);
    if (!counts)
        return Error{counts.error()};
    for (std::size_t slot = 0; slot < counts->size(); ++slot)
        grid[slot / 24][slot % 24] = (*counts)[slot];
    return grid;
}

QJsonObject SlaReport::toJson(const ReportResult &r)
{
    QJsonArray rows;
    for (const ReportRow &row : r.rows)
        rows.append(rowJson(row));
    const auto grid = [](const std::array<std::array<qint64, 24>, 7> &cells) {
        QJsonArray days;
        for (const auto &hours : cells) {
            QJsonArray line;
            for (qint64 v : hours)
                line.append(v);
            days.append(line);
        }
        return days;
    };
    QJsonArray backlog;
    for (const auto &[date, open] : r.backlog)
        backlog.append(QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                                   {QStringLiteral("open"), open}});
    return {{QStringLiteral("from"), r.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
            {QStringLiteral("by"), key(r.by)},
            {QStringLiteral("policy"), r.policyName},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), rowJson(r.total)},
            {QStringLiteral("heatmap"), QJsonObject{{QStringLiteral("arrivals"), grid(r.arrivals)},
                                                    {QStringLiteral("answers"), grid(r.answers)}}},
            {QStringLiteral("backlog"), backlog}};
}

QByteArray SlaReport::toCsv(const ReportResult &r)
{
    QString out = QStringLiteral(
        "group,label,clock,count,open,unanswered,median_business_minutes,p90_business_minutes,"
        "mean_business_minutes,median_calendar_minutes,p90_calendar_minutes,mean_calendar_minutes,targeted,"
        "within_target,within_target_share,same_day,same_day_share\n");
    std::vector<const ReportRow *> rows;
    for (const ReportRow &row : r.rows)
        rows.push_back(&row);
    rows.push_back(&r.total);
    for (const ReportRow *row : rows) {
        for (std::size_t k = 0; k < 3; ++k) {
            const MetricFigures &m = row->metrics[k];
            const QStringList fields{csvField(row->key),
                                     csvField(row->label),
                                     key(static_cast<ResponseKind>(k)),
                                     QString::number(m.count),
                                     QString::number(m.open),
                                     QString::number(m.unanswered),
                                     csvNumber(m.medianBusinessMinutes, 2),
                                     csvNumber(m.p90BusinessMinutes, 2),
                                     csvNumber(m.meanBusinessMinutes, 2),
                                     csvNumber(m.medianCalendarMinutes, 2),
                                     csvNumber(m.p90CalendarMinutes, 2),
                                     csvNumber(m.meanCalendarMinutes, 2),
                                     QString::number(m.targeted),
                                     QString::number(m.withinTarget),
                                     csvNumber(m.withinTargetShare, 4),
                                     QString::number(m.sameDay),
                                     csvNumber(m.sameDayShare, 4)};
            out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

} // namespace Torget
