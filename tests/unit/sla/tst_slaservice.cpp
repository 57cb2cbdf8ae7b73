// SlaService on a real SQLite file: refresh after events, the stored deadline the inbox reads, the
// full recomputation, the migration to schema 6, and calendars and policies kept in the database.

#include "../storage/storagetestutil.h"
#include "inbox/inboxservice.h"
#include "sla/calendarjson.h"
#include "sla/slaservice.h"
#include "slafixture.h"
#include "storage/migrator.h"
#include "storage/slarepository.h"
#include "util/clock.h"

#include <QTest>

using namespace Torget;
using namespace TorgetTest;
using namespace Qt::StringLiterals;

namespace {

qint64 ms(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

// Every fact of every conversation as text, for comparing two ways of computing them.
void factsText(Database &db, QStringList &out)
{
    auto q =
        db.query(u"SELECT conversation_id, seq, kind, state, started_at, ended_at, due_at, business_secs, "
                 u"calendar_secs, agent_id, account_id, start_day, end_day, arrival_slot, answer_slot, "
                 u"same_day, within_target FROM sla_responses ORDER BY conversation_id, seq"_s);
    QVERIFY(q.ok());
    out.clear();
    while (q->next()) {
        QStringList v;
        for (int i = 0; i < 17; ++i)
            v << (q->value(i).isNull() ? u"NULL"_s : q->value(i).toString());
        out << v.join(u'|');
    }
    auto d =
        db.query(u"SELECT id, COALESCE(due_at, -1), COALESCE(due_kind, '') FROM conversations ORDER BY id"_s);
    QVERIFY(d.ok());
    while (d->next())
        out << u"due %1 %2 %3"_s.arg(d->value(0).toString(), d->value(1).toString(), d->value(2).toString());
    auto days = db.query(u"SELECT day, opened, closed, hex(items) FROM sla_days ORDER BY day"_s);
    QVERIFY(days.ok());
    while (days->next())
        out << u"day %1 %2 %3 %4"_s.arg(days->value(0).toString(), days->value(1).toString(),
                                        days->value(2).toString(), days->value(3).toString());
}

std::optional<qint64> dueAt(Database &db, qint64 conversationId)
{
    auto q = db.query(u"SELECT due_at FROM conversations WHERE id = :id"_s, {{":id", conversationId}});
    if (!q.ok() || !q->next() || q->value(0).isNull())
        return std::nullopt;
    return q->value(0).toLongLong();
}

} // namespace

class TestSlaService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refresh_newMessage_storesTheDeadlineAndFacts();
    void refresh_replyThroughInbox_answersAndPauses();
    void refresh_internalNote_changesNothing();
    void refresh_deletedConversation_forgetsItsFacts();
    void refreshAll_equalsRefreshingOneByOne();
    void ensureFresh_afterMigrationFromSchema5_computesExistingConversations();
    void ensureFresh_whenFresh_doesNothing_untilRequested();
    void inboxBounds_matchTheDeadlineStates_data();
    void inboxBounds_matchTheDeadlineStates();
    void calendarVersions_storedAndUsed_earlierPeriodKeepsTheOldHours();
    void calendarVersions_replaceAndRemove();
    void policy_storedAndUsed();
    void explain_throughTheService();
    void dayItems_packedAndRead_giveTheSameItems();
    void dayItems_cutShort_areRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSlaService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
}

