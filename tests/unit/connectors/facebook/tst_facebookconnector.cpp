#include "facebookfixture.h"

#include <QElapsedTimer>
#include <QSet>

using namespace Torget;
using namespace TorgetTest;

// FacebookConnector against the Graph fake over real HTTP on loopback: verify, the three streams
// (paging, threads, watermarks), error envelopes, rate limits, tokens and base URLs.
class TestFacebookConnector : public QObject, private FacebookFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUp()); }
    void cleanup()
    {
        QCOMPARE(m_synchronous, 0);
        tearDown();
    }

    void verify_returnsThePage_andKeepsTheTokenOutOfUrls();
    void messenger_pagesAcrossThreePages_andFindsEveryMessage();
    void messenger_longConversation_readsOlderMessagesBeyondTheNestedPage();
    void messenger_nextSweep_picksUpNewMessages_andStopsAtTheWatermark();
    void messenger_refetch_givesTheSameExternalIds();
    void messenger_expiredStoredCursor_restartsTheSweep();
    void messenger_fiveThousandMessages_allArrive();
    void feed_fiveThousandComments_allArrive();
    void feed_commentThreads_pageRepliesAreFromTheAccount();
    void feed_pagesByTime_andCommentsByCursor();
    void feed_editedComment_comesBackWithItsNewText();
    void feed_postsWithoutNewActivity_areNotReadAgain();
    void posts_carryEngagementCounts();
    void errors_mapToFaultKinds_data();
    void errors_mapToFaultKinds();
    void errors_slowAnswer_isATimeout_butPatienceIsRewarded();
    void rateLimit_bucRegainTime_blocksForThoseMinutes();
    void rateLimit_usageHeaderAt100_blocksEvenOnSuccess();
    void rateLimit_nothingIsSentWhileBlocked();
    void rateLimit_above80Percent_slowsDownWithoutBlocking();
    void token_expired_isSignInRequired_andWorksAfterSigningIn();
    void token_missing_isSignInRequiredWithoutARequest();
    void token_rejected_isNeverQuotedInMessages();
    void token_pastedAcrossLines_stillWorks();
    void baseUrl_plainHttpToAnotherHost_isRejectedWithoutARequest();
    void hostileText_staysPlainText();
};

void TestFacebookConnector::verify_returnsThePage_andKeepsTheTokenOutOfUrls()
{
    const auto identity = verify(*m_fb);
    QVERIFY2(identity.ok(), qPrintable(describe(identity)));
    QCOMPARE(identity.value().externalId, kPage);
    QCOMPARE(identity.value().name, QStringLiteral("Demo kommune"));
    QCOMPARE(m_fake->requestCount(), 1);
    QVERIFY(m_fake->requests().first().startsWith(QStringLiteral("GET /v25.0/1000001?fields=id")));
    QVERIFY(!m_fake->requests().first().contains(QStringLiteral("page-token")));
    QVERIFY(FacebookConnector::defaultBaseUrl().startsWith(QStringLiteral("https://graph.facebook.com/v")));
    QVERIFY(HttpClient::checkBaseUrl(FacebookConnector::defaultBaseUrl()).ok());
}

void TestFacebookConnector::messenger_pagesAcrossThreePages_andFindsEveryMessage()
{
    QSet<QString> expected;
    QSet<QString> pageReplies;
    for (int i = 0; i < 60; ++i) {
        const QString psid = QStringLiteral("psid%1").arg(i);
        const qint64 at = m_now - (i + 1) * kHour;
        const auto ids = m_fake->store().addInbound(psid, QStringLiteral("Citizen %1").arg(i),
                                                    QStringLiteral("Question %1").arg(i), at);
        expected << ids.messageId;
        if (i % 3 == 0) {
            const auto answer =
                m_fake->store().addPageMessage(ids.conversationId, QStringLiteral("Answer"), at + 60000);
            expected << answer.id;
            pageReplies << answer.id;
        }
    }
    const Sweep s = sweep(QStringLiteral("messenger"));
    QVERIFY2(s.fault.isEmpty(), qPrintable(s.fault));
    QCOMPARE(s.pages, 3); // 25 + 25 + 10 conversations
    QSet<QString> seen;
    for (const RemoteMessage &m : s.messages) {
        QVERIFY(!seen.contains(m.externalId));
        seen << m.externalId;
        QCOMPARE(m.kind, ConversationKind::DirectMessage);
        QVERIFY(m.conversationExternalId.startsWith(QStringLiteral("t_")));
        QCOMPARE(m.fromAccount, pageReplies.contains(m.externalId));
        if (!m.fromAccount) {
            QVERIFY(m.author.externalId.startsWith(QStringLiteral("psid")));
            QVERIFY(m.author.name.startsWith(QStringLiteral("Citizen ")));
            QVERIFY(m.text.startsWith(QStringLiteral("Question ")));
        }
        QVERIFY(m.createdAt > m_now - 61 * kHour);
    }
    QCOMPARE(seen, expected);
    // Paging followed Graph's cursor, which is base64 with '+', '/' or '=': it must arrive intact.
    QCOMPARE(requestsContaining(QStringLiteral("/conversations?")), 3);
    QCOMPARE(requestsContaining(QStringLiteral("after=")), 2);
}

