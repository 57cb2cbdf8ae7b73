#include "sla/businesscalendar.h"
#include "sla/holidays.h"

#include <QTest>
#include <QTimeZone>

using namespace Torget;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone oslo(QByteArrayLiteral("Europe/Oslo"));

// "2026-03-27T15:20:00+01:00": the offset is part of every expectation, so DST mistakes show.
QDateTime at(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t;
}

qint64 ms(const char *iso)
{
    return at(iso).toMSecsSinceEpoch();
}

QString iso(const QDateTime &t)
{
    const QDateTime local = t.toTimeZone(oslo);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString iso(qint64 t)
{
    return iso(QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()));
}

DayHours span(int openH, int openM, int closeH, int closeM)
{
    return {{openH * 60 + openM, closeH * 60 + closeM}};
}

// Open around the clock every day, no holidays: business time equals wall-clock time.
CalendarVersion roundTheClock(const QDate &from)
{
    CalendarVersion v;
    v.validFrom = from;
    v.name = QStringLiteral("24/7");
    v.publicHolidays = false;
    for (auto &d : v.weekly.days)
        d = {{0, 24 * 60}};
    return v;
}

} // namespace

class TestBusinessCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultCalendar_everyDay1900To2200_matchesDefaultOpeningHours();

    void addBusinessMinutes_defaultCalendar_data();
    void addBusinessMinutes_defaultCalendar();
    void businessMinutesBetween_defaultCalendar_data();
    void businessMinutesBetween_defaultCalendar();
    void businessMinutesBetween_eachDay_equalsThatDaysHours_data();
    void businessMinutesBetween_eachDay_equalsThatDaysHours();
    void addBusinessMinutes_inverseOfBusinessMinutesBetween();

    void nextOpeningAndIsOpen_data();
    void nextOpeningAndIsOpen();
    void sameWorkingDay_data();
    void sameWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void closeOfWorkingDay_isTheClosingOfTheDayTheClockStarts();

    void dstSwitchDays_roundTheClock_are23And25HoursLong_data();
    void dstSwitchDays_roundTheClock_are23And25HoursLong();
    void toLocalMs_agreesWithQtAcrossBothSwitches_data();
    void toLocalMs_agreesWithQtAcrossBothSwitches();

    void versions_eachDayUsesTheVersionValidThen();
    void versions_walkAcrossTheChangeUsesBoth();
    void versions_beforeTheFirst_useTheFirst();

    void oneOffClosureAndSplitHours_areHonoured();
    void seasonOverNewYear_wraps();

    void explain_weekend_namesTheWeekend();
    void explain_easter_namesEveryHolidayAndTheReducedDay();
    void explain_night_saysOutsideOpeningHours();
    void explain_arrivalOnAHoliday_startsWithTheClosedStretch();

    void outsideSupportedYears_isInvalid();
};

void TestBusinessCalendar::defaultCalendar_everyDay1900To2200_matchesDefaultOpeningHours()
{
    // Holidays::defaultOpeningHours is a separate, plain implementation of the same rules.
    const BusinessCalendar calendar;
    for (QDate d(1900, 1, 1); d.year() <= 2200; d = d.addDays(1)) {
        const DayInfo info = calendar.day(d);
        const auto expected = Holidays::defaultOpeningHours(d);
        if (!expected) {
            if (!info.hours.empty())
                QFAIL(qPrintable(d.toString(Qt::ISODate) + QStringLiteral(": expected closed")));
            continue;
        }
        if (info.hours.size() != 1 || info.hours[0].open != expected->open.msecsSinceStartOfDay() / 60000 ||
            info.hours[0].close != expected->close.msecsSinceStartOfDay() / 60000)
            QFAIL(qPrintable(d.toString(Qt::ISODate) + QStringLiteral(": hours differ")));
    }
}

