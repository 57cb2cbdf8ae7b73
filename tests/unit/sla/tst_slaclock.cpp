#include "sla/slaclock.h"

#include <QTest>
#include <QTimeZone>

using namespace Torget;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Torget::Channel)
Q_DECLARE_METATYPE(Torget::ConversationStatus)
Q_DECLARE_METATYPE(Torget::DeadlineState)

namespace {

const QTimeZone oslo(QByteArrayLiteral("Europe/Oslo"));

qint64 ms(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

// A conversation's history in short: "in@TIME", "out@TIME" (agent 7), "auto@TIME" (automatic
// acknowledgement), "platform@TIME" (a reply written on the platform: no agent),
// "status:open>waiting@TIME", "redirect@TIME". TIME is ISO 8601 with its offset.
SlaInput history(const QStringList &lines, Channel channel = Channel::Facebook,
                 ConversationStatus status = ConversationStatus::Open, Priority priority = Priority::Normal)
{
    SlaInput in;
    in.conversationId = 1;
    in.accountId = 1;
    in.channel = channel;
    in.priority = priority;
    in.status = status;
    qint64 id = 0;
    for (const QString &line : lines) {
        const QString what = line.section(u'@', 0, 0);
        const qint64 at = ms(line.section(u'@', 1));
        if (what.startsWith(u"status:"_s)) {
            SlaEvent e;
            e.at = at;
            e.type = SlaEvent::Type::StatusChange;
            e.from = *statusFromKey(what.mid(7).section(u'>', 0, 0));
            e.to = *statusFromKey(what.section(u'>', 1));
            e.agentId = 7;
            in.events.push_back(e);
            continue;
        }
        if (what == u"redirect"_s) {
            in.events.push_back(
                {at, SlaEvent::Type::Redirect, ConversationStatus::Open, ConversationStatus::Open, 7});
            continue;
        }
        SlaMessage m;
        m.id = ++id;
        m.at = at;
        m.direction = what == u"in"_s ? Direction::Inbound : Direction::Outbound;
        m.automatic = what == u"auto"_s;
        if (what == u"out"_s)
            m.agentId = 7;
        in.messages.push_back(m);
    }
    return in;
}

QString minutes(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 60000.0);
}

QString localTime(qint64 t)
{
    return QDateTime::fromMSecsSinceEpoch(t, oslo).toString(u"dd.MM HH:mm"_s);
}

// One item as "first done b=45 c=45 due=10.03 12:00 within=yes same=yes by=7".
QString describe(const SlaItem &item)
{
    static const char *ends[] = {"open", "done", "unanswered", "unknown"};
    const bool done = item.end == SlaItem::End::Done;
    return u"%1 %2 b=%3 c=%4 due=%5 within=%6 same=%7 by=%8"_s.arg(
        key(item.kind), QString::fromLatin1(ends[static_cast<int>(item.end)]),
        done ? minutes(item.businessMs) : u"-"_s, done ? minutes(item.calendarMs) : u"-"_s,
        item.dueAt ? localTime(*item.dueAt) : u"-"_s,
        item.withinTarget ? (*item.withinTarget ? u"yes"_s : u"no"_s) : u"-"_s,
        done ? (item.sameDay ? u"yes"_s : u"no"_s) : u"-"_s,
        item.agentId ? QString::number(*item.agentId) : u"-"_s);
}

} // namespace

class TestSlaClock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_scenarios_data();
    void compute_scenarios();
    void compute_liveDeadline_data();
    void compute_liveDeadline();
    void deadline_states_data();
    void deadline_states();
    void explain_outOfHoursArrival_namesStartOpeningWeekendTargetAndDue();
    void explain_ignoredAcknowledgementAndPause_areListed();
    void explain_answered_saysWithinTarget();
    void explain_nothingYet_saysNothingRuns();
    void rules_namesWhatIsNoResponse();
};

