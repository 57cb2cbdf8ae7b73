#include "inbox/inboxservice.h"
#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/inboxrepository.h"
#include "storage/messagerepository.h"
#include "storage/outboxrepository.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Torget;

// Makes the next audit insert fail, to see a bulk action roll back as a whole.
#define TORGET_FAIL_NEXT_AUDIT(db)                                                                           \
    QVERIFY((db).exec(QStringLiteral("CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log "            \
                                     "WHEN (SELECT COUNT(*) FROM audit_log WHERE action = 'status') >= 4 "   \
                                     "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")))

// Every inbox action through the service on a real database: what it changes, what history it
// leaves for the SLA clock, and what lands in the audit log.
class TestInboxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reply_isQueuedInTheOutboxWithItsMessage_andStopsTheWait();
    void reply_assignsToTheAgentOnlyWhenNobodyHasIt();
    void reply_empty_isRefusedAndStoresNothing();
    void redirect_repliesTagsAndRecordsTheRedirect();
    void note_isNotAReply_theCitizenStillWaits();
    void bulk_assignTagResolve_changeEveryConversationInOneGo();
    void snooze_hidesUntilTheTime_thenComesBack();
    void inbound_reopensResolvedAndWakesSnoozed();
    void everyAction_landsInTheAuditLog();

private:
    qint64 conversation(const QString &ext, qint64 minutesAgo);
    qint64 auditCount(const QString &action);
    qint64 scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    Agent m_kari;
    Agent m_per;
    qint64 m_account = 0;
};

void TestInboxService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::openSqlite(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    m_db = std::move(*db);
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc()));
    AccountRepository accounts(*m_db);
    m_kari = {0, QStringLiteral("Kari"), QStringLiteral("kari@k.no"), true};
    m_kari.id = accounts.upsertAgent(m_kari).value();
    m_per = {0, QStringLiteral("Per"), QStringLiteral("per@k.no"), true};
    m_per.id = accounts.upsertAgent(m_per).value();
    Account a;
    a.channel = Channel::Facebook;
    a.name = QStringLiteral("Demo kommune");
    m_account = accounts.upsert(a).value();
}

void TestInboxService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestInboxService::conversation(const QString &ext, qint64 minutesAgo)
{
    const qint64 at = m_clock->now().toMSecsSinceEpoch() - minutesAgo * 60000;
    Citizen ci;
    ci.accountId = m_account;
    ci.externalId = ext;
    ci.displayName = QStringLiteral("Innbygger ") + ext;
    const qint64 citizen = CitizenRepository(*m_db).upsert(ci).value();
    Conversation c;
    c.accountId = m_account;
    c.externalId = ext;
    c.citizenId = citizen;
    c.createdAt = at;
    const qint64 id = ConversationRepository(*m_db).upsert(c).value();
    Message m;
    m.conversationId = id;
    m.accountId = m_account;
    m.externalId = ext + QStringLiteral("-1");
    m.citizenId = citizen;
    m.authorName = ci.displayName;
    m.bodyText = QStringLiteral("Hei, når tømmes søppelet?");
    m.createdAt = at;
    (void)MessageRepository(*m_db).insert(m).value();
    return id;
}

qint64 TestInboxService::scalar(const QString &sql)
{
    auto q = m_db->query(sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

qint64 TestInboxService::auditCount(const QString &action)
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '") + action +
                  QStringLiteral("'"));
}

void TestInboxService::reply_isQueuedInTheOutboxWithItsMessage_andStopsTheWait()
{
    const qint64 id = conversation(QStringLiteral("a"), 30);
    InboxService inbox(*m_db, *m_clock);
    auto reply = inbox.reply(id, QStringLiteral("Hei! Tømmeplanen ligger på nettsiden."), m_kari);
    QVERIFY2(reply, reply ? "" : qPrintable(reply.error()));
    auto outbox = OutboxRepository(*m_db).forConversation(id);
    QVERIFY(outbox);
    QCOMPARE(outbox->size(), std::size_t(1));
    QCOMPARE(outbox->front().messageId, *reply);
    QCOMPARE(outbox->front().state, OutboxState::Queued);
    QVERIFY(!outbox->front().idempotencyKey.isEmpty());
    auto messages = MessageRepository(*m_db).forConversation(id);
    QCOMPARE(messages->size(), std::size_t(2));
    QCOMPARE(messages->back().direction, Direction::Outbound);
    QCOMPARE(messages->back().agentId, std::optional<qint64>(m_kari.id));
    QVERIFY(messages->back().externalId.isEmpty());
    auto c = ConversationRepository(*m_db).byId(id);
    QCOMPARE((*c)->status, ConversationStatus::Waiting);
    QCOMPARE(scalar(QStringLiteral("SELECT awaiting_since IS NULL FROM conversations WHERE id = %1").arg(id)),
             1);
}

