#pragma once

#include "slareportdata.h"

#include <QDate>
#include <QPalette>

#include <functional>

class QChart;

namespace Torget::SlaReportCharts {

// The report's charts, built afresh from a report (a few dozen bars) and styled from a palette, so
// that a palette change or an export on white paper is one rebuild. Clicks go to the callbacks
// with the index of the report row (result.rows) or the day.

// Median and p90 per row in business hours, with the row's target where it is in business minutes.
QChart *times(const SlaReportData &data, ResponseKind kind, const QPalette &palette,
              const std::function<void(int row)> &onClick = {});
// Share within target and share the same working day per row, with the goal as a line.
QChart *shares(const SlaReportData &data, ResponseKind kind, double goal, const QPalette &palette,
               const std::function<void(int row)> &onClick = {});
// Conversations open at the end of each day.
QChart *backlog(const SlaReportData &data, const QPalette &palette,
                const std::function<void(QDate day)> &onClick = {});

} // namespace Torget::SlaReportCharts