void TestFacebookConnector::messenger_longConversation_readsOlderMessagesBeyondTheNestedPage()
{
    QSet<QString> expected;
    for (int i = 0; i < 140; ++i)
        expected << m_fake->store()
                        .addInbound(QStringLiteral("kari"), QStringLiteral("Kari"),
                                    QStringLiteral("Line %1").arg(i), m_now - (200 - i) * kMinute)
                        .messageId;
    const Sweep s = sweep(QStringLiteral("messenger"));
    QVERIFY2(s.fault.isEmpty(), qPrintable(s.fault));
    QSet<QString> seen;
    for (const RemoteMessage &m : s.messages)
        seen << m.externalId;
    QCOMPARE(seen, expected);
    QCOMPARE(int(s.messages.size()), 140); // 25 nested, then 100 and 15 through the messages edge
    QCOMPARE(requestsContaining(QStringLiteral("/messages?")), 2);
}

void TestFacebookConnector::messenger_nextSweep_picksUpNewMessages_andStopsAtTheWatermark()
{
    for (int i = 0; i < 60; ++i)
        m_fake->store().addInbound(QStringLiteral("p%1").arg(i), QStringLiteral("Old %1").arg(i),
                                   QStringLiteral("Old question"), m_now - 10 * kDay - i * kMinute);
    const auto recent = m_fake->store().addInbound(QStringLiteral("r"), QStringLiteral("Rita"),
                                                   QStringLiteral("Hei"), m_now - kHour);
    const Sweep first = sweep(QStringLiteral("messenger"));
    QVERIFY2(first.fault.isEmpty(), qPrintable(first.fault));
    QCOMPARE(int(first.messages.size()), 61);
    QCOMPARE(first.pages, 3);

    const auto again =
        m_fake->store().addInbound(QStringLiteral("p42"), {}, QStringLiteral("Any news?"), m_now - kMinute);
    const auto fresh = m_fake->store().addInbound(QStringLiteral("new"), QStringLiteral("Nora"),
                                                  QStringLiteral("Hei"), m_now);
    const int before = m_fake->requestCount();
    const Sweep second = sweep(QStringLiteral("messenger"), first.cursor);
    QVERIFY2(second.fault.isEmpty(), qPrintable(second.fault));
    QCOMPARE(second.pages, 1);
    QCOMPARE(m_fake->requestCount() - before, 1);
    QSet<QString> conversations;
    QSet<QString> ids;
    for (const RemoteMessage &m : second.messages) {
        conversations << m.conversationExternalId;
        ids << m.externalId;
    }
    // The conversations touched since the watermark, and the one inside the re-fetch window before
    // it; the 10-day-old ones lie beyond it and are not read again.
    QCOMPARE(conversations,
             (QSet<QString>{again.conversationId, fresh.conversationId, recent.conversationId}));
    QVERIFY(ids.contains(again.messageId));
    QVERIFY(ids.contains(fresh.messageId));

    // Nothing new: the third sweep costs one request.
    const Sweep third = sweep(QStringLiteral("messenger"), second.cursor);
    QVERIFY2(third.fault.isEmpty(), qPrintable(third.fault));
    QCOMPARE(third.pages, 1);
    QCOMPARE(m_fake->requestCount() - before, 2);
}

