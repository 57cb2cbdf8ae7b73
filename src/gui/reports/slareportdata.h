#pragma once

#include "sla/slapolicy.h"
#include "sla/slareport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Torget {

// One computed response-time report with what the page and the PDF need beside the figures.
struct SlaReportData
{
    ReportResult result;
    SlaPolicy policy;
    QStringList rules;    // SlaClock::rules(): what counts as a response
    QString databaseName; // the file's name, for the PDF's heading
    qint64 milliseconds = 0;
    // Conversations whose first or next response missed the target, by the hour the message came
    // (weekday 0 = Monday); computed on demand, since it takes a query per hour of the week.
    std::optional<std::array<std::array<qint64, 24>, 7>> missed;
};

// Words and numbers of the report, shared by the table, the charts and the PDF.
class SlaReportText final
{
    Q_DECLARE_TR_FUNCTIONS(Torget::SlaReportText)

public:
    // "45 min", "2 h 15 min", "3 d 4 h" (minutes; "–" when there is none).
    static QString duration(std::optional<double> minutes);
    static QString percent(std::optional<double> share);
    static QString kindName(ResponseKind kind);
    static QString groupingName(ReportGrouping by);
    static QString weekdayName(int weekday);      // 0 = Monday, in the language of the app
    static QString period(const ReportResult &r); // "01.10.2026–31.10.2026" (the last day included)
    // The definitions of median, p90, mean, within target and same working day.
    static QStringList definitions(double goal);

    // The target of a row in business minutes, when one applies to the whole row and is measured in
    // business minutes (a channel row; otherwise when every channel has the same target).
    static std::optional<double> targetMinutes(const SlaReportData &data, const ReportRow &row,
                                               ResponseKind kind);
    // The row's target in words, or "–".
    static QString targetText(const SlaReportData &data, const ReportRow &row, ResponseKind kind);
    // Below the goal share within target (rows with no targeted clocks never are).
    static bool missesGoal(const MetricFigures &m, double goal);
};

} // namespace Torget
