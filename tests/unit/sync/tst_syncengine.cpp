#include "syncfixture.h"

#include "storage/maintenance.h"
#include "storage/syncstaterepository.h"
#include "sync/syncengine.h"

using namespace Torget;
using namespace TorgetTest;

// The sync engine with the real Facebook connector against the Graph fake over loopback: pages
// into the database, cursors, faults (rate limits, 5xx, broken answers, expired tokens, missing
// permissions), gaps in coverage, and polling on the account's interval.
class TestSyncEngine : public QObject, private SyncFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }

    void syncOnce_storesEveryStream_withItsCursor();
    void syncOnce_again_storesOnlyWhatIsNew();
    void progress_isReportedPerPage();
    void transientFault_isRetried_withinTheSync_data();
    void transientFault_isRetried_withinTheSync();
    void persistentFault_opensAGap_thatTheNextGoodSyncCloses();
    void rateLimit_nothingIsRequestedBeforeTheTime_thenItResumes();
    void expiredToken_asksToSignIn_andResumesFromItsCursorAfterwards();
    void missingPermission_isAnError_butOtherStreamsStillSync();
    void pausedAccount_isNotSynced();
    void missingTokenInTheKeychain_asksToSignIn_withoutARequest();
    void polling_syncsAgainAfterTheInterval_andSyncNowAtOnce();
    void accountRemovedMidSync_endsTheSync();

private:
    QList<SyncEngine::AccountResult> once(SyncEngine &engine, std::optional<qint64> account = std::nullopt);
    static SyncEngine::Options fastOptions();
    qint64 messages() { return scalar(QStringLiteral("SELECT COUNT(*) FROM messages")); }
};

SyncEngine::Options TestSyncEngine::fastOptions()
{
    SyncEngine::Options o;
    o.backoff = Backoff(20, 80, [] { return 0.5; });
    o.onceRetries = 2;
    o.onceWaitLimitMs = 1000;
    return o;
}

QList<SyncEngine::AccountResult> TestSyncEngine::once(SyncEngine &engine, std::optional<qint64> account)
{
    QList<SyncEngine::AccountResult> results;
    bool done = false;
    QObject context;
    QObject::connect(&engine, &SyncEngine::onceFinished, &context,
                     [&](const QList<SyncEngine::AccountResult> &r) {
                         results = r;
                         done = true;
                     });
    engine.syncOnce(account);
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        QTest::qFail("syncOnce did not finish", __FILE__, __LINE__);
    return results;
}

void TestSyncEngine::syncOnce_storesEveryStream_withItsCursor()
{
    for (int i = 0; i < 30; ++i)
        dm(QStringLiteral("psid%1").arg(i), QStringLiteral("Spørsmål %1").arg(i), 10 + i);
    const QString post = m_fake->store().addPost(QStringLiteral("Dugnad på lørdag"), m_now - 5 * kHour, 7, 1);
    (void)m_fake->store().addComment(post, QString(), QStringLiteral("c-psid"), QStringLiteral("Per"),
                                     QStringLiteral("Hvor møtes vi?"), m_now - 4 * kHour);
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    const auto results = once(engine);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results[0].error.isEmpty(), qPrintable(results[0].error));
    QCOMPARE(results[0].stored, 31);
    QCOMPARE(messages(), qint64(31));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM conversations")), qint64(31));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(1));
    TORGET_TAKE(streams, SyncStateRepository(*m_db).forAccount(m_account));
    QCOMPARE(streams.size(), std::size_t(3));
    for (const SyncState &s : streams) {
        QCOMPARE(s.lastSyncAt, std::optional<qint64>(m_now));
        QVERIFY2(!s.cursor.isEmpty(), qPrintable(s.stream));
        QCOMPARE(s.lastError, QString());
    }
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSyncEngine::syncOnce_again_storesOnlyWhatIsNew()
{
    for (int i = 0; i < 5; ++i)
        dm(QStringLiteral("psid%1").arg(i), QStringLiteral("Spørsmål %1").arg(i), 30 + i);
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    QCOMPARE(once(engine).value(0).stored, 5);
    QCOMPARE(once(engine).value(0).stored, 0);
    QCOMPARE(messages(), qint64(5));
    advance(5 * kMinute);
    dm(QStringLiteral("psid1"), QStringLiteral("Og en ting til"), 1);
    dm(QStringLiteral("ny"), QStringLiteral("Hei"), 1);
    QCOMPARE(once(engine).value(0).stored, 2);
    QCOMPARE(messages(), qint64(7));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM conversations")), qint64(6));
}

