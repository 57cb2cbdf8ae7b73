#include "syncengine.h"

#include "connectorpool.h"
#include "ingest.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/syncstaterepository.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace Torget {

struct SyncEngine::Run
{
    qint64 accountId = 0;
    Account account;
    std::unique_ptr<QTimer> timer;
    bool running = false;
    bool again = false;     // syncNow() while running: once more when this one ends
    bool once = false;      // part of syncOnce()
    QElapsedTimer onceTime; // real time since syncOnce(): its waits are bounded for a person waiting
    int failures = 0;       // transient failures in a row, for the backoff
    int onceRetries = 0;
    // Bumped when a sync is abandoned (stop()), so that its late callbacks are ignored.
    quint64 generation = 0;
    QPointer<Connector> connector; // the pool may delete it (account removed)
    QStringList streams;
    int streamIndex = 0;
    QString cursor;
    int streamPages = 0;
    int pages = 0;
    int stored = 0;
    QStringList errors; // per-stream errors that did not stop the sync (permissions)

    QString stream() const { return streams.value(streamIndex); }
};

SyncEngine::SyncEngine(Database &db, ConnectorPool &connectors, const Clock &clock, QObject *parent)
    : SyncEngine(db, connectors, clock, Options(), parent)
{}

SyncEngine::SyncEngine(Database &db, ConnectorPool &connectors, const Clock &clock, Options options,
                       QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_connectors(connectors)
    , m_clock(clock)
    , m_options(std::move(options))
{}

SyncEngine::~SyncEngine() = default;

qint64 SyncEngine::now() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

SyncEngine::Run &SyncEngine::runFor(qint64 accountId)
{
    auto &slot = m_runs[accountId];
    if (!slot) {
        slot = std::make_unique<Run>();
        slot->accountId = accountId;
        slot->timer = std::make_unique<QTimer>();
        slot->timer->setSingleShot(true);
    }
    return *slot;
}

bool SyncEngine::isSyncing(qint64 accountId) const
{
    const auto it = m_runs.find(accountId);
    return it != m_runs.end() && it->second->running;
}

void SyncEngine::schedule(Run &run, qint64 delayMs, void (SyncEngine::*step)(Run &))
{
    run.timer->stop();
    run.timer->disconnect(this);
    const qint64 id = run.accountId;
    const quint64 generation = run.generation;
    connect(run.timer.get(), &QTimer::timeout, this, [this, id, generation, step] {
        const auto it = m_runs.find(id);
        if (it != m_runs.end() && it->second->generation == generation)
            (this->*step)(*it->second);
    });
    run.timer->start(static_cast<int>(std::clamp<qint64>(delayMs, 0, INT_MAX)));
}

void SyncEngine::start()
{
    m_polling = true;
    reload();
}

void SyncEngine::stop()
{
    m_polling = false;
    for (auto &[id, run] : m_runs) {
        run->timer->stop();
        if (run->running) {
            ++run->generation;
            run->running = false;
        }
    }
}

void SyncEngine::reload()
{
    auto accounts = AccountRepository(m_db).list();
    if (!accounts)
        return;
    QSet<qint64> present;
    for (const Account &account : *accounts) {
        present.insert(account.id);
        Run &run = runFor(account.id);
        if (account.state != QLatin1String("active")) {
            if (!run.running)
                run.timer->stop();
            continue;
        }
        if (m_polling && !run.running && !run.timer->isActive())
            schedule(run, 0, &SyncEngine::begin);
    }
    for (auto it = m_runs.begin(); it != m_runs.end();) {
        if (!present.contains(it->first) && !it->second->running) {
            m_connectors.drop(it->first);
            it = m_runs.erase(it);
        } else {
            ++it;
        }
    }
}

void SyncEngine::syncNow(qint64 accountId)
{
    Run &run = runFor(accountId);
    if (run.running) {
        run.again = true;
        return;
    }
    run.timer->stop();
    begin(run);
}

void SyncEngine::syncOnce(std::optional<qint64> accountId)
{
    QList<qint64> ids;
    if (accountId) {
        ids << *accountId;
    } else {
        auto accounts = AccountRepository(m_db).list();
        if (accounts) {
            for (const Account &a : *accounts) {
                if (a.state == QLatin1String("active"))
                    ids << a.id;
            }
        }
    }
    m_onceResults.clear();
    m_onceWaiting = QSet<qint64>(ids.cbegin(), ids.cend());
    if (ids.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT onceFinished({}); });
        return;
    }
    for (qint64 id : ids) {
        Run &run = runFor(id);
        run.once = true;
        run.onceRetries = 0;
        run.onceTime.start();
        if (!run.running) {
            run.timer->stop();
            begin(run);
        }
    }
}