void TestFacebookConnector::messenger_refetch_givesTheSameExternalIds()
{
    for (int i = 0; i < 30; ++i)
        m_fake->store().addInbound(QStringLiteral("p%1").arg(i), QStringLiteral("P"), QStringLiteral("Q"),
                                   m_now - i * kHour);
    auto ids = [](const Sweep &s) {
        QStringList out;
        for (const RemoteMessage &m : s.messages)
            out << m.conversationExternalId + QLatin1Char('/') + m.externalId;
        out.sort();
        return out;
    };
    const Sweep a = sweep(QStringLiteral("messenger"));
    const Sweep b = sweep(QStringLiteral("messenger"));
    QVERIFY(a.fault.isEmpty() && b.fault.isEmpty());
    QCOMPARE(ids(a).size(), 30);
    QCOMPARE(ids(a), ids(b));
}

void TestFacebookConnector::messenger_expiredStoredCursor_restartsTheSweep()
{
    const auto ids =
        m_fake->store().addInbound(QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("Q"), m_now);
    Graph::SweepCursor stale;
    stale.since = m_now - kDay;
    stale.next = QStringLiteral("after=bm90LWEtY3Vyc29y"); // a cursor Graph no longer knows
    const auto page = fetch(QStringLiteral("messenger"), stale.toJson());
    QVERIFY2(page.ok(), qPrintable(describe(page)));
    QCOMPARE(int(page.value().messages.size()), 1);
    QCOMPARE(page.value().messages.front().externalId, ids.messageId);
    QCOMPARE(m_fake->requestCount(), 2);
}

void TestFacebookConnector::messenger_fiveThousandMessages_allArrive()
{
    for (int c = 0; c < 1000; ++c) {
        for (int i = 0; i < 5; ++i)
            m_fake->store().addInbound(QStringLiteral("c%1").arg(c), QStringLiteral("Citizen %1").arg(c),
                                       QStringLiteral("Message %1 of conversation %2").arg(i).arg(c),
                                       m_now - c * kMinute - (5 - i) * 1000);
    }
    QElapsedTimer timer;
    timer.start();
    const Sweep s = sweep(QStringLiteral("messenger"));
    const qint64 ms = timer.elapsed();
    QVERIFY2(s.fault.isEmpty(), qPrintable(s.fault));
    QCOMPARE(int(s.messages.size()), 5000);
    // Reported, not asserted: the figure depends on the machine.
    qInfo("messenger sync against the fake: 5000 messages in %d pages, %lld ms, %.0f messages/s", s.pages, ms,
          5000.0 * 1000.0 / double(std::max<qint64>(ms, 1)));
}

void TestFacebookConnector::feed_fiveThousandComments_allArrive()
{
    GraphStore &g = m_fake->store();
    for (int p = 0; p < 50; ++p) {
        const QString post = g.addPost(QStringLiteral("Post %1").arg(p), m_now - (p + 1) * 10 * kHour);
        for (int c = 0; c < 100; ++c)
            g.addComment(post, {}, QStringLiteral("c%1").arg(c), QStringLiteral("Citizen %1").arg(c),
                         QStringLiteral("Comment %1 on post %2").arg(c).arg(p),
                         m_now - p * 10 * kHour + c * 1000);
    }
    QElapsedTimer timer;
    timer.start();
    const Sweep s = sweep(QStringLiteral("feed"));
    const qint64 ms = timer.elapsed();
    QVERIFY2(s.fault.isEmpty(), qPrintable(s.fault));
    QCOMPARE(int(s.messages.size()), 5000);
    QCOMPARE(int(s.posts.size()), 50);
    // Reported, not asserted: the figure depends on the machine.
    qInfo("feed sync against the fake: 5000 comments on 50 posts, %d requests, %lld ms, %.0f comments/s",
          m_fake->requestCount(), ms, 5000.0 * 1000.0 / double(std::max<qint64>(ms, 1)));
}

