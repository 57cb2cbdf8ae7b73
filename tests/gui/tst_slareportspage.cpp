// The response-time report page offscreen on a real demo database: the table shows SlaReport's own
// figures, a heatmap cell (by mouse and by keyboard), a table cell and a bar open exactly the
// conversations SlaReport::conversations names, and the inbox then lists exactly those; rows below
// the goal say so in words; CSV and PDF are real files.

#include "demo/demogenerator.h"
#include "i18n/language.h"
#include "mainwindow/inboxpane.h"
#include "models/inboxmodel.h"
#include "reports/slaheatmap.h"
#include "reports/slareportmodel.h"
#include "reports/slareportspage.h"
#include "sla/slaclock.h"
#include "sla/slareport.h"
#include "sla/slaservice.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <set>

using namespace Torget;
using namespace Qt::StringLiterals;

class TestSlaReportsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void table_showsTheFiguresOfSlaReport_data();
    void table_showsTheFiguresOfSlaReport();
    void heatmapClick_opensExactlyThatCellsConversationsInTheInbox();
    void heatmapKeyboard_enterOpensTheFocusedCell();
    void missedHeatmap_countsByHourOfArrivalTheConversationsThatMissed();
    void withinTargetCell_opensTheConversationsThatMissed();
    void goal_rowsBelowItAreMarkedInWords();
    void definitions_sayWhatCountsAsAResponseAndWhatTheFiguresMean();
    void darkPalette_tintAndChartsFollowThePalette();
    void clearingTheReportView_bringsBackTheInbox();
    void exports_writeTheCsvOfSlaReportAndARealPdf();
    void screenshots_whenAskedFor();

private:
    bool load();
    std::vector<qint64> expected(ReportGrouping by, const ReportCell &cell);
    std::vector<qint64> requested(const std::function<void()> &click, QString *title = nullptr);

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<QTemporaryDir> m_case;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<SlaReportsPage> m_page;
    const QDate m_first{2026, 8, 1};
    const QDate m_last{2026, 10, 31};
};

void TestSlaReportsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(u"demo.sqlite"_s);
    auto db = Database::openSqlite(m_demoPath);
    QVERIFY(db.ok());
    DemoOptions options;
    options.conversations = 1500;
    options.seed = 7;
    options.until = TimeFormat::parseIso(u"2026-11-26T09:00:00+01:00"_s);
    QVERIFY(DemoGenerator(**db, options).run().ok());
    SlaService service(**db);
    auto refreshed = service.refreshAll();
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.ok() ? QString() : refreshed.error()));
}

void TestSlaReportsPage::init()
{
    m_case = std::make_unique<QTemporaryDir>();
    const QString path = m_case->filePath(u"demo.sqlite"_s);
    QVERIFY(QFile::copy(m_demoPath, path));
    auto db = Database::openSqlite(path);
    QVERIFY(db.ok());
    m_db = std::move(*db);
    m_clock = std::make_unique<FixedClock>(TimeFormat::parseIso(u"2026-11-26T09:00:00+01:00"_s));
    m_page = std::make_unique<SlaReportsPage>(*m_db, *m_clock);
    m_page->resize(1400, 900);
    m_page->setPeriod(m_first, m_last);
    m_page->setGrouping(ReportGrouping::Channel);
    m_page->setKind(ResponseKind::First);
    m_page->show();
}

void TestSlaReportsPage::cleanup()
{
    m_page.reset();
    m_db.reset();
    m_case.reset();
}

bool TestSlaReportsPage::load()
{
    QSignalSpy loaded(m_page.get(), &SlaReportsPage::loaded);
    m_page->reload();
    return loaded.wait(60000) && !m_page->isLoading() && m_page->report();
}

std::vector<qint64> TestSlaReportsPage::expected(ReportGrouping by, const ReportCell &cell)
{
    SlaService service(*m_db);
    auto ids = SlaReport(*m_db, service, *m_clock).conversations(m_first, m_last.addDays(1), by, cell, 5000);
    if (!ids.ok())
        qWarning() << ids.error();
    return ids.ok() ? *ids : std::vector<qint64>{-1};
}

std::vector<qint64> TestSlaReportsPage::requested(const std::function<void()> &click, QString *title)
{
    QSignalSpy spy(m_page.get(), &SlaReportsPage::conversationsRequested);
    click();
    if (spy.isEmpty() && !spy.wait(30000))
        return {-2};
    if (title)
        *title = spy.first().at(1).toString();
    return spy.first().at(0).value<std::vector<qint64>>();
}

