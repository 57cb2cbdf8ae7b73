#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/migrator.h"
#include "storage/searchrepository.h"
#include "storagetestutil.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Torget;
using namespace TorgetTest;

namespace {

// Rows that are valid at schema version `version`, written with plain SQL as an older program
// would have written them (no repository code, which only knows the newest schema).
void insertRowsValidAt(Database &db, int version)
{
    if (version < 1)
        return; // no tables yet
    const QStringList statements{
        QStringLiteral("INSERT INTO accounts(id, channel, name, created_at) VALUES(1, 'facebook', "
                       "'Demo kommune', 100)"),
        QStringLiteral(
            "INSERT INTO agents(id, name, email) VALUES(1, 'Åse Saksbehandler', 'ase@kommune.no')"),
        QStringLiteral("INSERT INTO citizens(id, account_id, external_id, display_name, created_at) "
                       "VALUES(1, 1, 'fb-77', 'Kari Nordmann', 100)"),
        QStringLiteral("INSERT INTO posts(id, account_id, external_id, text, created_at, likes) "
                       "VALUES(1, 1, 'post-1', 'Brøytemeldinger i vinter', 100, 12)"),
        QStringLiteral("INSERT INTO conversations(id, account_id, external_id, kind, citizen_id, post_id, "
                       "subject, status, assignee_id, created_at, last_message_at, message_count) "
                       "VALUES(1, 1, 'conv-1', 'comment', 1, 1, 'Brøyting', 'open', 1, 100, 300, 2)"),
        QStringLiteral("INSERT INTO messages(id, conversation_id, account_id, external_id, direction, "
                       "citizen_id, author_name, body_text, created_at) VALUES(1, 1, 1, 'm-1', 'in', 1, "
                       "'Kari Nordmann', 'Når kommer brøytebilen til Bålveien?', 200)"),
        QStringLiteral("INSERT INTO messages(id, conversation_id, account_id, external_id, direction, "
                       "agent_id, author_name, body_text, created_at) VALUES(2, 1, 1, NULL, 'out', 1, "
                       "'Åse Saksbehandler', 'Den kommer i morgen.', 300)"),
        QStringLiteral("INSERT INTO tags(id, name, key) VALUES(1, 'brøyting', 'brøyting')"),
        QStringLiteral("INSERT INTO conversation_tags(conversation_id, tag_id) VALUES(1, 1)"),
        QStringLiteral("INSERT INTO notes(conversation_id, agent_id, text, created_at) "
                       "VALUES(1, 1, 'Ringt entreprenør', 250)"),
        QStringLiteral(
            "INSERT INTO conversation_events(conversation_id, kind, old_value, new_value, agent_id, "
            "at) VALUES(1, 'status', 'new', 'open', 1, 260)"),
        QStringLiteral("INSERT INTO audit_log(at, agent_id, action, object_type, object_id) "
                       "VALUES(260, 1, 'status', 'conversation', 1)"),
    };
    for (const QString &sql : statements)
        TORGET_VERIFY_OK(db.exec(sql));
}

// The rows written by insertRowsValidAt, read back through SQL as one line per table.
void dumpRows(Database &db, QStringList &out)
{
    const QStringList queries{
        QStringLiteral("SELECT id, channel, name, created_at FROM accounts ORDER BY id"),
        QStringLiteral("SELECT id, name, email FROM agents ORDER BY id"),
        QStringLiteral(
            "SELECT id, account_id, external_id, display_name, merged_into FROM citizens ORDER BY id"),
        QStringLiteral("SELECT id, external_id, text, likes FROM posts ORDER BY id"),
        QStringLiteral("SELECT id, external_id, kind, citizen_id, post_id, subject, status, assignee_id, "
                       "last_message_at, message_count FROM conversations ORDER BY id"),
        QStringLiteral(
            "SELECT id, conversation_id, external_id, direction, author_name, body_text, created_at "
            "FROM messages ORDER BY id"),
        QStringLiteral("SELECT t.name, ct.conversation_id FROM tags t JOIN conversation_tags ct ON "
                       "ct.tag_id = t.id ORDER BY t.id"),
        QStringLiteral("SELECT conversation_id, text FROM notes ORDER BY id"),
        QStringLiteral(
            "SELECT conversation_id, kind, old_value, new_value FROM conversation_events ORDER BY id"),
        QStringLiteral("SELECT action, object_type, object_id FROM audit_log ORDER BY id"),
    };
    out.clear();
    for (const QString &sql : queries) {
        auto q = db.query(sql);
        QVERIFY2(q.ok(), errorText(q).constData());
        const int columns = q->record().count();
        while (q->next()) {
            QStringList values;
            for (int i = 0; i < columns; ++i)
                values << (q->value(i).isNull() ? QStringLiteral("NULL") : q->value(i).toString());
            out << values.join(QLatin1Char('|'));
        }
    }
}

} // namespace