void TestBusinessCalendar::addBusinessMinutes_defaultCalendar_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("due");

    QTest::newRow("in hours") << at("2026-03-10T10:00:00+01:00") << 45 << u"2026-03-10T10:45:00+01:00"_s;
    QTest::newRow("before opening: counts from 08:00")
        << at("2026-03-10T06:30:00+01:00") << 30 << u"2026-03-10T08:30:00+01:00"_s;
    QTest::newRow("at closing time: next morning")
        << at("2026-03-10T15:30:00+01:00") << 30 << u"2026-03-11T08:30:00+01:00"_s;
    QTest::newRow("a minute before closing")
        << at("2026-03-10T15:29:00+01:00") << 30 << u"2026-03-11T08:29:00+01:00"_s;
    QTest::newRow("ends exactly at closing: stays there")
        << at("2026-03-10T15:00:00+01:00") << 30 << u"2026-03-10T15:30:00+01:00"_s;
    QTest::newRow("Friday 15:20 + 30: Monday 08:20")
        << at("2026-03-13T15:20:00+01:00") << 30 << u"2026-03-16T08:20:00+01:00"_s;
    QTest::newRow("Saturday: Monday")
        << at("2026-03-14T11:00:00+01:00") << 30 << u"2026-03-16T08:30:00+01:00"_s;
    QTest::newRow("on a holiday (1 May, Friday)")
        << at("2026-05-01T10:00:00+02:00") << 30 << u"2026-05-04T08:30:00+02:00"_s;
    QTest::newRow("reduced day 24/12 11:50 + 30: after Christmas")
        << at("2026-12-24T11:50:00+01:00") << 30 << u"2026-12-28T08:20:00+01:00"_s;
    QTest::newRow("Wednesday before Maundy Thursday 11:50 + 30: Tuesday after Easter")
        << at("2026-04-01T11:50:00+02:00") << 30 << u"2026-04-07T08:20:00+02:00"_s;
    QTest::newRow("New Year's Eve into the new year")
        << at("2026-12-31T11:00:00+01:00") << 120 << u"2027-01-04T09:00:00+01:00"_s;
    QTest::newRow("14 May 2025 still normal hours")
        << at("2025-05-14T14:50:00+02:00") << 30 << u"2025-05-14T15:20:00+02:00"_s;
    QTest::newRow("15 May 2025 summer hours close 15:00")
        << at("2025-05-15T14:50:00+02:00") << 30 << u"2025-05-16T08:20:00+02:00"_s;
    QTest::newRow("14 Sep 2026 last summer day")
        << at("2026-09-14T14:50:00+02:00") << 30 << u"2026-09-15T08:20:00+02:00"_s;
    QTest::newRow("15 Sep 2026 normal hours again")
        << at("2026-09-15T14:50:00+02:00") << 30 << u"2026-09-15T15:20:00+02:00"_s;
    QTest::newRow("Ascension Thursday skipped")
        << at("2026-05-13T15:20:00+02:00") << 30 << u"2026-05-15T08:20:00+02:00"_s;
    QTest::newRow("17 May on Sunday: no substitute Monday")
        << at("2026-05-15T14:45:00+02:00") << 30 << u"2026-05-18T08:15:00+02:00"_s;
    QTest::newRow("DST spring switch over the weekend")
        << at("2026-03-27T15:20:00+01:00") << 30 << u"2026-03-30T08:20:00+02:00"_s;
    QTest::newRow("DST autumn switch over the weekend")
        << at("2026-10-23T15:20:00+02:00") << 30 << u"2026-10-26T08:20:00+01:00"_s;
    QTest::newRow("three whole days")
        << at("2026-03-09T08:00:00+01:00") << 3 * 450 << u"2026-03-11T15:30:00+01:00"_s;
    QTest::newRow("zero minutes: the start itself")
        << at("2026-03-14T11:00:00+01:00") << 0 << u"2026-03-14T11:00:00+01:00"_s;
    QTest::newRow("given in UTC") << at("2026-03-10T09:00:00Z") << 60 << u"2026-03-10T11:00:00+01:00"_s;
}

void TestBusinessCalendar::addBusinessMinutes_defaultCalendar()
{
    QFETCH(QDateTime, from);
    QFETCH(int, minutes);
    QFETCH(QString, due);
    const BusinessCalendar calendar;
    QCOMPARE(iso(calendar.addBusinessMinutes(from, minutes)), due);
}

