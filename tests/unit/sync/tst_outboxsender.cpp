#include "syncfixture.h"

#include "inbox/inboxservice.h"
#include "storage/maintenance.h"
#include "storage/messagerepository.h"
#include "storage/outboxrepository.h"
#include "storage/syncstaterepository.h"
#include "sync/outboxsender.h"
#include "sync/syncengine.h"

#include <QTcpServer>

using namespace Torget;
using namespace TorgetTest;

// The outbox sender's state machine with the real Facebook connector against the Graph fake: every
// reply goes out exactly once, whatever fails on the way and wherever a process stops.
class TestOutboxSender : public QObject, private SyncFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }

    void dmReply_goesOutOnce_toTheCitizen_andGetsThePlatformId();
    void commentReply_answersTheNewestComment();
    void retryableFault_requeuesWithTheReason_thenSendsOnce();
    void lostAnswer_afterThePlatformTookIt_isNotSentAgain();
    void outsideTheWindow_failsWithAClearReason();
    void outsideTheWindow_sentAgainAsHumanAgent_goesOutOnceWithTheTag();
    void beyondSevenDays_cannotBeSentAsHumanAgent();
    void expiredToken_staysQueued_andTheAccountAsksToSignIn();
    void rateLimit_waitsForThePlatformsTime_withoutARequest();
    void stuckAfterACrash_alreadyOnThePlatform_isRecordedNotResent();
    void stuckAfterACrash_notOnThePlatform_isSentOnce();
    void entryLeasedByALiveSender_isLeftAlone_untilItsLeaseRunsOut();
    void reclaim_ofTheSameAbandonedEntry_succeedsOnce();
    void pausedAccount_keepsItsRepliesQueued();
    void offline_waits_andGoesOutWhenTheNetworkReturns();
    void accountRemovedMidSend_doesNotStallTheOthers();
    void start_sendsWhatIsQueuedLater();

private:
    static OutboxSender::Options fastOptions();
    // A sender that died: its lease is over by the time anyone looks.
    static OutboxRepository::Lease crashedSender() { return {QStringLiteral("crashed"), 1000}; }
    qint64 syncAndFindConversation(const QString &psid);
    qint64 queue(qint64 conversationId, const QString &text);
    OutboxSender::Summary flush(OutboxSender &sender);
    OutboxEntry entry(qint64 outboxId);
    int sentCount() { return int(m_fake->store().sent().size()); }
};

OutboxSender::Options TestOutboxSender::fastOptions()
{
    OutboxSender::Options o;
    o.backoff = Backoff(50, 200, [] { return 0.0; });
    o.flushWaitLimitMs = 2000;
    o.pollMs = 200;
    return o;
}

