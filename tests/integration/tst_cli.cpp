// End-to-end tests of torget-cli: the real built executable, run with QProcess on real SQLite files in a
// temporary folder. Every process gets a clean environment (HOME and XDG folders inside the temporary
// folder, LANG=C.UTF-8 unless a test chooses a language), so the user's settings and default database are
// never touched.

#include "clirunner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace TorgetTest;

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void help_global_printsOverviewOfEveryCommand();
    void help_command_printsUsageNamingTheCommand_data();
    void help_command_printsUsageNamingTheCommand();
    void version_printsProgramVersion();
    void wrongUsage_failsWithOneLineAndExitCode2_data();
    void wrongUsage_failsWithOneLineAndExitCode2();
    void defaultDatabase_isUnderXdgDataHome_homeStaysEmpty();
    void dbOption_equalsForm_isAccepted();

    void demo_emptyDatabase_isFilled_secondRunRefused();
    void demo_sameSeed_givesSameMunicipality();

    void conversationsList_json_hasContractKeysAndTypes();
    void conversationsList_json_isNewestFirst_limitTakesTheNewest();
    void conversationsList_statusFilter_returnsOnlyThatStatus_data();
    void conversationsList_statusFilter_returnsOnlyThatStatus();
    void conversationsList_statusFilters_partitionAllConversations();
    void conversationsList_table_printsHeaderAndOneRowPerConversation();
    void conversationsList_emptyDatabase_printsEmptyArray();
    void conversationsList_output_doesNotDependOnMachineTimeZone();

    void search_json_everyHitContainsTheWord_newestFirst();
    void search_caseOfQuery_doesNotMatter_data();
    void search_caseOfQuery_doesNotMatter();
    void search_wordThatOccursNowhere_printsEmptyArray();
    void search_table_printsHeaderAndOneRowPerHit();

    void exportImport_roundTrip_givesIdenticalFile();
    void import_sameFileTwice_addsNothing();
    void import_malformedLine_namesItsNumberAndImportsNothing_data();
    void import_malformedLine_namesItsNumberAndImportsNothing();
    void import_missingFile_failsWithOneLine();
    void export_intoMissingFolder_failsWithOneLine();

    void backup_copy_passesCheckAndHoldsSameData();
    void backup_ontoExistingFile_isRefusedAndLeftAlone();
    void backup_intoMissingFolder_isRefused();

    void openDatabase_notASqliteDatabase_failsWithOneLine_data();
    void openDatabase_notASqliteDatabase_failsWithOneLine();

    void translatedErrors_norwegianLocale_differFromEnglish_data();
    void translatedErrors_norwegianLocale_differFromEnglish();

    void readOnlyDirectory_writesFailWithOneLine_fileUntouched();

private:
    Run cli(const QStringList &arguments, const QString &language = english,
            const QStringList &extraEnvironment = {}) const;
    // torget-cli --db DB COMMAND… MORE…: `command` is fixed, space-separated words; paths and values go in
    // `more`.
    Run on(const QString &db, const char *command, const QStringList &more = {}) const
    {
        return cli(QStringList{u"--db"_s, db} + words(command) + more);
    }
    bool prepareEnvironment(const QString &root);
    QString casePath(const QString &name) const { return QDir(m_case->path()).filePath(name); }
    QString defaultDatabasePath() const { return m_envRoot + u"/data/torget/torget.sqlite"_s; }

    QTemporaryDir m_base;
    std::unique_ptr<QTemporaryDir> m_case;
    QString m_envRoot;
    QString m_demoDb;     // 400 conversations, seed 7: read only, shared by the tests
    QString m_largeDb;    // 4000 conversations, seed 7: enough for every status to occur
    QString m_demoExport; // m_demoDb as JSON Lines
};

Run TestCli::cli(const QStringList &arguments, const QString &language,
                 const QStringList &extraEnvironment) const
{
    return runCli(QString::fromUtf8(TORGET_CLI_PATH), m_envRoot, arguments, language, extraEnvironment);
}

bool TestCli::prepareEnvironment(const QString &root)
{
    m_envRoot = root;
    const QDir dir(root);
    return dir.mkpath(u"home"_s) && dir.mkpath(u"config"_s) && dir.mkpath(u"data"_s);
}

void TestCli::initTestCase()
{
    QVERIFY(m_base.isValid());
    const QFileInfo program(QString::fromUtf8(TORGET_CLI_PATH));
    QVERIFY2(program.isExecutable(), qPrintable(u"torget-cli is not built at "_s + program.filePath()));
    QVERIFY(prepareEnvironment(m_base.filePath(u"env"_s)));

    m_demoDb = m_base.filePath(u"demo.sqlite"_s);
    CLI_SUCCEEDS(on(m_demoDb, "demo --conversations 400 --seed 7 --until", {demoUntil}));
    m_largeDb = m_base.filePath(u"large.sqlite"_s);
    CLI_SUCCEEDS(on(m_largeDb, "demo --conversations 4000 --seed 7 --until", {demoUntil}));
    m_demoExport = m_base.filePath(u"demo.jsonl"_s);
    CLI_SUCCEEDS(on(m_demoDb, "export jsonl", {m_demoExport}));
    QVERIFY(QFileInfo(m_demoExport).size() > 0);
}

