#include "../storage/storagetestutil.h"

#include "inbox/inboxservice.h"
#include "storage/maintenance.h"
#include "storage/messagerepository.h"
#include "storage/outboxrepository.h"
#include "storage/syncstaterepository.h"
#include "sync/ingest.h"
#include "util/clock.h"

#include <QTimeZone>

using namespace Torget;
using namespace TorgetTest;

// Fetched pages into a real database: idempotent on the platform's ids, one transaction per page
// with its cursor, own replies recognised, and the inbox's rules (waiting clock, reopening) kept.
class TestIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void page_createsCitizenConversationAndMessages_andSavesTheCursor();
    void samePageTwice_changesNothing();
    void editedMessage_replacesTheText();
    void replyGivenOnThePlatform_isAResponse_andStopsTheWait();
    void olderPageAfterNewer_keepsTheWaitingClockRight();
    void ownReplyComingBack_isAdopted_notStoredTwice();
    void ownReplyStillQueued_isNotAdopted();
    void newInbound_reopensResolved_andWakesSnoozed();
    void resyncedInbound_doesNotReopen();
    void failingPage_leavesNothingHalfStored();
    void hostileText_isStoredAsText_data();
    void hostileText_isStoredAsText();
    void posts_areStoredWithCounts_andCommentsLinkToThem();
    void replyMeta_isKeptWithTheMessage();

private:
    RemoteMessage inbound(const QString &id, const QString &conversation, const QString &text, qint64 minute,
                          const QString &author = QStringLiteral("psid-1"));
    RemoteMessage own(const QString &id, const QString &conversation, const QString &text, qint64 minute);
    Ingest::Counts store(const FetchedPage &page, const QString &stream = QStringLiteral("messenger"));
    qint64 scalar(const QString &sql);
    qint64 conversationId(const QString &externalId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    Account m_account;
    qint64 m_t0 = 0;
};

void TestIngest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc()));
    m_t0 = m_clock->now().toMSecsSinceEpoch() - 3600 * 1000;
    m_account.channel = Channel::Facebook;
    m_account.name = QStringLiteral("Demo kommune");
    m_account.externalId = QStringLiteral("1000001");
    m_account.createdAt = m_t0;
    TORGET_TAKE(id, AccountRepository(*m_db).upsert(m_account));
    m_account.id = id;
}

void TestIngest::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

RemoteMessage TestIngest::inbound(const QString &id, const QString &conversation, const QString &text,
                                  qint64 minute, const QString &author)
{
    RemoteMessage m;
    m.externalId = id;
    m.conversationExternalId = conversation;
    m.kind = ConversationKind::DirectMessage;
    m.author = {author, QStringLiteral("Kari Nordmann"), QString()};
    m.text = text;
    m.original = text;
    m.createdAt = m_t0 + minute * 60'000;
    return m;
}

RemoteMessage TestIngest::own(const QString &id, const QString &conversation, const QString &text,
                              qint64 minute)
{
    RemoteMessage m = inbound(id, conversation, text, minute, m_account.externalId);
    m.author.name = m_account.name;
    m.fromAccount = true;
    return m;
}

Ingest::Counts TestIngest::store(const FetchedPage &page, const QString &stream)
{
    auto counts = Ingest(*m_db, *m_clock).store(m_account, stream, page);
    if (!counts) {
        QTest::qFail(qPrintable(counts.error()), __FILE__, __LINE__);
        return {};
    }
    return *counts;
}

qint64 TestIngest::scalar(const QString &sql)
{
    auto q = m_db->query(sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).isNull() ? -2 : q->value(0).toLongLong();
}

qint64 TestIngest::conversationId(const QString &externalId)
{
    auto id = ConversationRepository(*m_db).findByExternalId(m_account.id, externalId);
    return id && id->has_value() ? **id : 0;
}

