// The maturity dashboard offscreen on a real demo database: every chart built, the "why" panel and
// the period's posts, an editor's override (persisted, audited, figures reloaded), thresholds and
// events, palettes, accessible names, and exports that are real PNG, SVG and PDF files.

#include "analytics/maturitylevels.h"
#include "charts/maturitydashboard.h"
#include "charts/maturityeventsdialog.h"
#include "charts/maturitypostmodel.h"
#include "charts/maturitypostpanel.h"
#include "charts/maturitythresholdsdialog.h"
#include "demo/demogenerator.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/maturityrepository.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QAbstractItemModelTester>
#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace Torget;
using namespace Qt::StringLiterals;

class TestMaturityDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void reload_buildsEveryChartAndExplainsTheLastPeriod();
    void postModel_passesTheModelTester_throughReloadsAndSelection();
    void selectPeriod_showsItsPostsAndWhy();
    void override_persistsIsAuditedAndTheFiguresReload();
    void quarters_andOneChannel_narrowTheReport();
    void thresholdsDialog_roundTripsAndRestoresDefaults();
    void eventsDialog_savedEventIsDrawnOnTheCharts();
    void darkPalette_chartsTakeTheirColoursFromThePalette();
    void controls_haveAccessibleNames();
    void exports_writeRealPngSvgAndPdf();

private:
    bool load();

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<QTemporaryDir> m_case;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<MaturityDashboard> m_dashboard;
    Agent m_editor;
};

void TestMaturityDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(u"demo.sqlite"_s);
    auto db = Database::openSqlite(m_demoPath);
    QVERIFY(db.ok());
    DemoOptions options;
    options.conversations = 1500;
    options.seed = 5;
    options.until = TimeFormat::parseIso(u"2026-11-26T09:00:00+01:00"_s);
    QVERIFY(DemoGenerator(**db, options).run().ok());
}

void TestMaturityDashboard::init()
{
    // Each test works on its own copy: overrides and thresholds must not leak between tests.
    m_case = std::make_unique<QTemporaryDir>();
    const QString path = m_case->filePath(u"demo.sqlite"_s);
    QVERIFY(QFile::copy(m_demoPath, path));
    auto db = Database::openSqlite(path);
    QVERIFY(db.ok());
    m_db = std::move(*db);
    m_clock = std::make_unique<FixedClock>(TimeFormat::parseIso(u"2026-11-26T09:00:00+01:00"_s));
    auto agents = AccountRepository(*m_db).agents();
    QVERIFY(agents.ok() && !agents->empty());
    m_editor = agents->front();
    m_dashboard = std::make_unique<MaturityDashboard>(*m_db, *m_clock);
    m_dashboard->setAgent(m_editor);
    m_dashboard->resize(1400, 900);
    m_dashboard->setRange(QDate(2025, 9, 1), QDate(2026, 10, 31));
}

void TestMaturityDashboard::cleanup()
{
    m_dashboard.reset();
    m_db.reset();
    m_case.reset();
}

bool TestMaturityDashboard::load()
{
    QSignalSpy loaded(m_dashboard.get(), &MaturityDashboard::loaded);
    m_dashboard->reload();
    return loaded.wait(60000) && !m_dashboard->isLoading();
}

void TestMaturityDashboard::reload_buildsEveryChartAndExplainsTheLastPeriod()
{
    QVERIFY(!m_dashboard->report());
    QVERIFY(load());
    const MaturityReportData *report = m_dashboard->report();
    QVERIFY(report);
    QCOMPARE(report->periods.size(), std::size_t(14));
    for (MaturityCharts::Kind kind : MaturityCharts::allKinds) {
        QChartView *view = m_dashboard->chartView(kind);
        QVERIFY(view && view->chart());
        QVERIFY2(!view->chart()->series().isEmpty(), qPrintable(MaturityCharts::fileStem(kind)));
        QVERIFY(view->chart()->title().startsWith(MaturityCharts::title(kind)));
    }
    QCOMPARE(m_dashboard->selectedPeriod(), 13);
    const QString why = m_dashboard->explanation()->toPlainText();
    const PeriodReport &last = report->periods.back();
    QVERIFY2(why.contains(periodLabel(last.indicators.period, Granularity::Month)), qPrintable(why));
    QVERIFY2(why.contains(displayName(last.level.level)), qPrintable(why));
    QVERIFY2(why.contains(u"Citizen questions answered"_s), qPrintable(why));
    // The demo climbs: the last period is above the first.
    QVERIFY(static_cast<int>(last.level.level) > static_cast<int>(report->periods.front().level.level));
}

void TestMaturityDashboard::postModel_passesTheModelTester_throughReloadsAndSelection()
{
    QAbstractItemModelTester tester(m_dashboard->postPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load());
    m_dashboard->selectPeriod(0);
    m_dashboard->selectPeriod(5);
    QVERIFY(load());
    MaturityPostModel *model = m_dashboard->postPanel()->model();
    QVERIFY(model->rowCount() > 0);
    for (int column = 0; column < model->columnCount(); ++column) {
        QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(model->data(model->index(0, column)).isValid());
    }
    QVERIFY(
        !model->data(model->index(0, MaturityPostModel::CodeColumn), Qt::ToolTipRole).toString().isEmpty());
}

