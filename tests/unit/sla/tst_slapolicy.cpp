#include "sla/businesscalendar.h"
#include "sla/slapolicy.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Torget;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Torget::SlaPolicy::Preset)
Q_DECLARE_METATYPE(Torget::ResponseKind)
Q_DECLARE_METATYPE(Torget::Channel)
Q_DECLARE_METATYPE(Torget::Priority)
Q_DECLARE_METATYPE(Torget::TargetUnit)
Q_DECLARE_METATYPE(Torget::SlaTarget)

namespace {

QString iso(qint64 t)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(t, QTimeZone(QByteArrayLiteral("Europe/Oslo")));
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestSlaPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetFor_presets_data();
    void targetFor_presets();
    void targetFor_mostSpecificRuleWins();
    void dueFrom_units_data();
    void dueFrom_units();
    void extend_byPause_data();
    void extend_byPause();
    void json_roundTrip_everyPreset_data();
    void json_roundTrip_everyPreset();
    void fromJson_badRule_namesIt_data();
    void fromJson_badRule_namesIt();
    void presets_haveNamesAndKeys();
};

void TestSlaPolicy::targetFor_presets_data()
{
    QTest::addColumn<SlaPolicy::Preset>("preset");
    QTest::addColumn<ResponseKind>("kind");
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<Priority>("priority");
    QTest::addColumn<bool>("hasTarget");
    QTest::addColumn<int>("amount");
    QTest::addColumn<TargetUnit>("unit");
    QTest::addColumn<bool>("sameDay");

    using P = SlaPolicy::Preset;
    using K = ResponseKind;
    using U = TargetUnit;
    QTest::newRow("Sarpsborg Facebook first")
        << P::Sarpsborg << K::First << Channel::Facebook << Priority::Normal << true << 120
        << U::BusinessMinutes << true;
    QTest::newRow("Sarpsborg Mastodon next") << P::Sarpsborg << K::Next << Channel::Mastodon << Priority::Low
                                             << true << 120 << U::BusinessMinutes << true;
    QTest::newRow("Sarpsborg Instagram urgent")
        << P::Sarpsborg << K::First << Channel::Instagram << Priority::Urgent << true << 60
        << U::BusinessMinutes << true;
    QTest::newRow("Sarpsborg e-mail first: 1 working day")
        << P::Sarpsborg << K::First << Channel::Email << Priority::Normal << true << 1 << U::WorkingDays
        << false;
    QTest::newRow("Sarpsborg e-mail urgent: still 1 working day")
        << P::Sarpsborg << K::First << Channel::Email << Priority::Urgent << true << 1 << U::WorkingDays
        << false;
    QTest::newRow("Sarpsborg resolution") << P::Sarpsborg << K::Resolution << Channel::Facebook
                                          << Priority::Normal << true << 5 << U::WorkingDays << false;
    QTest::newRow("E-post Facebook first") << P::Email << K::First << Channel::Facebook << Priority::Normal
                                           << true << 1 << U::WorkingDays << false;
    QTest::newRow("forvaltningsloven first: one month")
        << P::Forvaltningsloven << K::First << Channel::Email << Priority::Normal << true << 1
        << U::CalendarMonths << false;
    QTest::newRow("forvaltningsloven resolution: none")
        << P::Forvaltningsloven << K::Resolution << Channel::Email << Priority::Normal << false << 0
        << U::BusinessMinutes << false;
    QTest::newRow("offentleglova first: 1 working day")
        << P::Offentleglova << K::First << Channel::Email << Priority::Normal << true << 1 << U::WorkingDays
        << false;
    QTest::newRow("offentleglova decision: 5 working days")
        << P::Offentleglova << K::Resolution << Channel::Email << Priority::Normal << true << 5
        << U::WorkingDays << false;
}

void TestSlaPolicy::targetFor_presets()
{
    QFETCH(SlaPolicy::Preset, preset);
    QFETCH(ResponseKind, kind);
    QFETCH(Channel, channel);
    QFETCH(Priority, priority);
    QFETCH(bool, hasTarget);
    QFETCH(int, amount);
    QFETCH(TargetUnit, unit);
    QFETCH(bool, sameDay);
    const auto target = SlaPolicy::preset(preset).targetFor(kind, channel, priority);
    QCOMPARE(target.has_value(), hasTarget);
    if (!hasTarget)
        return;
    QCOMPARE(target->amount, amount);
    QCOMPARE(target->unit, unit);
    QCOMPARE(target->sameOpeningDay, sameDay);
}

