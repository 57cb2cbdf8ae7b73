// End-to-end tests of torget-cli's response-time commands: `calendar holidays`, `calendar due`,
// `calendar export|import` and `report sla`, run as real processes on real SQLite files. The report
// fixture is written through the repositories (tests/unit/sla/slafixture.h) and its figures are the
// hand-computed ones of tst_slareport.

#include "../unit/sla/slafixture.h"
#include "clirunner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TorgetTest;

class TestCliSla final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void holidays_2026_json_listsTheTwelveDatesInOrder();
    void holidays_badYear_failsWithOneLine_data();
    void holidays_badYear_failsWithOneLine();
    void due_json_data();
    void due_json();
    void due_badArguments_failWithOneLine_data();
    void due_badArguments_failWithOneLine();
    void calendar_exportImport_roundTrip_andDueFollowsTheImportedCalendar();
    void calendar_importBadFile_changesNothing();

    void reportSla_json_byChannel_matchesHandComputedFigures();
    void reportSla_csv_byChannel_matchesHandComputedFigures();
    void reportSla_groupings_haveTheirRows_data();
    void reportSla_groupings_haveTheirRows();
    void reportSla_badArguments_failWithOneLine_data();
    void reportSla_badArguments_failWithOneLine();
    void reportSla_demo_everyConversationHasOneFirstResponseAndOneCycle();

private:
    Run cli(const QStringList &arguments) const
    {
        return runCli(QString::fromUtf8(TORGET_CLI_PATH), m_envRoot, arguments, english, {});
    }
    Run on(const QString &db, const char *words, const QStringList &more = {}) const
    {
        return cli(QStringList{u"--db"_s, db} + TorgetTest::words(words) + more);
    }
    QString casePath(const QString &name) const { return QDir(m_case->path()).filePath(name); }

    QTemporaryDir m_base;
    std::unique_ptr<QTemporaryDir> m_case;
    QString m_envRoot;
    QString m_fixtureDb; // the report fixture: read by the report tests (each copies it)
    QString m_demoDb;
    ReportFixtureIds m_ids;
};

void TestCliSla::initTestCase()
{
    QVERIFY(m_base.isValid());
    QVERIFY2(QFileInfo(QString::fromUtf8(TORGET_CLI_PATH)).isExecutable(), TORGET_CLI_PATH);
    m_envRoot = m_base.filePath(u"env"_s);
    for (const char *sub : {"home", "config", "data"})
        QVERIFY(QDir(m_envRoot).mkpath(QString::fromLatin1(sub)));
    m_fixtureDb = m_base.filePath(u"fixture.sqlite"_s);
    {
        auto db = Torget::Database::openSqlite(m_fixtureDb);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error()));
        const QString error = writeReportFixture(**db, m_ids);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    m_demoDb = m_base.filePath(u"demo.sqlite"_s);
    CLI_SUCCEEDS(on(m_demoDb, "demo --conversations 400 --seed 7 --until", {demoUntil}));
}

void TestCliSla::init()
{
    m_case = std::make_unique<QTemporaryDir>(m_base.filePath(u"case-XXXXXX"_s));
    QVERIFY(m_case->isValid());
}

void TestCliSla::holidays_2026_json_listsTheTwelveDatesInOrder()
{
    const Run r = cli(words("calendar holidays 2026 --format json"));
    QJsonArray array;
    CLI_JSON_ARRAY(r, array);
    QStringList dates;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), (QStringList{u"date"_s, u"name"_s}));
        QVERIFY2(!o.value(u"name"_s).toString().isEmpty(), qPrintable(compact(o)));
        dates << o.value(u"date"_s).toString();
    }
    QCOMPARE(dates, (QStringList{u"2026-01-01"_s, u"2026-04-02"_s, u"2026-04-03"_s, u"2026-04-05"_s,
                                 u"2026-04-06"_s, u"2026-05-01"_s, u"2026-05-14"_s, u"2026-05-17"_s,
                                 u"2026-05-24"_s, u"2026-05-25"_s, u"2026-12-25"_s, u"2026-12-26"_s}));
    QCOMPARE(array.at(0).toObject().value(u"name"_s).toString(), u"New Year's Day"_s);
}