void TestSlaService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSlaService::refresh_newMessage_storesTheDeadlineAndFacts()
{
    SlaFixture f(*m_db);
    const qint64 id = f.conversation(f.account(u"Facebook"_s, Channel::Facebook),
                                     {u"in@2026-03-10T10:00:00+01:00"_s}, ConversationStatus::New);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    SlaService service(*m_db);
    TORGET_VERIFY_OK(service.refresh(id));
    QCOMPARE(dueAt(*m_db, id), std::optional<qint64>(ms(u"2026-03-10T12:00:00+01:00"_s)));
    qint64 facts = 0;
    TORGET_CALL(scalarInt(*m_db, u"SELECT COUNT(*) FROM sla_responses"_s, facts));
    QCOMPARE(facts, qint64(2)); // the first response and the cycle, both open
    QVariant kind;
    TORGET_CALL(scalar(*m_db, u"SELECT due_kind FROM conversations"_s, kind));
    QCOMPARE(kind.toString(), u"first"_s);
    TORGET_TAKE(deadline, service.deadline(id, ms(u"2026-03-10T11:45:00+01:00"_s)));
    QCOMPARE(deadline.state, DeadlineState::Soon);
    QCOMPARE(deadline.remainingBusinessMs, qint64(15 * 60 * 1000));
    // The stored columns give the same answer without reading the history (the inbox's rows).
    TORGET_TAKE(stored,
                service.deadline(dueAt(*m_db, id), kind.toString(), ms(u"2026-03-10T11:45:00+01:00"_s)));
    QCOMPARE(stored.state, deadline.state);
    QCOMPARE(stored.remainingBusinessMs, deadline.remainingBusinessMs);
    QCOMPARE(stored.kind, std::optional<ResponseKind>(ResponseKind::First));
    TORGET_TAKE(none, service.deadline(std::nullopt, QString(), 0));
    QCOMPARE(none.state, DeadlineState::None);
}

void TestSlaService::refresh_replyThroughInbox_answersAndPauses()
{
    SlaFixture f(*m_db);
    const qint64 fb = f.account(u"Facebook"_s, Channel::Facebook);
    const qint64 id = f.conversation(fb, {u"in@2026-03-10T10:00:00+01:00"_s}, ConversationStatus::New);
    Agent anne;
    anne.id = f.agent(u"Anne"_s);
    anne.name = u"Anne"_s;
    FixedClock clock(QDateTime::fromString(u"2026-03-10T10:45:00+01:00"_s, Qt::ISODate));
    TORGET_VERIFY_OK(InboxService(*m_db, clock).reply(id, u"Svar"_s, anne));
    SlaService service(*m_db);
    TORGET_VERIFY_OK(service.refresh(id));
    TORGET_TAKE(facts, SlaRepository(*m_db).facts(id));
    QCOMPARE(facts.size(), std::size_t(2));
    const SlaFact &first = facts[1];
    QCOMPARE(first.kind, 0);
    QCOMPARE(first.state, int(SlaFact::Done));
    QCOMPARE(first.businessSecs, std::optional<qint64>(45 * 60));
    QCOMPARE(first.agentId, std::optional<qint64>(anne.id));
    QCOMPARE(first.withinTarget, std::optional<bool>(true));
    // The reply set "waiting": the resolution is paused, nothing is due.
    QVERIFY(!dueAt(*m_db, id).has_value());
    TORGET_TAKE(deadline, service.deadline(id, ms(u"2026-03-10T11:00:00+01:00"_s)));
    QCOMPARE(deadline.state, DeadlineState::Paused);
    // The citizen writes again: a next response is due two business hours later.
    TORGET_TAKE(conversation, ConversationRepository(*m_db).byId(id));
    f.add(id, fb, conversation->citizenId, u"in@2026-03-10T11:00:00+01:00"_s);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    TORGET_VERIFY_OK(InboxService(*m_db, clock).inboundArrived(id, ms(u"2026-03-10T11:00:00+01:00"_s)));
    TORGET_VERIFY_OK(service.refresh(id));
    QCOMPARE(dueAt(*m_db, id), std::optional<qint64>(ms(u"2026-03-10T13:00:00+01:00"_s)));
}