class TestMigrator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openSqlite_emptyFile_migratesToLatestVersion();
    void openSqlite_emptyFile_createsEveryTableOfLatestSchema_data();
    void openSqlite_emptyFile_createsEveryTableOfLatestSchema();
    void openSqlite_twice_leavesVersionAndSchemaAlone();
    void migrate_toVersion_stopsThere_data();
    void migrate_toVersion_stopsThere();
    void migrate_fromEarlierVersion_keepsDataAndMatchesFreshSchema_data();
    void migrate_fromEarlierVersion_keepsDataAndMatchesFreshSchema();
    void migrate_fromVersionBeforeSearch_makesOldMessagesSearchable();
    void openSqlite_schemaNewerThanProgram_refusesAndNamesBothVersions();
    void migrate_failingMigration_leavesVersionAndSchemaUnchanged_data();
    void migrate_failingMigration_leavesVersionAndSchemaUnchanged();
    void connection_pragmas_areSetOnEveryOpen_data();
    void connection_pragmas_areSetOnEveryOpen();
    void connection_foreignKeys_areEnforced();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrator::cleanup()
{
    m_dir.reset();
}

void TestMigrator::openSqlite_emptyFile_migratesToLatestVersion()
{
    std::unique_ptr<Database> db;
    TORGET_CALL(openMigrated(dbPath(*m_dir), db));
    Migrator migrator(*db);
    const int latest = migrator.latestVersion();
    QCOMPARE(latest, static_cast<int>(db->dialect().migrations().size()));
    TORGET_TAKE(version, migrator.currentVersion());
    QCOMPARE(version, latest);
    // One row per migration, each with its description.
    qint64 rows = 0;
    TORGET_CALL(scalarInt(
        *db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE description <> ''"), rows));
    QCOMPARE(rows, qint64(latest));
}

void TestMigrator::openSqlite_emptyFile_createsEveryTableOfLatestSchema_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("type");
    const QStringList tables{
        QStringLiteral("schema_migrations"),
        QStringLiteral("accounts"),
        QStringLiteral("agents"),
        QStringLiteral("citizens"),
        QStringLiteral("posts"),
        QStringLiteral("conversations"),
        QStringLiteral("tags"),
        QStringLiteral("conversation_tags"),
        QStringLiteral("messages"),
        QStringLiteral("notes"),
        QStringLiteral("conversation_events"),
        QStringLiteral("audit_log"),
        QStringLiteral("message_fts"),
        QStringLiteral("outbox"),
        QStringLiteral("sync_state"),
        QStringLiteral("sync_gaps"),
    };
    for (const QString &t : tables)
        QTest::newRow(qPrintable(t)) << t << QStringLiteral("table");
    const QStringList indexes{
        QStringLiteral("posts_created"),
        QStringLiteral("conversations_last"),
        QStringLiteral("conversations_status_last"),
        QStringLiteral("conversations_assignee"),
        QStringLiteral("conversations_citizen"),
        QStringLiteral("conversation_tags_tag"),
        QStringLiteral("messages_conversation"),
        QStringLiteral("messages_created"),
        QStringLiteral("notes_conversation"),
        QStringLiteral("conversation_events_conversation"),
        QStringLiteral("audit_log_at"),
        QStringLiteral("outbox_state"),
    };
    for (const QString &i : indexes)
        QTest::newRow(qPrintable(i)) << i << QStringLiteral("index");
}

void TestMigrator::openSqlite_emptyFile_createsEveryTableOfLatestSchema()
{
    QFETCH(QString, table);
    QFETCH(QString, type);
    std::unique_ptr<Database> db;
    TORGET_CALL(openMigrated(dbPath(*m_dir), db));
    auto q = db->query(QStringLiteral("SELECT type FROM sqlite_master WHERE name = :n"), {{":n", table}});
    TORGET_VERIFY_OK(q);
    QVERIFY2(q->next(), qPrintable(table + QStringLiteral(" is missing")));
    QCOMPARE(q->value(0).toString(), type);
    if (type == QLatin1String("table")) {
        // Readable, and empty apart from the migration log.
        qint64 rows = -1;
        TORGET_CALL(scalarInt(*db, QStringLiteral("SELECT COUNT(*) FROM ") + table, rows));
        QCOMPARE(rows,
                 table == QLatin1String("schema_migrations") ? qint64(Migrator(*db).latestVersion()) : 0);
    }
}

void TestMigrator::openSqlite_twice_leavesVersionAndSchemaAlone()
{
    QStringList first;
    QStringList second;
    {
        std::unique_ptr<Database> db;
        TORGET_CALL(openMigrated(dbPath(*m_dir), db));
        TORGET_CALL(schemaOf(*db, first));
    }
    std::unique_ptr<Database> db;
    TORGET_CALL(openMigrated(dbPath(*m_dir), db));
    TORGET_CALL(schemaOf(*db, second));
    QCOMPARE(second, first);
    qint64 rows = 0;
    TORGET_CALL(scalarInt(*db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations"), rows));
    QCOMPARE(rows, qint64(Migrator(*db).latestVersion()));
}

void TestMigrator::migrate_toVersion_stopsThere_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("presentTable");
    QTest::addColumn<QString>("absentTable");
    QTest::newRow("1: core tables, no search")
        << 1 << QStringLiteral("messages") << QStringLiteral("message_fts");
    QTest::newRow("2: search, no outbox") << 2 << QStringLiteral("message_fts") << QStringLiteral("outbox");
    QTest::newRow("3: outbox") << 3 << QStringLiteral("outbox") << QString();
}

void TestMigrator::migrate_toVersion_stopsThere()
{
    QFETCH(int, target);
    QFETCH(QString, presentTable);
    QFETCH(QString, absentTable);
    std::unique_ptr<Database> db;
    TORGET_CALL(openRaw(dbPath(*m_dir), db));
    Migrator migrator(*db);
    TORGET_VERIFY_OK(migrator.migrate(target));
    TORGET_TAKE(version, migrator.currentVersion());
    QCOMPARE(version, target);
    QVERIFY(objectExists(*db, presentTable));
    if (!absentTable.isEmpty())
        QVERIFY(!objectExists(*db, absentTable));
}

void TestMigrator::migrate_fromEarlierVersion_keepsDataAndMatchesFreshSchema_data()
{
    QTest::addColumn<int>("from");
    // Computed rather than listed, so that a new migration is covered without touching this test.
    QTemporaryDir dir;
    auto db = Database::openSqliteRaw(dir.filePath(QStringLiteral("probe.sqlite")));
    QVERIFY2(db.ok(), errorText(db).constData());
    const int latest = Migrator(**db).latestVersion();
    for (int k = 0; k < latest; ++k)
        QTest::newRow(qPrintable(QStringLiteral("from version %1").arg(k))) << k;
}

void TestMigrator::migrate_fromEarlierVersion_keepsDataAndMatchesFreshSchema()
{
    QFETCH(int, from);

    QStringList freshSchema;
    {
        std::unique_ptr<Database> fresh;
        TORGET_CALL(openMigrated(dbPath(*m_dir, QStringLiteral("fresh.sqlite")), fresh));
        TORGET_CALL(schemaOf(*fresh, freshSchema));
    }

    std::unique_ptr<Database> db;
    TORGET_CALL(openRaw(dbPath(*m_dir, QStringLiteral("old.sqlite")), db));
    Migrator migrator(*db);
    TORGET_VERIFY_OK(migrator.migrate(from));
    {
        TORGET_TAKE(version, migrator.currentVersion());
        QCOMPARE(version, from);
    }
    TORGET_CALL(insertRowsValidAt(*db, from));
    QStringList before; // nothing to read at version 0, and nothing to lose
    if (from >= 1)
        TORGET_CALL(dumpRows(*db, before));

    TORGET_VERIFY_OK(migrator.migrate());

    TORGET_TAKE(version, migrator.currentVersion());
    QCOMPARE(version, migrator.latestVersion());
    QStringList after;
    TORGET_CALL(dumpRows(*db, after));
    QCOMPARE(after, before);
    if (from >= 1)
        QCOMPARE(after.size(), qsizetype(11)); // the rows were really there to be kept

    QStringList schema;
    TORGET_CALL(schemaOf(*db, schema));
    QCOMPARE(schema, freshSchema);

    // The newest code can work on the migrated rows.
    if (from >= 1) {
        TORGET_TAKE(conversation, ConversationRepository(*db).byId(1));
        QVERIFY(conversation.has_value());
        QCOMPARE(conversation->status, ConversationStatus::Open);
        QCOMPARE(conversation->tags, QStringList{QStringLiteral("brøyting")});
        TORGET_TAKE(messages, MessageRepository(*db).forConversation(1));
        QCOMPARE(messages.size(), std::size_t(2));
        QCOMPARE(messages[0].bodyText, QStringLiteral("Når kommer brøytebilen til Bålveien?"));
        QCOMPARE(messages[1].direction, Direction::Outbound);
        QVERIFY(messages[1].externalId.isEmpty());
    }
}

void TestMigrator::migrate_fromVersionBeforeSearch_makesOldMessagesSearchable()
{
    // Messages written before the full-text index existed must be found after the upgrade.
    std::unique_ptr<Database> db;
    TORGET_CALL(openRaw(dbPath(*m_dir), db));
    Migrator migrator(*db);
    TORGET_VERIFY_OK(migrator.migrate(1));
    TORGET_CALL(insertRowsValidAt(*db, 1));
    TORGET_VERIFY_OK(migrator.migrate());

    TORGET_TAKE(hits, SearchRepository(*db).search(QStringLiteral("brøytebilen")));
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(hits[0].messageId, qint64(1));
}

void TestMigrator::openSqlite_schemaNewerThanProgram_refusesAndNamesBothVersions()
{
    const QString path = dbPath(*m_dir);
    int latest = 0;
    const int newer = 40;
    {
        std::unique_ptr<Database> db;
        TORGET_CALL(openMigrated(path, db));
        latest = Migrator(*db).latestVersion();
        QVERIFY(newer > latest);
        TORGET_VERIFY_OK(db->query(
            QStringLiteral(
                "INSERT INTO schema_migrations(version, description, applied_at) VALUES(:v, 'future', 1)"),
            {{":v", newer}}));
    }

    auto reopened = Database::openSqlite(path);
    QVERIFY(!reopened.ok());
    const QString error = reopened.error();
    QVERIFY2(error.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(newer))), qPrintable(error));
    QVERIFY2(error.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(latest))), qPrintable(error));

    // Refusing does not touch the file.
    std::unique_ptr<Database> raw;
    TORGET_CALL(openRaw(path, raw));
    TORGET_TAKE(version, Migrator(*raw).currentVersion());
    QCOMPARE(version, newer);
    Migrator migrator(*raw);
    const auto migrated = migrator.migrate();
    QVERIFY(!migrated.ok());
}