void TestSlaClock::compute_scenarios_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<ConversationStatus>("status");
    QTest::addColumn<QStringList>("items");

    const auto fb = Channel::Facebook;
    const auto open = ConversationStatus::Open;
    // Tuesday 10 March 2026 (+01:00) unless said otherwise. Sarpsborg policy: social channels 2
    // business hours and the same opening day, e-mail 1 working day, resolution 5 working days.
    QTest::newRow("answered in hours")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"out@2026-03-10T10:45:00+01:00"_s} << fb << open
        << QStringList{u"resolution open b=- c=- due=17.03 10:00 within=- same=- by=-"_s,
                       u"first done b=45 c=45 due=10.03 12:00 within=yes same=yes by=7"_s};
    QTest::newRow("arrived at night: business time from the opening")
        << QStringList{u"in@2026-03-10T20:00:00+01:00"_s, u"out@2026-03-11T08:30:00+01:00"_s} << fb << open
        << QStringList{u"resolution open b=- c=- due=18.03 08:00 within=- same=- by=-"_s,
                       u"first done b=30 c=750 due=11.03 10:00 within=yes same=yes by=7"_s};
    QTest::newRow("Friday 15:20, answered Monday: due at Friday's closing")
        << QStringList{u"in@2026-03-13T15:20:00+01:00"_s, u"out@2026-03-16T09:00:00+01:00"_s} << fb << open
        << QStringList{u"resolution open b=- c=- due=20.03 15:20 within=- same=- by=-"_s,
                       u"first done b=70 c=3940 due=13.03 15:30 within=no same=no by=7"_s};
    QTest::newRow("automatic acknowledgement is no response")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"auto@2026-03-10T10:01:00+01:00"_s,
                       u"out@2026-03-10T11:00:00+01:00"_s}
        << fb << open
        << QStringList{u"resolution open b=- c=- due=17.03 10:00 within=- same=- by=-"_s,
                       u"first done b=60 c=60 due=10.03 12:00 within=yes same=yes by=7"_s};
    QTest::newRow("an answer given on the platform itself counts")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"platform@2026-03-10T10:20:00+01:00"_s} << fb
        << open
        << QStringList{u"resolution open b=- c=- due=17.03 10:00 within=- same=- by=-"_s,
                       u"first done b=20 c=20 due=10.03 12:00 within=yes same=yes by=-"_s};
    QTest::newRow("next response runs from the oldest unanswered message")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"out@2026-03-10T10:30:00+01:00"_s,
                       u"in@2026-03-10T11:00:00+01:00"_s, u"in@2026-03-10T11:10:00+01:00"_s,
                       u"out@2026-03-10T12:00:00+01:00"_s}
        << fb << open
        << QStringList{u"resolution open b=- c=- due=17.03 10:00 within=- same=- by=-"_s,
                       u"first done b=30 c=30 due=10.03 12:00 within=yes same=yes by=7"_s,
                       u"next done b=60 c=60 due=10.03 13:00 within=yes same=yes by=7"_s};
    QTest::newRow("waiting pauses the resolution only")
        << QStringList{u"in@2026-03-10T09:00:00+01:00"_s, u"out@2026-03-10T09:30:00+01:00"_s,
                       u"status:open>waiting@2026-03-10T09:30:00+01:00"_s,
                       u"status:waiting>open@2026-03-10T13:30:00+01:00"_s,
                       u"status:open>resolved@2026-03-10T14:00:00+01:00"_s}
        << fb << ConversationStatus::Resolved
        << QStringList{u"resolution done b=60 c=60 due=17.03 13:00 within=yes same=yes by=7"_s,
                       u"first done b=30 c=30 due=10.03 11:00 within=yes same=yes by=7"_s};
    QTest::newRow("a citizen's message ends the pause")
        << QStringList{u"in@2026-03-10T09:00:00+01:00"_s, u"out@2026-03-10T09:30:00+01:00"_s,
                       u"status:open>waiting@2026-03-10T09:30:00+01:00"_s, u"in@2026-03-10T11:00:00+01:00"_s,
                       u"out@2026-03-10T11:20:00+01:00"_s}
        << fb << open
        << QStringList{u"resolution open b=- c=- due=17.03 10:30 within=- same=- by=-"_s,
                       u"first done b=30 c=30 due=10.03 11:00 within=yes same=yes by=7"_s,
                       u"next done b=20 c=20 due=10.03 13:00 within=yes same=yes by=7"_s};
    QTest::newRow("a reopen starts a new cycle with a new first response")
        << QStringList{u"in@2026-03-09T09:00:00+01:00"_s,
                       u"out@2026-03-09T09:10:00+01:00"_s,
                       u"status:open>resolved@2026-03-09T09:20:00+01:00"_s,
                       u"in@2026-03-10T10:00:00+01:00"_s,
                       u"status:resolved>open@2026-03-10T10:00:00+01:00"_s,
                       u"out@2026-03-10T10:05:00+01:00"_s}
        << fb << open
        << QStringList{u"resolution done b=20 c=20 due=16.03 09:00 within=yes same=yes by=7"_s,
                       u"first done b=10 c=10 due=09.03 11:00 within=yes same=yes by=7"_s,
                       u"resolution open b=- c=- due=17.03 10:00 within=- same=- by=-"_s,
                       u"first done b=5 c=5 due=10.03 12:00 within=yes same=yes by=7"_s};
    QTest::newRow("reopened by an agent without a message")
        << QStringList{u"in@2026-03-09T09:00:00+01:00"_s, u"out@2026-03-09T09:10:00+01:00"_s,
                       u"status:open>resolved@2026-03-09T09:20:00+01:00"_s,
                       u"status:resolved>open@2026-03-10T10:00:00+01:00"_s}
        << fb << open
        << QStringList{u"resolution done b=20 c=20 due=16.03 09:00 within=yes same=yes by=7"_s,
                       u"first done b=10 c=10 due=09.03 11:00 within=yes same=yes by=7"_s,
                       u"resolution open b=- c=- due=17.03 10:00 within=- same=- by=-"_s};
    QTest::newRow("resolved without a reply")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"status:new>resolved@2026-03-10T10:30:00+01:00"_s}
        << fb << ConversationStatus::Resolved
        << QStringList{u"resolution done b=30 c=30 due=17.03 10:00 within=yes same=yes by=7"_s,
                       u"first unanswered b=- c=- due=10.03 12:00 within=- same=- by=-"_s};
    QTest::newRow("resolved with no history: when is unknown")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"out@2026-03-10T10:10:00+01:00"_s} << fb
        << ConversationStatus::Resolved
        << QStringList{u"resolution unknown b=- c=- due=17.03 10:00 within=- same=- by=-"_s,
                       u"first done b=10 c=10 due=10.03 12:00 within=yes same=yes by=7"_s};
    QTest::newRow("waiting with no history: paused, nothing due")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"out@2026-03-10T10:10:00+01:00"_s} << fb
        << ConversationStatus::Waiting
        << QStringList{u"resolution open b=- c=- due=- within=- same=- by=-"_s,
                       u"first done b=10 c=10 due=10.03 12:00 within=yes same=yes by=7"_s};
    QTest::newRow("e-mail: one working day")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"out@2026-03-11T09:00:00+01:00"_s}
        << Channel::Email << open
        << QStringList{u"resolution open b=- c=- due=17.03 10:00 within=- same=- by=-"_s,
                       u"first done b=390 c=1380 due=11.03 10:00 within=yes same=no by=7"_s};
    QTest::newRow("a reply before any question starts nothing")
        << QStringList{u"out@2026-03-10T09:00:00+01:00"_s, u"in@2026-03-10T10:00:00+01:00"_s,
                       u"out@2026-03-10T10:30:00+01:00"_s}
        << fb << open
        << QStringList{u"resolution open b=- c=- due=17.03 10:00 within=- same=- by=-"_s,
                       u"first done b=30 c=30 due=10.03 12:00 within=yes same=yes by=7"_s};
    QTest::newRow("redirect, then resolved")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"out@2026-03-10T10:15:00+01:00"_s,
                       u"redirect@2026-03-10T10:15:00+01:00"_s,
                       u"status:open>resolved@2026-03-10T10:16:00+01:00"_s}
        << fb << ConversationStatus::Resolved
        << QStringList{u"resolution done b=16 c=16 due=17.03 10:00 within=yes same=yes by=7"_s,
                       u"first done b=15 c=15 due=10.03 12:00 within=yes same=yes by=7"_s};
    QTest::newRow("over the DST switch")
        << QStringList{u"in@2026-03-27T15:00:00+01:00"_s, u"out@2026-03-30T09:00:00+02:00"_s}
        << Channel::Email << open
        << QStringList{u"resolution open b=- c=- due=08.04 15:00 within=- same=- by=-"_s,
                       u"first done b=90 c=3900 due=30.03 15:00 within=yes same=no by=7"_s};
}

