// Deadline messages and escalation over a real SQLite file, with the clock moved by hand.

#include "../unit/sla/slafixture.h"
#include "../unit/storage/storagetestutil.h"
#include "mainwindow/deadlinenotifier.h"
#include "sla/escalation.h"
#include "sla/slaservice.h"
#include "storage/historyrepository.h"
#include "util/clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Torget;

class TestDeadlineNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void announcesSoonAndBreachOnceEach_data();
    void announcesSoonAndBreachOnceEach();
    void announcesNothingWhenTurnedOff();
    void announcesNothingFromBeforeItsStart();
    void escalatesOnceAndWritesHistory();
    void secondDeskDoesNotEscalateAgain();
    void waitsWhileDeadlinesAreRecomputed();
    void escalationToAnInactiveColleagueIsAnError();

private:
    int escalationAudits();
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    qint64 m_conversation = 0;
};

static QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

void TestDeadlineNotifier::init()
{
    m_dir = new QTemporaryDir;
    auto db = Database::openSqlite(TorgetTest::dbPath(*m_dir));
    QVERIFY2(db.ok(), TorgetTest::errorText(db).constData());
    m_db = std::move(*db);
    TorgetTest::SlaFixture fixture(*m_db);
    // Facebook under the Sarpsborg preset: due two business hours later, 11:00; "soon" from 10:30.
    m_conversation = fixture.conversation(fixture.account(QStringLiteral("page"), Channel::Facebook),
                                          {QStringLiteral("in@2026-03-09T09:00:00+01:00")});
    fixture.agent(QStringLiteral("Kari"));
    QVERIFY2(fixture.error.isEmpty(), qPrintable(fixture.error));
    // As the window does after opening a database: the deadlines computed, the mark cleared.
    TORGET_VERIFY_OK(SlaService(*m_db).ensureFresh());
}

void TestDeadlineNotifier::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

int TestDeadlineNotifier::escalationAudits()
{
    int n = 0;
    const Status read = HistoryRepository(*m_db).forEachAudit([&](const AuditEntry &a) -> Status {
        if (a.action == Escalation::auditAction() && a.objectId == m_conversation)
            ++n;
        return {};
    });
    return read ? n : -1;
}

void TestDeadlineNotifier::announcesSoonAndBreachOnceEach_data()
{
    QTest::addColumn<QStringList>("times");    // checks after the first
    QTest::addColumn<QStringList>("expected"); // the states announced, in order

    QTest::newRow("minute by minute") << QStringList{QStringLiteral("2026-03-09T10:29:00+01:00"),
                                                     QStringLiteral("2026-03-09T10:31:00+01:00"),
                                                     QStringLiteral("2026-03-09T10:32:00+01:00"),
                                                     QStringLiteral("2026-03-09T11:00:00+01:00"),
                                                     QStringLiteral("2026-03-09T11:01:00+01:00"),
                                                     QStringLiteral("2026-03-09T13:00:00+01:00")}
                                      << QStringList{QStringLiteral("soon"), QStringLiteral("breached")};
    // A desk asleep over the whole warning: only the breach is news.
    QTest::newRow("asleep through soon") << QStringList{QStringLiteral("2026-03-09T12:00:00+01:00"),
                                                        QStringLiteral("2026-03-09T12:01:00+01:00")}
                                         << QStringList{QStringLiteral("breached")};
    QTest::newRow("not yet") << QStringList{QStringLiteral("2026-03-09T10:00:00+01:00")} << QStringList{};
}

