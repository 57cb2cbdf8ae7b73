// MastodonConnector against MastodonFake over real HTTP on loopback (PLATFORM_APIS.md §4).

#include "connectors/mastodon/mastodonconnector.h"
#include "connectors/mastodon/mastodonparse.h"
#include "mastodonfake.h"
#include "util/clock.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Torget;

namespace {

// Runs one connector call to its callback; records whether the callback came synchronously
// (the Connector contract says never) and how often it came (exactly once).
template <typename T>
struct Await
{
    std::optional<Outcome<T>> result;
    bool synchronous = false;
    int calls = 0;

    template <typename Start>
    Await(Start start, int timeoutMs = 15000)
    {
        QEventLoop loop;
        bool returned = false;
        start([&](Outcome<T> r) {
            ++calls;
            synchronous = !returned;
            result.emplace(std::move(r));
            loop.quit();
        });
        returned = true;
        if (!result) {
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QCoreApplication::processEvents(); // a second callback would show up here
    }
    bool ok() const { return result && result->ok() && !synchronous && calls == 1; }
    const T &value() const { return result->value(); }
    Fault fault() const { return result && !result->ok() ? result->fault() : Fault{}; }
};

struct Sweep
{
    std::vector<RemoteMessage> messages;
    std::vector<RemotePost> posts;
    int pages = 0;
    QString cursor;
    std::optional<Fault> fault;
};

QStringList ids(const std::vector<RemoteMessage> &messages)
{
    QStringList out;
    for (const RemoteMessage &m : messages)
        out << m.externalId;
    return out;
}

} // namespace

class TestMastodonConnector final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MastodonFake> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
    SystemClock m_clock;
    std::unique_ptr<MastodonConnector> m_connector;

    std::unique_ptr<MastodonConnector> makeConnector(const QString &externalId = {})
    {
        Account account;
        account.id = 1;
        account.channel = Channel::Mastodon;
        account.name = QStringLiteral("Demo kommune");
        account.baseUrl = m_fake->baseUrl();
        account.externalId = externalId;
        auto connector = std::make_unique<MastodonConnector>(account, *m_network, m_clock);
        connector->setToken(m_fake->token());
        return connector;
    }

    Sweep sweep(const QString &stream, const QString &cursor, MastodonConnector *connector = nullptr)
    {
        MastodonConnector *c = connector ? connector : m_connector.get();
        Sweep s;
        s.cursor = cursor;
        for (int guard = 0; guard < 500; ++guard) {
            Await<FetchedPage> page([&](auto done) { c->fetch(stream, s.cursor, done); });
            if (!page.ok()) {
                s.fault = page.fault();
                return s;
            }
            ++s.pages;
            for (const RemoteMessage &m : page.value().messages)
                s.messages.push_back(m);
            for (const RemotePost &p : page.value().posts)
                s.posts.push_back(p);
            s.cursor = page.value().cursor;
            if (!page.value().more)
                break;
        }
        return s;
    }

    QString mention(const QString &acct, const QString &text, const QString &inReplyTo = {},
                    const QString &visibility = QStringLiteral("public"))
    {
        MastodonFake::Post p;
        p.acct = acct;
        p.text = text;
        p.inReplyToId = inReplyTo;
        p.visibility = visibility;
        return m_fake->addMention(p);
    }

