#include "sla/holidays.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Torget;

class TestHolidays final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easterSunday_matchesTable_data();
    void easterSunday_matchesTable();
    void easterSunday_isAlwaysASundayBetween22MarchAnd25April();

    void publicHolidays_2026_hasExactlyTheTwelveLegalDates();
    void publicHolidays_2025_hasExactlyTheTwelveLegalDates();
    void publicHolidays_everyHolidayHasAName();

    void isPublicHoliday_rules_data();
    void isPublicHoliday_rules();
    void isPublicHoliday_agreesWithPublicHolidays();

    void defaultOpeningHours_rules_data();
    void defaultOpeningHours_rules();
};

// Expected dates come from published Easter tables, each cross-checked with python-dateutil's
// easter() (EASTER_WESTERN), an implementation independent of the one under test.
void TestHolidays::easterSunday_matchesTable_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("1583 first full Gregorian year") << 1583 << QDate(1583, 4, 10);
    QTest::newRow("1818 earliest possible (22 Mar)") << 1818 << QDate(1818, 3, 22);
    QTest::newRow("1900 century, not leap") << 1900 << QDate(1900, 4, 15);
    QTest::newRow("1943 latest possible (25 Apr)") << 1943 << QDate(1943, 4, 25);
    QTest::newRow("1954") << 1954 << QDate(1954, 4, 18);
    QTest::newRow("2000 century, leap") << 2000 << QDate(2000, 4, 23);
    QTest::newRow("2008 early") << 2008 << QDate(2008, 3, 23);
    QTest::newRow("2011 late") << 2011 << QDate(2011, 4, 24);
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025 (DOMAIN.md)") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026 (DOMAIN.md)") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027 (DOMAIN.md)") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2038") << 2038 << QDate(2038, 4, 25);
    QTest::newRow("2100 century, not leap") << 2100 << QDate(2100, 3, 28);
    QTest::newRow("2200") << 2200 << QDate(2200, 4, 6);
    QTest::newRow("2285 earliest possible again") << 2285 << QDate(2285, 3, 22);
    QTest::newRow("2400 century, leap") << 2400 << QDate(2400, 4, 16);
    QTest::newRow("4099") << 4099 << QDate(4099, 4, 19);
}

void TestHolidays::easterSunday_matchesTable()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(Holidays::easterSunday(year), expected);
}

void TestHolidays::easterSunday_isAlwaysASundayBetween22MarchAnd25April()
{
    for (int year = 1583; year <= 3000; ++year) {
        const QDate easter = Holidays::easterSunday(year);
        QVERIFY2(easter.isValid(), qPrintable(QString::number(year)));
        QCOMPARE(easter.year(), year);
        QCOMPARE(easter.dayOfWeek(), 7);
        QVERIFY2(easter >= QDate(year, 3, 22) && easter <= QDate(year, 4, 25), qPrintable(easter.toString()));
    }
}

static QList<QDate> holidayDates(int year)
{
    QList<QDate> dates;
    for (const auto &h : Holidays::publicHolidays(year))
        dates << h.date;
    std::sort(dates.begin(), dates.end());
    return dates;
}

void TestHolidays::publicHolidays_2026_hasExactlyTheTwelveLegalDates()
{
    const QList<QDate> expected{
        QDate(2026, 1, 1),  // nyttårsdag
        QDate(2026, 4, 2),  // skjærtorsdag
        QDate(2026, 4, 3),  // langfredag
        QDate(2026, 4, 5),  // 1. påskedag
        QDate(2026, 4, 6),  // 2. påskedag
        QDate(2026, 5, 1),  // 1. mai
        QDate(2026, 5, 14), // Kristi himmelfartsdag
        QDate(2026, 5, 17), // grunnlovsdagen
        QDate(2026, 5, 24), // 1. pinsedag
        QDate(2026, 5, 25), // 2. pinsedag
        QDate(2026, 12, 25), QDate(2026, 12, 26),
    };
    QCOMPARE(holidayDates(2026), expected);
}

