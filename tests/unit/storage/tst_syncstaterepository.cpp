#include "storagetestutil.h"

#include "storage/syncstaterepository.h"

using namespace Torget;
using namespace TorgetTest;

// Cursors, last sync times and errors per (account, stream); gaps in coverage; the stored
// rate-limit block.
class TestSyncStateRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void neverSynced_hasAnEmptyCursorAndNoTime();
    void saveCursor_keepsTheResumePoint_andClearsTheError();
    void setError_keepsTheCursor();
    void streams_areSeparate_perAccount();
    void lastSyncAt_isTheNewestStream();
    void openGap_twice_keepsOneGapFromTheFirstTime();
    void closeGap_endsIt_andTheNextFailureOpensANewOne();
    void closeGap_neverEndsBeforeItBegan();
    void blockedUntil_isStored_andClearedAgain();
    void blockRow_isNotAStream();
    void clear_forgetsCursors_butKeepsGaps();
    void removingTheAccount_removesItsState();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_a = 0;
    qint64 m_b = 0;
};

void TestSyncStateRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
    TORGET_CALL(addAccount(*m_db, QStringLiteral("A"), m_a));
    TORGET_CALL(addAccount(*m_db, QStringLiteral("B"), m_b, Channel::Mastodon));
}

void TestSyncStateRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSyncStateRepository::neverSynced_hasAnEmptyCursorAndNoTime()
{
    TORGET_TAKE(state, SyncStateRepository(*m_db).get(m_a, QStringLiteral("messenger")));
    QCOMPARE(state.cursor, QString());
    QCOMPARE(state.lastSyncAt, std::nullopt);
    QCOMPARE(state.lastError, QString());
    TORGET_TAKE(last, SyncStateRepository(*m_db).lastSyncAt(m_a));
    QCOMPARE(last, std::nullopt);
}

void TestSyncStateRepository::saveCursor_keepsTheResumePoint_andClearsTheError()
{
    SyncStateRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.setError(m_a, QStringLiteral("feed"), QStringLiteral("Tidsavbrudd")));
    TORGET_VERIFY_OK(repo.saveCursor(m_a, QStringLiteral("feed"), QStringLiteral("c+/=1"), 5000));
    TORGET_TAKE(state, repo.get(m_a, QStringLiteral("feed")));
    QCOMPARE(state.cursor, QStringLiteral("c+/=1"));
    QCOMPARE(state.lastSyncAt, std::optional<qint64>(5000));
    QCOMPARE(state.lastError, QString());
    TORGET_VERIFY_OK(repo.saveCursor(m_a, QStringLiteral("feed"), QStringLiteral("c2"), 6000));
    TORGET_TAKE(again, repo.get(m_a, QStringLiteral("feed")));
    QCOMPARE(again.cursor, QStringLiteral("c2"));
    QCOMPARE(again.lastSyncAt, std::optional<qint64>(6000));
}

void TestSyncStateRepository::setError_keepsTheCursor()
{
    SyncStateRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.saveCursor(m_a, QStringLiteral("feed"), QStringLiteral("c1"), 5000));
    TORGET_VERIFY_OK(repo.setError(m_a, QStringLiteral("feed"), QStringLiteral("Graph svarte 500")));
    TORGET_TAKE(state, repo.get(m_a, QStringLiteral("feed")));
    QCOMPARE(state.cursor, QStringLiteral("c1"));
    QCOMPARE(state.lastSyncAt, std::optional<qint64>(5000));
    QCOMPARE(state.lastError, QStringLiteral("Graph svarte 500"));
}

void TestSyncStateRepository::streams_areSeparate_perAccount()
{
    SyncStateRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.saveCursor(m_a, QStringLiteral("feed"), QStringLiteral("a-feed"), 1));
    TORGET_VERIFY_OK(repo.saveCursor(m_a, QStringLiteral("messenger"), QStringLiteral("a-dm"), 2));
    TORGET_VERIFY_OK(repo.saveCursor(m_b, QStringLiteral("feed"), QStringLiteral("b-feed"), 3));
    TORGET_TAKE(states, repo.forAccount(m_a));
    QCOMPARE(states.size(), std::size_t(2));
    QCOMPARE(states[0].stream, QStringLiteral("feed"));
    QCOMPARE(states[0].cursor, QStringLiteral("a-feed"));
    QCOMPARE(states[1].stream, QStringLiteral("messenger"));
    QCOMPARE(repo.get(m_b, QStringLiteral("feed"))->cursor, QStringLiteral("b-feed"));
}

void TestSyncStateRepository::lastSyncAt_isTheNewestStream()
{
    SyncStateRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.saveCursor(m_a, QStringLiteral("feed"), QString(), 7000));
    TORGET_VERIFY_OK(repo.saveCursor(m_a, QStringLiteral("messenger"), QString(), 9000));
    TORGET_VERIFY_OK(repo.saveCursor(m_b, QStringLiteral("feed"), QString(), 99000));
    TORGET_TAKE(last, repo.lastSyncAt(m_a));
    QCOMPARE(last, std::optional<qint64>(9000));
}

