#include "slareportdata.h"

#include <QLocale>

#include <cmath>

namespace Torget {

namespace {

constexpr Channel socialChannels[] = {Channel::Facebook, Channel::Instagram, Channel::Mastodon, Channel::X,
                                      Channel::Bluesky};

// The target the social channels share at normal priority (none when they differ).
std::optional<SlaTarget> socialTarget(const SlaPolicy &policy, ResponseKind kind)
{
    std::optional<SlaTarget> shared;
    bool first = true;
    for (Channel c : socialChannels) {
        const auto t = policy.targetFor(kind, c, Priority::Normal);
        if (first)
            shared = t;
        else if (t != shared)
            return std::nullopt;
        first = false;
    }
    return shared;
}

std::optional<SlaTarget> rowTarget(const SlaReportData &data, const ReportRow &row, ResponseKind kind,
                                   bool *social)
{
    *social = false;
    if (data.result.by == ReportGrouping::Channel && row.key != QLatin1String("total")) {
        if (const auto channel = channelFromKey(row.key))
            return data.policy.targetFor(kind, *channel, Priority::Normal);
        return std::nullopt;
    }
    *social = true;
    return socialTarget(data.policy, kind);
}

} // namespace

QString SlaReportText::duration(std::optional<double> minutes)
{
    if (!minutes || std::isnan(*minutes))
        return QStringLiteral("–");
    const qint64 total = std::llround(*minutes);
    if (total < 60)
        return tr("%1 min").arg(total);
    const qint64 days = total / (24 * 60);
    const qint64 hours = total / 60 % 24;
    if (days == 0)
        return total % 60 == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(total % 60);
    return hours == 0 ? tr("%1 d").arg(days) : tr("%1 d %2 h").arg(days).arg(hours);
}

QString SlaReportText::percent(std::optional<double> share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 0) + QStringLiteral(" %") : QStringLiteral("–");
}

QString SlaReportText::kindName(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::First:
        return tr("First response");
    case ResponseKind::Next:
        return tr("Next response");
    case ResponseKind::Resolution:
        return tr("Resolution");
    }
    return {};
}

QString SlaReportText::groupingName(ReportGrouping by)
{
    switch (by) {
    case ReportGrouping::Channel:
        return tr("Channel");
    case ReportGrouping::Agent:
        return tr("Agent");
    case ReportGrouping::Week:
        return tr("Week");
    case ReportGrouping::Month:
        return tr("Month");
    }
    return {};
}

QString SlaReportText::weekdayName(int weekday)
{
    return QLocale().dayName(weekday + 1, QLocale::LongFormat);
}

QString SlaReportText::period(const ReportResult &r)
{
    return QStringLiteral("%1–%2").arg(r.from.toString(QStringLiteral("dd.MM.yyyy")),
                                       r.to.addDays(-1).toString(QStringLiteral("dd.MM.yyyy")));
}

QStringList SlaReportText::definitions(double goal)
{
    return {
        tr("Times are measured from the message that started the clock to the response, in business time "
           "(opening hours of the calendar, without weekends and holidays) and in calendar time (the clock "
           "on the wall)."),
        tr("Median: half of the answered clocks took this long or less (the lower middle value of an even "
           "count). p90: nine in ten took this long or less (the value at rank ⌈0.9 × count⌉ of the sorted "
           "times). Mean: the plain average."),
        tr("Within target: answered within the target, out of those answered with a target plus those "
           "that missed it without an answer (still open past the deadline, or resolved after it)."),
        tr("Same working day: answered no later than the end of the working day the clock started on, out "
           "of those answered."),
        tr("Count: answered clocks; open: still running; unanswered: closed without a response. Rows "
           "below the goal of %1 within target are marked."
           " Clocks are counted in the period they started.")
            .arg(percent(goal)),
    };
}

std::optional<double> SlaReportText::targetMinutes(const SlaReportData &data, const ReportRow &row,
                                                   ResponseKind kind)
{
    bool social = false;
    const auto target = rowTarget(data, row, kind, &social);
    if (!target || target->unit != TargetUnit::BusinessMinutes)
        return std::nullopt;
    return static_cast<double>(target->amount);
}

QString SlaReportText::targetText(const SlaReportData &data, const ReportRow &row, ResponseKind kind)
{
    bool social = false;
    const auto target = rowTarget(data, row, kind, &social);
    if (!target)
        return data.result.by == ReportGrouping::Channel && row.key != QLatin1String("total")
                   ? tr("None")
                   : QStringLiteral("–");
    return social ? tr("%1 (social media)").arg(target->describe()) : target->describe();
}

bool SlaReportText::missesGoal(const MetricFigures &m, double goal)
{
    return m.withinTargetShare && *m.withinTargetShare + 1e-9 < goal;
}

} // namespace Torget