void TestInboxService::reply_assignsToTheAgentOnlyWhenNobodyHasIt()
{
    const qint64 free = conversation(QStringLiteral("free"), 5);
    const qint64 taken = conversation(QStringLiteral("taken"), 5);
    InboxService inbox(*m_db, *m_clock);
    QVERIFY(inbox.assign({taken}, m_per.id, m_per));
    QVERIFY(inbox.reply(free, QStringLiteral("Svar"), m_kari));
    QVERIFY(inbox.reply(taken, QStringLiteral("Svar"), m_kari));
    QCOMPARE((*ConversationRepository(*m_db).byId(free))->assigneeId, std::optional<qint64>(m_kari.id));
    QCOMPARE((*ConversationRepository(*m_db).byId(taken))->assigneeId, std::optional<qint64>(m_per.id));
}

void TestInboxService::reply_empty_isRefusedAndStoresNothing()
{
    const qint64 id = conversation(QStringLiteral("e"), 5);
    InboxService inbox(*m_db, *m_clock);
    QVERIFY(!inbox.reply(id, QStringLiteral("  \n "), m_kari));
    QVERIFY(!inbox.reply(999999, QStringLiteral("Svar"), m_kari));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages")), 1);
    QCOMPARE(auditCount(QStringLiteral("reply")), 0);
}

void TestInboxService::redirect_repliesTagsAndRecordsTheRedirect()
{
    const qint64 id = conversation(QStringLiteral("r"), 5);
    InboxService inbox(*m_db, *m_clock);
    QVERIFY(inbox.redirect(id, QStringLiteral("Send dette som en sikker melding til kommunen."), m_kari));
    QVERIFY((*ConversationRepository(*m_db).byId(id))->tags.contains(InboxService::redirectedTag()));
    auto events = HistoryRepository(*m_db).events(id);
    QVERIFY(std::any_of(events->begin(), events->end(),
                        [](const ConversationEvent &e) { return e.kind == EventKind::Redirect; }));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), 1);
}

