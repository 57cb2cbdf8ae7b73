#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/messagerepository.h"
#include "storage/searchrepository.h"
#include "storage/searchtext.h"
#include "storagetestutil.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Torget;
using namespace TorgetTest;

namespace {

QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QList<qint64> hitIds(const std::vector<SearchHit> &hits)
{
    QList<qint64> ids;
    for (const SearchHit &h : hits)
        ids << h.messageId;
    return ids;
}

} // namespace

class TestMessageRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void insert_newMessages_updateConversationCountAndLastMessageAt();
    void insert_roundTripsEveryField();
    void insert_sameExternalIdTwice_storesOnce();
    void insert_sameExternalIdOnOtherAccount_storesBoth();
    void insert_sameExternalIdWithNewText_updatesTextAndSearch();
    void insert_withoutExternalId_storesEveryTime();
    void insert_unknownConversation_failsAndStoresNothing();
    void insert_inFailedTransaction_leavesNeitherMessageNorSearchEntry();
    void insert_hostileText_isStoredExactly_data();
    void insert_hostileText_isStoredExactly();
    void search_matchesLikeANorwegianReader_data();
    void search_matchesLikeANorwegianReader();
    void search_queryWithSearchSyntax_isTreatedAsWords_data();
    void search_queryWithSearchSyntax_isTreatedAsWords();
    void search_manyMessagesInOneTransaction_findsEach();

private:
    // Message ids in the full-text index for a folded word, read from the index itself: search()
    // joins messages and would hide an index entry whose message is gone.
    void indexedIds(const QString &word, QList<qint64> &out);
    void expectSoundDatabase();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Seed m_seed;
};

void TestMessageRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
    TORGET_CALL(seed(*m_db, m_seed));
}

void TestMessageRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestMessageRepository::indexedIds(const QString &word, QList<qint64> &out)
{
    const QString match = QLatin1Char('"') + SearchText::fold(word) + QLatin1Char('"');
    auto q =
        m_db->query(QStringLiteral("SELECT rowid FROM message_fts WHERE message_fts MATCH :q ORDER BY rowid"),
                    {{":q", match}});
    QVERIFY2(q.ok(), errorText(q).constData());
    out.clear();
    while (q->next())
        out << q->value(0).toLongLong();
}