void TestSlaService::refresh_internalNote_changesNothing()
{
    ReportFixtureIds ids;
    const QString error = writeReportFixture(*m_db, ids);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SlaService service(*m_db);
    TORGET_VERIFY_OK(service.refreshAll());
    QStringList before;
    TORGET_CALL(factsText(*m_db, before));
    // A note on the unanswered c6 is no response; the citizen still waits.
    FixedClock clock(QDateTime::fromString(u"2026-03-11T09:30:00+01:00"_s, Qt::ISODate));
    Agent anne;
    anne.id = ids.anne;
    TORGET_VERIFY_OK(InboxService(*m_db, clock).note(ids.c6, u"Sjekker med byggesak"_s, anne));
    TORGET_VERIFY_OK(service.refresh(ids.c6));
    TORGET_VERIFY_OK(service.rebuildChangedDays());
    QStringList after;
    TORGET_CALL(factsText(*m_db, after));
    QCOMPARE(after, before);
}

void TestSlaService::refresh_deletedConversation_forgetsItsFacts()
{
    ReportFixtureIds ids;
    QVERIFY(writeReportFixture(*m_db, ids).isEmpty());
    SlaService service(*m_db);
    TORGET_VERIFY_OK(service.refreshAll());
    TORGET_VERIFY_OK(m_db->execute(u"DELETE FROM conversations WHERE id = :id"_s, {{":id", ids.c3}}));
    // The cascade removed its facts; the trigger marked its days for the summaries.
    TORGET_TAKE(dirty, SlaRepository(*m_db).dirtyDays());
    QCOMPARE(dirty, (std::vector<qint64>{QDate(2026, 3, 9).toJulianDay(), QDate(2026, 3, 10).toJulianDay()}));
    TORGET_VERIFY_OK(service.refresh(ids.c3));
    TORGET_VERIFY_OK(service.rebuildChangedDays());
    QStringList incremental;
    TORGET_CALL(factsText(*m_db, incremental));
    TORGET_VERIFY_OK(service.refreshAll());
    QStringList full;
    TORGET_CALL(factsText(*m_db, full));
    QCOMPARE(incremental, full);
}

void TestSlaService::refreshAll_equalsRefreshingOneByOne()
{
    ReportFixtureIds ids;
    QVERIFY(writeReportFixture(*m_db, ids).isEmpty());
    // Resolved on Thursday, when no other clock starts: that day holds a closed cycle and no items.
    SlaFixture f(*m_db);
    const qint64 c7 =
        f.conversation(f.account(u"Facebook"_s, Channel::Facebook),
                       {u"in@2026-03-09T11:00:00+01:00"_s, u"out:Anne@2026-03-09T11:05:00+01:00"_s,
                        u"status:open>resolved:Anne@2026-03-12T10:00:00+01:00"_s},
                       ConversationStatus::Resolved);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    SlaService service(*m_db);
    for (qint64 id : {ids.c1, ids.c2, ids.c3, ids.c4, ids.c5, ids.c6, c7})
        TORGET_VERIFY_OK(service.refresh(id));
    TORGET_VERIFY_OK(service.rebuildChangedDays());
    QStringList oneByOne;
    TORGET_CALL(factsText(*m_db, oneByOne));
    TORGET_TAKE(summary, service.refreshAll());
    QCOMPARE(summary.conversations, qint64(7));
    QCOMPARE(summary.facts, qint64(15)); // 7 cycles, 7 first responses, 1 next
    QStringList all;
    TORGET_CALL(factsText(*m_db, all));
    QCOMPARE(all, oneByOne);
    QVERIFY(all.contains(u"day %1 0 1 "_s.arg(QDate(2026, 3, 12).toJulianDay())));
}

