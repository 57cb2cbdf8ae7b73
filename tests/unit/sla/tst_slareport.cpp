// The response-time report on a real SQLite file, against figures computed by hand from the fixture
// in slafixture.h (week 11 of 2026; "now" is Wednesday 11 March 12:00):
//
//   c1 Facebook  in Mon 09:00, Anne 09:10, resolved by Anne 09:30   first 10/10, resolution 30/30
//   c2 Facebook  in Mon 10:00, Bjørn 10:40                           first 40/40
//   c3 Facebook  in Mon 15:00, Anne Tue 08:20                        first 50/1040, due Mon 15:30: missed
//   c4 Facebook  in Tue 11:00, Anne 11:20, in 12:00, Bjørn 12:30     first 20/20, next 30/30
//   c5 e-mail    in Tue 09:00, Bjørn Wed 10:00                       first 510/1500, due Wed 09:00: missed
//   c6 Facebook  in Wed 09:00, unanswered                            due Wed 11:00: missed by "now"
// (business/calendar minutes; Sarpsborg policy: social 2 business hours within the opening day,
// e-mail 1 working day, resolution 5 working days.)

#include "../storage/storagetestutil.h"
#include "sla/slareport.h"
#include "sla/slaservice.h"
#include "slafixture.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Torget;
using namespace TorgetTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Torget::ReportGrouping)
Q_DECLARE_METATYPE(Torget::ReportCell)

namespace {

const QDate monday(2026, 3, 9);
const QDate nextMonday(2026, 3, 16);

const MetricFigures *metrics(const ReportResult &r, const QString &row, ResponseKind kind)
{
    if (row == u"total"_s)
        return &r.total.metrics[static_cast<std::size_t>(kind)];
    for (const ReportRow &x : r.rows) {
        if (x.key == row)
            return &x.metrics[static_cast<std::size_t>(kind)];
    }
    return nullptr;
}

} // namespace

class TestSlaReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void byChannel_figures_matchHandComputed_data();
    void byChannel_figures_matchHandComputed();
    void byAgent_rowsAndFigures();
    void byWeekAndMonth_oneRowWithEverything_emptyWeeksListed();
    void heatmap_arrivalsAndAnswers_byWeekdayAndHour();
    void backlog_openConversationsAtTheEndOfEachDay();
    void period_excludesClocksStartedOutsideIt();
    void drillDown_conversationsBehindAFigure_data();
    void drillDown_conversationsBehindAFigure();
    void drillDown_limit_isHonoured();
    void missedByArrival_eachCellIsItsDrillDown();
    void afterRefresh_changedDaysAreRebuiltBeforeReporting();
    void jsonAndCsv_carryTheFigures();
    void badPeriod_isRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ReportFixtureIds m_ids;
    FixedClock m_clock{reportFixtureNow()};
};

void TestSlaReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
    const QString error = writeReportFixture(*m_db, m_ids);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SlaService service(*m_db);
    auto done = service.refreshAll();
    TORGET_VERIFY_OK(done);
    QCOMPARE(done->conversations, qint64(6));
}

void TestSlaReport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSlaReport::byChannel_figures_matchHandComputed_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("open");
    QTest::addColumn<QList<double>>("business"); // median, p90, mean (empty: none)
    QTest::addColumn<QList<double>>("calendar");
    QTest::addColumn<qint64>("targeted");
    QTest::addColumn<qint64>("within");
    QTest::addColumn<qint64>("sameDay");

    QTest::newRow("Facebook first") << u"facebook"_s << 0 << qint64(4) << qint64(1)
                                    << QList<double>{20, 50, 30} << QList<double>{20, 1040, 277.5}
                                    << qint64(5) << qint64(3) << qint64(3);
    QTest::newRow("Facebook next") << u"facebook"_s << 1 << qint64(1) << qint64(0)
                                   << QList<double>{30, 30, 30} << QList<double>{30, 30, 30} << qint64(1)
                                   << qint64(1) << qint64(1);
    QTest::newRow("Facebook resolution")
        << u"facebook"_s << 2 << qint64(1) << qint64(4) << QList<double>{30, 30, 30}
        << QList<double>{30, 30, 30} << qint64(1) << qint64(1) << qint64(1);
    QTest::newRow("e-mail first") << u"email"_s << 0 << qint64(1) << qint64(0) << QList<double>{510, 510, 510}
                                  << QList<double>{1500, 1500, 1500} << qint64(1) << qint64(0) << qint64(0);
    QTest::newRow("e-mail next: none") << u"email"_s << 1 << qint64(0) << qint64(0) << QList<double>{}
                                       << QList<double>{} << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("all first") << u"total"_s << 0 << qint64(5) << qint64(1) << QList<double>{40, 510, 126}
                               << QList<double>{40, 1500, 522} << qint64(6) << qint64(3) << qint64(3);
}