qint64 TestOutboxSender::syncAndFindConversation(const QString &psid)
{
    SyncEngine::Options options;
    options.onceWaitLimitMs = 0;
    SyncEngine engine(*m_db, *m_pool, *m_clock, options);
    bool done = false;
    QObject context;
    connect(&engine, &SyncEngine::onceFinished, &context, [&] { done = true; });
    engine.syncOnce();
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return 0;
    auto q = m_db->query(
        QStringLiteral("SELECT c.id FROM conversations c JOIN citizens ci ON ci.id = c.citizen_id "
                       "WHERE ci.external_id = :p"),
        {{":p", psid}});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

qint64 TestOutboxSender::queue(qint64 conversationId, const QString &text)
{
    const Agent agent{0, QStringLiteral("Kari Saksbehandler"), QString(), true};
    auto message = InboxService(*m_db, *m_clock).reply(conversationId, text, agent);
    if (!message)
        return 0;
    auto e = OutboxRepository(*m_db).byMessage(*message);
    return e && e->has_value() ? (*e)->id : 0;
}

OutboxSender::Summary TestOutboxSender::flush(OutboxSender &sender)
{
    std::optional<OutboxSender::Summary> summary;
    QObject context;
    connect(&sender, &OutboxSender::flushed, &context, [&](const OutboxSender::Summary &s) { summary = s; });
    sender.flush();
    if (!QTest::qWaitFor([&] { return summary.has_value(); }, 60000))
        return {0, 0, 0, {QStringLiteral("flush did not finish")}};
    return *summary;
}

OutboxEntry TestOutboxSender::entry(qint64 outboxId)
{
    auto all = OutboxRepository(*m_db).list();
    if (all) {
        for (const OutboxEntry &e : *all) {
            if (e.id == outboxId)
                return e;
        }
    }
    return {};
}

void TestOutboxSender::dmReply_goesOutOnce_toTheCitizen_andGetsThePlatformId()
{
    dm(QStringLiteral("psid-kari"), QStringLiteral("Når hentes søppelet?"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-kari"));
    QVERIFY(c > 0);
    const qint64 id = queue(c, QStringLiteral("Hei! På torsdag."));
    QVERIFY(id > 0);
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    const auto summary = flush(sender);
    QCOMPARE(summary.sent, 1);
    QCOMPARE(summary.failed + summary.waiting, 0);
    const QJsonArray sent = m_fake->store().sent();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0][QLatin1String("kind")].toString(), QStringLiteral("message"));
    QCOMPARE(sent[0][QLatin1String("target")].toString(), QStringLiteral("psid-kari"));
    QCOMPARE(sent[0][QLatin1String("messaging_type")].toString(), QStringLiteral("RESPONSE"));
    QCOMPARE(sent[0][QLatin1String("text")].toString(), QStringLiteral("Hei! På torsdag."));
    const OutboxEntry e = entry(id);
    QCOMPARE(e.state, OutboxState::Sent);
    QCOMPARE(e.attempts, 1);
    TORGET_TAKE(message, MessageRepository(*m_db).findByExternalId(m_account,
                                                                   sent[0][QLatin1String("id")].toString()));
    QCOMPARE(message, std::optional<qint64>(e.messageId));
    // Flushing again and syncing the page's own message back change nothing.
    QCOMPARE(flush(sender).sent, 0);
    advance(kMinute);
    QVERIFY(syncAndFindConversation(QStringLiteral("psid-kari")) == c);
    QCOMPARE(sentCount(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = %1").arg(c)),
             qint64(2));
}

void TestOutboxSender::commentReply_answersTheNewestComment()
{
    const QString post = m_fake->store().addPost(QStringLiteral("Vegarbeid i Storgata"), m_now - 3 * kHour);
    const auto first =
        m_fake->store().addComment(post, QString(), QStringLiteral("psid-per"), QStringLiteral("Per"),
                                   QStringLiteral("Hvor lenge?"), m_now - 2 * kHour);
    QVERIFY(first);
    const auto second =
        m_fake->store().addComment(post, *first, QStringLiteral("psid-per"), QStringLiteral("Per"),
                                   QStringLiteral("Og om natta?"), m_now - kHour);
    QVERIFY(second);
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-per"));
    QVERIFY(c > 0);
    QVERIFY(queue(c, QStringLiteral("To uker, ikke om natta.")) > 0);
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    QCOMPARE(flush(sender).sent, 1);
    const QJsonArray sent = m_fake->store().sent();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0][QLatin1String("kind")].toString(), QStringLiteral("comment"));
    // Graph threads comments one level deep: the reply goes under the top-level comment.
    const QString target = sent[0][QLatin1String("target")].toString();
    QVERIFY2(target == *first || target == *second, qPrintable(target));
    QCOMPARE(m_fake->store().rootOf(sent[0][QLatin1String("id")].toString()), *first);
}

void TestOutboxSender::retryableFault_requeuesWithTheReason_thenSendsOnce()
{
    dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-1"));
    const qint64 id = queue(c, QStringLiteral("Hallo"));
    GraphFake::FaultRule rule;
    rule.path = QStringLiteral("/messages");
    rule.status = 503;
    rule.count = 1;
    m_fake->addFault(rule);
    OutboxSender::Options once = fastOptions();
    once.flushWaitLimitMs = 0; // report after the first try
    OutboxSender impatient(*m_db, *m_pool, *m_clock, once);
    const auto first = flush(impatient);
    QCOMPARE(first.sent, 0);
    QCOMPARE(first.waiting, 1);
    QVERIFY(!first.errors.isEmpty());
    OutboxEntry e = entry(id);
    QCOMPARE(e.state, OutboxState::Queued);
    QVERIFY(!e.lastError.isEmpty());
    QCOMPARE(e.nextAttemptAt, std::optional<qint64>(m_now + 25)); // half the 50 ms base (jitter 0)
    QCOMPARE(sentCount(), 0);
    advance(100);
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    QCOMPARE(flush(sender).sent, 1);
    QCOMPARE(sentCount(), 1);
    e = entry(id);
    QCOMPARE(e.state, OutboxState::Sent);
    QCOMPARE(e.lastError, QString());
    QCOMPARE(e.attempts, 2);
}