void TestMigrator::migrate_failingMigration_leavesVersionAndSchemaUnchanged_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<QString>("conflicting");
    QTest::addColumn<int>("failing");
    QTest::addColumn<int>("expectedVersion");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("v2 + outbox: first statement of 3 fails")
        << 2 << QStringLiteral("outbox") << 3 << 2
        << QStringList{QStringLiteral("outbox_state"), QStringLiteral("sync_state"),
                       QStringLiteral("sync_gaps")};
    // The earlier statements of migration 3 succeed before this one fails: they must be rolled back.
    QTest::newRow("v2 + sync_gaps: last statement of 3 fails")
        << 2 << QStringLiteral("sync_gaps") << 3 << 2
        << QStringList{QStringLiteral("outbox"), QStringLiteral("outbox_state"),
                       QStringLiteral("sync_state")};
    QTest::newRow("v1 + message_fts: 2 fails, 3 not tried")
        << 1 << QStringLiteral("message_fts") << 2 << 1
        << QStringList{QStringLiteral("outbox"), QStringLiteral("sync_state"), QStringLiteral("sync_gaps")};
    QTest::newRow("v1 + sync_state: 2 applies, 3 fails")
        << 1 << QStringLiteral("sync_state") << 3 << 2
        << QStringList{QStringLiteral("outbox"), QStringLiteral("outbox_state"), QStringLiteral("sync_gaps")};
}

