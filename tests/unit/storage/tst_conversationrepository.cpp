#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/messagerepository.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Torget;
using namespace TorgetTest;

Q_DECLARE_METATYPE(std::optional<Torget::ConversationStatus>)

namespace {

QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QList<qint64> idsOf(const std::vector<ConversationSummary> &rows)
{
    QList<qint64> ids;
    for (const ConversationSummary &s : rows)
        ids << s.id;
    return ids;
}

} // namespace

class TestConversationRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void upsert_sameExternalIdTwice_returnsSameIdAndStoresOnce();
    void upsert_sameExternalIdOnOtherAccount_storesBoth();
    void byId_unknownId_isEmpty();
    void list_ordersNewestLastMessageFirst();
    void list_followsMessagesInserted();
    void list_fillsSummaryFields();
    void list_statusFilter_data();
    void list_statusFilter();
    void list_assigneeFilter_showsOnlyThatAgentsConversations();
    void list_limitAndOffset_pageThroughTheOrder_data();
    void list_limitAndOffset_pageThroughTheOrder();
    void setStatus_sequence_recordsOneEventPerChange_data();
    void setStatus_sequence_recordsOneEventPerChange();
    void assign_sequence_recordsOneEventPerChange();
    void addTag_twice_storesOnce_data();
    void addTag_twice_storesOnce();
    void tags_areSortedIgnoringCase();
    void forEach_tagsSpreadOverConversations_givesEachItsOwnTags();
    void merge_listShowsMergedIntoCitizensName();
    void merge_targetMergedLater_listFollowsToTheEnd();
    void merge_intoCitizenAlreadyMerged_listShowsFinalCitizen();
    void merge_backIntoItsOwnAlias_leavesNoSelfReference();
    void merge_withItself_isRefused();

private:
    // Five conversations on one account with the given last message times, ids in creation order.
    void makeConversations(const QList<qint64> &lastMessageAt, QList<qint64> &ids);
    void addAgent(const QString &name, qint64 &out);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Seed m_seed;
};

void TestConversationRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
    TORGET_CALL(seed(*m_db, m_seed));
}

void TestConversationRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestConversationRepository::makeConversations(const QList<qint64> &lastMessageAt, QList<qint64> &ids)
{
    ids.clear();
    for (int i = 0; i < lastMessageAt.size(); ++i) {
        qint64 id = 0;
        TORGET_CALL(addConversation(
            *m_db,
            conversation(m_seed.accountId, m_seed.citizenId, QStringLiteral("c%1").arg(i), lastMessageAt[i]),
            id));
        ids << id;
    }
}

void TestConversationRepository::addAgent(const QString &name, qint64 &out)
{
    Agent a;
    a.name = name;
    a.email = name.toLower() + QStringLiteral("@kommune.no");
    TORGET_TAKE(id, AccountRepository(*m_db).upsertAgent(a));
    out = id;
}

void TestConversationRepository::upsert_sameExternalIdTwice_returnsSameIdAndStoresOnce()
{
    ConversationRepository repo(*m_db);
    Conversation c = conversation(m_seed.accountId, m_seed.citizenId, QStringLiteral("fb-thread-1"));
    TORGET_TAKE(first, repo.upsert(c));
    c.subject = QStringLiteral("Endret emne");
    TORGET_TAKE(second, repo.upsert(c));
    QCOMPARE(second, first);
    TORGET_TAKE(total, repo.count({}));
    QCOMPARE(total, qint64(2)); // the seed conversation and this one
}

void TestConversationRepository::upsert_sameExternalIdOnOtherAccount_storesBoth()
{
    qint64 otherAccount = 0;
    TORGET_CALL(
        addAccount(*m_db, QStringLiteral("Demo kommune på Mastodon"), otherAccount, Channel::Mastodon));
    ConversationRepository repo(*m_db);
    TORGET_TAKE(a, repo.upsert(conversation(m_seed.accountId, m_seed.citizenId, QStringLiteral("same"))));
    TORGET_TAKE(b, repo.upsert(conversation(otherAccount, m_seed.citizenId, QStringLiteral("same"))));
    QVERIFY(a != b);
    TORGET_TAKE(total, repo.count({}));
    QCOMPARE(total, qint64(3));
}

