#include "slaheatmap.h"

#include "slareportdata.h"

#include <QAccessible>
#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Torget {

namespace {

// Where the title, the labels and the cells go inside a rectangle.
struct Geometry
{
    QRectF title;
    QRectF cells;
    double labelWidth = 0;
    double cellWidth = 0;
    double cellHeight = 0;

    QRectF cell(int weekday, int hour) const
    {
        return {cells.left() + hour * cellWidth, cells.top() + weekday * cellHeight, cellWidth, cellHeight};
    }
};

Geometry layoutOf(const QRectF &rect, const QFont &font)
{
    const QFontMetricsF fm(font);
    Geometry g;
    for (int d = 0; d < 7; ++d)
        g.labelWidth =
            std::max(g.labelWidth, fm.horizontalAdvance(QLocale().dayName(d + 1, QLocale::ShortFormat)));
    g.labelWidth += 8;
    const double titleHeight = fm.height() + 4;
    const double hourHeight = fm.height() + 2;
    g.title = QRectF(rect.left(), rect.top(), rect.width(), titleHeight);
    g.cells = QRectF(rect.left() + g.labelWidth, rect.top() + titleHeight + hourHeight,
                     rect.width() - g.labelWidth - 2, rect.height() - titleHeight - hourHeight - 2);
    g.cellWidth = g.cells.width() / 24.0;
    g.cellHeight = g.cells.height() / 7.0;
    return g;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

SlaHeatmap::SlaHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

void SlaHeatmap::setGrid(const Grid &grid)
{
    m_grid = grid;
    update();
}

void SlaHeatmap::setCounts(Counts counts)
{
    m_counts = counts;
    update();
}

void SlaHeatmap::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    update();
}

void SlaHeatmap::setCurrentCell(int weekday, int hour)
{
    m_current = {std::clamp(weekday, 0, 6), std::clamp(hour, 0, 23)};
    update();
    announce();
}

QSize SlaHeatmap::sizeHint() const
{
    return {560, 220};
}

QSize SlaHeatmap::minimumSizeHint() const
{
    return {320, 150};
}

std::optional<std::pair<int, int>> SlaHeatmap::cellAt(const QPoint &pos) const
{
    const Geometry g = layoutOf(QRectF(rect()), font());
    if (!g.cells.contains(pos))
        return std::nullopt;
    const int hour = std::clamp(static_cast<int>((pos.x() - g.cells.left()) / g.cellWidth), 0, 23);
    const int weekday = std::clamp(static_cast<int>((pos.y() - g.cells.top()) / g.cellHeight), 0, 6);
    return std::make_pair(weekday, hour);
}

QPoint SlaHeatmap::cellCenter(int weekday, int hour) const
{
    return layoutOf(QRectF(rect()), font()).cell(weekday, hour).center().toPoint();
}

QString SlaHeatmap::cellText(int weekday, int hour) const
{
    const qint64 n = m_grid[static_cast<std::size_t>(weekday)][static_cast<std::size_t>(hour)];
    const int count_ = static_cast<int>(n);
    const QString count = m_counts == Counts::Answers ? tr("%n answer(s)", nullptr, count_)
                          : m_counts == Counts::Missed
                              ? tr("%n conversation(s) that missed the target", nullptr, count_)
                              : tr("%n arrival(s)", nullptr, count_);
    return tr("%1 %2:00–%3:00: %4")
        .arg(SlaReportText::weekdayName(weekday))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg((hour + 1) % 24, 2, 10, QLatin1Char('0'))
        .arg(count);
}

void SlaHeatmap::announce()
{
    setAccessibleDescription(cellText(m_current.first, m_current.second));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void SlaHeatmap::paint(QPainter &painter, const QRectF &rect, const Grid &grid, const QString &title,
                       const QPalette &palette, Counts counts, std::optional<std::pair<int, int>> focus)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const Geometry g = layoutOf(rect, painter.font());
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    // Blue (Okabe–Ito) on light paper, a lighter blue on a dark base; misses in vermillion.
    const QColor hot = counts == Counts::Missed ? (dark ? QColor(0xF0, 0x7A, 0x3A) : QColor(0xB0, 0x3A, 0x00))
                       : dark                   ? QColor(0x56, 0xB4, 0xE9)
                                                : QColor(0x00, 0x53, 0x8A);
    painter.fillRect(rect, base);
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter, title);
    QFont small = painter.font();
    small.setBold(false);
    painter.setFont(small);