void TestSyncEngine::progress_isReportedPerPage()
{
    for (int i = 0; i < 60; ++i)
        dm(QStringLiteral("psid%1").arg(i), QStringLiteral("Spørsmål %1").arg(i), 10 + i);
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    QList<int> pages;
    QList<int> stored;
    connect(&engine, &SyncEngine::progress, this, [&](qint64 account, const QString &, int p, int s) {
        QCOMPARE(account, m_account);
        pages << p;
        stored << s;
    });
    const auto results = once(engine);
    QVERIFY(pages.size() >= 3);
    for (qsizetype i = 0; i < pages.size(); ++i)
        QCOMPARE(pages[i], int(i + 1));
    QCOMPARE(stored.last(), 60);
    QCOMPARE(results[0].pages, pages.last());
}

void TestSyncEngine::transientFault_isRetried_withinTheSync_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("graphCode");
    QTest::addColumn<bool>("truncate");
    QTest::newRow("HTTP 500") << 500 << 0 << false;
    QTest::newRow("HTTP 503") << 503 << 0 << false;
    QTest::newRow("Graph code 2 (temporary)") << 0 << 2 << false;
    QTest::newRow("truncated JSON") << 0 << 0 << true;
}

void TestSyncEngine::transientFault_isRetried_withinTheSync()
{
    QFETCH(int, status);
    QFETCH(int, graphCode);
    QFETCH(bool, truncate);
    dm(QStringLiteral("psid1"), QStringLiteral("Hei"));
    GraphFake::FaultRule rule;
    rule.path = QStringLiteral("/conversations");
    rule.status = status;
    rule.graphCode = graphCode;
    rule.truncate = truncate;
    rule.count = 2;
    m_fake->addFault(rule);
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    const auto results = once(engine);
    QVERIFY2(results[0].error.isEmpty(), qPrintable(results[0].error));
    QCOMPARE(messages(), qint64(1));
    // It was missing for a while, and is covered again.
    TORGET_TAKE(gaps, SyncStateRepository(*m_db).gaps(m_account));
    QCOMPARE(gaps.size(), std::size_t(1));
    QCOMPARE(gaps[0].toAt, std::optional<qint64>(m_now));
}

void TestSyncEngine::persistentFault_opensAGap_thatTheNextGoodSyncCloses()
{
    dm(QStringLiteral("psid1"), QStringLiteral("Hei"), 60);
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    QVERIFY(once(engine).value(0).error.isEmpty());
    const qint64 lastGood = m_now;
    advance(10 * kMinute);
    dm(QStringLiteral("psid2"), QStringLiteral("Hallo"), 5);
    GraphFake::FaultRule rule;
    rule.path = QStringLiteral("/conversations");
    rule.status = 500;
    rule.count = 100;
    m_fake->addFault(rule);
    const auto failed = once(engine);
    QVERIFY(!failed[0].error.isEmpty());
    TORGET_TAKE(open, SyncStateRepository(*m_db).gaps(m_account, true));
    QCOMPARE(open.size(), std::size_t(1));
    QCOMPARE(open[0].fromAt, lastGood);
    TORGET_TAKE(messenger, SyncStateRepository(*m_db).get(m_account, QStringLiteral("messenger")));
    QCOMPARE(messenger.lastError, failed[0].error);
    QCOMPARE(messenger.lastSyncAt, std::optional<qint64>(lastGood));
    m_fake->clearFaults();
    advance(kMinute);
    QVERIFY(once(engine).value(0).error.isEmpty());
    QCOMPARE(messages(), qint64(2));
    TORGET_TAKE(gaps, SyncStateRepository(*m_db).gaps(m_account));
    QCOMPARE(gaps.size(), std::size_t(1));
    QCOMPARE(gaps[0].toAt, std::optional<qint64>(m_now));
    QCOMPARE(SyncStateRepository(*m_db).get(m_account, QStringLiteral("messenger"))->lastError, QString());
}