void TestCliSla::holidays_badYear_failsWithOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("before 1900") << words("calendar holidays 1899 --format json");
    QTest::newRow("after 2200") << words("calendar holidays 2201 --format json");
    QTest::newRow("not a number") << words("calendar holidays twenty --format json");
    QTest::newRow("no year") << words("calendar holidays --format json");
    QTest::newRow("bad format") << words("calendar holidays 2026 --format xml");
    QTest::newRow("unknown subcommand") << words("calendar weeks 2026");
}

void TestCliSla::holidays_badYear_failsWithOneLine()
{
    QFETCH(QStringList, args);
    CLI_FAILS_WITH_ONE_LINE(cli(args), 2);
}

void TestCliSla::due_json_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("due");

    const auto due = [](const QString &from, int minutes, bool calendar = false) {
        QStringList a{u"calendar"_s, u"due"_s, u"--from"_s, from, u"--minutes"_s, QString::number(minutes)};
        if (calendar)
            a << u"--calendar-time"_s;
        return a << u"--format"_s << u"json"_s;
    };
    QTest::newRow("Friday 15:20 + 30")
        << due(u"2026-03-13T15:20:00+01:00"_s, 30) << u"2026-03-16T08:20:00+01:00"_s;
    QTest::newRow("over the spring switch")
        << due(u"2026-03-27T15:20:00+01:00"_s, 30) << u"2026-03-30T08:20:00+02:00"_s;
    QTest::newRow("over the autumn switch")
        << due(u"2026-10-23T15:20:00+02:00"_s, 30) << u"2026-10-26T08:20:00+01:00"_s;
    QTest::newRow("reduced day 24 December")
        << due(u"2026-12-24T11:50:00+01:00"_s, 30) << u"2026-12-28T08:20:00+01:00"_s;
    QTest::newRow("before opening") << due(u"2026-03-10T06:00:00+01:00"_s, 90)
                                    << u"2026-03-10T09:30:00+01:00"_s;
    QTest::newRow("calendar time over the spring switch")
        << due(u"2026-03-28T12:00:00+01:00"_s, 1440, true) << u"2026-03-29T13:00:00+02:00"_s;
    QTest::newRow("no offset: Oslo time")
        << due(u"2026-03-10T10:00:00"_s, 60) << u"2026-03-10T11:00:00+01:00"_s;
    QTest::newRow("in UTC") << due(u"2026-06-16T06:00:00Z"_s, 60) << u"2026-06-16T09:00:00+02:00"_s;
}

void TestCliSla::due_json()
{
    QFETCH(QStringList, args);
    QFETCH(QString, due);
    const Run r = cli(args);
    CLI_SUCCEEDS(r);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.keys(), QStringList{u"due"_s});
    QVERIFY(isoWithOffset().match(o.value(u"due"_s).toString()).hasMatch());
    QCOMPARE(o.value(u"due"_s).toString(), due);
}

void TestCliSla::due_badArguments_failWithOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no --from") << words("calendar due --minutes 30 --format json");
    QTest::newRow("no --minutes") << words("calendar due --from 2026-03-10T10:00:00+01:00 --format json");
    QTest::newRow("bad time") << words("calendar due --from yesterday --minutes 30 --format json");
    QTest::newRow("negative minutes")
        << words("calendar due --from 2026-03-10T10:00:00+01:00 --minutes -5 --format json");
    QTest::newRow("unknown option") << words(
        "calendar due --from 2026-03-10T10:00:00+01:00 --minutes 5 --weeks 2");
}

void TestCliSla::due_badArguments_failWithOneLine()
{
    QFETCH(QStringList, args);
    CLI_FAILS_WITH_ONE_LINE(cli(args), 2);
}