void TestFacebookConnector::feed_commentThreads_pageRepliesAreFromTheAccount()
{
    GraphStore &g = m_fake->store();
    const QString post =
        g.addPost(QStringLiteral("Vegarbeid i sentrum\nFra mandag."), m_now - 2 * kDay, 4, 1);
    const QString a = *g.addComment(post, {}, QStringLiteral("c1"), QStringLiteral("Per"),
                                    QStringLiteral("Hvor lenge?"), m_now - 3 * kHour);
    const QString b = *g.addComment(post, a, kPage, QStringLiteral("Demo kommune"),
                                    QStringLiteral("Til fredag."), m_now - 2 * kHour);
    const QString c = *g.addComment(post, a, QStringLiteral("c2"), QStringLiteral("Lise"),
                                    QStringLiteral("Kirkegata?"), m_now - kHour);
    const QString d = *g.addComment(post, {}, QStringLiteral("c3"), QStringLiteral("Nina"),
                                    QStringLiteral("Takk!"), m_now - kHour);
    const QString e = *g.addComment(post, c, QStringLiteral("c1"), QStringLiteral("Per"),
                                    QStringLiteral("Også lurt"), m_now - 30 * kMinute);

    const Sweep s = sweep(QStringLiteral("feed"));
    QVERIFY2(s.fault.isEmpty(), qPrintable(s.fault));
    QCOMPARE(int(s.posts.size()), 1);
    QCOMPARE(s.posts.front().externalId, post);
    QCOMPARE(s.posts.front().comments, 5);
    QCOMPARE(int(s.messages.size()), 5);
    QHash<QString, RemoteMessage> byId;
    for (const RemoteMessage &m : s.messages)
        byId.insert(m.externalId, m);
    for (const QString &id : {a, b, c, e})
        QCOMPARE(byId.value(id).conversationExternalId, a);
    QCOMPARE(byId.value(d).conversationExternalId, d);
    QVERIFY(byId.value(a).inReplyToExternalId.isEmpty());
    QCOMPARE(byId.value(b).inReplyToExternalId, a);
    QCOMPARE(byId.value(e).inReplyToExternalId, c);
    QVERIFY(byId.value(b).fromAccount);
    QVERIFY(!byId.value(a).fromAccount && !byId.value(c).fromAccount && !byId.value(d).fromAccount);
    for (const RemoteMessage &m : s.messages) {
        QCOMPARE(m.kind, ConversationKind::Comment);
        QCOMPARE(m.postExternalId, post);
        QCOMPARE(m.subject, QStringLiteral("Vegarbeid i sentrum"));
    }
    QCOMPARE(byId.value(a).author.name, QStringLiteral("Per"));
    QCOMPARE(byId.value(a).text, QStringLiteral("Hvor lenge?"));
}

void TestFacebookConnector::feed_pagesByTime_andCommentsByCursor()
{
    GraphStore &g = m_fake->store();
    QStringList posts;
    for (int i = 0; i < 30; ++i)
        posts << g.addPost(QStringLiteral("Post %1").arg(i), m_now - (i + 1) * 6 * kHour);
    for (int i = 0; i < 250; ++i)
        g.addComment(posts.first(), {}, QStringLiteral("c%1").arg(i), QStringLiteral("C"),
                     QStringLiteral("Comment %1").arg(i), m_now - kHour + i * 1000);
    const Sweep s = sweep(QStringLiteral("feed"));
    QVERIFY2(s.fault.isEmpty(), qPrintable(s.fault));
    QCOMPARE(s.pages, 2); // 25 + 5 posts
    QCOMPARE(int(s.posts.size()), 30);
    QCOMPARE(int(s.messages.size()), 250);
    QCOMPARE(requestsContaining(QStringLiteral("until=")), 1);
    QCOMPARE(requestsContaining(QStringLiteral("__paging_token=")), 1);
    QCOMPARE(requestsContaining(QStringLiteral("/") + posts.first() + QStringLiteral("/comments?")), 3);
    QSet<QString> ids;
    for (const RemoteMessage &m : s.messages)
        ids << m.externalId;
    QCOMPARE(ids.size(), 250);
}