    qint64 max = 0;
    for (const auto &day : grid)
        for (qint64 n : day)
            max = std::max(max, n);
    for (int h = 0; h < 24; h += 2) {
        const QRectF c = g.cell(0, h);
        painter.drawText(QRectF(c.left(), c.top() - (g.cells.top() - g.title.bottom()), c.width() * 2,
                                g.cells.top() - g.title.bottom()),
                         Qt::AlignLeft | Qt::AlignBottom, QString::number(h));
    }
    const QFontMetricsF fm(painter.font());
    for (int d = 0; d < 7; ++d) {
        const QRectF row = g.cell(d, 0);
        painter.setPen(text);
        painter.drawText(QRectF(rect.left(), row.top(), g.labelWidth - 6, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().dayName(d + 1, QLocale::ShortFormat));
        for (int h = 0; h < 24; ++h) {
            const qint64 n = grid[static_cast<std::size_t>(d)][static_cast<std::size_t>(h)];
            // A square-root scale: a few busy hours would otherwise leave the rest of the week white.
            const double t = max > 0 ? std::sqrt(static_cast<double>(n) / static_cast<double>(max)) : 0.0;
            const QRectF c = g.cell(d, h).adjusted(0.5, 0.5, -0.5, -0.5);
            const QColor fill = n > 0 ? mix(base, hot, 0.08 + 0.92 * t) : base;
            painter.fillRect(c, fill);
            QColor lines = text;
            lines.setAlpha(30);
            painter.setPen(lines);
            painter.drawRect(c);
            if (n > 0) {
                const QString label = QLocale().toString(n);
                if (fm.horizontalAdvance(label) + 2 <= c.width() && fm.height() <= c.height()) {
                    painter.setPen(fill.lightness() < 140 ? QColor(Qt::white) : QColor(Qt::black));
                    painter.drawText(c, Qt::AlignCenter, label);
                }
            }
        }
    }
    if (focus) {
        QPen pen(palette.color(QPalette::Highlight), 2);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(g.cell(focus->first, focus->second).adjusted(1, 1, -1, -1));
    }
    painter.restore();
}

void SlaHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, QRectF(rect()), m_grid, m_title, palette(), m_counts,
          hasFocus() ? std::optional<std::pair<int, int>>(m_current) : std::nullopt);
}

void SlaHeatmap::mousePressEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position().toPoint());
    if (!cell || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    setCurrentCell(cell->first, cell->second);
    Q_EMIT cellActivated(cell->first, cell->second);
}

void SlaHeatmap::keyPressEvent(QKeyEvent *event)
{
    auto [d, h] = m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        --h;
        break;
    case Qt::Key_Right:
        ++h;
        break;
    case Qt::Key_Up:
        --d;
        break;
    case Qt::Key_Down:
        ++d;
        break;
    case Qt::Key_Home:
        h = 0;
        break;
    case Qt::Key_End:
        h = 23;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT cellActivated(d, h);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrentCell(d, h);
    QToolTip::showText(
        mapToGlobal(
            layoutOf(QRectF(rect()), font()).cell(m_current.first, m_current.second).bottomLeft().toPoint()),
        cellText(m_current.first, m_current.second), this);
}

bool SlaHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto cell = cellAt(help->pos()))
            QToolTip::showText(help->globalPos(), cellText(cell->first, cell->second), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

} // namespace Torget
