#pragma once

// The sync tests' setting: a real SQLite file, the Graph fake on loopback in this process, a
// Facebook account pointed at it with its token in a MemorySecretStore, and the real connector made
// by ConnectorFactory. The clock is fixed at the real time when the test starts, so that the fake
// (wall clock) and Torget agree, and tests move it by hand where they need to.

#include "../storage/storagetestutil.h"

#include "graphfake.h"
#include "secrets/memorysecretstore.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "sync/connectorfactory.h"
#include "sync/connectorpool.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace TorgetTest {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

class SyncFixture
{
protected:
    bool setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Torget::Database::openSqlite(m_dir->filePath(QStringLiteral("t.sqlite")));
        if (!db)
            return false;
        m_db = std::move(*db);
        m_fake = std::make_unique<Torget::GraphFake>(QStringLiteral("1000001"));
        if (m_fake->start() == 0)
            return false;
        m_now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
        m_clock = std::make_unique<Torget::FixedClock>(QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_secrets = std::make_unique<Torget::MemorySecretStore>();
        m_factory = std::make_unique<Torget::ConnectorFactory>(*m_network, *m_clock);
        m_pool = std::make_unique<Torget::ConnectorPool>(*m_db, *m_secrets, *m_factory);
        Torget::Account a;
        a.channel = Torget::Channel::Facebook;
        a.name = QStringLiteral("Demo kommune på Facebook");
        a.baseUrl = m_fake->baseUrl();
        a.externalId = m_fake->pageId();
        a.createdAt = m_now - 48 * kHour;
        auto id = Torget::AccountRepository(*m_db).upsert(a);
        if (!id)
            return false;
        m_account = *id;
        return m_secrets->writeNow(Torget::SecretStore::accountKey(m_account), QStringLiteral("page-token"))
            .ok();
    }

    void tearDown()
    {
        m_pool.reset();
        m_factory.reset();
        m_secrets.reset();
        m_network.reset();
        m_fake.reset();
        m_db.reset();
        m_dir.reset();
    }

    qint64 scalar(const QString &sql)
    {
        auto q = m_db->query(sql);
        if (!q || !q->next())
            return -1;
        return q->value(0).isNull() ? -2 : q->value(0).toLongLong();
    }

    // A DM from a citizen, `minutesAgo` before the test's time.
    Torget::GraphStore::DmIds dm(const QString &psid, const QString &text, qint64 minutesAgo = 10)
    {
        return m_fake->store().addInbound(psid, QStringLiteral("Innbygger ") + psid, text,
                                          m_now - minutesAgo * kMinute);
    }

    void advance(qint64 ms)
    {
        m_now += ms;
        m_clock->set(QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Torget::Database> m_db;
    std::unique_ptr<Torget::GraphFake> m_fake;
    std::unique_ptr<Torget::FixedClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Torget::MemorySecretStore> m_secrets;
    std::unique_ptr<Torget::ConnectorFactory> m_factory;
    std::unique_ptr<Torget::ConnectorPool> m_pool;
    qint64 m_account = 0;
    qint64 m_now = 0;
};

} // namespace TorgetTest