    OutgoingReply replyTo(const RemoteMessage &target, const QString &text, const QString &key)
    {
        OutgoingReply r;
        r.outboxId = 7;
        r.idempotencyKey = key;
        r.text = text;
        r.kind = target.kind;
        r.conversationExternalId = target.conversationExternalId;
        r.citizenExternalId = target.author.externalId;
        r.citizenHandle = target.author.handle;
        r.targetExternalId = target.externalId;
        r.targetReplyMeta = target.replyMeta;
        r.queuedAt = m_clock.now().toMSecsSinceEpoch();
        return r;
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void verify_returnsTheAccount();
    void pastedTokenWithLineBreak_stillWorks();
    void notifications_firstSweepFollowsLinkHeadersForThreePages();
    void notifications_laterSweepsFetchOnlyNewMentions();
    void notifications_resumedWalkIntoThePast_alsoFetchesWhatCameMeanwhile();
    void notifications_leaveDirectMessagesToConversations();
    void mentions_followUpJoinsTheCitizensThread();
    void mentions_repliesToOurPostAreSeparateThreadsOfThatPost();
    void conversations_readWholeDmThreads();
    void content_htmlBecomesTextWithSpoilerFirst();
    void statuses_areOwnPostsWithCounts();
    void send_keepsTheTargetsVisibility_data();
    void send_keepsTheTargetsVisibility();
    void send_sameIdempotencyKeyPostsOnce();
    void send_toADeletedStatusIsRejected();
    void send_refusedByTheServerIncludesItsReason();
    void send_emptyTextIsRejectedWithoutARequest();
    void findSent_findsAReplyWhoseAnswerWasLost();
    void findSent_reportsNothingForAnotherText();
    void invalidToken_requiresSignIn();
    void forbidden_isAPermissionFault();
    void tooManyRequests_retriesAtTheIsoReset();
    void remainingZero_blocksWithoutTouchingTheNetwork();
    void serverError_truncatedJson_andSlowAnswers_data();
    void serverError_truncatedJson_andSlowAnswers();
    void plainHttpToAnotherHost_isRefused();
};

void TestMastodonConnector::init()
{
    m_fake = std::make_unique<MastodonFake>();
    QVERIFY(m_fake->listen(QHostAddress::LocalHost, 0) != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_connector = makeConnector();
}

void TestMastodonConnector::cleanup()
{
    m_connector.reset();
    m_network.reset();
    m_fake.reset();
}

void TestMastodonConnector::verify_returnsTheAccount()
{
    Await<AccountIdentity> who([&](auto done) { m_connector->verify(done); });
    QVERIFY(who.ok());
    QCOMPARE(who.value().externalId, MastodonFake::ownId());
    QCOMPARE(who.value().name, QStringLiteral("Demo kommune"));
    QCOMPARE(who.value().handle, QStringLiteral("kommune"));
    QCOMPARE(m_connector->streams(),
             QStringList({QStringLiteral("notifications"), QStringLiteral("conversations"),
                          QStringLiteral("statuses")}));
}

void TestMastodonConnector::pastedTokenWithLineBreak_stillWorks()
{
    m_connector->setToken(QStringLiteral("  ") + m_fake->token() + QStringLiteral("\r\n"));
    Await<AccountIdentity> who([&](auto done) { m_connector->verify(done); });
    QVERIFY(who.ok());
    m_connector->setToken(QStringLiteral("wrong\r\nX-Injected: 1"));
    Await<AccountIdentity> refused([&](auto done) { m_connector->verify(done); });
    QCOMPARE(refused.fault().kind, FaultKind::SignInRequired);
}

void TestMastodonConnector::notifications_firstSweepFollowsLinkHeadersForThreePages()
{
    // 130 mentions: notification ids run 9950…10079, across a digit boundary.
    QStringList created;
    for (int i = 0; i < 130; ++i)
        created << mention(QStringLiteral("kari"), QStringLiteral("Spørsmål %1").arg(i));
    const Sweep s = sweep(QStringLiteral("notifications"), {});
    QVERIFY2(!s.fault, qPrintable(s.fault ? s.fault->message : QString()));
    // Three pages into the past, then one above the watermark for what came meanwhile (nothing).
    QCOMPARE(s.pages, MastodonConnector::kHistoryPages + 1);
    // The first sweep is bounded: the newest three pages of 40.
    QCOMPARE(int(s.messages.size()), 3 * MastodonConnector::kPageLimit);
    QStringList got = ids(s.messages);
    std::sort(got.begin(), got.end(), MastodonParse::idLess);
    QCOMPARE(got, created.mid(130 - 120));
    // Pages two and three came from the rel="next" links (max_id of the page before).
    const QStringList log = m_fake->requestLog();
    QCOMPARE(log.size(), 1 + 4); // verify_credentials, then three pages down and one up
    QVERIFY2(log[1].startsWith(QStringLiteral("GET /api/v1/notifications?")) && !log[1].contains(u"max_id"),
             qPrintable(log[1]));
    QVERIFY2(log[2].contains(QStringLiteral("max_id=%1").arg(9950 + 90)), qPrintable(log[2]));
    QVERIFY2(log[3].contains(QStringLiteral("max_id=%1").arg(9950 + 50)), qPrintable(log[3]));
    QVERIFY(log[3].contains(QStringLiteral("types[]=mention")));
    QVERIFY2(log[4].contains(QStringLiteral("min_id=%1").arg(9950 + 129)), qPrintable(log[4]));
    const MastodonParse::Cursor cursor = MastodonParse::readCursor(s.cursor);
    QCOMPARE(cursor.watermark, QString::number(9950 + 129)); // newest notification id
    QVERIFY(cursor.nextQuery.isEmpty());
}

void TestMastodonConnector::notifications_laterSweepsFetchOnlyNewMentions()
{
    for (int i = 0; i < 5; ++i)
        mention(QStringLiteral("kari"), QStringLiteral("Gammel %1").arg(i));
    const Sweep first = sweep(QStringLiteral("notifications"), {});
    QCOMPARE(int(first.messages.size()), 5);

    QStringList fresh;
    for (int i = 0; i < 90; ++i)
        fresh << mention(QStringLiteral("ola@social.example"), QStringLiteral("Ny %1").arg(i));
    const Sweep second = sweep(QStringLiteral("notifications"), first.cursor);
    QVERIFY(!second.fault);
    QCOMPARE(ids(second.messages), fresh); // only the new ones, oldest first
    QCOMPARE(second.pages, 3);             // 40 + 40 + 10, paging forward with min_id

    const int before = m_fake->requestCount();
    const Sweep third = sweep(QStringLiteral("notifications"), second.cursor);
    QVERIFY(third.messages.empty());
    QCOMPARE(m_fake->requestCount(), before + 1);
    QCOMPARE(third.cursor, second.cursor);
}

void TestMastodonConnector::notifications_resumedWalkIntoThePast_alsoFetchesWhatCameMeanwhile()
{
    // The first sync stopped after its first page (the token was revoked); a mention came before
    // the next sync, which finishes the walk into the past and must not wait for a third sync.
    QStringList created;
    for (int i = 0; i < 45; ++i)
        created << mention(QStringLiteral("kari"), QStringLiteral("Gammel %1").arg(i));
    Await<FetchedPage> firstPage(
        [&](auto done) { m_connector->fetch(QStringLiteral("notifications"), {}, done); });
    QVERIFY(firstPage.ok());
    QVERIFY(firstPage.value().more);
    QCOMPARE(int(firstPage.value().messages.size()), MastodonConnector::kPageLimit);
    const QString later = mention(QStringLiteral("per"), QStringLiteral("Hallo?"));

    const Sweep resumed = sweep(QStringLiteral("notifications"), firstPage.value().cursor);
    QVERIFY(!resumed.fault);
    QStringList got = ids(resumed.messages);
    QCOMPARE(got, created.mid(0, 5) + QStringList{later});
    const Sweep next = sweep(QStringLiteral("notifications"), resumed.cursor);
    QVERIFY(next.messages.empty());
}

void TestMastodonConnector::notifications_leaveDirectMessagesToConversations()
{
    MastodonFake::Post dm;
    dm.acct = QStringLiteral("per");
    dm.text = QStringLiteral("Privat spørsmål");
    m_fake->addDirectMessage(dm);
    mention(QStringLiteral("kari"), QStringLiteral("Offentlig spørsmål"));
    const Sweep mentions = sweep(QStringLiteral("notifications"), {});
    QCOMPARE(int(mentions.messages.size()), 1);
    QCOMPARE(mentions.messages.front().kind, ConversationKind::Mention);
    QVERIFY(mentions.messages.front().text.contains(QStringLiteral("Offentlig")));
    const Sweep dms = sweep(QStringLiteral("conversations"), {});
    QCOMPARE(int(dms.messages.size()), 1);
    QCOMPARE(dms.messages.front().kind, ConversationKind::DirectMessage);
    QVERIFY(dms.messages.front().text.contains(QStringLiteral("Privat")));
}

void TestMastodonConnector::mentions_followUpJoinsTheCitizensThread()
{
    const QString question = mention(QStringLiteral("kari"), QStringLiteral("Når tømmes søpla?"));
    const Sweep first = sweep(QStringLiteral("notifications"), {});
    QCOMPARE(int(first.messages.size()), 1);
    QCOMPARE(first.messages.front().conversationExternalId, question);

    Await<SentReply> sent([&](auto done) {
        m_connector->send(replyTo(first.messages.front(), QStringLiteral("På fredag."), QStringLiteral("k1")),
                          done);
    });
    QVERIFY(sent.ok());
    const QString followUp =
        mention(QStringLiteral("kari"), QStringLiteral("Takk! Og glass?"), sent.value().externalId);

    const Sweep second = sweep(QStringLiteral("notifications"), first.cursor);
    QCOMPARE(int(second.messages.size()), 1);
    QCOMPARE(second.messages.front().externalId, followUp);
    QCOMPARE(second.messages.front().conversationExternalId, question);
    QCOMPARE(second.messages.front().inReplyToExternalId, sent.value().externalId);

    // A connector that has seen nothing in this session finds the same thread through the context.
    auto fresh = makeConnector(MastodonFake::ownId());
    const Sweep again = sweep(QStringLiteral("notifications"), {}, fresh.get());
    QCOMPARE(int(again.messages.size()), 2);
    for (const RemoteMessage &m : again.messages)
        QCOMPARE(m.conversationExternalId, question);
}

void TestMastodonConnector::mentions_repliesToOurPostAreSeparateThreadsOfThatPost()
{
    const QString post = m_fake->addOwnPost(QStringLiteral("Veien er stengt."), 0, 0);
    const QString kari = mention(QStringLiteral("kari"), QStringLiteral("Hvor lenge?"), post);
    const QString ola = mention(QStringLiteral("ola@social.example"), QStringLiteral("Omkjøring?"), post);
    const QString kariAgain = mention(QStringLiteral("kari"), QStringLiteral("Hallo?"), kari);
    const Sweep s = sweep(QStringLiteral("notifications"), {});
    QCOMPARE(int(s.messages.size()), 3);
    QCOMPARE(s.messages[0].conversationExternalId, kari);
    QCOMPARE(s.messages[1].conversationExternalId, ola);
    QCOMPARE(s.messages[2].externalId, kariAgain);
    QCOMPARE(s.messages[2].conversationExternalId, kari);
    for (const RemoteMessage &m : s.messages)
        QCOMPARE(m.postExternalId, post);
}

void TestMastodonConnector::conversations_readWholeDmThreads()
{
    MastodonFake::Post dm;
    dm.acct = QStringLiteral("per@mastodon.example");
    dm.displayName = QStringLiteral("Per Hansen");
    dm.text = QStringLiteral("Byggesak 2024/113?");
    const QString first = m_fake->addDirectMessage(dm);
    dm.text = QStringLiteral("Ring meg gjerne.");
    dm.inReplyToId = first;
    const QString second = m_fake->addDirectMessage(dm);

    const Sweep s1 = sweep(QStringLiteral("conversations"), {});
    QVERIFY(!s1.fault);
    QCOMPARE(ids(s1.messages), QStringList({first, second}));
    const QString conversation = s1.messages.front().conversationExternalId;
    QVERIFY(!conversation.isEmpty());
    QVERIFY(conversation != first);
    for (const RemoteMessage &m : s1.messages) {
        QCOMPARE(m.kind, ConversationKind::DirectMessage);
        QCOMPARE(m.conversationExternalId, conversation);
        QVERIFY(!m.fromAccount);
        QCOMPARE(MastodonParse::readReplyMeta(m.replyMeta).visibility, QStringLiteral("direct"));
    }

    // Nothing new: nothing read again.
    QVERIFY(sweep(QStringLiteral("conversations"), s1.cursor).messages.empty());

    // Our answer and an edit of the first message: the changed thread is read whole.
    Await<SentReply> sent([&](auto done) {
        m_connector->send(
            replyTo(s1.messages.back(), QStringLiteral("Vi ringer i morgen."), QStringLiteral("dm-1")), done);
    });
    QVERIFY(sent.ok());
    QVERIFY(m_fake->editStatus(first, QStringLiteral("Byggesak 2024/113, garasje?")));
    const Sweep s2 = sweep(QStringLiteral("conversations"), s1.cursor);
    QCOMPARE(ids(s2.messages), QStringList({first, second, sent.value().externalId}));
    QVERIFY(s2.messages.back().fromAccount);
    QVERIFY(s2.messages.front().editedAt.has_value());
    QVERIFY(s2.messages.front().text.contains(QStringLiteral("garasje")));
}

void TestMastodonConnector::content_htmlBecomesTextWithSpoilerFirst()
{
    MastodonFake::Post p;
    p.acct = QStringLiteral("kari");
    p.spoilerText = QStringLiteral("Vann");
    p.html = QStringLiteral(
        "<p><span class=\"h-card\"><a href=\"x\" class=\"u-url mention\">@<span>kommune</span>"
        "</a></span> Lekkasje &amp; flom!</p><p>Se <a href=\"https://foto.example/1\">bildet</a>"
        "<br>nå <a href=\"https://m.example/tags/vann\" class=\"mention hashtag\">#<span>vann</span>"
        "</a></p><script>alert(1)</script>");
    m_fake->addMention(p);
    const Sweep s = sweep(QStringLiteral("notifications"), {});
    QCOMPARE(int(s.messages.size()), 1);
    const RemoteMessage &m = s.messages.front();
    QCOMPARE(
        m.text,
        QStringLiteral("Vann\n\n@kommune Lekkasje & flom!\n\nSe bildet (https://foto.example/1)\nnå #vann"));
    QCOMPARE(m.original, p.html);
    QCOMPARE(m.format, QStringLiteral("html"));
    QCOMPARE(m.subject, QStringLiteral("Vann"));
    QCOMPARE(m.author.handle, QStringLiteral("kari"));
    QCOMPARE(m.replyMeta, QStringLiteral(R"({"acct":"kari","visibility":"public"})"));
}

void TestMastodonConnector::statuses_areOwnPostsWithCounts()
{
    const QString post = m_fake->addOwnPost(QStringLiteral("Brøyting i natt #vinter"), 12, 4);
    mention(QStringLiteral("kari"), QStringLiteral("Takk!"), post);
    m_fake->addOwnPost(QStringLiteral("Stengt mandag"), 3, 1, QStringLiteral("unlisted"));
    const Sweep s = sweep(QStringLiteral("statuses"), {});
    QVERIFY(!s.fault);
    QCOMPARE(int(s.posts.size()), 2);
    const RemotePost &p = s.posts.back(); // newest first from the API
    QCOMPARE(p.externalId, post);
    QCOMPARE(p.text, QStringLiteral("Brøyting i natt #vinter"));
    QCOMPARE(p.likes, 12);
    QCOMPARE(p.shares, 4);
    QCOMPARE(p.comments, 1);
    QVERIFY(p.url.endsWith(QStringLiteral("/@kommune/") + post));
    QVERIFY(MastodonParse::readCursor(s.cursor).historyDone);
    // Later sweeps refresh the counts from the newest page.
    const Sweep again = sweep(QStringLiteral("statuses"), s.cursor);
    QCOMPARE(int(again.posts.size()), 2);
    QCOMPARE(again.pages, 1);
}

void TestMastodonConnector::send_keepsTheTargetsVisibility_data()
{
    QTest::addColumn<QString>("targetVisibility");
    QTest::addColumn<bool>("directMessage");
    QTest::addColumn<QString>("sentVisibility");
    QTest::newRow("public stays public") << QStringLiteral("public") << false << QStringLiteral("public");
    QTest::newRow("unlisted stays unlisted")
        << QStringLiteral("unlisted") << false << QStringLiteral("unlisted");
    QTest::newRow("private stays private") << QStringLiteral("private") << false << QStringLiteral("private");
    QTest::newRow("direct stays direct") << QStringLiteral("direct") << true << QStringLiteral("direct");
}

void TestMastodonConnector::send_keepsTheTargetsVisibility()
{
    QFETCH(QString, targetVisibility);
    QFETCH(bool, directMessage);
    QFETCH(QString, sentVisibility);
    MastodonFake::Post p;
    p.acct = QStringLiteral("kari@social.example");
    p.text = QStringLiteral("Hei");
    p.visibility = targetVisibility;
    if (directMessage)
        m_fake->addDirectMessage(p);
    else
        m_fake->addMention(p);
    const Sweep s =
        sweep(directMessage ? QStringLiteral("conversations") : QStringLiteral("notifications"), {});
    QCOMPARE(int(s.messages.size()), 1);
    Await<SentReply> sent([&](auto done) {
        m_connector->send(
            replyTo(s.messages.front(), QStringLiteral("Takk for spørsmålet."), QStringLiteral("key-1")),
            done);
    });
    QVERIFY2(sent.ok(), qPrintable(sent.fault().message));
    const QJsonArray log = m_fake->sent();
    QCOMPARE(log.size(), 1);
    const QJsonObject out = log.first().toObject();
    QCOMPARE(out.value(QStringLiteral("id")).toString(), sent.value().externalId);
    QCOMPARE(out.value(QStringLiteral("visibility")).toString(), sentVisibility);
    QCOMPARE(out.value(QStringLiteral("in_reply_to_id")).toString(), s.messages.front().externalId);
    QCOMPARE(out.value(QStringLiteral("text")).toString(),
             QStringLiteral("@kari@social.example Takk for spørsmålet."));
    QCOMPARE(out.value(QStringLiteral("idempotency_key")).toString(), QStringLiteral("key-1"));
}

void TestMastodonConnector::send_sameIdempotencyKeyPostsOnce()
{
    mention(QStringLiteral("kari"), QStringLiteral("Spørsmål"), {}, QStringLiteral("unlisted"));
    const Sweep s = sweep(QStringLiteral("notifications"), {});
    const OutgoingReply reply =
        replyTo(s.messages.front(), QStringLiteral("@kari Svar"), QStringLiteral("same-key"));
    Await<SentReply> first([&](auto done) { m_connector->send(reply, done); });
    Await<SentReply> second([&](auto done) { m_connector->send(reply, done); });
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QCOMPARE(second.value().externalId, first.value().externalId);
    const QJsonArray log = m_fake->sent();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().toObject().value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(log.first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("@kari Svar"));
}

void TestMastodonConnector::send_toADeletedStatusIsRejected()
{
    const QString id = mention(QStringLiteral("kari"), QStringLiteral("Spørsmål"));
    const Sweep s = sweep(QStringLiteral("notifications"), {});
    QVERIFY(m_fake->deleteStatus(id));
    Await<SentReply> sent([&](auto done) {
        m_connector->send(replyTo(s.messages.front(), QStringLiteral("Svar"), QStringLiteral("k")), done);
    });
    QVERIFY(sent.result && !sent.result->ok());
    QCOMPARE(sent.fault().kind, FaultKind::Rejected);
    QVERIFY2(sent.fault().message.contains(QStringLiteral("deleted")), qPrintable(sent.fault().message));
    QCOMPARE(m_fake->sent().size(), 0);
}

void TestMastodonConnector::send_refusedByTheServerIncludesItsReason()
{
    mention(QStringLiteral("kari"), QStringLiteral("Spørsmål"));
    const Sweep s = sweep(QStringLiteral("notifications"), {});
    MastodonFake::Fault f;
    f.path = QStringLiteral("/api/v1/statuses");
    f.status = 422;
    f.error = QStringLiteral("Validation failed: Text character limit of 500 exceeded");
    m_fake->addFault(f);
    Await<SentReply> sent([&](auto done) {
        m_connector->send(replyTo(s.messages.front(), QStringLiteral("Langt svar"), QStringLiteral("k")),
                          done);
    });
    QCOMPARE(sent.fault().kind, FaultKind::Rejected);
    QVERIFY2(sent.fault().message.contains(QStringLiteral("Text character limit of 500 exceeded")),
             qPrintable(sent.fault().message));
    QVERIFY(!sent.fault().retryable());
}

void TestMastodonConnector::send_emptyTextIsRejectedWithoutARequest()
{
    OutgoingReply reply;
    reply.text = QStringLiteral("   ");
    reply.targetExternalId = QStringLiteral("1");
    const int before = m_fake->requestCount();
    Await<SentReply> sent([&](auto done) { m_connector->send(reply, done); });
    QVERIFY(!sent.synchronous);
    QCOMPARE(sent.fault().kind, FaultKind::Rejected);
    QCOMPARE(m_fake->requestCount(), before);
}

void TestMastodonConnector::findSent_findsAReplyWhoseAnswerWasLost()
{
    mention(QStringLiteral("ola@social.example"), QStringLiteral("Spørsmål"));
    const Sweep s = sweep(QStringLiteral("notifications"), {});
    for (int i = 0; i < 45; ++i) // our other statuses, so that the search pages
        m_fake->addOwnPost(QStringLiteral("Innlegg %1").arg(i), 0, 0);
    const OutgoingReply reply = replyTo(
        s.messages.front(), QStringLiteral("Vi ser på det.\n\nHilsen kommunen"), QStringLiteral("lost"));
    // The status is created, but the answer never arrives (a crash or a dropped connection).
    MastodonFake::Fault f;
    f.path = QStringLiteral("/api/v1/statuses");
    f.method = QStringLiteral("POST");
    f.status = 502;
    f.processed = true;
    m_fake->addFault(f);
    Await<SentReply> sent([&](auto done) { m_connector->send(reply, done); });
    QCOMPARE(sent.fault().kind, FaultKind::Server);
    QCOMPARE(m_fake->sent().size(), 1);
    for (int i = 0; i < 45; ++i)
        m_fake->addOwnPost(QStringLiteral("Senere %1").arg(i), 0, 0);

    Await<std::optional<SentReply>> found([&](auto done) { m_connector->findSent(reply, done); });
    QVERIFY(found.ok());
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->externalId,
             m_fake->sent().first().toObject().value(QStringLiteral("id")).toString());
}

void TestMastodonConnector::findSent_reportsNothingForAnotherText()
{
    mention(QStringLiteral("kari"), QStringLiteral("Spørsmål"));
    const Sweep s = sweep(QStringLiteral("notifications"), {});
    Await<SentReply> sent([&](auto done) {
        m_connector->send(replyTo(s.messages.front(), QStringLiteral("Første svar"), QStringLiteral("a")),
                          done);
    });
    QVERIFY(sent.ok());
    Await<std::optional<SentReply>> other([&](auto done) {
        m_connector->findSent(
            replyTo(s.messages.front(), QStringLiteral("Et annet svar"), QStringLiteral("b")), done);
    });
    QVERIFY(other.ok());
    QVERIFY(!other.value().has_value());
    Await<std::optional<SentReply>> same([&](auto done) {
        m_connector->findSent(replyTo(s.messages.front(), QStringLiteral("Første svar"), QStringLiteral("a")),
                              done);
    });
    QVERIFY(same.ok());
    QCOMPARE(same.value().value_or(SentReply{}).externalId, sent.value().externalId);
}

void TestMastodonConnector::invalidToken_requiresSignIn()
{
    m_fake->setTokenValid(false);
    Await<AccountIdentity> who([&](auto done) { m_connector->verify(done); });
    QCOMPARE(who.fault().kind, FaultKind::SignInRequired);
    QVERIFY2(who.fault().message.contains(QStringLiteral("Sign in to Demo kommune again")),
             qPrintable(who.fault().message));
    QVERIFY(who.fault().detail.contains(QStringLiteral("The access token is invalid")));
    QVERIFY(!who.fault().message.contains(m_fake->token()));
}

void TestMastodonConnector::forbidden_isAPermissionFault()
{
    MastodonFake::Fault f;
    f.path = QStringLiteral("/api/v1/conversations");
    f.status = 403;
    f.error = QStringLiteral("This action is outside the authorized scopes");
    m_fake->addFault(f);
    auto connector = makeConnector(MastodonFake::ownId());
    const Sweep s = sweep(QStringLiteral("conversations"), {}, connector.get());
    QVERIFY(s.fault);
    QCOMPARE(s.fault->kind, FaultKind::Permission);
}

void TestMastodonConnector::tooManyRequests_retriesAtTheIsoReset()
{
    m_fake->setRateLimit(0, 120);
    const qint64 reset = m_fake->rateLimitReset().toMSecsSinceEpoch();
    Await<AccountIdentity> who([&](auto done) { m_connector->verify(done); });
    QCOMPARE(who.fault().kind, FaultKind::RateLimited);
    QCOMPARE(who.fault().retryAt.value_or(0), reset); // parsed from 2…T…:…:….mmm000Z
    QCOMPARE(m_connector->blockedUntil().value_or(0), reset);
}

void TestMastodonConnector::remainingZero_blocksWithoutTouchingTheNetwork()
{
    m_fake->setRateLimit(1, 60);
    const qint64 reset = m_fake->rateLimitReset().toMSecsSinceEpoch();
    Await<AccountIdentity> who([&](auto done) { m_connector->verify(done); });
    QVERIFY(who.ok()); // the last allowed call succeeds and says Remaining: 0
    QCOMPARE(m_connector->blockedUntil().value_or(0), reset);

    const int seen = m_fake->requestCount();
    Await<FetchedPage> page(
        [&](auto done) { m_connector->fetch(QStringLiteral("notifications"), {}, done); });
    QVERIFY(!page.synchronous);
    QCOMPARE(page.calls, 1);
    QCOMPARE(page.fault().kind, FaultKind::RateLimited);
    QCOMPARE(page.fault().retryAt.value_or(0), reset);
    Await<SentReply> sent([&](auto done) {
        OutgoingReply r;
        r.text = QStringLiteral("Hei");
        r.targetExternalId = QStringLiteral("99900");
        m_connector->send(r, done);
    });
    QCOMPARE(sent.fault().kind, FaultKind::RateLimited);
    QCOMPARE(m_fake->requestCount(), seen); // the fake saw nothing while blocked
}

void TestMastodonConnector::serverError_truncatedJson_andSlowAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("truncate");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("kind");
    QTest::newRow("500") << 500 << false << 0 << int(FaultKind::Server);
    QTest::newRow("503") << 503 << false << 0 << int(FaultKind::Server);
    QTest::newRow("truncated JSON") << 0 << true << 0 << int(FaultKind::BadResponse);
    QTest::newRow("slower than the timeout") << 0 << false << 4000 << int(FaultKind::Timeout);
}