void TestCli::init()
{
    m_case = std::make_unique<QTemporaryDir>(m_base.filePath(u"case-XXXXXX"_s));
    QVERIFY(m_case->isValid());
    QVERIFY(prepareEnvironment(casePath(u"env"_s)));
}

void TestCli::cleanup()
{
    m_case.reset();
}

// --- help, version, wrong usage ------------------------------------------------------------------------

void TestCli::help_global_printsOverviewOfEveryCommand()
{
    for (const QString &flag : {u"--help"_s, u"-h"_s}) {
        const Run r = cli({flag});
        CLI_SUCCEEDS(r);
        const QString out = r.outText();
        QVERIFY2(out.startsWith(u"Usage: torget-cli"_s), qPrintable(r.describe()));
        for (const QString &command : {u"demo"_s, u"conversations list"_s, u"search"_s, u"export jsonl"_s,
                                       u"import jsonl"_s, u"db check"_s, u"db backup"_s, u"--db"_s})
            QVERIFY2(out.contains(command), qPrintable(command + r.describe()));
        // The default database it names lies under the XDG_DATA_HOME it was given.
        QVERIFY2(out.contains(defaultDatabasePath()), qPrintable(r.describe()));
    }
}

void TestCli::help_command_printsUsageNamingTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<bool>("viaCommandParser"); // answered by Cli::parse(), not by hand

    const auto row = [](const char *arguments, const char *command, const char *mentions, bool viaParser) {
        QTest::newRow(arguments) << words(arguments) << QString::fromUtf8(command) << words(mentions)
                                 << viaParser;
    };
    row("demo --help", "demo", "--conversations --seed --until", true);
    row("demo -h", "demo", "--conversations", true);
    row("conversations list --help", "conversations list", "--status --limit --format", true);
    row("conversations --help", "conversations list", "--status --limit --format", false);
    row("search --help", "search", "QUERY --format", true);
    row("export --help", "export", "jsonl FILE", true);
    row("import --help", "import", "jsonl FILE", true);
    row("db check --help", "db check", "", true);
    row("db backup --help", "db backup", "FILE", true);
    row("db --help", "db check", "backup FILE", false);
}

void TestCli::help_command_printsUsageNamingTheCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    QFETCH(bool, viaCommandParser);
    Q_UNUSED(viaCommandParser) // both kinds of help now name the command the same way

    const QString db = casePath(u"help.sqlite"_s);
    const Run r = cli(QStringList{u"--db"_s, db} + arguments);
    CLI_SUCCEEDS(r);
    const QString out = r.outText();
    QVERIFY2(out.contains(u"Usage"_s), qPrintable(r.describe()));
    for (const QString &mention : mentions)
        QVERIFY2(out.contains(mention), qPrintable(mention + r.describe()));
    QVERIFY2(!QFileInfo::exists(db), "asking for help created the database file");

    const QString usageLine = out.section(u'\n', 0, 0);
    QVERIFY2(usageLine.startsWith(u"Usage: torget-cli [--db PATH] "_s + command),
             qPrintable(u"usage line: "_s + usageLine));
}

void TestCli::version_printsProgramVersion()
{
    const Run r = cli({u"--version"_s});
    CLI_SUCCEEDS(r);
    QCOMPARE(r.outText(), u"torget-cli "_s + QString::fromUtf8(TORGET_VERSION) + u'\n');
}

void TestCli::wrongUsage_failsWithOneLineAndExitCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withDb"); // prefix the arguments with --db FILE

    const auto row = [](const char *name, const char *arguments, bool withDb = true) {
        QTest::newRow(name) << words(arguments) << withDb;
    };
    row("unknown command", "frobnicate");
    row("unknown global option", "--frobnicate conversations list");
    row("unknown command option", "conversations list --bogus --format json");
    row("conversations list --format xml", "conversations list --format xml");
    row("search --format xml", "search brøyting --format xml");
    row("--status bogus", "conversations list --status bogus --format json");
    row("--limit -3", "conversations list --limit -3 --format json");
    row("--limit=-3", "conversations list --limit=-3 --format json");
    row("--limit ten", "conversations list --limit ten --format json");
    row("--limit without value", "conversations list --format json --limit");
    row("conversations without list", "conversations");
    row("search without query", "search --format json");
    row("search --limit -3", "search brøyting --limit -3 --format json");
    row("export without file", "export jsonl");
    row("export without anything", "export");
    row("export in unknown format", "export csv out.csv");
    row("import without file", "import jsonl");
    row("db without subcommand", "db");
    row("db unknown subcommand", "db vacuum");
    row("db check with argument", "db check extra");
    row("db backup without file", "db backup");
    row("demo --conversations abc", "demo --conversations abc");
    row("demo --conversations -5", "demo --conversations -5");
    row("demo --until not a time", "demo --until yesterday");
    row("--db without a value", "--db", false);
}

