#include "storagetestutil.h"

#include "storage/maintenance.h"
#include "storage/messagerepository.h"
#include "storage/searchrepository.h"

using namespace Torget;
using namespace TorgetTest;

// What the channels need of accounts: lookup by id, state, the platform's id, the sync interval,
// and removal with or without the data the account brought in.
class TestAccountRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void byId_findsTheAccount_orNothing();
    void setState_data();
    void setState();
    void syncInterval_defaultsToFiveMinutes_andRefusesTooOften();
    void setExternalId_isStored();
    void remove_deleteData_takesEverythingOfTheAccountOnly();
    void remove_keepData_pausesAndForgetsCursors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAccountRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
}

void TestAccountRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAccountRepository::byId_findsTheAccount_orNothing()
{
    qint64 id = 0;
    TORGET_CALL(addAccount(*m_db, QStringLiteral("Demo kommune"), id, Channel::Mastodon));
    TORGET_TAKE(found, AccountRepository(*m_db).byId(id));
    QVERIFY(found.has_value());
    QCOMPARE(found->name, QStringLiteral("Demo kommune"));
    QCOMPARE(found->channel, Channel::Mastodon);
    QCOMPARE(found->state, QStringLiteral("active"));
    TORGET_TAKE(missing, AccountRepository(*m_db).byId(id + 100));
    QVERIFY(!missing.has_value());
}

void TestAccountRepository::setState_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("active") << QStringLiteral("active") << true;
    QTest::newRow("paused") << QStringLiteral("paused") << true;
    QTest::newRow("signin") << QStringLiteral("signin") << true;
    QTest::newRow("unknown") << QStringLiteral("deleted") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAccountRepository::setState()
{
    QFETCH(QString, state);
    QFETCH(bool, accepted);
    qint64 id = 0;
    TORGET_CALL(addAccount(*m_db, QStringLiteral("A"), id));
    AccountRepository repo(*m_db);
    QCOMPARE(repo.setState(id, state).ok(), accepted);
    TORGET_TAKE(account, repo.byId(id));
    QCOMPARE(account->state, accepted ? state : QStringLiteral("active"));
}

void TestAccountRepository::syncInterval_defaultsToFiveMinutes_andRefusesTooOften()
{
    qint64 id = 0;
    TORGET_CALL(addAccount(*m_db, QStringLiteral("A"), id));
    AccountRepository repo(*m_db);
    TORGET_TAKE(initial, repo.syncInterval(id));
    QCOMPARE(initial, 300);
    TORGET_VERIFY_OK(repo.setSyncInterval(id, 60));
    QCOMPARE(*repo.syncInterval(id), 60);
    QVERIFY(!repo.setSyncInterval(id, 5).ok());
    QCOMPARE(*repo.syncInterval(id), 60);
    QVERIFY(!repo.syncInterval(id + 1).ok());
}

void TestAccountRepository::setExternalId_isStored()
{
    qint64 id = 0;
    TORGET_CALL(addAccount(*m_db, QStringLiteral("A"), id, Channel::Mastodon));
    TORGET_VERIFY_OK(AccountRepository(*m_db).setExternalId(id, QStringLiteral("109876")));
    QCOMPARE(AccountRepository(*m_db).byId(id)->value().externalId, QStringLiteral("109876"));
}

void TestAccountRepository::remove_deleteData_takesEverythingOfTheAccountOnly()
{
    Seed gone;
    Seed kept;
    TORGET_CALL(seed(*m_db, gone, QStringLiteral("Borte")));
    TORGET_CALL(seed(*m_db, kept, QStringLiteral("Blir")));
    MessageRepository messages(*m_db);
    TORGET_VERIFY_OK(
        messages.insert(message(gone, QStringLiteral("g1"), QStringLiteral("brøyting Storgata"))));
    TORGET_VERIFY_OK(
        messages.insert(message(kept, QStringLiteral("k1"), QStringLiteral("brøyting Lillegata"))));
    TORGET_VERIFY_OK(AccountRepository(*m_db).remove(gone.accountId, AccountRepository::Removal::DeleteData));
    qint64 left = 0;
    TORGET_CALL(
        scalarInt(*m_db,
                  QStringLiteral("SELECT (SELECT COUNT(*) FROM accounts) * 1000 + "
                                 "(SELECT COUNT(*) FROM conversations) * 100 + "
                                 "(SELECT COUNT(*) FROM messages) * 10 + (SELECT COUNT(*) FROM citizens)"),
                  left));
    QCOMPARE(left, qint64(1111));
    // The search index forgot the removed messages too (it is contentless: it must be told).
    TORGET_TAKE(hits, SearchRepository(*m_db).search(QStringLiteral("brøyting"), 10));
    QCOMPARE(hits.size(), std::size_t(1));
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccountRepository::remove_keepData_pausesAndForgetsCursors()
{
    Seed s;
    TORGET_CALL(seed(*m_db, s));
    TORGET_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO sync_state(account_id, stream, cursor) "
                                                  "VALUES(:a, 'feed', 'c')"),
                                   {{":a", s.accountId}}));
    TORGET_VERIFY_OK(AccountRepository(*m_db).remove(s.accountId, AccountRepository::Removal::KeepData));
    TORGET_TAKE(account, AccountRepository(*m_db).byId(s.accountId));
    QCOMPARE(account->state, QStringLiteral("paused"));
    qint64 rows = 0;
    TORGET_CALL(scalarInt(*m_db, QStringLiteral("SELECT COUNT(*) FROM sync_state"), rows));
    QCOMPARE(rows, qint64(0));
    TORGET_CALL(scalarInt(*m_db, QStringLiteral("SELECT COUNT(*) FROM conversations"), rows));
    QCOMPARE(rows, qint64(1));
}

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_accountrepository.moc"