void TestSlaClock::compute_scenarios()
{
    QFETCH(QStringList, lines);
    QFETCH(Channel, channel);
    QFETCH(ConversationStatus, status);
    QFETCH(QStringList, items);
    const BusinessCalendar calendar;
    const SlaPolicy policy = SlaPolicy::preset(SlaPolicy::Preset::Sarpsborg);
    const ConversationSla sla = SlaClock(calendar, policy).compute(history(lines, channel, status));
    QStringList got;
    for (const SlaItem &item : sla.items)
        got << describe(item);
    QCOMPARE(got, items);
}

void TestSlaClock::compute_liveDeadline_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<ConversationStatus>("status");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("due");
    QTest::addColumn<bool>("paused");

    QTest::newRow("awaiting the first response")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s} << ConversationStatus::New << u"first"_s
        << u"10.03 12:00"_s << false;
    QTest::newRow("answered: the resolution runs")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"out@2026-03-10T10:20:00+01:00"_s}
        << ConversationStatus::Open << u"resolution"_s << u"17.03 10:00"_s << false;
    QTest::newRow("awaiting the next response")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"out@2026-03-10T10:20:00+01:00"_s,
                       u"in@2026-03-10T14:00:00+01:00"_s}
        << ConversationStatus::Open << u"next"_s << u"10.03 15:30"_s << false;
    QTest::newRow("waiting for the citizen: paused")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"out@2026-03-10T10:20:00+01:00"_s,
                       u"status:open>waiting@2026-03-10T10:20:00+01:00"_s}
        << ConversationStatus::Waiting << u"resolution"_s << QString() << true;
    QTest::newRow("resolved: nothing runs")
        << QStringList{u"in@2026-03-10T10:00:00+01:00"_s, u"out@2026-03-10T10:20:00+01:00"_s,
                       u"status:open>resolved@2026-03-10T10:30:00+01:00"_s}
        << ConversationStatus::Resolved << QString() << QString() << false;
}

