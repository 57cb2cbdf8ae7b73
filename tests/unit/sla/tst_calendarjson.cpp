#include "sla/calendarjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Torget;
using namespace Qt::StringLiterals;

namespace {

// A calendar with every feature the format has: two versions, a season over New Year, split hours,
// a reduced day by date and one by Easter, a closure and a one-off day with other hours.
std::vector<CalendarVersion> richCalendar()
{
    CalendarVersion old = BusinessCalendar::defaultVersion();
    old.name = u"Før 2026"_s;
    CalendarVersion v;
    v.validFrom = QDate(2026, 1, 1);
    v.name = u"Fra 2026 – æøå"_s;
    v.publicHolidays = true;
    for (int d = 0; d < 5; ++d)
        v.weekly.days[static_cast<std::size_t>(d)] = {{8 * 60, 11 * 60 + 30}, {12 * 60, 15 * 60 + 30}};
    v.weekly.days[5] = {{10 * 60, 14 * 60}};
    SeasonHours winter;
    winter.name = u"Vinter"_s;
    winter.fromMonth = 12;
    winter.fromDay = 1;
    winter.toMonth = 2;
    winter.toDay = 29;
    winter.hours.days[0] = {{9 * 60, 24 * 60}};
    v.seasons.push_back(winter);
    v.reducedDays.push_back({u"Julaften"_s, 12, 24, std::nullopt, {{8 * 60, 12 * 60}}});
    v.reducedDays.push_back({u"Onsdag før skjærtorsdag"_s, 0, 0, -4, {{8 * 60, 12 * 60}}});
    v.exceptions.push_back({QDate(2026, 6, 19), u"Personaldag"_s, {}});
    v.exceptions.push_back({QDate(2026, 8, 14), u"Kort dag"_s, {{9 * 60, 13 * 60}}});
    return {old, v};
}

QByteArray withVersion(const char *versionJson)
{
    return QByteArray(
               R"({"format": "torget-calendar", "formatVersion": 1, "timeZone": "Europe/Oslo", "versions": [)") +
           versionJson + "]}";
}

} // namespace

class TestCalendarJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_everyFeature_givesTheSameCalendar();
    void roundTrip_defaultCalendar_givesTheSameHours();
    void toJson_writesTheDocumentedFormat();
    void fromJson_badInput_namesThePlaceAndTheProblem_data();
    void fromJson_badInput_namesThePlaceAndTheProblem();
    void fromJson_weekdayLeftOut_isClosed();
};

void TestCalendarJson::roundTrip_everyFeature_givesTheSameCalendar()
{
    const auto calendar = richCalendar();
    const QByteArray json = CalendarJson::toJson(calendar);
    auto back = CalendarJson::fromJson(json);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error()));
    QCOMPARE(back->size(), calendar.size());
    for (std::size_t i = 0; i < calendar.size(); ++i)
        QVERIFY2((*back)[i] == calendar[i], qPrintable(QStringLiteral("version %1 differs").arg(i)));
    // And the same text again: nothing is lost or reordered on a second trip.
    QCOMPARE(CalendarJson::toJson(*back), json);
}

void TestCalendarJson::roundTrip_defaultCalendar_givesTheSameHours()
{
    const BusinessCalendar original;
    auto back = CalendarJson::fromJson(CalendarJson::toJson(original.versions()));
    QVERIFY(back.ok());
    const BusinessCalendar read(*back);
    for (QDate d(2025, 1, 1); d.year() < 2028; d = d.addDays(1))
        QCOMPARE(read.day(d).hours, original.day(d).hours);
}

void TestCalendarJson::toJson_writesTheDocumentedFormat()
{
    const QJsonObject doc = QJsonDocument::fromJson(CalendarJson::toJson(richCalendar())).object();
    QCOMPARE(doc.value(u"format"_s).toString(), u"torget-calendar"_s);
    QCOMPARE(doc.value(u"formatVersion"_s).toInt(), 1);
    QCOMPARE(doc.value(u"timeZone"_s).toString(), u"Europe/Oslo"_s);
    const QJsonObject v = doc.value(u"versions"_s).toArray().at(1).toObject();
    QCOMPARE(v.value(u"validFrom"_s).toString(), u"2026-01-01"_s);
    QCOMPARE(v.value(u"weekly"_s).toObject().value(u"mon"_s).toArray(),
             QJsonArray({u"08:00-11:30"_s, u"12:00-15:30"_s}));
    QCOMPARE(v.value(u"weekly"_s).toObject().value(u"sun"_s).toArray(), QJsonArray());
    QCOMPARE(v.value(u"seasons"_s).toArray().at(0).toObject().value(u"from"_s).toString(), u"12-01"_s);
    QCOMPARE(v.value(u"seasons"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"weekly"_s)
                 .toObject()
                 .value(u"mon"_s)
                 .toArray(),
             QJsonArray({u"09:00-24:00"_s}));
    QCOMPARE(v.value(u"reducedDays"_s).toArray().at(1).toObject().value(u"easterOffset"_s).toInt(), -4);
    QCOMPARE(v.value(u"closures"_s).toArray().at(0).toObject().value(u"date"_s).toString(), u"2026-06-19"_s);
}

