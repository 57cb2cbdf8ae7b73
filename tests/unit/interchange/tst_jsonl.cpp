#include "interchange/jsonl.h"

#include "demo/demogenerator.h"
#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/maintenance.h"
#include "storage/messagerepository.h"
#include "util/timeformat.h"

#include <QBuffer>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Torget;

namespace {

// QVERIFY2 evaluates its message even when the check passes, so error() must not be called on success.
template <typename R>
QString why(const R &result)
{
    return result ? QString() : result.error();
}

QDateTime demoUntil()
{
    return QDateTime(QDate(2026, 3, 2), QTime(7, 0), TimeFormat::osloZone());
}

QByteArray exportBytes(Database &db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto counts = Jsonl::write(db, buffer);
    if (!counts)
        qWarning("export failed: %s", qPrintable(why(counts)));
    return counts ? buffer.data() : QByteArray();
}

Result<Jsonl::Counts> importBytes(Database &db, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return Jsonl::read(db, buffer);
}

// Row counts of every table a file can touch; "nothing changed" means all of these are equal.
QMap<QString, qint64> tableCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const char *table : {"accounts", "agents", "citizens", "posts", "conversations", "tags",
                              "conversation_tags", "messages", "notes", "conversation_events", "audit_log"}) {
        auto q = db.query(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        counts.insert(QLatin1String(table), q && q->next() ? q->value(0).toLongLong() : -1);
    }
    return counts;
}

QString describe(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + QString::number(it.value());
    return parts.join(QLatin1Char(' '));
}

QString describe(const DatabaseStats &s)
{
    return QStringLiteral("accounts=%1 conversations=%2 unanswered=%3 messages=%4 posts=%5 schema=%6")
        .arg(s.accounts)
        .arg(s.conversations)
        .arg(s.unanswered)
        .arg(s.messages)
        .arg(s.posts)
        .arg(s.schemaVersion);
}

QString describe(const Jsonl::Counts &c)
{
    return QStringLiteral("accounts=%1 agents=%2 citizens=%3 posts=%4 conversations=%5 messages=%6 notes=%7 "
                          "events=%8 audit=%9 lines=%10")
        .arg(c.accounts)
        .arg(c.agents)
        .arg(c.citizens)
        .arg(c.posts)
        .arg(c.conversations)
        .arg(c.messages)
        .arg(c.notes)
        .arg(c.events)
        .arg(c.audit)
        .arg(c.lines);
}

// The first line where two exports differ, for a readable failure.
QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        const QByteArray x = la.value(i);
        const QByteArray y = lb.value(i);
        if (x != y)
            return QStringLiteral("line %1:\n  %2\n  %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(x.left(300)), QString::fromUtf8(y.left(300)));
    }
    return QStringLiteral("(no difference)");
}

// A small valid file. File ids are deliberately not the row ids a fresh database hands out.
QList<QByteArray> baseLines()
{
    return {
        R"j({"type":"torget","version":1})j",
        R"j({"type":"account","id":7,"channel":"facebook","name":"Test kommune (Facebook)","base_url":"https://graph.facebook.com","external_id":"100","state":"active","created_at":"2026-01-05T09:00:00.000+01:00"})j",
        R"j({"type":"agent","id":3,"name":"Kari Nordmann","email":"kari@test.kommune.no","active":true})j",
        R"j({"type":"citizen","id":11,"account":7,"external_id":"c-1","display_name":"Ola Nordmann","handle":"ola","merged_into":null,"created_at":"2026-01-05T09:00:00.000+01:00"})j",
        R"j({"type":"post","id":21,"account":7,"external_id":"p-1","text":"Brøytinga er i gang","url":"","created_at":"2026-01-06T08:00:00.000+01:00","likes":3,"shares":1,"comments":2})j",
        R"j({"type":"conversation","id":31,"account":7,"external_id":"t-1","kind":"comment","citizen":11,"post":21,"subject":"","status":"open","priority":2,"assignee":3,"snoozed_until":null,"created_at":"2026-01-06T10:00:00.000+01:00","tags":["brøyting","vei"]})j",
        R"j({"type":"message","id":41,"conversation":31,"external_id":"m-1","direction":"in","citizen":11,"agent":null,"author":"Ola Nordmann","text":"Når kommer brøytebilen?","original":"","format":"text","created_at":"2026-01-06T10:00:00.000+01:00","edited_at":null,"reply_to":null,"automatic":false})j",
        R"j({"type":"message","id":42,"conversation":31,"external_id":"m-2","direction":"out","citizen":null,"agent":3,"author":"Test kommune (Facebook)","text":"Den er på vei.","original":"","format":"text","created_at":"2026-01-06T10:30:00.000+01:00","edited_at":null,"reply_to":41,"automatic":false})j",
        R"j({"type":"note","id":51,"conversation":31,"agent":3,"text":"Sjekket med driftssentralen","created_at":"2026-01-06T10:20:00.000+01:00"})j",
        R"j({"type":"event","id":61,"conversation":31,"kind":"status","old":"new","new":"open","agent":3,"at":"2026-01-06T10:29:00.000+01:00"})j",
        R"j({"type":"audit","id":71,"at":"2026-01-06T10:30:00.000+01:00","agent":3,"action":"reply","object_type":"conversation","object_id":31,"detail":"sent"})j",
    };
}

QByteArray joinLines(const QList<QByteArray> &lines, const QByteArray &eol = "\n")
{
    QByteArray out;
    for (const QByteArray &l : lines)
        out += l + eol;
    return out;
}

QByteArray replaced(int lineNumber, const QByteArray &line)
{
    QList<QByteArray> lines = baseLines();
    lines[lineNumber - 1] = line;
    return joinLines(lines);
}

} // namespace