void TestSlaReportsPage::table_showsTheFiguresOfSlaReport_data()
{
    QTest::addColumn<int>("byValue");
    QTest::addColumn<int>("kindValue");
    const auto row = [](const char *name, ReportGrouping by, ResponseKind kind) {
        QTest::newRow(name) << static_cast<int>(by) << static_cast<int>(kind);
    };
    row("first response by channel", ReportGrouping::Channel, ResponseKind::First);
    row("next response by agent", ReportGrouping::Agent, ResponseKind::Next);
    row("resolution by week", ReportGrouping::Week, ResponseKind::Resolution);
    row("first response by month", ReportGrouping::Month, ResponseKind::First);
}

void TestSlaReportsPage::table_showsTheFiguresOfSlaReport()
{
    QFETCH(int, byValue);
    QFETCH(int, kindValue);
    const auto by = static_cast<ReportGrouping>(byValue);
    const auto kind = static_cast<ResponseKind>(kindValue);
    m_page->setGrouping(by);
    m_page->setKind(kind);
    QVERIFY(load());
    SlaService service(*m_db);
    auto direct = SlaReport(*m_db, service, *m_clock).run(m_first, m_last.addDays(1), by);
    QVERIFY(direct.ok());
    const SlaReportModel *model = m_page->model();
    QCOMPARE(model->rowCount(), static_cast<int>(direct->rows.size()) + 1);
    QVERIFY(direct->total.metrics[static_cast<std::size_t>(kind)].count > 0); // the demo has data here
    const QLocale locale;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ReportRow &r = row < static_cast<int>(direct->rows.size())
                                 ? direct->rows[static_cast<std::size_t>(row)]
                                 : direct->total;
        const MetricFigures &m = r.metrics[static_cast<std::size_t>(kind)];
        const auto cell = [&](int column) { return model->data(model->index(row, column)).toString(); };
        QCOMPARE(cell(SlaReportModel::GroupColumn), r.label);
        QCOMPARE(cell(SlaReportModel::CountColumn), locale.toString(m.count));
        QCOMPARE(cell(SlaReportModel::OpenColumn), locale.toString(m.open));
        QCOMPARE(cell(SlaReportModel::UnansweredColumn), locale.toString(m.unanswered));
        QCOMPARE(cell(SlaReportModel::MedianBusinessColumn),
                 SlaReportText::duration(m.medianBusinessMinutes));
        QCOMPARE(cell(SlaReportModel::MedianCalendarColumn),
                 SlaReportText::duration(m.medianCalendarMinutes));
        QCOMPARE(cell(SlaReportModel::P90BusinessColumn), SlaReportText::duration(m.p90BusinessMinutes));
        QCOMPARE(cell(SlaReportModel::P90CalendarColumn), SlaReportText::duration(m.p90CalendarMinutes));
        QCOMPARE(cell(SlaReportModel::MeanBusinessColumn), SlaReportText::duration(m.meanBusinessMinutes));
        QCOMPARE(cell(SlaReportModel::MeanCalendarColumn), SlaReportText::duration(m.meanCalendarMinutes));
        QCOMPARE(cell(SlaReportModel::SameDayColumn), SlaReportText::percent(m.sameDayShare));
        if (m.withinTargetShare)
            QVERIFY(cell(SlaReportModel::WithinTargetColumn)
                        .startsWith(SlaReportText::percent(m.withinTargetShare) + u" ("_s));
    }
    // The heatmaps hold the report's grids, and the charts have a bar per row.
    QCOMPARE(m_page->arrivalsHeatmap()->grid(), direct->arrivals);
    QCOMPARE(m_page->answersHeatmap()->grid(), direct->answers);
    QVERIFY(!m_page->timesChart()->chart()->series().isEmpty());
    QVERIFY(!m_page->backlogChart()->chart()->series().isEmpty());
}

