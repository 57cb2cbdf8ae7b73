#pragma once

// The Facebook connector tests' shared setting: a Graph fake on loopback in this process, a
// connector pointed at it with a fixed clock, and helpers that wait for callbacks on the event loop.

#include "connectors/facebook/facebookconnector.h"
#include "connectortestutil.h"
#include "graphfake.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <memory>

namespace TorgetTest {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
inline const QString kPage = QStringLiteral("1000001");

class FacebookFixture
{
protected:
    // Call from init(): QVERIFY inside needs a test function context, hence a bool.
    bool setUp()
    {
        m_fake = std::make_unique<Torget::GraphFake>(kPage);
        if (m_fake->start() == 0)
            return false;
        m_network = std::make_unique<QNetworkAccessManager>();
        // The fake keeps wall-clock time; the connector's clock starts at the same moment and is
        // then moved by hand where a test needs it.
        m_now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
        m_clock = std::make_unique<Torget::FixedClock>(QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC));
        m_fb = connector(m_fake->baseUrl());
        m_synchronous = 0;
        return true;
    }
    void tearDown()
    {
        m_fb.reset();
        m_network.reset();
        m_fake.reset();
    }

    std::unique_ptr<Torget::FacebookConnector> connector(const QString &baseUrl)
    {
        Torget::Account account;
        account.name = QStringLiteral("Demo kommune på Facebook");
        account.baseUrl = baseUrl;
        account.externalId = kPage;
        auto fb = std::make_unique<Torget::FacebookConnector>(account, *m_network, *m_clock);
        fb->setToken(QStringLiteral("page-token-123"));
        return fb;
    }

    Torget::Outcome<Torget::AccountIdentity> verify(Torget::FacebookConnector &fb)
    {
        return await<Torget::AccountIdentity>([&fb](auto done) { fb.verify(done); }, &m_synchronous);
    }
    Torget::Outcome<Torget::FetchedPage> fetch(const QString &stream, const QString &cursor)
    {
        return await<Torget::FetchedPage>([&](auto done) { m_fb->fetch(stream, cursor, done); },
                                          &m_synchronous);
    }
    Torget::Outcome<Torget::SentReply> send(const Torget::OutgoingReply &reply)
    {
        return await<Torget::SentReply>([&](auto done) { m_fb->send(reply, done); }, &m_synchronous);
    }
    Torget::Outcome<std::optional<Torget::SentReply>> findSent(const Torget::OutgoingReply &reply)
    {
        return await<std::optional<Torget::SentReply>>([&](auto done) { m_fb->findSent(reply, done); },
                                                       &m_synchronous);
    }

    struct Sweep
    {
        std::vector<Torget::RemoteMessage> messages;
        std::vector<Torget::RemotePost> posts;
        QString cursor;
        int pages = 0;
        QString fault;
    };
    // Fetches pages of a stream from cursor until the sweep ends (or fails).
    Sweep sweep(const QString &stream, const QString &cursor = {})
    {
        Sweep s;
        s.cursor = cursor;
        for (;;) {
            auto page = fetch(stream, s.cursor);
            if (!page.ok()) {
                s.fault = describe(page);
                return s;
            }
            ++s.pages;
            for (auto &m : page.value().messages)
                s.messages.push_back(m);
            for (auto &p : page.value().posts)
                s.posts.push_back(p);
            s.cursor = page.value().cursor;
            if (!page.value().more || s.pages > 500)
                return s;
        }
    }

    Torget::OutgoingReply dmReply(const QString &psid, const QString &conversation, qint64 lastInboundAt,
                                  const QString &text) const
    {
        Torget::OutgoingReply r;
        r.outboxId = 1;
        r.kind = Torget::ConversationKind::DirectMessage;
        r.citizenExternalId = psid;
        r.conversationExternalId = conversation;
        r.lastInboundAt = lastInboundAt;
        r.queuedAt = m_now;
        r.text = text;
        return r;
    }
    Torget::OutgoingReply commentReply(const QString &thread, const QString &target,
                                       const QString &text) const
    {
        Torget::OutgoingReply r;
        r.outboxId = 2;
        r.kind = Torget::ConversationKind::Comment;
        r.conversationExternalId = thread;
        r.targetExternalId = target;
        r.queuedAt = m_now;
        r.text = text;
        return r;
    }

    QJsonArray sent() { return m_fake->store().sent(); }
    int requestsContaining(const QString &part) const
    {
        return int(std::count_if(m_fake->requests().begin(), m_fake->requests().end(),
                                 [&part](const QString &r) { return r.contains(part); }));
    }

    std::unique_ptr<Torget::GraphFake> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Torget::FixedClock> m_clock;
    std::unique_ptr<Torget::FacebookConnector> m_fb;
    qint64 m_now = 0;
    int m_synchronous = 0; // callbacks that came before the call returned: must stay 0
};

} // namespace TorgetTest