void TestBusinessCalendar::businessMinutesBetween_defaultCalendar_data()
{
    QTest::addColumn<QDateTime>("a");
    QTest::addColumn<QDateTime>("b");
    QTest::addColumn<double>("minutes");

    QTest::newRow("same day") << at("2026-03-10T09:00:00+01:00") << at("2026-03-10T10:30:00+01:00") << 90.0;
    QTest::newRow("overnight") << at("2026-03-10T15:00:00+01:00") << at("2026-03-11T09:00:00+01:00") << 90.0;
    QTest::newRow("over the weekend")
        << at("2026-03-13T15:00:00+01:00") << at("2026-03-16T09:00:00+01:00") << 90.0;
    QTest::newRow("Easter week") << at("2026-04-01T10:00:00+02:00") << at("2026-04-07T10:00:00+02:00")
                                 << 240.0;
    QTest::newRow("night to night") << at("2026-03-10T20:00:00+01:00") << at("2026-03-11T22:00:00+01:00")
                                    << 450.0;
    QTest::newRow("within a closed stretch")
        << at("2026-03-14T09:00:00+01:00") << at("2026-03-15T12:00:00+01:00") << 0.0;
    QTest::newRow("reversed is negative")
        << at("2026-03-10T10:30:00+01:00") << at("2026-03-10T09:00:00+01:00") << -90.0;
    QTest::newRow("seconds count") << at("2026-03-10T09:00:00+01:00") << at("2026-03-10T09:00:30+01:00")
                                   << 0.5;
    QTest::newRow("year 2026 in full")
        << at("2026-01-01T00:00:00+01:00") << at("2027-01-01T00:00:00+01:00") << 110640.0;
}

void TestBusinessCalendar::businessMinutesBetween_defaultCalendar()
{
    QFETCH(QDateTime, a);
    QFETCH(QDateTime, b);
    QFETCH(double, minutes);
    const BusinessCalendar calendar;
    QCOMPARE(calendar.businessMinutesBetween(a, b), minutes);
}

void TestBusinessCalendar::businessMinutesBetween_eachDay_equalsThatDaysHours_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("1900") << 1900;
    QTest::newRow("1941 (summer time all year)") << 1941;
    QTest::newRow("2025") << 2025;
    QTest::newRow("2026") << 2026;
    QTest::newRow("2027") << 2027;
    QTest::newRow("2200") << 2200;
}

void TestBusinessCalendar::businessMinutesBetween_eachDay_equalsThatDaysHours()
{
    QFETCH(int, year);
    const BusinessCalendar calendar;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        const auto hours = Holidays::defaultOpeningHours(d);
        const double expected =
            hours ? (hours->close.msecsSinceStartOfDay() - hours->open.msecsSinceStartOfDay()) / 60000.0
                  : 0.0;
        const double got = calendar.businessMinutesBetween(QDateTime(d, QTime(0, 0), oslo),
                                                           QDateTime(d.addDays(1), QTime(0, 0), oslo));
        if (got != expected)
            QFAIL(qPrintable(QStringLiteral("%1: %2 minutes, expected %3")
                                 .arg(d.toString(Qt::ISODate))
                                 .arg(got)
                                 .arg(expected)));
    }
}

void TestBusinessCalendar::addBusinessMinutes_inverseOfBusinessMinutesBetween()
{
    const BusinessCalendar calendar;
    // Starts spread over two years (hourly, odd minutes); amounts from a minute to several weeks.
    qint64 start = ms("2025-12-01T00:07:00+01:00");
    const qint64 end = ms("2027-02-01T00:00:00+01:00");
    int checked = 0;
    for (int step = 0; start < end; start += 3 * 3600 * 1000 + 60 * 1000, ++step) {
        const qint64 amount = (1 + (step * 7919) % 20000) * 60 * 1000LL;
        const qint64 due = calendar.addBusinessMs(start, amount);
        if (calendar.businessMsBetween(start, due) != amount)
            QFAIL(qPrintable(QStringLiteral("from %1 + %2 min").arg(iso(start)).arg(amount / 60000)));
        // The earliest such time: a millisecond earlier is not enough.
        if (calendar.businessMsBetween(start, due - 1) >= amount)
            QFAIL(qPrintable(QStringLiteral("not the earliest: from %1").arg(iso(start))));
        ++checked;
    }
    QVERIFY(checked > 3000);
}