void TestDeadlineNotifier::announcesSoonAndBreachOnceEach()
{
    QFETCH(QStringList, times);
    QFETCH(QStringList, expected);
    FixedClock clock(at("2026-03-09T09:05:00+01:00"));
    DeadlineNotifier notifier(*m_db, clock);
    notifier.setTrayAllowed(false);
    QSignalSpy announced(&notifier, &DeadlineNotifier::notified);
    QSignalSpy status(&notifier, &DeadlineNotifier::statusMessage);
    notifier.check();
    for (const QString &t : times) {
        clock.set(QDateTime::fromString(t, Qt::ISODate));
        notifier.check();
    }
    QStringList states;
    for (const auto &n : notifier.notices()) {
        QCOMPARE(n.conversationId, m_conversation);
        states << key(n.state);
    }
    QCOMPARE(states, expected);
    QCOMPARE(announced.count(), expected.size());
    // Without a tray the same text goes to the status bar, and a click target is the conversation.
    QCOMPARE(status.count(), expected.size());
    for (int i = 0; i < announced.count(); ++i)
        QCOMPARE(announced.at(i).at(2).toLongLong(), m_conversation);
}

void TestDeadlineNotifier::announcesNothingWhenTurnedOff()
{
    FixedClock clock(at("2026-03-09T09:05:00+01:00"));
    DeadlineNotifier notifier(*m_db, clock);
    notifier.setTrayAllowed(false);
    notifier.setNotificationsEnabled(false);
    notifier.check();
    clock.set(at("2026-03-09T10:31:00+01:00"));
    notifier.check();
    clock.set(at("2026-03-09T11:01:00+01:00"));
    notifier.check();
    QVERIFY(notifier.notices().empty());
}

void TestDeadlineNotifier::announcesNothingFromBeforeItsStart()
{
    FixedClock clock(at("2026-03-09T11:30:00+01:00")); // breached already when the app starts
    DeadlineNotifier notifier(*m_db, clock);
    notifier.setTrayAllowed(false);
    notifier.check();
    clock.advanceSecs(60);
    notifier.check();
    QVERIFY(notifier.notices().empty());
}

void TestDeadlineNotifier::escalatesOnceAndWritesHistory()
{
    FixedClock clock(at("2026-03-09T09:05:00+01:00"));
    TorgetTest::SlaFixture fixture(*m_db);
    const qint64 kari = fixture.agent(QStringLiteral("Kari"));
    TORGET_VERIFY_OK(Escalation(*m_db, clock).setTarget(kari));
    TORGET_TAKE(target, Escalation(*m_db, clock).target());
    QCOMPARE(target, std::optional<qint64>(kari));

    DeadlineNotifier notifier(*m_db, clock);
    notifier.setTrayAllowed(false);
    QSignalSpy escalated(&notifier, &DeadlineNotifier::escalated);
    notifier.check();
    clock.set(at("2026-03-09T10:59:00+01:00"));
    notifier.check();
    QCOMPARE(escalated.count(), 0);
    TORGET_TAKE(before, ConversationRepository(*m_db).byId(m_conversation));
    QCOMPARE(before->assigneeId, std::optional<qint64>());

    clock.set(at("2026-03-09T11:01:00+01:00"));
    notifier.check();
    QCOMPARE(escalated.count(), 1);
    TORGET_TAKE(after, ConversationRepository(*m_db).byId(m_conversation));
    QCOMPARE(after->assigneeId, std::optional<qint64>(kari));
    QCOMPARE(escalationAudits(), 1);
    TORGET_TAKE(events, HistoryRepository(*m_db).events(m_conversation));
    int assignments = 0;
    for (const ConversationEvent &e : events) {
        if (e.kind == EventKind::Assignment && e.newValue == QString::number(kari)) {
            ++assignments;
            QVERIFY(!e.agentId); // by the system, not by a person
        }
    }
    QCOMPARE(assignments, 1);
    TORGET_TAKE(when, Escalation(*m_db, clock)
                          .escalatedFor(m_conversation, TorgetTest::SlaFixture::at(
                                                            QStringLiteral("x@2026-03-09T11:00:00+01:00"))));
    QVERIFY(when.has_value());
    QCOMPARE(when->second, kari);

    // Minutes later, and someone takes it back: no second escalation of the same breach.
    TORGET_VERIFY_OK(ConversationRepository(*m_db).assign(m_conversation, std::nullopt, std::nullopt,
                                                          clock.now().toMSecsSinceEpoch()));
    for (int i = 0; i < 3; ++i) {
        clock.advanceSecs(60);
        notifier.check();
    }
    QCOMPARE(escalationAudits(), 1);
    QCOMPARE(escalated.count(), 1);
}