void TestSlaService::ensureFresh_afterMigrationFromSchema5_computesExistingConversations()
{
    std::unique_ptr<Database> db;
    TORGET_CALL(openRaw(dbPath(*m_dir, u"old.sqlite"_s), db));
    Migrator migrator(*db);
    TORGET_VERIFY_OK(migrator.migrate(5));
    // Rows as a schema-5 program wrote them.
    for (
        const QString &sql :
        {u"INSERT INTO accounts(id, channel, name, created_at) VALUES(1, 'facebook', 'Demo', 100)"_s,
         u"INSERT INTO citizens(id, account_id, external_id, display_name, created_at) VALUES(1, 1, 'c', 'Kari', 100)"_s,
         u"INSERT INTO conversations(id, account_id, external_id, kind, citizen_id, status, created_at, "
         u"last_message_at, message_count) VALUES(1, 1, 'x', 'comment', 1, 'new', %1, %1, 1)"_s.arg(
             ms(u"2026-03-10T10:00:00+01:00"_s)),
         u"INSERT INTO messages(conversation_id, account_id, external_id, direction, citizen_id, "
         u"author_name, "
         u"body_text, created_at) VALUES(1, 1, 'm', 'in', 1, 'Kari', 'Hei', %1)"_s.arg(
             ms(u"2026-03-10T10:00:00+01:00"_s))})
        TORGET_VERIFY_OK(db->exec(sql));
    TORGET_VERIFY_OK(migrator.migrate());
    QVERIFY(!dueAt(*db, 1).has_value());
    SlaService service(*db);
    TORGET_TAKE(done, service.ensureFresh());
    QVERIFY(done.has_value());
    QCOMPARE(done->conversations, qint64(1));
    QCOMPARE(dueAt(*db, 1), std::optional<qint64>(ms(u"2026-03-10T12:00:00+01:00"_s)));
    TORGET_TAKE(needed, SlaRepository(*db).setting(u"refresh_needed"_s));
    QVERIFY(!needed.has_value());
}

void TestSlaService::ensureFresh_whenFresh_doesNothing_untilRequested()
{
    SlaService service(*m_db);
    TORGET_TAKE(first, service.ensureFresh()); // a new database asks once
    QVERIFY(first.has_value());
    TORGET_TAKE(second, service.ensureFresh());
    QVERIFY(!second.has_value());
    TORGET_VERIFY_OK(service.requestRefresh()); // e.g. after an import written without refresh()
    TORGET_TAKE(third, service.ensureFresh());
    QVERIFY(third.has_value());
}

void TestSlaService::inboxBounds_matchTheDeadlineStates_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("soonUpTo");
    QTest::newRow("in hours") << u"2026-03-10T10:00:00+01:00"_s << u"2026-03-10T10:30:00+01:00"_s;
    QTest::newRow("near closing: into the next morning")
        << u"2026-03-10T15:10:00+01:00"_s << u"2026-03-11T08:10:00+01:00"_s;
    QTest::newRow("at closing on Friday") << u"2026-03-13T15:30:00+01:00"_s << u"2026-03-16T08:30:00+01:00"_s;
    QTest::newRow("exactly 30 minutes before closing: up to the next opening")
        << u"2026-03-10T15:00:00+01:00"_s << u"2026-03-11T08:00:00+01:00"_s;
}

void TestSlaService::inboxBounds_matchTheDeadlineStates()
{
    QFETCH(QString, now);
    QFETCH(QString, soonUpTo);
    SlaService service(*m_db);
    TORGET_TAKE(bounds, service.inboxBounds(ms(now)));
    QCOMPARE(bounds.breachedUpTo, ms(now));
    QCOMPARE(bounds.soonUpTo, ms(soonUpTo));
}