void TestCliSla::calendar_exportImport_roundTrip_andDueFollowsTheImportedCalendar()
{
    const QString db = casePath(u"calendar.sqlite"_s);
    const QString first = casePath(u"first.json"_s);
    CLI_SUCCEEDS(on(db, "calendar export", {first}));
    auto doc = QJsonDocument::fromJson(readFile(first)).object();
    QCOMPARE(doc.value(u"format"_s).toString(), u"torget-calendar"_s);
    // A second version from 2026-03-11: 10:00–14:00 on weekdays.
    QJsonArray versions = doc.value(u"versions"_s).toArray();
    QJsonObject later = versions.at(0).toObject();
    later.insert(u"validFrom"_s, u"2026-03-11"_s);
    later.insert(u"seasons"_s, QJsonArray());
    QJsonObject week;
    for (const char *d : {"mon", "tue", "wed", "thu", "fri"})
        week.insert(QString::fromLatin1(d), QJsonArray{u"10:00-14:00"_s});
    week.insert(u"sat"_s, QJsonArray());
    week.insert(u"sun"_s, QJsonArray());
    later.insert(u"weekly"_s, week);
    versions.append(later);
    doc.insert(u"versions"_s, versions);
    const QString changed = casePath(u"changed.json"_s);
    QVERIFY(writeFile(changed, QJsonDocument(doc).toJson()));
    const Run imported = on(db, "calendar import", {changed});
    CLI_SUCCEEDS(imported);
    QVERIFY2(imported.outText().contains(u"calendar version"_s) && mentionsNumber(imported.outText(), 2),
             qPrintable(imported.describe()));
    // Exported again: what was imported.
    const QString second = casePath(u"second.json"_s);
    CLI_SUCCEEDS(on(db, "calendar export", {second}));
    QCOMPARE(QJsonDocument::fromJson(readFile(second)).object(), doc);
    // The database's calendar decides the deadline; without --db, the default one does.
    const Run withDb = on(db, "calendar due --from 2026-03-12T09:00:00+01:00 --minutes 60 --format json");
    CLI_SUCCEEDS(withDb);
    QCOMPARE(QJsonDocument::fromJson(withDb.out).object().value(u"due"_s).toString(),
             u"2026-03-12T11:00:00+01:00"_s);
    const Run before = on(db, "calendar due --from 2026-03-10T09:00:00+01:00 --minutes 60 --format json");
    QCOMPARE(QJsonDocument::fromJson(before.out).object().value(u"due"_s).toString(),
             u"2026-03-10T10:00:00+01:00"_s);
    const Run without =
        cli(words("calendar due --from 2026-03-12T09:00:00+01:00 --minutes 60 --format json"));
    QCOMPARE(QJsonDocument::fromJson(without.out).object().value(u"due"_s).toString(),
             u"2026-03-12T10:00:00+01:00"_s);
}

void TestCliSla::calendar_importBadFile_changesNothing()
{
    const QString db = casePath(u"calendar.sqlite"_s);
    const QString bad = casePath(u"bad.json"_s);
    QVERIFY(writeFile(bad, R"({"format": "torget-calendar", "formatVersion": 1, "versions": [
        {"validFrom": "2026-01-01", "weekly": {"mon": ["09:00-08:00"]}}]})"));
    const Run r = on(db, "calendar import", {bad});
    CLI_FAILS_WITH_ONE_LINE(r, 1);
    QVERIFY2(r.errText().contains(u"versions[0].weekly.mon[0]"_s), qPrintable(r.describe()));
    const Run due = on(db, "calendar due --from 2026-03-09T09:00:00+01:00 --minutes 60 --format json");
    QCOMPARE(QJsonDocument::fromJson(due.out).object().value(u"due"_s).toString(),
             u"2026-03-09T10:00:00+01:00"_s);
    CLI_FAILS_WITH_ONE_LINE(on(db, "calendar import", {casePath(u"missing.json"_s)}), 1);
}

