#include "facebookfixture.h"

using namespace Torget;
using namespace TorgetTest;

// FacebookConnector's replies against the Graph fake: the Send API and its windows, comment
// replies to the right thread, text that arrives unchanged, and finding a reply after a crash.
class TestFacebookSend : public QObject, private FacebookFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUp()); }
    void cleanup()
    {
        QCOMPARE(m_synchronous, 0);
        tearDown();
    }

    void send_directMessage_goesToTheRecipientAsResponse();
    void send_after24Hours_isOutsideWindowWithoutARequest();
    void send_platformWindowError_isOutsideWindow();
    void send_humanAgentWithin7Days_goesOutWithTheTag();
    void send_beyond7Days_isRefusedWithoutARequest();
    void send_commentReply_targetsTheTopLevelComment();
    void send_textWithPlusAmpersandAndEmoji_arrivesUnchanged();
    void send_idThatWouldLeaveTheGraphPath_isRefusedWithoutARequest();
    void send_emptyOrTooLong_isRefusedWithoutARequest();
    void findSent_findsTheReplyThatWentOut_andNothingOtherwise();
    void findSent_afterATimeoutMidSend_findsWhatTheFakeAccepted();
};

void TestFacebookSend::send_directMessage_goesToTheRecipientAsResponse()
{
    const auto ids = m_fake->store().addInbound(QStringLiteral("psid-kari"), QStringLiteral("Kari"),
                                                QStringLiteral("Hei"), m_now - kHour);
    const auto sentReply = send(dmReply(QStringLiteral("psid-kari"), ids.conversationId, m_now - kHour,
                                        QStringLiteral("Hei Kari, papir hentes torsdag.")));
    QVERIFY2(sentReply.ok(), qPrintable(describe(sentReply)));
    QVERIFY(sentReply.value().externalId.startsWith(QStringLiteral("m_")));
    QCOMPARE(sentReply.value().sentAt, m_now);
    QCOMPARE(sent().size(), 1);
    const QJsonObject entry = sent().first().toObject();
    QCOMPARE(entry.value(QLatin1String("kind")).toString(), QStringLiteral("message"));
    QCOMPARE(entry.value(QLatin1String("target")).toString(), QStringLiteral("psid-kari"));
    QCOMPARE(entry.value(QLatin1String("messaging_type")).toString(), QStringLiteral("RESPONSE"));
    QVERIFY(!entry.contains(QLatin1String("tag")));
    QCOMPARE(entry.value(QLatin1String("text")).toString(),
             QStringLiteral("Hei Kari, papir hentes torsdag."));
    QCOMPARE(entry.value(QLatin1String("id")).toString(), sentReply.value().externalId);
}

void TestFacebookSend::send_after24Hours_isOutsideWindowWithoutARequest()
{
    const auto ids = m_fake->store().addInbound(QStringLiteral("p"), QStringLiteral("P"),
                                                QStringLiteral("Hei"), m_now - 25 * kHour);
    const auto result =
        send(dmReply(QStringLiteral("p"), ids.conversationId, m_now - 25 * kHour, QStringLiteral("Svar")));
    QVERIFY(!result.ok());
    QCOMPARE(kindName(result.fault().kind), QStringLiteral("OutsideWindow"));
    QVERIFY(result.fault().message.contains(QStringLiteral("HUMAN_AGENT")));
    QVERIFY(result.fault().message.contains(QStringLiteral("7 days")));
    QCOMPARE(m_fake->requestCount(), 0);
    QCOMPARE(sent().size(), 0);
}

void TestFacebookSend::send_platformWindowError_isOutsideWindow()
{
    // Torget believes the citizen wrote an hour ago; Facebook knows better and answers 10/2018278.
    const auto ids = m_fake->store().addInbound(QStringLiteral("p"), QStringLiteral("P"),
                                                QStringLiteral("Hei"), m_now - 30 * kHour);
    const auto result =
        send(dmReply(QStringLiteral("p"), ids.conversationId, m_now - kHour, QStringLiteral("Svar")));
    QVERIFY(!result.ok());
    QCOMPARE(kindName(result.fault().kind), QStringLiteral("OutsideWindow"));
    QVERIFY(result.fault().detail.contains(QStringLiteral("10/2018278")));
    QVERIFY(result.fault().message.contains(QStringLiteral("HUMAN_AGENT")));
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(sent().size(), 0);
}

