#include "maturitydashboard.h"

#include "analytics/maturitysettings.h"
#include "maturityeventsdialog.h"
#include "maturityexport.h"
#include "maturitypostpanel.h"
#include "maturitythresholdsdialog.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/maturityrepository.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace Torget {

MaturityDashboard::MaturityDashboard(Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("maturityDashboard"));
    m_worker = std::make_unique<DatabaseWorker>(m_db, QStringLiteral("maturity report"));
    buildUi();
    retranslate();
    const QDate today = m_clock.now().toTimeZone(TimeFormat::osloZone()).date();
    setRange(QDate(today.year(), today.month(), 1).addMonths(-11), today);
    fillChannels();
}

MaturityDashboard::~MaturityDashboard()
{
    // The work in hand finishes before the members it uses go.
    m_worker.reset();
}

void MaturityDashboard::buildUi()
{
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
    m_by->setObjectName(QStringLiteral("granularity"));
    m_by->addItem(QString(), key(Granularity::Month));
    m_by->addItem(QString(), key(Granularity::Quarter));
    m_byLabel->setBuddy(m_by);
    m_channelLabel = new QLabel(this);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channelLabel->setBuddy(m_channel);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_thresholds = new QPushButton(this);
    m_thresholds->setObjectName(QStringLiteral("thresholdsButton"));
    m_events = new QPushButton(this);
    m_events->setObjectName(QStringLiteral("eventsButton"));
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new QMenu(m_export));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));

    connect(m_refresh, &QPushButton::clicked, this, &MaturityDashboard::reload);
    connect(m_thresholds, &QPushButton::clicked, this, &MaturityDashboard::editThresholds);
    connect(m_events, &QPushButton::clicked, this, &MaturityDashboard::editEvents);
    connect(m_by, &QComboBox::activated, this, &MaturityDashboard::reload);
    connect(m_channel, &QComboBox::activated, this, &MaturityDashboard::reload);
    connect(m_from, &QDateEdit::editingFinished, this, &MaturityDashboard::reload);
    connect(m_to, &QDateEdit::editingFinished, this, &MaturityDashboard::reload);

    auto *bar = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_fromLabel, m_from, m_toLabel, m_to, m_byLabel, m_by,
                                                       m_channelLabel, m_channel, m_refresh})
        bar->addWidget(w);
    bar->addSpacing(12);
    bar->addWidget(m_thresholds);
    bar->addWidget(m_events);
    bar->addWidget(m_export);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("charts"));
    for (MaturityCharts::Kind kind : MaturityCharts::allKinds) {
        auto *view = new QChartView(this);
        view->setObjectName(QStringLiteral("chart-") + MaturityCharts::fileStem(kind));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(420, 260);
        m_views.push_back(view);
        m_tabs->addTab(view, QString());
    }

    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_periodLabel->setBuddy(m_period);
    connect(m_period, &QComboBox::activated, this, &MaturityDashboard::selectPeriod);
    m_why = new QTextBrowser(this);
    m_why->setObjectName(QStringLiteral("why"));
    m_why->setOpenLinks(false);
    auto *whyBox = new QWidget(this);
    auto *whyLayout = new QVBoxLayout(whyBox);
    whyLayout->setContentsMargins(0, 0, 0, 0);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_periodLabel);
    periodRow->addWidget(m_period, 1);
    whyLayout->addLayout(periodRow);
    whyLayout->addWidget(m_why);

    m_posts = new MaturityPostPanel(m_db, m_clock, this);
    connect(m_posts, &MaturityPostPanel::codesChanged, this, &MaturityDashboard::reload);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_tabs);
    top->addWidget(whyBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("dashboardSplitter"));
    main->addWidget(top);
    main->addWidget(m_posts);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(main, 1);
}

void MaturityDashboard::retranslate()
{
    m_fromLabel->setText(tr("&From:"));
    m_from->setAccessibleName(tr("First day of the report"));
    m_toLabel->setText(tr("&To:"));
    m_to->setAccessibleName(tr("Last day of the report"));
    m_byLabel->setText(tr("&Periods:"));
    m_by->setItemText(0, tr("Months"));
    m_by->setItemText(1, tr("Quarters"));
    m_by->setAccessibleName(tr("Length of each period"));
    m_channelLabel->setText(tr("C&hannel:"));
    m_channel->setAccessibleName(tr("Channel to show"));
    m_refresh->setText(tr("&Update"));
    m_refresh->setAccessibleDescription(tr("Compute the figures again from the database"));
    m_thresholds->setText(tr("T&hresholds…"));
    m_thresholds->setAccessibleDescription(tr("Change the thresholds that place a period at a level"));
    m_events->setText(tr("&Events…"));
    m_events->setAccessibleDescription(tr("Add or change the events drawn on the charts"));
    m_export->setText(tr("E&xport"));
    m_export->setAccessibleName(tr("Export"));
    m_export->setAccessibleDescription(
        tr("Save the chart as PNG or SVG, or the report for the council as PDF"));
    QMenu *menu = m_export->menu();
    menu->clear();
    menu->addAction(tr("Chart as &PNG…"), this, [this] { exportFromMenu(0); });
    menu->addAction(tr("Chart as &SVG…"), this, [this] { exportFromMenu(1); });
    menu->addAction(tr("&Report as PDF…"), this, [this] { exportFromMenu(2); });
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        const QString title = MaturityCharts::title(MaturityCharts::allKinds[i]);
        m_tabs->setTabText(static_cast<int>(i), title);
        m_views[i]->setAccessibleName(title);
        m_views[i]->setAccessibleDescription(
            tr("Chart; hover a period for its figures, click it to see why"));
    }
    m_tabs->setAccessibleName(tr("Maturity charts"));
    m_periodLabel->setText(tr("Why this &level:"));
    m_period->setAccessibleName(tr("Period to explain"));
    m_why->setAccessibleName(tr("Why the period is at its level"));
    if (m_channel->count() > 0)
        m_channel->setItemText(0, tr("All channels"));
}

