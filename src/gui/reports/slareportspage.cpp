#include "slareportspage.h"

#include "sla/slaclock.h"
#include "sla/slaservice.h"
#include "slaheatmap.h"
#include "slareportcharts.h"
#include "slareportexport.h"
#include "slareportmodel.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/maintenance.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace Torget {

namespace {

// How many conversations a click opens at most: enough for any one figure a desk looks through.
constexpr int drillLimit = 5000;

} // namespace

SlaReportsPage::SlaReportsPage(Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("slaReportsPage"));
    m_worker = std::make_unique<DatabaseWorker>(m_db, QStringLiteral("response-time report"));
    buildUi();
    retranslate();
    applyPreset(Preset::Last30Days);
}

SlaReportsPage::~SlaReportsPage()
{
    ++m_jobs; // a job queued behind the one in hand gives way
    // The work in hand finishes before the members it uses go.
    m_worker.reset();
}

void SlaReportsPage::buildUi()
{
    m_presetLabel = new QLabel(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    for (int i = 0; i < 6; ++i)
        m_preset->addItem(QString(), i);
    m_presetLabel->setBuddy(m_preset);
    m_fromLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_toLabel->setBuddy(m_to);
    m_byLabel = new QLabel(this);
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("grouping"));
    for (ReportGrouping g :
         {ReportGrouping::Channel, ReportGrouping::Agent, ReportGrouping::Week, ReportGrouping::Month})
        m_by->addItem(QString(), key(g));
    m_byLabel->setBuddy(m_by);
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (ResponseKind k : {ResponseKind::First, ResponseKind::Next, ResponseKind::Resolution})
        m_kind->addItem(QString(), key(k));
    m_kindLabel->setBuddy(m_kind);
    m_goalLabel = new QLabel(this);
    m_goal = new QSpinBox(this);
    m_goal->setObjectName(QStringLiteral("goal"));
    m_goal->setRange(1, 100);
    m_goal->setValue(80);
    m_goal->setSuffix(QStringLiteral(" %"));
    m_goalLabel->setBuddy(m_goal);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new QMenu(m_export));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));

    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(static_cast<Preset>(index - 1));
        reload();
    });
    connect(m_from, &QDateEdit::editingFinished, this, [this] {
        m_preset->setCurrentIndex(0);
        reload();
    });
    connect(m_to, &QDateEdit::editingFinished, this, [this] {
        m_preset->setCurrentIndex(0);
        reload();
    });
    connect(m_by, &QComboBox::activated, this, &SlaReportsPage::reload);
    // The clock and the goal only change what is shown: the figures of all three are computed.
    connect(m_kind, &QComboBox::activated, this, &SlaReportsPage::rebuildCharts);
    connect(m_goal, &QSpinBox::valueChanged, this, &SlaReportsPage::rebuildCharts);
    connect(m_refresh, &QPushButton::clicked, this, &SlaReportsPage::reload);

    auto *bar = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_presetLabel, m_preset, m_fromLabel, m_from,
                                                       m_toLabel, m_to, m_byLabel, m_by, m_kindLabel, m_kind,
                                                       m_goalLabel, m_goal, m_refresh, m_export})
        bar->addWidget(w);
    bar->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_model = new SlaReportModel(this);
    m_model->setPalette(palette());
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::clicked, this, &SlaReportsPage::tableClicked);
    connect(m_table, &QTableView::activated, this, &SlaReportsPage::tableClicked);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("charts"));
    const auto chartView = [this](const char *name) {
        auto *view = new QChartView(this);
        view->setObjectName(QLatin1String(name));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, 220);
        view->setChart(new QChart); // replaced by the first report
        return view;
    };
    m_timesView = chartView("timesChart");
    m_shareView = chartView("shareChart");
    m_backlogView = chartView("backlogChart");
    m_tabs->addTab(m_timesView, QString());
    m_tabs->addTab(m_shareView, QString());
    m_tabs->addTab(m_backlogView, QString());

    m_heatmaps = new QWidget(this);
    m_arrivals = new SlaHeatmap(m_heatmaps);
    m_arrivals->setObjectName(QStringLiteral("arrivalsHeatmap"));
    m_answers = new SlaHeatmap(m_heatmaps);
    m_answers->setObjectName(QStringLiteral("answersHeatmap"));
    m_answers->setCounts(SlaHeatmap::Counts::Answers);
    m_missed = new SlaHeatmap(m_heatmaps);
    m_missed->setObjectName(QStringLiteral("missedHeatmap"));
    m_missed->setCounts(SlaHeatmap::Counts::Missed);
    m_heatmapNote = new QLabel(m_heatmaps);
    m_heatmapNote->setWordWrap(true);
    m_heatmapNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *heatLayout = new QGridLayout(m_heatmaps);
    heatLayout->setContentsMargins(0, 0, 0, 0);
    heatLayout->addWidget(m_arrivals, 0, 0);
    heatLayout->addWidget(m_missed, 0, 1);
    heatLayout->addWidget(m_answers, 1, 0);
    heatLayout->addWidget(m_heatmapNote, 1, 1);
    connect(m_missed, &SlaHeatmap::cellActivated, this, [this](int weekday, int hour) {
        ReportCell cell;
        cell.arrival = std::make_pair(weekday, hour);
        cell.missedOnly = true;
        openCell(cell, tr("Arrived %1 %2:00–%3:00, missed the target")
                           .arg(SlaReportText::weekdayName(weekday))
                           .arg(hour, 2, 10, QLatin1Char('0'))
                           .arg((hour + 1) % 24, 2, 10, QLatin1Char('0')));
    });
    connect(m_arrivals, &SlaHeatmap::cellActivated, this, [this](int weekday, int hour) {
        ReportCell cell;
        cell.arrival = std::make_pair(weekday, hour);
        openCell(cell, tr("Arrived %1 %2:00–%3:00")
                           .arg(SlaReportText::weekdayName(weekday))
                           .arg(hour, 2, 10, QLatin1Char('0'))
                           .arg((hour + 1) % 24, 2, 10, QLatin1Char('0')));
    });
    connect(m_answers, &SlaHeatmap::cellActivated, this, [this](int weekday, int hour) {
        ReportCell cell;
        cell.answer = std::make_pair(weekday, hour);
        openCell(cell, tr("Answered %1 %2:00–%3:00")
                           .arg(SlaReportText::weekdayName(weekday))
                           .arg(hour, 2, 10, QLatin1Char('0'))
                           .arg((hour + 1) % 24, 2, 10, QLatin1Char('0')));
    });

    m_definitionsToggle = new QToolButton(this);
    m_definitionsToggle->setObjectName(QStringLiteral("definitionsToggle"));
    m_definitionsToggle->setCheckable(true);
    m_definitionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_definitionsToggle->setAutoRaise(true);
    m_definitions = new QLabel(this);
    m_definitions->setObjectName(QStringLiteral("definitions"));
    m_definitions->setWordWrap(true);
    m_definitions->setTextFormat(Qt::RichText);
    m_definitions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_definitions->hide();
    connect(m_definitionsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_definitions->setVisible(on);
        m_definitionsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    m_definitionsToggle->setArrowType(Qt::RightArrow);

    // The heatmaps are a tab of their own: side by side at full width their cells hold a count.
    m_tabs->insertTab(2, m_heatmaps, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_heatmaps)
            loadMissed();
    });
    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("reportSplitter"));
    main->addWidget(m_table);
    main->addWidget(m_tabs);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setSizes({290, 430}); // the table shows the channels and the total without scrolling

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_summary, 1);
    statusRow->addWidget(m_status);
    layout->addLayout(statusRow);
    layout->addWidget(main, 1);
    layout->addWidget(m_definitionsToggle);
    layout->addWidget(m_definitions);
    setFocusProxy(m_table);
}

