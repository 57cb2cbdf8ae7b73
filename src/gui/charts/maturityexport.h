#pragma once

#include "analytics/maturityreport.h"
#include "maturitycharts.h"
#include "util/result.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace Torget::MaturityExport {

// Charts and the council report as files. Charts are drawn on white with the print palette, whatever
// the screen's palette, since they end up in documents and on paper.
// size is in pixels of the image; the chart is laid out at size / scale, so that its text keeps a
// readable size relative to the picture (scale 2: a 1600 × 900 image of an 800 × 450 chart).
QImage renderChart(MaturityCharts::Kind kind, const MaturityReportData &data, QSize size, qreal scale = 2,
                   const QPalette &palette = MaturityCharts::printPalette());
Status savePng(MaturityCharts::Kind kind, const MaturityReportData &data, const QString &path,
               QSize size = {1600, 900});
Status saveSvg(MaturityCharts::Kind kind, const MaturityReportData &data, const QString &path,
               QSize size = {900, 506});

// The report for the council as HTML (title, summary, level per period with its reasons, charts as
// chart://<stem> images, indicator table, events and the method) and as a PDF on A4.
QString reportHtml(const MaturityReportData &data, const QString &title);
Status savePdf(const MaturityReportData &data, const QString &path, const QString &title);

} // namespace Torget::MaturityExport