void TestIngest::page_createsCitizenConversationAndMessages_andSavesTheCursor()
{
    FetchedPage page;
    page.messages.push_back(
        inbound(QStringLiteral("m2"), QStringLiteral("t1"), QStringLiteral("Og i morgen?"), 5));
    page.messages.push_back(inbound(QStringLiteral("m1"), QStringLiteral("t1"),
                                    QStringLiteral("Når tømmes papir?\nHilsen Kari"), 1));
    page.cursor = QStringLiteral("cursor-after-page-1");
    const Ingest::Counts counts = store(page);
    QCOMPARE(counts.created, 2);
    const qint64 c = conversationId(QStringLiteral("t1"));
    QVERIFY(c > 0);
    auto conversation = ConversationRepository(*m_db).byId(c);
    QCOMPARE((*conversation)->subject, QStringLiteral("Når tømmes papir?"));
    QCOMPARE((*conversation)->kind, ConversationKind::DirectMessage);
    QCOMPARE((*conversation)->messageCount, 2);
    QCOMPARE((*conversation)->createdAt, m_t0 + 60'000);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM citizens")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT awaiting_since FROM conversations WHERE id = %1").arg(c)),
             m_t0 + 60'000);
    auto state = SyncStateRepository(*m_db).get(m_account.id, QStringLiteral("messenger"));
    QCOMPARE(state->cursor, QStringLiteral("cursor-after-page-1"));
    QCOMPARE(state->lastSyncAt, std::optional<qint64>(m_clock->now().toMSecsSinceEpoch()));
}

void TestIngest::samePageTwice_changesNothing()
{
    FetchedPage page;
    page.messages.push_back(inbound(QStringLiteral("m1"), QStringLiteral("t1"), QStringLiteral("Hei"), 1));
    page.messages.push_back(inbound(QStringLiteral("m2"), QStringLiteral("t2"), QStringLiteral("Hallo"), 2,
                                    QStringLiteral("psid-2")));
    page.messages.push_back(own(QStringLiteral("m3"), QStringLiteral("t1"), QStringLiteral("Hei Kari"), 3));
    QCOMPARE(store(page).created, 3);
    const Ingest::Counts again = store(page);
    QCOMPARE(again.created, 0);
    QCOMPARE(again.edited, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages")), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM conversations")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM citizens")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(message_count) FROM conversations")), 3);
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestIngest::editedMessage_replacesTheText()
{
    FetchedPage page;
    page.messages.push_back(
        inbound(QStringLiteral("m1"), QStringLiteral("t1"), QStringLiteral("Hei, brøyting?"), 1));
    store(page);
    page.messages[0].text = QStringLiteral("Hei, når brøytes Storgata?");
    page.messages[0].editedAt = m_t0 + 10 * 60'000;
    const Ingest::Counts counts = store(page);
    QCOMPARE(counts.edited, 1);
    QCOMPARE(counts.created, 0);
    auto messages = MessageRepository(*m_db).forConversation(conversationId(QStringLiteral("t1")));
    QCOMPARE(messages->size(), std::size_t(1));
    QCOMPARE(messages->front().bodyText, QStringLiteral("Hei, når brøytes Storgata?"));
    QCOMPARE(messages->front().editedAt, std::optional<qint64>(m_t0 + 10 * 60'000));
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestIngest::replyGivenOnThePlatform_isAResponse_andStopsTheWait()
{
    FetchedPage page;
    page.messages.push_back(inbound(QStringLiteral("m1"), QStringLiteral("t1"), QStringLiteral("Hei"), 1));
    page.messages.push_back(
        own(QStringLiteral("m2"), QStringLiteral("t1"), QStringLiteral("Hei! Svar her."), 4));
    store(page);
    const qint64 c = conversationId(QStringLiteral("t1"));
    QCOMPARE(scalar(QStringLiteral("SELECT awaiting_since FROM conversations WHERE id = %1").arg(c)),
             qint64(-2));
    auto messages = MessageRepository(*m_db).forConversation(c);
    QCOMPARE(messages->back().direction, Direction::Outbound);
    QCOMPARE(messages->back().agentId, std::nullopt);
    QCOMPARE(messages->back().citizenId, std::nullopt);
    QCOMPARE(messages->back().authorName, m_account.name);
    // The conversation's citizen is the person, not the page, though the page wrote last.
    QCOMPARE(scalar(QStringLiteral("SELECT ci.external_id = 'psid-1' FROM conversations c JOIN citizens ci "
                                   "ON ci.id = c.citizen_id WHERE c.id = %1")
                        .arg(c)),
             qint64(1));
}

void TestIngest::olderPageAfterNewer_keepsTheWaitingClockRight()
{
    // The newest page first (as Graph and Mastodon page): the page's reply, then the question it
    // answered on an older page.
    FetchedPage newer;
    newer.messages.push_back(own(QStringLiteral("m3"), QStringLiteral("t1"), QStringLiteral("Svar"), 10));
    store(newer);
    FetchedPage older;
    older.messages.push_back(
        inbound(QStringLiteral("m1"), QStringLiteral("t1"), QStringLiteral("Spørsmål"), 1));
    store(older);
    const qint64 c = conversationId(QStringLiteral("t1"));
    QCOMPARE(scalar(QStringLiteral("SELECT awaiting_since FROM conversations WHERE id = %1").arg(c)),
             qint64(-2));
    // A question after the reply starts the clock at its own time.
    FetchedPage later;
    later.messages.push_back(
        inbound(QStringLiteral("m4"), QStringLiteral("t1"), QStringLiteral("Takk, men"), 20));
    store(later);
    QCOMPARE(scalar(QStringLiteral("SELECT awaiting_since FROM conversations WHERE id = %1").arg(c)),
             m_t0 + 20 * 60'000);
    QCOMPARE(scalar(QStringLiteral("SELECT last_message_at FROM conversations WHERE id = %1").arg(c)),
             m_t0 + 20 * 60'000);
}

void TestIngest::ownReplyComingBack_isAdopted_notStoredTwice()
{
    FetchedPage page;
    page.messages.push_back(inbound(QStringLiteral("m1"), QStringLiteral("t1"), QStringLiteral("Hei"), 1));
    store(page);
    const qint64 c = conversationId(QStringLiteral("t1"));
    const Agent agent{0, QStringLiteral("Kari Saksbehandler"), QString(), true};
    TORGET_TAKE(messageId,
                InboxService(*m_db, *m_clock).reply(c, QStringLiteral("Hei!  Det gjør vi."), agent));
    OutboxRepository outbox(*m_db);
    // The sender claimed it and the process stopped before it learnt the platform's id.
    TORGET_TAKE(claimed,
                outbox.claimNextDue(m_clock->now().toMSecsSinceEpoch(), {QStringLiteral("crashed"), 0}));
    QVERIFY(claimed.has_value());
    QCOMPARE(claimed->messageId, messageId);

    FetchedPage back;
    back.messages.push_back(
        own(QStringLiteral("m_reply"), QStringLiteral("t1"), QStringLiteral("Hei! Det gjør vi."), 59));
    const Ingest::Counts counts = store(back);
    QCOMPARE(counts.adopted, 1);
    QCOMPARE(counts.created, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = %1").arg(c)),
             qint64(2));
    QCOMPARE(
        scalar(QStringLiteral("SELECT external_id = 'm_reply' FROM messages WHERE id = %1").arg(messageId)),
        qint64(1));
    TORGET_TAKE(entry, outbox.byMessage(messageId));
    QCOMPARE(entry->state, OutboxState::Sent);
    // A later sync sees the same reply again: still once.
    QCOMPARE(store(back).created, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = %1").arg(c)),
             qint64(2));
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestIngest::ownReplyStillQueued_isNotAdopted()
{
    FetchedPage page;
    page.messages.push_back(inbound(QStringLiteral("m1"), QStringLiteral("t1"), QStringLiteral("Hei"), 1));
    store(page);
    const qint64 c = conversationId(QStringLiteral("t1"));
    const Agent agent{0, QStringLiteral("Kari"), QString(), true};
    TORGET_TAKE(messageId, InboxService(*m_db, *m_clock).reply(c, QStringLiteral("Takk!"), agent));
    // Someone wrote the same words on Facebook itself; the queued reply has not gone anywhere.
    FetchedPage back;
    back.messages.push_back(own(QStringLiteral("m_fb"), QStringLiteral("t1"), QStringLiteral("Takk!"), 50));
    const Ingest::Counts counts = store(back);
    QCOMPARE(counts.adopted, 0);
    QCOMPARE(counts.created, 1);
    TORGET_TAKE(entry, OutboxRepository(*m_db).byMessage(messageId));
    QCOMPARE(entry->state, OutboxState::Queued);
}

void TestIngest::newInbound_reopensResolved_andWakesSnoozed()
{
    FetchedPage page;
    page.messages.push_back(inbound(QStringLiteral("m1"), QStringLiteral("t1"), QStringLiteral("Hei"), 1));
    page.messages.push_back(inbound(QStringLiteral("m2"), QStringLiteral("t2"), QStringLiteral("Hallo"), 2,
                                    QStringLiteral("psid-2")));
    store(page);
    const qint64 resolved = conversationId(QStringLiteral("t1"));
    const qint64 snoozed = conversationId(QStringLiteral("t2"));
    InboxService inbox(*m_db, *m_clock);
    const Agent agent{0, QStringLiteral("Kari"), QString(), true};
    TORGET_VERIFY_OK(inbox.setStatus({resolved}, ConversationStatus::Resolved, agent));
    TORGET_VERIFY_OK(inbox.snooze({snoozed}, m_clock->now().toMSecsSinceEpoch() + 86'400'000, agent));

    FetchedPage later;
    later.messages.push_back(
        inbound(QStringLiteral("m3"), QStringLiteral("t1"), QStringLiteral("En ting til"), 30));
    later.messages.push_back(inbound(QStringLiteral("m4"), QStringLiteral("t2"),
                                     QStringLiteral("Hallo igjen"), 31, QStringLiteral("psid-2")));
    store(later);
    auto a = ConversationRepository(*m_db).byId(resolved);
    QCOMPARE((*a)->status, ConversationStatus::Open);
    auto b = ConversationRepository(*m_db).byId(snoozed);
    QCOMPARE((*b)->snoozedUntil, std::nullopt);
}

void TestIngest::resyncedInbound_doesNotReopen()
{
    FetchedPage page;
    page.messages.push_back(inbound(QStringLiteral("m1"), QStringLiteral("t1"), QStringLiteral("Hei"), 1));
    store(page);
    const qint64 c = conversationId(QStringLiteral("t1"));
    TORGET_VERIFY_OK(
        InboxService(*m_db, *m_clock)
            .setStatus({c}, ConversationStatus::Resolved, Agent{0, QStringLiteral("Kari"), QString(), true}));
    store(page);
    auto conversation = ConversationRepository(*m_db).byId(c);
    QCOMPARE((*conversation)->status, ConversationStatus::Resolved);
}

void TestIngest::failingPage_leavesNothingHalfStored()
{
    FetchedPage first;
    first.messages.push_back(inbound(QStringLiteral("m0"), QStringLiteral("t0"), QStringLiteral("Før"), 0));
    first.cursor = QStringLiteral("c1");
    store(first);
    // The third message of the next page cannot be written (a disk error, a constraint).
    QVERIFY(
        m_db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON messages "
                                  "WHEN NEW.body_text = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END"))
            .ok());
    FetchedPage page;
    page.messages.push_back(inbound(QStringLiteral("m1"), QStringLiteral("t1"), QStringLiteral("Hei"), 1));
    page.messages.push_back(own(QStringLiteral("m2"), QStringLiteral("t0"), QStringLiteral("Svar"), 2));
    page.messages.push_back(inbound(QStringLiteral("m3"), QStringLiteral("t2"), QStringLiteral("boom"), 3,
                                    QStringLiteral("psid-9")));
    page.posts.push_back(
        RemotePost{QStringLiteral("p1"), QStringLiteral("Innlegg"), QString(), m_t0, 1, 2, 3});
    page.cursor = QStringLiteral("c2");
    auto result = Ingest(*m_db, *m_clock).store(m_account, QStringLiteral("messenger"), page);
    QVERIFY(!result.ok());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages")), qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM conversations")), qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM citizens")), qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM posts")), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT message_count FROM conversations")), qint64(1));
    QCOMPARE(SyncStateRepository(*m_db).get(m_account.id, QStringLiteral("messenger"))->cursor,
             QStringLiteral("c1"));
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER refuse")).ok());
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The same page again, now that it can be written: all of it.
    QCOMPARE(store(page).created, 3);
    QCOMPARE(SyncStateRepository(*m_db).get(m_account.id, QStringLiteral("messenger"))->cursor,
             QStringLiteral("c2"));
}