void TestCalendarJson::fromJson_badInput_namesThePlaceAndTheProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringList{u"not valid JSON"_s};
    QTest::newRow("an array") << QByteArray("[]") << QStringList{u"JSON object"_s};
    QTest::newRow("another format") << QByteArray(R"({"format": "ical", "formatVersion": 1, "versions": []})")
                                    << QStringList{u"not a Torget calendar"_s};
    QTest::newRow("newer format")
        << QByteArray(R"({"format": "torget-calendar", "formatVersion": 2, "versions": []})")
        << QStringList{u"newer Torget"_s, u"2"_s};
    QTest::newRow("other time zone")
        << QByteArray(
               R"({"format": "torget-calendar", "formatVersion": 1, "timeZone": "Europe/Berlin", "versions": [{}]})")
        << QStringList{u"Europe/Berlin"_s, u"Europe/Oslo"_s};
    QTest::newRow("no versions")
        << QByteArray(R"({"format": "torget-calendar", "formatVersion": 1, "versions": []})")
        << QStringList{u"no versions"_s};
    QTest::newRow("missing validFrom")
        << withVersion(R"({"weekly": {}})") << QStringList{u"versions[0].validFrom"_s};
    QTest::newRow("impossible date") << withVersion(R"({"validFrom": "2026-02-30", "weekly": {}})")
                                     << QStringList{u"versions[0].validFrom"_s};
    QTest::newRow("hours not a span")
        << withVersion(R"({"validFrom": "2026-01-01", "weekly": {"mon": ["8-15"]}})")
        << QStringList{u"versions[0].weekly.mon[0]"_s, u"8-15"_s};
    QTest::newRow("minute 60") << withVersion(
                                      R"({"validFrom": "2026-01-01", "weekly": {"tue": ["08:60-15:00"]}})")
                               << QStringList{u"versions[0].weekly.tue[0]"_s};
    QTest::newRow("closes before it opens")
        << withVersion(R"({"validFrom": "2026-01-01", "weekly": {"wed": ["15:00-08:00"]}})")
        << QStringList{u"versions[0].weekly.wed[0]"_s, u"closes before it opens"_s};
    QTest::newRow("overlapping spans")
        << withVersion(R"({"validFrom": "2026-01-01", "weekly": {"thu": ["08:00-12:00", "11:00-15:00"]}})")
        << QStringList{u"versions[0].weekly.thu[1]"_s, u"overlaps"_s};
    QTest::newRow("not a weekday") << withVersion(R"({"validFrom": "2026-01-01", "weekly": {"man": []}})")
                                   << QStringList{u"\"man\""_s};
    QTest::newRow("hours not a list")
        << withVersion(R"({"validFrom": "2026-01-01", "weekly": {"fri": "08:00-15:30"}})")
        << QStringList{u"versions[0].weekly.fri"_s};
    QTest::newRow("bad season day")
        << withVersion(
               R"({"validFrom": "2026-01-01", "weekly": {}, "seasons": [{"from": "02-30", "to": "03-01", "weekly": {}}]})")
        << QStringList{u"versions[0].seasons[0]"_s};
    QTest::newRow("reduced day without a date")
        << withVersion(R"({"validFrom": "2026-01-01", "weekly": {}, "reducedDays": [{"hours": []}]})")
        << QStringList{u"versions[0].reducedDays[0]"_s, u"easterOffset"_s};
    QTest::newRow("closure without a date")
        << withVersion(R"({"validFrom": "2026-01-01", "weekly": {}, "closures": [{"name": "x"}]})")
        << QStringList{u"versions[0].closures[0]"_s};
    QTest::newRow("two versions from the same day")
        << withVersion(
               R"({"validFrom": "2026-01-01", "weekly": {}}, {"validFrom": "2026-01-01", "weekly": {}})")
        << QStringList{u"versions[1]"_s, u"2026-01-01"_s};
}

void TestCalendarJson::fromJson_badInput_namesThePlaceAndTheProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    const auto result = CalendarJson::fromJson(json);
    QVERIFY(!result.ok());
    for (const QString &m : mentions)
        QVERIFY2(result.error().contains(m), qPrintable(result.error() + u" lacks "_s + m));
}

void TestCalendarJson::fromJson_weekdayLeftOut_isClosed()
{
    const auto result = CalendarJson::fromJson(
        withVersion(R"({"validFrom": "2026-01-01", "weekly": {"mon": ["09:00-10:00"]}})"));
    QVERIFY(result.ok());
    QCOMPARE(result->front().weekly.days[0], (DayHours{{9 * 60, 10 * 60}}));
    QVERIFY(result->front().weekly.days[1].empty());
    QVERIFY(result->front().publicHolidays); // the default when left out
}

QTEST_GUILESS_MAIN(TestCalendarJson)
#include "tst_calendarjson.moc"
