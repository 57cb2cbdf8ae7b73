#include "slaclock.h"

namespace Torget {

QString key(DeadlineState state)
{
    switch (state) {
    case DeadlineState::None:
        return QStringLiteral("none");
    case DeadlineState::Paused:
        return QStringLiteral("paused");
    case DeadlineState::Ok:
        return QStringLiteral("ok");
    case DeadlineState::Soon:
        return QStringLiteral("soon");
    case DeadlineState::Breached:
        return QStringLiteral("breached");
    }
    return {};
}

std::optional<qint64> ConversationSla::dueAt() const
{
    if (!live || livePaused)
        return std::nullopt;
    return items[*live].dueAt;
}

ConversationSla SlaClock::compute(const SlaInput &in) const
{
    ConversationSla out;
    std::optional<std::size_t> pending; // the response being waited for
    std::optional<std::size_t> cycle;   // the open resolution cycle
    bool answered = false;              // a response was given in this cycle: the next one is "next"
    bool paused = false;
    qint64 pauseStart = 0;
    qint64 lastActivity = 0;

    const auto note = [&](SlaNote::Kind kind, qint64 at, std::optional<qint64> messageId = std::nullopt) {
        out.notes.push_back({kind, at, messageId});
    };
    const auto endPause = [&](qint64 at, bool resumed) {
        if (!paused)
            return;
        SlaItem &c = out.items[*cycle];
        c.pauses.emplace_back(pauseStart, at);
        c.pausedBusinessMs += m_calendar.businessMsBetween(pauseStart, at);
        c.pausedCalendarMs += at - pauseStart;
        paused = false;
        if (resumed)
            note(SlaNote::Kind::Resumed, at);
    };
    const auto startItem = [&](ResponseKind kind, qint64 at, std::optional<qint64> messageId) {
        SlaItem item;
        item.kind = kind;
        item.arrivedAt = at;
        item.startMessageId = messageId;
        item.target = m_policy.targetFor(kind, in.channel, in.priority);
        out.items.push_back(std::move(item));
        return out.items.size() - 1;
    };
    const auto startCycle = [&](qint64 at, std::optional<qint64> messageId) {
        cycle = startItem(ResponseKind::Resolution, at, messageId);
        answered = false;
        paused = false;
    };

    std::size_t mi = 0;
    std::size_t ei = 0;
    while (mi < in.messages.size() || ei < in.events.size()) {
        // A reply and the status change it causes share a timestamp: the message comes first.
        const bool message =
            ei >= in.events.size() || (mi < in.messages.size() && in.messages[mi].at <= in.events[ei].at);
        if (message) {
            const SlaMessage &m = in.messages[mi++];
            lastActivity = std::max(lastActivity, m.at);
            if (m.direction == Direction::Inbound) {
                if (!cycle)
                    startCycle(m.at, m.id);
                endPause(m.at, true);
                if (!pending)
                    pending = startItem(answered ? ResponseKind::Next : ResponseKind::First, m.at, m.id);
            } else if (m.automatic) {
                note(SlaNote::Kind::AutomaticIgnored, m.at, m.id);
            } else if (pending) {
                SlaItem &r = out.items[*pending];
                r.end = SlaItem::End::Done;
                r.endedAt = m.at;
                r.endMessageId = m.id;
                r.agentId = m.agentId;
                pending.reset();
                answered = true;
            } else {
                note(SlaNote::Kind::ExtraReply, m.at, m.id);
            }
            continue;
        }
        const SlaEvent &e = in.events[ei++];
        lastActivity = std::max(lastActivity, e.at);
        if (e.type == SlaEvent::Type::Redirect) {
            note(SlaNote::Kind::Redirected, e.at);
            continue;
        }
        if (e.to == ConversationStatus::Resolved) {
            if (!cycle)
                continue;
            endPause(e.at, false);
            SlaItem &c = out.items[*cycle];
            c.end = SlaItem::End::Done;
            c.endedAt = e.at;
            c.agentId = e.agentId;
            if (pending) {
                out.items[*pending].end = SlaItem::End::Unanswered;
                out.items[*pending].endedAt = e.at;
            }
            pending.reset();
            cycle.reset();
            note(SlaNote::Kind::Resolved, e.at);
        } else if (e.from == ConversationStatus::Resolved) {
            if (!cycle) {
                startCycle(e.at, std::nullopt);
                note(SlaNote::Kind::Reopened, e.at);
            }
            if (e.to == ConversationStatus::Waiting && !paused) {
                paused = true;
                pauseStart = e.at;
                note(SlaNote::Kind::Paused, e.at);
            }
        } else if (e.to == ConversationStatus::Waiting) {
            if (cycle && !paused) {
                paused = true;
                pauseStart = e.at;
                note(SlaNote::Kind::Paused, e.at);
            }
        } else if (e.from == ConversationStatus::Waiting) {
            endPause(e.at, true);
        }
    }

    // The status now wins over a history that does not explain it (imports, older data).
    if (in.status == ConversationStatus::Resolved && cycle) {
        // When is not known; the last activity stands in for it, so that backlogs end somewhere.
        out.items[*cycle].end = SlaItem::End::Unknown;
        out.items[*cycle].endedAt = lastActivity;
        if (pending) {
            out.items[*pending].end = SlaItem::End::Unanswered;
            out.items[*pending].endedAt = lastActivity;
        }
        pending.reset();
        cycle.reset();
        note(SlaNote::Kind::StatusWithoutHistory, lastActivity);
    } else if (in.status == ConversationStatus::Waiting && cycle && !paused) {
        paused = true;
        pauseStart = lastActivity;
        note(SlaNote::Kind::StatusWithoutHistory, lastActivity);
    }
    if (paused)
        out.items[*cycle].pauses.emplace_back(pauseStart, std::nullopt);

    for (SlaItem &item : out.items)
        finish(item, in);

    // The live deadline: the awaited response when it has a target, else the open cycle.
    if (pending && out.items[*pending].dueAt)
        out.live = pending;
    else if (cycle)
        out.live = cycle;
    else
        out.live = pending;
    out.livePaused = out.live && out.live == cycle && paused;
    return out;
}

void SlaClock::finish(SlaItem &item, const SlaInput &) const
{
    const bool pausedNow = !item.pauses.empty() && !item.pauses.back().second;
    if (item.target && !pausedNow) {
        qint64 due = item.target->dueFrom(m_calendar, item.arrivedAt);
        if (item.kind == ResponseKind::Resolution)
            due = item.target->extend(m_calendar, due, item.pausedBusinessMs, item.pausedCalendarMs);
        if (due != BusinessCalendar::invalidTime)
            item.dueAt = due;
    }
    if (item.end != SlaItem::End::Done || !item.endedAt)
        return;
    const qint64 end = *item.endedAt;
    item.calendarMs = std::max<qint64>(0, end - item.arrivedAt - item.pausedCalendarMs);
    item.businessMs =
        std::max<qint64>(0, m_calendar.businessMsBetween(item.arrivedAt, end) - item.pausedBusinessMs);
    item.sameDay = m_calendar.sameWorkingDay(item.arrivedAt, end);
    if (item.dueAt)
        item.withinTarget = end <= *item.dueAt;
}

Deadline SlaClock::deadline(const ConversationSla &sla, qint64 now) const
{
    Deadline d;
    if (!sla.live)
        return d;
    const SlaItem &item = sla.items[*sla.live];
    d.kind = item.kind;
    if (sla.livePaused) {
        d.state = DeadlineState::Paused;
        return d;
    }
    if (!item.dueAt)
        return d;
    return deadline(item.kind, *item.dueAt, now);
}

Deadline SlaClock::deadline(ResponseKind kind, qint64 dueAt, qint64 now) const
{
    Deadline d;
    d.kind = kind;
    d.dueAt = dueAt;
    d.remainingBusinessMs = m_calendar.businessMsBetween(now, dueAt);
    d.remainingCalendarMs = dueAt - now;
    if (dueAt <= now)
        d.state = DeadlineState::Breached;
    else if (d.remainingBusinessMs <= qint64(m_policy.soonMinutes) * 60 * 1000)
        d.state = DeadlineState::Soon;
    else
        d.state = DeadlineState::Ok;
    return d;
}

QString SlaClock::when(qint64 t) const
{
    return QDateTime::fromMSecsSinceEpoch(t, m_calendar.timeZone())
        .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

} // namespace Torget