void SlaReportsPage::retranslate()
{
    m_presetLabel->setText(tr("P&eriod:"));
    const QStringList presets{tr("Chosen dates"), tr("Last 30 days"), tr("This month"),
                              tr("Last month"),   tr("This year"),    tr("Last 12 months")};
    for (int i = 0; i < presets.size(); ++i)
        m_preset->setItemText(i, presets[i]);
    m_preset->setAccessibleName(tr("Period of the report"));
    m_fromLabel->setText(tr("&From:"));
    m_from->setAccessibleName(tr("First day of the report"));
    m_toLabel->setText(tr("&To:"));
    m_to->setAccessibleName(tr("Last day of the report"));
    m_byLabel->setText(tr("&By:"));
    for (int i = 0; i < m_by->count(); ++i)
        m_by->setItemText(i,
                          SlaReportText::groupingName(*reportGroupingFromKey(m_by->itemData(i).toString())));
    m_by->setAccessibleName(tr("Rows of the report"));
    m_kindLabel->setText(tr("C&lock:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, SlaReportText::kindName(*responseKindFromKey(m_kind->itemData(i).toString())));
    m_kind->setAccessibleName(tr("Which response time to show"));
    m_goalLabel->setText(tr("&Goal:"));
    m_goal->setAccessibleName(tr("Share within target that a row must reach"));
    m_goal->setToolTip(tr("Rows with a smaller share answered within target are marked"));
    m_refresh->setText(tr("&Update"));
    m_refresh->setAccessibleDescription(tr("Compute the figures again from the database"));
    m_export->setText(tr("E&xport"));
    m_export->setAccessibleName(tr("Export"));
    m_export->setAccessibleDescription(tr("Save the figures as CSV or the report as PDF"));
    QMenu *menu = m_export->menu();
    menu->clear();
    menu->addAction(tr("Figures as &CSV…"), this, [this] { exportFromMenu(0); });
    menu->addAction(tr("&Report as PDF…"), this, [this] { exportFromMenu(1); });
    m_table->setAccessibleName(tr("Response times"));
    m_table->setAccessibleDescription(
        tr("One row per group and a total; Enter on a cell opens its conversations"));
    m_tabs->setTabText(0, tr("Median and p90"));
    m_tabs->setTabText(1, tr("Within target"));
    m_tabs->setTabText(2, tr("Hours of the week"));
    m_tabs->setTabText(3, tr("Backlog"));
    m_tabs->setAccessibleName(tr("Response-time charts"));
    m_timesView->setAccessibleName(tr("Median and p90 per row"));
    m_shareView->setAccessibleName(tr("Share within target per row"));
    m_backlogView->setAccessibleName(tr("Open conversations per day"));
    for (QChartView *view : {m_timesView, m_shareView, m_backlogView})
        view->setAccessibleDescription(
            tr("Chart; hover a bar or point for its figures, click it for its conversations"));
    m_arrivals->setTitle(tr("Arrivals by weekday and hour"));
    m_answers->setTitle(tr("Answers by weekday and hour"));
    m_missed->setTitle(missedTitle());
    m_heatmapNote->setText(tr(
        "First and next responses. A darker cell is a busier hour. Click a cell, or move with the arrow keys "
        "and press Enter, to see its conversations. Messages that come outside opening hours count from the "
        "next opening, so evenings and weekends show where the desk starts behind."));
    m_definitionsToggle->setText(tr("What counts as a response, and what the figures mean"));
    m_model->retranslate();
    updateDefinitions();
}

void SlaReportsPage::updateDefinitions()
{
    QString html =
        QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What counts as a response").toHtmlEscaped());
    for (const QString &rule : SlaClock::rules())
        html += QStringLiteral("<li>%1</li>").arg(rule.toHtmlEscaped());
    html += QStringLiteral("</ul><p><b>%1</b></p>").arg(tr("The figures").toHtmlEscaped());
    for (const QString &p : SlaReportText::definitions(m_goal->value() / 100.0))
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    if (m_report)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Policy: %1. The heatmaps count first and next responses: when the message that "
                            "started the clock came, and when it was answered.")
                             .arg(m_report->policy.name)
                             .toHtmlEscaped());
    m_definitions->setText(html);
}