void SyncEngine::begin(Run &run)
{
    if (run.running) {
        run.again = true;
        return;
    }
    ++run.generation;
    run.running = true;
    run.pages = 0;
    run.stored = 0;
    run.errors.clear();
    run.streams.clear();
    run.streamIndex = 0;
    run.connector = nullptr;
    const qint64 id = run.accountId;
    const quint64 generation = run.generation;
    auto account = AccountRepository(m_db).byId(id);
    QString refusal;
    if (!account)
        refusal = account.error();
    else if (!account->has_value())
        refusal = tr("The account no longer exists.");
    else if ((*account)->state == QLatin1String("paused"))
        refusal = tr("%1 is paused.").arg((*account)->name);
    else if ((*account)->state == QLatin1String("signin"))
        refusal = tr("%1 must sign in again before it can sync.").arg((*account)->name);
    if (!refusal.isEmpty()) {
        if (account && account->has_value())
            run.account = **account;
        // Later, like every other ending: syncOnce() has connected to its signal by then.
        QTimer::singleShot(0, this, [this, id, generation, refusal] {
            const auto it = m_runs.find(id);
            if (it != m_runs.end() && it->second->generation == generation)
                finish(*it->second, refusal);
        });
        return;
    }
    run.account = **account;
    Q_EMIT syncStarted(id);
    m_connectors.acquire(id, [this, id, generation,
                              guard = QPointer<SyncEngine>(this)](Result<Connector *> c) {
        if (!guard)
            return;
        const auto it = m_runs.find(id);
        if (it == m_runs.end() || it->second->generation != generation)
            return;
        Run &r = *it->second;
        if (!c) {
            // No token saved (removed from the keychain by hand, a new computer): the account must
            // sign in again, keeping its cursors. A locked or absent keychain: try again later.
            fault(r, Fault{c.failure().code == SecretStore::kMissing ? FaultKind::SignInRequired
                                                                     : FaultKind::Network,
                           c.error(),
                           QStringLiteral("keychain"),
                           {}});
            return;
        }
        r.connector = *c;
        r.streams = r.connector->streams();
        // A connector deleted mid-sync (its account removed) calls back no more: end the sync.
        connect(r.connector.data(), &QObject::destroyed, this, [this, id, generation] {
            const auto found = m_runs.find(id);
            if (found != m_runs.end() && found->second->generation == generation && found->second->running)
                finish(*found->second, tr("The account was removed."));
        });
        nextStream(r);
    });
}

void SyncEngine::nextStream(Run &run)
{
    if (run.streamIndex >= run.streams.size()) {
        finish(run, run.errors.join(QLatin1Char(' ')));
        return;
    }
    auto state = SyncStateRepository(m_db).get(run.accountId, run.stream());
    if (!state) {
        finish(run, state.error());
        return;
    }
    run.cursor = state->cursor;
    run.streamPages = 0;
    fetchPage(run);
}

void SyncEngine::fetchPage(Run &run)
{
    if (!run.connector) {
        finish(run, tr("The account was removed."));
        return;
    }
    // No request while the platform asked us to wait, whoever learnt it (this process or another).
    qint64 blocked = run.connector->blockedUntil().value_or(0);
    if (auto stored = SyncStateRepository(m_db).blockedUntil(run.accountId); stored && stored->has_value())
        blocked = std::max(blocked, **stored);
    const qint64 wait = blocked - now();
    if (wait > 0) {
        if (run.once && run.onceTime.elapsed() + wait > m_options.onceWaitLimitMs) {
            finish(run, tr("%1 asked Torget to wait until %2 before the next request.")
                            .arg(run.account.name, TimeFormat::dateTime(blocked)));
            return;
        }
        schedule(run, wait, &SyncEngine::fetchPage);
        return;
    }
    const qint64 id = run.accountId;
    const quint64 generation = run.generation;
    run.connector->fetch(
        run.stream(), run.cursor,
        [this, id, generation, guard = QPointer<SyncEngine>(this)](Outcome<FetchedPage> outcome) {
            if (guard)
                pageArrived(id, generation, std::move(outcome));
        });
}

void SyncEngine::pageArrived(qint64 accountId, quint64 generation, Outcome<FetchedPage> outcome)
{
    const auto it = m_runs.find(accountId);
    if (it == m_runs.end() || it->second->generation != generation || !it->second->running)
        return;
    Run &run = *it->second;
    if (!outcome.ok()) {
        fault(run, outcome.fault());
        return;
    }
    const FetchedPage &page = outcome.value();
    auto counts = Ingest(m_db, m_clock).store(run.account, run.stream(), page);
    if (!counts) {
        // Nothing of the page was kept; the same page is asked for again next time.
        fault(run, Fault{FaultKind::Server, counts.error(), QStringLiteral("storage"), {}});
        return;
    }
    ++run.pages;
    ++run.streamPages;
    run.stored += counts->created + counts->edited;
    run.onceRetries = 0;
    Q_EMIT progress(accountId, run.stream(), run.pages, run.stored);
    const bool stuck = page.cursor == run.cursor;
    if (page.more && !stuck && run.streamPages < m_options.maxPagesPerStream) {
        run.cursor = page.cursor;
        fetchPage(run);
        return;
    }
    ++run.streamIndex;
    nextStream(run);
}