void TestSyncEngine::rateLimit_nothingIsRequestedBeforeTheTime_thenItResumes()
{
    dm(QStringLiteral("psid1"), QStringLiteral("Hei"));
    GraphFake::FaultRule rule;
    rule.path = QStringLiteral("/conversations");
    rule.graphCode = 80001;
    rule.regainMinutes = 3;
    m_fake->addFault(rule);
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    const auto limited = once(engine);
    QVERIFY(!limited[0].error.isEmpty());
    TORGET_TAKE(blocked, SyncStateRepository(*m_db).blockedUntil(m_account));
    QCOMPARE(blocked, std::optional<qint64>(m_now + 3 * kMinute));
    const int requests = m_fake->requestCount();
    // Asked again a minute later: no request goes out, by this engine or by a new one (another
    // torget-cli run) that only knows the stored block.
    advance(kMinute);
    QVERIFY(!once(engine).value(0).error.isEmpty());
    ConnectorPool freshPool(*m_db, *m_secrets, *m_factory);
    SyncEngine fresh(*m_db, freshPool, *m_clock, fastOptions());
    QVERIFY(!once(fresh).value(0).error.isEmpty());
    QCOMPARE(m_fake->requestCount(), requests);
    advance(2 * kMinute + 1000);
    const auto resumed = once(fresh);
    QVERIFY2(resumed[0].error.isEmpty(), qPrintable(resumed[0].error));
    QCOMPARE(messages(), qint64(1));
    TORGET_TAKE(cleared, SyncStateRepository(*m_db).blockedUntil(m_account));
    QCOMPARE(cleared, std::nullopt);
}

void TestSyncEngine::expiredToken_asksToSignIn_andResumesFromItsCursorAfterwards()
{
    for (int i = 0; i < 3; ++i)
        dm(QStringLiteral("psid%1").arg(i), QStringLiteral("Spørsmål %1").arg(i), 30 + i);
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    QVERIFY(once(engine).value(0).error.isEmpty());
    TORGET_TAKE(before, SyncStateRepository(*m_db).get(m_account, QStringLiteral("messenger")));

    advance(5 * kMinute);
    dm(QStringLiteral("psid1"), QStringLiteral("Svar meg!"), 1);
    m_fake->setTokenValid(false);
    QList<QString> states;
    connect(&engine, &SyncEngine::accountStateChanged, this,
            [&](qint64, const QString &state) { states << state; });
    const auto expired = once(engine);
    QVERIFY(!expired[0].error.isEmpty());
    QCOMPARE(states, QList<QString>{QStringLiteral("signin")});
    QCOMPARE(AccountRepository(*m_db).byId(m_account)->value().state, QStringLiteral("signin"));
    TORGET_TAKE(kept, SyncStateRepository(*m_db).get(m_account, QStringLiteral("messenger")));
    QCOMPARE(kept.cursor, before.cursor);
    QCOMPARE(SyncStateRepository(*m_db).gaps(m_account, true)->size(), std::size_t(1));
    // Until someone signs in, nothing is asked of the platform.
    const int requests = m_fake->requestCount();
    QVERIFY(once(engine).isEmpty()); // not among the active accounts
    const auto refused = once(engine, m_account);
    QVERIFY(refused.value(0).error.contains(QStringLiteral("sign in")));
    QCOMPARE(m_fake->requestCount(), requests);

    // Signed in again (what AccountSetup::signInAgain does): new token, account active.
    m_fake->setTokenValid(true);
    QVERIFY(m_secrets->writeNow(SecretStore::accountKey(m_account), QStringLiteral("new-token")).ok());
    TORGET_VERIFY_OK(AccountRepository(*m_db).setState(m_account, QStringLiteral("active")));
    m_pool->forget(m_account);
    const auto resumed = once(engine);
    QVERIFY2(resumed[0].error.isEmpty(), qPrintable(resumed[0].error));
    QCOMPARE(resumed[0].stored, 1);
    QCOMPARE(messages(), qint64(4));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT external_id FROM messages GROUP BY external_id "
                              "HAVING COUNT(*) > 1)")),
        qint64(0));
    QCOMPARE(SyncStateRepository(*m_db).gaps(m_account, true)->size(), std::size_t(0));
}

void TestSyncEngine::missingPermission_isAnError_butOtherStreamsStillSync()
{
    dm(QStringLiteral("psid1"), QStringLiteral("Hei"));
    const QString post = m_fake->store().addPost(QStringLiteral("Innlegg"), m_now - 5 * kHour);
    (void)m_fake->store().addComment(post, QString(), QStringLiteral("c1"), QStringLiteral("Per"),
                                     QStringLiteral("Kommentar"), m_now - 4 * kHour);
    GraphFake::FaultRule rule;
    rule.path = QStringLiteral("/conversations");
    rule.graphCode = 200;
    rule.status = 403;
    m_fake->addFault(rule);
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    const auto results = once(engine);
    QVERIFY(!results[0].error.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages")), qint64(1)); // the comment
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(1));
    QCOMPARE(AccountRepository(*m_db).byId(m_account)->value().state, QStringLiteral("active"));
    QVERIFY(!SyncStateRepository(*m_db).get(m_account, QStringLiteral("messenger"))->lastError.isEmpty());
    QCOMPARE(SyncStateRepository(*m_db).get(m_account, QStringLiteral("feed"))->lastError, QString());
}

