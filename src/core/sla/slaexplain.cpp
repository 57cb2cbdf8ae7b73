// SlaClock::explain: the "why this deadline" text, kept apart from the rules themselves.

#include "slaclock.h"

namespace Torget {

namespace {

constexpr std::size_t maxClosedSteps = 12;

} // namespace

QStringList SlaClock::rules()
{
    return {
        tr("The clock starts at the citizen's first unanswered message; outside opening hours, business time "
           "counts from the next opening."),
        tr("A response is a reply the citizen can see, written by a person: a public reply, a direct message "
           "or an e-mail, also when it was written on the platform itself."),
        tr("Internal notes, automatic acknowledgements and status changes are not responses."),
        tr("After a response, the next-response clock runs from the oldest message that is still "
           "unanswered."),
        tr("The resolution clock runs until the conversation is resolved; \"waiting for the citizen\" pauses "
           "it, and the citizen's next message ends the pause."),
        tr("A conversation that is reopened starts a new first response and a new resolution."),
        tr("Every time is kept both in business time (opening hours, holidays skipped) and in calendar "
           "time.")};
}

Explanation SlaClock::explain(const SlaInput &, const ConversationSla &sla, qint64 now) const
{
    Explanation x;
    x.deadline = deadline(sla, now);
    const auto add = [&](ExplanationStep::Kind kind, qint64 at, const QString &text,
                         std::optional<qint64> until = std::nullopt,
                         std::optional<qint64> messageId = std::nullopt) {
        x.steps.push_back({kind, at, until, messageId, text});
    };
    // "1 h 05 min" of open or wall-clock time.
    const auto duration = [](qint64 ms) {
        const qint64 minutes = (std::abs(ms) + 30 * 1000) / (60 * 1000);
        if (minutes < 60)
            return tr("%n min", nullptr, static_cast<int>(minutes));
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    if (sla.items.empty()) {
        add(ExplanationStep::Kind::NothingRunning, now,
            tr("No clock has started: the citizen has not written."));
        return x;
    }
    // The running clock; when none runs, the one that ended last (a resolved conversation's cycle).
    std::size_t index = sla.items.size() - 1;
    if (sla.live) {
        index = *sla.live;
    } else {
        for (std::size_t i = 0; i < sla.items.size(); ++i) {
            if (sla.items[i].endedAt.value_or(0) >= sla.items[index].endedAt.value_or(0))
                index = i;
        }
    }
    x.item = index;
    const SlaItem &it = sla.items[index];
    const bool resolution = it.kind == ResponseKind::Resolution;

    if (it.startMessageId)
        add(ExplanationStep::Kind::Started, it.arrivedAt,
            tr("The %1 clock started with the citizen's message of %2.")
                .arg(displayName(it.kind).toLower(), when(it.arrivedAt)),
            std::nullopt, it.startMessageId);
    else
        add(ExplanationStep::Kind::Started, it.arrivedAt,
            tr("The %1 clock started when the conversation was reopened at %2.")
                .arg(displayName(it.kind).toLower(), when(it.arrivedAt)));
    if (!m_calendar.isOpen(it.arrivedAt)) {
        const qint64 opens = m_calendar.nextOpening(it.arrivedAt);
        if (opens != BusinessCalendar::invalidTime)
            add(ExplanationStep::Kind::OutOfHours, opens,
                tr("That was outside opening hours: business time counts from the next opening, %1.")
                    .arg(when(opens)));
    }
    add(ExplanationStep::Kind::Rule, it.arrivedAt,
        resolution
            ? tr("The resolution clock runs until the conversation is resolved; \"waiting for the citizen\" "
                 "pauses it.")
            : tr("A response is a reply the citizen can see, written by a person (an answer given on the "
                 "platform itself counts). Internal notes, automatic acknowledgements and status changes "
                 "do not stop the clock."));

    const qint64 end = it.endedAt.value_or(now);
    for (const SlaNote &n : sla.notes) {
        if (n.at < it.arrivedAt || n.at > end)
            continue;
        if (n.kind == SlaNote::Kind::AutomaticIgnored)
            add(ExplanationStep::Kind::Ignored, n.at,
                tr("The automatic acknowledgement of %1 is not a response.").arg(when(n.at)), std::nullopt,
                n.messageId);
        else if (n.kind == SlaNote::Kind::Redirected)
            add(ExplanationStep::Kind::Redirected, n.at,
                tr("Referred to a formal channel at %1.").arg(when(n.at)));
        else if (n.kind == SlaNote::Kind::StatusWithoutHistory)
            add(ExplanationStep::Kind::Rule, n.at,
                tr("The status is not in the conversation's history; it is taken to apply from the last "
                   "activity, "
                   "%1.")
                    .arg(when(n.at)));
    }
    for (const auto &[from, to] : it.pauses) {
        if (to)
            add(ExplanationStep::Kind::Paused, from,
                tr("Waiting for the citizen %1 – %2: the clock was paused (%3 of business time).")
                    .arg(when(from), when(*to), duration(m_calendar.businessMsBetween(from, *to))),
                to);
        else
            add(ExplanationStep::Kind::Paused, from,
                tr("Waiting for the citizen since %1: the clock is paused.").arg(when(from)));
    }
    if (it.target)
        add(ExplanationStep::Kind::Target, it.arrivedAt,
            tr("Target: %1 (%2).").arg(it.target->describe(), m_policy.name));
    else
        add(ExplanationStep::Kind::Target, it.arrivedAt,
            tr("The policy \"%1\" sets no target for this clock.").arg(m_policy.name));

    // The closed hours between the start and the deadline (or the answer) explain where it falls.
    const qint64 spanEnd = it.end == SlaItem::End::Done ? end : it.dueAt.value_or(end);
    const auto closed = m_calendar.explain(it.arrivedAt, spanEnd, static_cast<int>(maxClosedSteps) + 100);
    for (std::size_t i = 0; i < closed.size() && i < maxClosedSteps; ++i)
        add(ExplanationStep::Kind::Closed, closed[i].from,
            tr("Closed %1").arg(m_calendar.describe(closed[i])), closed[i].to);
    if (closed.size() > maxClosedSteps)
        add(ExplanationStep::Kind::Closed, closed[maxClosedSteps].from,
            tr("… and %n more closed period(s).", nullptr, static_cast<int>(closed.size() - maxClosedSteps)));

    switch (it.end) {
    case SlaItem::End::Done: {
        const QString verdict = !it.withinTarget   ? tr("no target")
                                : *it.withinTarget ? tr("within the target")
                                                   : tr("later than the target");
        add(resolution ? ExplanationStep::Kind::Resolved : ExplanationStep::Kind::Answered, *it.endedAt,
            (resolution ? tr("Resolved %1 after %2 of business time (%3 in calendar time): %4.")
                        : tr("Answered %1 after %2 of business time (%3 in calendar time): %4."))
                .arg(when(*it.endedAt), duration(it.businessMs), duration(it.calendarMs), verdict),
            std::nullopt, it.endMessageId);
        break;
    }
    case SlaItem::End::Unanswered:
        add(ExplanationStep::Kind::Resolved, end,
            tr("The conversation was resolved without a reply to this message."));
        break;
    case SlaItem::End::Unknown:
        add(ExplanationStep::Kind::Resolved, end,
            tr("The conversation is resolved; its history does not say when."));
        break;
    case SlaItem::End::Open:
        switch (x.deadline.state) {
        case DeadlineState::Ok:
        case DeadlineState::Soon:
            add(ExplanationStep::Kind::Due, *x.deadline.dueAt,
                tr("Due %1: %2 of business time left.")
                    .arg(when(*x.deadline.dueAt), duration(x.deadline.remainingBusinessMs)));
            break;
        case DeadlineState::Breached:
            add(ExplanationStep::Kind::Due, *x.deadline.dueAt,
                tr("Breached: it was due %1, %2 of business time ago.")
                    .arg(when(*x.deadline.dueAt), duration(x.deadline.remainingBusinessMs)));
            break;
        case DeadlineState::Paused:
            add(ExplanationStep::Kind::Due, now,
                tr("Nothing is due while the conversation waits for the citizen."));
            break;
        case DeadlineState::None:
            add(ExplanationStep::Kind::NothingRunning, now, tr("Nothing is due: there is no target."));
            break;
        }
        break;
    }
    return x;
}

} // namespace Torget