void TestConversationRepository::byId_unknownId_isEmpty()
{
    TORGET_TAKE(found, ConversationRepository(*m_db).byId(987654));
    QVERIFY(!found.has_value());
}

void TestConversationRepository::list_ordersNewestLastMessageFirst()
{
    QList<qint64> ids;
    TORGET_CALL(makeConversations({3000, 1000, 4000, 2000, 4000}, ids));
    TORGET_TAKE(rows, ConversationRepository(*m_db).list({}));
    // Equal times: the newer conversation (higher id) first. The seed conversation (1000) is older
    // than c1 (1000) by id.
    const QList<qint64> expected{ids[4], ids[2], ids[0], ids[3], ids[1], m_seed.conversationId};
    QCOMPARE(idsOf(rows), expected);
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i - 1].lastMessageAt >= rows[i].lastMessageAt);
}

void TestConversationRepository::list_followsMessagesInserted()
{
    QList<qint64> ids;
    TORGET_CALL(makeConversations({3000, 2000}, ids));
    Seed second = m_seed;
    second.conversationId = ids[1];
    TORGET_VERIFY_OK(
        MessageRepository(*m_db).insert(message(second, QStringLiteral("m"), QStringLiteral("ny"), 9000)));
    TORGET_TAKE(rows, ConversationRepository(*m_db).list({}));
    QCOMPARE(idsOf(rows).first(), ids[1]);
    QCOMPARE(rows.front().lastMessageAt, qint64(9000));
    QCOMPARE(rows.front().messageCount, 1);
}

void TestConversationRepository::list_fillsSummaryFields()
{
    qint64 agent = 0;
    TORGET_CALL(addAgent(QStringLiteral("Åse"), agent));
    ConversationRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.setState(m_seed.conversationId, ConversationStatus::Waiting, Priority::Urgent,
                                   agent, std::nullopt));
    TORGET_TAKE(rows, repo.list({}));
    QCOMPARE(rows.size(), std::size_t(1));
    const ConversationSummary &s = rows.front();
    QCOMPARE(s.id, m_seed.conversationId);
    QCOMPARE(s.channel, Channel::Facebook);
    QCOMPARE(s.accountName, QStringLiteral("Demo kommune"));
    QCOMPARE(s.kind, ConversationKind::Comment);
    QCOMPARE(s.status, ConversationStatus::Waiting);
    QCOMPARE(s.priority, Priority::Urgent);
    QCOMPARE(s.citizenName, QStringLiteral("Kari Nordmann"));
    QCOMPARE(s.assigneeName, QStringLiteral("Åse"));
    QCOMPARE(s.subject, QStringLiteral("Emne conv-1"));
    QCOMPARE(s.createdAt, qint64(1000));
}

void TestConversationRepository::list_statusFilter_data()
{
    QTest::addColumn<std::optional<ConversationStatus>>("filter");
    QTest::addColumn<QList<int>>("expected"); // indexes into the conversations made by the test

    // Statuses of c0..c4: new, open, waiting, open, resolved; their times make c4 newest.
    QTest::newRow("no filter") << std::optional<ConversationStatus>() << QList<int>{4, 3, 2, 1, 0};
    QTest::newRow("new") << std::optional(ConversationStatus::New) << QList<int>{0};
    QTest::newRow("open") << std::optional(ConversationStatus::Open) << QList<int>{3, 1};
    QTest::newRow("waiting") << std::optional(ConversationStatus::Waiting) << QList<int>{2};
    QTest::newRow("resolved") << std::optional(ConversationStatus::Resolved) << QList<int>{4};
}