void TestMigrator::migrate_failingMigration_leavesVersionAndSchemaUnchanged()
{
    QFETCH(int, start);
    QFETCH(QString, conflicting);
    QFETCH(int, failing);
    QFETCH(int, expectedVersion);
    QFETCH(QStringList, absent);

    // What the file should look like afterwards: the last good version plus the foreign table.
    QStringList expectedSchema;
    {
        std::unique_ptr<Database> reference;
        TORGET_CALL(openRaw(dbPath(*m_dir, QStringLiteral("reference.sqlite")), reference));
        TORGET_VERIFY_OK(Migrator(*reference).migrate(expectedVersion));
        TORGET_VERIFY_OK(reference->exec(QStringLiteral("CREATE TABLE %1(x)").arg(conflicting)));
        TORGET_CALL(schemaOf(*reference, expectedSchema));
    }

    std::unique_ptr<Database> db;
    TORGET_CALL(openRaw(dbPath(*m_dir), db));
    Migrator migrator(*db);
    TORGET_VERIFY_OK(migrator.migrate(start));
    TORGET_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE %1(x)").arg(conflicting)));
    TORGET_VERIFY_OK(db->exec(QStringLiteral("INSERT INTO %1(x) VALUES('keep me')").arg(conflicting)));

    const auto migrated = migrator.migrate();
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(failing))),
             qPrintable(migrated.error()));

    TORGET_TAKE(version, migrator.currentVersion());
    QCOMPARE(version, expectedVersion);
    for (const QString &name : absent)
        QVERIFY2(!objectExists(*db, name), qPrintable(name + QStringLiteral(" was left behind")));
    QStringList schema;
    TORGET_CALL(schemaOf(*db, schema));
    QCOMPARE(schema, expectedSchema);
    QVERIFY(!db->inTransaction());

    QVariant kept;
    TORGET_CALL(scalar(*db, QStringLiteral("SELECT x FROM %1").arg(conflicting), kept));
    QCOMPARE(kept.toString(), QStringLiteral("keep me"));

    // Once the obstacle is gone the same file migrates to the end.
    TORGET_VERIFY_OK(db->exec(QStringLiteral("DROP TABLE %1").arg(conflicting)));
    TORGET_VERIFY_OK(migrator.migrate());
    TORGET_TAKE(finalVersion, migrator.currentVersion());
    QCOMPARE(finalVersion, migrator.latestVersion());
}