void TestBusinessCalendar::nextOpeningAndIsOpen_data()
{
    QTest::addColumn<QDateTime>("t");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QString>("next");

    QTest::newRow("opening instant") << at("2026-03-10T08:00:00+01:00") << true
                                     << u"2026-03-10T08:00:00+01:00"_s;
    QTest::newRow("closing instant is closed")
        << at("2026-03-10T15:30:00+01:00") << false << u"2026-03-11T08:00:00+01:00"_s;
    QTest::newRow("Saturday") << at("2026-03-14T10:00:00+01:00") << false << u"2026-03-16T08:00:00+01:00"_s;
    QTest::newRow("Good Friday") << at("2026-04-03T10:00:00+02:00") << false
                                 << u"2026-04-07T08:00:00+02:00"_s;
    QTest::newRow("24 Dec afternoon")
        << at("2026-12-24T13:00:00+01:00") << false << u"2026-12-28T08:00:00+01:00"_s;
    QTest::newRow("summer afternoon 15:10")
        << at("2026-06-16T15:10:00+02:00") << false << u"2026-06-17T08:00:00+02:00"_s;
    QTest::newRow("winter afternoon 15:10")
        << at("2026-02-17T15:10:00+01:00") << true << u"2026-02-17T15:10:00+01:00"_s;
    QTest::newRow("spring switch night")
        << at("2026-03-29T02:30:00+01:00") << false << u"2026-03-30T08:00:00+02:00"_s;
}

void TestBusinessCalendar::nextOpeningAndIsOpen()
{
    QFETCH(QDateTime, t);
    QFETCH(bool, open);
    QFETCH(QString, next);
    const BusinessCalendar calendar;
    QCOMPARE(calendar.isOpen(t), open);
    QCOMPARE(iso(calendar.nextOpening(t)), next);
}

void TestBusinessCalendar::sameWorkingDay_data()
{
    QTest::addColumn<QDateTime>("a");
    QTest::addColumn<QDateTime>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("answered in the evening")
        << at("2026-03-10T10:00:00+01:00") << at("2026-03-10T18:00:00+01:00") << true;
    QTest::newRow("arrived at night, answered next day")
        << at("2026-03-10T20:00:00+01:00") << at("2026-03-11T17:00:00+01:00") << true;
    QTest::newRow("answered the next morning")
        << at("2026-03-10T10:00:00+01:00") << at("2026-03-11T08:05:00+01:00") << false;
    QTest::newRow("Friday evening, answered Monday")
        << at("2026-03-13T16:00:00+01:00") << at("2026-03-16T10:00:00+01:00") << true;
    QTest::newRow("Friday evening, answered Tuesday")
        << at("2026-03-13T16:00:00+01:00") << at("2026-03-17T08:00:00+01:00") << false;
    QTest::newRow("Friday evening, answered Saturday")
        << at("2026-03-13T16:00:00+01:00") << at("2026-03-14T10:00:00+01:00") << true;
}

void TestBusinessCalendar::sameWorkingDay()
{
    QFETCH(QDateTime, a);
    QFETCH(QDateTime, b);
    QFETCH(bool, same);
    QCOMPARE(BusinessCalendar().sameWorkingDay(a, b), same);
}

void TestBusinessCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("due");

    QTest::newRow("Tuesday 10:00 + 1")
        << at("2026-03-10T10:00:00+01:00") << 1 << u"2026-03-11T10:00:00+01:00"_s;
    QTest::newRow("Friday 10:00 + 1")
        << at("2026-03-13T10:00:00+01:00") << 1 << u"2026-03-16T10:00:00+01:00"_s;
    QTest::newRow("Friday evening + 1: Monday is the first day")
        << at("2026-03-13T16:00:00+01:00") << 1 << u"2026-03-17T08:00:00+01:00"_s;
    QTest::newRow("into a reduced day: capped at its closing")
        << at("2026-12-22T14:00:00+01:00") << 2 << u"2026-12-24T12:00:00+01:00"_s;
    QTest::newRow("five working days over Easter")
        << at("2026-03-30T09:00:00+02:00") << 5 << u"2026-04-09T09:00:00+02:00"_s;
    QTest::newRow("summer evening") << at("2026-06-10T15:15:00+02:00") << 1 << u"2026-06-12T08:00:00+02:00"_s;
    QTest::newRow("zero: the next opening")
        << at("2026-03-14T10:00:00+01:00") << 0 << u"2026-03-16T08:00:00+01:00"_s;
}