void TestFacebookConnector::feed_editedComment_comesBackWithItsNewText()
{
    GraphStore &g = m_fake->store();
    const QString post = g.addPost(QStringLiteral("Høring"), m_now - kDay);
    const QString comment = *g.addComment(post, {}, QStringLiteral("c"), QStringLiteral("C"),
                                          QStringLiteral("Først"), m_now - kHour);
    const Sweep first = sweep(QStringLiteral("feed"));
    QVERIFY(first.fault.isEmpty());
    QCOMPARE(first.messages.front().text, QStringLiteral("Først"));

    QVERIFY(g.edit(comment, QStringLiteral("Rettet tekst"), m_now));
    const Sweep second = sweep(QStringLiteral("feed"), first.cursor);
    QVERIFY2(second.fault.isEmpty(), qPrintable(second.fault));
    QCOMPARE(int(second.messages.size()), 1);
    QCOMPARE(second.messages.front().externalId, comment);
    QCOMPARE(second.messages.front().text, QStringLiteral("Rettet tekst"));
}

void TestFacebookConnector::feed_postsWithoutNewActivity_areNotReadAgain()
{
    GraphStore &g = m_fake->store();
    const QString quiet = g.addPost(QStringLiteral("Quiet"), m_now - 10 * kDay);
    g.addComment(quiet, {}, QStringLiteral("c"), QStringLiteral("C"), QStringLiteral("Old"),
                 m_now - 9 * kDay);
    const QString busy = g.addPost(QStringLiteral("Busy"), m_now - 12 * kDay);
    const QString today = g.addPost(QStringLiteral("Today"), m_now - kHour);
    const Sweep first = sweep(QStringLiteral("feed"));
    QVERIFY(first.fault.isEmpty());
    QCOMPARE(requestsContaining(QStringLiteral("/comments?")), 3);

    // A new comment moves the old post's updated_time, so its comments are read again; the quiet
    // post (last touched long before the watermark) is not.
    const QString late =
        *g.addComment(busy, {}, QStringLiteral("d"), QStringLiteral("D"), QStringLiteral("Nytt"), m_now);
    const Sweep second = sweep(QStringLiteral("feed"), first.cursor);
    QVERIFY2(second.fault.isEmpty(), qPrintable(second.fault));
    QCOMPARE(requestsContaining(QStringLiteral("/") + quiet + QStringLiteral("/comments?")), 1);
    QCOMPARE(requestsContaining(QStringLiteral("/") + busy + QStringLiteral("/comments?")), 2);
    QCOMPARE(requestsContaining(QStringLiteral("/") + today + QStringLiteral("/comments?")),
             2); // inside the window
    QCOMPARE(int(second.messages.size()), 1);
    QCOMPARE(second.messages.front().externalId, late);
    QCOMPARE(int(second.posts.size()), 3); // every post still comes with its counts
}

void TestFacebookConnector::posts_carryEngagementCounts()
{
    GraphStore &g = m_fake->store();
    const QString popular = g.addPost(QStringLiteral("Popular"), m_now - 3 * kDay, 12, 3);
    g.addComment(popular, {}, QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("x"), m_now - kDay);
    const QString reply = *g.addComment(popular, {}, QStringLiteral("b"), QStringLiteral("B"),
                                        QStringLiteral("y"), m_now - kDay);
    g.addComment(popular, reply, kPage, QStringLiteral("Demo kommune"), QStringLiteral("z"), m_now - kHour);
    const QString plain = g.addPost(QStringLiteral("Plain"), m_now - 40 * kDay);
    g.addPost(QStringLiteral("Too old for the charts"), m_now - 400 * kDay);

    const Sweep s = sweep(QStringLiteral("posts"));
    QVERIFY2(s.fault.isEmpty(), qPrintable(s.fault));
    QVERIFY(s.messages.empty());
    QCOMPARE(int(s.posts.size()), 2);
    QCOMPARE(s.posts[0].externalId, popular);
    QCOMPARE(s.posts[0].likes, 12);
    QCOMPARE(s.posts[0].shares, 3);
    QCOMPARE(s.posts[0].comments, 3);
    QCOMPARE(s.posts[0].text, QStringLiteral("Popular"));
    QVERIFY(s.posts[0].url.startsWith(QStringLiteral("https://www.facebook.com/")));
    QCOMPARE(s.posts[1].externalId, plain);
    QCOMPARE(s.posts[1].shares, 0); // Graph leaves "shares" out
    QCOMPARE(s.posts[1].likes, 0);

    // Later sweeps refresh the last month only.
    const Sweep later = sweep(QStringLiteral("posts"), s.cursor);
    QVERIFY(later.fault.isEmpty());
    QCOMPARE(int(later.posts.size()), 1);
}

