#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/messagerepository.h"
#include "storage/migrator.h"
#include "storage/searchrepository.h"
#include "storagetestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Torget;
using namespace TorgetTest;

namespace {

void compareStats(const DatabaseStats &actual, const DatabaseStats &expected)
{
    QCOMPARE(actual.accounts, expected.accounts);
    QCOMPARE(actual.conversations, expected.conversations);
    QCOMPARE(actual.unanswered, expected.unanswered);
    QCOMPARE(actual.messages, expected.messages);
    QCOMPARE(actual.posts, expected.posts);
    QCOMPARE(actual.schemaVersion, expected.schemaVersion);
}

} // namespace

class TestMaintenance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void check_soundDatabase_reportsNothing();
    void check_emptyDatabase_reportsNothing();
    void check_damage_isReported_data();
    void check_damage_isReported();
    void stats_countsEachKindOfRow();
    void stats_emptyDatabase_isAllZeroWithLatestVersion();
    void backup_newPath_copyOpensWithSameCountsAndSearch();
    void backup_existingFile_isRefusedAndLeftAlone();
    void backup_missingFolder_isRefused();
    void backup_whileAnotherConnectionWrites_copiesCommittedState();

private:
    // Two accounts, three conversations (two new, one open), five messages, one post, tags.
    void fill();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Seed m_seed;
};

void TestMaintenance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
}

void TestMaintenance::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestMaintenance::fill()
{
    TORGET_CALL(seed(*m_db, m_seed));
    Seed other;
    TORGET_CALL(seed(*m_db, other, QStringLiteral("Demo kommune på Instagram")));
    qint64 third = 0;
    TORGET_CALL(addConversation(
        *m_db, conversation(m_seed.accountId, m_seed.citizenId, QStringLiteral("conv-3")), third));
    ConversationRepository conversations(*m_db);
    TORGET_VERIFY_OK(conversations.setStatus(third, ConversationStatus::Open, std::nullopt, 5000));
    TORGET_VERIFY_OK(conversations.addTag(third, QStringLiteral("brøyting")));
    TORGET_VERIFY_OK(conversations.addTag(m_seed.conversationId, QStringLiteral("brøyting")));

    MessageRepository messages(*m_db);
    TORGET_VERIFY_OK(
        messages.insert(message(m_seed, QStringLiteral("m1"), QStringLiteral("Når brøyter dere?"))));
    TORGET_VERIFY_OK(messages.insert(message(m_seed, QStringLiteral("m2"), QStringLiteral("Hallo?"), 2100)));
    TORGET_VERIFY_OK(
        messages.insert(message(other, QStringLiteral("m1"), QStringLiteral("Bålforbud i dag?"))));
    Seed thirdSeed = m_seed;
    thirdSeed.conversationId = third;
    TORGET_VERIFY_OK(messages.insert(message(thirdSeed, QStringLiteral("m3"), QStringLiteral("Takk!"))));
    Message reply = message(thirdSeed, QString(), QStringLiteral("Bare hyggelig"), 2500);
    reply.direction = Direction::Outbound;
    TORGET_VERIFY_OK(messages.insert(reply));

    Post post;
    post.accountId = m_seed.accountId;
    post.externalId = QStringLiteral("post-1");
    post.text = QStringLiteral("Brøyteplan for vinteren");
    post.createdAt = 900;
    TORGET_VERIFY_OK(PostRepository(*m_db).upsert(post));
}