class TestJsonl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void roundTrip_demoDatabase_exportImportExportIsByteIdentical();
    void read_demoFileTwice_addsNothing();
    void read_sameFileTwice_addsNothing_data();
    void read_sameFileTwice_addsNothing();

    void read_validFile_mapsFileIdsToRows();
    void read_malformed_failsNamingLineAndChangesNothing_data();
    void read_malformed_failsNamingLineAndChangesNothing();
    void read_emptyFile_failsWithoutHeader();
    void read_mergeIntoUndefinedCitizen_failsAndChangesNothing();
    void read_forwardMergeAndForwardReply_resolveAfterwards();
    void read_mergeIntoMergedCitizen_endsAtTheFinalCitizen();
    void roundTrip_hostileText_isExact_data();
    void roundTrip_hostileText_isExact();
    void read_windowsLineEndings_areAccepted();
    void read_blankLines_areSkipped();
    void exportToFile_thenImportFromFile_roundTrips();
    void importFromFile_missingFile_namesThePath();

private:
    std::unique_ptr<Database> open(const QString &name);
    std::unique_ptr<Database> openDemo(const QString &name, qint64 conversations, quint64 seed);

    QTemporaryDir m_root;
    std::unique_ptr<QTemporaryDir> m_dir; // per test (and per data row)
    QByteArray m_demoExport;
    Jsonl::Counts m_demoCounts;
};

std::unique_ptr<Database> TestJsonl::open(const QString &name)
{
    auto db = Database::openSqlite(m_dir->filePath(name + QStringLiteral(".sqlite")));
    if (!db) {
        qWarning("cannot open %s: %s", qPrintable(name), qPrintable(why(db)));
        return nullptr;
    }
    return std::move(*db);
}

std::unique_ptr<Database> TestJsonl::openDemo(const QString &name, qint64 conversations, quint64 seed)
{
    auto db = open(name);
    if (!db)
        return nullptr;
    DemoOptions options;
    options.conversations = conversations;
    options.seed = seed;
    options.until = demoUntil();
    auto summary = DemoGenerator(*db, options).run();
    if (!summary) {
        qWarning("demo failed: %s", qPrintable(why(summary)));
        return nullptr;
    }
    return db;
}

void TestJsonl::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_dir = std::make_unique<QTemporaryDir>(m_root.filePath(QStringLiteral("demo-XXXXXX")));
    auto demo = openDemo(QStringLiteral("demo"), 300, 20260302);
    QVERIFY(demo);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    auto counts = Jsonl::write(*demo, buffer);
    QVERIFY2(counts, qPrintable(why(counts)));
    m_demoExport = buffer.data();
    m_demoCounts = *counts;
    QCOMPARE(m_demoCounts.conversations, 300);
    QVERIFY(m_demoCounts.messages > 300);
    QVERIFY(m_demoCounts.events > 0);
    QVERIFY(m_demoCounts.posts > 0);
}

void TestJsonl::init()
{
    m_dir = std::make_unique<QTemporaryDir>(m_root.filePath(QStringLiteral("t-XXXXXX")));
    QVERIFY(m_dir->isValid());
}