void TestSlaReport::byChannel_figures_matchHandComputed()
{
    QFETCH(QString, row);
    QFETCH(int, kind);
    QFETCH(qint64, count);
    QFETCH(qint64, open);
    QFETCH(QList<double>, business);
    QFETCH(QList<double>, calendar);
    QFETCH(qint64, targeted);
    QFETCH(qint64, within);
    QFETCH(qint64, sameDay);

    SlaService service(*m_db);
    TORGET_TAKE(report, SlaReport(*m_db, service, m_clock).run(monday, nextMonday, ReportGrouping::Channel));
    QCOMPARE(report.rows.size(), std::size_t(2));
    QCOMPARE(report.rows[0].key, u"facebook"_s); // channel order
    QCOMPARE(report.rows[1].key, u"email"_s);
    const MetricFigures *m = metrics(report, row, static_cast<ResponseKind>(kind));
    QVERIFY(m);
    QCOMPARE(m->count, count);
    QCOMPARE(m->open, open);
    if (business.isEmpty()) {
        QVERIFY(!m->medianBusinessMinutes && !m->p90BusinessMinutes && !m->meanBusinessMinutes);
        QVERIFY(!m->medianCalendarMinutes && !m->sameDayShare && !m->withinTargetShare);
    } else {
        QCOMPARE(*m->medianBusinessMinutes, business[0]);
        QCOMPARE(*m->p90BusinessMinutes, business[1]);
        QCOMPARE(*m->meanBusinessMinutes, business[2]);
        QCOMPARE(*m->medianCalendarMinutes, calendar[0]);
        QCOMPARE(*m->p90CalendarMinutes, calendar[1]);
        QCOMPARE(*m->meanCalendarMinutes, calendar[2]);
        QCOMPARE(*m->sameDayShare, double(sameDay) / double(count));
    }
    QCOMPARE(m->targeted, targeted);
    QCOMPARE(m->withinTarget, within);
    QCOMPARE(m->sameDay, sameDay);
    if (targeted > 0)
        QCOMPARE(*m->withinTargetShare, double(within) / double(targeted));
}

void TestSlaReport::byAgent_rowsAndFigures()
{
    SlaService service(*m_db);
    TORGET_TAKE(report, SlaReport(*m_db, service, m_clock).run(monday, nextMonday, ReportGrouping::Agent));
    QStringList keys;
    QStringList labels;
    for (const ReportRow &r : report.rows) {
        keys << r.key;
        labels << r.label;
    }
    QCOMPARE(keys, (QStringList{QString::number(m_ids.anne), QString::number(m_ids.bjorn), u"none"_s}));
    QCOMPARE(labels.mid(0, 2), (QStringList{u"Anne"_s, QString::fromUtf8("Bjørn")}));
    const MetricFigures &anne = report.rows[0].metrics[0];
    QCOMPARE(anne.count, qint64(3)); // c1 10, c3 50, c4 20
    QCOMPARE(*anne.medianBusinessMinutes, 20.0);
    QCOMPARE(*anne.p90BusinessMinutes, 50.0);
    QCOMPARE(qRound(*anne.meanBusinessMinutes * 100), 2667);
    QCOMPARE(report.rows[0].metrics[2].count, qint64(1)); // Anne resolved c1
    const MetricFigures &bjorn = report.rows[1].metrics[0];
    QCOMPARE(bjorn.count, qint64(2)); // c2 40, c5 510
    QCOMPARE(*bjorn.medianBusinessMinutes, 40.0);
    QCOMPARE(*bjorn.p90BusinessMinutes, 510.0);
    QCOMPARE(*bjorn.meanBusinessMinutes, 275.0);
    QCOMPARE(report.rows[1].metrics[1].count, qint64(1)); // c4's next response
    const ReportRow &nobody = report.rows[2];
    QCOMPARE(nobody.metrics[0].open, qint64(1)); // c6
    QCOMPARE(nobody.metrics[2].open, qint64(5)); // the open cycles
    QCOMPARE(nobody.metrics[0].count, qint64(0));
}