void TestOutboxSender::lostAnswer_afterThePlatformTookIt_isNotSentAgain()
{
    dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-1"));
    const qint64 id = queue(c, QStringLiteral("Svaret kommer fram, men ikke bekreftelsen"));
    // Graph stores the message, then the connection breaks half-way through the answer.
    GraphFake::FaultRule rule;
    rule.path = QStringLiteral("/messages");
    rule.truncate = true;
    m_fake->addFault(rule);
    OutboxSender::Options options = fastOptions();
    options.backoff = Backoff(1, 1, [] { return 0.0; }); // retry at once (the test's clock stands still)
    OutboxSender sender(*m_db, *m_pool, *m_clock, options);
    advance(1000);
    const auto summary = flush(sender);
    QCOMPARE(summary.sent, 1);
    QCOMPARE(sentCount(), 1);
    const OutboxEntry e = entry(id);
    QCOMPARE(e.state, OutboxState::Sent);
    QCOMPARE(e.attempts, 2);
    TORGET_TAKE(message, MessageRepository(*m_db).findByExternalId(
                             m_account, m_fake->store().sent()[0][QLatin1String("id")].toString()));
    QCOMPARE(message, std::optional<qint64>(e.messageId));
}

void TestOutboxSender::outsideTheWindow_failsWithAClearReason()
{
    dm(QStringLiteral("psid-old"), QStringLiteral("Hei"), 26 * 60);
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-old"));
    QVERIFY(c > 0);
    const qint64 id = queue(c, QStringLiteral("Beklager sent svar"));
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    const auto summary = flush(sender);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.sent, 0);
    QCOMPARE(sentCount(), 0);
    const OutboxEntry e = entry(id);
    QCOMPARE(e.state, OutboxState::Failed);
    QVERIFY2(e.lastError.contains(QStringLiteral("24")), qPrintable(e.lastError));
    QCOMPARE(summary.errors.value(0), e.lastError);
}

void TestOutboxSender::outsideTheWindow_sentAgainAsHumanAgent_goesOutOnceWithTheTag()
{
    dm(QStringLiteral("psid-old"), QStringLiteral("Hei"), 26 * 60);
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-old"));
    const qint64 id = queue(c, QStringLiteral("Beklager sent svar"));
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    QCOMPARE(flush(sender).failed, 1);
    QCOMPARE(entry(id).failure, QStringLiteral("outside_window"));

    TORGET_VERIFY_OK(OutboxRepository(*m_db).sendAsHumanAgent(id));
    QCOMPARE(entry(id).state, OutboxState::Queued);
    QVERIFY(entry(id).humanAgent);
    QCOMPARE(flush(sender).sent, 1);
    QCOMPARE(sentCount(), 1);
    const QJsonObject sent = m_fake->store().sent().at(0).toObject();
    QCOMPARE(sent.value(QLatin1String("tag")).toString(), QStringLiteral("HUMAN_AGENT"));
    QCOMPARE(sent.value(QLatin1String("messaging_type")).toString(), QStringLiteral("MESSAGE_TAG"));
    QCOMPARE(entry(id).state, OutboxState::Sent);
    // Only a reply refused for the window can be sent this way, and only once.
    QVERIFY(!OutboxRepository(*m_db).sendAsHumanAgent(id));
}

void TestOutboxSender::beyondSevenDays_cannotBeSentAsHumanAgent()
{
    dm(QStringLiteral("psid-old"), QStringLiteral("Hei"), 8 * 24 * 60);
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-old"));
    const qint64 id = queue(c, QStringLiteral("Altfor sent"));
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    QCOMPARE(flush(sender).failed, 1);
    const OutboxEntry e = entry(id);
    QVERIFY(e.failure.isEmpty());
    QVERIFY2(e.lastError.contains(QStringLiteral("7")), qPrintable(e.lastError));
    const Status again = OutboxRepository(*m_db).sendAsHumanAgent(id);
    QVERIFY(!again);
    QVERIFY(!again.error().isEmpty());
    QCOMPARE(sentCount(), 0);
}

void TestOutboxSender::expiredToken_staysQueued_andTheAccountAsksToSignIn()
{
    dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-1"));
    const qint64 id = queue(c, QStringLiteral("Hallo"));
    m_fake->setTokenValid(false);
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    QList<QString> states;
    connect(&sender, &OutboxSender::accountStateChanged, this,
            [&](qint64, const QString &s) { states << s; });
    const auto summary = flush(sender);
    QCOMPARE(summary.sent, 0);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.waiting, 1);
    QCOMPARE(states, QList<QString>{QStringLiteral("signin")});
    QCOMPARE(entry(id).state, OutboxState::Queued);
    QCOMPARE(AccountRepository(*m_db).byId(m_account)->value().state, QStringLiteral("signin"));
    // Signed in again: it goes out.
    m_fake->setTokenValid(true);
    TORGET_VERIFY_OK(AccountRepository(*m_db).setState(m_account, QStringLiteral("active")));
    m_pool->forget(m_account);
    QCOMPARE(flush(sender).sent, 1);
    QCOMPARE(sentCount(), 1);
}