void TestSlaReportsPage::heatmapClick_opensExactlyThatCellsConversationsInTheInbox()
{
    QVERIFY(load());
    // The busiest hour of arrivals.
    const auto &grid = m_page->report()->result.arrivals;
    int day = 0, hour = 0;
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h)
            if (grid[d][h] > grid[day][hour]) {
                day = d;
                hour = h;
            }
    QVERIFY(grid[day][hour] > 0);
    SlaHeatmap *heatmap = m_page->arrivalsHeatmap();
    auto *tabs = m_page->findChild<QTabWidget *>(u"charts"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(heatmap->parentWidget());
    QVERIFY(heatmap->isVisible());
    QCOMPARE(heatmap->cellAt(heatmap->cellCenter(day, hour)), std::make_optional(std::make_pair(day, hour)));
    QString title;
    const auto ids = requested(
        [&] { QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellCenter(day, hour)); }, &title);
    ReportCell cell;
    cell.arrival = std::make_pair(day, hour);
    const auto want = expected(ReportGrouping::Channel, cell);
    QCOMPARE(ids, want);
    QVERIFY(!ids.empty());
    QVERIFY2(title.contains(SlaReportText::weekdayName(day)), qPrintable(title));

    // The inbox then lists exactly these conversations, whatever view it showed before.
    auto agents = AccountRepository(*m_db).agents();
    QVERIFY(agents.ok() && !agents->empty());
    InboxPane inbox(*m_db, *m_clock, agents->front());
    inbox.show();
    inbox.showConversations(ids, title);
    auto *list = inbox.findChild<QTableView *>(u"conversationList"_s);
    QVERIFY(list);
    auto *model = qobject_cast<InboxModel *>(list->model());
    QVERIFY(model);
    while (model->canFetchMore({}))
        model->fetchMore({});
    std::set<qint64> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.insert(model->idAt(row));
    QCOMPARE(shown, std::set<qint64>(want.begin(), want.end()));
    auto *label = inbox.findChild<QLabel *>(u"reportLabel"_s);
    QVERIFY(label && label->isVisible());
    QVERIFY2(label->text().contains(title), qPrintable(label->text()));
}

void TestSlaReportsPage::heatmapKeyboard_enterOpensTheFocusedCell()
{
    QVERIFY(load());
    SlaHeatmap *heatmap = m_page->answersHeatmap();
    heatmap->setFocus();
    heatmap->setCurrentCell(1, 9); // Tuesday 09–10
    QTest::keyClick(heatmap, Qt::Key_Right);
    QTest::keyClick(heatmap, Qt::Key_Down);
    QCOMPARE(heatmap->currentCell(), std::make_pair(2, 10));
    QVERIFY(!heatmap->accessibleDescription().isEmpty());
    const auto ids = requested([&] { QTest::keyClick(heatmap, Qt::Key_Return); });
    ReportCell cell;
    cell.answer = std::make_pair(2, 10);
    QCOMPARE(ids, expected(ReportGrouping::Channel, cell));
}

void TestSlaReportsPage::missedHeatmap_countsByHourOfArrivalTheConversationsThatMissed()
{
    QVERIFY(load());
    QVERIFY(!m_page->hasMissedGrid()); // not computed until someone looks at it
    QSignalSpy missed(m_page.get(), &SlaReportsPage::missedLoaded);
    auto *tabs = m_page->findChild<QTabWidget *>(u"charts"_s);
    tabs->setCurrentWidget(m_page->missedHeatmap()->parentWidget());
    QVERIFY(missed.wait(60000));
    const auto &grid = m_page->missedHeatmap()->grid();
    const auto &arrivals = m_page->report()->result.arrivals;
    int day = 0, hour = 0;
    qint64 total = 0;
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h) {
            QVERIFY(grid[d][h] <= arrivals[d][h]);
            total += grid[d][h];
            if (grid[d][h] > grid[day][hour]) {
                day = d;
                hour = h;
            }
        }
    QVERIFY2(total > 0, "the demo should have hours whose messages missed the target");
    ReportCell cell;
    cell.arrival = std::make_pair(day, hour);
    cell.missedOnly = true;
    const auto want = expected(ReportGrouping::Channel, cell);
    QCOMPARE(static_cast<qint64>(want.size()), grid[day][hour]);
    SlaHeatmap *heatmap = m_page->missedHeatmap();
    QCOMPARE(
        requested([&] { QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellCenter(day, hour)); }),
        want);
    // The PDF then carries this heatmap too.
    QVERIFY(m_page->exportPdf(m_case->filePath(u"with-misses.pdf"_s)).ok());
}