void TestSlaService::calendarVersions_storedAndUsed_earlierPeriodKeepsTheOldHours()
{
    ReportFixtureIds ids;
    QVERIFY(writeReportFixture(*m_db, ids).isEmpty());
    SlaService service(*m_db);
    TORGET_VERIFY_OK(service.refreshAll());
    // From Wednesday 11 March the desk opens 10:00–14:00.
    CalendarVersion v = BusinessCalendar::defaultVersion();
    v.validFrom = QDate(2026, 3, 11);
    v.name = u"Kortere dager"_s;
    v.seasons.clear();
    for (int d = 0; d < 5; ++d)
        v.weekly.days[static_cast<std::size_t>(d)] = {{10 * 60, 14 * 60}};
    TORGET_VERIFY_OK(service.putCalendarVersion(v, 5000));
    TORGET_TAKE(refreshed, service.ensureFresh());
    QVERIFY(refreshed.has_value());
    TORGET_TAKE(calendar, service.calendar());
    QCOMPARE(calendar.versions().size(), std::size_t(2));
    // c5 (Tuesday 09:00 to Wednesday 10:00): Tuesday under the old hours, nothing yet on Wednesday.
    TORGET_TAKE(c5, SlaRepository(*m_db).facts(ids.c5));
    QCOMPARE(c5[1].businessSecs, std::optional<qint64>(390 * 60));
    // c3 (Monday 15:00 to Tuesday 08:20) is measured as before.
    TORGET_TAKE(c3, SlaRepository(*m_db).facts(ids.c3));
    QCOMPARE(c3[1].businessSecs, std::optional<qint64>(50 * 60));
    // c6 (Wednesday 09:00): its clock starts at 10:00 now, so it is due at 12:00.
    QCOMPARE(dueAt(*m_db, ids.c6), std::optional<qint64>(ms(u"2026-03-11T12:00:00+01:00"_s)));
}

void TestSlaService::calendarVersions_replaceAndRemove()
{
    SlaService service(*m_db);
    CalendarVersion a = BusinessCalendar::defaultVersion();
    CalendarVersion b = a;
    b.validFrom = QDate(2027, 1, 1);
    b.exceptions.push_back({QDate(2027, 6, 18), u"Personaldag"_s, {}});
    TORGET_VERIFY_OK(service.setCalendarVersions({a, b}, 1000));
    TORGET_TAKE(stored, SlaRepository(*m_db).calendarVersions());
    QCOMPARE(stored.size(), std::size_t(2));
    SlaService fresh(*m_db); // reads the database, not a cache
    TORGET_TAKE(calendar, fresh.calendar());
    QVERIFY(calendar.versions()[1] == b);
    b.name = u"Endret"_s;
    TORGET_VERIFY_OK(fresh.putCalendarVersion(b, 2000)); // same date: replaces
    TORGET_TAKE(replaced, SlaRepository(*m_db).calendarVersions());
    QCOMPARE(replaced.size(), std::size_t(2));
    TORGET_TAKE(again, fresh.calendar());
    QCOMPARE(again.versions()[1].name, u"Endret"_s);
    TORGET_VERIFY_OK(fresh.removeCalendarVersion(QDate(2027, 1, 1)));
    TORGET_TAKE(one, fresh.calendar());
    QCOMPARE(one.versions().size(), std::size_t(1));
    TORGET_VERIFY_OK(fresh.setCalendarVersions({}, 3000)); // back to the built-in default
    TORGET_TAKE(none, SlaRepository(*m_db).calendarVersions());
    QVERIFY(none.empty());
    TORGET_TAKE(builtIn, fresh.calendar());
    QCOMPARE(builtIn.versions().size(), std::size_t(1));
    QVERIFY(builtIn.versions()[0].weekly == BusinessCalendar::defaultVersion().weekly);
}

void TestSlaService::policy_storedAndUsed()
{
    SlaFixture f(*m_db);
    const qint64 id = f.conversation(f.account(u"Facebook"_s, Channel::Facebook),
                                     {u"in@2026-03-10T10:00:00+01:00"_s}, ConversationStatus::New);
    SlaService service(*m_db);
    TORGET_TAKE(initial, service.policy());
    QCOMPARE(initial.id, u"sarpsborg"_s);
    SlaPolicy email = SlaPolicy::preset(SlaPolicy::Preset::Email);
    email.soonMinutes = 60;
    TORGET_VERIFY_OK(service.setPolicy(email));
    TORGET_TAKE(refreshed, service.ensureFresh());
    QVERIFY(refreshed.has_value());
    SlaService other(*m_db);
    TORGET_TAKE(stored, other.policy());
    QVERIFY(stored == email);
    QCOMPARE(dueAt(*m_db, id), std::optional<qint64>(ms(u"2026-03-11T10:00:00+01:00"_s)));
    TORGET_TAKE(deadline, other.deadline(id, ms(u"2026-03-11T09:05:00+01:00"_s)));
    QCOMPARE(deadline.state, DeadlineState::Soon); // 55 business minutes left, "soon" is 60
}