void SlaReportsPage::setPeriod(QDate first, QDate last)
{
    m_from->setDate(first);
    m_to->setDate(last);
    m_preset->setCurrentIndex(0); // chosen dates; applyPreset() names its preset afterwards
}

void SlaReportsPage::applyPreset(Preset preset)
{
    const QDate today = m_clock.now().toTimeZone(TimeFormat::osloZone()).date();
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::Last30Days:
        setPeriod(today.addDays(-29), today);
        break;
    case Preset::ThisMonth:
        setPeriod(monthStart, today);
        break;
    case Preset::LastMonth:
        setPeriod(monthStart.addMonths(-1), monthStart.addDays(-1));
        break;
    case Preset::ThisYear:
        setPeriod(QDate(today.year(), 1, 1), today);
        break;
    case Preset::Last12Months:
        setPeriod(monthStart.addMonths(-11), today);
        break;
    }
    m_preset->setCurrentIndex(static_cast<int>(preset) + 1);
}

void SlaReportsPage::setGrouping(ReportGrouping by)
{
    m_by->setCurrentIndex(std::max(0, m_by->findData(key(by))));
}

void SlaReportsPage::setKind(ResponseKind kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(key(kind))));
    rebuildCharts();
}

void SlaReportsPage::setGoal(double share)
{
    m_goal->setValue(static_cast<int>(std::lround(share * 100.0)));
}

ResponseKind SlaReportsPage::kind() const
{
    return responseKindFromKey(m_kind->currentData().toString()).value_or(ResponseKind::First);
}

