#include "storagetestutil.h"

#include "storage/maintenance.h"
#include "storage/messagerepository.h"
#include "storage/outboxrepository.h"

using namespace Torget;

namespace {
const OutboxRepository::Lease kSender{QStringLiteral("this-host/1/a"), 60'000};
} // namespace
using namespace TorgetTest;

// The outbox's steps, each one transaction that moves only an entry in the expected state.
class TestOutboxRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void claim_takesTheOldestDue_andCountsTheAttempt();
    void claim_skipsEntriesNotYetDue_andAccountsThatCannotSend();
    void claim_isOnce_aClaimedEntryIsNotClaimedAgain();
    void scheduleRetry_returnsItToTheQueue_withTheReason();
    void steps_leaveEntriesInOtherStatesAlone();
    void markSent_givesTheMessageThePlatformId();
    void markSent_dropsTheCopySyncStoredFirst();
    void context_answersTheNewestInboundMessage();
    void nextDueAt_isTheEarliestQueuedEntry();

private:
    qint64 queueReply(const QString &text, qint64 at);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Seed m_seed;
    int m_replies = 0;
};

void TestOutboxRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
    TORGET_CALL(seed(*m_db, m_seed));
    m_replies = 0;
    MessageRepository messages(*m_db);
    Message in = message(m_seed, QStringLiteral("in-1"), QStringLiteral("Spørsmål 1"), 1000);
    TORGET_VERIFY_OK(messages.insert(in, QStringLiteral(R"({"visibility":"direct"})")));
    in = message(m_seed, QStringLiteral("in-2"), QStringLiteral("Spørsmål 2"), 3000);
    TORGET_VERIFY_OK(messages.insert(in, QStringLiteral(R"({"visibility":"unlisted"})")));
}

void TestOutboxRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestOutboxRepository::queueReply(const QString &text, qint64 at)
{
    Message m;
    m.conversationId = m_seed.conversationId;
    m.accountId = m_seed.accountId;
    m.direction = Direction::Outbound;
    m.authorName = QStringLiteral("Demo kommune");
    m.bodyText = text;
    m.createdAt = at;
    auto stored = MessageRepository(*m_db).insert(m);
    if (!stored)
        return 0;
    auto id = OutboxRepository(*m_db).queue(stored->id, QStringLiteral("key-%1").arg(++m_replies), at);
    return id ? *id : 0;
}