void TestMaintenance::check_soundDatabase_reportsNothing()
{
    TORGET_CALL(fill());
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestMaintenance::check_emptyDatabase_reportsNothing()
{
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestMaintenance::check_damage_isReported_data()
{
    QTest::addColumn<QStringList>("damage"); // SQL run on the filled database
    QTest::addColumn<QString>("mentions");   // a word the report must contain

    QTest::newRow("wrong message counter")
        << QStringList{QStringLiteral("UPDATE conversations SET message_count = 99")}
        << QStringLiteral("count");
    QTest::newRow("one counter off by one")
        << QStringList{QStringLiteral("UPDATE conversations SET message_count = message_count + 1 WHERE id = "
                                      "(SELECT MIN(id) FROM conversations)")}
        << QStringLiteral("count");
    QTest::newRow("message deleted behind the counter's back")
        << QStringList{QStringLiteral("DELETE FROM messages WHERE id = (SELECT MAX(id) FROM messages)")}
        << QStringLiteral("count");
    QTest::newRow("dangling foreign key")
        << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                       QStringLiteral(
                           "UPDATE messages SET citizen_id = 4242 WHERE id = (SELECT MIN(id) FROM messages)"),
                       QStringLiteral("PRAGMA foreign_keys = ON")}
        << QStringLiteral("messages");
    QTest::newRow("search index pages overwritten")
        << QStringList{QStringLiteral(
               "UPDATE message_fts_data SET block = zeroblob(length(block)) WHERE id > 10")}
        << QStringLiteral("search");
}

void TestMaintenance::check_damage_isReported()
{
    QFETCH(QStringList, damage);
    QFETCH(QString, mentions);
    TORGET_CALL(fill());
    for (const QString &sql : damage)
        TORGET_VERIFY_OK(m_db->exec(sql));
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(mentions, Qt::CaseInsensitive),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestMaintenance::stats_countsEachKindOfRow()
{
    TORGET_CALL(fill());
    TORGET_TAKE(stats, Maintenance(*m_db).stats());
    DatabaseStats expected;
    expected.accounts = 2;
    expected.conversations = 3;
    expected.unanswered = 2;
    expected.messages = 5;
    expected.posts = 1;
    expected.schemaVersion = Migrator(*m_db).latestVersion();
    TORGET_CALL(compareStats(stats, expected));

    // The counts follow changes.
    TORGET_VERIFY_OK(ConversationRepository(*m_db).setStatus(m_seed.conversationId,
                                                             ConversationStatus::Resolved, std::nullopt, 1));
    TORGET_TAKE(after, Maintenance(*m_db).stats());
    QCOMPARE(after.unanswered, qint64(1));
    QCOMPARE(after.conversations, qint64(3));
}

void TestMaintenance::stats_emptyDatabase_isAllZeroWithLatestVersion()
{
    TORGET_TAKE(stats, Maintenance(*m_db).stats());
    DatabaseStats expected;
    expected.schemaVersion = Migrator(*m_db).latestVersion();
    QVERIFY(expected.schemaVersion > 0);
    TORGET_CALL(compareStats(stats, expected));
}

void TestMaintenance::backup_newPath_copyOpensWithSameCountsAndSearch()
{
    TORGET_CALL(fill());
    const QString target = dbPath(*m_dir, QStringLiteral("backup.sqlite"));
    TORGET_VERIFY_OK(Maintenance(*m_db).backup(target));
    QVERIFY(QFile::exists(target));

    TORGET_TAKE(live, Maintenance(*m_db).stats());
    std::unique_ptr<Database> copy;
    TORGET_CALL(openMigrated(target, copy));
    TORGET_TAKE(copied, Maintenance(*copy).stats());
    TORGET_CALL(compareStats(copied, live));
    QCOMPARE(copied.messages, qint64(5)); // not two empty databases agreeing

    TORGET_TAKE(problems, Maintenance(*copy).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    TORGET_TAKE(hits, SearchRepository(*copy).search(QStringLiteral("bålforbud")));
    QCOMPARE(hits.size(), std::size_t(1));
    TORGET_TAKE(tags, ConversationRepository(*copy).tags(m_seed.conversationId));
    QCOMPARE(tags, QStringList{QStringLiteral("brøyting")});
}

void TestMaintenance::backup_existingFile_isRefusedAndLeftAlone()
{
    TORGET_CALL(fill());
    const QString target = dbPath(*m_dir, QStringLiteral("important.txt"));
    const QByteArray content("not a database, and not to be overwritten\n");
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), qint64(content.size()));
    }
    const Status backedUp = Maintenance(*m_db).backup(target);
    QVERIFY(!backedUp.ok());
    QVERIFY2(backedUp.error().contains(QStringLiteral("important.txt")), qPrintable(backedUp.error()));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestMaintenance::backup_missingFolder_isRefused()
{
    const QString target = m_dir->filePath(QStringLiteral("no/such/folder/backup.sqlite"));
    const Status backedUp = Maintenance(*m_db).backup(target);
    QVERIFY(!backedUp.ok());
    QVERIFY(!QFile::exists(target));
}

void TestMaintenance::backup_whileAnotherConnectionWrites_copiesCommittedState()
{
    // A second Database object on the same file stands for the sync engine; it holds a write
    // transaction open while the first takes the backup. In WAL mode a reader does not wait for the
    // writer, so the backup succeeds and contains exactly what was committed before it started.
    TORGET_CALL(fill());
    std::unique_ptr<Database> writer;
    TORGET_CALL(openMigrated(m_db->path(), writer));
    Seed writerSeed = m_seed;
    const QString target = dbPath(*m_dir, QStringLiteral("online.sqlite"));

    Status backedUp = Error{QStringLiteral("backup() was not called")};
    const Status written = writer->write([&]() -> Status {
        auto stored = MessageRepository(*writer).insert(message(
            writerSeed, QStringLiteral("during-backup"), QStringLiteral("Skrevet under kopieringen"), 9000));
        if (!stored)
            return Error{stored.error()};
        backedUp = Maintenance(*m_db).backup(target);
        return {};
    });
    TORGET_VERIFY_OK(written);
    TORGET_VERIFY_OK(backedUp);

    std::unique_ptr<Database> copy;
    TORGET_CALL(openMigrated(target, copy));
    TORGET_TAKE(copied, Maintenance(*copy).stats());
    QCOMPARE(copied.messages, qint64(5)); // the uncommitted sixth message is not in the copy
    TORGET_TAKE(problems, Maintenance(*copy).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    TORGET_TAKE(live, Maintenance(*m_db).stats());
    QCOMPARE(live.messages, qint64(6));
}

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