void TestMessageRepository::expectSoundDatabase()
{
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestMessageRepository::insert_newMessages_updateConversationCountAndLastMessageAt()
{
    MessageRepository repo(*m_db);
    ConversationRepository conversations(*m_db);
    // Out of order on purpose: a late page of older messages must not move last_message_at back.
    const QList<qint64> times{5000, 9000, 7000};
    for (int i = 0; i < times.size(); ++i) {
        TORGET_TAKE(stored, repo.insert(message(m_seed, QStringLiteral("m%1").arg(i), QStringLiteral("tekst"),
                                                times[i])));
        QVERIFY(stored.created);
        QVERIFY(!stored.edited);
        TORGET_TAKE(c, conversations.byId(m_seed.conversationId));
        QVERIFY(c.has_value());
        QCOMPARE(c->messageCount, i + 1);
        QCOMPARE(c->lastMessageAt, *std::max_element(times.begin(), times.begin() + i + 1));
    }
    TORGET_CALL(expectSoundDatabase());
}

void TestMessageRepository::insert_roundTripsEveryField()
{
    qint64 agentId = 0;
    {
        Agent agent;
        agent.name = QStringLiteral("Åse");
        agent.email = QStringLiteral("ase@kommune.no");
        TORGET_TAKE(id, AccountRepository(*m_db).upsertAgent(agent));
        agentId = id;
    }
    MessageRepository repo(*m_db);
    TORGET_TAKE(first,
                repo.insert(message(m_seed, QStringLiteral("in-1"), QStringLiteral("Spørsmål"), 3000)));

    Message reply = message(m_seed, QStringLiteral("out-1"), QStringLiteral("Svar"), 4000);
    reply.direction = Direction::Outbound;
    reply.citizenId.reset();
    reply.agentId = agentId;
    reply.authorName = QStringLiteral("Åse");
    reply.bodyOriginal = QStringLiteral("<p>Svar</p>");
    reply.bodyFormat = QStringLiteral("html");
    reply.editedAt = 4500;
    reply.replyToId = first.id;
    reply.automatic = true;
    TORGET_TAKE(second, repo.insert(reply));

    TORGET_TAKE(messages, repo.forConversation(m_seed.conversationId));
    QCOMPARE(messages.size(), std::size_t(2));
    const Message &m = messages[1];
    QCOMPARE(m.id, second.id);
    QCOMPARE(m.conversationId, m_seed.conversationId);
    QCOMPARE(m.accountId, m_seed.accountId);
    QCOMPARE(m.externalId, QStringLiteral("out-1"));
    QCOMPARE(m.direction, Direction::Outbound);
    QVERIFY(!m.citizenId.has_value());
    QCOMPARE(m.agentId, std::optional<qint64>(agentId));
    QCOMPARE(m.authorName, QStringLiteral("Åse"));
    QCOMPARE(m.bodyText, QStringLiteral("Svar"));
    QCOMPARE(m.bodyOriginal, QStringLiteral("<p>Svar</p>"));
    QCOMPARE(m.bodyFormat, QStringLiteral("html"));
    QCOMPARE(m.createdAt, qint64(4000));
    QCOMPARE(m.editedAt, std::optional<qint64>(4500));
    QCOMPARE(m.replyToId, std::optional<qint64>(first.id));
    QVERIFY(m.automatic);
    QCOMPARE(messages[0].citizenId, std::optional<qint64>(m_seed.citizenId));
    QVERIFY(!messages[0].automatic);
}

void TestMessageRepository::insert_sameExternalIdTwice_storesOnce()
{
    MessageRepository repo(*m_db);
    const Message m =
        message(m_seed, QStringLiteral("fb-1"), QStringLiteral("Når kommer brøytebilen?"), 3000);
    TORGET_TAKE(first, repo.insert(m));
    TORGET_TAKE(second, repo.insert(m));
    QVERIFY(first.created);
    QVERIFY(!second.created);
    QVERIFY(!second.edited);
    QCOMPARE(second.id, first.id);

    TORGET_TAKE(messages, repo.forConversation(m_seed.conversationId));
    QCOMPARE(messages.size(), std::size_t(1));
    TORGET_TAKE(c, ConversationRepository(*m_db).byId(m_seed.conversationId));
    QCOMPARE(c->messageCount, 1);
    QList<qint64> indexed;
    TORGET_CALL(indexedIds(QStringLiteral("brøytebilen"), indexed));
    QCOMPARE(indexed, QList<qint64>{first.id});
    TORGET_CALL(expectSoundDatabase());
}

void TestMessageRepository::insert_sameExternalIdOnOtherAccount_storesBoth()
{
    Seed other;
    TORGET_CALL(seed(*m_db, other, QStringLiteral("Demo kommune på Instagram")));
    MessageRepository repo(*m_db);
    TORGET_TAKE(a, repo.insert(message(m_seed, QStringLiteral("17"), QStringLiteral("hei"))));
    TORGET_TAKE(b, repo.insert(message(other, QStringLiteral("17"), QStringLiteral("hei"))));
    QVERIFY(a.created);
    QVERIFY(b.created);
    QVERIFY(a.id != b.id);
}

void TestMessageRepository::insert_sameExternalIdWithNewText_updatesTextAndSearch()
{
    MessageRepository repo(*m_db);
    SearchRepository search(*m_db);
    Message m = message(m_seed, QStringLiteral("fb-1"), QStringLiteral("Gammelord om brøyting"), 3000);
    TORGET_TAKE(first, repo.insert(m));
    m.bodyText = QStringLiteral("Nyttord om brøyting");
    m.editedAt = 3500;
    TORGET_TAKE(second, repo.insert(m));
    QVERIFY(!second.created);
    QVERIFY(second.edited);
    QCOMPARE(second.id, first.id);

    TORGET_TAKE(messages, repo.forConversation(m_seed.conversationId));
    QCOMPARE(messages.size(), std::size_t(1));
    QCOMPARE(messages[0].bodyText, QStringLiteral("Nyttord om brøyting"));
    QCOMPARE(messages[0].editedAt, std::optional<qint64>(3500));
    TORGET_TAKE(c, ConversationRepository(*m_db).byId(m_seed.conversationId));
    QCOMPARE(c->messageCount, 1);

    TORGET_TAKE(newHits, search.search(QStringLiteral("nyttord")));
    QCOMPARE(hitIds(newHits), QList<qint64>{first.id});
    TORGET_TAKE(oldHits, search.search(QStringLiteral("gammelord")));
    QCOMPARE(hitIds(oldHits), QList<qint64>());
    TORGET_TAKE(sharedHits, search.search(QStringLiteral("brøyting")));
    QCOMPARE(hitIds(sharedHits), QList<qint64>{first.id});
    QList<qint64> indexed;
    TORGET_CALL(indexedIds(QStringLiteral("gammelord"), indexed));
    QCOMPARE(indexed, QList<qint64>());

    // The same edit arriving again is not another edit.
    TORGET_TAKE(third, repo.insert(m));
    QVERIFY(!third.created);
    QVERIFY(!third.edited);
    TORGET_CALL(expectSoundDatabase());
}

void TestMessageRepository::insert_withoutExternalId_storesEveryTime()
{
    MessageRepository repo(*m_db);
    Message reply = message(m_seed, QString(), QStringLiteral("Takk for meldingen"), 3000);
    reply.direction = Direction::Outbound;
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        TORGET_TAKE(stored, repo.insert(reply));
        QVERIFY(stored.created);
        ids << stored.id;
    }
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 3);
    TORGET_TAKE(messages, repo.forConversation(m_seed.conversationId));
    QCOMPARE(messages.size(), std::size_t(3));
    for (const Message &m : messages)
        QVERIFY(m.externalId.isEmpty());
    TORGET_TAKE(c, ConversationRepository(*m_db).byId(m_seed.conversationId));
    QCOMPARE(c->messageCount, 3);
    TORGET_CALL(expectSoundDatabase());
}