void TestSlaPolicy::targetFor_mostSpecificRuleWins()
{
    SlaPolicy p;
    const SlaTarget a{10, TargetUnit::BusinessMinutes, false};
    const SlaTarget b{20, TargetUnit::BusinessMinutes, false};
    const SlaTarget c{30, TargetUnit::BusinessMinutes, false};
    const SlaTarget d{40, TargetUnit::BusinessMinutes, false};
    // Listed from most to least specific: the order must not matter.
    p.rules = {{ResponseKind::First, {Channel::X}, {Priority::High}, d},
               {ResponseKind::First, {Channel::X}, {}, c},
               {ResponseKind::First, {}, {Priority::High}, b},
               {ResponseKind::First, {}, {}, a}};
    QVERIFY(p.targetFor(ResponseKind::First, Channel::X, Priority::High) == d);
    QVERIFY(p.targetFor(ResponseKind::First, Channel::X, Priority::Low) == c);
    QVERIFY(p.targetFor(ResponseKind::First, Channel::Email, Priority::High) == b);
    QVERIFY(p.targetFor(ResponseKind::First, Channel::Email, Priority::Low) == a);
    QVERIFY(!p.targetFor(ResponseKind::Next, Channel::Email, Priority::Low));
    // Equally specific: the later rule wins.
    p.rules.push_back({ResponseKind::First, {}, {}, d});
    QVERIFY(p.targetFor(ResponseKind::First, Channel::Email, Priority::Low) == d);
}

void TestSlaPolicy::dueFrom_units_data()
{
    QTest::addColumn<SlaTarget>("target");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<QString>("due");

    QTest::newRow("2 business hours") << SlaTarget{120, TargetUnit::BusinessMinutes, false}
                                      << ms("2026-03-10T14:45:00+01:00") << u"2026-03-11T09:15:00+01:00"_s;
    QTest::newRow("2 business hours, same opening day: closing caps it")
        << SlaTarget{120, TargetUnit::BusinessMinutes, true} << ms("2026-03-10T14:45:00+01:00")
        << u"2026-03-10T15:30:00+01:00"_s;
    QTest::newRow("same opening day, arrived at night: next day's hours")
        << SlaTarget{120, TargetUnit::BusinessMinutes, true} << ms("2026-03-10T21:00:00+01:00")
        << u"2026-03-11T10:00:00+01:00"_s;
    QTest::newRow("zero business minutes: the next opening")
        << SlaTarget{0, TargetUnit::BusinessMinutes, false} << ms("2026-03-14T12:00:00+01:00")
        << u"2026-03-16T08:00:00+01:00"_s;
    QTest::newRow("calendar minutes over the spring switch")
        << SlaTarget{24 * 60, TargetUnit::CalendarMinutes, false} << ms("2026-03-28T12:00:00+01:00")
        << u"2026-03-29T13:00:00+02:00"_s;
    QTest::newRow("1 working day") << SlaTarget{1, TargetUnit::WorkingDays, false}
                                   << ms("2026-03-13T10:00:00+01:00") << u"2026-03-16T10:00:00+01:00"_s;
    QTest::newRow("5 working days over Easter")
        << SlaTarget{5, TargetUnit::WorkingDays, false} << ms("2026-03-30T09:00:00+02:00")
        << u"2026-04-09T09:00:00+02:00"_s;
    QTest::newRow("1 month, local time kept over DST")
        << SlaTarget{1, TargetUnit::CalendarMonths, false} << ms("2026-03-10T10:00:00+01:00")
        << u"2026-04-10T10:00:00+02:00"_s;
    QTest::newRow("1 month from 31 January")
        << SlaTarget{1, TargetUnit::CalendarMonths, false} << ms("2026-01-31T10:00:00+01:00")
        << u"2026-02-28T10:00:00+01:00"_s;
}

void TestSlaPolicy::dueFrom_units()
{
    QFETCH(SlaTarget, target);
    QFETCH(qint64, start);
    QFETCH(QString, due);
    QCOMPARE(iso(target.dueFrom(BusinessCalendar(), start)), due);
}