void TestSlaReportsPage::withinTargetCell_opensTheConversationsThatMissed()
{
    QVERIFY(load());
    const SlaReportModel *model = m_page->model();
    // The row with the most misses, so that the click has something behind it.
    int row = -1;
    qint64 most = 0;
    for (int r = 0; r + 1 < model->rowCount(); ++r) {
        const MetricFigures *m = model->figures(r);
        if (m->targeted - m->withinTarget > most) {
            most = m->targeted - m->withinTarget;
            row = r;
        }
    }
    QVERIFY2(row >= 0, "the demo should have a channel that misses its first-response target");
    QTableView *table = m_page->table();
    const QModelIndex index = model->index(row, SlaReportModel::WithinTargetColumn);
    table->scrollTo(index);
    const auto ids = requested(
        [&] { QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center()); });
    ReportCell cell;
    cell.rowKey = model->reportRow(row)->key;
    cell.kind = ResponseKind::First;
    cell.missedOnly = true;
    const auto want = expected(ReportGrouping::Channel, cell);
    QCOMPARE(ids, want);
    QVERIFY(!ids.empty());

    // A bar of the median chart: every first response of that row.
    ReportCell all;
    all.rowKey = cell.rowKey;
    all.kind = ResponseKind::First;
    const auto allIds = expected(ReportGrouping::Channel, all);
    QVERIFY(allIds.size() > ids.size());
    const QModelIndex count = model->index(row, SlaReportModel::CountColumn);
    QCOMPARE(requested([&] { m_page->openCell(model->cellAt(count), model->cellTitle(count)); }), allIds);
}

void TestSlaReportsPage::goal_rowsBelowItAreMarkedInWords()
{
    QVERIFY(load());
    const SlaReportModel *model = m_page->model();
    m_page->setGoal(1.0);
    int marked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const MetricFigures *m = model->figures(row);
        const QString goal = model->data(model->index(row, SlaReportModel::GoalColumn)).toString();
        const bool below = m->withinTargetShare && *m->withinTargetShare < 1.0;
        QCOMPARE(goal.startsWith(u"✗"_s), below);
        QCOMPARE(model->data(model->index(row, SlaReportModel::CountColumn), Qt::BackgroundRole).isValid(),
                 below);
        marked += below ? 1 : 0;
    }
    QVERIFY(marked > 0);
    m_page->setGoal(0.01);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->data(model->index(row, SlaReportModel::GoalColumn)).toString().startsWith(u"✗"_s));
}

void TestSlaReportsPage::definitions_sayWhatCountsAsAResponseAndWhatTheFiguresMean()
{
    QVERIFY(load());
    auto *toggle = m_page->findChild<QToolButton *>(u"definitionsToggle"_s);
    auto *text = m_page->findChild<QLabel *>(u"definitions"_s);
    QVERIFY(toggle && text);
    QVERIFY(!text->isVisible());
    toggle->click();
    QVERIFY(text->isVisible());
    for (const QString &rule : SlaClock::rules())
        QVERIFY2(text->text().contains(rule.toHtmlEscaped()), qPrintable(rule));
    for (const QString &definition : SlaReportText::definitions(0.8))
        QVERIFY(text->text().contains(definition.toHtmlEscaped()));
    QVERIFY(text->text().contains(m_page->report()->policy.name.toHtmlEscaped()));
}

void TestSlaReportsPage::darkPalette_tintAndChartsFollowThePalette()
{
    QVERIFY(load());
    m_page->setGoal(1.0);
    int row = 0;
    while (row < m_page->model()->rowCount() &&
           !SlaReportText::missesGoal(*m_page->model()->figures(row), 1.0))
        ++row;
    QVERIFY(row < m_page->model()->rowCount());
    const auto tint = [&] {
        return m_page->model()
            ->data(m_page->model()->index(row, SlaReportModel::CountColumn), Qt::BackgroundRole)
            .value<QColor>();
    };
    const QColor light = tint();
    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_page->setPalette(dark);
    QVERIFY(tint().lightness() < 128); // a dark tint behind light text
    QVERIFY(light.lightness() > 128);
    QCOMPARE(m_page->timesChart()->chart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
    QCOMPARE(m_page->timesChart()->chart()->titleBrush().color(), QColor(0xee, 0xee, 0xee));
}

void TestSlaReportsPage::clearingTheReportView_bringsBackTheInbox()
{
    auto agents = AccountRepository(*m_db).agents();
    QVERIFY(agents.ok() && !agents->empty());
    InboxPane inbox(*m_db, *m_clock, agents->front());
    inbox.show();
    auto *list = inbox.findChild<QTableView *>(u"conversationList"_s);
    const int before = list->model()->rowCount();
    inbox.showConversations({}, u"nothing"_s); // a figure with nothing behind it shows nothing
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(inbox.showsConversations());
    auto *clear = inbox.findChild<QToolButton *>(u"reportClear"_s);
    QVERIFY(clear && clear->isVisible());
    clear->click();
    QVERIFY(!inbox.showsConversations());
    QVERIFY(!inbox.findChild<QWidget *>(u"reportBar"_s)->isVisible());
    QCOMPARE(list->model()->rowCount(), before);
}

void TestSlaReportsPage::exports_writeTheCsvOfSlaReportAndARealPdf()
{
    QVERIFY(load());
    const QString csvPath = m_case->filePath(u"report.csv"_s);
    QVERIFY(m_page->exportCsv(csvPath).ok());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), SlaReport::toCsv(m_page->report()->result));

    const QString pdfPath = m_case->filePath(u"report.pdf"_s);
    const Status pdf = m_page->exportPdf(pdfPath);
    QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error()));
    QFile file(pdfPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.size() > 50 * 1024, QByteArray::number(bytes.size())); // charts and heatmaps embedded
    QVERIFY(!m_page->exportPdf(m_case->filePath(u"missing/report.pdf"_s)).ok());
}