void TestBusinessCalendar::addWorkingDays()
{
    QFETCH(QDateTime, from);
    QFETCH(int, days);
    QFETCH(QString, due);
    QCOMPARE(iso(BusinessCalendar().addWorkingDays(from.toMSecsSinceEpoch(), days)), due);
}

void TestBusinessCalendar::closeOfWorkingDay_isTheClosingOfTheDayTheClockStarts()
{
    const BusinessCalendar calendar;
    QCOMPARE(iso(calendar.closeOfWorkingDay(ms("2026-03-10T10:00:00+01:00"))),
             u"2026-03-10T15:30:00+01:00"_s);
    QCOMPARE(iso(calendar.closeOfWorkingDay(ms("2026-03-13T18:00:00+01:00"))),
             u"2026-03-16T15:30:00+01:00"_s);
    QCOMPARE(iso(calendar.closeOfWorkingDay(ms("2026-12-24T09:00:00+01:00"))),
             u"2026-12-24T12:00:00+01:00"_s);
    QCOMPARE(calendar.workingDayOf(ms("2026-04-02T09:00:00+02:00")), QDate(2026, 4, 7));
}

void TestBusinessCalendar::dstSwitchDays_roundTheClock_are23And25HoursLong_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<double>("minutes");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QString>("dayLater");

    QTest::newRow("spring: 29 March 2026")
        << QDate(2026, 3, 29) << 23 * 60.0 << at("2026-03-28T12:00:00+01:00")
        << u"2026-03-29T13:00:00+02:00"_s;
    QTest::newRow("autumn: 25 October 2026")
        << QDate(2026, 10, 25) << 25 * 60.0 << at("2026-10-24T12:00:00+02:00")
        << u"2026-10-25T11:00:00+01:00"_s;
}

void TestBusinessCalendar::dstSwitchDays_roundTheClock_are23And25HoursLong()
{
    QFETCH(QDate, day);
    QFETCH(double, minutes);
    QFETCH(QDateTime, from);
    QFETCH(QString, dayLater);
    const BusinessCalendar calendar({roundTheClock(QDate(1900, 1, 1))});
    QCOMPARE(calendar.businessMinutesBetween(QDateTime(day, QTime(0, 0), oslo),
                                             QDateTime(day.addDays(1), QTime(0, 0), oslo)),
             minutes);
    // 24 hours of open time from noon the day before: wall-clock time moved by the switch.
    QCOMPARE(iso(calendar.addBusinessMinutes(from, 24 * 60)), dayLater);
}

void TestBusinessCalendar::toLocalMs_agreesWithQtAcrossBothSwitches_data()
{
    QTest::addColumn<QDateTime>("t");
    QTest::newRow("before spring switch") << at("2026-03-29T01:59:00+01:00");
    QTest::newRow("after spring switch") << at("2026-03-29T03:00:00+02:00");
    QTest::newRow("first 02:30 in autumn") << at("2026-10-25T02:30:00+02:00");
    QTest::newRow("second 02:30 in autumn") << at("2026-10-25T02:30:00+01:00");
    QTest::newRow("New Year") << at("2027-01-01T00:00:00+01:00");
    QTest::newRow("1900") << at("1900-06-01T12:00:00+01:00");
}

void TestBusinessCalendar::toLocalMs_agreesWithQtAcrossBothSwitches()
{
    QFETCH(QDateTime, t);
    const BusinessCalendar calendar;
    const QDateTime local = t.toTimeZone(oslo);
    const qint64 expected = t.toMSecsSinceEpoch() + qint64(local.offsetFromUtc()) * 1000;
    QCOMPARE(calendar.toLocalMs(t.toMSecsSinceEpoch()), expected);
    QCOMPARE(calendar.localDate(t.toMSecsSinceEpoch()), local.date());
}