void TestJsonl::roundTrip_demoDatabase_exportImportExportIsByteIdentical()
{
    auto target = open(QStringLiteral("target"));
    QVERIFY(target);
    auto imported = importBytes(*target, m_demoExport);
    QVERIFY2(imported, qPrintable(why(imported)));
    QCOMPARE(describe(*imported), describe(m_demoCounts));

    QBuffer again;
    QVERIFY(again.open(QIODevice::WriteOnly));
    auto exported = Jsonl::write(*target, again);
    QVERIFY2(exported, qPrintable(why(exported)));
    QCOMPARE(describe(*exported), describe(m_demoCounts));
    QVERIFY2(again.data() == m_demoExport, qPrintable(firstDifference(m_demoExport, again.data())));

    auto problems = Maintenance(*target).check();
    QVERIFY2(problems, qPrintable(why(problems)));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

void TestJsonl::read_demoFileTwice_addsNothing()
{
    auto target = open(QStringLiteral("target"));
    QVERIFY(target);
    auto first = importBytes(*target, m_demoExport);
    QVERIFY2(first, qPrintable(why(first)));
    const auto countsAfterFirst = tableCounts(*target);
    auto statsAfterFirst = Maintenance(*target).stats();
    QVERIFY(statsAfterFirst);
    QCOMPARE(countsAfterFirst.value(QStringLiteral("conversations")), m_demoCounts.conversations);
    QCOMPARE(countsAfterFirst.value(QStringLiteral("messages")), m_demoCounts.messages);

    auto second = importBytes(*target, m_demoExport);
    QVERIFY2(second, qPrintable(why(second)));
    QCOMPARE(second->messages, 0);
    QCOMPARE(second->notes, 0);
    QCOMPARE(second->events, 0);
    QCOMPARE(second->audit, 0);

    QCOMPARE(describe(tableCounts(*target)), describe(countsAfterFirst));
    auto statsAfterSecond = Maintenance(*target).stats();
    QVERIFY(statsAfterSecond);
    QCOMPARE(describe(*statsAfterSecond), describe(*statsAfterFirst));
    const QByteArray after = exportBytes(*target);
    QVERIFY2(after == m_demoExport, qPrintable(firstDifference(m_demoExport, after)));

    auto problems = Maintenance(*target).check();
    QVERIFY2(problems, qPrintable(why(problems)));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

void TestJsonl::read_sameFileTwice_addsNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    const QByteArray head = R"j({"type":"torget","version":1}
{"type":"account","id":1,"channel":"email","name":"postmottak@test.kommune.no","base_url":"","external_id":"","state":"active","created_at":"2026-01-05T09:00:00.000+01:00"}
{"type":"citizen","id":1,"account":1,"external_id":"ola@example.no","display_name":"Ola","handle":"","merged_into":null,"created_at":"2026-01-05T09:00:00.000+01:00"}
)j";
    QTest::newRow("the small sample file") << joinLines(baseLines());
    QTest::newRow("local reply without external id")
        << head +
               R"j({"type":"conversation","id":1,"account":1,"external_id":"t-1","kind":"email","citizen":1,"subject":"Vann","status":"waiting","priority":1,"created_at":"2026-01-06T10:00:00.000+01:00"}
{"type":"message","id":1,"conversation":1,"external_id":"m-1","direction":"in","citizen":1,"author":"Ola","text":"Hei","created_at":"2026-01-06T10:00:00.000+01:00"}
{"type":"message","id":2,"conversation":1,"external_id":"","direction":"out","author":"Kommunen","text":"Svar","created_at":"2026-01-06T11:00:00.000+01:00","reply_to":1}
)j";
    QTest::newRow("merged citizens")
        << head +
               R"j({"type":"citizen","id":2,"account":1,"external_id":"ola2@example.no","display_name":"Ola N.","merged_into":1,"created_at":"2026-01-05T09:00:00.000+01:00"}
)j";
    QTest::newRow("audit entries without agent")
        << head +
               R"j({"type":"audit","id":1,"at":"2026-01-06T10:30:00.000+01:00","agent":null,"action":"export","object_type":"","object_id":null,"detail":"jsonl"}
{"type":"audit","id":2,"at":"2026-01-06T10:31:00.000+01:00","action":"login","detail":""}
)j";
    QTest::newRow("conversation without messages, with note and event")
        << head +
               R"j({"type":"conversation","id":1,"account":1,"external_id":"t-1","kind":"email","citizen":1,"subject":"Tom","status":"open","priority":1,"created_at":"2026-01-06T10:00:00.000+01:00"}
{"type":"note","id":1,"conversation":1,"text":"Ringte innbyggeren","created_at":"2026-01-06T10:05:00.000+01:00"}
{"type":"event","id":1,"conversation":1,"kind":"status","old":"new","new":"open","at":"2026-01-06T10:05:00.000+01:00"}
)j";
    QTest::newRow("conversation without external id")
        << head +
               R"j({"type":"conversation","id":1,"account":1,"external_id":"","kind":"email","citizen":1,"subject":"Lokal","status":"open","priority":1,"created_at":"2026-01-06T10:00:00.000+01:00"}
{"type":"message","id":1,"conversation":1,"external_id":"m-1","direction":"in","citizen":1,"author":"Ola","text":"Hei","created_at":"2026-01-06T10:00:00.000+01:00"}
)j";
    QTest::newRow("agent without e-mail")
        << head + R"j({"type":"agent","id":1,"name":"Vikar","email":"","active":true}
)j";
}

