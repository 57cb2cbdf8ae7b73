#include "deadlinenotifier.h"

#include "sla/escalation.h"
#include "sla/slaservice.h"
#include "storage/database.h"
#include "storage/slarepository.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QIcon>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Torget {

namespace {

constexpr int checkIntervalMs = 60 * 1000;
constexpr int maxPerCheck = 200; // a desk back from a long sleep gets one summary, not thousands
constexpr int namesInSummary = 3;

} // namespace

DeadlineNotifier::DeadlineNotifier(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(checkIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DeadlineNotifier::check);
}

DeadlineNotifier::~DeadlineNotifier() = default;

void DeadlineNotifier::setNotificationsEnabled(bool enabled)
{
    m_enabled = enabled;
    updateTray();
}

void DeadlineNotifier::setTrayAllowed(bool allowed)
{
    m_trayAllowed = allowed;
    updateTray();
}

void DeadlineNotifier::updateTray()
{
    const bool wanted = m_enabled && m_trayAllowed && QSystemTrayIcon::isSystemTrayAvailable();
    if (!wanted) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/torget.svg")), this);
    m_tray->setToolTip(tr("Torget: deadlines"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_clickTarget != 0)
            Q_EMIT conversationRequested(m_clickTarget);
    });
    m_tray->show();
}

void DeadlineNotifier::start()
{
    updateTray();
    check();
    m_timer->start();
}

void DeadlineNotifier::check()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();

    // Escalation first: its mark is shared by every desk on the database.
    auto done = Escalation(m_db, m_clock).run();
    if (!done) {
        Q_EMIT statusMessage(done.error());
    } else if (!done->empty()) {
        const int n = static_cast<int>(done->size());
        Q_EMIT statusMessage(
            tr("%n breached conversation(s) escalated to %1.", nullptr, n).arg(done->front().agentName));
        Q_EMIT escalated(n);
    }

    // While the deadlines are recomputed, many are missing: wait, and look at the whole span since
    // the last check once they are back.
    auto pending = Escalation(m_db, m_clock).deadlinesPending();
    if (!pending) {
        Q_EMIT statusMessage(pending.error());
        return;
    }
    if (*pending)
        return;
    auto bounds = SlaService(m_db).inboxBounds(now);
    if (!bounds) {
        Q_EMIT statusMessage(bounds.error());
        return;
    }
    if (!m_started) {
        // What is late or close already when the app starts is in the inbox's views; only what
        // crosses a bound from now on is announced.
        m_started = true;
        m_soonUpTo = bounds->soonUpTo;
        m_breachedUpTo = bounds->breachedUpTo;
        return;
    }
    SlaRepository repo(m_db);
    // Entered "about to breach" since the last check (and not breached already).
    auto soon = repo.dueBetween(std::max(m_soonUpTo, bounds->breachedUpTo), bounds->soonUpTo, maxPerCheck);
    auto breached = repo.dueBetween(m_breachedUpTo, bounds->breachedUpTo, maxPerCheck);
    if (!soon || !breached) {
        Q_EMIT statusMessage(!soon ? soon.error() : breached.error());
        return;
    }
    m_soonUpTo = std::max(m_soonUpTo, bounds->soonUpTo);
    m_breachedUpTo = std::max(m_breachedUpTo, bounds->breachedUpTo);
    if (!m_enabled)
        return;

    const auto fresh = [this](const std::vector<DueConversation> &rows, DeadlineState state) {
        std::vector<DueConversation> out;
        for (const DueConversation &d : rows) {
            if (m_announced.insert({d.conversationId, static_cast<int>(state), d.dueAt}).second) {
                m_notices.push_back({d.conversationId, state, d.dueAt});
                out.push_back(d);
            }
        }
        return out;
    };
    const auto who = [](const DueConversation &d) {
        const QString name = d.citizenName.isEmpty() ? tr("A citizen") : d.citizenName;
        return d.subject.isEmpty() ? name : tr("%1: %2").arg(name, d.subject.left(80));
    };
    const auto names = [&](const std::vector<DueConversation> &rows) {
        QStringList list;
        for (std::size_t i = 0; i < rows.size() && i < namesInSummary; ++i)
            list << (rows[i].citizenName.isEmpty() ? tr("a citizen") : rows[i].citizenName);
        if (rows.size() > namesInSummary)
            list << tr("and %n more", nullptr, static_cast<int>(rows.size() - namesInSummary));
        return list.join(QStringLiteral(", "));
    };

    const auto newlyBreached = fresh(*breached, DeadlineState::Breached);
    if (newlyBreached.size() == 1) {
        const DueConversation &d = newlyBreached.front();
        announce(tr("Deadline breached"),
                 tr("%1 — the reply was due %2.").arg(who(d), TimeFormat::dateTime(d.dueAt)),
                 d.conversationId);
    } else if (!newlyBreached.empty()) {
        announce(tr("%n deadline(s) breached", nullptr, static_cast<int>(newlyBreached.size())),
                 names(newlyBreached), newlyBreached.front().conversationId);
    }
    const auto newlySoon = fresh(*soon, DeadlineState::Soon);
    if (newlySoon.size() == 1) {
        const DueConversation &d = newlySoon.front();
        announce(tr("About to breach"),
                 tr("%1 — the reply is due %2.").arg(who(d), TimeFormat::dateTime(d.dueAt)),
                 d.conversationId);
    } else if (!newlySoon.empty()) {
        announce(tr("%n conversation(s) about to breach", nullptr, static_cast<int>(newlySoon.size())),
                 names(newlySoon), newlySoon.front().conversationId);
    }
}

void DeadlineNotifier::announce(const QString &title, const QString &text, qint64 conversationId)
{
    m_clickTarget = conversationId;
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 15000);
    else
        Q_EMIT statusMessage(tr("%1: %2").arg(title, text));
    Q_EMIT notified(title, text, conversationId);
}

} // namespace Torget