void TestMastodonConnector::serverError_truncatedJson_andSlowAnswers()
{
    QFETCH(int, status);
    QFETCH(bool, truncate);
    QFETCH(int, delayMs);
    QFETCH(int, kind);
    mention(QStringLiteral("kari"), QStringLiteral("Spørsmål"));
    auto connector = makeConnector(MastodonFake::ownId());
    connector->setRequestTimeout(1000);
    MastodonFake::Fault f;
    f.path = QStringLiteral("/api/v1/notifications");
    f.status = status;
    f.truncate = truncate;
    f.delayMs = delayMs;
    m_fake->addFault(f);
    const Sweep failed = sweep(QStringLiteral("notifications"), {}, connector.get());
    QVERIFY(failed.fault);
    QCOMPARE(int(failed.fault->kind), kind);
    QVERIFY(failed.fault->retryable());
    // The fault was one answer: the next sweep from the same (empty) cursor gets the mention.
    connector->setRequestTimeout(30000);
    const Sweep retried = sweep(QStringLiteral("notifications"), {}, connector.get());
    QVERIFY(!retried.fault);
    QCOMPARE(int(retried.messages.size()), 1);
}

void TestMastodonConnector::plainHttpToAnotherHost_isRefused()
{
    Account account;
    account.name = QStringLiteral("Feil");
    account.baseUrl = QStringLiteral("http://mastodon.example");
    MastodonConnector connector(account, *m_network, m_clock);
    connector.setToken(QStringLiteral("secret"));
    Await<AccountIdentity> who([&](auto done) { connector.verify(done); });
    QVERIFY(!who.synchronous);
    QCOMPARE(who.fault().kind, FaultKind::Rejected);
    QVERIFY(who.fault().message.contains(QStringLiteral("https")));
}

QTEST_GUILESS_MAIN(TestMastodonConnector)
#include "tst_mastodonconnector.moc"