void TestMessageRepository::insert_unknownConversation_failsAndStoresNothing()
{
    MessageRepository repo(*m_db);
    Message m = message(m_seed, QStringLiteral("x"), QStringLiteral("foreldreløs"));
    m.conversationId = 4242;
    const auto stored = repo.insert(m);
    QVERIFY(!stored.ok());
    QVERIFY(!m_db->inTransaction());
    qint64 rows = -1;
    TORGET_CALL(scalarInt(*m_db, QStringLiteral("SELECT COUNT(*) FROM messages"), rows));
    QCOMPARE(rows, qint64(0));
    QList<qint64> indexed;
    TORGET_CALL(indexedIds(QStringLiteral("foreldreløs"), indexed));
    QCOMPARE(indexed, QList<qint64>());
}

void TestMessageRepository::insert_inFailedTransaction_leavesNeitherMessageNorSearchEntry()
{
    MessageRepository repo(*m_db);
    bool insertedInside = false;
    const Status written = m_db->write([&]() -> Status {
        auto stored =
            repo.insert(message(m_seed, QStringLiteral("fb-9"), QStringLiteral("Sjøbrønnen er tom"), 8000));
        insertedInside = stored.ok() && stored->created;
        return Error{QStringLiteral("simulated failure after the insert")};
    });
    QVERIFY(insertedInside);
    QVERIFY(!written.ok());
    QCOMPARE(written.error(), QStringLiteral("simulated failure after the insert"));
    QVERIFY(!m_db->inTransaction());

    TORGET_TAKE(messages, repo.forConversation(m_seed.conversationId));
    QCOMPARE(messages.size(), std::size_t(0));
    TORGET_TAKE(hits, SearchRepository(*m_db).search(QStringLiteral("sjøbrønnen")));
    QCOMPARE(hits.size(), std::size_t(0));
    QList<qint64> indexed;
    TORGET_CALL(indexedIds(QStringLiteral("sjøbrønnen"), indexed));
    QCOMPARE(indexed, QList<qint64>());
    TORGET_TAKE(c, ConversationRepository(*m_db).byId(m_seed.conversationId));
    QCOMPARE(c->messageCount, 0);
    QCOMPARE(c->lastMessageAt, qint64(1000));
    TORGET_CALL(expectSoundDatabase());

    // Nothing of the failed attempt lingers. The next message written takes the row id the rolled-back
    // one had: it must not inherit its words in the index.
    TORGET_TAKE(next,
                repo.insert(message(m_seed, QStringLiteral("fb-10"), QStringLiteral("Helt annen tekst"))));
    TORGET_CALL(indexedIds(QStringLiteral("sjøbrønnen"), indexed));
    QCOMPARE(indexed, QList<qint64>());
    TORGET_TAKE(wrongHits, SearchRepository(*m_db).search(QStringLiteral("sjøbrønnen")));
    QCOMPARE(wrongHits.size(), std::size_t(0));
    TORGET_CALL(indexedIds(QStringLiteral("annen"), indexed));
    QCOMPARE(indexed, QList<qint64>{next.id});
    // And the next sync of the failed message stores and indexes it exactly once.
    TORGET_TAKE(again, repo.insert(message(m_seed, QStringLiteral("fb-9"),
                                           QStringLiteral("Sjøbrønnen er tom"), 8000)));
    QVERIFY(again.created);
    TORGET_CALL(indexedIds(QStringLiteral("sjøbrønnen"), indexed));
    QCOMPARE(indexed, QList<qint64>{again.id});
    TORGET_CALL(expectSoundDatabase());
}