void MaturityDashboard::fillChannels()
{
    const QVariant current = m_channel->currentData();
    m_channel->clear();
    m_channel->addItem(tr("All channels"), QString());
    if (auto channels = MaturityRepository(m_db).channels()) {
        for (Channel c : *channels)
            m_channel->addItem(displayName(c), key(c));
    }
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(current)));
}

void MaturityDashboard::setAgent(const Agent &agent)
{
    m_agent = agent;
    m_posts->setAgent(agent);
}

void MaturityDashboard::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void MaturityDashboard::setGranularity(Granularity by)
{
    m_by->setCurrentIndex(std::max(0, m_by->findData(key(by))));
}

void MaturityDashboard::setChannel(std::optional<Channel> channel)
{
    fillChannels();
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel ? key(*channel) : QString())));
}

QChartView *MaturityDashboard::chartView(MaturityCharts::Kind kind) const
{
    return m_views[static_cast<std::size_t>(kind)];
}

void MaturityDashboard::reload()
{
    MaturityReportOptions options;
    options.from = m_from->date();
    options.to = m_to->date();
    options.by = granularityFromKey(m_by->currentData().toString()).value_or(Granularity::Month);
    options.channel = channelFromKey(m_channel->currentData().toString());
    if (options.to < options.from) {
        m_status->setText(tr("The last day comes before the first."));
        return;
    }
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_status->setText(tr("Computing…"));
    QMetaObject::invokeMethod(
        m_worker->context(),
        [this, options, generation] {
            auto result =
                std::make_shared<Result<MaturityReportData>>(MaturityReport(m_db, m_clock).build(options));
            QMetaObject::invokeMethod(
                this, [this, generation, result] { applyReport(generation, result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void MaturityDashboard::applyReport(quint64 generation,
                                    const std::shared_ptr<Result<MaturityReportData>> &result)
{
    if (generation != m_generation)
        return; // a newer reload is on its way
    m_loading = false;
    if (!result->ok()) {
        m_status->setText(result->error());
        Q_EMIT loadFailed(result->error());
        return;
    }
    const int previousCount = m_report ? static_cast<int>(m_report->periods.size()) : -1;
    m_report = std::make_shared<const MaturityReportData>(std::move(**result));
    const int n = static_cast<int>(m_report->periods.size());
    m_status->setText(tr("%n period(s)", nullptr, n));
    m_period->clear();
    for (const PeriodReport &r : m_report->periods)
        m_period->addItem(tr("%1 — %2").arg(periodLabel(r.indicators.period, m_report->options.by),
                                            displayName(r.level.level)));
    // Keep the chosen period when only the figures changed (an override, new thresholds).
    if (m_selected < 0 || m_selected >= n || previousCount != n)
        m_selected = n - 1;
    rebuildCharts();
    showPeriod();
    Q_EMIT loaded();
}

void MaturityDashboard::rebuildCharts()
{
    if (!m_report)
        return;
    const auto report = m_report;
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        QChart *chart = MaturityCharts::build(MaturityCharts::allKinds[i], *report, palette(),
                                              [this](int period) { selectPeriod(period); });
        QChart *old = m_views[i]->chart();
        m_views[i]->setChart(chart);
        m_views[i]->setBackgroundBrush(palette().color(QPalette::Base));
        delete old;
    }
}

void MaturityDashboard::selectPeriod(int index)
{
    if (!m_report || index < 0 || index >= static_cast<int>(m_report->periods.size()))
        return;
    m_selected = index;
    showPeriod();
}

void MaturityDashboard::showPeriod()
{
    if (!m_report || m_selected < 0) {
        m_why->clear();
        return;
    }
    m_period->setCurrentIndex(m_selected);
    m_why->setHtml(periodHtml(m_selected));
    const PeriodReport &r = m_report->periods[static_cast<std::size_t>(m_selected)];
    m_posts->showPosts(r.indicators.period.fromMs, r.indicators.period.toMs, m_report->options.channel,
                       periodLabel(r.indicators.period, m_report->options.by));
}

QString MaturityDashboard::periodHtml(int index) const
{
    const PeriodReport &r = m_report->periods[static_cast<std::size_t>(index)];
    const Indicators &in = r.indicators.all;
    const QLocale locale;
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(esc(tr("%1 is at %2")
                                    .arg(periodLabel(r.indicators.period, m_report->options.by),
                                         displayName(r.level.level))));
    if (r.indicators.period.partial)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("Only %1–%2 of this period is counted.")
                                 .arg(r.indicators.period.first.toString(QStringLiteral("dd.MM.yyyy")),
                                      r.indicators.period.last.toString(QStringLiteral("dd.MM.yyyy")))));
    for (MaturityLevel level :
         {MaturityLevel::Presence, MaturityLevel::Mobilization, MaturityLevel::Dialog}) {
        bool all = true;
        QString rows;
        for (const LevelCriterion &c : r.level.criteria) {
            if (c.level != level)
                continue;
            all = all && c.met;
            rows +=
                QStringLiteral("<p style=\"margin-left: 14px; margin-top: 0; margin-bottom: 0\">%1 %2</p>")
                    .arg(c.met ? QStringLiteral("✓") : QStringLiteral("✗"), esc(c.text()));
        }
        html += QStringLiteral("<p style=\"margin-bottom: 2px\"><b>%1 %2</b> — %3</p>%4")
                    .arg(all ? QStringLiteral("✓") : QStringLiteral("✗"), esc(displayName(level)),
                         esc(all ? tr("every criterion met") : tr("not every criterion met")), rows);
    }
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Also in this period")));
    const auto item = [&](const QString &text) { html += QStringLiteral("<li>%1</li>").arg(esc(text)); };
    item(tr("%Ln own post(s)", nullptr, static_cast<int>(in.posts)));
    item(tr("%Ln citizen question(s), %1 answered", nullptr, static_cast<int>(in.conversations))
             .arg(locale.toString(in.replied)));
    if (auto perPost = in.commentsPerPost())
        item(tr("%1 comments per post").arg(locale.toString(*perPost, 'f', 1)));
    item(tr("%Ln citizen(s) wrote to us", nullptr, static_cast<int>(in.distinctCitizens)));
    item(tr("%Ln reply(ies) between citizens", nullptr, static_cast<int>(in.citizenReplies)));
    if (auto redirect = in.redirectShare())
        item(tr("%1 redirected to a formal channel")
                 .arg(locale.toString(*redirect * 100, 'f', 0) + QStringLiteral(" %")));
    html += QStringLiteral("</ul>");
    if (!m_report->options.channel && r.channelLevels.size() > 1) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Per channel")));
        for (const auto &[channel, assessment] : r.channelLevels)
            item(tr("%1: %2").arg(displayName(channel), displayName(assessment.level)));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("How this is measured")));
    for (const QString &paragraph : MaturityReport::methodText(m_report->thresholds))
        html += QStringLiteral("<p><small>%1</small></p>").arg(esc(paragraph));
    return html;
}

Status MaturityDashboard::exportChart(MaturityCharts::Kind kind, const QString &path)
{
    if (!m_report)
        return Error{tr("There is nothing to export yet.")};
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return MaturityExport::saveSvg(kind, *m_report, path);
    return MaturityExport::savePng(kind, *m_report, path);
}

Status MaturityDashboard::exportPdf(const QString &path)
{
    if (!m_report)
        return Error{tr("There is nothing to export yet.")};
    return MaturityExport::savePdf(*m_report, path, tr("Maturity report"));
}

void MaturityDashboard::exportFromMenu(int what)
{
    const auto kind = MaturityCharts::allKinds[static_cast<std::size_t>(std::max(0, m_tabs->currentIndex()))];
    QString suggested = what == 2 ? QStringLiteral("modenhet.pdf")
                                  : MaturityCharts::fileStem(kind) +
                                        (what == 1 ? QStringLiteral(".svg") : QStringLiteral(".png"));
    const QString filter = what == 2   ? tr("PDF document (*.pdf)")
                           : what == 1 ? tr("SVG image (*.svg)")
                                       : tr("PNG image (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;
    const Status done = what == 2 ? exportPdf(path) : exportChart(kind, path);
    if (!done)
        QMessageBox::warning(this, tr("Export failed"), done.error());
    else
        m_status->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
}

void MaturityDashboard::editThresholds()
{
    auto current = MaturityThresholds::load(m_db);
    MaturityThresholdsDialog dialog(current ? *current : MaturityThresholds(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto done = MaturitySettings(m_db, m_clock).saveThresholds(dialog.thresholds(), m_agent); !done) {
        QMessageBox::warning(this, tr("Thresholds not saved"), done.error());
        return;
    }
    reload();
}

void MaturityDashboard::editEvents()
{
    MaturityEventsDialog dialog(m_db, m_clock, m_agent, this);
    dialog.exec();
    if (dialog.changed())
        reload();
}

void MaturityDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuildCharts();
    else if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildCharts();
        if (m_report)
            showPeriod();
    }
    QWidget::changeEvent(event);
}

} // namespace Torget
