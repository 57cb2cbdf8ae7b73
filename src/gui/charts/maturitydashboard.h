#pragma once

#include "analytics/maturityreport.h"
#include "domain/types.h"
#include "maturitycharts.h"
#include "util/result.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace Torget {

class DatabaseWorker;

class Clock;
class Database;
class MaturityPostPanel;

// The maturity dashboard (issue 6): the municipality's climb from presence to mobilization to
// dialog, month by month or quarter by quarter, for all channels or one. Charts (level staircase,
// post mix, replies, reach, channels compared) with the events that explain them; a "why this
// level" panel for the chosen period; the period's own posts with why each got its code, and an
// editor's override; thresholds and events editable; PNG/SVG charts and a PDF report for the council.
//
// The report is built on a worker thread (its own database connection), so that a million
// conversations do not freeze the window; reload() returns at once and loaded() follows.
class MaturityDashboard final : public QWidget
{
    Q_OBJECT

public:
    MaturityDashboard(Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~MaturityDashboard() override;

    // Builds the report again for the chosen range, periods and channel.
    void reload();
    // Who changes codes, thresholds and events (recorded in the audit log).
    void setAgent(const Agent &agent);

    void setRange(QDate from, QDate to);
    void setGranularity(Granularity by);
    void setChannel(std::optional<Channel> channel);
    void selectPeriod(int index);

    bool isLoading() const { return m_loading; }
    const MaturityReportData *report() const { return m_report.get(); }
    int selectedPeriod() const { return m_selected; }
    QChartView *chartView(MaturityCharts::Kind kind) const;
    MaturityPostPanel *postPanel() const { return m_posts; }
    QTextBrowser *explanation() const { return m_why; }

    // A chart as .png or .svg (by the file's suffix), and the council report as PDF.
    Status exportChart(MaturityCharts::Kind kind, const QString &path);
    Status exportPdf(const QString &path);

    void editThresholds();
    void editEvents();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillChannels();
    void applyReport(quint64 generation, const std::shared_ptr<Result<MaturityReportData>> &result);
    void rebuildCharts();
    void showPeriod();
    QString periodHtml(int index) const;
    void exportFromMenu(int what);

    Database &m_db;
    const Clock &m_clock;
    Agent m_agent;
    std::unique_ptr<DatabaseWorker> m_worker;
    quint64 m_generation = 0;
    bool m_loading = false;
    std::shared_ptr<const MaturityReportData> m_report;
    int m_selected = -1;

    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_byLabel = nullptr;
    QComboBox *m_by = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_thresholds = nullptr;
    QPushButton *m_events = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::vector<QChartView *> m_views;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QTextBrowser *m_why = nullptr;
    MaturityPostPanel *m_posts = nullptr;
};

} // namespace Torget
