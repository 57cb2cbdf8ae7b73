#pragma once

#include "maturityindicators.h"
#include "maturitylevels.h"
#include "storage/maturityrepository.h"
#include "util/result.h"

#include <QDate>
#include <QJsonObject>

#include <map>
#include <optional>
#include <vector>

namespace Torget {

class Clock;
class Database;

struct MaturityReportOptions
{
    QDate from; // first day, Oslo
    QDate to;   // last day, inclusive
    Granularity by = Granularity::Month;
    std::optional<Channel> channel; // empty: all channels
};

struct PeriodReport
{
    PeriodIndicators indicators;
    LevelAssessment level;
    std::map<Channel, LevelAssessment> channelLevels;
};

struct MaturityReportData
{
    MaturityReportOptions options;
    MaturityThresholds thresholds;
    std::vector<PeriodReport> periods;
    std::vector<MaturityEvent> events;
    int newlyCoded = 0;            // posts the classifier coded while building the report
    bool calendarResponses = true; // first responses in calendar time (no FirstResponseSource set)
};

// The maturity report: codes pending posts, computes the indicators per period and channel, and
// places every period at a level with the criteria that justify it. Used by `torget-cli report
// maturity` and the dashboard.
class MaturityReport final
{
public:
    MaturityReport(Database &db, const Clock &clock);

    // The first-response seam (see FirstResponseSource); calendar minutes until the SLA engine is wired in.
    void setFirstResponse(FirstResponseSource source) { m_firstResponse = std::move(source); }

    Result<MaturityReportData> build(const MaturityReportOptions &options);

    static QJsonObject toJson(const MaturityReportData &data);
    static QJsonObject toJson(const Indicators &indicators);
    // One row per period and channel ("all" first), RFC 4180, numbers with a decimal point.
    static QString toCsv(const MaturityReportData &data);
    // How the figures are made, in a few translated paragraphs (for the app and the PDF report).
    static QStringList methodText(const MaturityThresholds &thresholds);

private:
    Database &m_db;
    const Clock &m_clock;
    FirstResponseSource m_firstResponse;
};

} // namespace Torget