void TestFacebookConnector::errors_mapToFaultKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::addColumn<bool>("truncate");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("190 expired token") << 400 << 190 << 463 << false << "SignInRequired"
                                       << "expired";
    QTest::newRow("102 session") << 400 << 102 << 0 << false << "SignInRequired"
                                 << "Sign in again";
    QTest::newRow("4 app limit") << 400 << 4 << 0 << false << "RateLimited"
                                 << "slow down";
    QTest::newRow("17 user limit") << 400 << 17 << 0 << false << "RateLimited"
                                   << "slow down";
    QTest::newRow("32 page limit") << 400 << 32 << 0 << false << "RateLimited"
                                   << "60 minute";
    QTest::newRow("613 custom limit") << 400 << 613 << 1996 << false << "RateLimited"
                                      << "60 minute";
    QTest::newRow("80001 BUC page") << 400 << 80001 << 0 << false << "RateLimited"
                                    << "5 minute";
    QTest::newRow("80006 BUC messenger") << 400 << 80006 << 0 << false << "RateLimited"
                                         << "slow down";
    QTest::newRow("1 unknown") << 500 << 1 << 0 << false << "Server"
                               << "temporary";
    QTest::newRow("2 transient") << 400 << 2 << 0 << false << "Server"
                                 << "temporary";
    QTest::newRow("10 permission") << 403 << 10 << 0 << false << "Permission"
                                   << "permission";
    QTest::newRow("10/2018278 window") << 400 << 10 << 2018278 << false << "OutsideWindow"
                                       << "24 hours";
    QTest::newRow("200 permission") << 400 << 200 << 0 << false << "Permission"
                                    << "permission";
    QTest::newRow("368 policy") << 400 << 368 << 0 << false << "Rejected"
                                << "blocked";
    QTest::newRow("551 unavailable") << 400 << 551 << 0 << false << "Rejected"
                                     << "another channel";
    QTest::newRow("100 parameter") << 400 << 100 << 0 << false << "Rejected"
                                   << "refused";
    QTest::newRow("HTTP 500 without body") << 500 << 0 << 0 << false << "Server"
                                           << "500";
    QTest::newRow("HTTP 503 without body") << 503 << 0 << 0 << false << "Server"
                                           << "503";
    QTest::newRow("HTTP 429 without body") << 429 << 0 << 0 << false << "RateLimited"
                                           << "slow down";
    QTest::newRow("HTTP 401 without body") << 401 << 0 << 0 << false << "SignInRequired"
                                           << "Sign in again";
    QTest::newRow("HTTP 400 without body") << 400 << 0 << 0 << false << "BadResponse"
                                           << "understand";
    QTest::newRow("truncated JSON") << 0 << 0 << 0 << true << "BadResponse"
                                    << "cut off";
}

void TestFacebookConnector::errors_mapToFaultKinds()
{
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(int, subcode);
    QFETCH(bool, truncate);
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);
    GraphFake::FaultRule rule;
    rule.status = status;
    rule.graphCode = code;
    rule.subcode = subcode;
    rule.truncate = truncate;
    m_fake->addFault(rule);

    const auto result = verify(*m_fb);
    QVERIFY(!result.ok());
    QCOMPARE(kindName(result.fault().kind), kind);
    QVERIFY2(result.fault().message.contains(messagePart), qPrintable(result.fault().message));
    if (code != 0)
        QVERIFY2(result.fault().detail.contains(QStringLiteral("Graph %1").arg(code)),
                 qPrintable(result.fault().detail));
    QCOMPARE(result.fault().retryAt.has_value(), kind == QLatin1String("RateLimited"));
    QCOMPARE(m_fb->blockedUntil().has_value(), kind == QLatin1String("RateLimited"));
    if (kind == QLatin1String("RateLimited"))
        QVERIFY(*result.fault().retryAt >= m_now + 5 * kMinute);

    // The fault was one answer only: once the platform is well (and no block holds), it works.
    if (kind != QLatin1String("RateLimited"))
        QVERIFY2(verify(*m_fb).ok(), "the next call after a fault should succeed");
}

