// End-to-end tests of `torget-cli report maturity` and `torget-cli classify`: the real executable on a
// real demo database, with a clean environment (see clirunner.h).

#include "clirunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TorgetTest;

namespace {

QString objectProblem(const Run &r, QJsonObject *object)
{
    if (const QString problem = successProblem(r); !problem.isEmpty())
        return problem;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return u"stdout is not a JSON object"_s + r.describe();
    *object = doc.object();
    return {};
}

int levelRank(const QString &level)
{
    return QStringList{u"none"_s, u"presence"_s, u"mobilization"_s, u"dialog"_s}.indexOf(level);
}

} // namespace

#define CLI_JSON_OBJECT(run, object)                                                                         \
    do {                                                                                                     \
        const QString why_ = objectProblem((run), &(object));                                                \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                          \
    } while (false)

class TestCliMaturity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void classify_json_givesClassAndTheWordsThatDecided_data();
    void classify_json_givesClassAndTheWordsThatDecided();
    void classify_wrongUsage_failsWithOneLineAndExitCode2_data();
    void classify_wrongUsage_failsWithOneLineAndExitCode2();

    void reportMaturity_json_everyMonthHasALevelAndTheDemoClimbs();
    void reportMaturity_json_levelFollowsItsCriteria();
    void reportMaturity_byQuarter_givesQuarters();
    void reportMaturity_csv_headerThenOneRowPerPeriodAndChannel();
    void reportMaturity_channel_onlyThatChannel();
    void reportMaturity_output_doesNotDependOnMachineTimeZone();
    void reportMaturity_help_namesTheCommand();
    void reportMaturity_wrongUsage_failsWithOneLineAndExitCode2_data();
    void reportMaturity_wrongUsage_failsWithOneLineAndExitCode2();

private:
    Run cli(const QStringList &arguments, const QStringList &extraEnvironment = {}) const
    {
        return runCli(QString::fromUtf8(TORGET_CLI_PATH), m_envRoot, arguments, english, extraEnvironment);
    }
    Run report(const QStringList &more, const QStringList &extraEnvironment = {}) const
    {
        return cli(QStringList{u"--db"_s, m_demoDb, u"report"_s, u"maturity"_s} + more, extraEnvironment);
    }

    QTemporaryDir m_base;
    QString m_envRoot;
    QString m_demoDb; // 3000 conversations, seed 3, 15 months up to demoUntil
};

void TestCliMaturity::initTestCase()
{
    QVERIFY(m_base.isValid());
    QVERIFY2(QFileInfo(QString::fromUtf8(TORGET_CLI_PATH)).isExecutable(), TORGET_CLI_PATH);
    m_envRoot = m_base.filePath(u"env"_s);
    QVERIFY(QDir(m_envRoot).mkpath(u"home"_s) && QDir(m_envRoot).mkpath(u"config"_s) &&
            QDir(m_envRoot).mkpath(u"data"_s));
    m_demoDb = m_base.filePath(u"demo.sqlite"_s);
    CLI_SUCCEEDS(cli({u"--db"_s, m_demoDb, u"demo"_s, u"--conversations"_s, u"3000"_s, u"--seed"_s, u"3"_s,
                      u"--until"_s, demoUntil}));
}

void TestCliMaturity::classify_json_givesClassAndTheWordsThatDecided_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedClass");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("matched");
    QTest::newRow("bokmål sign-up") << u"Meld deg på dugnad i parken lørdag!"_s << u"mobilization"_s
                                    << u"sign-up"_s << u"Meld deg på"_s;
    QTest::newRow("nynorsk question") << u"Kva meiner du om den nye leikeplassen?"_s << u"dialog"_s
                                      << u"opinion-question"_s << u"Kva meiner du"_s;
    QTest::newRow("english news") << u"The library is closed on Monday."_s << u"information"_s << QString()
                                  << QString();
}

void TestCliMaturity::classify_json_givesClassAndTheWordsThatDecided()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedClass);
    QFETCH(QString, rule);
    QFETCH(QString, matched);
    QJsonObject o;
    CLI_JSON_OBJECT(cli({u"classify"_s, u"--text"_s, text, u"--format"_s, u"json"_s}), o);
    QCOMPARE(o.value(u"class"_s).toString(), expectedClass);
    const QJsonArray reasons = o.value(u"reasons"_s).toArray();
    if (rule.isEmpty()) {
        QVERIFY(reasons.isEmpty());
        return;
    }
    bool found = false;
    for (const QJsonValue &v : reasons) {
        const QJsonObject r = v.toObject();
        QVERIFY(r.value(u"weight"_s).toDouble() > 0);
        QVERIFY(!r.value(u"description"_s).toString().isEmpty());
        if (r.value(u"rule"_s).toString() == rule) {
            found = true;
            QCOMPARE(r.value(u"matched"_s).toString(), matched);
            QCOMPARE(r.value(u"towards"_s).toString(), expectedClass);
        }
    }
    QVERIFY2(found, qPrintable(compact(o)));
}