void TestJsonl::read_sameFileTwice_addsNothing()
{
    QFETCH(QByteArray, file);
    auto db = open(QStringLiteral("twice"));
    QVERIFY(db);
    auto first = importBytes(*db, file);
    QVERIFY2(first, qPrintable(why(first)));
    const auto before = tableCounts(*db);
    const QByteArray exportBefore = exportBytes(*db);

    auto second = importBytes(*db, file);
    QVERIFY2(second, qPrintable(why(second)));

    QCOMPARE(describe(tableCounts(*db)), describe(before));
    const QByteArray exportAfter = exportBytes(*db);
    QVERIFY2(exportAfter == exportBefore, qPrintable(firstDifference(exportBefore, exportAfter)));

    auto problems = Maintenance(*db).check();
    QVERIFY2(problems, qPrintable(why(problems)));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

void TestJsonl::read_validFile_mapsFileIdsToRows()
{
    auto db = open(QStringLiteral("valid"));
    QVERIFY(db);
    auto counts = importBytes(*db, joinLines(baseLines()));
    QVERIFY2(counts, qPrintable(why(counts)));
    QCOMPARE(counts->accounts, 1);
    QCOMPARE(counts->agents, 1);
    QCOMPARE(counts->citizens, 1);
    QCOMPARE(counts->posts, 1);
    QCOMPARE(counts->conversations, 1);
    QCOMPARE(counts->messages, 2);
    QCOMPARE(counts->notes, 1);
    QCOMPARE(counts->events, 1);
    QCOMPARE(counts->audit, 1);
    QCOMPARE(counts->lines, baseLines().size());

    AccountRepository accounts(*db);
    auto account = accounts.byName(QStringLiteral("Test kommune (Facebook)"));
    QVERIFY(account && account->has_value());
    QCOMPARE((*account)->channel, Channel::Facebook);
    QCOMPARE((*account)->externalId, QStringLiteral("100"));
    QCOMPARE((*account)->createdAt,
             TimeFormat::parseIso(QStringLiteral("2026-01-05T08:00:00Z")).toMSecsSinceEpoch());
    auto agents = accounts.agents();
    QVERIFY(agents);
    QCOMPARE(agents->size(), std::size_t(1));
    const qint64 agentId = agents->front().id;

    ConversationRepository conversations(*db);
    std::vector<Conversation> all;
    QVERIFY(conversations.forEach([&](const Conversation &c) -> Status {
        all.push_back(c);
        return {};
    }));
    QCOMPARE(all.size(), std::size_t(1));
    const Conversation &c = all.front();
    QCOMPARE(c.accountId, (*account)->id);
    QCOMPARE(c.status, ConversationStatus::Open);
    QCOMPARE(c.priority, Priority::High);
    QCOMPARE(c.assigneeId, std::optional<qint64>(agentId));
    QVERIFY(c.postId.has_value());
    QCOMPARE(c.tags, (QStringList{QStringLiteral("brøyting"), QStringLiteral("vei")}));
    QCOMPARE(c.messageCount, 2);

    auto citizen = CitizenRepository(*db).byId(c.citizenId);
    QVERIFY(citizen && citizen->has_value());
    QCOMPARE((*citizen)->displayName, QStringLiteral("Ola Nordmann"));

    auto messages = MessageRepository(*db).forConversation(c.id);
    QVERIFY(messages);
    QCOMPARE(messages->size(), std::size_t(2));
    QCOMPARE(messages->at(0).direction, Direction::Inbound);
    QCOMPARE(messages->at(0).citizenId, std::optional<qint64>(c.citizenId));
    QCOMPARE(messages->at(1).direction, Direction::Outbound);
    QCOMPARE(messages->at(1).agentId, std::optional<qint64>(agentId));
    QCOMPARE(messages->at(1).replyToId, std::optional<qint64>(messages->at(0).id));
    QCOMPARE(messages->at(1).accountId, (*account)->id);

    auto notes = HistoryRepository(*db).notes(c.id);
    QVERIFY(notes);
    QCOMPARE(notes->size(), std::size_t(1));
    auto events = HistoryRepository(*db).events(c.id);
    QVERIFY(events);
    QCOMPARE(events->size(), std::size_t(1));
    QCOMPARE(events->front().newValue, QStringLiteral("open"));
}

void TestJsonl::read_malformed_failsNamingLineAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("line");

    QTest::newRow("broken JSON on line 3") << replaced(3, R"j({"type":"agent","id":3,"name":"Kari")j") << 3;
    QTest::newRow("trailing garbage after the object")
        << replaced(5, baseLines().at(4) + R"j( {"type":"post"})j") << 5;
    QTest::newRow("non-object line: array") << replaced(4, R"j(["citizen",11])j") << 4;
    QTest::newRow("non-object line: string") << replaced(4, R"j("citizen")j") << 4;
    QTest::newRow("non-object line: number") << replaced(6, "31") << 6;
    QTest::newRow("missing header") << joinLines(baseLines().mid(1)) << 1;
    QTest::newRow("header not first")
        << joinLines(QList<QByteArray>{baseLines().at(1), baseLines().at(0)}) << 1;
    QTest::newRow("header with version 99") << replaced(1, R"j({"type":"torget","version":99})j") << 1;
    QTest::newRow("header with text version") << replaced(1, R"j({"type":"torget","version":"1"})j") << 1;
    QTest::newRow("second header") << replaced(9, R"j({"type":"torget","version":1})j") << 9;
    QTest::newRow("unknown type") << replaced(5, R"j({"type":"petition","id":5})j") << 5;
    QTest::newRow("missing type") << replaced(5, R"j({"id":21,"account":7})j") << 5;
    QTest::newRow("missing required field: citizen external_id")
        << replaced(
               4,
               R"j({"type":"citizen","id":11,"account":7,"display_name":"Ola","created_at":"2026-01-05T09:00:00+01:00"})j")
        << 4;
    QTest::newRow("missing required field: message text")
        << replaced(
               7,
               R"j({"type":"message","id":41,"conversation":31,"external_id":"m-1","direction":"in","author":"Ola","created_at":"2026-01-06T10:00:00+01:00"})j")
        << 7;
    QTest::newRow("missing id")
        << replaced(
               3, R"j({"type":"agent","name":"Kari Nordmann","email":"kari@test.kommune.no","active":true})j")
        << 3;
    QTest::newRow("wrong field type: likes as text")
        << replaced(
               5,
               R"j({"type":"post","id":21,"account":7,"external_id":"p-1","text":"x","created_at":"2026-01-06T08:00:00+01:00","likes":"many","shares":1,"comments":2})j")
        << 5;
    QTest::newRow("wrong field type: fractional id")
        << replaced(
               3, R"j({"type":"agent","id":3.5,"name":"Kari","email":"kari@test.kommune.no","active":true})j")
        << 3;
    QTest::newRow("wrong field type: automatic as text")
        << replaced(
               8,
               R"j({"type":"message","id":42,"conversation":31,"external_id":"m-2","direction":"out","agent":3,"author":"K","text":"x","created_at":"2026-01-06T10:30:00+01:00","automatic":"yes"})j")
        << 8;
    QTest::newRow("wrong field type: tags not a list")
        << replaced(
               6,
               R"j({"type":"conversation","id":31,"account":7,"external_id":"t-1","kind":"comment","citizen":11,"status":"open","priority":1,"created_at":"2026-01-06T10:00:00+01:00","tags":"brøyting"})j")
        << 6;
    QTest::newRow("wrong value: unknown status")
        << replaced(
               6,
               R"j({"type":"conversation","id":31,"account":7,"external_id":"t-1","kind":"comment","citizen":11,"status":"closed","priority":1,"created_at":"2026-01-06T10:00:00+01:00"})j")
        << 6;
    QTest::newRow("wrong value: priority 7")
        << replaced(
               6,
               R"j({"type":"conversation","id":31,"account":7,"external_id":"t-1","kind":"comment","citizen":11,"status":"open","priority":7,"created_at":"2026-01-06T10:00:00+01:00"})j")
        << 6;
    QTest::newRow("reference to undefined conversation")
        << replaced(
               7,
               R"j({"type":"message","id":41,"conversation":99,"external_id":"m-1","direction":"in","author":"Ola","text":"Hei","created_at":"2026-01-06T10:00:00+01:00"})j")
        << 7;
    QTest::newRow("reference to undefined account")
        << replaced(
               4,
               R"j({"type":"citizen","id":11,"account":8,"external_id":"c-1","display_name":"Ola","created_at":"2026-01-05T09:00:00+01:00"})j")
        << 4;
    QTest::newRow("reference to undefined agent")
        << replaced(
               9,
               R"j({"type":"note","id":51,"conversation":31,"agent":4,"text":"x","created_at":"2026-01-06T10:20:00+01:00"})j")
        << 9;
    QTest::newRow("reference to a later line")
        << joinLines(QList<QByteArray>{baseLines().at(0), baseLines().at(1), baseLines().at(2),
                                       baseLines().at(5), baseLines().at(3)})
        << 4;
    QTest::newRow("invalid UTF-8 bytes")
        << replaced(
               7,
               QByteArray(
                   R"j({"type":"message","id":41,"conversation":31,"external_id":"m-1","direction":"in","author":"Ola","text":"bad )j") +
                   QByteArray("\xC3\x28\xFF", 3) + R"j(","created_at":"2026-01-06T10:00:00+01:00"})j")
        << 7;
    QTest::newRow("invalid UTF-8: encoded surrogate")
        << replaced(9, QByteArray(R"j({"type":"note","id":51,"conversation":31,"text":")j") +
                           QByteArray("\xED\xA0\x80", 3) + R"j(","created_at":"2026-01-06T10:20:00+01:00"})j")
        << 9;
    QTest::newRow("invalid time: 30 February")
        << replaced(
               6,
               R"j({"type":"conversation","id":31,"account":7,"external_id":"t-1","kind":"comment","citizen":11,"status":"open","priority":1,"created_at":"2026-02-30T10:00:00+01:00"})j")
        << 6;
    QTest::newRow("invalid time: words")
        << replaced(
               10,
               R"j({"type":"event","id":61,"conversation":31,"kind":"status","old":"new","new":"open","at":"yesterday"})j")
        << 10;
    QTest::newRow("invalid time: a number")
        << replaced(
               2, R"j({"type":"account","id":7,"channel":"facebook","name":"T","created_at":1767600000000})j")
        << 2;
    // Blank lines are skipped but still counted, so the number matches what an editor shows.
    {
        QList<QByteArray> lines = baseLines();
        lines.insert(1, QByteArray());
        lines.insert(2, QByteArray("   "));
        lines[9] =
            R"j({"type":"message","id":42,"conversation":31,"direction":"sideways","author":"K","text":"x","created_at":"2026-01-06T10:30:00+01:00"})j";
        QTest::newRow("error after blank lines") << joinLines(lines) << 10;
    }
    // The last line is bad: everything before it was written and must be rolled back.
    QTest::newRow("bad last line") << joinLines(baseLines()) + R"j({"type":"audit","id":72})j" + "\n"
                                   << baseLines().size() + 1;
}

