#pragma once

#include "slareportdata.h"
#include "util/result.h"

#include <QImage>
#include <QPalette>
#include <QSize>

namespace Torget::SlaReportExport {

// The report as CSV (SlaReport::toCsv: every row and clock, numbers with a decimal point).
Status saveCsv(const SlaReportData &data, const QString &path);

// A chart or heatmap as an image on white paper (what the PDF embeds).
enum class Figure
{
    Times,
    Shares,
    Backlog,
    Arrivals,
    Answers,
    Missed, // data.missed
};
QImage render(Figure figure, const SlaReportData &data, ResponseKind kind, double goal, QSize size);

// The report for the management as HTML (the PDF's text): title, database, period, policy, the
// table, the charts and heatmaps (chart://… resources), the definitions and what counts as a response.
QString reportHtml(const SlaReportData &data, ResponseKind kind, double goal, const QString &title);
// The same as a PDF, in the language of the app.
Status savePdf(const SlaReportData &data, ResponseKind kind, double goal, const QString &path,
               const QString &title);

} // namespace Torget::SlaReportExport