void TestCliMaturity::classify_wrongUsage_failsWithOneLineAndExitCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no text") << QStringList{u"classify"_s, u"--format"_s, u"json"_s};
    QTest::newRow("csv") << QStringList{u"classify"_s, u"--text"_s, u"Hei"_s, u"--format"_s, u"csv"_s};
    QTest::newRow("unknown option") << QStringList{u"classify"_s, u"--txt"_s, u"Hei"_s};
}

void TestCliMaturity::classify_wrongUsage_failsWithOneLineAndExitCode2()
{
    QFETCH(QStringList, arguments);
    CLI_FAILS_WITH_ONE_LINE(cli(arguments), 2);
}

void TestCliMaturity::reportMaturity_json_everyMonthHasALevelAndTheDemoClimbs()
{
    QJsonObject o;
    CLI_JSON_OBJECT(report({u"--from"_s, u"2025-09-01"_s, u"--to"_s, u"2026-10-31"_s, u"--by"_s, u"month"_s,
                            u"--format"_s, u"json"_s}),
                    o);
    QCOMPARE(o.value(u"by"_s).toString(), u"month"_s);
    const QJsonArray periods = o.value(u"periods"_s).toArray();
    QCOMPARE(periods.size(), 14);
    QCOMPARE(periods.first().toObject().value(u"period"_s).toString(), u"2025-09"_s);
    QCOMPARE(periods.last().toObject().value(u"period"_s).toString(), u"2026-10"_s);
    int early = 0;
    int late = 0;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const QJsonObject p = periods.at(i).toObject();
        const int rank = levelRank(p.value(u"level"_s).toString());
        QVERIFY2(rank >= 0, qPrintable(compact(p)));
        const QJsonObject in = p.value(u"indicators"_s).toObject();
        QVERIFY(in.value(u"posts"_s).toInteger() > 30); // about 3.5 own posts a weekday
        QVERIFY(in.value(u"reply_rate"_s).toDouble() > 0.5);
        QVERIFY(in.value(u"distinct_citizens"_s).toInteger() > 0);
        QVERIFY(!p.value(u"channels"_s).toArray().isEmpty());
        if (i < 3)
            early += rank;
        if (i >= periods.size() - 3)
            late += rank;
    }
    // The demo's own posts move from information towards mobilization and dialog.
    QVERIFY2(late > early, qPrintable(u"early %1, late %2"_s.arg(early).arg(late)));
    const QJsonObject first = periods.first().toObject().value(u"indicators"_s).toObject();
    const QJsonObject last = periods.last().toObject().value(u"indicators"_s).toObject();
    QVERIFY(last.value(u"dialog_share"_s).toDouble() > first.value(u"dialog_share"_s).toDouble());
}

void TestCliMaturity::reportMaturity_json_levelFollowsItsCriteria()
{
    QJsonObject o;
    CLI_JSON_OBJECT(report({u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-06-30"_s, u"--by"_s, u"month"_s,
                            u"--format"_s, u"json"_s}),
                    o);
    for (const QJsonValue &v : o.value(u"periods"_s).toArray()) {
        const QJsonObject p = v.toObject();
        // The level is the highest one whose criteria, and those of every level below, are all met.
        int reached = 0;
        for (int level = 1; level <= 3; ++level) {
            bool all = true;
            for (const QJsonValue &c : p.value(u"criteria"_s).toArray()) {
                if (levelRank(c.toObject().value(u"level"_s).toString()) == level)
                    all = all && c.toObject().value(u"met"_s).toBool();
            }
            if (!all)
                break;
            reached = level;
        }
        QCOMPARE(levelRank(p.value(u"level"_s).toString()), reached);
    }
}

void TestCliMaturity::reportMaturity_byQuarter_givesQuarters()
{
    QJsonObject o;
    CLI_JSON_OBJECT(report({u"--from"_s, u"2025-10-01"_s, u"--to"_s, u"2026-09-30"_s, u"--by"_s, u"quarter"_s,
                            u"--format"_s, u"json"_s}),
                    o);
    QStringList keys;
    for (const QJsonValue &v : o.value(u"periods"_s).toArray())
        keys << v.toObject().value(u"period"_s).toString();
    QCOMPARE(keys, (QStringList{u"2025-Q4"_s, u"2026-Q1"_s, u"2026-Q2"_s, u"2026-Q3"_s}));
}

