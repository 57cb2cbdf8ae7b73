#include "slareportmodel.h"

#include <QFont>
#include <QLocale>

namespace Torget {

SlaReportModel::SlaReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SlaReportModel::setReport(std::shared_ptr<const SlaReportData> data, ResponseKind kind, double goal)
{
    beginResetModel();
    m_data = std::move(data);
    m_kind = kind;
    m_goal = goal;
    endResetModel();
}

void SlaReportModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

void SlaReportModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SlaReportModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_data)
        return 0;
    return static_cast<int>(m_data->result.rows.size()) + 1;
}

int SlaReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SlaReportModel::isTotal(int row) const
{
    return m_data && row == static_cast<int>(m_data->result.rows.size());
}

const ReportRow *SlaReportModel::reportRow(int row) const
{
    if (!m_data || row < 0 || row > static_cast<int>(m_data->result.rows.size()))
        return nullptr;
    return isTotal(row) ? &m_data->result.total : &m_data->result.rows[static_cast<std::size_t>(row)];
}

const MetricFigures *SlaReportModel::figures(int row) const
{
    const ReportRow *r = reportRow(row);
    return r ? &r->metrics[static_cast<std::size_t>(m_kind)] : nullptr;
}

QString SlaReportModel::text(const ReportRow &row, const MetricFigures &m, int column) const
{
    const QLocale locale;
    switch (column) {
    case GroupColumn:
        return row.label;
    case GoalColumn:
        if (!m.withinTargetShare)
            return tr("No target");
        return SlaReportText::missesGoal(m, m_goal) ? tr("✗ Below goal") : tr("✓ Met");
    case CountColumn:
        return locale.toString(m.count);
    case OpenColumn:
        return locale.toString(m.open);
    case UnansweredColumn:
        return locale.toString(m.unanswered);
    case MedianBusinessColumn:
        return SlaReportText::duration(m.medianBusinessMinutes);
    case MedianCalendarColumn:
        return SlaReportText::duration(m.medianCalendarMinutes);
    case P90BusinessColumn:
        return SlaReportText::duration(m.p90BusinessMinutes);
    case P90CalendarColumn:
        return SlaReportText::duration(m.p90CalendarMinutes);
    case MeanBusinessColumn:
        return SlaReportText::duration(m.meanBusinessMinutes);
    case MeanCalendarColumn:
        return SlaReportText::duration(m.meanCalendarMinutes);
    case WithinTargetColumn:
        return m.withinTargetShare ? tr("%1 (%2 of %3)")
                                         .arg(SlaReportText::percent(m.withinTargetShare),
                                              locale.toString(m.withinTarget), locale.toString(m.targeted))
                                   : QStringLiteral("–");
    case SameDayColumn:
        return SlaReportText::percent(m.sameDayShare);
    case TargetColumn:
        return SlaReportText::targetText(*m_data, row, m_kind);
    default:
        return {};
    }
}

QVariant SlaReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_data)
        return {};
    const ReportRow *row = reportRow(index.row());
    const MetricFigures *m = figures(index.row());
    if (!row || !m)
        return {};
    const bool misses = SlaReportText::missesGoal(*m, m_goal);
    switch (role) {
    case Qt::DisplayRole:
        return text(*row, *m, index.column());
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2: %3")
            .arg(row->label, headerData(index.column(), Qt::Horizontal).toString(),
                 text(*row, *m, index.column()));
    case Qt::ToolTipRole:
        if (index.column() == GoalColumn && m->withinTargetShare)
            return misses ? tr("%1 within target, below the goal of %2")
                                .arg(SlaReportText::percent(m->withinTargetShare),
                                     SlaReportText::percent(m_goal))
                          : tr("%1 within target, the goal is %2")
                                .arg(SlaReportText::percent(m->withinTargetShare),
                                     SlaReportText::percent(m_goal));
        if (index.column() == WithinTargetColumn)
            return tr("Click to see the conversations that missed the target");
        if (index.column() == SameDayColumn)
            return tr("Click to see the conversations not answered the same working day");
        return tr("Click to see the conversations behind this figure");
    case Qt::TextAlignmentRole:
        return index.column() >= CountColumn && index.column() <= SameDayColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal(index.row()) || (misses && index.column() == GoalColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (misses) {
            // A tint of red that keeps the palette's text readable, in light and dark themes.
            const QColor base = m_palette.color(QPalette::Base);
            const QColor red(0xD5, 0x5E, 0x00);
            const double a = base.lightness() < 128 ? 0.35 : 0.22;
            return QColor::fromRgbF(base.redF() * (1 - a) + red.redF() * a,
                                    base.greenF() * (1 - a) + red.greenF() * a,
                                    base.blueF() * (1 - a) + red.blueF() * a);
        }
        return {};
    default:
        return {};
    }
}

QVariant SlaReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section >= MedianBusinessColumn && section <= MeanCalendarColumn)
            return (section - MedianBusinessColumn) % 2 == 0
                       ? tr("Business time: only the opening hours of the calendar count")
                       : tr("Calendar time: the clock on the wall");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GroupColumn:
        return m_data ? SlaReportText::groupingName(m_data->result.by) : tr("Group");
    case GoalColumn:
        return tr("Goal");
    case CountColumn:
        return tr("Answered");
    case OpenColumn:
        return tr("Open");
    case UnansweredColumn:
        return tr("Unanswered");
    case MedianBusinessColumn:
        return tr("Median\n(business)");
    case MedianCalendarColumn:
        return tr("Median\n(calendar)");
    case P90BusinessColumn:
        return tr("p90\n(business)");
    case P90CalendarColumn:
        return tr("p90\n(calendar)");
    case MeanBusinessColumn:
        return tr("Mean\n(business)");
    case MeanCalendarColumn:
        return tr("Mean\n(calendar)");
    case WithinTargetColumn:
        return tr("Within target");
    case SameDayColumn:
        return tr("Same\nworking day");
    case TargetColumn:
        return tr("Target");
    default:
        return {};
    }
}

ReportCell SlaReportModel::cellAt(const QModelIndex &index) const
{
    ReportCell cell;
    cell.kind = m_kind;
    if (const ReportRow *row = reportRow(index.row()); row && !isTotal(index.row()))
        cell.rowKey = row->key;
    cell.missedOnly = index.column() == WithinTargetColumn || index.column() == GoalColumn;
    cell.notSameDayOnly = index.column() == SameDayColumn;
    return cell;
}

QString SlaReportModel::cellTitle(const QModelIndex &index) const
{
    const ReportRow *row = reportRow(index.row());
    if (!row)
        return {};
    QString what = SlaReportText::kindName(m_kind);
    if (index.column() == WithinTargetColumn || index.column() == GoalColumn)
        what = tr("%1, missed the target").arg(what);
    else if (index.column() == SameDayColumn)
        what = tr("%1, not the same working day").arg(what);
    return tr("%1 — %2, %3").arg(what, row->label, SlaReportText::period(m_data->result));
}

} // namespace Torget