void TestSyncStateRepository::openGap_twice_keepsOneGapFromTheFirstTime()
{
    SyncStateRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.openGap(m_a, 1000, QStringLiteral("nett nede")));
    TORGET_VERIFY_OK(repo.openGap(m_a, 2000, QStringLiteral("fortsatt nede")));
    TORGET_TAKE(gaps, repo.gaps(m_a));
    QCOMPARE(gaps.size(), std::size_t(1));
    QCOMPARE(gaps[0].fromAt, qint64(1000));
    QCOMPARE(gaps[0].toAt, std::nullopt);
    QCOMPARE(gaps[0].reason, QStringLiteral("fortsatt nede"));
    TORGET_TAKE(otherGaps, repo.gaps(m_b));
    QVERIFY(otherGaps.empty());
}

void TestSyncStateRepository::closeGap_endsIt_andTheNextFailureOpensANewOne()
{
    SyncStateRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.openGap(m_a, 1000, QStringLiteral("500")));
    TORGET_VERIFY_OK(repo.closeGap(m_a, 4000));
    TORGET_VERIFY_OK(repo.closeGap(m_a, 9000)); // nothing open: nothing changes
    TORGET_VERIFY_OK(repo.openGap(m_a, 5000, QStringLiteral("429")));
    TORGET_TAKE(all, repo.gaps(m_a));
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all[0].toAt, std::optional<qint64>(4000));
    QCOMPARE(all[1].fromAt, qint64(5000));
    TORGET_TAKE(open, repo.gaps(m_a, true));
    QCOMPARE(open.size(), std::size_t(1));
    QCOMPARE(open[0].reason, QStringLiteral("429"));
}

void TestSyncStateRepository::closeGap_neverEndsBeforeItBegan()
{
    SyncStateRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.openGap(m_a, 5000, QStringLiteral("x")));
    TORGET_VERIFY_OK(repo.closeGap(m_a, 3000));
    TORGET_TAKE(gaps, repo.gaps(m_a));
    QCOMPARE(gaps[0].toAt, std::optional<qint64>(5000));
}

void TestSyncStateRepository::blockedUntil_isStored_andClearedAgain()
{
    SyncStateRepository repo(*m_db);
    TORGET_TAKE(none, repo.blockedUntil(m_a));
    QCOMPARE(none, std::nullopt);
    TORGET_VERIFY_OK(repo.setBlockedUntil(m_a, 1'790'000'000'000));
    TORGET_TAKE(blocked, repo.blockedUntil(m_a));
    QCOMPARE(blocked, std::optional<qint64>(1'790'000'000'000));
    TORGET_TAKE(other, repo.blockedUntil(m_b));
    QCOMPARE(other, std::nullopt);
    TORGET_VERIFY_OK(repo.setBlockedUntil(m_a, std::nullopt));
    TORGET_TAKE(cleared, repo.blockedUntil(m_a));
    QCOMPARE(cleared, std::nullopt);
}

void TestSyncStateRepository::blockRow_isNotAStream()
{
    SyncStateRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.setBlockedUntil(m_a, 123456));
    TORGET_TAKE(states, repo.forAccount(m_a));
    QVERIFY(states.empty());
    TORGET_TAKE(last, repo.lastSyncAt(m_a));
    QCOMPARE(last, std::nullopt);
}

void TestSyncStateRepository::clear_forgetsCursors_butKeepsGaps()
{
    SyncStateRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.saveCursor(m_a, QStringLiteral("feed"), QStringLiteral("c"), 1));
    TORGET_VERIFY_OK(repo.setBlockedUntil(m_a, 99));
    TORGET_VERIFY_OK(repo.openGap(m_a, 1, QStringLiteral("x")));
    TORGET_VERIFY_OK(repo.clear(m_a));
    QCOMPARE(repo.get(m_a, QStringLiteral("feed"))->cursor, QString());
    QCOMPARE(*repo.blockedUntil(m_a), std::nullopt);
    QCOMPARE(repo.gaps(m_a)->size(), std::size_t(1));
}

void TestSyncStateRepository::removingTheAccount_removesItsState()
{
    SyncStateRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.saveCursor(m_a, QStringLiteral("feed"), QStringLiteral("c"), 1));
    TORGET_VERIFY_OK(repo.openGap(m_a, 1, QStringLiteral("x")));
    TORGET_VERIFY_OK(AccountRepository(*m_db).remove(m_a, AccountRepository::Removal::DeleteData));
    qint64 rows = -1;
    TORGET_CALL(scalarInt(*m_db,
                          QStringLiteral("SELECT (SELECT COUNT(*) FROM sync_state) + "
                                         "(SELECT COUNT(*) FROM sync_gaps)"),
                          rows));
    QCOMPARE(rows, qint64(0));
}

QTEST_GUILESS_MAIN(TestSyncStateRepository)
#include "tst_syncstaterepository.moc"