QString SlaReportsPage::changeStamp() const
{
    auto stamp = Maintenance(m_db).changeStamp();
    return stamp ? *stamp : QString();
}

void SlaReportsPage::markStale()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void SlaReportsPage::showing()
{
    if (m_stale || !m_report || changeStamp() != m_stamp)
        reload();
}

void SlaReportsPage::reload()
{
    const QDate first = m_from->date();
    const QDate last = m_to->date();
    const auto by = reportGroupingFromKey(m_by->currentData().toString()).value_or(ReportGrouping::Channel);
    if (last < first) {
        m_status->setText(tr("The last day comes before the first."));
        return;
    }
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_stale = false;
    m_stamp = changeStamp();
    m_status->setText(tr("Computing…"));
    ++m_jobs;
    const QString name = QFileInfo(m_db.path()).fileName();
    QMetaObject::invokeMethod(
        m_worker->context(),
        [this, first, last, by, generation, name] {
            QElapsedTimer timer;
            timer.start();
            auto result = std::make_shared<Result<SlaReportData>>(Error{QString()});
            SlaService service(m_db);
            auto fresh = service.ensureFresh();
            auto policy = service.policy();
            if (!fresh)
                *result = Error{fresh.error()};
            else if (!policy)
                *result = Error{policy.error()};
            else if (auto report = SlaReport(m_db, service, m_clock).run(first, last.addDays(1), by); !report)
                *result = Error{report.error()};
            else
                *result = SlaReportData{std::move(*report), *policy,     SlaClock::rules(), name,
                                        timer.elapsed(),    std::nullopt};
            QMetaObject::invokeMethod(
                this, [this, generation, result] { applyReport(generation, result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SlaReportsPage::applyReport(quint64 generation, const std::shared_ptr<Result<SlaReportData>> &result)
{
    if (generation != m_generation)
        return; // a newer reload is on its way
    m_loading = false;
    if (!result->ok()) {
        m_status->setText(result->error());
        Q_EMIT loadFailed(result->error());
        return;
    }
    m_report = std::make_shared<const SlaReportData>(std::move(**result));
    m_status->setText(
        tr("Computed in %1 s").arg(QLocale().toString(m_report->milliseconds / 1000.0, 'f', 2)));
    m_arrivals->setGrid(m_report->result.arrivals);
    m_answers->setGrid(m_report->result.answers);
    m_missedGrid.reset();
    m_missed->setGrid({});
    m_missed->setTitle(missedTitle());
    if (m_tabs->currentWidget() == m_heatmaps)
        loadMissed();
    rebuildCharts();
    Q_EMIT loaded();
}

void SlaReportsPage::rebuildCharts()
{
    updateDefinitions();
    if (!m_report)
        return;
    const ResponseKind k = kind();
    const double goal = m_goal->value() / 100.0;
    m_model->setPalette(palette());
    m_model->setReport(m_report, k, goal);
    const MetricFigures &total = m_report->result.total.metrics[static_cast<std::size_t>(k)];
    QStringList missing;
    for (const ReportRow &row : m_report->result.rows) {
        if (SlaReportText::missesGoal(row.metrics[static_cast<std::size_t>(k)], goal))
            missing << row.label;
    }
    QString summary = tr("%1, %2 (policy %3): median %4 in business time, %5 within target.")
                          .arg(SlaReportText::kindName(k), SlaReportText::period(m_report->result),
                               m_report->policy.name, SlaReportText::duration(total.medianBusinessMinutes),
                               SlaReportText::percent(total.withinTargetShare));
    summary += QLatin1Char(' ') + (missing.isEmpty()
                                       ? tr("Every row meets the goal.")
                                       : tr("Below the goal: %1.").arg(missing.join(QStringLiteral(", "))));
    m_summary->setText(summary);

    const auto report = m_report;
    const auto replace = [this](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        view->setBackgroundBrush(palette().color(QPalette::Base));
        delete old;
    };
    replace(m_timesView,
            SlaReportCharts::times(*report, k, palette(), [this](int row) { barClicked(row, false); }));
    replace(m_shareView,
            SlaReportCharts::shares(*report, k, goal, palette(), [this](int row) { barClicked(row, true); }));
    replace(m_backlogView, SlaReportCharts::backlog(*report, palette(), [this](QDate day) {
                ReportCell cell;
                cell.backlogDay = day;
                openCell(cell, tr("Open at the end of %1").arg(day.toString(QStringLiteral("dd.MM.yyyy"))));
            }));
}

QString SlaReportsPage::missedTitle() const
{
    if (m_report && !m_missedGrid && m_missedLoading)
        return tr("Missed the target, by the hour the message came (counting…)");
    return tr("Missed the target, by the hour the message came");
}

void SlaReportsPage::loadMissed()
{
    if (!m_report || m_missedGrid || m_missedLoading)
        return;
    m_missedLoading = true;
    m_missed->setTitle(missedTitle());
    const quint64 generation = m_generation;
    const quint64 job = ++m_jobs;
    const QDate from = m_report->result.from;
    const QDate to = m_report->result.to;
    const ReportGrouping by = m_report->result.by;
    QMetaObject::invokeMethod(
        m_worker->context(),
        [this, from, to, by, generation, job] {
            // One grouped query; a reload or a click queued behind it finds it done.
            const bool abandoned = m_jobs.load() != job;
            auto grid = std::make_shared<Result<SlaHeatmap::Grid>>(SlaHeatmap::Grid{});
            if (!abandoned) {
                SlaService service(m_db);
                SlaReport report(m_db, service, m_clock);
                auto counted = report.missedByArrival(from, to, by);
                if (counted)
                    **grid = *counted;
                else
                    *grid = Error{counted.error()};
            }
            QMetaObject::invokeMethod(
                this,
                [this, generation, grid, abandoned] {
                    m_missedLoading = false;
                    m_missed->setTitle(missedTitle());
                    if (abandoned || generation != m_generation) {
                        // Another job came first; count again after it when the heatmaps are shown.
                        if (m_tabs->currentWidget() == m_heatmaps)
                            loadMissed();
                        return;
                    }
                    if (!grid->ok()) {
                        m_status->setText(grid->error());
                        return;
                    }
                    m_missedGrid = **grid;
                    m_missed->setGrid(*m_missedGrid);
                    m_missed->setTitle(missedTitle());
                    Q_EMIT missedLoaded();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SlaReportsPage::tableClicked(const QModelIndex &index)
{
    if (!index.isValid() || !m_report)
        return;
    openCell(m_model->cellAt(index), m_model->cellTitle(index));
}

void SlaReportsPage::barClicked(int row, bool missed)
{
    if (!m_report || row < 0 || row >= static_cast<int>(m_report->result.rows.size()))
        return;
    const QModelIndex index =
        m_model->index(row, missed ? SlaReportModel::WithinTargetColumn : SlaReportModel::CountColumn);
    openCell(m_model->cellAt(index), m_model->cellTitle(index));
}

void SlaReportsPage::openCell(const ReportCell &cell, const QString &title)
{
    if (!m_report)
        return;
    const QDate from = m_report->result.from;
    const QDate to = m_report->result.to;
    const ReportGrouping by = m_report->result.by;
    m_status->setText(tr("Finding the conversations…"));
    ++m_jobs;
    QMetaObject::invokeMethod(
        m_worker->context(),
        [this, from, to, by, cell, title] {
            SlaService service(m_db);
            auto ids = std::make_shared<Result<std::vector<qint64>>>(
                SlaReport(m_db, service, m_clock).conversations(from, to, by, cell, drillLimit));
            QMetaObject::invokeMethod(
                this,
                [this, ids, title] {
                    if (!ids->ok()) {
                        m_status->setText(ids->error());
                        return;
                    }
                    m_status->setText(tr("%n conversation(s)", nullptr, static_cast<int>((*ids)->size())));
                    Q_EMIT conversationsRequested(**ids, title);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

Status SlaReportsPage::exportCsv(const QString &path)
{
    if (!m_report)
        return Error{tr("There is nothing to export yet.")};
    return SlaReportExport::saveCsv(*m_report, path);
}

Status SlaReportsPage::exportPdf(const QString &path)
{
    if (!m_report)
        return Error{tr("There is nothing to export yet.")};
    SlaReportData withMisses = *m_report;
    withMisses.missed = m_missedGrid;
    return SlaReportExport::savePdf(withMisses, kind(), m_goal->value() / 100.0, path, tr("Response times"));
}

void SlaReportsPage::exportFromMenu(int what)
{
    const QString suggested = what == 1 ? tr("response-times.pdf") : tr("response-times.csv");
    const QString filter = what == 1 ? tr("PDF document (*.pdf)") : tr("CSV file (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;
    const Status done = what == 1 ? exportPdf(path) : exportCsv(path);
    if (!done)
        QMessageBox::warning(this, tr("Export failed"), done.error());
    else
        m_status->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

void SlaReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        rebuildCharts();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildCharts();
    }
    QWidget::changeEvent(event);
}

} // namespace Torget
