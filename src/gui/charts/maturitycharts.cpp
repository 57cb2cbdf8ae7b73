#include "maturitycharts.h"

#include "util/timeformat.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace Torget::MaturityCharts {

namespace {

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

// Okabe–Ito colours (told apart with colour-blindness too), a little lighter on a dark base.
QColor seriesColor(const QPalette &p, QRgb rgb)
{
    const QColor c = QColor::fromRgb(rgb);
    return isDark(p) ? c.lighter(135) : c;
}
constexpr QRgb blue = 0x0072B2;
constexpr QRgb sky = 0x56B4E9;
constexpr QRgb orange = 0xE69F00;
constexpr QRgb green = 0x009E73;
constexpr QRgb vermillion = 0xD55E00;
constexpr QRgb purple = 0xCC79A7;
constexpr QRgb grey = 0x8C8C8C;

QColor informationColor(const QPalette &p)
{
    return seriesColor(p, sky);
}
QColor mobilizationColor(const QPalette &p)
{
    return seriesColor(p, orange);
}
QColor dialogColor(const QPalette &p)
{
    return seriesColor(p, green);
}

QString percent(double v)
{
    return QLocale().toString(v * 100.0, 'f', 0) + QStringLiteral(" %");
}

QString optionalPercent(std::optional<double> v)
{
    return v ? percent(*v) : QCoreApplication::translate("Torget::MaturityCharts", "–");
}

QString periodName(const MaturityReportData &d, int i)
{
    return periodLabel(d.periods[static_cast<std::size_t>(i)].indicators.period, d.options.by);
}

void styleChart(QChart *c, const QPalette &p)
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
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
        axis->setShadesVisible(false);
    }
}

// The time axis: one category per period, labelled "mar. 2026" / "K1 2026", with room for
// events between the periods (x runs from 0 to the number of periods).
QCategoryAxis *timeAxis(const MaturityReportData &d)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setStartValue(0);
    const int n = static_cast<int>(d.periods.size());
    for (int i = 0; i < n; ++i) {
        QString label =
            periodShortLabel(d.periods[static_cast<std::size_t>(i)].indicators.period, d.options.by);
        if (d.periods[static_cast<std::size_t>(i)].indicators.period.partial)
            label += QLatin1Char('*');
        axis->append(label, i + 1);
    }
    axis->setRange(0, std::max(1, n));
    axis->setGridLineVisible(false);
    // Vertical labels once the periods get narrow: Qt Charts elides a label wider than its category.
    if (n > 8)
        axis->setLabelsAngle(-90);
    return axis;
}

QLineSeries *line(const QString &name, const QColor &color, Qt::PenStyle style = Qt::SolidLine,
                  qreal width = 2.5)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
    s->setPen(pen);
    s->setPointsVisible(style == Qt::SolidLine);
    return s;
}

// Tooltips and clicks on a series whose points sit at x = period index (+ 0.5 for centres).
void connectPeriodSeries(QChart *chart, QXYSeries *series, const MaturityReportData &d,
                         const std::function<QString(int)> &text, const std::function<void(int)> &onClick)
{
    const int n = static_cast<int>(d.periods.size());
    const auto indexAt = [n](const QPointF &point) {
        return std::clamp(static_cast<int>(point.x()), 0, n - 1);
    };
    QObject::connect(series, &QXYSeries::hovered, chart, [indexAt, text](const QPointF &point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), text(indexAt(point)));
        else
            QToolTip::hideText();
    });
    if (onClick)
        QObject::connect(series, &QXYSeries::clicked, chart,
                         [indexAt, onClick](const QPointF &point) { onClick(indexAt(point)); });
}