void TestHolidays::publicHolidays_2025_hasExactlyTheTwelveLegalDates()
{
    const QList<QDate> expected{
        QDate(2025, 1, 1),  QDate(2025, 4, 17), QDate(2025, 4, 18),  QDate(2025, 4, 20),
        QDate(2025, 4, 21), QDate(2025, 5, 1),  QDate(2025, 5, 17),  QDate(2025, 5, 29),
        QDate(2025, 6, 8),  QDate(2025, 6, 9),  QDate(2025, 12, 25), QDate(2025, 12, 26),
    };
    QCOMPARE(holidayDates(2025), expected);
}

void TestHolidays::publicHolidays_everyHolidayHasAName()
{
    QSet<QString> names;
    for (const auto &h : Holidays::publicHolidays(2026)) {
        QVERIFY2(!h.name.trimmed().isEmpty(), qPrintable(h.date.toString(Qt::ISODate)));
        names.insert(h.name);
    }
    QCOMPARE(names.size(), 12);
}

void TestHolidays::isPublicHoliday_rules_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("holiday");

    QTest::newRow("17 May on a Sunday (2026)") << QDate(2026, 5, 17) << true;
    QTest::newRow("no substitute: Monday 18 May 2026") << QDate(2026, 5, 18) << false;
    QTest::newRow("17 May on a Saturday (2025)") << QDate(2025, 5, 17) << true;
    QTest::newRow("no substitute: Sunday 18 May 2025") << QDate(2025, 5, 18) << false;
    QTest::newRow("no substitute: Monday 19 May 2025") << QDate(2025, 5, 19) << false;
    QTest::newRow("Christmas on a Saturday (2027)") << QDate(2027, 12, 25) << true;
    QTest::newRow("no substitute: Monday 27 Dec 2027") << QDate(2027, 12, 27) << false;
    QTest::newRow("skjærtorsdag 2026") << QDate(2026, 4, 2) << true;
    QTest::newRow("langfredag 2026") << QDate(2026, 4, 3) << true;
    QTest::newRow("påskeaften is not a holiday") << QDate(2026, 4, 4) << false;
    QTest::newRow("2. påskedag 2026") << QDate(2026, 4, 6) << true;
    QTest::newRow("Wednesday before skjærtorsdag") << QDate(2026, 4, 1) << false;
    QTest::newRow("Ascension 2026") << QDate(2026, 5, 14) << true;
    QTest::newRow("Ascension 2027") << QDate(2027, 5, 6) << true;
    QTest::newRow("Whit Monday 2027") << QDate(2027, 5, 17) << true;
    QTest::newRow("pinseaften is not a holiday") << QDate(2026, 5, 23) << false;
    QTest::newRow("julaften is not a holiday") << QDate(2026, 12, 24) << false;
    QTest::newRow("nyttårsaften is not a holiday") << QDate(2026, 12, 31) << false;
    QTest::newRow("1 January") << QDate(2026, 1, 1) << true;
    QTest::newRow("1 May") << QDate(2026, 5, 1) << true;
    QTest::newRow("an ordinary Tuesday") << QDate(2026, 3, 10) << false;
    QTest::newRow("an ordinary Sunday is no public holiday") << QDate(2026, 3, 15) << false;
    QTest::newRow("Easter Monday 2025 in April") << QDate(2025, 4, 21) << true;
    QTest::newRow("Easter Monday 2024 in April (Easter 31 Mar)") << QDate(2024, 4, 1) << true;
    QTest::newRow("Maundy Thursday 2024 in March") << QDate(2024, 3, 28) << true;
}

void TestHolidays::isPublicHoliday_rules()
{
    QFETCH(QDate, date);
    QFETCH(bool, holiday);
    QCOMPARE(Holidays::isPublicHoliday(date), holiday);
}

void TestHolidays::isPublicHoliday_agreesWithPublicHolidays()
{
    for (int year = 1990; year <= 2100; ++year) {
        const QList<QDate> list = holidayDates(year);
        QCOMPARE(list.size(), 12);
        int found = 0;
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            const bool inList = list.contains(d);
            if (Holidays::isPublicHoliday(d) != inList)
                QFAIL(qPrintable(QStringLiteral("%1: isPublicHoliday disagrees with publicHolidays")
                                     .arg(d.toString(Qt::ISODate))));
            found += inList ? 1 : 0;
        }
        // Two holidays can fall on one day (Whit Monday on 17 May in 2027), so count distinct dates.
        QCOMPARE(found, QSet<QDate>(list.begin(), list.end()).size());
    }
}