void TestCliSla::reportSla_json_byChannel_matchesHandComputedFigures()
{
    const QString db = casePath(u"report.sqlite"_s);
    QVERIFY(QFile::copy(m_fixtureDb, db));
    const Run r = on(db, "report sla --from 2026-03-09 --to 2026-03-16 --by channel --format json");
    CLI_SUCCEEDS(r);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(u"from"_s).toString(), u"2026-03-09"_s);
    QCOMPARE(doc.value(u"to"_s).toString(), u"2026-03-16"_s);
    const QJsonArray rows = doc.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject fb = rows.at(0).toObject();
    QCOMPARE(fb.value(u"key"_s).toString(), u"facebook"_s);
    const QJsonObject first = fb.value(u"first"_s).toObject();
    QCOMPARE(first.value(u"count"_s).toInt(), 4);
    QCOMPARE(first.value(u"open"_s).toInt(), 1);
    QCOMPARE(first.value(u"median_business_minutes"_s).toDouble(), 20.0);
    QCOMPARE(first.value(u"p90_business_minutes"_s).toDouble(), 50.0);
    QCOMPARE(first.value(u"mean_business_minutes"_s).toDouble(), 30.0);
    QCOMPARE(first.value(u"median_calendar_minutes"_s).toDouble(), 20.0);
    QCOMPARE(first.value(u"p90_calendar_minutes"_s).toDouble(), 1040.0);
    QCOMPARE(first.value(u"mean_calendar_minutes"_s).toDouble(), 277.5);
    QCOMPARE(first.value(u"same_day_share"_s).toDouble(), 0.75);
    // c6 (due Wednesday 11 March 11:00) counts as missed once that time has passed.
    const bool c6Late =
        QDateTime::currentDateTimeUtc() > QDateTime::fromString(u"2026-03-11T11:00:00+01:00"_s, Qt::ISODate);
    QCOMPARE(first.value(u"within_target_share"_s).toDouble(), c6Late ? 0.6 : 0.75);
    const QJsonObject mail = rows.at(1).toObject().value(u"first"_s).toObject();
    QCOMPARE(mail.value(u"median_business_minutes"_s).toDouble(), 510.0);
    QCOMPARE(mail.value(u"median_calendar_minutes"_s).toDouble(), 1500.0);
    QCOMPARE(mail.value(u"within_target_share"_s).toDouble(), 0.0);
    QCOMPARE(doc.value(u"total"_s)
                 .toObject()
                 .value(u"first"_s)
                 .toObject()
                 .value(u"median_business_minutes"_s)
                 .toDouble(),
             40.0);
    const QJsonArray arrivals = doc.value(u"heatmap"_s).toObject().value(u"arrivals"_s).toArray();
    QCOMPARE(arrivals.size(), 7);
    QCOMPARE(arrivals.at(0).toArray().at(15).toInt(), 1); // c3, Monday 15:00
    QList<int> backlog;
    for (const QJsonValue &v : doc.value(u"backlog"_s).toArray())
        backlog << v.toObject().value(u"open"_s).toInt();
    QCOMPARE(backlog, (QList<int>{2, 4, 5, 5, 5, 5, 5}));
}

void TestCliSla::reportSla_csv_byChannel_matchesHandComputedFigures()
{
    const QString db = casePath(u"report.sqlite"_s);
    QVERIFY(QFile::copy(m_fixtureDb, db));
    const Run r = on(db, "report sla --from 2026-03-09 --to 2026-03-16 --by channel --format csv");
    CLI_SUCCEEDS(r);
    const QStringList lines = nonEmptyLines(r.outText());
    QCOMPARE(lines.size(), 10);
    QCOMPARE(lines[0],
             u"group,label,clock,count,open,unanswered,median_business_minutes,p90_business_minutes,"
             u"mean_business_minutes,median_calendar_minutes,p90_calendar_minutes,mean_calendar_minutes,"
             u"targeted,within_target,within_target_share,same_day,same_day_share"_s);
    const bool c6Late =
        QDateTime::currentDateTimeUtc() > QDateTime::fromString(u"2026-03-11T11:00:00+01:00"_s, Qt::ISODate);
    QCOMPARE(
        lines[1],
        c6Late
            ? u"facebook,Facebook,first,4,1,0,20.00,50.00,30.00,20.00,1040.00,277.50,5,3,0.6000,3,0.7500"_s
            : u"facebook,Facebook,first,4,1,0,20.00,50.00,30.00,20.00,1040.00,277.50,4,3,0.7500,3,0.7500"_s);
    QCOMPARE(lines[2],
             u"facebook,Facebook,next,1,0,0,30.00,30.00,30.00,30.00,30.00,30.00,1,1,1.0000,1,1.0000"_s);
    QCOMPARE(lines[4],
             u"email,E-mail,first,1,0,0,510.00,510.00,510.00,1500.00,1500.00,1500.00,1,0,0.0000,0,0.0000"_s);
    QVERIFY(lines[7].startsWith(u"total,All,first,5,1,0,40.00,510.00,126.00,40.00,1500.00,522.00,"_s));
}