void TestCli::wrongUsage_failsWithOneLineAndExitCode2()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withDb);

    const QString db = casePath(u"usage.sqlite"_s);
    const Run r = cli(withDb ? QStringList{u"--db"_s, db} + arguments : arguments);
    CLI_FAILS_WITH_ONE_LINE(r, 2);
    // Wrong usage is found before any database is opened or created.
    QVERIFY2(!QFileInfo::exists(db), "wrong usage created the database file");
    QVERIFY2(!QFileInfo::exists(defaultDatabasePath()), "wrong usage created the default database");
}

void TestCli::defaultDatabase_isUnderXdgDataHome_homeStaysEmpty()
{
    QJsonArray rows;
    CLI_JSON_ARRAY(cli(words("conversations list --format json")), rows);
    QVERIFY(rows.isEmpty());
    QVERIFY2(QFileInfo(defaultDatabasePath()).isFile(), qPrintable(defaultDatabasePath()));
    const QStringList inHome =
        QDir(m_envRoot + u"/home"_s).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(inHome.isEmpty(), qPrintable(u"written into HOME: "_s + inHome.join(u", "_s)));
}

void TestCli::dbOption_equalsForm_isAccepted()
{
    const QString db = casePath(u"equals.sqlite"_s);
    QJsonArray rows;
    CLI_JSON_ARRAY(cli(QStringList{u"--db="_s + db} + words("conversations list --format json")), rows);
    QVERIFY(rows.isEmpty());
    QVERIFY(QFileInfo(db).isFile());
    QVERIFY(!QFileInfo::exists(defaultDatabasePath()));
}

// --- demo ----------------------------------------------------------------------------------------------

void TestCli::demo_emptyDatabase_isFilled_secondRunRefused()
{
    const QString db = casePath(u"demo.sqlite"_s);
    const QStringList demo = QStringList{u"--db"_s, db} + words("demo --conversations 400 --seed 7 --until");
    const Run first = cli(demo + QStringList{demoUntil});
    CLI_SUCCEEDS(first);
    QVERIFY2(mentionsNumber(first.outText(), 400), qPrintable(first.describe()));

    const Run before = on(db, "conversations list --limit 1000 --format json");
    QJsonArray rows;
    CLI_JSON_ARRAY(before, rows);
    QCOMPARE(rows.size(), 400);

    const Run second = cli(demo + QStringList{demoUntil});
    CLI_FAILS_WITH_ONE_LINE(second, 1);
    QVERIFY2(second.errText().contains(u"empty"_s), qPrintable(second.describe()));

    const Run after = on(db, "conversations list --limit 1000 --format json");
    CLI_SUCCEEDS(after);
    QVERIFY2(after.out == before.out, "the refused second demo run changed the database");
}

void TestCli::demo_sameSeed_givesSameMunicipality()
{
    QByteArray exports[3];
    const QString seeds[3] = {u"7"_s, u"7"_s, u"8"_s};
    for (int i = 0; i < 3; ++i) {
        const QString db = casePath(u"seed%1.sqlite"_s.arg(i));
        const QString file = casePath(u"seed%1.jsonl"_s.arg(i));
        CLI_SUCCEEDS(on(db, "demo --conversations 100 --until", {demoUntil, u"--seed"_s, seeds[i]}));
        CLI_SUCCEEDS(on(db, "export jsonl", {file}));
        exports[i] = readFile(file);
        QVERIFY(!exports[i].isEmpty());
    }
    QVERIFY2(exports[0] == exports[1], qPrintable(firstDifference(exports[0], exports[1])));
    QVERIFY2(exports[0] != exports[2], "seeds 7 and 8 gave the same municipality");
}

// --- conversations list --------------------------------------------------------------------------------