void TestJsonl::read_malformed_failsNamingLineAndChangesNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(int, line);
    const QString expectedPrefix = QStringLiteral("Line %1:").arg(line);

    // Into an empty database: afterwards it is still empty.
    {
        auto db = open(QStringLiteral("empty"));
        QVERIFY(db);
        const QByteArray exportBefore = exportBytes(*db);
        auto result = importBytes(*db, file);
        QVERIFY2(!result, "a malformed file was accepted");
        QVERIFY2(
            result.error().startsWith(expectedPrefix),
            qPrintable(QStringLiteral("expected \"%1 …\", got \"%2\"").arg(expectedPrefix, result.error())));
        auto stats = Maintenance(*db).stats();
        QVERIFY(stats);
        QCOMPARE(stats->accounts, 0);
        QCOMPARE(stats->conversations, 0);
        QCOMPARE(stats->messages, 0);
        QCOMPARE(stats->posts, 0);
        auto accounts = AccountRepository(*db).list();
        QVERIFY(accounts);
        QVERIFY(accounts->empty());
        auto agents = AccountRepository(*db).agents();
        QVERIFY(agents);
        QVERIFY(agents->empty());
        const auto counts = tableCounts(*db);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() == 0, qPrintable(it.key()));
        QCOMPARE(exportBytes(*db), exportBefore);
    }

    // Into a database with data: afterwards it holds exactly what it held before.
    {
        auto db = openDemo(QStringLiteral("filled"), 20, 7);
        QVERIFY(db);
        auto statsBefore = Maintenance(*db).stats();
        QVERIFY(statsBefore);
        const auto countsBefore = tableCounts(*db);
        const QByteArray exportBefore = exportBytes(*db);
        auto result = importBytes(*db, file);
        QVERIFY2(!result, "a malformed file was accepted");
        QVERIFY2(result.error().startsWith(expectedPrefix), qPrintable(why(result)));
        auto statsAfter = Maintenance(*db).stats();
        QVERIFY(statsAfter);
        QCOMPARE(describe(*statsAfter), describe(*statsBefore));
        QCOMPARE(describe(tableCounts(*db)), describe(countsBefore));
        const QByteArray exportAfter = exportBytes(*db);
        QVERIFY2(exportAfter == exportBefore, qPrintable(firstDifference(exportBefore, exportAfter)));
        auto problems = Maintenance(*db).check();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }
}

void TestJsonl::read_emptyFile_failsWithoutHeader()
{
    auto db = open(QStringLiteral("empty"));
    QVERIFY(db);
    for (const QByteArray &file : {QByteArray(), QByteArray("\n\n   \n"), QByteArray("\r\n")}) {
        auto result = importBytes(*db, file);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QStringLiteral("header")), qPrintable(why(result)));
    }
    QVERIFY(tableCounts(*db).value(QStringLiteral("accounts")) == 0);
}

void TestJsonl::read_mergeIntoUndefinedCitizen_failsAndChangesNothing()
{
    auto db = open(QStringLiteral("merge"));
    QVERIFY(db);
    QList<QByteArray> lines = baseLines();
    lines[3] =
        R"j({"type":"citizen","id":11,"account":7,"external_id":"c-1","display_name":"Ola","merged_into":12,"created_at":"2026-01-05T09:00:00+01:00"})j";
    auto result = importBytes(*db, joinLines(lines));
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("12")), qPrintable(why(result)));
    const auto counts = tableCounts(*db);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(it.value() == 0, qPrintable(it.key()));
}