void TestSyncEngine::pausedAccount_isNotSynced()
{
    dm(QStringLiteral("psid1"), QStringLiteral("Hei"));
    TORGET_VERIFY_OK(AccountRepository(*m_db).setState(m_account, QStringLiteral("paused")));
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    QCOMPARE(once(engine).size(), 0); // only active accounts take part
    bool done = false;
    QString error;
    connect(&engine, &SyncEngine::onceFinished, this, [&](const QList<SyncEngine::AccountResult> &r) {
        error = r.value(0).error;
        done = true;
    });
    engine.syncOnce(m_account); // asked for by name
    QTRY_VERIFY(done);
    QVERIFY(error.contains(QStringLiteral("paused")));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestSyncEngine::missingTokenInTheKeychain_asksToSignIn_withoutARequest()
{
    // Someone deleted the sign-in from the keychain (or the database came from another computer):
    // retrying cannot help, so the account asks to sign in again, as for an expired token.
    dm(QStringLiteral("psid1"), QStringLiteral("Hei"));
    TORGET_VERIFY_OK(m_secrets->removeNow(SecretStore::accountKey(m_account)));
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    const auto results = once(engine);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.value(0).error.contains(QStringLiteral("sign in again")),
             qPrintable(results.value(0).error));
    TORGET_TAKE(account, AccountRepository(*m_db).byId(m_account));
    QCOMPARE(account->state, QStringLiteral("signin"));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestSyncEngine::polling_syncsAgainAfterTheInterval_andSyncNowAtOnce()
{
    // Below the 30 s the repository allows, to keep the test short.
    TORGET_VERIFY_OK(m_db->execute(QStringLiteral("UPDATE accounts SET sync_interval = 1 WHERE id = :id"),
                                   {{":id", m_account}}));
    dm(QStringLiteral("psid1"), QStringLiteral("Hei"));
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    int finished = 0;
    connect(&engine, &SyncEngine::syncFinished, this, [&](qint64, const Status &s) {
        QVERIFY(s.ok());
        ++finished;
    });
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 5000);
    QCOMPARE(messages(), qint64(1));
    dm(QStringLiteral("psid2"), QStringLiteral("Hallo"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished, 2, 5000); // the next poll, a second later
    QCOMPARE(messages(), qint64(2));
    TORGET_VERIFY_OK(m_db->execute(QStringLiteral("UPDATE accounts SET sync_interval = 3600 WHERE id = :id"),
                                   {{":id", m_account}}));
    QTRY_COMPARE_WITH_TIMEOUT(finished, 3, 5000); // scheduled at the old interval
    dm(QStringLiteral("psid3"), QStringLiteral("Hva nå?"), 1);
    engine.syncNow(m_account);
    QTRY_COMPARE_WITH_TIMEOUT(finished, 4, 5000);
    QCOMPARE(messages(), qint64(3));
    QTest::qWait(1500);
    QCOMPARE(finished, 4); // an hour until the next poll
    engine.stop();
}

void TestSyncEngine::accountRemovedMidSync_endsTheSync()
{
    dm(QStringLiteral("psid1"), QStringLiteral("Hei"));
    GraphFake::FaultRule slow;
    slow.path = QStringLiteral("/conversations");
    slow.delayMs = 800;
    m_fake->addFault(slow);
    SyncEngine engine(*m_db, *m_pool, *m_clock, fastOptions());
    QList<SyncEngine::AccountResult> results;
    bool done = false;
    connect(&engine, &SyncEngine::onceFinished, this, [&](const QList<SyncEngine::AccountResult> &r) {
        results = r;
        done = true;
    });
    engine.syncOnce();
    QTest::qWait(200); // the first request is on its way
    m_pool->drop(m_account);
    TORGET_VERIFY_OK(AccountRepository(*m_db).remove(m_account, AccountRepository::Removal::DeleteData));
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(results.size(), 1);
    QVERIFY(!results[0].error.isEmpty());
    QVERIFY(!engine.isSyncing(m_account));
    QCOMPARE(messages(), qint64(0));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