void TestSlaClock::compute_liveDeadline()
{
    QFETCH(QStringList, lines);
    QFETCH(ConversationStatus, status);
    QFETCH(QString, kind);
    QFETCH(QString, due);
    QFETCH(bool, paused);
    const BusinessCalendar calendar;
    const SlaPolicy policy = SlaPolicy::preset(SlaPolicy::Preset::Sarpsborg);
    const ConversationSla sla = SlaClock(calendar, policy).compute(history(lines, Channel::Facebook, status));
    QCOMPARE(sla.live ? key(sla.items[*sla.live].kind) : QString(), kind);
    QCOMPARE(sla.dueAt() ? localTime(*sla.dueAt()) : QString(), due);
    QCOMPARE(sla.livePaused, paused);
}

void TestSlaClock::deadline_states_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<DeadlineState>("state");
    QTest::addColumn<qint64>("remainingMinutes");

    // Arrived Tuesday 10:00 on Facebook: due 12:00; "soon" at 30 business minutes or less.
    QTest::newRow("plenty of time") << u"2026-03-10T10:30:00+01:00"_s << DeadlineState::Ok << qint64(90);
    QTest::newRow("31 minutes left") << u"2026-03-10T11:29:00+01:00"_s << DeadlineState::Ok << qint64(31);
    QTest::newRow("30 minutes left: soon")
        << u"2026-03-10T11:30:00+01:00"_s << DeadlineState::Soon << qint64(30);
    QTest::newRow("one minute left") << u"2026-03-10T11:59:00+01:00"_s << DeadlineState::Soon << qint64(1);
    QTest::newRow("at the deadline: breached")
        << u"2026-03-10T12:00:00+01:00"_s << DeadlineState::Breached << qint64(0);
    QTest::newRow("the next morning: over by the open time since")
        << u"2026-03-11T09:00:00+01:00"_s << DeadlineState::Breached << qint64(-270);
}

void TestSlaClock::deadline_states()
{
    QFETCH(QString, now);
    QFETCH(DeadlineState, state);
    QFETCH(qint64, remainingMinutes);
    const BusinessCalendar calendar;
    const SlaPolicy policy = SlaPolicy::preset(SlaPolicy::Preset::Sarpsborg);
    const SlaClock clock(calendar, policy);
    const ConversationSla sla = clock.compute(history({u"in@2026-03-10T10:00:00+01:00"_s}));
    const Deadline d = clock.deadline(sla, ms(now));
    QCOMPARE(d.state, state);
    QCOMPARE(d.remainingBusinessMs / 60000, remainingMinutes);
    QCOMPARE(d.kind, std::optional<ResponseKind>(ResponseKind::First));
    QCOMPARE(*d.dueAt, ms(u"2026-03-10T12:00:00+01:00"_s));
}