void TestJsonl::read_forwardMergeAndForwardReply_resolveAfterwards()
{
    // Citizen 1 is merged into citizen 2, and message 10 replies to message 11: both defined later.
    const QByteArray file = R"j({"type":"torget","version":1}
{"type":"account","id":1,"channel":"mastodon","name":"@test@sosial.example","created_at":"2026-01-05T09:00:00+01:00"}
{"type":"citizen","id":1,"account":1,"external_id":"old","display_name":"Kari (gammel konto)","merged_into":2,"created_at":"2026-01-05T09:00:00+01:00"}
{"type":"citizen","id":2,"account":1,"external_id":"new","display_name":"Kari","created_at":"2026-01-05T09:00:00+01:00"}
{"type":"conversation","id":5,"account":1,"external_id":"t-5","kind":"mention","citizen":1,"status":"open","priority":1,"created_at":"2026-01-06T10:00:00+01:00"}
{"type":"message","id":10,"conversation":5,"external_id":"m-10","direction":"out","author":"Kommunen","text":"Svar","created_at":"2026-01-06T11:00:00+01:00","reply_to":11}
{"type":"message","id":11,"conversation":5,"external_id":"m-11","direction":"in","citizen":1,"author":"Kari","text":"Spørsmål","created_at":"2026-01-06T10:00:00+01:00"}
)j";
    auto db = open(QStringLiteral("forward"));
    QVERIFY(db);
    auto result = importBytes(*db, file);
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->citizens, 2);
    QCOMPARE(result->messages, 2);

    CitizenRepository citizens(*db);
    QHash<QString, Citizen> byExternal;
    QVERIFY(citizens.forEach([&](const Citizen &c) -> Status {
        byExternal.insert(c.externalId, c);
        return {};
    }));
    QCOMPARE(byExternal.size(), 2);
    const qint64 kari = byExternal.value(QStringLiteral("new")).id;
    QVERIFY(!byExternal.value(QStringLiteral("new")).mergedInto.has_value());
    QCOMPARE(byExternal.value(QStringLiteral("old")).mergedInto, std::optional<qint64>(kari));

    auto list = ConversationRepository(*db).list({});
    QVERIFY(list);
    QCOMPARE(list->size(), std::size_t(1));
    QCOMPARE(list->front().citizenName, QStringLiteral("Kari")); // shown under the merged person

    auto messages = MessageRepository(*db).forConversation(list->front().id);
    QVERIFY(messages);
    QCOMPARE(messages->size(), std::size_t(2));
    const Message &question = messages->at(0); // ordered by time
    const Message &answer = messages->at(1);
    QCOMPARE(question.externalId, QStringLiteral("m-11"));
    QCOMPARE(answer.externalId, QStringLiteral("m-10"));
    QCOMPARE(answer.replyToId, std::optional<qint64>(question.id));
    QVERIFY(!question.replyToId.has_value());

    auto problems = Maintenance(*db).check();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

void TestJsonl::read_mergeIntoMergedCitizen_endsAtTheFinalCitizen()
{
    // Per is merged into "old", which itself is merged into "new" (Kari): Per must end at Kari.
    const QByteArray file = R"j({"type":"torget","version":1}
{"type":"account","id":1,"channel":"mastodon","name":"@test@sosial.example","created_at":"2026-01-05T09:00:00+01:00"}
{"type":"citizen","id":1,"account":1,"external_id":"old","display_name":"Kari (gammel konto)","merged_into":2,"created_at":"2026-01-05T09:00:00+01:00"}
{"type":"citizen","id":3,"account":1,"external_id":"other","display_name":"Per","merged_into":1,"created_at":"2026-01-05T09:00:00+01:00"}
{"type":"citizen","id":2,"account":1,"external_id":"new","display_name":"Kari","created_at":"2026-01-05T09:00:00+01:00"}
{"type":"conversation","id":5,"account":1,"external_id":"t-5","kind":"mention","citizen":3,"status":"open","priority":1,"created_at":"2026-01-06T10:00:00+01:00"}
)j";
    auto db = open(QStringLiteral("chain"));
    QVERIFY(db);
    auto result = importBytes(*db, file);
    QVERIFY2(result, qPrintable(why(result)));

    QHash<QString, Citizen> byExternal;
    QVERIFY(CitizenRepository(*db).forEach([&](const Citizen &c) -> Status {
        byExternal.insert(c.externalId, c);
        return {};
    }));
    const qint64 kari = byExternal.value(QStringLiteral("new")).id;
    QCOMPARE(byExternal.value(QStringLiteral("old")).mergedInto, std::optional<qint64>(kari));
    QCOMPARE(byExternal.value(QStringLiteral("other")).mergedInto, std::optional<qint64>(kari));
    auto list = ConversationRepository(*db).list({});
    QVERIFY(list);
    QCOMPARE(list->size(), std::size_t(1));
    QCOMPARE(list->front().citizenName, QStringLiteral("Kari"));
}