void TestCli::conversationsList_json_hasContractKeysAndTypes()
{
    QJsonArray rows;
    CLI_JSON_ARRAY(on(m_demoDb, "conversations list --format json --limit 25"), rows);
    QCOMPARE(rows.size(), 25);

    const QStringList channels{u"facebook"_s, u"instagram"_s, u"mastodon"_s, u"x"_s,
                               u"bluesky"_s,  u"email"_s,     u"import"_s};
    const QStringList kinds{u"comment"_s, u"dm"_s, u"mention"_s, u"email"_s};
    const QStringList statuses{u"new"_s, u"open"_s, u"waiting"_s, u"resolved"_s};
    const QTimeZone oslo("Europe/Oslo");
    QVERIFY(oslo.isValid());
    QSet<qint64> ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QVERIFY2(rows.at(i).isObject(), qPrintable(u"row %1 is not an object"_s.arg(i)));
        const QJsonObject o = rows.at(i).toObject();
        const QByteArray where = u"row %1: %2"_s.arg(i).arg(compact(o)).toUtf8();

        QVERIFY2(isWholeNumber(o.value(u"id"_s)) && o.value(u"id"_s).toInteger() > 0, where.constData());
        const qint64 id = o.value(u"id"_s).toInteger();
        QVERIFY2(!ids.contains(id), where.constData());
        ids.insert(id);
        QVERIFY2(o.value(u"channel"_s).isString() && channels.contains(o.value(u"channel"_s).toString()),
                 where.constData());
        QVERIFY2(o.value(u"kind"_s).isString() && kinds.contains(o.value(u"kind"_s).toString()),
                 where.constData());
        QVERIFY2(o.value(u"status"_s).isString() && statuses.contains(o.value(u"status"_s).toString()),
                 where.constData());
        QVERIFY2(o.value(u"citizen"_s).isString(), where.constData());
        QVERIFY2(isWholeNumber(o.value(u"message_count"_s)) && o.value(u"message_count"_s).toInteger() >= 1,
                 where.constData());

        QDateTime times[2];
        const QString keys[2] = {u"created_at"_s, u"last_message_at"_s};
        for (int k = 0; k < 2; ++k) {
            const QString text = o.value(keys[k]).toString();
            QVERIFY2(o.value(keys[k]).isString() && isoWithOffset().match(text).hasMatch(),
                     where.constData());
            times[k] = QDateTime::fromString(text, Qt::ISODate);
            QVERIFY2(times[k].isValid(), where.constData());
            // The offset is Norwegian time on that day: +01:00 in winter, +02:00 in summer.
            QVERIFY2(times[k].offsetFromUtc() == oslo.offsetFromUtc(times[k]), where.constData());
        }
        QVERIFY2(times[0] <= times[1], where.constData());
    }
}

void TestCli::conversationsList_json_isNewestFirst_limitTakesTheNewest()
{
    QJsonArray all, first25;
    CLI_JSON_ARRAY(on(m_demoDb, "conversations list --format json --limit 1000"), all);
    QCOMPARE(all.size(), 400);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QJsonObject previous = all.at(i - 1).toObject(), current = all.at(i).toObject();
        const QDateTime a =
            QDateTime::fromString(previous.value(u"last_message_at"_s).toString(), Qt::ISODate);
        const QDateTime b =
            QDateTime::fromString(current.value(u"last_message_at"_s).toString(), Qt::ISODate);
        QVERIFY2(a.isValid() && b.isValid() && a >= b,
                 qPrintable(u"rows %1 and %2 out of order:\n  %3\n  %4"_s.arg(i - 1).arg(i).arg(
                     compact(previous), compact(current))));
    }
    CLI_JSON_ARRAY(on(m_demoDb, "conversations list --format json --limit 25"), first25);
    QCOMPARE(first25.size(), 25);
    for (qsizetype i = 0; i < first25.size(); ++i)
        QCOMPARE(first25.at(i), all.at(i));
}

void TestCli::conversationsList_statusFilter_returnsOnlyThatStatus_data()
{
    QTest::addColumn<QString>("status");
    for (const char *status : {"new", "open", "waiting", "resolved"})
        QTest::newRow(status) << QString::fromLatin1(status);
}

void TestCli::conversationsList_statusFilter_returnsOnlyThatStatus()
{
    QFETCH(QString, status);
    // The 4000-conversation municipality: the 400 one happens to have no conversation still "new".
    QJsonArray rows;
    CLI_JSON_ARRAY(on(m_largeDb, "conversations list --limit 100000 --format json --status", {status}), rows);
    QVERIFY2(!rows.isEmpty(), "the demo should have conversations with every status");
    for (const QJsonValue &row : rows)
        QVERIFY2(row.toObject().value(u"status"_s).toString() == status, qPrintable(compact(row.toObject())));
}

void TestCli::conversationsList_statusFilters_partitionAllConversations()
{
    QJsonArray all;
    CLI_JSON_ARRAY(on(m_largeDb, "conversations list --limit 100000 --format json"), all);
    QCOMPARE(all.size(), 4000);
    QSet<qint64> allIds, filteredIds;
    for (const QJsonValue &row : all)
        allIds.insert(row.toObject().value(u"id"_s).toInteger());
    qsizetype filteredCount = 0;
    for (const QString &status : {u"new"_s, u"open"_s, u"waiting"_s, u"resolved"_s}) {
        QJsonArray rows;
        CLI_JSON_ARRAY(on(m_largeDb, "conversations list --limit 100000 --format json --status", {status}),
                       rows);
        filteredCount += rows.size();
        for (const QJsonValue &row : rows)
            filteredIds.insert(row.toObject().value(u"id"_s).toInteger());
    }
    QCOMPARE(filteredCount, all.size());
    QCOMPARE(filteredIds, allIds);
}