void TestFacebookSend::send_humanAgentWithin7Days_goesOutWithTheTag()
{
    const auto ids = m_fake->store().addInbound(QStringLiteral("p"), QStringLiteral("P"),
                                                QStringLiteral("Hei"), m_now - 3 * kDay);
    OutgoingReply reply = dmReply(QStringLiteral("p"), ids.conversationId, m_now - 3 * kDay,
                                  QStringLiteral("Beklager sent svar"));
    reply.humanAgent = true;
    const auto result = send(reply);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(sent().size(), 1);
    const QJsonObject entry = sent().first().toObject();
    QCOMPARE(entry.value(QLatin1String("messaging_type")).toString(), QStringLiteral("MESSAGE_TAG"));
    QCOMPARE(entry.value(QLatin1String("tag")).toString(), QStringLiteral("HUMAN_AGENT"));
    QCOMPARE(entry.value(QLatin1String("target")).toString(), QStringLiteral("p"));
}

void TestFacebookSend::send_beyond7Days_isRefusedWithoutARequest()
{
    const auto ids = m_fake->store().addInbound(QStringLiteral("p"), QStringLiteral("P"),
                                                QStringLiteral("Hei"), m_now - 8 * kDay);
    OutgoingReply reply =
        dmReply(QStringLiteral("p"), ids.conversationId, m_now - 8 * kDay, QStringLiteral("Svar"));
    reply.humanAgent = true;
    const auto result = send(reply);
    QVERIFY(!result.ok());
    QCOMPARE(kindName(result.fault().kind), QStringLiteral("OutsideWindow"));
    QVERIFY(result.fault().message.contains(QStringLiteral("another channel")));
    QVERIFY(!result.fault().retryable());
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestFacebookSend::send_commentReply_targetsTheTopLevelComment()
{
    GraphStore &g = m_fake->store();
    const QString post = g.addPost(QStringLiteral("Post"), m_now - kDay);
    const QString top = *g.addComment(post, {}, QStringLiteral("c1"), QStringLiteral("Per"),
                                      QStringLiteral("Spørsmål"), m_now - kHour);
    const QString follow = *g.addComment(post, top, QStringLiteral("c2"), QStringLiteral("Lise"),
                                         QStringLiteral("Også jeg"), m_now - kMinute);

    const auto toReply = send(commentReply(top, follow, QStringLiteral("Svar til tråden")));
    QVERIFY2(toReply.ok(), qPrintable(describe(toReply)));
    const auto toTop = send(commentReply(top, top, QStringLiteral("Svar på toppen")));
    QVERIFY2(toTop.ok(), qPrintable(describe(toTop)));
    QCOMPARE(sent().size(), 2);
    for (const QJsonValue &v : sent()) {
        QCOMPARE(v.toObject().value(QLatin1String("kind")).toString(), QStringLiteral("comment"));
        QCOMPARE(v.toObject().value(QLatin1String("target")).toString(), top);
    }
    QCOMPARE(g.comment(toReply.value().externalId)->parentId, top);
    QCOMPARE(requestsContaining(QStringLiteral("POST /v25.0/") + top + QStringLiteral("/comments")), 2);
}

void TestFacebookSend::send_textWithPlusAmpersandAndEmoji_arrivesUnchanged()
{
    const QString text = QStringLiteral("1+1=2 & 50 % rabatt? Æ Ø Å 😀 <b>ikke html</b>\nlinje to");
    GraphStore &g = m_fake->store();
    const QString post = g.addPost(QStringLiteral("Post"), m_now - kDay);
    const QString top =
        *g.addComment(post, {}, QStringLiteral("c"), QStringLiteral("C"), QStringLiteral("?"), m_now - kHour);
    const auto ids =
        g.addInbound(QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("?"), m_now - kHour);
    QVERIFY(send(commentReply(top, top, text)).ok());
    QVERIFY(send(dmReply(QStringLiteral("p"), ids.conversationId, m_now - kHour, text)).ok());
    QCOMPARE(sent().size(), 2);
    QCOMPARE(sent()[0].toObject().value(QLatin1String("text")).toString(), text);
    QCOMPARE(sent()[1].toObject().value(QLatin1String("text")).toString(), text);
}

void TestFacebookSend::findSent_findsTheReplyThatWentOut_andNothingOtherwise()
{
    GraphStore &g = m_fake->store();
    const QString post = g.addPost(QStringLiteral("Post"), m_now - kDay);
    const QString top = *g.addComment(post, {}, QStringLiteral("c"), QStringLiteral("C"), QStringLiteral("?"),
                                      m_now - 2 * kHour);
    // The same words from the page an hour before this reply was queued: not this reply.
    g.addComment(post, top, kPage, QStringLiteral("Demo kommune"), QStringLiteral("Takk for spørsmålet"),
                 m_now - kHour);
    const auto ids =
        g.addInbound(QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("?"), m_now - kHour);

    const OutgoingReply comment = commentReply(top, top, QStringLiteral("Takk for spørsmålet"));
    const OutgoingReply dm =
        dmReply(QStringLiteral("p"), ids.conversationId, m_now - kHour, QStringLiteral("Svar i Messenger"));
    for (const OutgoingReply &reply : {comment, dm}) {
        const auto before = findSent(reply);
        QVERIFY2(before.ok(), qPrintable(describe(before)));
        QVERIFY(!before.value().has_value());
    }

    const auto sentComment = send(comment);
    const auto sentDm = send(dm);
    QVERIFY(sentComment.ok() && sentDm.ok());
    const auto foundComment = findSent(comment);
    QVERIFY2(foundComment.ok(), qPrintable(describe(foundComment)));
    QVERIFY(foundComment.value().has_value());
    QCOMPARE(foundComment.value()->externalId, sentComment.value().externalId);
    const auto foundDm = findSent(dm);
    QVERIFY(foundDm.ok() && foundDm.value().has_value());
    QCOMPARE(foundDm.value()->externalId, sentDm.value().externalId);

    // A different text in the same places was never sent.
    OutgoingReply other = dm;
    other.text = QStringLiteral("Noe annet");
    const auto notFound = findSent(other);
    QVERIFY(notFound.ok() && !notFound.value().has_value());
}

void TestFacebookSend::findSent_afterATimeoutMidSend_findsWhatTheFakeAccepted()
{
    const auto ids = m_fake->store().addInbound(QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("?"),
                                                m_now - kHour);
    GraphFake::FaultRule slow;
    slow.path = QStringLiteral("/messages");
    slow.delayMs = 1500;
    m_fake->addFault(slow);
    m_fb->setRequestTimeout(300);
    const OutgoingReply reply =
        dmReply(QStringLiteral("p"), ids.conversationId, m_now - kHour, QStringLiteral("Svar"));
    const auto lost = send(reply);
    QCOMPARE(kindName(lost.fault().kind), QStringLiteral("Timeout"));
    QCOMPARE(sent().size(), 1); // Facebook took it; the answer never came back

    m_fb->setRequestTimeout(10000);
    const auto found = findSent(reply);
    QVERIFY2(found.ok(), qPrintable(describe(found)));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->externalId, sent().first().toObject().value(QLatin1String("id")).toString());
}