void TestJsonl::roundTrip_hostileText_isExact_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("HTML and script") << QStringLiteral(
        "<p onclick=\"alert('x')\">Hei &amp; <b>hå</b></p><script>document.cookie</script>");
    QString big;
    const QString chunk = QStringLiteral("Brøyting i Åsveien, «igjen» – 🙂 ");
    while (big.size() < 200 * 1024)
        big += chunk;
    QTest::newRow("200 kB") << big;
    QTest::newRow("emoji") << QStringLiteral(
        "👍🏽 🇳🇴 👨‍👩‍👧‍👦 ❄️ 🙄 \U0001F600");
    QTest::newRow("right to left") << QStringLiteral(
        "مرحبا بالعالم — שלום עולם \u200F\u202Eabc\u202C \u200E");
    QTest::newRow("quotes and backslashes")
        << QStringLiteral("\"quoted\" 'single' \\ \\\\ \\n \\u0041 \\\" \"\\\" C:\\Users\\kari\\");
    QTest::newRow("newlines inside") << QStringLiteral(
        "line 1\nline 2\r\nline 3\rline 4\n\n\ttabbed\u2028sep\u2029para\n");
    QTest::newRow("control characters")
        << QStringLiteral("bell\u0007 esc\u001B del\u007F nbsp\u00A0 bom\uFEFF");
    QTest::newRow("surrounding whitespace") << QStringLiteral("   spaced   ");
    QTest::newRow("JSON-looking text") << QStringLiteral(R"j({"type":"torget","version":99})j");
    QTest::newRow("NUL character") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
}

void TestJsonl::roundTrip_hostileText_isExact()
{
    QFETCH(QString, text);
    auto source = open(QStringLiteral("source"));
    QVERIFY(source);
    const qint64 t0 =
        TimeFormat::parseIso(QStringLiteral("2026-02-10T09:15:00.123+01:00")).toMSecsSinceEpoch();

    // Every kind of free text a record carries gets the hostile value.
    QVERIFY(source->write([&]() -> Status {
        Account a;
        a.channel = Channel::Email;
        a.name = QStringLiteral("Konto ") + text.left(100);
        a.createdAt = t0;
        auto account = AccountRepository(*source).upsert(a);
        if (!account)
            return Error{account.error()};
        auto agent = AccountRepository(*source).upsertAgent({0, text, QStringLiteral("a@b.no"), true});
        if (!agent)
            return Error{agent.error()};
        Citizen c{0, *account, QStringLiteral("ext-") + text.left(50), text, text, std::nullopt, t0};
        auto citizen = CitizenRepository(*source).upsert(c);
        if (!citizen)
            return Error{citizen.error()};
        Post p;
        p.accountId = *account;
        p.externalId = QStringLiteral("p1");
        p.text = text;
        p.url = QStringLiteral("https://example.no/?q=") + text.left(20);
        p.createdAt = t0;
        auto post = PostRepository(*source).upsert(p);
        if (!post)
            return Error{post.error()};
        Conversation conv;
        conv.accountId = *account;
        conv.externalId = QStringLiteral("t1");
        conv.kind = ConversationKind::Email;
        conv.citizenId = *citizen;
        conv.subject = text;
        conv.createdAt = t0;
        auto conversation = ConversationRepository(*source).upsert(conv);
        if (!conversation)
            return Error{conversation.error()};
        if (auto tagged =
                ConversationRepository(*source).addTag(*conversation, QStringLiteral("«etikett» ✓"));
            !tagged)
            return tagged;
        Message m;
        m.conversationId = *conversation;
        m.accountId = *account;
        m.externalId = QStringLiteral("m1");
        m.citizenId = *citizen;
        m.authorName = text;
        m.bodyText = text;
        m.bodyOriginal = QStringLiteral("<div>") + text + QStringLiteral("</div>");
        m.bodyFormat = QStringLiteral("html");
        m.createdAt = t0;
        m.editedAt = t0 + 1;
        auto message = MessageRepository(*source).insert(m);
        if (!message)
            return Error{message.error()};
        Note n{0, *conversation, *agent, text, t0 + 2};
        if (auto note = HistoryRepository(*source).addNote(n); !note)
            return Error{note.error()};
        ConversationEvent e;
        e.conversationId = *conversation;
        e.kind = EventKind::Tag;
        e.oldValue = text;
        e.newValue = text;
        e.at = t0 + 3;
        if (auto event = HistoryRepository(*source).addEvent(e); !event)
            return Error{event.error()};
        AuditEntry au;
        au.at = t0 + 4;
        au.action = QStringLiteral("edit");
        au.objectType = QStringLiteral("message");
        au.objectId = message->id;
        au.detail = text;
        if (auto audit = HistoryRepository(*source).audit(au); !audit)
            return Error{audit.error()};
        return {};
    }));

    const QByteArray exported = exportBytes(*source);
    QVERIFY(!exported.isEmpty());
    QCOMPARE(exported.count('\n'), 10); // one record per line: no raw newline leaked into the file

    auto target = open(QStringLiteral("target"));
    QVERIFY(target);
    auto imported = importBytes(*target, exported);
    QVERIFY2(imported, qPrintable(why(imported)));
    const QByteArray again = exportBytes(*target);
    QVERIFY2(again == exported, qPrintable(firstDifference(exported, again)));

    // Read back through the repositories, not only through the file.
    const auto same = [&](const QString &actual, const QString &what) {
        if (actual == text)
            return true;
        qWarning("%s differs: %lld vs %lld characters", qPrintable(what), qint64(actual.size()),
                 qint64(text.size()));
        return false;
    };
    std::vector<Conversation> conversations;
    QVERIFY(ConversationRepository(*target).forEach([&](const Conversation &c) -> Status {
        conversations.push_back(c);
        return {};
    }));
    QCOMPARE(conversations.size(), std::size_t(1));
    QVERIFY(same(conversations.front().subject, QStringLiteral("subject")));
    QCOMPARE(conversations.front().tags, QStringList{QStringLiteral("«etikett» ✓")});
    auto citizen = CitizenRepository(*target).byId(conversations.front().citizenId);
    QVERIFY(citizen && citizen->has_value());
    QVERIFY(same((*citizen)->displayName, QStringLiteral("citizen name")));
    auto messages = MessageRepository(*target).forConversation(conversations.front().id);
    QVERIFY(messages);
    QCOMPARE(messages->size(), std::size_t(1));
    QVERIFY(same(messages->front().bodyText, QStringLiteral("message text")));
    QVERIFY(same(messages->front().authorName, QStringLiteral("author")));
    QCOMPARE(messages->front().bodyOriginal, QStringLiteral("<div>") + text + QStringLiteral("</div>"));
    QCOMPARE(messages->front().bodyFormat, QStringLiteral("html"));
    QCOMPARE(messages->front().createdAt, t0);
    QCOMPARE(messages->front().editedAt, std::optional<qint64>(t0 + 1));
    auto notes = HistoryRepository(*target).notes(conversations.front().id);
    QVERIFY(notes);
    QCOMPARE(notes->size(), std::size_t(1));
    QVERIFY(same(notes->front().text, QStringLiteral("note")));
    auto events = HistoryRepository(*target).events(conversations.front().id);
    QVERIFY(events);
    QCOMPARE(events->size(), std::size_t(1));
    QVERIFY(same(events->front().oldValue, QStringLiteral("event old value")));
    int posts = 0;
    QVERIFY(PostRepository(*target).forEach([&](const Post &p) -> Status {
        ++posts;
        return same(p.text, QStringLiteral("post")) ? Status()
                                                    : Status(Error{QStringLiteral("post differs")});
    }));
    QCOMPARE(posts, 1);
    auto agents = AccountRepository(*target).agents();
    QVERIFY(agents);
    QCOMPARE(agents->size(), std::size_t(1));
    QVERIFY(same(agents->front().name, QStringLiteral("agent name")));
    int audits = 0;
    QVERIFY(HistoryRepository(*target).forEachAudit([&](const AuditEntry &a) -> Status {
        ++audits;
        return same(a.detail, QStringLiteral("audit")) ? Status()
                                                       : Status(Error{QStringLiteral("audit differs")});
    }));
    QCOMPARE(audits, 1);

    auto problems = Maintenance(*target).check();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

void TestJsonl::read_windowsLineEndings_areAccepted()
{
    auto unix = open(QStringLiteral("lf"));
    auto windows = open(QStringLiteral("crlf"));
    auto mixed = open(QStringLiteral("mixed"));
    QVERIFY(unix && windows && mixed);

    auto lf = importBytes(*unix, joinLines(baseLines()));
    QVERIFY2(lf, qPrintable(why(lf)));
    auto crlf = importBytes(*windows, joinLines(baseLines(), "\r\n"));
    QVERIFY2(crlf, qPrintable(why(crlf)));
    QCOMPARE(describe(*crlf), describe(*lf));
    QByteArray mixedFile = joinLines(baseLines(), "\r\n");
    mixedFile.replace("}\r\n{\"type\":\"post\"", "}\n{\"type\":\"post\"");
    mixedFile.chop(2); // and no line end at all after the last record
    auto mix = importBytes(*mixed, mixedFile);
    QVERIFY2(mix, qPrintable(why(mix)));
    QCOMPARE(describe(*mix), describe(*lf));

    const QByteArray expected = exportBytes(*unix);
    QCOMPARE(exportBytes(*windows), expected);
    QCOMPARE(exportBytes(*mixed), expected);
    QVERIFY(!expected.contains('\r'));

    // The error line numbers count CRLF lines like LF lines.
    auto bad = open(QStringLiteral("crlf-bad"));
    QVERIFY(bad);
    QList<QByteArray> lines = baseLines();
    lines[5] = "{broken";
    auto failed = importBytes(*bad, joinLines(lines, "\r\n"));
    QVERIFY(!failed);
    QVERIFY2(failed.error().startsWith(QStringLiteral("Line 6:")), qPrintable(why(failed)));
}

void TestJsonl::read_blankLines_areSkipped()
{
    auto db = open(QStringLiteral("blank"));
    QVERIFY(db);
    QList<QByteArray> lines = baseLines();
    lines.insert(3, QByteArray());
    lines.insert(5, QByteArray("\t  "));
    auto result = importBytes(*db, joinLines(lines) + "\n\n");
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->lines, baseLines().size());
    QCOMPARE(result->messages, 2);
}