void TestConversationRepository::list_statusFilter()
{
    QFETCH(std::optional<ConversationStatus>, filter);
    QFETCH(QList<int>, expected);
    // Only the conversations made here: the seed one is moved out of every filter's way.
    ConversationRepository repo(*m_db);
    QList<qint64> ids;
    TORGET_CALL(makeConversations({2000, 3000, 4000, 5000, 6000}, ids));
    const QList<ConversationStatus> statuses{ConversationStatus::New, ConversationStatus::Open,
                                             ConversationStatus::Waiting, ConversationStatus::Open,
                                             ConversationStatus::Resolved};
    for (int i = 0; i < ids.size(); ++i)
        TORGET_VERIFY_OK(repo.setState(ids[i], statuses[i], Priority::Normal, std::nullopt, std::nullopt));
    TORGET_VERIFY_OK(
        m_db->exec(QStringLiteral("DELETE FROM conversations WHERE id = %1").arg(m_seed.conversationId)));

    ConversationFilter f;
    f.status = filter;
    TORGET_TAKE(rows, repo.list(f));
    QList<qint64> expectedIds;
    for (const int i : expected)
        expectedIds << ids[i];
    QCOMPARE(idsOf(rows), expectedIds);
    for (const ConversationSummary &s : rows) {
        if (filter)
            QCOMPARE(s.status, *filter);
    }
    TORGET_TAKE(counted, repo.count(f));
    QCOMPARE(counted, qint64(expectedIds.size()));
}

void TestConversationRepository::list_assigneeFilter_showsOnlyThatAgentsConversations()
{
    qint64 ase = 0;
    qint64 ola = 0;
    TORGET_CALL(addAgent(QStringLiteral("Åse"), ase));
    TORGET_CALL(addAgent(QStringLiteral("Ola"), ola));
    ConversationRepository repo(*m_db);
    QList<qint64> ids;
    TORGET_CALL(makeConversations({2000, 3000, 4000}, ids));
    TORGET_VERIFY_OK(repo.assign(ids[0], ase, std::nullopt, 1));
    TORGET_VERIFY_OK(repo.assign(ids[1], ola, std::nullopt, 1));
    TORGET_VERIFY_OK(repo.assign(ids[2], ase, std::nullopt, 1));

    ConversationFilter f;
    f.assigneeId = ase;
    TORGET_TAKE(rows, repo.list(f));
    QCOMPARE(idsOf(rows), (QList<qint64>{ids[2], ids[0]}));
    for (const ConversationSummary &s : rows)
        QCOMPARE(s.assigneeName, QStringLiteral("Åse"));
    f.status = ConversationStatus::Open;
    TORGET_TAKE(none, repo.count(f));
    QCOMPARE(none, qint64(0));
}

void TestConversationRepository::list_limitAndOffset_pageThroughTheOrder_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QList<int>>("expected"); // positions in the full, newest-first order

    QTest::newRow("first page") << 2 << 0 << QList<int>{0, 1};
    QTest::newRow("second page") << 2 << 2 << QList<int>{2, 3};
    QTest::newRow("last, short page") << 2 << 4 << QList<int>{4, 5};
    QTest::newRow("past the end") << 2 << 6 << QList<int>{};
    QTest::newRow("everything") << 50 << 0 << QList<int>{0, 1, 2, 3, 4, 5};
    QTest::newRow("odd offset") << 3 << 1 << QList<int>{1, 2, 3};
    QTest::newRow("limit zero") << 0 << 0 << QList<int>{};
}

void TestConversationRepository::list_limitAndOffset_pageThroughTheOrder()
{
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(QList<int>, expected);
    ConversationRepository repo(*m_db);
    QList<qint64> ids;
    TORGET_CALL(makeConversations({5000, 9000, 7000, 6000, 8000}, ids));
    const QList<qint64> order{ids[1], ids[4], ids[2], ids[3], ids[0], m_seed.conversationId};

    ConversationFilter f;
    f.limit = limit;
    f.offset = offset;
    TORGET_TAKE(rows, repo.list(f));
    QList<qint64> expectedIds;
    for (const int i : expected)
        expectedIds << order[i];
    QCOMPARE(idsOf(rows), expectedIds);
    // count() is the size of the whole list, whatever page is shown.
    TORGET_TAKE(counted, repo.count(f));
    QCOMPARE(counted, qint64(order.size()));
}

