#pragma once

#include <QPalette>
#include <QWidget>

#include <array>
#include <optional>
#include <utility>

namespace Torget {

// Hour × weekday counts (arrivals or answers) painted as a grid of shaded cells: a darker cell is
// a busier hour. Each cell has a tooltip; arrow keys move a focused cell and Enter or Space opens
// it, like a click (cellActivated). Colours come from the palette, light or dark.
class SlaHeatmap final : public QWidget
{
    Q_OBJECT

public:
    using Grid = std::array<std::array<qint64, 24>, 7>; // [weekday 0 = Monday][hour]

    explicit SlaHeatmap(QWidget *parent = nullptr);

    void setGrid(const Grid &grid);
    const Grid &grid() const { return m_grid; }
    void setTitle(const QString &title);
    enum class Counts
    {
        Arrivals,
        Answers,
        Missed,
    };
    // What the counts are, for tooltips ("Tuesday 09:00–10:00: 42 arrivals") and the colour.
    void setCounts(Counts counts);
    std::pair<int, int> currentCell() const { return m_current; }
    void setCurrentCell(int weekday, int hour);

    // The cell under a point of the widget, if any.
    std::optional<std::pair<int, int>> cellAt(const QPoint &pos) const;
    // The centre of a cell, for tests and accessibility.
    QPoint cellCenter(int weekday, int hour) const;

    // Paints a grid into rect with the given palette (the widget and the PDF use the same drawing).
    static void paint(QPainter &painter, const QRectF &rect, const Grid &grid, const QString &title,
                      const QPalette &palette, Counts counts,
                      std::optional<std::pair<int, int>> focus = std::nullopt);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellActivated(int weekday, int hour);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString cellText(int weekday, int hour) const;
    void announce();

    Grid m_grid{};
    QString m_title;
    Counts m_counts = Counts::Arrivals;
    std::pair<int, int> m_current{0, 8};
};

} // namespace Torget