void TestBusinessCalendar::versions_eachDayUsesTheVersionValidThen()
{
    CalendarVersion later;
    later.validFrom = QDate(2026, 6, 1);
    later.name = QStringLiteral("Short days");
    for (int d = 0; d < 5; ++d)
        later.weekly.days[static_cast<std::size_t>(d)] = span(9, 0, 14, 0);
    const BusinessCalendar calendar({later, BusinessCalendar::defaultVersion()});
    QCOMPARE(calendar.versions().size(), std::size_t(2));
    QCOMPARE(calendar.versions().front().validFrom, QDate(1900, 1, 1)); // sorted
    QCOMPARE(calendar.versionFor(QDate(2026, 5, 31)).validFrom, QDate(1900, 1, 1));
    QCOMPARE(calendar.versionFor(QDate(2026, 6, 1)).name, u"Short days"_s);
    QVERIFY(calendar.isOpen(at("2026-05-26T08:30:00+02:00")));
    QVERIFY(!calendar.isOpen(at("2026-06-02T08:30:00+02:00")));
    QVERIFY(calendar.isOpen(at("2026-06-02T09:00:00+02:00")));
    // The new version keeps the public holidays of the old one by default.
    QVERIFY(!calendar.isOpen(at("2026-12-25T10:00:00+01:00")));
    QCOMPARE(
        calendar.businessMinutesBetween(at("2026-06-02T00:00:00+02:00"), at("2026-06-03T00:00:00+02:00")),
        300.0);
    QCOMPARE(
        calendar.businessMinutesBetween(at("2026-05-26T00:00:00+02:00"), at("2026-05-27T00:00:00+02:00")),
        420.0);
}

void TestBusinessCalendar::versions_walkAcrossTheChangeUsesBoth()
{
    CalendarVersion later;
    later.validFrom = QDate(2026, 6, 1);
    for (int d = 0; d < 5; ++d)
        later.weekly.days[static_cast<std::size_t>(d)] = span(9, 0, 14, 0);
    const BusinessCalendar calendar({BusinessCalendar::defaultVersion(), later});
    // Friday 29 May (summer hours, old version) 14:50 + 30: 10 minutes then Monday from 09:00.
    QCOMPARE(iso(calendar.addBusinessMinutes(at("2026-05-29T14:50:00+02:00"), 30)),
             u"2026-06-01T09:20:00+02:00"_s);
}

void TestBusinessCalendar::versions_beforeTheFirst_useTheFirst()
{
    CalendarVersion only = BusinessCalendar::defaultVersion();
    only.validFrom = QDate(2020, 1, 1);
    const BusinessCalendar calendar({only});
    QVERIFY(calendar.isOpen(at("2010-03-09T10:00:00+01:00")));
}

void TestBusinessCalendar::oneOffClosureAndSplitHours_areHonoured()
{
    CalendarVersion v = BusinessCalendar::defaultVersion();
    v.exceptions.push_back({QDate(2026, 3, 11), QStringLiteral("Staff day"), {}});
    v.exceptions.push_back(
        {QDate(2026, 3, 12), QStringLiteral("Lunch meeting"), {{8 * 60, 11 * 60}, {13 * 60, 15 * 60}}});
    const BusinessCalendar calendar({v});
    QVERIFY(!calendar.isOpen(at("2026-03-11T10:00:00+01:00")));
    QCOMPARE(calendar.day(QDate(2026, 3, 11)).kind, DayKind::Exception);
    QVERIFY(!calendar.isOpen(at("2026-03-12T12:00:00+01:00")));
    QCOMPARE(iso(calendar.addBusinessMinutes(at("2026-03-10T15:00:00+01:00"), 240)),
             u"2026-03-12T13:30:00+01:00"_s);
    QCOMPARE(
        calendar.businessMinutesBetween(at("2026-03-12T00:00:00+01:00"), at("2026-03-13T00:00:00+01:00")),
        300.0);
}