void TestCli::conversationsList_table_printsHeaderAndOneRowPerConversation()
{
    const Run table = on(m_demoDb, "conversations list --format table --limit 25");
    CLI_SUCCEEDS(table);
    QJsonArray rows;
    CLI_JSON_ARRAY(on(m_demoDb, "conversations list --format json --limit 25"), rows);

    const QStringList lines = nonEmptyLines(table.outText());
    QCOMPARE(lines.size(), 26);
    const QString header = lines.first();
    for (const QString &column : {u"Id"_s, u"Channel"_s, u"Status"_s, u"Citizen"_s, u"Messages"_s})
        QVERIFY2(header.contains(column), qPrintable(header));
    // Same conversations, same order as the JSON.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString id = lines.at(i + 1).section(u' ', 0, 0, QString::SectionSkipEmpty);
        QCOMPARE(id, QString::number(rows.at(i).toObject().value(u"id"_s).toInteger()));
    }
}

void TestCli::conversationsList_emptyDatabase_printsEmptyArray()
{
    const QString db = casePath(u"empty.sqlite"_s);
    QJsonArray rows;
    CLI_JSON_ARRAY(on(db, "conversations list --format json"), rows);
    QVERIFY(rows.isEmpty());
    const Run table = on(db, "conversations list --format table");
    CLI_SUCCEEDS(table);
    QCOMPARE(nonEmptyLines(table.outText()).size(), 1); // the header alone
}

void TestCli::conversationsList_output_doesNotDependOnMachineTimeZone()
{
    for (const char *format : {"json", "table"}) {
        const QStringList arguments = QStringList{u"--db"_s, m_demoDb} +
                                      words("conversations list --limit 25 --format") + words(format);
        const Run plain = cli(arguments);
        CLI_SUCCEEDS(plain);
        for (const QString &zone : {u"TZ=UTC"_s, u"TZ=America/New_York"_s, u"TZ=Asia/Tokyo"_s}) {
            const Run zoned = cli(arguments, english, {zone});
            CLI_SUCCEEDS(zoned);
            QVERIFY2(zoned.out == plain.out, qPrintable(zone + zoned.describe()));
        }
    }
}

// --- search --------------------------------------------------------------------------------------------

void TestCli::search_json_everyHitContainsTheWord_newestFirst()
{
    QJsonArray hits;
    CLI_JSON_ARRAY(on(m_demoDb, "search brøyting --format json"), hits);
    QVERIFY2(!hits.isEmpty(), "Demo kommune has enquiries about snow clearing");
    QDateTime previous;
    for (const QJsonValue &hit : hits) {
        const QJsonObject o = hit.toObject();
        const QByteArray where = compact(o).toUtf8();
        QVERIFY2(o.value(u"text"_s).toString().contains(u"brøyt"_s, Qt::CaseInsensitive), where.constData());
        QVERIFY2(isWholeNumber(o.value(u"message_id"_s)), where.constData());
        QVERIFY2(isWholeNumber(o.value(u"conversation_id"_s)), where.constData());
        const QString created = o.value(u"created_at"_s).toString();
        QVERIFY2(isoWithOffset().match(created).hasMatch(), where.constData());
        const QDateTime at = QDateTime::fromString(created, Qt::ISODate);
        QVERIFY2(!previous.isValid() || previous >= at, where.constData());
        previous = at;
    }
}

void TestCli::search_caseOfQuery_doesNotMatter_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("upper case") << u"BRØYTING"_s;
    QTest::newRow("capitalised") << u"Brøyting"_s;
    QTest::newRow("mixed") << u"bRøYtInG"_s;
}

void TestCli::search_caseOfQuery_doesNotMatter()
{
    QFETCH(QString, query);
    const Run lower = on(m_demoDb, "search brøyting --format json");
    QJsonArray lowerHits, hits;
    CLI_JSON_ARRAY(lower, lowerHits);
    QVERIFY(!lowerHits.isEmpty());
    const Run other = on(m_demoDb, "search --format json", {query});
    CLI_JSON_ARRAY(other, hits);
    QVERIFY2(
        hits == lowerHits,
        qPrintable(
            u"%1 hits for \"%2\", %3 for \"brøyting\""_s.arg(hits.size()).arg(query).arg(lowerHits.size())));
}

void TestCli::search_wordThatOccursNowhere_printsEmptyArray()
{
    QJsonArray hits;
    CLI_JSON_ARRAY(on(m_demoDb, "search xylofonkvartett --format json"), hits);
    QVERIFY2(hits.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(hits).toJson())));
}

void TestCli::search_table_printsHeaderAndOneRowPerHit()
{
    QJsonArray hits;
    CLI_JSON_ARRAY(on(m_demoDb, "search brøyting --format json"), hits);
    const Run table = on(m_demoDb, "search brøyting --format table");
    CLI_SUCCEEDS(table);
    const QStringList lines = nonEmptyLines(table.outText());
    QCOMPARE(lines.size(), hits.size() + 1);
    QVERIFY2(lines.first().contains(u"Conversation"_s), qPrintable(lines.first()));
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const QString id = lines.at(i + 1).section(u' ', 0, 0, QString::SectionSkipEmpty);
        QCOMPARE(id, QString::number(hits.at(i).toObject().value(u"conversation_id"_s).toInteger()));
    }
}