void TestSlaClock::explain_outOfHoursArrival_namesStartOpeningWeekendTargetAndDue()
{
    const BusinessCalendar calendar;
    const SlaPolicy policy = SlaPolicy::preset(SlaPolicy::Preset::Sarpsborg);
    const SlaClock clock(calendar, policy);
    const SlaInput in =
        history({u"in@2026-03-13T16:00:00+01:00"_s}, Channel::Facebook, ConversationStatus::New);
    const Explanation x = clock.explain(in, clock.compute(in), ms(u"2026-03-16T08:30:00+01:00"_s));
    QList<ExplanationStep::Kind> kinds;
    QStringList texts;
    for (const auto &s : x.steps) {
        kinds << s.kind;
        texts << s.text;
    }
    using K = ExplanationStep::Kind;
    QCOMPARE(kinds, (QList<K>{K::Started, K::OutOfHours, K::Rule, K::Target, K::Closed, K::Due}));
    QVERIFY2(texts[0].contains(u"13.03.2026 16:00"_s), qPrintable(texts[0]));
    QCOMPARE(x.steps[0].messageId, std::optional<qint64>(1));
    QVERIFY2(texts[1].contains(u"16.03.2026 08:00"_s), qPrintable(texts[1]));
    QVERIFY2(texts[2].contains(u"Internal notes"_s), qPrintable(texts[2]));
    QVERIFY2(texts[3].contains(policy.name), qPrintable(texts[3]));
    QVERIFY2(texts[4].contains(u"weekend"_s), qPrintable(texts[4]));
    QVERIFY2(texts[5].contains(u"16.03.2026 10:00"_s) && texts[5].contains(u"1 h 30 min"_s),
             qPrintable(texts[5]));
    QCOMPARE(x.deadline.state, DeadlineState::Ok);
}

void TestSlaClock::explain_ignoredAcknowledgementAndPause_areListed()
{
    const BusinessCalendar calendar;
    const SlaPolicy policy = SlaPolicy::preset(SlaPolicy::Preset::Sarpsborg);
    const SlaClock clock(calendar, policy);
    const SlaInput in =
        history({u"in@2026-03-10T09:00:00+01:00"_s, u"auto@2026-03-10T09:00:30+01:00"_s,
                 u"out@2026-03-10T09:30:00+01:00"_s, u"status:open>waiting@2026-03-10T09:30:00+01:00"_s,
                 u"status:waiting>open@2026-03-10T13:30:00+01:00"_s},
                Channel::Facebook, ConversationStatus::Open);
    const ConversationSla sla = clock.compute(in);
    const Explanation x = clock.explain(in, sla, ms(u"2026-03-10T14:00:00+01:00"_s));
    QCOMPARE(x.item, std::optional<std::size_t>(0)); // the open resolution cycle
    bool ignored = false;
    bool paused = false;
    for (const auto &s : x.steps) {
        ignored |= s.kind == ExplanationStep::Kind::Ignored && s.messageId == std::optional<qint64>(2);
        paused |= s.kind == ExplanationStep::Kind::Paused && s.text.contains(u"4 h 00 min"_s);
    }
    QVERIFY(ignored);
    QVERIFY(paused);
    QCOMPARE(x.steps.back().kind, ExplanationStep::Kind::Due);
}

void TestSlaClock::explain_answered_saysWithinTarget()
{
    const BusinessCalendar calendar;
    const SlaPolicy policy = SlaPolicy::preset(SlaPolicy::Preset::Sarpsborg);
    const SlaClock clock(calendar, policy);
    const SlaInput in = history({u"in@2026-03-10T10:00:00+01:00"_s, u"out@2026-03-10T10:45:00+01:00"_s,
                                 u"status:open>resolved@2026-03-10T11:00:00+01:00"_s},
                                Channel::Facebook, ConversationStatus::Resolved);
    const Explanation x = clock.explain(in, clock.compute(in), ms(u"2026-03-12T10:00:00+01:00"_s));
    QCOMPARE(x.deadline.state, DeadlineState::None);
    QCOMPARE(x.steps.back().kind, ExplanationStep::Kind::Resolved);
    QVERIFY2(x.steps.back().text.contains(u"within the target"_s), qPrintable(x.steps.back().text));
}

void TestSlaClock::explain_nothingYet_saysNothingRuns()
{
    const BusinessCalendar calendar;
    const SlaPolicy policy = SlaPolicy::preset(SlaPolicy::Preset::Sarpsborg);
    const SlaClock clock(calendar, policy);
    const SlaInput in = history({u"out@2026-03-10T10:00:00+01:00"_s});
    const Explanation x = clock.explain(in, clock.compute(in), ms(u"2026-03-10T11:00:00+01:00"_s));
    QCOMPARE(x.steps.size(), std::size_t(1));
    QCOMPARE(x.steps.front().kind, ExplanationStep::Kind::NothingRunning);
    QCOMPARE(x.deadline.state, DeadlineState::None);
}

void TestSlaClock::rules_namesWhatIsNoResponse()
{
    const QString text = SlaClock::rules().join(u' ');
    QCOMPARE(SlaClock::rules().size(), 7);
    for (const QString &word : {u"Internal notes"_s, u"automatic acknowledgements"_s, u"next opening"_s,
                                u"pauses"_s, u"reopened"_s})
        QVERIFY2(text.contains(word), qPrintable(word));
}

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