void TestHolidays::defaultOpeningHours_rules_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("open"); // invalid: closed
    QTest::addColumn<QTime>("close");

    const QTime eight(8, 0);
    const QTime normal(15, 30);
    const QTime summer(15, 0);
    const QTime noon(12, 0);

    QTest::newRow("normal Tuesday") << QDate(2026, 3, 10) << eight << normal;
    QTest::newRow("normal Friday in winter") << QDate(2026, 1, 16) << eight << normal;
    QTest::newRow("summer day 2026-06-16") << QDate(2026, 6, 16) << eight << summer;
    QTest::newRow("14 May 2025 (Wed): still normal") << QDate(2025, 5, 14) << eight << normal;
    QTest::newRow("15 May 2025 (Thu): summer starts") << QDate(2025, 5, 15) << eight << summer;
    QTest::newRow("14 May 2026 is Ascension: closed") << QDate(2026, 5, 14) << QTime() << QTime();
    QTest::newRow("15 May 2026 (Fri): summer") << QDate(2026, 5, 15) << eight << summer;
    QTest::newRow("14 Sep 2026 (Mon): last summer day") << QDate(2026, 9, 14) << eight << summer;
    QTest::newRow("15 Sep 2026 (Tue): normal again") << QDate(2026, 9, 15) << eight << normal;
    QTest::newRow("18 May 2026 (Mon after 17 May on Sunday): open") << QDate(2026, 5, 18) << eight << summer;
    QTest::newRow("24 Dec 2026 (Thu)") << QDate(2026, 12, 24) << eight << noon;
    QTest::newRow("24 Dec 2025 (Wed)") << QDate(2025, 12, 24) << eight << noon;
    QTest::newRow("31 Dec 2026 (Thu)") << QDate(2026, 12, 31) << eight << noon;
    QTest::newRow("23 Dec 2026 (Wed): normal") << QDate(2026, 12, 23) << eight << normal;
    QTest::newRow("24 Dec 2022 (Sat): closed") << QDate(2022, 12, 24) << QTime() << QTime();
    QTest::newRow("Wednesday before skjærtorsdag 2026") << QDate(2026, 4, 1) << eight << noon;
    QTest::newRow("Wednesday before skjærtorsdag 2025") << QDate(2025, 4, 16) << eight << noon;
    QTest::newRow("Tuesday before skjærtorsdag 2026: normal") << QDate(2026, 3, 31) << eight << normal;
    QTest::newRow("Saturday") << QDate(2026, 3, 14) << QTime() << QTime();
    QTest::newRow("Sunday") << QDate(2026, 3, 15) << QTime() << QTime();
    QTest::newRow("summer Saturday") << QDate(2026, 6, 20) << QTime() << QTime();
    QTest::newRow("skjærtorsdag") << QDate(2026, 4, 2) << QTime() << QTime();
    QTest::newRow("langfredag") << QDate(2026, 4, 3) << QTime() << QTime();
    QTest::newRow("2. påskedag") << QDate(2026, 4, 6) << QTime() << QTime();
    QTest::newRow("1 May on a Friday") << QDate(2026, 5, 1) << QTime() << QTime();
    QTest::newRow("2. pinsedag") << QDate(2026, 5, 25) << QTime() << QTime();
    QTest::newRow("1 January on a Thursday") << QDate(2026, 1, 1) << QTime() << QTime();
    QTest::newRow("Christmas Day on a Friday") << QDate(2026, 12, 25) << QTime() << QTime();
}

void TestHolidays::defaultOpeningHours_rules()
{
    QFETCH(QDate, date);
    QFETCH(QTime, open);
    QFETCH(QTime, close);

    const auto hours = Holidays::defaultOpeningHours(date);
    if (!open.isValid()) {
        QVERIFY2(!hours.has_value(), qPrintable(QStringLiteral("expected closed, got %1–%2")
                                                    .arg(hours ? hours->open.toString() : QString(),
                                                         hours ? hours->close.toString() : QString())));
        return;
    }
    QVERIFY2(hours.has_value(), "expected open, got closed");
    QCOMPARE(hours->open, open);
    QCOMPARE(hours->close, close);
}

QTEST_GUILESS_MAIN(TestHolidays)
#include "tst_holidays.moc"