void TestConversationRepository::setStatus_sequence_recordsOneEventPerChange_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("events"); // "old>new" per recorded event

    QTest::newRow("one change") << QStringList{QStringLiteral("open")}
                                << QStringList{QStringLiteral("new>open")};
    QTest::newRow("unchanged") << QStringList{QStringLiteral("new")} << QStringList{};
    QTest::newRow("repeats are not changes")
        << QStringList{QStringLiteral("open"), QStringLiteral("open"), QStringLiteral("waiting"),
                       QStringLiteral("resolved"), QStringLiteral("resolved")}
        << QStringList{QStringLiteral("new>open"), QStringLiteral("open>waiting"),
                       QStringLiteral("waiting>resolved")};
    QTest::newRow("reopened") << QStringList{QStringLiteral("resolved"), QStringLiteral("open")}
                              << QStringList{QStringLiteral("new>resolved"), QStringLiteral("resolved>open")};
}

void TestConversationRepository::setStatus_sequence_recordsOneEventPerChange()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, events);
    qint64 agent = 0;
    TORGET_CALL(addAgent(QStringLiteral("Åse"), agent));
    ConversationRepository repo(*m_db);
    qint64 at = 50000;
    for (const QString &step : steps) {
        const auto status = statusFromKey(step);
        QVERIFY(status.has_value());
        TORGET_VERIFY_OK(repo.setStatus(m_seed.conversationId, *status, agent, at));
        TORGET_TAKE(c, repo.byId(m_seed.conversationId));
        QCOMPARE(c->status, *status);
        at += 1000;
    }
    TORGET_TAKE(recorded, HistoryRepository(*m_db).events(m_seed.conversationId));
    QStringList got;
    for (const ConversationEvent &e : recorded) {
        QCOMPARE(e.kind, EventKind::StatusChange);
        QCOMPARE(e.agentId, std::optional<qint64>(agent));
        got << e.oldValue + QLatin1Char('>') + e.newValue;
    }
    QCOMPARE(got, events);
    // Each event carries the time of the call that made it.
    for (std::size_t i = 1; i < recorded.size(); ++i)
        QVERIFY(recorded[i].at > recorded[i - 1].at);
    if (!recorded.empty())
        QVERIFY(recorded.front().at >= 50000);
}

void TestConversationRepository::assign_sequence_recordsOneEventPerChange()
{
    qint64 ase = 0;
    qint64 ola = 0;
    TORGET_CALL(addAgent(QStringLiteral("Åse"), ase));
    TORGET_CALL(addAgent(QStringLiteral("Ola"), ola));
    ConversationRepository repo(*m_db);
    const qint64 c = m_seed.conversationId;
    TORGET_VERIFY_OK(repo.assign(c, std::nullopt, ola, 100)); // unassigned already: nothing happens
    TORGET_VERIFY_OK(repo.assign(c, ase, ola, 200));
    TORGET_VERIFY_OK(repo.assign(c, ase, ola, 300)); // same assignee: nothing happens
    TORGET_VERIFY_OK(repo.assign(c, ola, std::nullopt, 400));
    TORGET_VERIFY_OK(repo.assign(c, std::nullopt, ola, 500));

    TORGET_TAKE(now, repo.byId(c));
    QVERIFY(!now->assigneeId.has_value());
    TORGET_TAKE(recorded, HistoryRepository(*m_db).events(c));
    QCOMPARE(recorded.size(), std::size_t(3));
    for (const ConversationEvent &e : recorded)
        QCOMPARE(e.kind, EventKind::Assignment);
    QCOMPARE(recorded[0].oldValue, QString());
    QCOMPARE(recorded[0].newValue, QString::number(ase));
    QCOMPARE(recorded[0].agentId, std::optional<qint64>(ola));
    QCOMPARE(recorded[0].at, qint64(200));
    QCOMPARE(recorded[1].oldValue, QString::number(ase));
    QCOMPARE(recorded[1].newValue, QString::number(ola));
    QVERIFY(!recorded[1].agentId.has_value());
    QCOMPARE(recorded[1].at, qint64(400));
    QCOMPARE(recorded[2].oldValue, QString::number(ola));
    QCOMPARE(recorded[2].newValue, QString());
    QCOMPARE(recorded[2].at, qint64(500));
}

void TestConversationRepository::addTag_twice_storesOnce_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("stored");

    QTest::newRow("identical") << u8("brøyting") << u8("brøyting") << u8("brøyting");
    QTest::newRow("surrounding spaces") << u8("brøyting") << u8("  brøyting ") << u8("brøyting");
    QTest::newRow("ASCII case") << u8("Vei") << u8("vei") << u8("Vei");
    // The tags table is meant to be case-insensitive (COLLATE NOCASE) for people typing Norwegian.
    QTest::newRow("æøå case") << u8("Åpningstider") << u8("åpningstider") << u8("Åpningstider");
}