void TestMessageRepository::insert_hostileText_isStoredExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("findWith"); // a word that search must find in it, or empty

    QString big;
    big.reserve(1024 * 1024 + 16);
    const QString chunk = QStringLiteral("æøå brøyting ");
    while (big.size() < 1024 * 1024)
        big += chunk;
    big += QStringLiteral("sisteordet");
    QTest::newRow("1 MB") << big << QStringLiteral("sisteordet");

    QString controls;
    for (char16_t c = 1; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7F) + QStringLiteral("kontroll") + QChar(0x85) + QChar(0x2028) + QChar(0x2029);
    QTest::newRow("control characters") << controls << QStringLiteral("kontroll");

    QTest::newRow("HTML")
        << u8("<script>alert('x')</script><b>fet</b> &amp; &lt;tag&gt; <a href=\"javascript:x\">lenke</a>")
        << QStringLiteral("lenke");
    QTest::newRow("SQL") << u8("'); DROP TABLE messages; -- \" OR 1=1 /* */") << QStringLiteral("drop");
    QTest::newRow("RTL with bidi controls")
        << (u8("مرحبا ") + QChar(0x202E) + u8("txet desrever") + QChar(0x202C) + u8(" שלום ") + QChar(0x200F))
        << u8("مرحبا");
    QTest::newRow("emoji ZWJ sequences")
        << u8("👩‍👩‍👧‍👦 🏳️‍🌈 👋🏽 🧑🏿‍🚒 ❤️‍🔥 hilsen")
        << QStringLiteral("hilsen");
    QTest::newRow("NFD kept as sent") << (u8("a") + QChar(0x030A) + u8("pent")) << u8("åpent");
    QTest::newRow("lone combining marks")
        << (QChar(0x0301) + u8("x") + QChar(0x0308) + QChar(0x0308)) << QString();
    QTest::newRow("only whitespace") << u8(" \t\n ") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestMessageRepository::insert_hostileText_isStoredExactly()
{
    QFETCH(QString, text);
    QFETCH(QString, findWith);
    MessageRepository repo(*m_db);
    Message m = message(m_seed, QStringLiteral("hostile"), text);
    m.authorName = text.left(200);
    m.bodyOriginal = text;
    TORGET_TAKE(stored, repo.insert(m));

    TORGET_TAKE(messages, repo.forConversation(m_seed.conversationId));
    QCOMPARE(messages.size(), std::size_t(1));
    QCOMPARE(messages[0].bodyText.size(), text.size());
    QVERIFY(messages[0].bodyText == text); // QCOMPARE would print 1 MB
    QVERIFY(messages[0].bodyOriginal == text);
    QCOMPARE(messages[0].authorName, text.left(200));

    if (!findWith.isEmpty()) {
        TORGET_TAKE(hits, SearchRepository(*m_db).search(findWith));
        QCOMPARE(hitIds(hits), QList<qint64>{stored.id});
    }
    // A re-sync of the same text is recognised as unchanged.
    TORGET_TAKE(again, repo.insert(m));
    QVERIFY(!again.created);
    QVERIFY(!again.edited);
    TORGET_CALL(expectSoundDatabase());
}

