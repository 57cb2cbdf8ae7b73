#include "outboxsender.h"

#include "connectorfactory.h"
#include "connectorpool.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/syncstaterepository.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QSysInfo>

#include <algorithm>
#include <climits>

namespace Torget {

namespace {

// host/pid/nonce: the nonce tells this run from an earlier process that had the same id.
QString newLeaseOwner()
{
    return QStringLiteral("%1/%2/%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate64(), 0, 36);
}

// Whether the sender that leased an entry has certainly stopped. Only a process on this computer can
// be checked; one elsewhere keeps its entries until its lease runs out.
bool leaseOwnerGone(const QString &owner, const QString &me)
{
    const QStringList parts = owner.split(QLatin1Char('/'));
    const QStringList mine = me.split(QLatin1Char('/'));
    if (parts.size() != 3 || mine.size() != 3)
        return owner.isEmpty(); // leased before schema 9: nobody can be sending it
    if (parts[0] != mine[0])
        return false;
    if (parts[1] == mine[1])
        return parts[2] != mine[2];
#ifdef Q_OS_LINUX
    return !QFileInfo::exists(QStringLiteral("/proc/") + parts[1]);
#else
    return false;
#endif
}

} // namespace

OutboxSender::OutboxSender(Database &db, ConnectorPool &connectors, const Clock &clock, QObject *parent)
    : OutboxSender(db, connectors, clock, Options(), parent)
{}

OutboxSender::OutboxSender(Database &db, ConnectorPool &connectors, const Clock &clock, Options options,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_connectors(connectors)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_leaseOwner(newLeaseOwner())
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &OutboxSender::pump);
}

OutboxSender::~OutboxSender() = default;

qint64 OutboxSender::now() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

void OutboxSender::wakeIn(qint64 ms)
{
    m_wake.start(static_cast<int>(std::clamp<qint64>(ms, 0, INT_MAX)));
}

void OutboxSender::start()
{
    if (m_running)
        return;
    m_running = true;
    pump();
}

void OutboxSender::stop()
{
    m_running = false;
    m_wake.stop();
}

void OutboxSender::kick()
{
    if (m_running && !m_busy)
        wakeIn(0);
}

void OutboxSender::flush(std::optional<qint64> accountId)
{
    m_flushing = true;
    m_scope = accountId;
    m_summary = Summary();
    m_flushTime.start();
    QTimer::singleShot(0, this, &OutboxSender::pump);
}

void OutboxSender::pump()
{
    if (m_busy || (!m_running && !m_flushing))
        return;
    m_wake.stop();
    OutboxRepository outbox(m_db);
    // Entries another sender left in 'sending' come first: they may have gone out already.
    if (auto abandoned = takeAbandoned(); abandoned) {
        m_busy = true;
        process(*abandoned, true);
        return;
    }
    auto claimed = outbox.claimNextDue(now(), lease(), m_scope);
    if (!claimed) {
        m_summary.errors << claimed.error();
        if (m_flushing)
            finishFlush();
        else
            wakeIn(m_options.pollMs);
        return;
    }
    if (claimed->has_value()) {
        m_busy = true;
        // A second attempt may follow one whose answer was lost after the platform took the reply.
        process(**claimed, (*claimed)->attempts > 1);
        return;
    }
    auto due = outbox.nextDueAt(m_scope);
    const std::optional<qint64> wait =
        due && due->has_value() ? std::optional<qint64>(std::max<qint64>(0, **due - now())) : std::nullopt;
    if (m_flushing) {
        if (wait && m_flushTime.elapsed() + *wait <= m_options.flushWaitLimitMs)
            wakeIn(std::max<qint64>(*wait, 1));
        else
            finishFlush();
        return;
    }
    wakeIn(wait ? std::min(*wait, m_options.pollMs) : m_options.pollMs);
}

OutboxRepository::Lease OutboxSender::lease() const
{
    return {m_leaseOwner, m_options.leaseMs};
}

std::optional<OutboxEntry> OutboxSender::takeAbandoned()
{
    OutboxRepository outbox(m_db);
    auto sending = outbox.sending();
    if (!sending) {
        m_summary.errors << sending.error();
        return std::nullopt;
    }
    const qint64 at = now();
    for (const OutboxEntry &entry : *sending) {
        if (m_scope) {
            auto context = outbox.context(entry.id);
            if (!context || !context->has_value() || (*context)->accountId != *m_scope)
                continue;
        }
        const bool expired = entry.leaseUntil.value_or(0) <= at;
        if (!expired && !leaseOwnerGone(entry.leaseOwner, m_leaseOwner))
            continue; // still being sent by someone
        auto taken = outbox.reclaim(entry, at, lease());
        if (taken && *taken) {
            OutboxEntry mine = entry;
            ++mine.attempts;
            return mine;
        }
    }
    return std::nullopt;
}

void OutboxSender::finishFlush()
{
    m_flushing = false;
    auto queued = OutboxRepository(m_db).details(OutboxState::Queued);
    if (queued) {
        for (const OutboxDetail &d : *queued) {
            if (m_scope && d.accountId != *m_scope)
                continue;
            ++m_summary.waiting;
            if (!d.entry.lastError.isEmpty() && !m_summary.errors.contains(d.entry.lastError))
                m_summary.errors << d.entry.lastError;
        }
    }
    const Summary summary = m_summary;
    Q_EMIT flushed(summary);
    if (m_running)
        pump();
}

void OutboxSender::next()
{
    QObject::disconnect(m_inflightWatch);
    m_busy = false;
    QTimer::singleShot(0, this, &OutboxSender::pump);
}

void OutboxSender::retry(const OutboxEntry &entry, std::optional<qint64> at, const QString &reason)
{
    (void)OutboxRepository(m_db).scheduleRetry(entry.id, at, reason);
    Q_EMIT entryChanged(entry.id);
    next();
}

void OutboxSender::process(const OutboxEntry &entry, bool lookFirst)
{
    OutboxRepository outbox(m_db);
    auto context = outbox.context(entry.id);
    if (!context || !context->has_value()) {
        next();
        return;
    }
    const OutboxReplyContext ctx = **context;
    auto account = AccountRepository(m_db).byId(ctx.accountId);
    if (!account || !account->has_value()) {
        next();
        return;
    }
    if (!ConnectorFactory::supports((*account)->channel)) {
        const QString reason = tr("Torget cannot send replies on %1.").arg(displayName((*account)->channel));
        (void)outbox.markFailed(entry.id, reason);
        ++m_summary.failed;
        m_summary.errors << reason;
        Q_EMIT entryChanged(entry.id);
        next();
        return;
    }
    if ((*account)->state != QLatin1String("active")) {
        // Stays queued; it goes out when the account is resumed or signed in again.
        retry(entry, std::nullopt,
              (*account)->state == QLatin1String("paused")
                  ? tr("Waiting: the account %1 is paused.").arg((*account)->name)
                  : tr("Waiting: the account %1 must sign in again.").arg((*account)->name));
        return;
    }
    OutgoingReply reply;
    reply.outboxId = entry.id;
    reply.idempotencyKey = entry.idempotencyKey;
    reply.humanAgent = ctx.entry.humanAgent;
    reply.text = ctx.text;
    reply.kind = ctx.kind;
    reply.conversationExternalId = ctx.conversationExternalId;
    reply.citizenExternalId = ctx.citizenExternalId;
    reply.citizenHandle = ctx.citizenHandle;
    reply.targetExternalId = ctx.targetExternalId;
    reply.targetReplyMeta = ctx.targetReplyMeta;
    reply.queuedAt = entry.queuedAt;
    reply.lastInboundAt = ctx.lastInboundAt;
    const qint64 accountId = ctx.accountId;
    m_connectors.acquire(accountId, [this, entry, accountId, reply, lookFirst,
                                     guard = QPointer<OutboxSender>(this)](Result<Connector *> connector) {
        if (!guard)
            return;
        if (!connector) {
            failed(entry, accountId, nullptr,
                   Fault{connector.failure().code == SecretStore::kMissing ? FaultKind::SignInRequired
                                                                           : FaultKind::Network,
                         connector.error(),
                         QStringLiteral("keychain"),
                         {}});
            return;
        }
        deliver(entry, accountId, *connector, reply, lookFirst);
    });
}

void OutboxSender::deliver(const OutboxEntry &entry, qint64 accountId, Connector *connector,
                           const OutgoingReply &reply, bool lookFirst)
{
    // A connector deleted while it sends (its account removed) calls back no more. The entry stays in
    // 'sending' and is reconciled by the next run; the others must not wait for it.
    QObject::disconnect(m_inflightWatch);
    m_inflightWatch = connect(connector, &QObject::destroyed, this, &OutboxSender::next);
    // No request while the platform asked us to wait, whoever learnt it.
    qint64 blocked = connector->blockedUntil().value_or(0);
    if (auto stored = SyncStateRepository(m_db).blockedUntil(accountId); stored && stored->has_value())
        blocked = std::max(blocked, **stored);
    if (blocked > now()) {
        retry(entry, blocked,
              tr("Waiting until %1: the platform asked Torget to slow down.")
                  .arg(TimeFormat::dateTime(blocked)));
        return;
    }
    // Mastodon drops a repeated Idempotency-Key itself while it remembers it: resending is the check.
    const bool keyStillHonoured =
        connector->channel() == Channel::Mastodon && now() - entry.queuedAt < m_options.idempotencyWindowMs;
    if (!lookFirst || keyStillHonoured) {
        send(entry, accountId, connector, reply);
        return;
    }
    connector->findSent(reply,
                        [this, entry, accountId, connector, reply,
                         guard = QPointer<OutboxSender>(this)](Outcome<std::optional<SentReply>> found) {
                            if (!guard)
                                return;
                            if (!found.ok()) {
                                failed(entry, accountId, connector, found.fault());
                                return;
                            }
                            if (found.value()) {
                                sent(entry, *found.value());
                                return;
                            }
                            send(entry, accountId, connector, reply);
                        });
}

void OutboxSender::send(const OutboxEntry &entry, qint64 accountId, Connector *connector,
                        const OutgoingReply &reply)
{
    connector->send(reply, [this, entry, accountId, connector,
                            guard = QPointer<OutboxSender>(this)](Outcome<SentReply> outcome) {
        if (!guard)
            return;
        if (outcome.ok())
            sent(entry, outcome.value());
        else
            failed(entry, accountId, connector, outcome.fault());
    });
}

void OutboxSender::sent(const OutboxEntry &entry, const SentReply &reply)
{
    if (auto marked = OutboxRepository(m_db).markSent(entry.id, reply.externalId,
                                                      reply.sentAt > 0 ? reply.sentAt : now());
        !marked) {
        // It went out; only the record failed. It stays in 'sending' and is reconciled (found on the
        // platform, not sent again) by the next run.
        m_summary.errors << marked.error();
    } else {
        ++m_summary.sent;
    }
    Q_EMIT entryChanged(entry.id);
    next();
}

void OutboxSender::failed(const OutboxEntry &entry, qint64 accountId, Connector *connector,
                          const Fault &fault)
{
    switch (fault.kind) {
    case FaultKind::RateLimited: {
        qint64 until = fault.retryAt.value_or(0);
        if (connector)
            until = std::max(until, connector->blockedUntil().value_or(0));
        if (until <= now())
            until = now() + m_options.backoff.delayMs(std::max(1, entry.attempts));
        (void)SyncStateRepository(m_db).setBlockedUntil(accountId, until);
        retry(entry, until, fault.message);
        return;
    }
    case FaultKind::Network:
    case FaultKind::Timeout:
    case FaultKind::Server:
    case FaultKind::BadResponse:
        retry(entry, now() + m_options.backoff.delayMs(std::max(1, entry.attempts)), fault.message);
        return;
    case FaultKind::SignInRequired:
        (void)AccountRepository(m_db).setState(accountId, QStringLiteral("signin"));
        m_connectors.forget(accountId);
        Q_EMIT accountStateChanged(accountId, QStringLiteral("signin"));
        retry(entry, std::nullopt, fault.message);
        return;
    case FaultKind::Permission:
    case FaultKind::OutsideWindow:
    case FaultKind::Rejected:
        // A Messenger reply refused only for the 24-hour window may still go as a staff member's
        // personal answer (the inbox offers it); past 7 days the connector says "older than 7 days".
        (void)OutboxRepository(m_db).markFailed(entry.id, fault.message,
                                                fault.kind == FaultKind::OutsideWindow && !entry.humanAgent &&
                                                        fault.detail != QLatin1String("older than 7 days")
                                                    ? QStringLiteral("outside_window")
                                                    : QString());
        ++m_summary.failed;
        m_summary.errors << fault.message;
        Q_EMIT entryChanged(entry.id);
        next();
        return;
    }
}

} // namespace Torget
