#pragma once

#include "slaheatmap.h"
#include "slareportdata.h"
#include "util/result.h"

#include <QDate>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;

namespace Torget {

class DatabaseWorker;

class Clock;
class Database;
class SlaReportModel;

// The manager's response-time report (issue 5): first response, next response or resolution per
// channel, agent, week or month, in business and calendar time side by side; bars of median and
// p90 against the target, the share within target, arrivals and answers by hour and weekday, and
// the backlog over time. Every bar, table cell and heatmap cell opens the conversations behind it
// (conversationsRequested). CSV and a PDF report in the language of the app.
//
// The figures are computed on a worker thread with its own database connection, so that the
// window never waits: reload() returns at once, loaded() follows.
class SlaReportsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        Last30Days,
        ThisMonth,
        LastMonth,
        ThisYear,
        Last12Months,
    };

    SlaReportsPage(Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~SlaReportsPage() override;

    // Computes the report again for the chosen period, grouping and clock.
    void reload();
    // The data changed (MainWindow::refresh): computed again now when visible, else when shown.
    void markStale();
    // The page was shown: computes again when the data changed since the last run.
    void showing();

    void setPeriod(QDate first, QDate last); // both days included
    void applyPreset(Preset preset);
    void setGrouping(ReportGrouping by);
    void setKind(ResponseKind kind);
    // Rows below this share within target are marked (0…1).
    void setGoal(double share);

    bool isLoading() const { return m_loading; }
    const SlaReportData *report() const { return m_report.get(); }
    QTableView *table() const { return m_table; }
    SlaReportModel *model() const { return m_model; }
    SlaHeatmap *arrivalsHeatmap() const { return m_arrivals; }
    SlaHeatmap *answersHeatmap() const { return m_answers; }
    // Filled when the "hours of the week" tab is shown (a query per hour: not for every reload).
    SlaHeatmap *missedHeatmap() const { return m_missed; }
    bool hasMissedGrid() const { return m_missedGrid.has_value(); }
    QChartView *timesChart() const { return m_timesView; }
    QChartView *shareChart() const { return m_shareView; }
    QChartView *backlogChart() const { return m_backlogView; }

    Status exportCsv(const QString &path);
    Status exportPdf(const QString &path);

    // Looks up the conversations behind a figure on the worker thread, then conversationsRequested.
    void openCell(const ReportCell &cell, const QString &title);

Q_SIGNALS:
    void loaded();
    void missedLoaded();
    void loadFailed(const QString &message);
    // The conversations behind a clicked figure, and what they are (for the inbox's label).
    void conversationsRequested(const std::vector<qint64> &ids, const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void applyReport(quint64 generation, const std::shared_ptr<Result<SlaReportData>> &result);
    void rebuildCharts();
    void loadMissed();
    void updateDefinitions();
    void tableClicked(const QModelIndex &index);
    void barClicked(int row, bool missed);
    void exportFromMenu(int what);
    ResponseKind kind() const;
    QString changeStamp() const;
    QString missedTitle() const;

    Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<DatabaseWorker> m_worker;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_stale = true;
    QString m_stamp; // the database's change stamp when the shown report was computed
    std::shared_ptr<const SlaReportData> m_report;

    QLabel *m_presetLabel = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_byLabel = nullptr;
    QComboBox *m_by = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_goalLabel = nullptr;
    QSpinBox *m_goal = nullptr;
    QPushButton *m_refresh = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    SlaReportModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_timesView = nullptr;
    QChartView *m_shareView = nullptr;
    QChartView *m_backlogView = nullptr;
    QWidget *m_heatmaps = nullptr;
    SlaHeatmap *m_arrivals = nullptr;
    SlaHeatmap *m_answers = nullptr;
    SlaHeatmap *m_missed = nullptr;
    QLabel *m_heatmapNote = nullptr;
    std::optional<SlaHeatmap::Grid> m_missedGrid; // for m_report
    bool m_missedLoading = false;
    // Counts the worker's jobs: the grid of misses (a query per hour) gives way to any later job.
    std::atomic<quint64> m_jobs{0};
    QToolButton *m_definitionsToggle = nullptr;
    QLabel *m_definitions = nullptr;
};

} // namespace Torget