void TestMessageRepository::search_matchesLikeANorwegianReader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");

    QTest::newRow("upper-case prefix") << u8("Når kommer brøytingen?") << u8("BRØYT") << true;
    QTest::newRow("prefix of æøå word") << u8("brøyting i Storgata") << u8("brøy") << true;
    QTest::newRow("whole word, other case") << u8("brøyting i Storgata") << u8("STORGATA") << true;
    QTest::newRow("bål finds Bålplassen") << u8("Bålplassen er stengt") << u8("bål") << true;
    QTest::newRow("bal does not find bål") << u8("Bålplassen er stengt") << u8("bal") << false;
    QTest::newRow("bål does not find bal") << u8("Ballbingen er stengt") << u8("bål") << false;
    QTest::newRow("ø is not o") << u8("Søppel") << u8("soppel") << false;
    QTest::newRow("o is not ø") << u8("Soppel") << u8("søppel") << false;
    QTest::newRow("æ is not a") << u8("Ærlig") << u8("arlig") << false;
    QTest::newRow("cafe finds café") << u8("Café Åpent") << u8("cafe") << true;
    QTest::newRow("CAFÉ finds café") << u8("Café Åpent") << u8("CAFÉ") << true;
    QTest::newRow("muller finds Müller") << u8("Müller ringte") << u8("muller") << true;
    QTest::newRow("bjørn finds Björn") << u8("Björn ringte") << u8("bjørn") << true;
    QTest::newRow("sæter finds Säter") << u8("Säter gård") << u8("sæter") << true;
    QTest::newRow("NFC query finds NFD text")
        << (u8("a") + QChar(0x030A) + u8("pningstider")) << u8("åpning") << true;
    QTest::newRow("NFD query finds NFC text")
        << u8("Åpningstider") << (u8("a") + QChar(0x030A) + u8("pning")) << true;
    QTest::newRow("å is not a") << u8("Åpningstider") << u8("apning") << false;
    QTest::newRow("every term must match") << u8("brøyting i Storgata") << u8("storgata brøyting") << true;
    QTest::newRow("one term missing") << u8("brøyting i Storgata") << u8("brøyting kirkegata") << false;
    QTest::newRow("punctuation in query") << u8("brøyting i Storgata") << u8("brøyting!!!") << true;
    QTest::newRow("author is searchable") << u8("hei") << u8("nordmann") << true;
    QTest::newRow("middle of word is no prefix") << u8("snøbrøyting") << u8("brøyting") << false;
    QTest::newRow("empty query") << u8("brøyting") << QString() << false;
    QTest::newRow("only punctuation") << u8("brøyting") << u8("?!") << false;
}