void TestFacebookConnector::errors_slowAnswer_isATimeout_butPatienceIsRewarded()
{
    GraphFake::FaultRule slow;
    slow.delayMs = 1500;
    m_fake->addFault(slow);
    m_fb->setRequestTimeout(300);
    const auto impatient = verify(*m_fb);
    QVERIFY(!impatient.ok());
    QCOMPARE(kindName(impatient.fault().kind), QStringLiteral("Timeout"));
    QVERIFY(impatient.fault().retryable());

    m_fake->addFault(slow);
    m_fb->setRequestTimeout(10000);
    const auto patient = verify(*m_fb);
    QVERIFY2(patient.ok(), qPrintable(describe(patient)));
}

void TestFacebookConnector::rateLimit_bucRegainTime_blocksForThoseMinutes()
{
    GraphFake::FaultRule limit;
    limit.graphCode = 80001;
    limit.regainMinutes = 7;
    m_fake->addFault(limit);
    const auto result = verify(*m_fb);
    QVERIFY(!result.ok());
    QCOMPARE(kindName(result.fault().kind), QStringLiteral("RateLimited"));
    QCOMPARE(*result.fault().retryAt, m_now + 7 * kMinute); // minutes, not seconds
    QCOMPARE(*m_fb->blockedUntil(), m_now + 7 * kMinute);
    QVERIFY(result.fault().message.contains(QStringLiteral("7 minute")));
}

void TestFacebookConnector::rateLimit_usageHeaderAt100_blocksEvenOnSuccess()
{
    m_fake->setUsage(40, 100, 3);
    const auto result = verify(*m_fb);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(*m_fb->blockedUntil(), m_now + 3 * kMinute);

    auto other = connector(m_fake->baseUrl());
    m_fake->setUsage(100, 10, 0); // the app at its ceiling, no regain time given
    QVERIFY(verify(*other).ok());
    QCOMPARE(*other->blockedUntil(), m_now + 5 * kMinute);
}

void TestFacebookConnector::rateLimit_nothingIsSentWhileBlocked()
{
    const auto ids = m_fake->store().addInbound(QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("Q"),
                                                m_now - kHour);
    m_fake->setUsage(10, 100, 2);
    QVERIFY(verify(*m_fb).ok());
    QVERIFY(m_fb->blockedUntil());
    const int seen = m_fake->requestCount();

    const auto v = verify(*m_fb);
    const auto f = fetch(QStringLiteral("messenger"), {});
    const auto s =
        send(dmReply(QStringLiteral("p"), ids.conversationId, m_now - kHour, QStringLiteral("Svar")));
    const auto found =
        findSent(dmReply(QStringLiteral("p"), ids.conversationId, m_now - kHour, QStringLiteral("Svar")));
    for (const QString &kind : {kindName(v.fault().kind), kindName(f.fault().kind), kindName(s.fault().kind),
                                kindName(found.fault().kind)})
        QCOMPARE(kind, QStringLiteral("RateLimited"));
    QCOMPARE(*v.fault().retryAt, m_now + 2 * kMinute);
    QCOMPARE(m_fake->requestCount(), seen);
    QCOMPARE(sent().size(), 0);

    m_fake->setUsage(10, 20, 0);
    m_clock->advanceSecs(2 * 60 + 1);
    QVERIFY(!m_fb->blockedUntil());
    QVERIFY(verify(*m_fb).ok());
    QCOMPARE(m_fake->requestCount(), seen + 1);
}

void TestFacebookConnector::rateLimit_above80Percent_slowsDownWithoutBlocking()
{
    QCOMPARE(m_fb->pacingDelayMs(), 0);
    m_fake->setUsage(90, 20, 0);
    QVERIFY(verify(*m_fb).ok());
    QVERIFY(!m_fb->blockedUntil());
    QVERIFY(m_fb->pacingDelayMs() > 0);

    // Replies are not held back (a person is waiting), and their answer brings the new usage.
    const auto ids = m_fake->store().addInbound(QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("Q"),
                                                m_now - kHour);
    m_fake->setUsage(30, 20, 0);
    QVERIFY(
        send(dmReply(QStringLiteral("p"), ids.conversationId, m_now - kHour, QStringLiteral("Svar"))).ok());
    QCOMPARE(m_fb->pacingDelayMs(), 0);
}