void TestConversationRepository::addTag_twice_storesOnce()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, stored);
    ConversationRepository repo(*m_db);
    TORGET_VERIFY_OK(repo.addTag(m_seed.conversationId, first));
    TORGET_VERIFY_OK(repo.addTag(m_seed.conversationId, second));
    TORGET_TAKE(tags, repo.tags(m_seed.conversationId));
    QCOMPARE(tags, QStringList{stored});
    qint64 distinct = 0;
    TORGET_CALL(scalarInt(*m_db, QStringLiteral("SELECT COUNT(*) FROM tags"), distinct));
    QCOMPARE(distinct, qint64(1));
}

void TestConversationRepository::tags_areSortedIgnoringCase()
{
    ConversationRepository repo(*m_db);
    for (const QString &t : {u8("vei"), u8("Brøyting"), u8("avfall"), u8("Parkering")})
        TORGET_VERIFY_OK(repo.addTag(m_seed.conversationId, t));
    TORGET_TAKE(tags, repo.tags(m_seed.conversationId));
    QCOMPARE(tags, (QStringList{u8("avfall"), u8("Brøyting"), u8("Parkering"), u8("vei")}));
    TORGET_TAKE(c, repo.byId(m_seed.conversationId));
    QCOMPARE(c->tags, tags);
}

void TestConversationRepository::forEach_tagsSpreadOverConversations_givesEachItsOwnTags()
{
    ConversationRepository repo(*m_db);
    QList<qint64> ids;
    TORGET_CALL(makeConversations({2000, 3000, 4000, 5000}, ids));
    // Tags added interleaved across conversations, some shared, one conversation (c1) without any;
    // the seed conversation gets one too.
    const QList<std::pair<int, QString>> adds{
        {3, u8("vei")},  {0, u8("brøyting")}, {2, u8("avfall")}, {0, u8("avfall")}, {3, u8("brøyting")},
        {2, u8("vann")}, {0, u8("vei")},      {-1, u8("klage")}, {3, u8("avfall")},
    };
    for (const auto &[index, tag] : adds)
        TORGET_VERIFY_OK(repo.addTag(index < 0 ? m_seed.conversationId : ids[index], tag));

    std::map<qint64, QStringList> expected{
        {m_seed.conversationId, {u8("klage")}},
        {ids[0], {u8("avfall"), u8("brøyting"), u8("vei")}},
        {ids[1], {}},
        {ids[2], {u8("avfall"), u8("vann")}},
        {ids[3], {u8("avfall"), u8("brøyting"), u8("vei")}},
    };
    std::map<qint64, QStringList> got;
    TORGET_VERIFY_OK(repo.forEach([&](const Conversation &c) -> Status {
        got[c.id] = c.tags;
        return {};
    }));
    QCOMPARE(got.size(), expected.size());
    for (const auto &[id, tags] : expected) {
        QVERIFY2(got.count(id), qPrintable(QStringLiteral("conversation %1 not visited").arg(id)));
        QCOMPARE(got[id], tags);
        TORGET_TAKE(single, repo.tags(id));
        QCOMPARE(single, tags);
    }
}

void TestConversationRepository::merge_listShowsMergedIntoCitizensName()
{
    qint64 other = 0;
    TORGET_CALL(addCitizen(*m_db, m_seed.accountId, QStringLiteral("citizen-2"),
                           QStringLiteral("Kari N. (ny profil)"), other));
    qint64 otherConversation = 0;
    TORGET_CALL(addConversation(*m_db, conversation(m_seed.accountId, other, QStringLiteral("c-other"), 5000),
                                otherConversation));
    CitizenRepository citizens(*m_db);
    TORGET_VERIFY_OK(citizens.merge(other, m_seed.citizenId));

    TORGET_TAKE(rows, ConversationRepository(*m_db).list({}));
    QCOMPARE(idsOf(rows), (QList<qint64>{otherConversation, m_seed.conversationId}));
    for (const ConversationSummary &s : rows)
        QCOMPARE(s.citizenName, QStringLiteral("Kari Nordmann"));
    TORGET_TAKE(merged, citizens.byId(other));
    QCOMPARE(merged->mergedInto, std::optional<qint64>(m_seed.citizenId));
    // The merged identity keeps its own name; only the list shows it under the other person.
    QCOMPARE(merged->displayName, QStringLiteral("Kari N. (ny profil)"));
}