void TestSlaReport::byWeekAndMonth_oneRowWithEverything_emptyWeeksListed()
{
    SlaService service(*m_db);
    SlaReport report(*m_db, service, m_clock);
    TORGET_TAKE(week, report.run(monday, nextMonday, ReportGrouping::Week));
    QCOMPARE(week.rows.size(), std::size_t(1));
    QCOMPARE(week.rows[0].key, u"2026-W11"_s);
    QCOMPARE(week.rows[0].metrics[0].count, qint64(5));
    TORGET_TAKE(month, report.run(QDate(2026, 2, 1), QDate(2026, 4, 1), ReportGrouping::Month));
    QCOMPARE(month.rows.size(), std::size_t(2));
    QCOMPARE(month.rows[0].key, u"2026-02"_s);
    QCOMPARE(month.rows[0].metrics[0].count, qint64(0));
    QCOMPARE(month.rows[1].key, u"2026-03"_s);
    QCOMPARE(*month.rows[1].metrics[0].medianBusinessMinutes, 40.0);
    TORGET_TAKE(weeks, report.run(QDate(2026, 3, 2), QDate(2026, 3, 23), ReportGrouping::Week));
    QCOMPARE(weeks.rows.size(), std::size_t(3));
    QCOMPARE(weeks.rows[2].key, u"2026-W12"_s);
}

void TestSlaReport::heatmap_arrivalsAndAnswers_byWeekdayAndHour()
{
    SlaService service(*m_db);
    TORGET_TAKE(report, SlaReport(*m_db, service, m_clock).run(monday, nextMonday, ReportGrouping::Channel));
    std::array<std::array<qint64, 24>, 7> arrivals{};
    std::array<std::array<qint64, 24>, 7> answers{};
    for (auto [d, h] : std::initializer_list<std::pair<int, int>>{
             {0, 9}, {0, 10}, {0, 15}, {1, 9}, {1, 11}, {1, 12}, {2, 9}})
        ++arrivals[d][h];
    for (auto [d, h] :
         std::initializer_list<std::pair<int, int>>{{0, 9}, {0, 10}, {1, 8}, {1, 11}, {1, 12}, {2, 10}})
        ++answers[d][h];
    QVERIFY(report.arrivals == arrivals);
    QVERIFY(report.answers == answers);
}

void TestSlaReport::backlog_openConversationsAtTheEndOfEachDay()
{
    SlaService service(*m_db);
    TORGET_TAKE(report, SlaReport(*m_db, service, m_clock).run(monday, nextMonday, ReportGrouping::Channel));
    QList<qint64> open;
    for (const auto &[date, n] : report.backlog)
        open << n;
    QCOMPARE(open, (QList<qint64>{2, 4, 5, 5, 5, 5, 5}));
    QCOMPARE(report.backlog.front().first, monday);
    // From Tuesday on, Monday's open cycles are carried in.
    TORGET_TAKE(
        later,
        SlaReport(*m_db, service, m_clock).run(monday.addDays(1), nextMonday, ReportGrouping::Channel));
    QCOMPARE(later.backlog.front().second, qint64(4));
}

void TestSlaReport::period_excludesClocksStartedOutsideIt()
{
    SlaService service(*m_db);
    TORGET_TAKE(tuesday, SlaReport(*m_db, service, m_clock)
                             .run(monday.addDays(1), monday.addDays(2), ReportGrouping::Channel));
    QCOMPARE(tuesday.total.metrics[0].count, qint64(2)); // c4 and c5
    QCOMPARE(tuesday.total.metrics[1].count, qint64(1)); // c4
    QCOMPARE(tuesday.total.metrics[2].count, qint64(0));
}