void TestBusinessCalendar::seasonOverNewYear_wraps()
{
    CalendarVersion v = BusinessCalendar::defaultVersion();
    SeasonHours winter;
    winter.name = QStringLiteral("Winter");
    winter.fromMonth = 12;
    winter.fromDay = 1;
    winter.toMonth = 2;
    winter.toDay = 28;
    for (int d = 0; d < 5; ++d)
        winter.hours.days[static_cast<std::size_t>(d)] = span(9, 0, 15, 0);
    v.seasons.insert(v.seasons.begin(), winter);
    const BusinessCalendar calendar({v});
    QCOMPARE(calendar.day(QDate(2026, 12, 2)).kind, DayKind::Season);
    QCOMPARE(calendar.day(QDate(2027, 1, 5)).hours, span(9, 0, 15, 0));
    QCOMPARE(calendar.day(QDate(2026, 3, 3)).kind, DayKind::Regular);
    // A reduced day still shortens a seasonal day.
    QCOMPARE(calendar.day(QDate(2026, 12, 24)).hours, span(8, 0, 12, 0));
}

void TestBusinessCalendar::explain_weekend_namesTheWeekend()
{
    const BusinessCalendar calendar;
    const auto spans = calendar.explain(ms("2026-03-13T15:00:00+01:00"), ms("2026-03-16T09:00:00+01:00"));
    QCOMPARE(spans.size(), std::size_t(1));
    QCOMPARE(iso(spans[0].from), u"2026-03-13T15:30:00+01:00"_s);
    QCOMPARE(iso(spans[0].to), u"2026-03-16T08:00:00+01:00"_s);
    QCOMPARE(spans[0].closedDays.size(), std::size_t(2));
    QVERIFY(!spans[0].early);
    const QString text = calendar.describe(spans[0]);
    QVERIFY2(text.contains(u"weekend"_s), qPrintable(text));
    QVERIFY2(text.startsWith(u"13.03.2026 15:30 – 16.03.2026 08:00"_s), qPrintable(text));
}

void TestBusinessCalendar::explain_easter_namesEveryHolidayAndTheReducedDay()
{
    const BusinessCalendar calendar;
    const auto spans = calendar.explain(ms("2026-03-31T10:00:00+02:00"), ms("2026-04-07T09:00:00+02:00"));
    QCOMPARE(spans.size(), std::size_t(2)); // Tuesday night, then Wednesday noon to Tuesday
    QVERIFY(spans[1].early.has_value());
    QCOMPARE(spans[1].early->kind, DayKind::Reduced);
    QCOMPARE(spans[1].closedDays.size(), std::size_t(5));
    const QString text = calendar.describe(spans[1]);
    for (const QString &name : {u"Wednesday before Maundy Thursday"_s, u"Maundy Thursday"_s, u"Good Friday"_s,
                                u"Easter Sunday"_s, u"Easter Monday"_s, u"weekend"_s, u"12:00"_s})
        QVERIFY2(text.contains(name), qPrintable(text + QStringLiteral(" lacks ") + name));
}

void TestBusinessCalendar::explain_night_saysOutsideOpeningHours()
{
    const BusinessCalendar calendar;
    const auto spans = calendar.explain(ms("2026-03-10T15:00:00+01:00"), ms("2026-03-11T09:00:00+01:00"));
    QCOMPARE(spans.size(), std::size_t(1));
    QVERIFY(spans[0].night);
    QVERIFY(spans[0].closedDays.empty());
    QVERIFY(calendar.describe(spans[0]).contains(u"outside opening hours"_s));
}

void TestBusinessCalendar::explain_arrivalOnAHoliday_startsWithTheClosedStretch()
{
    const BusinessCalendar calendar;
    const auto spans = calendar.explain(ms("2026-05-17T12:00:00+02:00"), ms("2026-05-18T10:00:00+02:00"));
    QCOMPARE(spans.size(), std::size_t(1));
    QCOMPARE(iso(spans[0].from), u"2026-05-17T12:00:00+02:00"_s);
    QCOMPARE(spans[0].closedDays.front().kind, DayKind::PublicHoliday);
    QVERIFY(calendar.describe(spans[0]).contains(u"Constitution Day"_s));
}

void TestBusinessCalendar::outsideSupportedYears_isInvalid()
{
    const BusinessCalendar calendar;
    QVERIFY(!calendar.addBusinessMinutes(at("2200-12-31T14:00:00+01:00"), 120).isValid());
    QCOMPARE(calendar.nextOpening(ms("2201-01-05T10:00:00+01:00")), BusinessCalendar::invalidTime);
    QVERIFY(!calendar.isOpen(at("1899-03-07T10:00:00+01:00")));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