void TestOutboxRepository::claim_takesTheOldestDue_andCountsTheAttempt()
{
    const qint64 first = queueReply(QStringLiteral("a"), 5000);
    queueReply(QStringLiteral("b"), 6000);
    OutboxRepository outbox(*m_db);
    TORGET_TAKE(claimed, outbox.claimNextDue(10'000, kSender));
    QVERIFY(claimed.has_value());
    QCOMPARE(claimed->id, first);
    QCOMPARE(claimed->state, OutboxState::Sending);
    QCOMPARE(claimed->attempts, 1);
}

void TestOutboxRepository::claim_skipsEntriesNotYetDue_andAccountsThatCannotSend()
{
    const qint64 a = queueReply(QStringLiteral("a"), 5000);
    OutboxRepository outbox(*m_db);
    TORGET_TAKE(first, outbox.claimNextDue(10'000, kSender));
    TORGET_VERIFY_OK(outbox.scheduleRetry(a, 60'000, QStringLiteral("Tidsavbrudd")));
    TORGET_TAKE(early, outbox.claimNextDue(59'999, kSender));
    QVERIFY(!early.has_value());
    TORGET_VERIFY_OK(AccountRepository(*m_db).setState(m_seed.accountId, QStringLiteral("signin")));
    TORGET_TAKE(blocked, outbox.claimNextDue(60'000, kSender));
    QVERIFY(!blocked.has_value());
    TORGET_VERIFY_OK(AccountRepository(*m_db).setState(m_seed.accountId, QStringLiteral("active")));
    TORGET_TAKE(due, outbox.claimNextDue(60'000, kSender));
    QVERIFY(due.has_value());
    QCOMPARE(due->attempts, 2);
    QCOMPARE(first->id, due->id);
}

void TestOutboxRepository::claim_isOnce_aClaimedEntryIsNotClaimedAgain()
{
    queueReply(QStringLiteral("a"), 5000);
    OutboxRepository outbox(*m_db);
    TORGET_TAKE(first, outbox.claimNextDue(10'000, kSender));
    QVERIFY(first.has_value());
    TORGET_TAKE(second, outbox.claimNextDue(10'000, kSender));
    QVERIFY(!second.has_value());
    TORGET_TAKE(sending, outbox.sending());
    QCOMPARE(sending.size(), std::size_t(1));
    QCOMPARE(sending[0].leaseOwner, kSender.owner);
    QCOMPARE(sending[0].leaseUntil, std::optional<qint64>(10'000 + kSender.durationMs));
}

void TestOutboxRepository::scheduleRetry_returnsItToTheQueue_withTheReason()
{
    const qint64 a = queueReply(QStringLiteral("a"), 5000);
    OutboxRepository outbox(*m_db);
    TORGET_TAKE(claimed, outbox.claimNextDue(10'000, kSender));
    TORGET_VERIFY_OK(outbox.scheduleRetry(a, 40'000, QStringLiteral("Fikk ikke kontakt")));
    TORGET_TAKE(entries, outbox.list(OutboxState::Queued));
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries[0].lastError, QStringLiteral("Fikk ikke kontakt"));
    QCOMPARE(entries[0].nextAttemptAt, std::optional<qint64>(40'000));
    QCOMPARE(claimed->id, a);
}

void TestOutboxRepository::steps_leaveEntriesInOtherStatesAlone()
{
    const qint64 a = queueReply(QStringLiteral("a"), 5000);
    OutboxRepository outbox(*m_db);
    // Not claimed: neither a retry nor a failure applies to it.
    TORGET_VERIFY_OK(outbox.scheduleRetry(a, 99, QStringLiteral("x")));
    TORGET_VERIFY_OK(outbox.markFailed(a, QStringLiteral("x")));
    QCOMPARE(outbox.list()->front().state, OutboxState::Queued);
    QCOMPARE(outbox.list()->front().lastError, QString());
    TORGET_TAKE(claimed, outbox.claimNextDue(10'000, kSender));
    TORGET_VERIFY_OK(outbox.markSent(a, QStringLiteral("platform-1"), 11'000));
    // A late answer to a request that was already settled changes nothing.
    TORGET_VERIFY_OK(outbox.scheduleRetry(a, 99, QStringLiteral("late timeout")));
    TORGET_VERIFY_OK(outbox.markFailed(a, QStringLiteral("late")));
    QCOMPARE(outbox.list()->front().state, OutboxState::Sent);
    QCOMPARE(outbox.list()->front().sentAt, std::optional<qint64>(11'000));
    QCOMPARE(claimed->id, a);
}

void TestOutboxRepository::markSent_givesTheMessageThePlatformId()
{
    const qint64 a = queueReply(QStringLiteral("a"), 5000);
    OutboxRepository outbox(*m_db);
    TORGET_TAKE(claimed, outbox.claimNextDue(10'000, kSender));
    TORGET_VERIFY_OK(outbox.markSent(a, QStringLiteral("m_123"), 12'000));
    TORGET_TAKE(found, MessageRepository(*m_db).findByExternalId(m_seed.accountId, QStringLiteral("m_123")));
    QCOMPARE(found, std::optional<qint64>(claimed->messageId));
    // Marking it again (reconciled after a restart) is harmless.
    TORGET_VERIFY_OK(outbox.markSent(a, QStringLiteral("m_123"), 13'000));
    QCOMPARE(outbox.list()->front().sentAt, std::optional<qint64>(12'000));
}

void TestOutboxRepository::markSent_dropsTheCopySyncStoredFirst()
{
    const qint64 a = queueReply(QStringLiteral("Svar"), 5000);
    OutboxRepository outbox(*m_db);
    TORGET_TAKE(claimed, outbox.claimNextDue(10'000, kSender));
    // Sync met the reply on the platform before the sender heard back, and could not match it.
    Message copy =
        message(m_seed, QStringLiteral("m_777"), QStringLiteral("Svar (endret av plattformen)"), 9000);
    copy.direction = Direction::Outbound;
    copy.citizenId.reset();
    TORGET_VERIFY_OK(MessageRepository(*m_db).insert(copy));
    TORGET_VERIFY_OK(outbox.markSent(a, QStringLiteral("m_777"), 9000));
    TORGET_TAKE(messages, MessageRepository(*m_db).forConversation(m_seed.conversationId));
    QCOMPARE(messages.size(), std::size_t(3));
    QCOMPARE(messages.back().id, claimed->messageId);
    QCOMPARE(messages.back().externalId, QStringLiteral("m_777"));
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestOutboxRepository::context_answersTheNewestInboundMessage()
{
    const qint64 a = queueReply(QStringLiteral("Hei Kari"), 5000);
    TORGET_TAKE(context, OutboxRepository(*m_db).context(a));
    QVERIFY(context.has_value());
    QCOMPARE(context->text, QStringLiteral("Hei Kari"));
    QCOMPARE(context->accountId, m_seed.accountId);
    QCOMPARE(context->conversationId, m_seed.conversationId);
    QCOMPARE(context->conversationExternalId, QStringLiteral("conv-1"));
    QCOMPARE(context->citizenExternalId, QStringLiteral("citizen-1"));
    QCOMPARE(context->targetExternalId, QStringLiteral("in-2"));
    QCOMPARE(context->targetReplyMeta, QStringLiteral(R"({"visibility":"unlisted"})"));
    QCOMPARE(context->lastInboundAt, qint64(3000));
    QCOMPARE(context->entry.idempotencyKey, QStringLiteral("key-1"));
}

void TestOutboxRepository::nextDueAt_isTheEarliestQueuedEntry()
{
    OutboxRepository outbox(*m_db);
    TORGET_TAKE(none, outbox.nextDueAt());
    QCOMPARE(none, std::nullopt);
    const qint64 a = queueReply(QStringLiteral("a"), 5000);
    queueReply(QStringLiteral("b"), 6000);
    TORGET_TAKE(now, outbox.nextDueAt());
    QCOMPARE(now, std::optional<qint64>(0));
    TORGET_TAKE(claimed, outbox.claimNextDue(10'000, kSender));
    TORGET_VERIFY_OK(outbox.scheduleRetry(a, 70'000, QString()));
    TORGET_TAKE(claimedB, outbox.claimNextDue(10'000, kSender));
    TORGET_VERIFY_OK(outbox.scheduleRetry(claimedB->id, 50'000, QString()));
    TORGET_TAKE(next, outbox.nextDueAt());
    QCOMPARE(next, std::optional<qint64>(50'000));
    QCOMPARE(claimed->id, a);
}

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