void TestSlaReport::drillDown_conversationsBehindAFigure_data()
{
    QTest::addColumn<ReportGrouping>("by");
    QTest::addColumn<ReportCell>("cell");
    QTest::addColumn<QStringList>("expected"); // c1…c6

    const auto cell = [](std::optional<QString> row, std::optional<ResponseKind> kind) {
        ReportCell c;
        c.rowKey = std::move(row);
        c.kind = kind;
        return c;
    };
    ReportCell missed = cell(u"facebook"_s, ResponseKind::First);
    missed.missedOnly = true;
    QTest::newRow("Facebook first responses that missed")
        << ReportGrouping::Channel << missed << QStringList{u"c3"_s, u"c6"_s};
    QTest::newRow("e-mail first responses")
        << ReportGrouping::Channel << cell(u"email"_s, ResponseKind::First) << QStringList{u"c5"_s};
    QTest::newRow("a week: everything") << ReportGrouping::Week << cell(u"2026-W11"_s, std::nullopt)
                                        << QStringList{u"c1"_s, u"c2"_s, u"c3"_s, u"c5"_s, u"c4"_s, u"c6"_s};
    QTest::newRow("a week outside the period")
        << ReportGrouping::Week << cell(u"2026-W20"_s, std::nullopt) << QStringList{};
    QTest::newRow("nobody's first responses")
        << ReportGrouping::Agent << cell(u"none"_s, ResponseKind::First) << QStringList{u"c6"_s};
    ReportCell notSameDay = cell(std::nullopt, ResponseKind::First);
    notSameDay.notSameDayOnly = true;
    QTest::newRow("answered on a later day")
        << ReportGrouping::Channel << notSameDay << QStringList{u"c3"_s, u"c5"_s};
    ReportCell arrival;
    arrival.arrival = std::pair{1, 12};
    QTest::newRow("heatmap: arrived Tuesday 12")
        << ReportGrouping::Channel << arrival << QStringList{u"c4"_s};
    ReportCell answer;
    answer.answer = std::pair{1, 8};
    QTest::newRow("heatmap: answered Tuesday 08")
        << ReportGrouping::Channel << answer << QStringList{u"c3"_s};
    ReportCell backlog;
    backlog.backlogDay = QDate(2026, 3, 10);
    QTest::newRow("backlog at the end of Tuesday")
        << ReportGrouping::Channel << backlog << QStringList{u"c2"_s, u"c3"_s, u"c5"_s, u"c4"_s};
}

void TestSlaReport::drillDown_conversationsBehindAFigure()
{
    QFETCH(ReportGrouping, by);
    QFETCH(ReportCell, cell);
    QFETCH(QStringList, expected);
    const QHash<qint64, QString> names{{m_ids.c1, u"c1"_s}, {m_ids.c2, u"c2"_s}, {m_ids.c3, u"c3"_s},
                                       {m_ids.c4, u"c4"_s}, {m_ids.c5, u"c5"_s}, {m_ids.c6, u"c6"_s}};
    SlaService service(*m_db);
    TORGET_TAKE(ids, SlaReport(*m_db, service, m_clock).conversations(monday, nextMonday, by, cell, 100));
    QStringList got;
    for (qint64 id : ids)
        got << names.value(id, QString::number(id));
    QCOMPARE(got, expected);
}

void TestSlaReport::drillDown_limit_isHonoured()
{
    SlaService service(*m_db);
    ReportCell agent;
    agent.rowKey = QString::number(m_ids.anne);
    agent.kind = ResponseKind::First;
    TORGET_TAKE(all, SlaReport(*m_db, service, m_clock)
                         .conversations(monday, nextMonday, ReportGrouping::Agent, agent, 10));
    QCOMPARE(all, (std::vector<qint64>{m_ids.c1, m_ids.c3, m_ids.c4}));
    TORGET_TAKE(two, SlaReport(*m_db, service, m_clock)
                         .conversations(monday, nextMonday, ReportGrouping::Agent, agent, 2));
    QCOMPARE(two, (std::vector<qint64>{m_ids.c1, m_ids.c3}));
}

void TestSlaReport::missedByArrival_eachCellIsItsDrillDown()
{
    SlaService service(*m_db);
    SlaReport report(*m_db, service, m_clock);
    for (const std::optional<QString> &row : {std::optional<QString>(), std::optional<QString>(u"email"_s),
                                              std::optional<QString>(u"facebook"_s)}) {
        TORGET_TAKE(grid, report.missedByArrival(monday, nextMonday, ReportGrouping::Channel, row));
        qint64 total = 0;
        for (int d = 0; d < 7; ++d) {
            for (int h = 0; h < 24; ++h) {
                ReportCell cell;
                cell.rowKey = row;
                cell.arrival = std::pair{d, h};
                cell.missedOnly = true;
                TORGET_TAKE(ids,
                            report.conversations(monday, nextMonday, ReportGrouping::Channel, cell, 1000));
                QCOMPARE(grid[d][h], qint64(ids.size()));
                total += grid[d][h];
            }
        }
        // Every row of the fixture has a conversation that missed (c3 and c6 on Facebook, c5 by e-mail).
        QVERIFY2(total > 0, qPrintable(row.value_or(u"all"_s)));
    }
}