void TestMessageRepository::search_matchesLikeANorwegianReader()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(bool, matches);
    MessageRepository repo(*m_db);
    TORGET_TAKE(stored, repo.insert(message(m_seed, QStringLiteral("m1"), text)));
    // A message that matches nothing above, so that "everything" is not an answer.
    Message unrelated = message(m_seed, QStringLiteral("m2"), QStringLiteral("Vannlekkasje i kjelleren"));
    unrelated.authorName = QStringLiteral("Ola Hansen");
    TORGET_VERIFY_OK(repo.insert(unrelated));

    TORGET_TAKE(hits, SearchRepository(*m_db).search(query));
    QCOMPARE(hitIds(hits), matches ? QList<qint64>{stored.id} : QList<qint64>());
    if (matches) {
        QCOMPARE(hits[0].conversationId, m_seed.conversationId);
        QCOMPARE(hits[0].text, text);
        QCOMPARE(hits[0].author, QStringLiteral("Kari Nordmann"));
        QCOMPARE(hits[0].channel, Channel::Facebook);
        QCOMPARE(hits[0].status, ConversationStatus::New);
    }
}

void TestMessageRepository::search_queryWithSearchSyntax_isTreatedAsWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");
    QTest::newRow("double quote") << u8("\"") << false;
    QTest::newRow("unbalanced quote") << u8("\"brøyting") << true;
    QTest::newRow("star") << u8("brøy*") << true;
    QTest::newRow("parentheses") << u8("(brøyting") << true;
    QTest::newRow("NOT as a word") << u8("NOT brøyting") << false; // "not" is a term that is not in the text
    QTest::newRow("OR as a word") << u8("brøyting OR vann") << false;
    QTest::newRow("column filter") << u8("author:kari") << false; // "author" is not in the text
    QTest::newRow("caret and minus") << u8("^brøyting -storgata") << true;
    QTest::newRow("NEAR") << u8("NEAR(brøyting storgata)") << false;
}

void TestMessageRepository::search_queryWithSearchSyntax_isTreatedAsWords()
{
    QFETCH(QString, query);
    QFETCH(bool, matches);
    TORGET_TAKE(stored, MessageRepository(*m_db).insert(
                            message(m_seed, QStringLiteral("m1"), u8("brøyting i Storgata"))));
    const auto hits = SearchRepository(*m_db).search(query);
    QVERIFY2(hits.ok(), errorText(hits).constData());
    QCOMPARE(hitIds(*hits), matches ? QList<qint64>{stored.id} : QList<qint64>());
}

void TestMessageRepository::search_manyMessagesInOneTransaction_findsEach()
{
    // More than one batch of the index writer (256 rows) in one transaction, as a sync page does.
    MessageRepository repo(*m_db);
    const int count = 600;
    QList<qint64> ids;
    TORGET_VERIFY_OK(m_db->write([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            auto stored = repo.insert(message(m_seed, QStringLiteral("bulk-%1").arg(i),
                                              QStringLiteral("melding ord%1 felles").arg(i), 10000 + i));
            if (!stored)
                return Error{stored.error()};
            ids << stored->id;
        }
        return {};
    }));
    for (const int i : {0, 255, 256, 511, 512, 599}) {
        TORGET_TAKE(hits, SearchRepository(*m_db).search(QStringLiteral("ord%1").arg(i)));
        QCOMPARE(hitIds(hits), QList<qint64>{ids[i]});
    }
    TORGET_TAKE(all, SearchRepository(*m_db).search(QStringLiteral("felles"), 1000));
    QCOMPARE(all.size(), std::size_t(count));
    TORGET_TAKE(c, ConversationRepository(*m_db).byId(m_seed.conversationId));
    QCOMPARE(c->messageCount, count);
    QCOMPARE(c->lastMessageAt, qint64(10000 + count - 1));
    TORGET_CALL(expectSoundDatabase());
}

QTEST_GUILESS_MAIN(TestMessageRepository)
#include "tst_messagerepository.moc"