void TestOutboxSender::rateLimit_waitsForThePlatformsTime_withoutARequest()
{
    dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-1"));
    const qint64 id = queue(c, QStringLiteral("Hallo"));
    GraphFake::FaultRule rule;
    rule.path = QStringLiteral("/messages");
    rule.graphCode = 80001;
    rule.regainMinutes = 2;
    m_fake->addFault(rule);
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    const auto limited = flush(sender);
    QCOMPARE(limited.waiting, 1);
    OutboxEntry e = entry(id);
    QCOMPARE(e.state, OutboxState::Queued);
    QCOMPARE(e.nextAttemptAt, std::optional<qint64>(m_now + 2 * kMinute));
    const int requests = m_fake->requestCount();
    advance(kMinute);
    QCOMPARE(flush(sender).sent, 0);
    QCOMPARE(m_fake->requestCount(), requests);
    advance(kMinute + 1000);
    QCOMPARE(flush(sender).sent, 1);
    QCOMPARE(sentCount(), 1);
}

void TestOutboxSender::stuckAfterACrash_alreadyOnThePlatform_isRecordedNotResent()
{
    const auto ids = dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-1"));
    const qint64 id = queue(c, QStringLiteral("Dette gikk ut før krasjet"));
    // The process claimed it, the platform took it, and the process died before recording it.
    TORGET_TAKE(claimed, OutboxRepository(*m_db).claimNextDue(m_now, crashedSender()));
    QVERIFY(claimed.has_value());
    const FakeMessage onPlatform = m_fake->store().addPageMessage(
        ids.conversationId, QStringLiteral("Dette gikk ut før krasjet"), m_now + 500);
    advance(2000);
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    const auto summary = flush(sender);
    QCOMPARE(summary.sent, 1);
    QCOMPARE(sentCount(), 0); // nothing new went out
    const OutboxEntry e = entry(id);
    QCOMPARE(e.state, OutboxState::Sent);
    TORGET_TAKE(message, MessageRepository(*m_db).findByExternalId(m_account, onPlatform.id));
    QCOMPARE(message, std::optional<qint64>(e.messageId));
}