void TestSlaReport::afterRefresh_changedDaysAreRebuiltBeforeReporting()
{
    // c6 gets its answer (Wednesday 11:30) through the normal path: a message, then refresh().
    SlaFixture f(*m_db);
    const qint64 fb = f.account(u"Facebook"_s, Channel::Facebook);
    auto convo = ConversationRepository(*m_db).byId(m_ids.c6);
    QVERIFY(convo.ok() && convo->has_value());
    f.add(m_ids.c6, fb, (*convo)->citizenId, u"out:Anne@2026-03-11T11:30:00+01:00"_s);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    SlaService service(*m_db);
    TORGET_VERIFY_OK(service.refresh(m_ids.c6));
    TORGET_TAKE(report, SlaReport(*m_db, service, m_clock).run(monday, nextMonday, ReportGrouping::Channel));
    const MetricFigures *m = metrics(report, u"facebook"_s, ResponseKind::First);
    QCOMPARE(m->count, qint64(5));
    QCOMPARE(m->open, qint64(0));
    QCOMPARE(*m->medianBusinessMinutes, 40.0); // 10 20 40 50 150
    QCOMPARE(*m->p90BusinessMinutes, 150.0);
    QCOMPARE(m->targeted, qint64(5));
    QCOMPARE(m->withinTarget, qint64(3));
    // The per-day summaries equal those of a full recomputation.
    TORGET_TAKE(full, service.refreshAll());
    QCOMPARE(full.conversations, qint64(6));
    TORGET_TAKE(again, SlaReport(*m_db, service, m_clock).run(monday, nextMonday, ReportGrouping::Channel));
    QCOMPARE(QJsonDocument(SlaReport::toJson(again)).toJson(),
             QJsonDocument(SlaReport::toJson(report)).toJson());
}

void TestSlaReport::jsonAndCsv_carryTheFigures()
{
    SlaService service(*m_db);
    TORGET_TAKE(report, SlaReport(*m_db, service, m_clock).run(monday, nextMonday, ReportGrouping::Channel));
    const QJsonObject json = SlaReport::toJson(report);
    QCOMPARE(json.value(u"from"_s).toString(), u"2026-03-09"_s);
    QCOMPARE(json.value(u"by"_s).toString(), u"channel"_s);
    const QJsonObject fbFirst = json.value(u"rows"_s).toArray().at(0).toObject().value(u"first"_s).toObject();
    QCOMPARE(fbFirst.value(u"median_business_minutes"_s).toDouble(), 20.0);
    QCOMPARE(fbFirst.value(u"p90_calendar_minutes"_s).toDouble(), 1040.0);
    QCOMPARE(fbFirst.value(u"within_target_share"_s).toDouble(), 0.6);
    QCOMPARE(fbFirst.value(u"same_day_share"_s).toDouble(), 0.75);
    QVERIFY(json.value(u"rows"_s)
                .toArray()
                .at(1)
                .toObject()
                .value(u"next"_s)
                .toObject()
                .value(u"median_business_minutes"_s)
                .isNull());
    QCOMPARE(
        json.value(u"heatmap"_s).toObject().value(u"arrivals"_s).toArray().at(1).toArray().at(12).toInt(), 1);
    QCOMPARE(json.value(u"backlog"_s).toArray().size(), 7);

    const QStringList lines = QString::fromUtf8(SlaReport::toCsv(report)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3 * 3); // header, (2 channels + total) × 3 clocks
    QVERIFY(lines[0].startsWith(u"group,label,clock,count,"_s));
    QCOMPARE(lines[1],
             u"facebook,Facebook,first,4,1,0,20.00,50.00,30.00,20.00,1040.00,277.50,5,3,0.6000,3,0.7500"_s);
    QCOMPARE(lines[5], u"email,E-mail,next,0,0,0,,,,,,,0,0,,0,"_s);
    QVERIFY(lines[7].startsWith(u"total,"_s));
}

void TestSlaReport::badPeriod_isRefused()
{
    SlaService service(*m_db);
    const auto r = SlaReport(*m_db, service, m_clock).run(nextMonday, monday, ReportGrouping::Channel);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestSlaReport)
#include "tst_slareport.moc"