// --- export and import ---------------------------------------------------------------------------------

void TestCli::exportImport_roundTrip_givesIdenticalFile()
{
    const QString first = casePath(u"first.jsonl"_s), second = casePath(u"second.jsonl"_s);
    const QString imported = casePath(u"imported.sqlite"_s);
    CLI_SUCCEEDS(on(m_demoDb, "export jsonl", {first}));
    CLI_SUCCEEDS(on(imported, "import jsonl", {first}));
    CLI_SUCCEEDS(on(imported, "export jsonl", {second}));

    const QByteArray a = readFile(first), b = readFile(second);
    QVERIFY2(a.count('\n') > 400, "the export should hold at least one line per conversation");
    QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
    CLI_SUCCEEDS(on(m_demoDb, "db check"));
    CLI_SUCCEEDS(on(imported, "db check"));

    const Run original = on(m_demoDb, "conversations list --limit 1000 --format json");
    const Run copy = on(imported, "conversations list --limit 1000 --format json");
    CLI_SUCCEEDS(original);
    CLI_SUCCEEDS(copy);
    QVERIFY(copy.out == original.out);
}

void TestCli::import_sameFileTwice_addsNothing()
{
    const QString db = casePath(u"twice.sqlite"_s), again = casePath(u"again.jsonl"_s);
    CLI_SUCCEEDS(on(db, "import jsonl", {m_demoExport}));
    CLI_SUCCEEDS(on(db, "import jsonl", {m_demoExport}));
    CLI_SUCCEEDS(on(db, "export jsonl", {again}));
    const QByteArray expected = readFile(m_demoExport), actual = readFile(again);
    QVERIFY2(actual == expected, qPrintable(firstDifference(expected, actual)));
    CLI_SUCCEEDS(on(db, "db check"));
}

void TestCli::import_malformedLine_namesItsNumberAndImportsNothing_data()
{
    QTest::addColumn<int>("line"); // 1-based; 0 means the last line
    QTest::addColumn<QByteArray>("replacement");
    QTest::addColumn<bool>("targetHasData");

    const QByteArray brokenJson = R"({"type":"account","id":99,"channel":)";
    QTest::newRow("line 3 broken JSON, empty target") << 3 << brokenJson << false;
    QTest::newRow("line 3 broken JSON, target with data") << 3 << brokenJson << true;
    QTest::newRow("last line broken JSON") << 0 << QByteArray(R"({"type":"event","id":)") << false;
    QTest::newRow("line 3 not an object") << 3 << QByteArray("[1, 2, 3]") << false;
    QTest::newRow("line 3 not UTF-8")
        << 3 << QByteArray("{\"type\":\"agent\",\"name\":\"\xff\xfe\"}") << false;
    QTest::newRow("line 3 unknown channel")
        << 3
        << QByteArray(R"({"type":"account","id":99,"channel":"myspace","name":"X",)"
                      R"("created_at":"2026-01-01T00:00:00+01:00"})")
        << false;
    QTest::newRow("last line refers to undefined account")
        << 0
        << QByteArray(R"({"type":"conversation","id":9999,"account":999,"kind":"dm","status":"new",)"
                      R"("priority":1,"created_at":"2026-01-01T00:00:00+01:00"})")
        << true;
}

void TestCli::import_malformedLine_namesItsNumberAndImportsNothing()
{
    QFETCH(int, line);
    QFETCH(QByteArray, replacement);
    QFETCH(bool, targetHasData);

    QList<QByteArray> lines = readFile(m_demoExport).split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QVERIFY(lines.size() > 3);
    const qsizetype number = line > 0 ? line : lines.size();
    lines[number - 1] = replacement;
    const QString file = casePath(u"malformed.jsonl"_s);
    QVERIFY(writeFile(file, lines.join('\n') + '\n'));

    const QString db = casePath(u"target.sqlite"_s);
    if (targetHasData)
        CLI_SUCCEEDS(on(db, "demo --conversations 30 --seed 3 --until", {demoUntil}));
    else
        CLI_SUCCEEDS(on(db, "db check")); // creates the empty database
    const QString before = casePath(u"before.jsonl"_s), after = casePath(u"after.jsonl"_s);
    CLI_SUCCEEDS(on(db, "export jsonl", {before}));

    const Run r = on(db, "import jsonl", {file});
    CLI_FAILS_WITH_ONE_LINE(r, 1);
    QVERIFY2(mentionsNumber(r.errText(), number),
             qPrintable(u"the error should name line %1"_s.arg(number) + r.describe()));

    CLI_SUCCEEDS(on(db, "export jsonl", {after}));
    const QByteArray a = readFile(before), b = readFile(after);
    QVERIFY2(a == b, qPrintable(u"the failed import changed the database: "_s + firstDifference(a, b)));
    QJsonArray rows;
    CLI_JSON_ARRAY(on(db, "conversations list --format json"), rows);
    if (!targetHasData)
        QVERIFY(rows.isEmpty());
    CLI_SUCCEEDS(on(db, "db check"));
}