void TestMaturityDashboard::selectPeriod_showsItsPostsAndWhy()
{
    QVERIFY(load());
    m_dashboard->selectPeriod(2);
    const PeriodReport &p = m_dashboard->report()->periods[2];
    QCOMPARE(m_dashboard->postPanel()->model()->rowCount(), static_cast<int>(p.indicators.all.posts));
    QVERIFY(m_dashboard->explanation()->toPlainText().contains(
        periodLabel(p.indicators.period, Granularity::Month)));
    // The first post's "why" names its code and, when rules fired, the words as written.
    QTableView *view = m_dashboard->postPanel()->view();
    view->setCurrentIndex(view->model()->index(0, 0));
    const Classification &c = m_dashboard->postPanel()->model()->classification(0);
    const QString why = m_dashboard->postPanel()->why()->toPlainText();
    QVERIFY2(why.contains(displayName(c.postClass)), qPrintable(why));
    for (const ClassificationReason &r : c.reasons)
        QVERIFY2(why.contains(u"«"_s + r.matched + u"»"_s), qPrintable(why));
}

void TestMaturityDashboard::override_persistsIsAuditedAndTheFiguresReload()
{
    QVERIFY(load());
    const int period = m_dashboard->selectedPeriod();
    const Indicators before = m_dashboard->report()->periods[static_cast<std::size_t>(period)].indicators.all;
    MaturityPostPanel *panel = m_dashboard->postPanel();
    // An information post becomes dialog.
    int row = -1;
    for (int r = 0; r < panel->model()->rowCount(); ++r) {
        if (panel->model()->post(r)->code == u"information"_s) {
            row = r;
            break;
        }
    }
    QVERIFY(row >= 0);
    const qint64 postId = panel->model()->post(row)->id;
    panel->view()->setCurrentIndex(panel->model()->index(row, 0));
    QSignalSpy loaded(m_dashboard.get(), &MaturityDashboard::loaded);
    QVERIFY(panel->overrideSelected(PostClass::Dialog));
    QVERIFY(loaded.wait(60000));
    const Indicators after = m_dashboard->report()->periods[static_cast<std::size_t>(period)].indicators.all;
    QCOMPARE(after.postsByClass[2], before.postsByClass[2] + 1);
    QCOMPARE(after.postsByClass[0], before.postsByClass[0] - 1);
    QCOMPARE(m_dashboard->selectedPeriod(), period);
    const int again = panel->model()->rowOf(postId);
    QVERIFY(again >= 0);
    QVERIFY(panel->model()->post(again)->overridden);
    QVERIFY2(panel->why()->toPlainText().contains(m_editor.name), qPrintable(panel->why()->toPlainText()));
    // In the database, and in the audit log with the editor's name.
    auto stored = MaturityRepository(*m_db).post(postId);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->code, u"dialog"_s);
    auto info = MaturityRepository(*m_db).lastOverride(postId);
    QVERIFY(info.ok() && info->has_value());
    QCOMPARE((*info)->agentId, std::optional<qint64>(m_editor.id));
    QCOMPARE((*info)->detail, u"information → dialog"_s);
    // Back to the rules.
    QVERIFY(panel->revertSelected());
    QVERIFY(loaded.wait(60000));
    QCOMPARE(m_dashboard->report()->periods[static_cast<std::size_t>(period)].indicators.all.postsByClass,
             before.postsByClass);
}

void TestMaturityDashboard::quarters_andOneChannel_narrowTheReport()
{
    m_dashboard->setGranularity(Granularity::Quarter);
    m_dashboard->setChannel(Channel::Instagram);
    QVERIFY(load());
    const MaturityReportData *report = m_dashboard->report();
    QCOMPARE(report->options.by, Granularity::Quarter);
    QCOMPARE(report->periods.size(), std::size_t(6)); // 2025-Q3 (September only) … 2026-Q4 (October only)
    for (const PeriodReport &p : report->periods) {
        QVERIFY(p.indicators.channels.size() <= 1);
        if (!p.indicators.channels.empty())
            QCOMPARE(p.indicators.channels.begin()->first, Channel::Instagram);
    }
    for (int r = 0; r < m_dashboard->postPanel()->model()->rowCount(); ++r)
        QCOMPARE(m_dashboard->postPanel()->model()->post(r)->channel, Channel::Instagram);
}

void TestMaturityDashboard::thresholdsDialog_roundTripsAndRestoresDefaults()
{
    MaturityThresholds t;
    t.replyRate = 0.85;
    t.maxMedianResponseHours = 8;
    t.minPostsPerMonth = 10;
    MaturityThresholdsDialog dialog(t);
    QCOMPARE(dialog.thresholds(), t);
    auto *box = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(box);
    box->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.thresholds(), MaturityThresholds());
}

