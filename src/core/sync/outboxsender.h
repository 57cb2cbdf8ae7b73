#pragma once

#include "backoff.h"
#include "connectors/connector.h"
#include "storage/outboxrepository.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <optional>

namespace Torget {

class Clock;
class ConnectorPool;
class Database;

// Sends the outbox's replies exactly once. Each entry moves queued → sending (stored before the
// request goes out) → sent (with the platform's id, in one transaction) or failed (with the reason
// the inbox shows). A retryable fault puts it back in the queue with a backoff; a rate limit waits
// for the platform's time; an expired token leaves it queued and the account in 'signin'.
//
// Exactly once across crashes: an entry found in 'sending' (the process stopped mid-send), and any
// entry tried before (an answer lost on the way back may hide a reply that went out), is sent
// again only when it is known not to be on the platform: on Mastodon with the same
// Idempotency-Key while the server still remembers it (an hour), otherwise after findSent() looked
// for it and did not find it.
class OutboxSender final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Backoff backoff = Backoff(15'000, 300'000);
        // flush() waits for retries that fall due within this time after it started, then reports.
        qint64 flushWaitLimitMs = 60'000;
        // Mastodon keeps an Idempotency-Key for an hour; stay clear of the edge.
        qint64 idempotencyWindowMs = 55LL * 60 * 1000;
        // start(): how often to look for replies queued by another process.
        qint64 pollMs = 60'000;
        // How long an entry in 'sending' stays this sender's (see OutboxRepository::reclaim).
        qint64 leaseMs = OutboxRepository::kLeaseMs;
    };

    struct Summary
    {
        int sent = 0;
        int failed = 0;
        int waiting = 0;    // still queued at the end (backoff, rate limit, account not active)
        QStringList errors; // why, one line each (failed first)
    };

    OutboxSender(Database &db, ConnectorPool &connectors, const Clock &clock, QObject *parent = nullptr);
    OutboxSender(Database &db, ConnectorPool &connectors, const Clock &clock, Options options,
                 QObject *parent = nullptr);
    ~OutboxSender() override;

    // The app: reconciles what a previous run left in 'sending', sends what is due, and keeps
    // sending as entries fall due.
    void start();
    void stop();
    // A reply was queued: look now rather than at the next poll.
    void kick();
    // torget-cli: reconciles, sends everything due (waiting for retries due within
    // flushWaitLimitMs), then emits flushed().
    void flush(std::optional<qint64> accountId = std::nullopt);

Q_SIGNALS:
    void entryChanged(qint64 outboxId);
    void accountStateChanged(qint64 accountId, const QString &state);
    void flushed(const Torget::OutboxSender::Summary &summary);

private:
    void pump();
    void process(const OutboxEntry &entry, bool lookFirst);
    void deliver(const OutboxEntry &entry, qint64 accountId, Connector *connector, const OutgoingReply &reply,
                 bool lookFirst);
    void send(const OutboxEntry &entry, qint64 accountId, Connector *connector, const OutgoingReply &reply);
    void sent(const OutboxEntry &entry, const SentReply &reply);
    void failed(const OutboxEntry &entry, qint64 accountId, Connector *connector, const Fault &fault);
    void retry(const OutboxEntry &entry, std::optional<qint64> at, const QString &reason);
    void next();
    void finishFlush();
    void wakeIn(qint64 ms);
    qint64 now() const;
    OutboxRepository::Lease lease() const;
    // An entry in 'sending' whose sender is gone, now leased to this one; nullopt when there is none.
    std::optional<OutboxEntry> takeAbandoned();

    Database &m_db;
    ConnectorPool &m_connectors;
    const Clock &m_clock;
    Options m_options;
    bool m_running = false;
    bool m_flushing = false;
    bool m_busy = false;
    std::optional<qint64> m_scope; // flush(accountId)
    QString m_leaseOwner;
    QMetaObject::Connection m_inflightWatch; // the connector of the entry being sent, if it is deleted
    Summary m_summary;
    QElapsedTimer m_flushTime; // real time: the wait limit is about a person waiting
    QTimer m_wake;
};

} // namespace Torget
