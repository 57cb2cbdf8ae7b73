#include "slareportcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Torget::SlaReportCharts {

namespace {

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

// Okabe–Ito colours (told apart with colour-blindness too), a little lighter on a dark base.
QColor color(const QPalette &p, QRgb rgb)
{
    const QColor c = QColor::fromRgb(rgb);
    return isDark(p) ? c.lighter(135) : c;
}
constexpr QRgb blue = 0x0072B2;
constexpr QRgb sky = 0x56B4E9;
constexpr QRgb green = 0x009E73;
constexpr QRgb orange = 0xE69F00;
constexpr QRgb vermillion = 0xD55E00;

void style(QChart *c, const QPalette &p)
{
    c->setLocale(QLocale());
    c->setLocalizeNumbers(true);
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundBrush(p.color(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setBackgroundRoundness(0);
    c->setTitleBrush(p.color(QPalette::Text));
    QFont title = c->titleFont();
    title.setBold(true);
    title.setPointSizeF(std::max(9.0, QFont().pointSizeF() * 1.15));
    c->setTitleFont(title);
    c->legend()->setLabelColor(p.color(QPalette::Text));
    c->legend()->setAlignment(Qt::AlignBottom);
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(45);
    QColor line = p.color(QPalette::Text);
    line.setAlpha(120);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
    }
}

QBarCategoryAxis *rowAxis(const SlaReportData &data)
{
    auto *axis = new QBarCategoryAxis;
    QStringList labels;
    for (const ReportRow &row : data.result.rows)
        labels << row.label;
    axis->append(labels);
    axis->setGridLineVisible(false);
    // Vertical labels once the rows get many: Qt Charts elides a label wider than its category.
    if (labels.size() > 8)
        axis->setLabelsAngle(-90);
    return axis;
}

QBarSet *barSet(const QString &name, const QColor &c)
{
    auto *set = new QBarSet(name);
    set->setColor(c);
    set->setBorderColor(c);
    return set;
}

// A short horizontal line over one category (bar axes place category i at x = i).
QLineSeries *mark(const QString &name, int row, double y, const QColor &c, Qt::PenStyle style)
{
    auto *s = new QLineSeries;
    s->setName(name);
    s->setPen(QPen(c, 2.5, style, Qt::FlatCap));
    s->append(row - 0.45, y);
    s->append(row + 0.45, y);
    return s;
}

void hideExtraMarkers(QChart *chart, const std::vector<QAbstractSeries *> &series)
{
    for (std::size_t i = 1; i < series.size(); ++i)
        for (QLegendMarker *m : chart->legend()->markers(series[i]))
            m->setVisible(false);
}

void connectBars(QBarSet *set, const std::function<void(int)> &onClick,
                 const std::function<QString(int)> &tooltip)
{
    if (onClick)
        QObject::connect(set, &QBarSet::clicked, set, [onClick](int index) { onClick(index); });
    QObject::connect(set, &QBarSet::hovered, set, [tooltip](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), tooltip(index));
        else
            QToolTip::hideText();
    });
}

} // namespace

