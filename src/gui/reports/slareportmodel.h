#pragma once

#include "slareportdata.h"

#include <QAbstractTableModel>
#include <QPalette>

#include <memory>

namespace Torget {

// The report as a table: one row per group and a total, for one kind of clock. Business and
// calendar time sit side by side; rows below the goal are tinted and say so in words.
class SlaReportModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        GroupColumn,
        GoalColumn,
        CountColumn,
        OpenColumn,
        UnansweredColumn,
        MedianBusinessColumn,
        MedianCalendarColumn,
        P90BusinessColumn,
        P90CalendarColumn,
        MeanBusinessColumn,
        MeanCalendarColumn,
        WithinTargetColumn,
        SameDayColumn,
        TargetColumn,
        ColumnCount
    };

    explicit SlaReportModel(QObject *parent = nullptr);

    void setReport(std::shared_ptr<const SlaReportData> data, ResponseKind kind, double goal);
    void setPalette(const QPalette &palette);
    ResponseKind kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The report row behind a table row (the last is the total).
    const ReportRow *reportRow(int row) const;
    const MetricFigures *figures(int row) const;
    bool isTotal(int row) const;
    // What a click on a cell drills into, and its title for the inbox.
    ReportCell cellAt(const QModelIndex &index) const;
    QString cellTitle(const QModelIndex &index) const;
    void retranslate();

private:
    QString text(const ReportRow &row, const MetricFigures &m, int column) const;

    std::shared_ptr<const SlaReportData> m_data;
    ResponseKind m_kind = ResponseKind::First;
    double m_goal = 0.8;
    QPalette m_palette;
};

} // namespace Torget