void TestMigrator::connection_pragmas_areSetOnEveryOpen_data()
{
    QTest::addColumn<bool>("raw");
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    for (const bool raw : {false, true}) {
        const char *how = raw ? "openSqliteRaw" : "openSqlite";
        QTest::addRow("%s journal_mode", how)
            << raw << QStringLiteral("journal_mode") << QStringLiteral("wal");
        QTest::addRow("%s foreign_keys", how) << raw << QStringLiteral("foreign_keys") << QStringLiteral("1");
        QTest::addRow("%s synchronous", how) << raw << QStringLiteral("synchronous") << QStringLiteral("1");
        QTest::addRow("%s busy_timeout", how)
            << raw << QStringLiteral("busy_timeout") << QStringLiteral("10000");
    }
}

void TestMigrator::connection_pragmas_areSetOnEveryOpen()
{
    QFETCH(bool, raw);
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    std::unique_ptr<Database> db;
    if (raw)
        TORGET_CALL(openRaw(dbPath(*m_dir), db));
    else
        TORGET_CALL(openMigrated(dbPath(*m_dir), db));
    QVariant value;
    TORGET_CALL(scalar(*db, QStringLiteral("PRAGMA ") + pragma, value));
    QCOMPARE(value.toString().toLower(), expected);
}

void TestMigrator::connection_foreignKeys_areEnforced()
{
    std::unique_ptr<Database> db;
    TORGET_CALL(openMigrated(dbPath(*m_dir), db));
    const auto inserted = db->exec(QStringLiteral(
        "INSERT INTO citizens(account_id, external_id, display_name, created_at) VALUES(4242, 'x', 'y', 1)"));
    QVERIFY(!inserted.ok());
    qint64 rows = -1;
    TORGET_CALL(scalarInt(*db, QStringLiteral("SELECT COUNT(*) FROM citizens"), rows));
    QCOMPARE(rows, qint64(0));
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