void TestFacebookSend::send_idThatWouldLeaveTheGraphPath_isRefusedWithoutARequest()
{
    const auto result =
        send(commentReply(QStringLiteral(".."), QStringLiteral(".."), QStringLiteral("Svar")));
    QCOMPARE(kindName(result.fault().kind), QStringLiteral("Rejected"));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestFacebookSend::send_emptyOrTooLong_isRefusedWithoutARequest()
{
    const auto ids = m_fake->store().addInbound(QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("?"),
                                                m_now - kHour);
    const auto empty =
        send(dmReply(QStringLiteral("p"), ids.conversationId, m_now - kHour, QStringLiteral("  ")));
    QCOMPARE(kindName(empty.fault().kind), QStringLiteral("Rejected"));
    const auto tooLong = send(dmReply(QStringLiteral("p"), ids.conversationId, m_now - kHour,
                                      QString(FacebookConnector::kMaxMessengerText + 1, QLatin1Char('x'))));
    QCOMPARE(kindName(tooLong.fault().kind), QStringLiteral("Rejected"));
    QVERIFY(tooLong.fault().message.contains(QString::number(FacebookConnector::kMaxMessengerText)));
    QCOMPARE(m_fake->requestCount(), 0);
    // Exactly at the limit it goes out.
    QVERIFY(send(dmReply(QStringLiteral("p"), ids.conversationId, m_now - kHour,
                         QString(FacebookConnector::kMaxMessengerText, QLatin1Char('x'))))
                .ok());
}

QTEST_GUILESS_MAIN(TestFacebookSend)
#include "tst_facebooksend.moc"