// Events as dashed vertical lines with their title at the top of the plot area; the detail is the
// tooltip. Repositioned whenever the plot area moves (resize, legend, export size).
void addEvents(QChart *chart, QAbstractSeries *reference, const MaturityReportData &d, const QPalette &p)
{
    if (d.events.empty() || d.periods.empty())
        return;
    struct Marker
    {
        double x;
        QGraphicsLineItem *line;
        QGraphicsSimpleTextItem *label;
    };
    auto markers = std::make_shared<std::vector<Marker>>();
    QColor color = p.color(QPalette::Text);
    color.setAlpha(170);
    for (const MaturityEvent &e : d.events) {
        double x = -1;
        for (std::size_t i = 0; i < d.periods.size(); ++i) {
            const Period &period = d.periods[i].indicators.period;
            if (e.at >= period.fromMs && e.at < period.toMs) {
                x = static_cast<double>(i) + static_cast<double>(e.at - period.fromMs) /
                                                 static_cast<double>(period.toMs - period.fromMs);
                break;
            }
        }
        if (x < 0)
            continue;
        auto *lineItem = new QGraphicsLineItem(chart);
        lineItem->setPen(QPen(color, 1.5, Qt::DashLine));
        lineItem->setZValue(20);
        auto *label = new QGraphicsSimpleTextItem(QStringLiteral("◆ ") + e.title, chart);
        label->setBrush(p.color(QPalette::Text));
        QFont font = label->font();
        font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
        label->setFont(font);
        label->setZValue(21);
        const QString tip = TimeFormat::date(QDateTime::fromMSecsSinceEpoch(e.at, TimeFormat::osloZone())) +
                            QStringLiteral(": ") + e.title +
                            (e.detail.isEmpty() ? QString() : QLatin1Char('\n') + e.detail);
        label->setToolTip(tip);
        lineItem->setToolTip(tip);
        markers->push_back({x, lineItem, label});
    }
    const auto place = [chart, reference, markers] {
        const QRectF area = chart->plotArea();
        int row = 0;
        for (const Marker &m : *markers) {
            const qreal px = chart->mapToPosition(QPointF(m.x, 0), reference).x();
            m.line->setLine(px, area.top(), px, area.bottom());
            // Staggered rows, so that events close together stay readable.
            const qreal top = area.top() + 2 + (row++ % 3) * (m.label->boundingRect().height() + 1);
            qreal left = px + 3;
            if (left + m.label->boundingRect().width() > area.right())
                left = px - 3 - m.label->boundingRect().width();
            m.label->setPos(left, top);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

QChart *levelChart(const std::shared_ptr<const MaturityReportData> &dp, const QPalette &p,
                   const std::function<void(int)> &onClick)
{
    const MaturityReportData &d = *dp;
    auto *chart = new QChart;
    chart->setTitle(title(Kind::Level));
    const int n = static_cast<int>(d.periods.size());
    auto *upper = line(QCoreApplication::translate("Torget::MaturityCharts", "Level"), seriesColor(p, blue),
                       Qt::SolidLine, 3);
    upper->setPointsVisible(false);
    auto *lower = new QLineSeries;
    for (int i = 0; i < n; ++i) {
        const double level = static_cast<int>(d.periods[static_cast<std::size_t>(i)].level.level);
        upper->append(i, level);
        upper->append(i + 1, level);
        lower->append(i, -0.35);
        lower->append(i + 1, -0.35);
    }
    upper->setParent(chart);
    lower->setParent(chart);
    auto *area = new QAreaSeries(upper, lower);
    area->setName(QCoreApplication::translate("Torget::MaturityCharts", "Level"));
    QColor fill = seriesColor(p, blue);
    fill.setAlpha(55);
    area->setBrush(fill);
    area->setPen(QPen(seriesColor(p, blue), 3));
    chart->addSeries(area);
    auto *x = timeAxis(d);
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setStartValue(-0.35);
    for (MaturityLevel l :
         {MaturityLevel::None, MaturityLevel::Presence, MaturityLevel::Mobilization, MaturityLevel::Dialog})
        y->append(displayName(l), static_cast<int>(l));
    y->setRange(-0.35, 3.35);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    area->attachAxis(x);
    area->attachAxis(y);
    chart->legend()->hide();
    const auto text = [dp](int i) {
        const MaturityReportData &report = *dp;
        const PeriodReport &r = report.periods[static_cast<std::size_t>(i)];
        return QCoreApplication::translate("Torget::MaturityCharts", "%1: %2\nClick to see why.")
            .arg(periodName(report, i), displayName(r.level.level));
    };
    QObject::connect(area, &QAreaSeries::hovered, chart, [text, n](const QPointF &point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), text(std::clamp(static_cast<int>(point.x()), 0, n - 1)));
        else
            QToolTip::hideText();
    });
    if (onClick)
        QObject::connect(area, &QAreaSeries::clicked, chart, [onClick, n](const QPointF &point) {
            onClick(std::clamp(static_cast<int>(point.x()), 0, n - 1));
        });
    addEvents(chart, area, d, p);
    styleChart(chart, p);
    return chart;
}

QChart *mixChart(const std::shared_ptr<const MaturityReportData> &dp, const QPalette &p,
                 const std::function<void(int)> &onClick)
{
    const MaturityReportData &d = *dp;
    auto *chart = new QChart;
    chart->setTitle(title(Kind::Mix));
    const int n = static_cast<int>(d.periods.size());
    // Bottom up: dialog, mobilization, information (the climb shows as the lower bands growing).
    auto *base = new QLineSeries;
    auto *dialogTop = new QLineSeries;
    auto *mobilizationTop = new QLineSeries;
    auto *informationTop = new QLineSeries;
    const auto add = [&](double x, const Indicators &in) {
        const double dlg = in.share(PostClass::Dialog).value_or(0) * 100;
        const double mob = in.share(PostClass::Mobilization).value_or(0) * 100;
        const double info = in.share(PostClass::Information).value_or(0) * 100;
        base->append(x, 0);
        dialogTop->append(x, dlg);
        mobilizationTop->append(x, dlg + mob);
        informationTop->append(x, dlg + mob + info);
    };
    for (int i = 0; i < n; ++i) {
        const Indicators &in = d.periods[static_cast<std::size_t>(i)].indicators.all;
        if (i == 0)
            add(0, in);
        add(i + 0.5, in);
        if (i == n - 1)
            add(n, in);
    }
    const auto area = [&](QLineSeries *upper, QLineSeries *lower, const QString &name, const QColor &color) {
        auto *a = new QAreaSeries(upper, lower);
        a->setName(name);
        QColor fill = color;
        fill.setAlpha(isDark(p) ? 190 : 210);
        a->setBrush(fill);
        a->setPen(QPen(color.darker(isDark(p) ? 100 : 115), 1));
        chart->addSeries(a);
        return a;
    };
    // Each band has its own lower line (copies: an area series owns neither, but both must live).
    auto *dialogBase = new QLineSeries(chart);
    dialogBase->append(base->points());
    auto *mobBase = new QLineSeries(chart);
    mobBase->append(dialogTop->points());
    auto *infoBase = new QLineSeries(chart);
    infoBase->append(mobilizationTop->points());
    delete base;
    std::vector<QAreaSeries *> areas{
        area(dialogTop, dialogBase, displayName(PostClass::Dialog), dialogColor(p)),
        area(mobilizationTop, mobBase, displayName(PostClass::Mobilization), mobilizationColor(p)),
        area(informationTop, infoBase, displayName(PostClass::Information), informationColor(p)),
    };
    for (QLineSeries *s : {dialogTop, mobilizationTop, informationTop})
        s->setParent(chart);
    auto *x = timeAxis(d);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f %"));
    y->setTickCount(6);
    y->setTitleText(QCoreApplication::translate("Torget::MaturityCharts", "Share of own posts"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const auto text = [dp](int i) {
        const MaturityReportData &report = *dp;
        const Indicators &in = report.periods[static_cast<std::size_t>(i)].indicators.all;
        return QCoreApplication::translate("Torget::MaturityCharts",
                                           "%1 (%2 posts)\nInformation %3\nMobilization %4\nDialog %5")
            .arg(periodName(report, i))
            .arg(in.posts)
            .arg(optionalPercent(in.share(PostClass::Information)),
                 optionalPercent(in.share(PostClass::Mobilization)),
                 optionalPercent(in.share(PostClass::Dialog)));
    };
    for (QAreaSeries *a : areas) {
        a->attachAxis(x);
        a->attachAxis(y);
        QObject::connect(a, &QAreaSeries::hovered, chart, [text, n](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), text(std::clamp(static_cast<int>(point.x()), 0, n - 1)));
            else
                QToolTip::hideText();
        });
        if (onClick)
            QObject::connect(a, &QAreaSeries::clicked, chart, [onClick, n](const QPointF &point) {
                onClick(std::clamp(static_cast<int>(point.x()), 0, n - 1));
            });
    }
    addEvents(chart, areas.front(), d, p);
    styleChart(chart, p);
    return chart;
}

QChart *repliesChart(const std::shared_ptr<const MaturityReportData> &dp, const QPalette &p,
                     const std::function<void(int)> &onClick)
{
    const MaturityReportData &d = *dp;
    auto *chart = new QChart;
    chart->setTitle(title(Kind::Replies));
    const int n = static_cast<int>(d.periods.size());
    // Short names: five entries share one legend row.
    const auto name = [](const char *text) {
        return QCoreApplication::translate("Torget::MaturityCharts", text);
    };
    auto *replyRate =
        line(name(QT_TRANSLATE_NOOP("Torget::MaturityCharts", "Answered")), seriesColor(p, blue));
    auto *sameDay = line(name(QT_TRANSLATE_NOOP("Torget::MaturityCharts", "Same day")), seriesColor(p, sky),
                         Qt::DashLine, 2);
    auto *redirected = line(name(QT_TRANSLATE_NOOP("Torget::MaturityCharts", "Redirected")),
                            seriesColor(p, purple), Qt::DotLine, 2);
    auto *target = line(name(QT_TRANSLATE_NOOP("Torget::MaturityCharts", "Needed for dialog")),
                        seriesColor(p, grey), Qt::DotLine, 1.5);
    auto *median = line(name(QT_TRANSLATE_NOOP("Torget::MaturityCharts", "Median response")),
                        seriesColor(p, vermillion));
    double maxHours = d.thresholds.maxMedianResponseHours;
    for (int i = 0; i < n; ++i) {
        const Indicators &in = d.periods[static_cast<std::size_t>(i)].indicators.all;
        const double x = i + 0.5;
        if (auto v = in.replyRate())
            replyRate->append(x, *v * 100);
        if (auto v = in.sameDayShare())
            sameDay->append(x, *v * 100);
        if (auto v = in.redirectShare())
            redirected->append(x, *v * 100);
        if (in.medianFirstResponseMinutes) {
            median->append(x, *in.medianFirstResponseMinutes / 60.0);
            maxHours = std::max(maxHours, *in.medianFirstResponseMinutes / 60.0);
        }
    }
    target->append(0, d.thresholds.replyRate * 100);
    target->append(std::max(1, n), d.thresholds.replyRate * 100);
    auto *x = timeAxis(d);
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setLabelFormat(QStringLiteral("%.0f %"));
    percentAxis->setTickCount(6);
    percentAxis->setTitleText(
        QCoreApplication::translate("Torget::MaturityCharts", "Share of citizen questions"));
    auto *hoursAxis = new QValueAxis;
    // Ticks on whole hours: steps of 1, 2, 3, 6, 12 or 24 hours, at most six of them.
    double step = 24;
    for (double candidate : {1.0, 2.0, 3.0, 6.0, 12.0, 24.0}) {
        if (maxHours * 1.1 <= candidate * 5) {
            step = candidate;
            break;
        }
    }
    const double top = std::max(step, std::ceil(maxHours * 1.1 / step) * step);
    hoursAxis->setRange(0, top);
    hoursAxis->setLabelFormat(QStringLiteral("%.0f h"));
    hoursAxis->setTickCount(static_cast<int>(top / step) + 1);
    hoursAxis->setTitleText(QCoreApplication::translate("Torget::MaturityCharts", "Median first response"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(percentAxis, Qt::AlignLeft);
    chart->addAxis(hoursAxis, Qt::AlignRight);
    for (QLineSeries *s : {replyRate, sameDay, redirected, target, median}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(s == median ? hoursAxis : percentAxis);
    }
    const auto text = [dp](int i) {
        const MaturityReportData &report = *dp;
        const Indicators &in = report.periods[static_cast<std::size_t>(i)].indicators.all;
        const QString medianText = in.medianFirstResponseMinutes
                                       ? QLocale().toString(*in.medianFirstResponseMinutes / 60.0, 'f', 1)
                                       : QCoreApplication::translate("Torget::MaturityCharts", "–");
        return QCoreApplication::translate(
                   "Torget::MaturityCharts",
                   "%1\nAnswered %2 (%3 of %4)\nSame day %5\nMedian first response %6 h\nRedirected %7")
            .arg(periodName(report, i), optionalPercent(in.replyRate()))
            .arg(in.replied)
            .arg(in.conversations)
            .arg(optionalPercent(in.sameDayShare()), medianText, optionalPercent(in.redirectShare()));
    };
    for (QLineSeries *s : {replyRate, sameDay, redirected, median})
        connectPeriodSeries(chart, s, d, text, onClick);
    addEvents(chart, replyRate, d, p);
    styleChart(chart, p);
    return chart;
}

QChart *reachChart(const std::shared_ptr<const MaturityReportData> &dp, const QPalette &p,
                   const std::function<void(int)> &onClick)
{
    const MaturityReportData &d = *dp;
    auto *chart = new QChart;
    chart->setTitle(title(Kind::Reach));
    const int n = static_cast<int>(d.periods.size());
    auto *citizens = line(QCoreApplication::translate("Torget::MaturityCharts", "Citizens who wrote to us"),
                          seriesColor(p, blue));
    auto *peer = line(QCoreApplication::translate("Torget::MaturityCharts", "Citizens answering each other"),
                      seriesColor(p, green), Qt::DashLine, 2);
    auto *comments = line(QCoreApplication::translate("Torget::MaturityCharts", "Comments per post"),
                          seriesColor(p, orange));
    double maxCount = 1;
    double maxComments = 1;
    for (int i = 0; i < n; ++i) {
        const Indicators &in = d.periods[static_cast<std::size_t>(i)].indicators.all;
        const double x = i + 0.5;
        citizens->append(x, static_cast<double>(in.distinctCitizens));
        peer->append(x, static_cast<double>(in.citizenReplies));
        maxCount = std::max(
            {maxCount, static_cast<double>(in.distinctCitizens), static_cast<double>(in.citizenReplies)});
        if (auto v = in.commentsPerPost()) {
            comments->append(x, *v);
            maxComments = std::max(maxComments, *v);
        }
    }
    auto *x = timeAxis(d);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, maxCount * 1.1);
    countAxis->setLabelFormat(QStringLiteral("%.0f"));
    countAxis->applyNiceNumbers();
    countAxis->setTitleText(QCoreApplication::translate("Torget::MaturityCharts", "People"));
    auto *perPostAxis = new QValueAxis;
    perPostAxis->setRange(0, maxComments * 1.1);
    perPostAxis->setLabelFormat(QStringLiteral("%.0f"));
    perPostAxis->applyNiceNumbers();
    perPostAxis->setTitleText(QCoreApplication::translate("Torget::MaturityCharts", "Comments per post"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    chart->addAxis(perPostAxis, Qt::AlignRight);
    for (QLineSeries *s : {citizens, peer, comments}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(s == comments ? perPostAxis : countAxis);
    }
    const auto text = [dp](int i) {
        const MaturityReportData &report = *dp;
        const Indicators &in = report.periods[static_cast<std::size_t>(i)].indicators.all;
        const auto perPost = in.commentsPerPost();
        return QCoreApplication::translate(
                   "Torget::MaturityCharts",
                   "%1\n%2 citizens wrote to us\n%3 replies between citizens\n%4 comments per post")
            .arg(periodName(report, i))
            .arg(in.distinctCitizens)
            .arg(in.citizenReplies)
            .arg(perPost ? QLocale().toString(*perPost, 'f', 1)
                         : QCoreApplication::translate("Torget::MaturityCharts", "–"));
    };
    for (QLineSeries *s : {citizens, peer, comments})
        connectPeriodSeries(chart, s, d, text, onClick);
    addEvents(chart, citizens, d, p);
    styleChart(chart, p);
    return chart;
}

QChart *channelsChart(const std::shared_ptr<const MaturityReportData> &dp, const QPalette &p)
{
    const MaturityReportData &d = *dp;
    auto *chart = new QChart;
    // The whole range, not one period: say so in the title.
    chart->setTitle(QCoreApplication::translate("Torget::MaturityCharts", "%1, %2–%3")
                        .arg(title(Kind::Channels), d.options.from.toString(QStringLiteral("dd.MM.yyyy")),
                             d.options.to.toString(QStringLiteral("dd.MM.yyyy"))));
    // The whole range per channel, from the counts (medians do not add up, so none here).
    std::map<Channel, Indicators> sums;
    for (const PeriodReport &r : d.periods) {
        for (const auto &[channel, in] : r.indicators.channels) {
            Indicators &s = sums[channel];
            s.posts += in.posts;
            for (std::size_t k = 0; k < 3; ++k)
                s.postsByClass[k] += in.postsByClass[k];
            s.conversations += in.conversations;
            s.replied += in.replied;
            s.answeredSameDay += in.answeredSameDay;
        }
    }
    auto *mobilization =
        new QBarSet(QCoreApplication::translate("Torget::MaturityCharts", "Mobilization posts"));
    auto *dialog = new QBarSet(QCoreApplication::translate("Torget::MaturityCharts", "Dialog posts"));
    auto *answered = new QBarSet(QCoreApplication::translate("Torget::MaturityCharts", "Questions answered"));
    auto *sameDay =
        new QBarSet(QCoreApplication::translate("Torget::MaturityCharts", "Answered the same day"));
    mobilization->setColor(mobilizationColor(p));
    dialog->setColor(dialogColor(p));
    answered->setColor(seriesColor(p, blue));
    sameDay->setColor(seriesColor(p, sky));
    QStringList categories;
    std::vector<Channel> channels;
    for (const auto &[channel, in] : sums) {
        categories << displayName(channel);
        channels.push_back(channel);
        mobilization->append(in.share(PostClass::Mobilization).value_or(0) * 100);
        dialog->append(in.share(PostClass::Dialog).value_or(0) * 100);
        answered->append(in.replyRate().value_or(0) * 100);
        sameDay->append(in.sameDayShare().value_or(0) * 100);
    }
    auto *series = new QBarSeries;
    for (QBarSet *set : {mobilization, dialog, answered, sameDay}) {
        set->setBorderColor(p.color(QPalette::Base));
        set->setLabelColor(p.color(QPalette::Text));
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f %"));
    y->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const auto tips = std::make_shared<std::vector<std::pair<Channel, Indicators>>>(sums.begin(), sums.end());
    QObject::connect(series, &QBarSeries::hovered, chart, [tips](bool state, int index, QBarSet *set) {
        if (!state || index < 0 || index >= static_cast<int>(tips->size())) {
            QToolTip::hideText();
            return;
        }
        const auto &[channel, in] = (*tips)[static_cast<std::size_t>(index)];
        QToolTip::showText(
            QCursor::pos(),
            QCoreApplication::translate("Torget::MaturityCharts",
                                        "%1 — %2: %3\n%4 posts, %5 citizen questions, %6 answered")
                .arg(displayName(channel), set->label(), percent(set->at(index) / 100.0))
                .arg(in.posts)
                .arg(in.conversations)
                .arg(in.replied));
    });
    styleChart(chart, p);
    return chart;
}

} // namespace

QString title(Kind kind)
{
    switch (kind) {
    case Kind::Level:
        return QCoreApplication::translate("Torget::MaturityCharts", "Maturity level");
    case Kind::Mix:
        return QCoreApplication::translate("Torget::MaturityCharts", "Post mix");
    case Kind::Replies:
        return QCoreApplication::translate("Torget::MaturityCharts", "Replies to citizens");
    case Kind::Reach:
        return QCoreApplication::translate("Torget::MaturityCharts", "Reach and engagement");
    case Kind::Channels:
        return QCoreApplication::translate("Torget::MaturityCharts", "Channels compared");
    }
    return {};
}

QString fileStem(Kind kind)
{
    switch (kind) {
    case Kind::Level:
        return QStringLiteral("level");
    case Kind::Mix:
        return QStringLiteral("post-mix");
    case Kind::Replies:
        return QStringLiteral("replies");
    case Kind::Reach:
        return QStringLiteral("reach");
    case Kind::Channels:
        return QStringLiteral("channels");
    }
    return QStringLiteral("chart");
}

QChart *build(Kind kind, const MaturityReportData &data, const QPalette &palette,
              const std::function<void(int)> &onPeriodClicked)
{
    // A copy for the tooltips: the charts outlive the caller's report.
    const auto shared = std::make_shared<const MaturityReportData>(data);
    switch (kind) {
    case Kind::Level:
        return levelChart(shared, palette, onPeriodClicked);
    case Kind::Mix:
        return mixChart(shared, palette, onPeriodClicked);
    case Kind::Replies:
        return repliesChart(shared, palette, onPeriodClicked);
    case Kind::Reach:
        return reachChart(shared, palette, onPeriodClicked);
    case Kind::Channels:
        return channelsChart(shared, palette);
    }
    return nullptr;
}

QPalette printPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Window, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Text, QColor(0x1f, 0x1f, 0x1f));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x1f, 0x1f));
    return p;
}

} // namespace Torget::MaturityCharts