void TestConversationRepository::merge_targetMergedLater_listFollowsToTheEnd()
{
    // A into B, then B into C: A's conversation shows C.
    qint64 b = 0;
    qint64 c = 0;
    TORGET_CALL(addCitizen(*m_db, m_seed.accountId, QStringLiteral("b"), QStringLiteral("Bente"), b));
    TORGET_CALL(addCitizen(*m_db, m_seed.accountId, QStringLiteral("c"), QStringLiteral("Cecilie"), c));
    CitizenRepository citizens(*m_db);
    TORGET_VERIFY_OK(citizens.merge(m_seed.citizenId, b));
    TORGET_VERIFY_OK(citizens.merge(b, c));
    TORGET_TAKE(rows, ConversationRepository(*m_db).list({}));
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows.front().citizenName, QStringLiteral("Cecilie"));
}

void TestConversationRepository::merge_intoCitizenAlreadyMerged_listShowsFinalCitizen()
{
    // B into C, then A into B: A is the same person as C, and its conversation should say so.
    qint64 b = 0;
    qint64 c = 0;
    TORGET_CALL(addCitizen(*m_db, m_seed.accountId, QStringLiteral("b"), QStringLiteral("Bente"), b));
    TORGET_CALL(addCitizen(*m_db, m_seed.accountId, QStringLiteral("c"), QStringLiteral("Cecilie"), c));
    CitizenRepository citizens(*m_db);
    TORGET_VERIFY_OK(citizens.merge(b, c));
    TORGET_VERIFY_OK(citizens.merge(m_seed.citizenId, b));
    TORGET_TAKE(rows, ConversationRepository(*m_db).list({}));
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows.front().citizenName, QStringLiteral("Cecilie"));
    TORGET_TAKE(a, citizens.byId(m_seed.citizenId));
    QCOMPARE(a->mergedInto, std::optional<qint64>(c));
}

void TestConversationRepository::merge_backIntoItsOwnAlias_leavesNoSelfReference()
{
    // A into B, then the agent decides the other way round: B into A. A becomes the main identity.
    qint64 b = 0;
    TORGET_CALL(addCitizen(*m_db, m_seed.accountId, QStringLiteral("b"), QStringLiteral("Bente"), b));
    CitizenRepository citizens(*m_db);
    TORGET_VERIFY_OK(citizens.merge(m_seed.citizenId, b));
    TORGET_VERIFY_OK(citizens.merge(b, m_seed.citizenId));

    TORGET_TAKE(bAfter, citizens.byId(b));
    QCOMPARE(bAfter->mergedInto, std::optional<qint64>(m_seed.citizenId));
    qint64 selfMerged = -1;
    TORGET_CALL(
        scalarInt(*m_db, QStringLiteral("SELECT COUNT(*) FROM citizens WHERE merged_into = id"), selfMerged));
    QCOMPARE(selfMerged, qint64(0));
    TORGET_TAKE(rows, ConversationRepository(*m_db).list({}));
    QCOMPARE(rows.front().citizenName, QStringLiteral("Kari Nordmann"));
}

void TestConversationRepository::merge_withItself_isRefused()
{
    CitizenRepository citizens(*m_db);
    const Status merged = citizens.merge(m_seed.citizenId, m_seed.citizenId);
    QVERIFY(!merged.ok());
    QVERIFY(!merged.error().isEmpty());
    TORGET_TAKE(c, citizens.byId(m_seed.citizenId));
    QVERIFY(!c->mergedInto.has_value());
    TORGET_TAKE(rows, ConversationRepository(*m_db).list({}));
    QCOMPARE(rows.front().citizenName, QStringLiteral("Kari Nordmann"));
}

QTEST_GUILESS_MAIN(TestConversationRepository)
#include "tst_conversationrepository.moc"