void TestOutboxSender::stuckAfterACrash_notOnThePlatform_isSentOnce()
{
    dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-1"));
    const qint64 id = queue(c, QStringLiteral("Dette rakk aldri ut"));
    TORGET_TAKE(claimed, OutboxRepository(*m_db).claimNextDue(m_now, crashedSender()));
    QVERIFY(claimed.has_value());
    advance(2000);
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    QCOMPARE(flush(sender).sent, 1);
    QCOMPARE(sentCount(), 1);
    QCOMPARE(entry(id).state, OutboxState::Sent);
    QCOMPARE(flush(sender).sent, 0);
    QCOMPARE(sentCount(), 1);
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestOutboxSender::entryLeasedByALiveSender_isLeftAlone_untilItsLeaseRunsOut()
{
    // The app and `torget-cli outbox flush` on one file: the other process (on another computer,
    // so it cannot be checked) is sending this reply right now.
    dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-1"));
    const qint64 id = queue(c, QStringLiteral("Sendes av den andre"));
    const OutboxRepository::Lease other{QStringLiteral("other-host/4242/abc"), 60'000};
    TORGET_TAKE(claimed, OutboxRepository(*m_db).claimNextDue(m_now, other));
    QVERIFY(claimed.has_value());
    const int requests = m_fake->requestCount();
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    QCOMPARE(flush(sender).sent, 0);
    QCOMPARE(m_fake->requestCount(), requests);
    QCOMPARE(entry(id).state, OutboxState::Sending);
    // It never finished: once the lease is over, this sender looks on the platform and sends it once.
    advance(61'000);
    QCOMPARE(flush(sender).sent, 1);
    QCOMPARE(sentCount(), 1);
    QCOMPARE(entry(id).state, OutboxState::Sent);
}

void TestOutboxSender::reclaim_ofTheSameAbandonedEntry_succeedsOnce()
{
    dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-1"));
    queue(c, QStringLiteral("Hallo"));
    OutboxRepository outbox(*m_db);
    TORGET_TAKE(claimed, outbox.claimNextDue(m_now, crashedSender()));
    QVERIFY(claimed.has_value());
    const OutboxEntry seen = *claimed;
    const qint64 later = m_now + 5000;
    TORGET_TAKE(first, outbox.reclaim(seen, later, {QStringLiteral("a/1/x"), 60'000}));
    TORGET_TAKE(second, outbox.reclaim(seen, later, {QStringLiteral("b/2/y"), 60'000}));
    QVERIFY(first);
    QVERIFY(!second);
    QCOMPARE(entry(claimed->id).leaseOwner, QStringLiteral("a/1/x"));
}

void TestOutboxSender::pausedAccount_keepsItsRepliesQueued()
{
    dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-1"));
    const qint64 id = queue(c, QStringLiteral("Hallo"));
    TORGET_VERIFY_OK(AccountRepository(*m_db).setState(m_account, QStringLiteral("paused")));
    const int requests = m_fake->requestCount();
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    const auto summary = flush(sender);
    QCOMPARE(summary.waiting, 1);
    QCOMPARE(entry(id).state, OutboxState::Queued);
    QCOMPARE(m_fake->requestCount(), requests);
    QCOMPARE(sentCount(), 0);
}

void TestOutboxSender::offline_waits_andGoesOutWhenTheNetworkReturns()
{
    dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-1"));
    const qint64 id = queue(c, QStringLiteral("Svar mens nettet er nede"));
    // The network goes away: nothing listens on the platform's port any more.
    const quint16 port = m_fake->port();
    for (QTcpServer *server : m_fake->servers())
        server->close();
    m_network->clearConnectionCache();
    OutboxSender::Options options = fastOptions();
    options.flushWaitLimitMs = 0;
    OutboxSender offline(*m_db, *m_pool, *m_clock, options);
    const auto summary = flush(offline);
    QCOMPARE(summary.waiting, 1);
    QCOMPARE(summary.failed, 0);
    OutboxEntry e = entry(id);
    QCOMPARE(e.state, OutboxState::Queued);
    QVERIFY2(e.lastError.contains(QStringLiteral("127.0.0.1")), qPrintable(e.lastError));
    // It comes back; the next attempt sends the reply, once.
    for (QTcpServer *server : m_fake->servers())
        QVERIFY(server->listen(QHostAddress::LocalHost, port));
    advance(kMinute);
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    QCOMPARE(flush(sender).sent, 1);
    QCOMPARE(sentCount(), 1);
    QCOMPARE(entry(id).state, OutboxState::Sent);
}

void TestOutboxSender::accountRemovedMidSend_doesNotStallTheOthers()
{
    dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    const qint64 c = syncAndFindConversation(QStringLiteral("psid-1"));
    queue(c, QStringLiteral("Svar"));
    GraphFake::FaultRule slow;
    slow.path = QStringLiteral("/messages");
    slow.delayMs = 800;
    m_fake->addFault(slow);
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    std::optional<OutboxSender::Summary> summary;
    connect(&sender, &OutboxSender::flushed, this, [&](const OutboxSender::Summary &s) { summary = s; });
    sender.flush();
    QTest::qWait(200); // the reply is on its way
    m_pool->drop(m_account);
    QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 5000);
    QCOMPARE(summary->sent, 0);
    // Left for the next run to reconcile (the platform may have it).
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'sending'")), qint64(1));
}

void TestOutboxSender::start_sendsWhatIsQueuedLater()
{
    dm(QStringLiteral("psid-1"), QStringLiteral("Hei"));
    dm(QStringLiteral("psid-2"), QStringLiteral("Hallo"));
    const qint64 a = syncAndFindConversation(QStringLiteral("psid-1"));
    const qint64 b = syncAndFindConversation(QStringLiteral("psid-2"));
    OutboxSender sender(*m_db, *m_pool, *m_clock, fastOptions());
    sender.start();
    QTest::qWait(100);
    QCOMPARE(sentCount(), 0);
    queue(a, QStringLiteral("Svar 1"));
    sender.kick();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'sent'")),
                              qint64(1), 5000);
    queue(b, QStringLiteral("Svar 2")); // no kick: the poll finds it
    // The platform has it before its answer is back and recorded.
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'sent'")),
                              qint64(2), 5000);
    sender.stop();
    QCOMPARE(sentCount(), 2);
}

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