void TestIngest::hostileText_isStoredAsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    const QString html = QStringLiteral("<script>alert(1)</script><b>fet</b> &amp; 'sitat'");
    QTest::newRow("markup stays as typed") << html << html;
    QTest::newRow("NUL becomes U+FFFD")
        << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QStringLiteral("a\uFFFDb");
    QTest::newRow("invalid UTF-8, decoded with replacement")
        << QString::fromUtf8("ok \xC3\x28 \xFF end") << QString::fromUtf8("ok \xC3\x28 \xFF end");
    QTest::newRow("a lone surrogate becomes U+FFFD")
        << QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y") << QStringLiteral("x\uFFFDy");
    QTest::newRow("emoji pairs stay") << QStringLiteral("snø \U0001F328") << QStringLiteral("snø \U0001F328");
    const QString huge = QString(2'000'000, QLatin1Char('a')) + QStringLiteral(" slutt");
    QTest::newRow("2 million characters") << huge << huge;
}

void TestIngest::hostileText_isStoredAsText()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    FetchedPage page;
    RemoteMessage m = inbound(QStringLiteral("h1"), QStringLiteral("t1"), text, 1);
    m.author.name = text.left(200);
    page.messages.push_back(m);
    QCOMPARE(store(page).created, 1);
    auto messages = MessageRepository(*m_db).forConversation(conversationId(QStringLiteral("t1")));
    QCOMPARE(messages->front().bodyText, stored);
    QCOMPARE(messages->front().bodyFormat, QStringLiteral("text"));
    TORGET_TAKE(problems, Maintenance(*m_db).check());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestIngest::posts_areStoredWithCounts_andCommentsLinkToThem()
{
    FetchedPage page;
    page.posts.push_back(
        RemotePost{QStringLiteral("1000001_1"), QStringLiteral("Dugnad lørdag!"), QString(), m_t0, 10, 2, 1});
    RemoteMessage comment =
        inbound(QStringLiteral("c1"), QStringLiteral("1000001_1_c1"), QStringLiteral("Hvor?"), 5);
    comment.kind = ConversationKind::Comment;
    comment.postExternalId = QStringLiteral("1000001_1");
    page.messages.push_back(comment);
    QCOMPARE(store(page, QStringLiteral("feed")).posts, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT likes + shares + comments FROM posts")), qint64(13));
    QCOMPARE(scalar(QStringLiteral("SELECT p.external_id = '1000001_1' FROM conversations c JOIN posts p "
                                   "ON p.id = c.post_id")),
             qint64(1));
    // Later counts replace earlier ones; a comment on a post stored earlier still finds it.
    FetchedPage later;
    later.posts.push_back(
        RemotePost{QStringLiteral("1000001_1"), QStringLiteral("Dugnad lørdag!"), QString(), m_t0, 25, 3, 2});
    store(later, QStringLiteral("posts"));
    FetchedPage comments;
    RemoteMessage second = inbound(QStringLiteral("c2"), QStringLiteral("1000001_1_c2"),
                                   QStringLiteral("Når?"), 9, QStringLiteral("psid-2"));
    second.kind = ConversationKind::Comment;
    second.postExternalId = QStringLiteral("1000001_1");
    comments.messages.push_back(second);
    store(comments, QStringLiteral("feed"));
    QCOMPARE(scalar(QStringLiteral("SELECT likes FROM posts")), qint64(25));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE post_id IS NOT NULL")),
             qint64(2));
}

void TestIngest::replyMeta_isKeptWithTheMessage()
{
    FetchedPage page;
    RemoteMessage m = inbound(QStringLiteral("s1"), QStringLiteral("s1"), QStringLiteral("@kommune hei"), 1);
    m.kind = ConversationKind::Mention;
    m.replyMeta = QStringLiteral(R"({"visibility":"unlisted","acct":"kari@example.org"})");
    page.messages.push_back(m);
    store(page, QStringLiteral("notifications"));
    TORGET_TAKE(id, MessageRepository(*m_db).findByExternalId(m_account.id, QStringLiteral("s1")));
    QVERIFY(id.has_value());
    TORGET_TAKE(meta, MessageRepository(*m_db).replyMeta(*id));
    QCOMPARE(meta, m.replyMeta);
}

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"