void TestCli::import_missingFile_failsWithOneLine()
{
    const QString db = casePath(u"target.sqlite"_s);
    CLI_FAILS_WITH_ONE_LINE(on(db, "import jsonl", {casePath(u"nothing.jsonl"_s)}), 1);
    QJsonArray rows;
    CLI_JSON_ARRAY(on(db, "conversations list --format json"), rows);
    QVERIFY(rows.isEmpty());
}

void TestCli::export_intoMissingFolder_failsWithOneLine()
{
    const QString file = casePath(u"nowhere/out.jsonl"_s);
    CLI_FAILS_WITH_ONE_LINE(on(m_demoDb, "export jsonl", {file}), 1);
    QVERIFY(!QFileInfo::exists(file));
}

// --- backup --------------------------------------------------------------------------------------------

void TestCli::backup_copy_passesCheckAndHoldsSameData()
{
    const QString copy = casePath(u"backup.sqlite"_s);
    const Run r = on(m_demoDb, "db backup", {copy});
    CLI_SUCCEEDS(r);
    QVERIFY2(QFileInfo(copy).isFile() && QFileInfo(copy).size() > 0, qPrintable(r.describe()));
    CLI_SUCCEEDS(on(copy, "db check"));

    const Run original = on(m_demoDb, "conversations list --format json --limit 1000");
    const Run backup = on(copy, "conversations list --format json --limit 1000");
    QJsonArray rows;
    CLI_JSON_ARRAY(original, rows);
    QCOMPARE(rows.size(), 400);
    CLI_SUCCEEDS(backup);
    QVERIFY(backup.out == original.out);

    // Not only the conversations: everything, and the search index too.
    const QString exported = casePath(u"backup.jsonl"_s);
    CLI_SUCCEEDS(on(copy, "export jsonl", {exported}));
    const QByteArray expected = readFile(m_demoExport), actual = readFile(exported);
    QVERIFY2(actual == expected, qPrintable(firstDifference(expected, actual)));
    const Run originalHits = on(m_demoDb, "search brøyting --format json");
    const Run backupHits = on(copy, "search brøyting --format json");
    CLI_SUCCEEDS(originalHits);
    CLI_SUCCEEDS(backupHits);
    QVERIFY(backupHits.out == originalHits.out);
}

void TestCli::backup_ontoExistingFile_isRefusedAndLeftAlone()
{
    // Onto an earlier backup, and onto some other file the user holds dear.
    const QString earlier = casePath(u"earlier.sqlite"_s), other = casePath(u"notes.txt"_s);
    CLI_SUCCEEDS(on(m_demoDb, "db backup", {earlier}));
    QVERIFY(writeFile(other, "Møtereferat, ikke slett\n"));
    for (const QString &target : {earlier, other}) {
        const QByteArray before = readFile(target);
        QVERIFY(!before.isEmpty());
        const Run r = on(m_demoDb, "db backup", {target});
        CLI_FAILS_WITH_ONE_LINE(r, 1);
        QVERIFY2(readFile(target) == before, qPrintable(target + u" was changed"_s));
    }
}

void TestCli::backup_intoMissingFolder_isRefused()
{
    const QString target = casePath(u"nowhere/backup.sqlite"_s);
    CLI_FAILS_WITH_ONE_LINE(on(m_demoDb, "db backup", {target}), 1);
    QVERIFY(!QFileInfo::exists(casePath(u"nowhere"_s)));
}

// --- databases that are not databases ------------------------------------------------------------------

void TestCli::openDatabase_notASqliteDatabase_failsWithOneLine_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("directory") << u"directory"_s;
    QTest::newRow("random bytes") << u"random"_s;
    QTest::newRow("text file") << u"text"_s;
}

