#pragma once

#include "slapolicy.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace Torget {

class Clock;
class Database;
class SlaService;
struct SlaFactFilter;

enum class ReportGrouping
{
    Channel,
    Agent,
    Week,  // ISO week of the day the clock started (local time)
    Month, // month of the day the clock started
};
QString key(ReportGrouping grouping); // channel | agent | week | month
std::optional<ReportGrouping> reportGroupingFromKey(const QString &key);

// The figures of one kind of clock (first response, next response or resolution) for a set of
// clocks that started in the report's period.
//
// Definitions (shown in the app):
// - count: answered (resolved) clocks; the times below are over them, in minutes;
// - median and p90 by nearest rank: the value at rank ceil(p × count) of the sorted times (so the
//   median of an even count is the lower middle value); mean: the plain average;
// - share within target: answered within the target, out of those answered with a target plus
//   those that missed it without an answer (still open past the deadline at the report's "now",
//   or closed by "resolved" after the deadline);
// - share the same working day: answered no later than the end of the working day the clock
//   started on, out of count.
struct MetricFigures
{
    qint64 count = 0;
    qint64 open = 0;       // still running
    qint64 unanswered = 0; // closed without an answer, or resolved at an unknown time
    std::optional<double> medianBusinessMinutes;
    std::optional<double> p90BusinessMinutes;
    std::optional<double> meanBusinessMinutes;
    std::optional<double> medianCalendarMinutes;
    std::optional<double> p90CalendarMinutes;
    std::optional<double> meanCalendarMinutes;
    qint64 targeted = 0;
    qint64 withinTarget = 0;
    std::optional<double> withinTargetShare; // 0…1
    qint64 sameDay = 0;
    std::optional<double> sameDayShare; // 0…1
};

struct ReportRow
{
    QString key;   // channel key, agent id ("none" for no agent), "2026-W05", "2026-03", or "total"
    QString label; // for people
    std::array<MetricFigures, 3> metrics; // by ResponseKind
};

struct ReportResult
{
    QDate from; // first day
    QDate to;   // the day after the last
    ReportGrouping by = ReportGrouping::Channel;
    QString policyName;
    std::vector<ReportRow> rows;
    ReportRow total;
    // Local weekday (0 = Monday) × hour: messages that started a first or next response, and the
    // responses to them.
    std::array<std::array<qint64, 24>, 7> arrivals{};
    std::array<std::array<qint64, 24>, 7> answers{};
    // Conversations open (not resolved) at the end of each day of the period.
    std::vector<std::pair<QDate, qint64>> backlog;
};

// A figure to drill into: every field set narrows the conversations.
struct ReportCell
{
    std::optional<QString> rowKey; // a ReportRow::key (not "total")
    std::optional<ResponseKind> kind;
    bool missedOnly = false;                    // missed the target (see MetricFigures)
    bool notSameDayOnly = false;                // answered, but not the same working day
    std::optional<std::pair<int, int>> arrival; // heatmap cell: weekday (0 = Monday), hour
    std::optional<std::pair<int, int>> answer;
    std::optional<QDate> backlogDay; // open at the end of this day
};

// The manager's report over the stored facts (SlaService keeps them): one pass over the per-day
// summaries of the period, so a year of a million conversations takes a fraction of a second.
class SlaReport final
{
    Q_DECLARE_TR_FUNCTIONS(Torget::SlaReport)

public:
    SlaReport(Database &db, SlaService &service, const Clock &clock)
        : m_db(db)
        , m_service(service)
        , m_clock(clock)
    {}

    // Clocks that started on the local days [from, to).
    Result<ReportResult> run(const QDate &from, const QDate &to, ReportGrouping by);
    // The conversations behind a figure, in the order their clocks started.
    Result<std::vector<qint64>> conversations(const QDate &from, const QDate &to, ReportGrouping by,
                                              const ReportCell &cell, int limit);

    // Weekday (0 = Monday) × hour: the conversations whose first or next response missed the target,
    // by the hour the message came; each cell is what conversations() gives for that heatmap cell
    // with missedOnly (optionally narrowed to a row).
    using Grid = std::array<std::array<qint64, 24>, 7>;
    Result<Grid> missedByArrival(const QDate &from, const QDate &to, ReportGrouping by,
                                 std::optional<QString> rowKey = std::nullopt);

    static QJsonObject toJson(const ReportResult &result);
    // One line per row and kind of clock, with a header; numbers with a decimal point.
    static QByteArray toCsv(const ReportResult &result);

private:
    // The facts behind a figure; nullopt when nothing can match (a channel without accounts).
    Result<std::optional<SlaFactFilter>> filterFor(const QDate &from, const QDate &to, ReportGrouping by,
                                                   const ReportCell &cell);

    Database &m_db;
    SlaService &m_service;
    const Clock &m_clock;
};

} // namespace Torget