void TestInboxService::note_isNotAReply_theCitizenStillWaits()
{
    const qint64 id = conversation(QStringLiteral("n"), 5);
    InboxService inbox(*m_db, *m_clock);
    QVERIFY(inbox.note(id, QStringLiteral("Sjekket med teknisk."), m_kari));
    QVERIFY(!inbox.note(id, QString(), m_kari));
    QCOMPARE(HistoryRepository(*m_db).notes(id)->size(), std::size_t(1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT awaiting_since IS NOT NULL FROM conversations WHERE id = %1").arg(id)),
        1);
    QCOMPARE((*ConversationRepository(*m_db).byId(id))->status, ConversationStatus::New);
}

void TestInboxService::bulk_assignTagResolve_changeEveryConversationInOneGo()
{
    const QList<qint64> ids{conversation(QStringLiteral("b1"), 5), conversation(QStringLiteral("b2"), 6),
                            conversation(QStringLiteral("b3"), 7)};
    InboxService inbox(*m_db, *m_clock);
    QVERIFY(inbox.assign(ids, m_per.id, m_kari));
    QVERIFY(inbox.addTag(ids, QStringLiteral("Renovasjon"), m_kari));
    QVERIFY(inbox.setStatus(ids, ConversationStatus::Resolved, m_kari));
    for (qint64 id : ids) {
        auto c = ConversationRepository(*m_db).byId(id);
        QCOMPARE((*c)->assigneeId, std::optional<qint64>(m_per.id));
        QCOMPARE((*c)->tags, QStringList{QStringLiteral("Renovasjon")});
        QCOMPARE((*c)->status, ConversationStatus::Resolved);
    }
    QVERIFY(inbox.removeTag({ids.first()}, QStringLiteral("RENOVASJON"), m_kari));
    QVERIFY((*ConversationRepository(*m_db).byId(ids.first()))->tags.isEmpty());
    // One transaction for the lot: when one step fails, none of the conversations change.
    TORGET_FAIL_NEXT_AUDIT(*m_db);
    QVERIFY(!inbox.setStatus(ids, ConversationStatus::Open, m_kari));
    for (qint64 id : ids)
        QCOMPARE((*ConversationRepository(*m_db).byId(id))->status, ConversationStatus::Resolved);
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER fail_audit")));
}

void TestInboxService::snooze_hidesUntilTheTime_thenComesBack()
{
    const qint64 id = conversation(QStringLiteral("s"), 5);
    InboxService inbox(*m_db, *m_clock);
    const qint64 until = m_clock->now().addSecs(3600).toMSecsSinceEpoch();
    QVERIFY(inbox.snooze({id}, until, m_kari));
    InboxFilter f;
    f.view = InboxView::Unanswered;
    f.now = m_clock->now().toMSecsSinceEpoch();
    QCOMPARE(*InboxRepository(*m_db).count(f), 0);
    f.view = InboxView::Snoozed;
    QCOMPARE(*InboxRepository(*m_db).count(f), 1);
    // It comes back by itself when the time has passed: no action needed.
    f.now = until + 1;
    f.view = InboxView::Unanswered;
    QCOMPARE(*InboxRepository(*m_db).count(f), 1);
    f.view = InboxView::Snoozed;
    QCOMPARE(*InboxRepository(*m_db).count(f), 0);
}

void TestInboxService::inbound_reopensResolvedAndWakesSnoozed()
{
    const qint64 resolved = conversation(QStringLiteral("x"), 50);
    const qint64 snoozed = conversation(QStringLiteral("y"), 50);
    InboxService inbox(*m_db, *m_clock);
    QVERIFY(inbox.reply(resolved, QStringLiteral("Svar"), m_kari));
    QVERIFY(inbox.setStatus({resolved}, ConversationStatus::Resolved, m_kari));
    QVERIFY(inbox.snooze({snoozed}, m_clock->now().addDays(2).toMSecsSinceEpoch(), m_kari));
    const qint64 at = m_clock->now().toMSecsSinceEpoch();
    QVERIFY(inbox.inboundArrived(resolved, at));
    QVERIFY(inbox.inboundArrived(snoozed, at));
    QCOMPARE((*ConversationRepository(*m_db).byId(resolved))->status, ConversationStatus::Open);
    QVERIFY(!(*ConversationRepository(*m_db).byId(snoozed))->snoozedUntil.has_value());
    auto events = HistoryRepository(*m_db).events(resolved);
    QCOMPARE(events->back().kind, EventKind::StatusChange);
    QCOMPARE(events->back().newValue, QStringLiteral("open"));
    QVERIFY(!events->back().agentId.has_value()); // nobody did it: the citizen wrote
}

void TestInboxService::everyAction_landsInTheAuditLog()
{
    const qint64 id = conversation(QStringLiteral("audit"), 5);
    InboxService inbox(*m_db, *m_clock);
    QVERIFY(inbox.reply(id, QStringLiteral("Svar"), m_kari));
    QVERIFY(inbox.note(id, QStringLiteral("Notat"), m_kari));
    QVERIFY(inbox.assign({id}, m_per.id, m_kari));
    QVERIFY(inbox.addTag({id}, QStringLiteral("vei"), m_kari));
    QVERIFY(inbox.removeTag({id}, QStringLiteral("vei"), m_kari));
    QVERIFY(inbox.snooze({id}, m_clock->now().addSecs(60).toMSecsSinceEpoch(), m_kari));
    QVERIFY(inbox.setStatus({id}, ConversationStatus::Resolved, m_kari));
    QVERIFY(inbox.redirect(id, QStringLiteral("Bruk eDialog."), m_kari));
    for (const char *action : {"reply", "note", "assign", "tag", "untag", "snooze", "status", "redirect"})
        QVERIFY2(auditCount(QString::fromLatin1(action)) == 1, action);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE agent_id = %1 AND object_id = %2")
                        .arg(m_kari.id)
                        .arg(id)),
             8);
}

QTEST_GUILESS_MAIN(TestInboxService)
#include "tst_inboxservice.moc"