void TestMaturityDashboard::eventsDialog_savedEventIsDrawnOnTheCharts()
{
    {
        MaturityEventsDialog dialog(*m_db, *m_clock, m_editor);
        QCOMPARE(dialog.eventCount(), 0);
        dialog.findChild<QDateEdit *>(u"dateEdit"_s)->setDate(QDate(2026, 3, 10));
        auto *kind = dialog.findChild<QComboBox *>(u"kindCombo"_s);
        kind->setCurrentIndex(kind->findData(u"strategy"_s));
        dialog.findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"Strategi for sosiale medier vedtatt"_s);
        QVERIFY(dialog.saveEvent());
        QCOMPARE(dialog.eventCount(), 1);
        QVERIFY(dialog.changed());
    }
    QVERIFY(load());
    QCOMPARE(m_dashboard->report()->events.size(), std::size_t(1));
    for (MaturityCharts::Kind kind : {MaturityCharts::Kind::Level, MaturityCharts::Kind::Mix,
                                      MaturityCharts::Kind::Replies, MaturityCharts::Kind::Reach}) {
        bool drawn = false;
        for (QGraphicsItem *item : m_dashboard->chartView(kind)->chart()->childItems()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                drawn = drawn || text->text().contains(u"Strategi for sosiale medier vedtatt"_s);
        }
        QVERIFY2(drawn, qPrintable(MaturityCharts::fileStem(kind)));
    }
}

void TestMaturityDashboard::darkPalette_chartsTakeTheirColoursFromThePalette()
{
    QVERIFY(load());
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_dashboard->setPalette(dark);
    for (MaturityCharts::Kind kind : MaturityCharts::allKinds) {
        QChart *chart = m_dashboard->chartView(kind)->chart();
        QCOMPARE(chart->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(chart->titleBrush().color(), dark.color(QPalette::Text));
        for (QAbstractAxis *axis : chart->axes())
            QCOMPARE(axis->labelsColor(), dark.color(QPalette::Text));
        QCOMPARE(chart->legend()->labelColor(), dark.color(QPalette::Text));
    }
}

void TestMaturityDashboard::controls_haveAccessibleNames()
{
    QVERIFY(load());
    QStringList missing;
    const auto check = [&](QWidget *w) {
        if (w->accessibleName().isEmpty())
            missing << QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName();
    };
    for (auto *w : m_dashboard->findChildren<QComboBox *>())
        check(w);
    for (auto *w : m_dashboard->findChildren<QDateEdit *>())
        check(w);
    for (auto *w : m_dashboard->findChildren<QChartView *>())
        check(w);
    for (auto *w : m_dashboard->findChildren<QTableView *>())
        check(w);
    for (auto *w : m_dashboard->findChildren<QTextBrowser *>())
        check(w);
    for (auto *w : m_dashboard->findChildren<QToolButton *>()) {
        if (w->objectName() == u"exportButton"_s)
            check(w);
    }
    for (auto *w : m_dashboard->findChildren<QPushButton *>()) {
        if (w->text().isEmpty())
            missing << u"button without text: "_s + w->objectName();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestMaturityDashboard::exports_writeRealPngSvgAndPdf()
{
    QVERIFY(!m_dashboard->exportPdf(m_case->filePath(u"none.pdf"_s)).ok()); // nothing loaded yet
    QVERIFY(load());
    const QString png = m_case->filePath(u"level.png"_s);
    const QString svg = m_case->filePath(u"mix.svg"_s);
    const QString pdf = m_case->filePath(u"rapport.pdf"_s);
    QVERIFY(m_dashboard->exportChart(MaturityCharts::Kind::Level, png).ok());
    QVERIFY(m_dashboard->exportChart(MaturityCharts::Kind::Mix, svg).ok());
    QVERIFY(m_dashboard->exportPdf(pdf).ok());

    const QImage image(png);
    QCOMPARE(image.size(), QSize(1600, 900));
    // Not a blank page: the staircase's fill and the axis text make many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgBytes = svgFile.readAll();
    QXmlStreamReader xml(svgBytes);
    QString root;
    int paths = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            static const QStringList shapes{u"path"_s, u"polyline"_s, u"polygon"_s, u"line"_s, u"rect"_s};
            if (shapes.contains(xml.name().toString()))
                ++paths;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, u"svg"_s);
    QVERIFY(paths > 10);
    QVERIFY(QString::fromUtf8(svgBytes).contains(MaturityCharts::title(MaturityCharts::Kind::Mix)));

    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(bytes.size() > 50000); // charts embedded
    QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type/Page") >= 2);

    QVERIFY(!m_dashboard->exportChart(MaturityCharts::Kind::Level, m_case->filePath(u"missing/level.png"_s))
                 .ok());
}

QTEST_MAIN(TestMaturityDashboard)
#include "tst_maturitydashboard.moc"
