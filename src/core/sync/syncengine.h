#pragma once

#include "backoff.h"
#include "connectors/connector.h"
#include "domain/types.h"
#include "util/result.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

class QTimer;

namespace Torget {

class Clock;
class ConnectorPool;
class Database;

// Brings every active account up to date: each on its own interval (accounts.sync_interval), and
// at once on syncNow(). A sync walks the connector's streams in order; each fetched page is stored
// with its cursor in one transaction (Ingest) before the next is asked for, so nothing is
// acknowledged before it is committed, and a stopped sync resumes from the last stored page.
//
// Faults: a rate limit waits until the platform's time (no request before it, across processes:
// the block is stored); network faults, timeouts, 5xx and broken answers back off exponentially
// with jitter and open a gap in coverage, closed by the next complete sync; an expired token puts
// the account in 'signin' and stops polling it (its cursors stay); a missing permission is an
// error on the account, and its other streams still sync.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Backoff backoff = Backoff(30'000, 3'600'000);
        // syncOnce(): waits for a rate limit or a retry at most this long, then gives up.
        qint64 onceWaitLimitMs = 60'000;
        // syncOnce(): transient faults retried this many times per account before giving up.
        int onceRetries = 3;
        // A connector that keeps saying "more" with the same cursor is stopped after this many pages.
        int maxPagesPerStream = 100'000;
    };

    SyncEngine(Database &db, ConnectorPool &connectors, const Clock &clock, QObject *parent = nullptr);
    SyncEngine(Database &db, ConnectorPool &connectors, const Clock &clock, Options options,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Polls every active account on its interval from now on (the first sync starts at once).
    void start();
    void stop();
    // Accounts were added, removed, paused, resumed or signed in again.
    void reload();
    void syncNow(qint64 accountId);
    // One sync of every active account (or of one), for torget-cli: onceFinished follows.
    void syncOnce(std::optional<qint64> accountId = std::nullopt);
    bool isSyncing(qint64 accountId) const;

    struct AccountResult
    {
        qint64 accountId = 0;
        QString name;
        int pages = 0;
        int stored = 0; // new and edited messages
        QString error;  // empty when the account synced completely
    };

Q_SIGNALS:
    void syncStarted(qint64 accountId);
    void progress(qint64 accountId, const QString &stream, int pagesDone, int messagesStored);
    void accountStateChanged(qint64 accountId, const QString &state);
    void syncFinished(qint64 accountId, const Torget::Status &status);
    void onceFinished(const QList<Torget::SyncEngine::AccountResult> &results);

private:
    struct Run;
    Run &runFor(qint64 accountId);
    void begin(Run &run);
    void nextStream(Run &run);
    void fetchPage(Run &run);
    void pageArrived(qint64 accountId, quint64 generation, Outcome<FetchedPage> outcome);
    void fault(Run &run, const Fault &fault);
    void finish(Run &run, const QString &error);
    void schedule(Run &run, qint64 delayMs, void (SyncEngine::*step)(Run &));
    void scheduleNextPoll(Run &run);
    qint64 now() const;
    qint64 gapStart(const Account &account);

    Database &m_db;
    ConnectorPool &m_connectors;
    const Clock &m_clock;
    Options m_options;
    bool m_polling = false;
    std::map<qint64, std::unique_ptr<Run>> m_runs;
    QSet<qint64> m_onceWaiting;
    QList<AccountResult> m_onceResults;
};

} // namespace Torget