void TestCliMaturity::reportMaturity_csv_headerThenOneRowPerPeriodAndChannel()
{
    const Run r = report({u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s, u"--by"_s, u"month"_s,
                          u"--format"_s, u"csv"_s});
    CLI_SUCCEEDS(r);
    const QStringList lines = r.outText().split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 3, qPrintable(r.describe()));
    QVERIFY(lines[0].startsWith(u"period,start,end,channel,level,posts,information,mobilization,dialog"_s));
    QVERIFY(lines[1].startsWith(u"2026-01,2026-01-01,2026-01-31,all,"_s));
    QStringList periodsWithAll;
    const int columns = lines[0].count(u',');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QCOMPARE(lines[i].count(u','), columns);
        const QStringList cells = lines[i].split(u',');
        if (cells[3] == u"all"_s)
            periodsWithAll << cells[0];
        else
            QCOMPARE(cells[0], periodsWithAll.last()); // channel rows follow their period's "all" row
    }
    QCOMPARE(periodsWithAll, (QStringList{u"2026-01"_s, u"2026-02"_s, u"2026-03"_s}));
}

void TestCliMaturity::reportMaturity_channel_onlyThatChannel()
{
    QJsonObject o;
    CLI_JSON_OBJECT(report({u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s, u"--by"_s, u"month"_s,
                            u"--channel"_s, u"mastodon"_s, u"--format"_s, u"json"_s}),
                    o);
    QCOMPARE(o.value(u"channel"_s).toString(), u"mastodon"_s);
    const QJsonArray channels =
        o.value(u"periods"_s).toArray().at(0).toObject().value(u"channels"_s).toArray();
    QCOMPARE(channels.size(), 1);
    QCOMPARE(channels.at(0).toObject().value(u"channel"_s).toString(), u"mastodon"_s);
}

void TestCliMaturity::reportMaturity_output_doesNotDependOnMachineTimeZone()
{
    const QStringList args{u"--from"_s, u"2026-02-01"_s, u"--to"_s,     u"2026-04-30"_s,
                           u"--by"_s,   u"month"_s,      u"--format"_s, u"csv"_s};
    const Run oslo = report(args, {u"TZ=Europe/Oslo"_s});
    const Run newYork = report(args, {u"TZ=America/New_York"_s});
    CLI_SUCCEEDS(oslo);
    CLI_SUCCEEDS(newYork);
    QCOMPARE(newYork.outText(), oslo.outText());
}

void TestCliMaturity::reportMaturity_help_namesTheCommand()
{
    const Run r = report({u"--help"_s});
    CLI_SUCCEEDS(r);
    QVERIFY2(r.outText().contains(u"torget-cli [--db PATH] report maturity"_s), qPrintable(r.describe()));
    QVERIFY(r.outText().contains(u"--by"_s));
}

void TestCliMaturity::reportMaturity_wrongUsage_failsWithOneLineAndExitCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --to") << QStringList{u"--from"_s, u"2026-01-01"_s, u"--format"_s, u"json"_s};
    QTest::newRow("not a date") << QStringList{u"--from"_s, u"01.01.2026"_s, u"--to"_s, u"2026-02-01"_s};
    QTest::newRow("backwards") << QStringList{u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-02-01"_s};
    QTest::newRow("by week") << QStringList{u"--from"_s,     u"2026-01-01"_s, u"--to"_s,
                                            u"2026-02-01"_s, u"--by"_s,       u"week"_s};
    QTest::newRow("table") << QStringList{u"--from"_s,     u"2026-01-01"_s, u"--to"_s,
                                          u"2026-02-01"_s, u"--format"_s,   u"table"_s};
    QTest::newRow("unknown channel") << QStringList{u"--from"_s,     u"2026-01-01"_s, u"--to"_s,
                                                    u"2026-02-01"_s, u"--channel"_s,  u"myspace"_s};
}

void TestCliMaturity::reportMaturity_wrongUsage_failsWithOneLineAndExitCode2()
{
    QFETCH(QStringList, arguments);
    CLI_FAILS_WITH_ONE_LINE(report(arguments), 2);
}

QTEST_GUILESS_MAIN(TestCliMaturity)
#include "tst_cli_maturity.moc"