void TestDeadlineNotifier::secondDeskDoesNotEscalateAgain()
{
    FixedClock clock(at("2026-03-09T09:05:00+01:00"));
    const qint64 kari = TorgetTest::SlaFixture(*m_db).agent(QStringLiteral("Kari"));
    TORGET_VERIFY_OK(Escalation(*m_db, clock).setTarget(kari));

    // Another desk: its own connection to the same file, its own notifier and memory.
    TORGET_TAKE(other, Database::openSqlite(TorgetTest::dbPath(*m_dir)));
    DeadlineNotifier first(*m_db, clock);
    DeadlineNotifier second(*other, clock);
    first.setTrayAllowed(false);
    second.setTrayAllowed(false);
    first.check();
    second.check();
    clock.set(at("2026-03-09T11:02:00+01:00"));
    QSignalSpy firstEscalated(&first, &DeadlineNotifier::escalated);
    QSignalSpy secondEscalated(&second, &DeadlineNotifier::escalated);
    second.check(); // the second desk happens to look first
    first.check();
    clock.advanceSecs(60);
    first.check();
    second.check();
    QCOMPARE(secondEscalated.count() + firstEscalated.count(), 1);
    QCOMPARE(escalationAudits(), 1);
    // Both desks still announce the breach on their own screens.
    QCOMPARE(first.notices().size(), std::size_t(1));
    QCOMPARE(second.notices().size(), std::size_t(1));
}

void TestDeadlineNotifier::waitsWhileDeadlinesAreRecomputed()
{
    FixedClock clock(at("2026-03-09T09:05:00+01:00"));
    const qint64 kari = TorgetTest::SlaFixture(*m_db).agent(QStringLiteral("Kari"));
    TORGET_VERIFY_OK(Escalation(*m_db, clock).setTarget(kari));
    DeadlineNotifier notifier(*m_db, clock);
    notifier.setTrayAllowed(false);
    notifier.check();
    TORGET_VERIFY_OK(SlaService(*m_db).requestRefresh()); // a calendar change, say
    clock.set(at("2026-03-09T11:01:00+01:00"));
    notifier.check();
    QVERIFY(notifier.notices().empty());
    QCOMPARE(escalationAudits(), 0);
    TORGET_TAKE(fresh, SlaService(*m_db).ensureFresh());
    QVERIFY(fresh.has_value());
    clock.set(at("2026-03-09T11:02:00+01:00"));
    notifier.check();
    QCOMPARE(notifier.notices().size(), std::size_t(1));
    QCOMPARE(key(notifier.notices().front().state), QStringLiteral("breached"));
    QCOMPARE(escalationAudits(), 1);
}

void TestDeadlineNotifier::escalationToAnInactiveColleagueIsAnError()
{
    FixedClock clock(at("2026-03-09T09:05:00+01:00"));
    Agent gone{0, QStringLiteral("Ola"), QStringLiteral("ola@kommune.example"), false};
    TORGET_TAKE(id, AccountRepository(*m_db).upsertAgent(gone));
    TORGET_VERIFY_OK(Escalation(*m_db, clock).setTarget(id));
    clock.set(at("2026-03-09T11:02:00+01:00"));
    auto run = Escalation(*m_db, clock).run();
    QVERIFY(!run.ok());
    QVERIFY(run.error().contains(QStringLiteral("no longer an active agent")));
    QCOMPARE(escalationAudits(), 0);
}

QTEST_MAIN(TestDeadlineNotifier)
#include "tst_deadlinenotifier.moc"