void TestFacebookConnector::token_expired_isSignInRequired_andWorksAfterSigningIn()
{
    m_fake->setTokenValid(false);
    const auto expired = fetch(QStringLiteral("messenger"), {});
    QVERIFY(!expired.ok());
    QCOMPARE(kindName(expired.fault().kind), QStringLiteral("SignInRequired"));
    QVERIFY(expired.fault().message.contains(QStringLiteral("expired")));
    QVERIFY(!expired.fault().retryable());

    m_fake->setTokenValid(true);
    m_fb->setToken(QStringLiteral("new-token"));
    QVERIFY(fetch(QStringLiteral("messenger"), {}).ok());
}

void TestFacebookConnector::token_missing_isSignInRequiredWithoutARequest()
{
    m_fb->setToken({});
    const auto result = verify(*m_fb);
    QCOMPARE(kindName(result.fault().kind), QStringLiteral("SignInRequired"));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestFacebookConnector::baseUrl_plainHttpToAnotherHost_isRejectedWithoutARequest()
{
    auto remote = connector(QStringLiteral("http://graph.example.org/v25.0"));
    const auto result = verify(*remote);
    QVERIFY(!result.ok());
    QCOMPARE(kindName(result.fault().kind), QStringLiteral("Rejected"));
    QVERIFY(result.fault().message.contains(QStringLiteral("https")));
    const auto page = await<FetchedPage>(
        [&remote](auto done) { remote->fetch(QStringLiteral("feed"), {}, done); }, &m_synchronous);
    QCOMPARE(kindName(page.fault().kind), QStringLiteral("Rejected"));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestFacebookConnector::hostileText_staysPlainText()
{
    const QString html = QStringLiteral("<script>alert(1)</script> & <b>fet</b>");
    QString hostile = html + QChar(0) + QChar(0x07) + QChar(0xD800) + QStringLiteral(" slutt");
    const QString huge(100000, QLatin1Char('x'));
    GraphStore &g = m_fake->store();
    g.addInbound(QStringLiteral("a"), QStringLiteral("<i>Navn</i>"), hostile, m_now - kHour);
    g.addInbound(QStringLiteral("b"), QStringLiteral("B"), huge, m_now - 2 * kHour);
    const Sweep s = sweep(QStringLiteral("messenger"));
    QVERIFY2(s.fault.isEmpty(), qPrintable(s.fault));
    QCOMPARE(int(s.messages.size()), 2);
    const RemoteMessage &a =
        s.messages[0].author.externalId == QLatin1String("a") ? s.messages[0] : s.messages[1];
    const RemoteMessage &b =
        s.messages[0].author.externalId == QLatin1String("a") ? s.messages[1] : s.messages[0];
    QVERIFY(a.text.startsWith(html)); // kept as text, not interpreted or stripped
    QVERIFY(a.text.endsWith(QStringLiteral(" slutt")));
    for (const QChar c : a.text)
        QVERIFY(!c.isSurrogate() && c != QChar(0) && c != QChar(0x07));
    QCOMPARE(a.author.name, QStringLiteral("<i>Navn</i>"));
    QCOMPARE(a.format, QStringLiteral("text"));
    QCOMPARE(b.text.size(), Graph::kMaxTextLength);
}

void TestFacebookConnector::token_rejected_isNeverQuotedInMessages()
{
    const QString token = QStringLiteral("EAAGm0PX4ZCpsBAKZBZBwrong1234567890abcdef");
    m_fake->setAcceptedToken(QStringLiteral("EAAright"));
    m_fb->setToken(token);
    const auto result = verify(*m_fb);
    QCOMPARE(kindName(result.fault().kind), QStringLiteral("SignInRequired"));
    QVERIFY(result.fault().detail.contains(QStringLiteral("Malformed access token")));
    QVERIFY2(!result.fault().detail.contains(QStringLiteral("EAAGm0")), qPrintable(result.fault().detail));
    QVERIFY(!result.fault().message.contains(QStringLiteral("EAAGm0")));
}

void TestFacebookConnector::token_pastedAcrossLines_stillWorks()
{
    m_fake->setAcceptedToken(QStringLiteral("EAAright123"));
    m_fb->setToken(QStringLiteral(" EAAright\n123\r\n"));
    const auto result = verify(*m_fb);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
}

QTEST_GUILESS_MAIN(TestFacebookConnector)
#include "tst_facebookconnector.moc"
