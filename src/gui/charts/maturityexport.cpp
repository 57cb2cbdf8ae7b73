#include "maturityexport.h"

#include "util/timeformat.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QUrl>

#include <memory>

namespace Torget::MaturityExport {

namespace {

// A chart laid out at `size` in a scene of its own (no view, no window: works offscreen).
struct Staged
{
    QGraphicsScene scene;
    QChart *chart = nullptr;
};

std::unique_ptr<Staged> stage(MaturityCharts::Kind kind, const MaturityReportData &data, QSize size,
                              const QPalette &palette)
{
    auto staged = std::make_unique<Staged>();
    staged->chart = MaturityCharts::build(kind, data, palette);
    staged->scene.addItem(staged->chart); // the scene owns the chart
    staged->chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    staged->scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    // Layout requests are posted events; the chart must be laid out before it is painted.
    QCoreApplication::sendPostedEvents();
    return staged;
}

Status writable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{QCoreApplication::translate("Torget::MaturityExport", "The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    return {};
}

QString percent(std::optional<double> v)
{
    return v ? QLocale().toString(*v * 100.0, 'f', 0) + QStringLiteral(" %") : QStringLiteral("–");
}

QString number(std::optional<double> v, int decimals)
{
    return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("–");
}

QString dateText(QDate d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

// The criteria that decided the level: those met up to it, then what the next level lacks.
QString criteriaText(const LevelAssessment &a)
{
    QStringList parts;
    const auto next = static_cast<MaturityLevel>(static_cast<int>(a.level) + 1);
    for (const LevelCriterion &c : a.criteria) {
        if (!c.required())
            continue;
        if (c.level <= a.level && c.met)
            parts << QStringLiteral("✓ ") + c.text();
        else if (c.level == next && !c.met)
            parts << QStringLiteral("✗ ") + c.text();
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QImage renderChart(MaturityCharts::Kind kind, const MaturityReportData &data, QSize size, qreal scale,
                   const QPalette &palette)
{
    const QSize logical = (QSizeF(size) / scale).toSize();
    auto staged = stage(kind, data, logical, palette);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    staged->scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(logical)), staged->scene.sceneRect());
    painter.end();
    image.setDevicePixelRatio(1); // saved and embedded by its pixels
    return image;
}

Status savePng(MaturityCharts::Kind kind, const MaturityReportData &data, const QString &path, QSize size)
{
    if (auto ok = writable(path); !ok)
        return ok;
    if (!renderChart(kind, data, size).save(path, "PNG"))
        return Error{QCoreApplication::translate("Torget::MaturityExport", "Could not write %1.")
                         .arg(QDir::toNativeSeparators(path))};
    return {};
}

Status saveSvg(MaturityCharts::Kind kind, const MaturityReportData &data, const QString &path, QSize size)
{
    // An SVG has no pixels: lay the chart out at the size it is meant to be read at.
    if (auto ok = writable(path); !ok)
        return ok;
    auto staged = stage(kind, data, size, MaturityCharts::printPalette());
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(MaturityCharts::title(kind));
    svg.setDescription(QCoreApplication::translate("Torget::MaturityExport", "Made by Torget"));
    QPainter painter;
    if (!painter.begin(&svg))
        return Error{QCoreApplication::translate("Torget::MaturityExport", "Could not write %1.")
                         .arg(QDir::toNativeSeparators(path))};
    staged->scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), staged->scene.sceneRect());
    painter.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Error{QCoreApplication::translate("Torget::MaturityExport", "Could not write %1.")
                         .arg(QDir::toNativeSeparators(path))};
    return {};
}

QString reportHtml(const MaturityReportData &data, const QString &title)
{
    QString html;
    html += QStringLiteral(
        "<html><head><meta charset=\"utf-8\"><style>"
        "body { font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14pt; }"
        "table { border-collapse: collapse; } th, td { padding: 2pt 4pt; font-size: 8pt; }"
        "th { text-align: left; }"
        "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped());
    const QString channel = data.options.channel
                                ? displayName(*data.options.channel)
                                : QCoreApplication::translate("Torget::MaturityExport", "all channels");
    const QString granularity = data.options.by == Granularity::Quarter
                                    ? QCoreApplication::translate("Torget::MaturityExport", "per quarter")
                                    : QCoreApplication::translate("Torget::MaturityExport", "per month");
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("Torget::MaturityExport", "Period %1–%2, %3, %4.")
                         .arg(dateText(data.options.from), dateText(data.options.to), granularity, channel)
                         .toHtmlEscaped());

    // Summary: where the range started and ended, and how many periods reached each level.
    if (!data.periods.empty()) {
        const PeriodReport &first = data.periods.front();
        const PeriodReport &last = data.periods.back();
        std::array<int, 4> count{};
        for (const PeriodReport &r : data.periods)
            ++count[static_cast<std::size_t>(r.level.level)];
        html += QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                    .arg(QCoreApplication::translate("Torget::MaturityExport", "Summary").toHtmlEscaped(),
                         QCoreApplication::translate("Torget::MaturityExport", "%1 was at %2; %3 is at %4.")
                             .arg(periodLabel(first.indicators.period, data.options.by),
                                  displayName(first.level.level),
                                  periodLabel(last.indicators.period, data.options.by),
                                  displayName(last.level.level))
                             .toHtmlEscaped(),
                         QCoreApplication::translate("Torget::MaturityExport",
                                                     "Periods at each level: dialog %1, mobilization %2, "
                                                     "presence %3, below presence %4.")
                             .arg(count[3])
                             .arg(count[2])
                             .arg(count[1])
                             .arg(count[0])
                             .toHtmlEscaped());
    }
    const auto image = [](MaturityCharts::Kind kind) {
        return QStringLiteral("<p><img src=\"chart://%1\" width=\"620\" height=\"310\"></p>")
            .arg(MaturityCharts::fileStem(kind));
    };
    html += image(MaturityCharts::Kind::Level);

    html +=
        QStringLiteral(
            "<h2>%1</h2><table border=\"1\" cellspacing=\"0\" width=\"100%\"><tr><th>%2</th><th>%3</th>"
            "<th>%4</th></tr>")
            .arg(QCoreApplication::translate("Torget::MaturityExport", "Level per period").toHtmlEscaped(),
                 QCoreApplication::translate("Torget::MaturityExport", "Period").toHtmlEscaped(),
                 QCoreApplication::translate("Torget::MaturityExport", "Level").toHtmlEscaped(),
                 QCoreApplication::translate("Torget::MaturityExport", "Why").toHtmlEscaped());
    for (const PeriodReport &r : data.periods) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                    .arg(periodLabel(r.indicators.period, data.options.by).toHtmlEscaped(),
                         displayName(r.level.level).toHtmlEscaped(), criteriaText(r.level).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");

    for (MaturityCharts::Kind kind : {MaturityCharts::Kind::Mix, MaturityCharts::Kind::Replies,
                                      MaturityCharts::Kind::Reach, MaturityCharts::Kind::Channels})
        html += image(kind);

    const QStringList headers{
        QCoreApplication::translate("Torget::MaturityExport", "Period"),
        QCoreApplication::translate("Torget::MaturityExport", "Posts"),
        QCoreApplication::translate("Torget::MaturityExport", "Information"),
        QCoreApplication::translate("Torget::MaturityExport", "Mobilization"),
        QCoreApplication::translate("Torget::MaturityExport", "Dialog"),
        QCoreApplication::translate("Torget::MaturityExport", "Questions"),
        QCoreApplication::translate("Torget::MaturityExport", "Answered"),
        QCoreApplication::translate("Torget::MaturityExport", "Median first response (h)"),
        QCoreApplication::translate("Torget::MaturityExport", "Same day"),
        QCoreApplication::translate("Torget::MaturityExport", "Comments per post"),
        QCoreApplication::translate("Torget::MaturityExport", "Citizens"),
        QCoreApplication::translate("Torget::MaturityExport", "Citizen replies"),
        QCoreApplication::translate("Torget::MaturityExport", "Redirected"),
    };
    html += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" width=\"100%\"><tr>")
                .arg(QCoreApplication::translate("Torget::MaturityExport", "Indicators").toHtmlEscaped());
    for (const QString &h : headers)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    const QLocale locale;
    for (const PeriodReport &r : data.periods) {
        const Indicators &in = r.indicators.all;
        const QStringList cells{
            periodLabel(r.indicators.period, data.options.by),
            locale.toString(in.posts),
            percent(in.share(PostClass::Information)),
            percent(in.share(PostClass::Mobilization)),
            percent(in.share(PostClass::Dialog)),
            locale.toString(in.conversations),
            percent(in.replyRate()),
            number(in.medianFirstResponseMinutes
                       ? std::optional<double>(*in.medianFirstResponseMinutes / 60.0)
                       : std::nullopt,
                   1),
            percent(in.sameDayShare()),
            number(in.commentsPerPost(), 1),
            locale.toString(in.distinctCitizens),
            locale.toString(in.citizenReplies),
            percent(in.redirectShare()),
        };
        html += QStringLiteral("<tr>");
        for (const QString &c : cells)
            html += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    if (!data.events.empty()) {
        html += QStringLiteral("<h2>%1</h2><ul>")
                    .arg(QCoreApplication::translate("Torget::MaturityExport", "Events").toHtmlEscaped());
        for (const MaturityEvent &e : data.events)
            html += QStringLiteral("<li>%1: <b>%2</b> %3</li>")
                        .arg(TimeFormat::date(QDateTime::fromMSecsSinceEpoch(e.at, TimeFormat::osloZone())),
                             e.title.toHtmlEscaped(), e.detail.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h2>%1</h2>")
                .arg(QCoreApplication::translate("Torget::MaturityExport", "Method").toHtmlEscaped());
    for (const QString &paragraph : MaturityReport::methodText(data.thresholds))
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(QCoreApplication::translate(
                     "Torget::MaturityExport",
                     "Periods marked * are not whole months or quarters. Sources: Berntzen's maturity model; "
                     "Lovejoy and Saxton (2012) for the coding of posts; Mergel (2013).")
                     .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

Status savePdf(const MaturityReportData &data, const QString &path, const QString &title)
{
    if (auto ok = writable(path); !ok)
        return ok;
    QPdfWriter pdf(path);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Torget"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print() keeps a margin of 2 cm itself.
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    pdf.setResolution(150);
    QTextDocument doc;
    doc.setDefaultFont(QFont(QFont().family(), 10));
    // print() lays the document out on the paper's text width at 96 units an inch (A4 less its 2 cm
    // margins: about 640 units); the charts (620 × 310, drawn at twice that) fit inside it.
    for (MaturityCharts::Kind kind : MaturityCharts::allKinds)
        doc.addResource(QTextDocument::ImageResource,
                        QUrl(QStringLiteral("chart://") + MaturityCharts::fileStem(kind)),
                        renderChart(kind, data, QSize(1240, 620)));
    doc.setHtml(reportHtml(data, title));
    doc.print(&pdf);
    if (QFileInfo(path).size() == 0)
        return Error{QCoreApplication::translate("Torget::MaturityExport", "Could not write %1.")
                         .arg(QDir::toNativeSeparators(path))};
    return {};
}

} // namespace Torget::MaturityExport