void TestSlaPolicy::extend_byPause_data()
{
    QTest::addColumn<SlaTarget>("target");
    QTest::addColumn<QString>("due");

    // Due Tuesday 15:00; paused for 60 business minutes and 20 hours of wall-clock time.
    QTest::newRow("business time moves by open time")
        << SlaTarget{1, TargetUnit::BusinessMinutes, false} << u"2026-03-11T08:30:00+01:00"_s;
    QTest::newRow("working days move by open time")
        << SlaTarget{1, TargetUnit::WorkingDays, false} << u"2026-03-11T08:30:00+01:00"_s;
    QTest::newRow("calendar time moves by wall-clock time")
        << SlaTarget{1, TargetUnit::CalendarMinutes, false} << u"2026-03-11T11:00:00+01:00"_s;
}

void TestSlaPolicy::extend_byPause()
{
    QFETCH(SlaTarget, target);
    QFETCH(QString, due);
    QCOMPARE(iso(target.extend(BusinessCalendar(), ms("2026-03-10T15:00:00+01:00"), 60 * 60 * 1000,
                               20 * 60 * 60 * 1000LL)),
             due);
}

void TestSlaPolicy::json_roundTrip_everyPreset_data()
{
    QTest::addColumn<SlaPolicy::Preset>("preset");
    for (SlaPolicy::Preset p : SlaPolicy::presets())
        QTest::newRow(qPrintable(SlaPolicy::presetKey(p))) << p;
}

void TestSlaPolicy::json_roundTrip_everyPreset()
{
    QFETCH(SlaPolicy::Preset, preset);
    SlaPolicy p = SlaPolicy::preset(preset);
    p.soonMinutes = 45;
    auto back = SlaPolicy::fromJson(p.toJson());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error()));
    QVERIFY(*back == p);
}

void TestSlaPolicy::fromJson_badRule_namesIt_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("mentions");
    const auto rules = [](const QJsonObject &rule) {
        return QJsonObject{{u"rules"_s, QJsonArray{QJsonObject{{u"kind"_s, u"first"_s}}, rule}}};
    };
    QTest::newRow("unknown kind") << rules({{u"kind"_s, u"second"_s}}) << u"Rule 2"_s;
    QTest::newRow("unknown channel") << rules({{u"kind"_s, u"next"_s},
                                               {u"channels"_s, QJsonArray{u"myspace"_s}}})
                                     << u"myspace"_s;
    QTest::newRow("unknown priority")
        << rules({{u"kind"_s, u"next"_s}, {u"priorities"_s, QJsonArray{u"asap"_s}}}) << u"asap"_s;
    QTest::newRow("unknown unit") << rules({{u"kind"_s, u"next"_s},
                                            {u"target"_s,
                                             QJsonObject{{u"amount"_s, 1}, {u"unit"_s, u"weeks"_s}}}})
                                  << u"unit"_s;
    QTest::newRow("negative amount")
        << rules({{u"kind"_s, u"next"_s},
                  {u"target"_s, QJsonObject{{u"amount"_s, -5}, {u"unit"_s, u"business_minutes"_s}}}})
        << u"amount"_s;
    QTest::newRow("target a number") << rules({{u"kind"_s, u"next"_s}, {u"target"_s, 30}}) << u"target"_s;
    QTest::newRow("soon negative") << QJsonObject{{u"soonMinutes"_s, -1}} << u"soonMinutes"_s;
}

void TestSlaPolicy::fromJson_badRule_namesIt()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, mentions);
    const auto result = SlaPolicy::fromJson(json);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(mentions), qPrintable(result.error()));
}

void TestSlaPolicy::presets_haveNamesAndKeys()
{
    QStringList keys;
    for (SlaPolicy::Preset p : SlaPolicy::presets()) {
        const SlaPolicy policy = SlaPolicy::preset(p);
        QVERIFY(!policy.name.isEmpty());
        QCOMPARE(policy.id, SlaPolicy::presetKey(p));
        QCOMPARE(policy.soonMinutes, 30);
        keys << policy.id;
    }
    QCOMPARE(keys, (QStringList{u"sarpsborg"_s, u"email"_s, u"forvaltningsloven"_s, u"offentleglova"_s}));
    QVERIFY(!SlaTarget({120, TargetUnit::BusinessMinutes, true}).describe().isEmpty());
}

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"