qint64 SyncEngine::gapStart(const Account &account)
{
    auto last = SyncStateRepository(m_db).lastSyncAt(account.id);
    if (last && last->has_value())
        return **last;
    return account.createdAt > 0 ? account.createdAt : now();
}

void SyncEngine::fault(Run &run, const Fault &f)
{
    SyncStateRepository syncState(m_db);
    if (!run.stream().isEmpty())
        (void)syncState.setError(run.accountId, run.stream(), f.message);
    switch (f.kind) {
    case FaultKind::RateLimited: {
        qint64 until = f.retryAt.value_or(0);
        if (run.connector)
            until = std::max(until, run.connector->blockedUntil().value_or(0));
        if (until <= now())
            until = now() + m_options.backoff.delayMs(run.failures + 1);
        (void)syncState.setBlockedUntil(run.accountId, until);
        if (run.once && run.onceTime.elapsed() + (until - now()) > m_options.onceWaitLimitMs) {
            finish(run, f.message);
            return;
        }
        // Resumes this stream at this cursor once the platform allows it again.
        schedule(run, until - now(), run.connector ? &SyncEngine::fetchPage : &SyncEngine::begin);
        return;
    }
    case FaultKind::Network:
    case FaultKind::Timeout:
    case FaultKind::Server:
    case FaultKind::BadResponse: {
        ++run.failures;
        (void)syncState.openGap(run.accountId, gapStart(run.account), f.message);
        if (run.once) {
            const qint64 delay = m_options.backoff.delayMs(run.onceRetries + 1);
            if (run.connector && run.onceRetries < m_options.onceRetries &&
                run.onceTime.elapsed() + delay <= m_options.onceWaitLimitMs) {
                ++run.onceRetries;
                schedule(run, delay, &SyncEngine::fetchPage);
                return;
            }
        }
        finish(run, f.message);
        return;
    }
    case FaultKind::SignInRequired:
        (void)AccountRepository(m_db).setState(run.accountId, QStringLiteral("signin"));
        (void)syncState.openGap(run.accountId, gapStart(run.account), f.message);
        m_connectors.forget(run.accountId);
        run.account.state = QStringLiteral("signin");
        Q_EMIT accountStateChanged(run.accountId, run.account.state);
        finish(run, f.message);
        return;
    case FaultKind::Permission:
    case FaultKind::OutsideWindow:
    case FaultKind::Rejected:
        // This stream cannot be read; the others still can.
        (void)syncState.openGap(run.accountId, gapStart(run.account), f.message);
        run.errors << f.message;
        ++run.streamIndex;
        nextStream(run);
        return;
    }
}

void SyncEngine::finish(Run &run, const QString &error)
{
    run.running = false;
    run.connector = nullptr;
    if (error.isEmpty()) {
        run.failures = 0;
        SyncStateRepository syncState(m_db);
        (void)syncState.closeGap(run.accountId, now());
        if (auto blocked = syncState.blockedUntil(run.accountId);
            blocked && blocked->has_value() && **blocked <= now())
            (void)syncState.setBlockedUntil(run.accountId, std::nullopt);
    }
    const Status status = error.isEmpty() ? Status() : Status(Error{error});
    const qint64 id = run.accountId;
    Q_EMIT syncFinished(id, status);
    // Signal handlers may have changed the runs; look the run up again.
    const auto it = m_runs.find(id);
    if (it == m_runs.end())
        return;
    Run &r = *it->second;
    if (r.once) {
        r.once = false;
        m_onceResults << AccountResult{id, r.account.name, r.pages, r.stored, error};
        m_onceWaiting.remove(id);
        if (m_onceWaiting.isEmpty())
            Q_EMIT onceFinished(m_onceResults);
    }
    if (r.again && !r.running) {
        r.again = false;
        schedule(r, 0, &SyncEngine::begin);
        return;
    }
    scheduleNextPoll(r);
}

void SyncEngine::scheduleNextPoll(Run &run)
{
    if (!m_polling || run.running)
        return;
    auto account = AccountRepository(m_db).byId(run.accountId);
    if (!account || !account->has_value() || (*account)->state != QLatin1String("active")) {
        run.timer->stop();
        return;
    }
    auto interval = AccountRepository(m_db).syncInterval(run.accountId);
    const qint64 normal = (interval ? *interval : 300) * 1000LL;
    schedule(run, run.failures > 0 ? m_options.backoff.delayMs(run.failures) : normal, &SyncEngine::begin);
}

} // namespace Torget