void TestSlaService::explain_throughTheService()
{
    SlaFixture f(*m_db);
    const qint64 id = f.conversation(f.account(u"Facebook"_s, Channel::Facebook),
                                     {u"in@2026-03-13T16:00:00+01:00"_s}, ConversationStatus::New);
    SlaService service(*m_db);
    TORGET_TAKE(x, service.explain(id, ms(u"2026-03-16T08:10:00+01:00"_s)));
    QCOMPARE(x.deadline.state, DeadlineState::Ok);
    QCOMPARE(x.steps.front().kind, ExplanationStep::Kind::Started);
    QVERIFY(!service.explain(id + 100, 0).ok());
}

void TestSlaService::dayItems_packedAndRead_giveTheSameItems()
{
    std::vector<SlaDayItem> items;
    SlaDayItem a;
    a.kind = 2;
    a.state = SlaFact::Done;
    a.flags = SlaDayItem::SameDay | SlaDayItem::Within | SlaDayItem::HasTarget;
    a.arrivalSlot = 167;
    a.answerSlot = 0xff;
    a.accountId = 0xffffffffu;
    a.agentId = 0;
    a.businessSecs = 0xffffffffu;
    a.calendarSecs = 127;
    items.push_back(a);
    SlaDayItem open;
    open.kind = 0;
    open.state = SlaFact::Open;
    open.flags = SlaDayItem::HasTarget;
    open.arrivalSlot = 9;
    open.accountId = 3;
    open.dueAt = ms(u"2026-03-11T11:00:00+01:00"_s);
    items.push_back(open);
    SlaDayItem old = open;
    old.dueAt = ms(u"1995-06-01T10:00:00+02:00"_s); // before 2000: stored as a negative offset
    items.push_back(old);
    SlaDayItem late;
    late.kind = 1;
    late.state = SlaFact::Unanswered;
    late.flags = SlaDayItem::LateClosed | SlaDayItem::HasTarget;
    late.answerSlot = 12;
    late.agentId = 300;
    items.push_back(late);
    QByteArray bytes;
    for (const SlaDayItem &i : items)
        SlaDayItem::append(bytes, i);
    QVERIFY(bytes.size() < 4 * 20); // packed, not 4 × 29
    const char *at = bytes.constData();
    const char *end = at + bytes.size();
    for (const SlaDayItem &expected : items) {
        SlaDayItem got;
        QVERIFY(SlaDayItem::read(at, end, got));
        QCOMPARE(got.kind, expected.kind);
        QCOMPARE(got.state, expected.state);
        QCOMPARE(got.flags, expected.flags);
        QCOMPARE(got.arrivalSlot, expected.arrivalSlot);
        QCOMPARE(got.answerSlot, expected.answerSlot);
        QCOMPARE(got.accountId, expected.accountId);
        QCOMPARE(got.agentId, expected.agentId);
        QCOMPARE(got.businessSecs, expected.businessSecs);
        QCOMPARE(got.calendarSecs, expected.calendarSecs);
        QCOMPARE(got.dueAt, expected.state == SlaFact::Open ? expected.dueAt : 0);
    }
    QCOMPARE(at, end);
}

void TestSlaService::dayItems_cutShort_areRefused()
{
    SlaDayItem item;
    item.businessSecs = 1000000;
    QByteArray bytes;
    SlaDayItem::append(bytes, item);
    for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
        const char *at = bytes.constData();
        SlaDayItem got;
        QVERIFY2(!SlaDayItem::read(at, bytes.constData() + cut, got), qPrintable(QString::number(cut)));
    }
}

QTEST_GUILESS_MAIN(TestSlaService)
#include "tst_slaservice.moc"