void TestJsonl::exportToFile_thenImportFromFile_roundTrips()
{
    auto source = open(QStringLiteral("source"));
    QVERIFY(source);
    QVERIFY(importBytes(*source, joinLines(baseLines())));
    const QString path = m_dir->filePath(QStringLiteral("export æøå.jsonl"));
    auto written = Jsonl::exportToFile(*source, path);
    QVERIFY2(written, qPrintable(why(written)));
    QCOMPARE(written->lines, baseLines().size());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exportBytes(*source));

    auto target = open(QStringLiteral("target"));
    QVERIFY(target);
    auto read = Jsonl::importFromFile(*target, path);
    QVERIFY2(read, qPrintable(why(read)));
    QCOMPARE(describe(*read), describe(*written));
    QCOMPARE(exportBytes(*target), exportBytes(*source));
}

void TestJsonl::importFromFile_missingFile_namesThePath()
{
    auto db = open(QStringLiteral("db"));
    QVERIFY(db);
    const QString path = m_dir->filePath(QStringLiteral("finnes-ikke.jsonl"));
    auto result = Jsonl::importFromFile(*db, path);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("finnes-ikke.jsonl")), qPrintable(why(result)));

    auto written = Jsonl::exportToFile(*db, m_dir->filePath(QStringLiteral("no/such/dir/out.jsonl")));
    QVERIFY(!written);
    QVERIFY2(written.error().contains(QStringLiteral("out.jsonl")), qPrintable(why(written)));
}

QTEST_GUILESS_MAIN(TestJsonl)
#include "tst_jsonl.moc"