// For looking at the page (not a check): TORGET_SCREENSHOTS=DIR [TORGET_LANGUAGE=nb] saves the page
// and the inbox after a click as PNG files.
void TestSlaReportsPage::screenshots_whenAskedFor()
{
    const QString dir = qEnvironmentVariable("TORGET_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("Set TORGET_SCREENSHOTS to a folder to save pictures of the page");
    const QString language = qEnvironmentVariable("TORGET_LANGUAGE", u"en"_s);
    Language::install(*qApp, language);
    QLocale::setDefault(Language::locale(language));
    m_page = std::make_unique<SlaReportsPage>(*m_db, *m_clock);
    m_page->resize(1200, 760);
    m_page->setPeriod(m_first, m_last);
    m_page->show();
    QVERIFY(load());
    if (qEnvironmentVariableIsSet("TORGET_DEFINITIONS"))
        m_page->findChild<QToolButton *>(u"definitionsToggle"_s)->setChecked(true);
    QTest::qWait(200);
    QVERIFY(m_page->grab().save(dir + u"/sla-page-"_s + language + u".png"_s));
    auto *tabs = m_page->findChild<QTabWidget *>(u"charts"_s);
    for (int i = 1; i < tabs->count(); ++i) {
        QSignalSpy missed(m_page.get(), &SlaReportsPage::missedLoaded);
        tabs->setCurrentIndex(i);
        if (tabs->currentWidget() == m_page->missedHeatmap()->parentWidget())
            QVERIFY(missed.wait(60000));
        QTest::qWait(100);
        QVERIFY(m_page->grab().save(dir + u"/sla-page-tab"_s + QString::number(i) + u"-"_s + language +
                                    u".png"_s));
    }
    tabs->setCurrentIndex(0);
    for (const auto &[by, name] :
         {std::pair{ReportGrouping::Week, u"week"_s}, std::pair{ReportGrouping::Agent, u"agent"_s}}) {
        m_page->setGrouping(by);
        QVERIFY(load());
        QTest::qWait(200);
        QVERIFY(m_page->grab().save(dir + u"/sla-page-"_s + name + u"-"_s + language + u".png"_s));
    }
    m_page->setGrouping(ReportGrouping::Channel);
    QVERIFY(load());
    auto agents = AccountRepository(*m_db).agents();
    QVERIFY(agents.ok() && !agents->empty());
    InboxPane inbox(*m_db, *m_clock, agents->front());
    inbox.resize(1200, 700);
    inbox.show();
    QString title;
    const auto ids = requested([&] { m_page->arrivalsHeatmap()->cellActivated(1, 9); }, &title);
    inbox.showConversations(ids, title);
    QTest::qWait(200);
    QVERIFY(inbox.grab().save(dir + u"/sla-inbox-"_s + language + u".png"_s));
    QVERIFY(m_page->exportPdf(dir + u"/sla-report-"_s + language + u".pdf"_s).ok());
    QLocale::setDefault(QLocale::c());
    Language::install(*qApp, u"en"_s);
}

QTEST_MAIN(TestSlaReportsPage)
#include "tst_slareportspage.moc"