void TestCliSla::reportSla_groupings_haveTheirRows_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("agent") << u"agent"_s << u"2026-03-16"_s << QStringList{u"ANNE"_s, u"BJORN"_s, u"none"_s};
    QTest::newRow("week") << u"week"_s << u"2026-03-23"_s << QStringList{u"2026-W11"_s, u"2026-W12"_s};
    QTest::newRow("month") << u"month"_s << u"2026-05-01"_s << QStringList{u"2026-03"_s, u"2026-04"_s};
}

void TestCliSla::reportSla_groupings_haveTheirRows()
{
    QFETCH(QString, by);
    QFETCH(QString, to);
    QFETCH(QStringList, keys);
    keys.replaceInStrings(u"ANNE"_s, QString::number(m_ids.anne));
    keys.replaceInStrings(u"BJORN"_s, QString::number(m_ids.bjorn));
    const QString db = casePath(u"report.sqlite"_s);
    QVERIFY(QFile::copy(m_fixtureDb, db));
    const Run r = cli({u"--db"_s, db, u"report"_s, u"sla"_s, u"--from"_s, u"2026-03-09"_s, u"--to"_s, to,
                       u"--by"_s, by, u"--format"_s, u"json"_s});
    CLI_SUCCEEDS(r);
    QStringList got;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(u"rows"_s).toArray())
        got << v.toObject().value(u"key"_s).toString();
    QCOMPARE(got, keys);
}

void TestCliSla::reportSla_badArguments_failWithOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("by day") << words("report sla --from 2026-03-09 --to 2026-03-16 --by day --format json");
    QTest::newRow("to before from") << words(
        "report sla --from 2026-03-16 --to 2026-03-09 --by channel --format json");
    QTest::newRow("same day") << words(
        "report sla --from 2026-03-09 --to 2026-03-09 --by channel --format json");
    QTest::newRow("not a date") << words(
        "report sla --from 9.3.2026 --to 2026-03-16 --by channel --format json");
    QTest::newRow("no --to") << words("report sla --from 2026-03-09 --by channel --format json");
    QTest::newRow("table format") << words(
        "report sla --from 2026-03-09 --to 2026-03-16 --by channel --format table");
    QTest::newRow("unknown report") << words("report speed --from 2026-03-09");
}

void TestCliSla::reportSla_badArguments_failWithOneLine()
{
    QFETCH(QStringList, args);
    CLI_FAILS_WITH_ONE_LINE(on(casePath(u"empty.sqlite"_s), "", args), 2);
}

void TestCliSla::reportSla_demo_everyConversationHasOneFirstResponseAndOneCycle()
{
    // The demo never reopens: each of its 400 conversations starts one first response and one cycle.
    const QString db = casePath(u"demo.sqlite"_s);
    QVERIFY(QFile::copy(m_demoDb, db));
    const Run r = on(db, "report sla --from 2025-01-01 --to 2027-01-01 --by month --format json");
    CLI_SUCCEEDS(r);
    const QJsonObject total = QJsonDocument::fromJson(r.out).object().value(u"total"_s).toObject();
    const auto all = [&](const char *kind) {
        const QJsonObject m = total.value(QString::fromLatin1(kind)).toObject();
        return m.value(u"count"_s).toInt() + m.value(u"open"_s).toInt() + m.value(u"unanswered"_s).toInt();
    };
    QCOMPARE(all("first"), 400);
    QCOMPARE(all("resolution"), 400);
    QVERIFY(all("next") > 0);
    const QJsonObject first = total.value(u"first"_s).toObject();
    QVERIFY(first.value(u"median_business_minutes"_s).toDouble() > 0);
    QVERIFY(first.value(u"p90_business_minutes"_s).toDouble() >=
            first.value(u"median_business_minutes"_s).toDouble());
    // `report refresh` recomputes the same facts: the report does not change.
    const Run refreshed = on(db, "report refresh");
    CLI_SUCCEEDS(refreshed);
    QVERIFY2(mentionsNumber(refreshed.outText(), 400), qPrintable(refreshed.describe()));
    const Run again = on(db, "report sla --from 2025-01-01 --to 2027-01-01 --by month --format json");
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"rows"_s),
             QJsonDocument::fromJson(r.out).object().value(u"rows"_s));
}

QTEST_GUILESS_MAIN(TestCliSla)
#include "tst_cli_sla.moc"