QChart *times(const SlaReportData &data, ResponseKind kind, const QPalette &palette,
              const std::function<void(int)> &onClick)
{
    auto *chart = new QChart;
    chart->setTitle(
        QCoreApplication::translate("Torget::SlaReportCharts", "%1: median and p90 (business hours)")
            .arg(SlaReportText::kindName(kind)));
    auto *median =
        barSet(QCoreApplication::translate("Torget::SlaReportCharts", "Median"), color(palette, blue));
    auto *p90 = barSet(QCoreApplication::translate("Torget::SlaReportCharts", "p90"), color(palette, sky));
    double top = 1;
    const auto k = static_cast<std::size_t>(kind);
    for (const ReportRow &row : data.result.rows) {
        const MetricFigures &m = row.metrics[k];
        median->append(m.medianBusinessMinutes.value_or(0) / 60.0);
        p90->append(m.p90BusinessMinutes.value_or(0) / 60.0);
        top = std::max(top, m.p90BusinessMinutes.value_or(0) / 60.0);
    }
    const auto tooltip = [&data, k](int i) {
        const ReportRow &row = data.result.rows[static_cast<std::size_t>(i)];
        const MetricFigures &m = row.metrics[k];
        return QCoreApplication::translate("Torget::SlaReportCharts",
                                           "%1\nMedian %2 (calendar %3)\np90 %4 (calendar %5)\n%6 answered\n"
                                           "Click to see the conversations")
            .arg(row.label, SlaReportText::duration(m.medianBusinessMinutes),
                 SlaReportText::duration(m.medianCalendarMinutes),
                 SlaReportText::duration(m.p90BusinessMinutes), SlaReportText::duration(m.p90CalendarMinutes),
                 QLocale().toString(m.count));
    };
    connectBars(median, onClick, tooltip);
    connectBars(p90, onClick, tooltip);
    auto *bars = new QBarSeries;
    bars->append(median);
    bars->append(p90);
    chart->addSeries(bars);
    auto *x = rowAxis(data);
    auto *y = new QValueAxis;
    y->setTitleText(QCoreApplication::translate("Torget::SlaReportCharts", "Hours (business time)"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    std::vector<QAbstractSeries *> targets;
    for (std::size_t i = 0; i < data.result.rows.size(); ++i) {
        const auto target = SlaReportText::targetMinutes(data, data.result.rows[i], kind);
        if (!target)
            continue;
        auto *s = mark(QCoreApplication::translate("Torget::SlaReportCharts", "Target"), static_cast<int>(i),
                       *target / 60.0, color(palette, vermillion), Qt::DashLine);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        targets.push_back(s);
        top = std::max(top, *target / 60.0);
    }
    hideExtraMarkers(chart, targets);
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers();
    style(chart, palette);
    return chart;
}

QChart *shares(const SlaReportData &data, ResponseKind kind, double goal, const QPalette &palette,
               const std::function<void(int)> &onClick)
{
    auto *chart = new QChart;
    chart->setTitle(
        QCoreApplication::translate("Torget::SlaReportCharts", "%1: within target and same working day")
            .arg(SlaReportText::kindName(kind)));
    auto *within = barSet(QCoreApplication::translate("Torget::SlaReportCharts", "Within target"),
                          color(palette, green));
    auto *sameDay = barSet(QCoreApplication::translate("Torget::SlaReportCharts", "Same working day"),
                           color(palette, orange));
    const auto k = static_cast<std::size_t>(kind);
    for (const ReportRow &row : data.result.rows) {
        within->append(row.metrics[k].withinTargetShare.value_or(0) * 100.0);
        sameDay->append(row.metrics[k].sameDayShare.value_or(0) * 100.0);
    }
    const auto tooltip = [&data, k, goal](int i) {
        const ReportRow &row = data.result.rows[static_cast<std::size_t>(i)];
        const MetricFigures &m = row.metrics[k];
        QString text = QCoreApplication::translate("Torget::SlaReportCharts",
                                                   "%1\nWithin target %2 (%3 of %4)\nSame working day %5")
                           .arg(row.label, SlaReportText::percent(m.withinTargetShare),
                                QLocale().toString(m.withinTarget), QLocale().toString(m.targeted),
                                SlaReportText::percent(m.sameDayShare));
        if (SlaReportText::missesGoal(m, goal))
            text += QLatin1Char('\n') +
                    QCoreApplication::translate("Torget::SlaReportCharts", "Below the goal of %1")
                        .arg(SlaReportText::percent(goal));
        return text + QLatin1Char('\n') +
               QCoreApplication::translate("Torget::SlaReportCharts",
                                           "Click to see the conversations that missed the target");
    };
    connectBars(within, onClick, tooltip);
    connectBars(sameDay, onClick, tooltip);
    auto *bars = new QBarSeries;
    bars->append(within);
    bars->append(sameDay);
    chart->addSeries(bars);
    auto *x = rowAxis(data);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(QCoreApplication::translate("Torget::SlaReportCharts", "Share (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (!data.result.rows.empty()) {
        auto *line = new QLineSeries;
        line->setName(QCoreApplication::translate("Torget::SlaReportCharts", "Goal %1")
                          .arg(SlaReportText::percent(goal)));
        line->setPen(QPen(color(palette, vermillion), 2, Qt::DashLine));
        line->append(-0.5, goal * 100.0);
        line->append(static_cast<double>(data.result.rows.size()) - 0.5, goal * 100.0);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    style(chart, palette);
    return chart;
}

QChart *backlog(const SlaReportData &data, const QPalette &palette, const std::function<void(QDate)> &onClick)
{
    auto *chart = new QChart;
    chart->setTitle(
        QCoreApplication::translate("Torget::SlaReportCharts", "Open conversations at the end of each day"));
    auto *series = new QLineSeries;
    series->setName(QCoreApplication::translate("Torget::SlaReportCharts", "Open (backlog)"));
    series->setPen(QPen(color(palette, blue), 2.5));
    series->setPointsVisible(data.result.backlog.size() <= 62);
    qint64 top = 1;
    for (const auto &[day, open] : data.result.backlog) {
        series->append(static_cast<double>(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch()),
                       static_cast<double>(open));
        top = std::max(top, open);
    }
    chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd.MM"));
    x->setTickCount(std::clamp(static_cast<int>(data.result.backlog.size()), 2, 10));
    if (!data.result.backlog.empty())
        x->setRange(QDateTime(data.result.backlog.front().first, QTime(0, 0)),
                    QDateTime(data.result.backlog.back().first, QTime(23, 59)));
    auto *y = new QValueAxis;
    y->setRange(0, static_cast<double>(top) * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    y->setTitleText(QCoreApplication::translate("Torget::SlaReportCharts", "Conversations"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const auto dayAt = [](const QPointF &p) {
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(p.x())).date();
    };
    if (onClick)
        QObject::connect(series, &QLineSeries::clicked, series,
                         [onClick, dayAt](const QPointF &p) { onClick(dayAt(p)); });
    QObject::connect(series, &QLineSeries::hovered, series, [&data, dayAt](const QPointF &p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDate day = dayAt(p);
        for (const auto &[d, open] : data.result.backlog) {
            if (d == day) {
                QToolTip::showText(
                    QCursor::pos(),
                    QCoreApplication::translate("Torget::SlaReportCharts", "%1: %2 open\nClick to see them")
                        .arg(d.toString(QStringLiteral("dd.MM.yyyy")), QLocale().toString(open)));
                return;
            }
        }
    });
    style(chart, palette);
    return chart;
}

} // namespace Torget::SlaReportCharts
