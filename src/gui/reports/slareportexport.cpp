#include "slareportexport.h"

#include "charts/maturitycharts.h"
#include "slaheatmap.h"
#include "slareportcharts.h"
#include "slareportmodel.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace Torget::SlaReportExport {

namespace {

Status writable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{QCoreApplication::translate("Torget::SlaReportExport", "The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    return {};
}

Error couldNotWrite(const QString &path)
{
    return Error{QCoreApplication::translate("Torget::SlaReportExport", "Could not write %1.")
                     .arg(QDir::toNativeSeparators(path))};
}

QString resourceName(Figure figure)
{
    switch (figure) {
    case Figure::Times:
        return QStringLiteral("times");
    case Figure::Shares:
        return QStringLiteral("shares");
    case Figure::Backlog:
        return QStringLiteral("backlog");
    case Figure::Arrivals:
        return QStringLiteral("arrivals");
    case Figure::Answers:
        return QStringLiteral("answers");
    case Figure::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

} // namespace

Status saveCsv(const SlaReportData &data, const QString &path)
{
    if (auto ok = writable(path); !ok)
        return ok;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return couldNotWrite(path);
    const QByteArray csv = SlaReport::toCsv(data.result);
    if (file.write(csv) != csv.size())
        return couldNotWrite(path);
    return {};
}

QImage render(Figure figure, const SlaReportData &data, ResponseKind kind, double goal, QSize size)
{
    const QPalette palette = MaturityCharts::printPalette();
    constexpr qreal scale = 2.0; // drawn at twice the size it is shown at, for print
    const QSizeF logical = QSizeF(size) / scale;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (figure == Figure::Arrivals || figure == Figure::Answers || figure == Figure::Missed) {
        const QRectF area = QRectF(QPointF(0, 0), logical).adjusted(4, 4, -4, -4);
        if (figure == Figure::Answers)
            SlaHeatmap::paint(
                painter, area, data.result.answers,
                QCoreApplication::translate("Torget::SlaReportExport", "Answers by weekday and hour"),
                palette, SlaHeatmap::Counts::Answers);
        else if (figure == Figure::Missed)
            SlaHeatmap::paint(painter, area, data.missed.value_or(SlaHeatmap::Grid{}),
                              QCoreApplication::translate("Torget::SlaReportExport",
                                                          "Missed the target, by the hour the message came"),
                              palette, SlaHeatmap::Counts::Missed);
        else
            SlaHeatmap::paint(
                painter, area, data.result.arrivals,
                QCoreApplication::translate("Torget::SlaReportExport", "Arrivals by weekday and hour"),
                palette, SlaHeatmap::Counts::Arrivals);
    } else {
        // A chart laid out in a scene of its own (no view, no window: works offscreen).
        QGraphicsScene scene;
        QChart *chart = figure == Figure::Times    ? SlaReportCharts::times(data, kind, palette)
                        : figure == Figure::Shares ? SlaReportCharts::shares(data, kind, goal, palette)
                                                   : SlaReportCharts::backlog(data, palette);
        scene.addItem(chart); // the scene owns the chart
        chart->setGeometry(QRectF(QPointF(0, 0), logical));
        scene.setSceneRect(QRectF(QPointF(0, 0), logical));
        // Layout requests are posted events; the chart must be laid out before it is painted.
        QCoreApplication::sendPostedEvents();
        scene.render(&painter, QRectF(QPointF(0, 0), logical), scene.sceneRect());
    }
    painter.end();
    image.setDevicePixelRatio(1); // embedded by its pixels
    return image;
}

QString reportHtml(const SlaReportData &data, ResponseKind kind, double goal, const QString &title)
{
    const ReportResult &r = data.result;
    QString html = QStringLiteral(
        "<html><head><meta charset=\"utf-8\"><style>"
        "body { font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14pt; }"
        "table { border-collapse: collapse; } th, td { padding: 2pt 3pt; font-size: 8pt; }"
        "th { text-align: left; } td.n { text-align: right; white-space: nowrap; } td.w { white-space: "
        "nowrap; } tr.miss td { "
        "background-color: #f6d5c3; }"
        "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(QCoreApplication::translate("Torget::SlaReportExport", "%1 · period %2 · by %3 · policy: %4")
                     .arg(data.databaseName, SlaReportText::period(r),
                          SlaReportText::groupingName(r.by).toLower(), r.policyName)
                     .toHtmlEscaped());

    // The summary a manager reads first: the total, and which rows miss the goal.
    const MetricFigures &total = r.total.metrics[static_cast<std::size_t>(kind)];
    html +=
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(SlaReportText::kindName(kind).toHtmlEscaped(),
                 QCoreApplication::translate("Torget::SlaReportExport",
                                             "%1 answered: median %2 in business time (%3 on the clock), "
                                             "p90 %4; %5 within target, %6 the same working day; %7 still "
                                             "open, %8 unanswered.")
                     .arg(QLocale().toString(total.count),
                          SlaReportText::duration(total.medianBusinessMinutes),
                          SlaReportText::duration(total.medianCalendarMinutes),
                          SlaReportText::duration(total.p90BusinessMinutes),
                          SlaReportText::percent(total.withinTargetShare),
                          SlaReportText::percent(total.sameDayShare), QLocale().toString(total.open),
                          QLocale().toString(total.unanswered))
                     .toHtmlEscaped());
    QStringList missing;
    for (const ReportRow &row : r.rows) {
        if (SlaReportText::missesGoal(row.metrics[static_cast<std::size_t>(kind)], goal))
            missing << row.label;
    }
    html += QStringLiteral("<p>%1</p>")
                .arg((missing.isEmpty()
                          ? QCoreApplication::translate("Torget::SlaReportExport",
                                                        "Every row meets the goal of %1 within target.")
                                .arg(SlaReportText::percent(goal))
                          : QCoreApplication::translate("Torget::SlaReportExport",
                                                        "Below the goal of %1 within target: %2.")
                                .arg(SlaReportText::percent(goal), missing.join(QStringLiteral(", "))))
                         .toHtmlEscaped());

    // The table, as on screen (a model without a view gives the same words).
    SlaReportModel model;
    model.setReport(std::make_shared<const SlaReportData>(data), kind, goal);
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" width=\"100%\"><tr>");
    for (int c = 0; c < SlaReportModel::TargetColumn; ++c)
        html += QStringLiteral("<th>%1</th>")
                    .arg(model.headerData(c, Qt::Horizontal)
                             .toString()
                             .toHtmlEscaped()
                             .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("</tr>");
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool miss = SlaReportText::missesGoal(*model.figures(row), goal);
        html += miss ? QStringLiteral("<tr class=\"miss\">") : QStringLiteral("<tr>");
        for (int c = 0; c < SlaReportModel::TargetColumn; ++c) {
            QString cell = model.data(model.index(row, c)).toString().toHtmlEscaped();
            if (model.isTotal(row) || (miss && c == SlaReportModel::GoalColumn))
                cell = QStringLiteral("<b>%1</b>").arg(cell);
            const bool number = c >= SlaReportModel::CountColumn && c <= SlaReportModel::SameDayColumn;
            const bool words = c == SlaReportModel::GroupColumn || c == SlaReportModel::GoalColumn;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(number  ? QStringLiteral(" class=\"n\"")
                             : words ? QStringLiteral(" class=\"w\"")
                                     : QString(),
                             cell);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    // The targets below the table rather than in a column: their words need more room than a cell.
    QStringList targets;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString target = model.data(model.index(row, SlaReportModel::TargetColumn)).toString();
        if (target != QStringLiteral("–"))
            targets << QStringLiteral("%1: %2").arg(model.reportRow(row)->label, target);
    }
    if (!targets.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate("Torget::SlaReportExport", "Targets: %1.")
                             .arg(targets.join(QStringLiteral("; ")))
                             .toHtmlEscaped());

    const auto image = [](Figure f, int height) {
        return QStringLiteral("<p><img src=\"chart://%1\" width=\"900\" height=\"%2\"></p>")
            .arg(resourceName(f))
            .arg(height);
    };
    html += image(Figure::Times, 300) + image(Figure::Shares, 300);
    html += QStringLiteral("<h2>%1</h2>")
                .arg(QCoreApplication::translate("Torget::SlaReportExport",
                                                 "When citizens write, and when they are answered")
                         .toHtmlEscaped());
    html += image(Figure::Arrivals, 220) + image(Figure::Answers, 220);
    if (data.missed)
        html += image(Figure::Missed, 220);
    html += QStringLiteral("<h2>%1</h2>")
                .arg(QCoreApplication::translate("Torget::SlaReportExport", "Backlog").toHtmlEscaped());
    html += image(Figure::Backlog, 260);

    html += QStringLiteral("<h2>%1</h2>")
                .arg(QCoreApplication::translate("Torget::SlaReportExport", "Definitions").toHtmlEscaped());
    for (const QString &p : SlaReportText::definitions(goal))
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2><ul>")
                .arg(QCoreApplication::translate("Torget::SlaReportExport", "What counts as a response")
                         .toHtmlEscaped());
    for (const QString &rule : data.rules)
        html += QStringLiteral("<li>%1</li>").arg(rule.toHtmlEscaped());
    html += QStringLiteral("</ul></body></html>");
    return html;
}

Status savePdf(const SlaReportData &data, ResponseKind kind, double goal, const QString &path,
               const QString &title)
{
    if (auto ok = writable(path); !ok)
        return ok;
    QPdfWriter pdf(path);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Torget"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    // Landscape: fourteen columns of figures side by side need the width.
    pdf.setPageOrientation(QPageLayout::Landscape);
    // QTextDocument::print() keeps a margin of 2 cm itself.
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    pdf.setResolution(150);
    QTextDocument doc;
    doc.setDefaultFont(QFont(QFont().family(), 10));
    // print() lays the document out at 96 units an inch on landscape A4 less its margins (about 970
    // units); the figures are 900 wide, drawn at twice that.
    const std::pair<Figure, int> figures[] = {{Figure::Times, 300},
                                              {Figure::Shares, 300},
                                              {Figure::Arrivals, 220},
                                              {Figure::Answers, 220},
                                              {Figure::Backlog, 260}};
    for (const auto &[figure, height] : figures)
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://") + resourceName(figure)),
                        render(figure, data, kind, goal, QSize(1800, height * 2)));
    if (data.missed)
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://missed")),
                        render(Figure::Missed, data, kind, goal, QSize(1800, 440)));
    doc.setHtml(reportHtml(data, kind, goal, title));
    doc.print(&pdf);
    if (QFileInfo(path).size() == 0)
        return couldNotWrite(path);
    return {};
}

} // namespace Torget::SlaReportExport