void TestCli::openDatabase_notASqliteDatabase_failsWithOneLine()
{
    QFETCH(QString, kind);
    const QString path = casePath(u"torget.sqlite"_s);
    QByteArray content;
    if (kind == u"directory"_s) {
        QVERIFY(QDir().mkpath(path));
    } else {
        if (kind == u"random"_s) {
            QRandomGenerator random(20261126);
            content.resize(64 * 1024);
            for (char &byte : content)
                byte = static_cast<char>(random.bounded(256));
        } else {
            for (int i = 0; i < 200; ++i)
                content += "Dette er et referat fra møtet, ikke en database.\n";
        }
        QVERIFY(!content.startsWith("SQLite format 3"));
        QVERIFY(writeFile(path, content));
    }

    const QString out = casePath(u"out.jsonl"_s), backup = casePath(u"backup.sqlite"_s);
    CLI_FAILS_WITH_ONE_LINE(on(path, "db check"), 1);
    CLI_FAILS_WITH_ONE_LINE(on(path, "conversations list --format json"), 1);
    CLI_FAILS_WITH_ONE_LINE(on(path, "search brøyting --format json"), 1);
    CLI_FAILS_WITH_ONE_LINE(on(path, "export jsonl", {out}), 1);
    CLI_FAILS_WITH_ONE_LINE(on(path, "import jsonl", {m_demoExport}), 1);
    CLI_FAILS_WITH_ONE_LINE(on(path, "db backup", {backup}), 1);
    CLI_FAILS_WITH_ONE_LINE(on(path, "demo --conversations 10"), 1);

    if (kind == u"directory"_s) {
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    } else {
        QVERIFY2(readFile(path) == content, "the file that is not a database was changed");
    }
    for (const QString &leftover :
         QStringList{out, backup, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s})
        QVERIFY2(!QFileInfo::exists(leftover), qPrintable(leftover));
}

// --- translations --------------------------------------------------------------------------------------

void TestCli::translatedErrors_norwegianLocale_differFromEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mustContain");

    const QStringList unknownCommand = words("frobnicate");
    const QStringList unknownOption = words("conversations list --bogus");
    QTest::newRow("nb_NO unknown command") << u"nb_NO.UTF-8"_s << unknownCommand << u"frobnicate"_s;
    QTest::newRow("nn_NO unknown command") << u"nn_NO.UTF-8"_s << unknownCommand << u"frobnicate"_s;
    QTest::newRow("no_NO unknown command") << u"no_NO.UTF-8"_s << unknownCommand << u"frobnicate"_s;
    // This message is Qt's own (QCommandLineParser): qtbase_nn.qm from Qt, qtbase_nb from translations/.
    QTest::newRow("nb_NO unknown option") << u"nb_NO.UTF-8"_s << unknownOption << u"bogus"_s;
    QTest::newRow("nn_NO unknown option") << u"nn_NO.UTF-8"_s << unknownOption << u"bogus"_s;
}

void TestCli::translatedErrors_norwegianLocale_differFromEnglish()
{
    QFETCH(QString, language);
    QFETCH(QStringList, arguments);
    QFETCH(QString, mustContain);

    const Run inEnglish = cli(arguments, english);
    CLI_FAILS_WITH_ONE_LINE(inEnglish, 2);
    QVERIFY2(inEnglish.errText().contains(u"Unknown"_s), qPrintable(inEnglish.describe()));

    const Run translated = cli(arguments, language);
    CLI_FAILS_WITH_ONE_LINE(translated, 2);
    QVERIFY2(translated.errText().contains(mustContain), qPrintable(translated.describe()));
    QVERIFY2(translated.err != inEnglish.err,
             qPrintable(u"the error is not translated for LANG="_s + language + u": "_s +
                        translated.errText().trimmed()));
}

// --- read-only folder ----------------------------------------------------------------------------------

void TestCli::readOnlyDirectory_writesFailWithOneLine_fileUntouched()
{
    const QString dir = casePath(u"readonly"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString db = dir + u"/torget.sqlite"_s;
    CLI_SUCCEEDS(on(db, "demo --conversations 20 --seed 3 --until", {demoUntil}));
    const QByteArray before = readFile(db);
    QVERIFY(!before.isEmpty());

    const auto readAndEnter = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                              QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir, readAndEnter));
    const auto restore = qScopeGuard([dir, readAndEnter] {
        QFile::setPermissions(dir, readAndEnter | QFile::WriteOwner | QFile::WriteUser);
    });
    {
        QFile probe(dir + u"/probe"_s);
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QSKIP("chmod 0555 does not stop this user from writing (running as root or with "
                  "CAP_DAC_OVERRIDE), so a read-only folder cannot be tested here");
        }
    }

    // Writing: refused with one translated line that says what is wrong.
    const Run import = on(db, "import jsonl", {m_demoExport});
    CLI_FAILS_WITH_ONE_LINE(import, 1);
    QVERIFY2(import.errText().contains(u"read-only"_s), qPrintable(import.describe()));

    const QString fresh = dir + u"/new.sqlite"_s;
    CLI_FAILS_WITH_ONE_LINE(on(fresh, "demo --conversations 5"), 1);
    QVERIFY(!QFileInfo::exists(fresh));

    // Reading: either it works, or it fails the same clean way.
    const Run list = on(db, "conversations list --format json");
    if (list.exitCode == 0) {
        QJsonArray rows;
        CLI_JSON_ARRAY(list, rows);
        QCOMPARE(rows.size(), 20);
    } else {
        CLI_FAILS_WITH_ONE_LINE(list, 1);
    }

    QVERIFY2(readFile(db) == before, "the database in the read-only folder was changed");
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
