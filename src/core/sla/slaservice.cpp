#include "slaservice.h"

#include "calendarjson.h"
#include "storage/database.h"
#include "storage/slarepository.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <map>
#include <tuple>

namespace Torget {

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
constexpr qint64 unixEpochJulianDay = 2440588;
const auto policyKey = QStringLiteral("policy");
const auto refreshNeededKey = QStringLiteral("refresh_needed");
constexpr int refreshChunk = 2000;

int stateOf(SlaItem::End end)
{
    switch (end) {
    case SlaItem::End::Open:
        return SlaFact::Open;
    case SlaItem::End::Done:
        return SlaFact::Done;
    case SlaItem::End::Unanswered:
        return SlaFact::Unanswered;
    case SlaItem::End::Unknown:
        return SlaFact::Unknown;
    }
    return SlaFact::Open;
}

} // namespace

qint64 SlaService::localDay(const BusinessCalendar &calendar, qint64 utcMs)
{
    const qint64 local = calendar.toLocalMs(utcMs);
    const qint64 days = local >= 0 ? local / dayMs : -((-local + dayMs - 1) / dayMs);
    return days + unixEpochJulianDay;
}

int SlaService::localSlot(const BusinessCalendar &calendar, qint64 utcMs)
{
    const qint64 local = calendar.toLocalMs(utcMs);
    const qint64 day = localDay(calendar, utcMs);
    const qint64 msOfDay = local - (day - unixEpochJulianDay) * dayMs;
    const int weekday = static_cast<int>(day % 7); // Julian day 0 was a Monday
    return weekday * 24 + static_cast<int>(msOfDay / (60 * 60 * 1000));
}

Result<BusinessCalendar> SlaService::calendar()
{
    if (m_calendar)
        return *m_calendar;
    auto stored = SlaRepository(m_db).calendarVersions();
    if (!stored)
        return Error{stored.error()};
    std::vector<CalendarVersion> versions;
    for (const auto &[from, json] : *stored) {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        auto v = CalendarJson::versionFromJson(doc.object(), from.toString(Qt::ISODate));
        if (!v)
            return Error{tr("The stored calendar cannot be read: %1").arg(v.error())};
        versions.push_back(std::move(*v));
    }
    m_calendar = BusinessCalendar(std::move(versions));
    return *m_calendar;
}

Result<SlaPolicy> SlaService::policy()
{
    if (m_policy)
        return *m_policy;
    auto stored = SlaRepository(m_db).setting(policyKey);
    if (!stored)
        return Error{stored.error()};
    if (!stored->has_value()) {
        m_policy = SlaPolicy::preset(SlaPolicy::Preset::Sarpsborg);
        return *m_policy;
    }
    auto p = SlaPolicy::fromJson(QJsonDocument::fromJson((*stored)->toUtf8()).object());
    if (!p)
        return Error{tr("The stored response-time policy cannot be read: %1").arg(p.error())};
    m_policy = std::move(*p);
    return *m_policy;
}

Status SlaService::requestRefresh()
{
    m_calendar.reset();
    m_policy.reset();
    return SlaRepository(m_db).setSetting(refreshNeededKey, QStringLiteral("1"));
}

Status SlaService::putCalendarVersion(const CalendarVersion &version, qint64 now)
{
    if (!version.validFrom.isValid())
        return Error{tr("A calendar version needs the date it is valid from.")};
    return m_db.write([&]() -> Status {
        SlaRepository repo(m_db);
        auto stored = repo.calendarVersions();
        if (!stored)
            return Error{stored.error()};
        // The built-in default was in force until now: it stays in force before the new version.
        if (stored->empty() && version.validFrom > BusinessCalendar::defaultVersion().validFrom) {
            const CalendarVersion builtIn = BusinessCalendar::defaultVersion();
            if (auto put = repo.putCalendarVersion(
                    builtIn.validFrom,
                    QJsonDocument(CalendarJson::versionToJson(builtIn)).toJson(QJsonDocument::Compact), now);
                !put)
                return put;
        }
        const QByteArray json =
            QJsonDocument(CalendarJson::versionToJson(version)).toJson(QJsonDocument::Compact);
        if (auto put = repo.putCalendarVersion(version.validFrom, json, now); !put)
            return put;
        return requestRefresh();
    });
}

Status SlaService::removeCalendarVersion(const QDate &validFrom)
{
    return m_db.write([&]() -> Status {
        if (auto removed = SlaRepository(m_db).removeCalendarVersion(validFrom); !removed)
            return removed;
        return requestRefresh();
    });
}

Status SlaService::setCalendarVersions(const std::vector<CalendarVersion> &versions, qint64 now)
{
    std::vector<std::pair<QDate, QByteArray>> rows;
    for (const CalendarVersion &v : versions)
        rows.emplace_back(v.validFrom,
                          QJsonDocument(CalendarJson::versionToJson(v)).toJson(QJsonDocument::Compact));
    return m_db.write([&]() -> Status {
        if (auto replaced = SlaRepository(m_db).replaceCalendarVersions(rows, now); !replaced)
            return replaced;
        return requestRefresh();
    });
}

Status SlaService::setPolicy(const SlaPolicy &p)
{
    return m_db.write([&]() -> Status {
        const QString json = QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
        if (auto set = SlaRepository(m_db).setSetting(policyKey, json); !set)
            return set;
        return requestRefresh();
    });
}

std::vector<SlaFact> SlaService::factsFor(const SlaInput &input, const ConversationSla &sla,
                                          const BusinessCalendar &calendar)
{
    std::vector<SlaFact> facts;
    facts.reserve(sla.items.size());
    for (std::size_t i = 0; i < sla.items.size(); ++i) {
        const SlaItem &item = sla.items[i];
        SlaFact f;
        f.conversationId = input.conversationId;
        f.seq = static_cast<int>(i);
        f.kind = static_cast<int>(item.kind);
        f.state = stateOf(item.end);
        f.startedAt = item.arrivedAt;
        f.endedAt = item.endedAt;
        f.dueAt = item.dueAt;
        if (item.end == SlaItem::End::Done) {
            f.businessSecs = item.businessMs / 1000;
            f.calendarSecs = item.calendarMs / 1000;
        }
        f.agentId = item.agentId;
        f.accountId = input.accountId;
        f.startDay = localDay(calendar, item.arrivedAt);
        if (item.endedAt)
            f.endDay = localDay(calendar, *item.endedAt);
        f.arrivalSlot = localSlot(calendar, item.arrivedAt);
        if (item.end == SlaItem::End::Done && item.kind != ResponseKind::Resolution)
            f.answerSlot = localSlot(calendar, *item.endedAt);
        f.sameDay = item.end == SlaItem::End::Done && item.sameDay;
        f.withinTarget = item.withinTarget;
        facts.push_back(f);
    }
    return facts;
}

Result<ConversationSla> SlaService::compute(qint64 conversationId)
{
    auto cal = calendar();
    if (!cal)
        return Error{cal.error()};
    auto pol = policy();
    if (!pol)
        return Error{pol.error()};
    auto input = SlaRepository(m_db).input(conversationId);
    if (!input)
        return Error{input.error()};
    if (!input->has_value())
        return Error{tr("The conversation no longer exists.")};
    return SlaClock(*cal, *pol).compute(**input);
}

Status SlaService::refresh(qint64 conversationId)
{
    auto cal = calendar();
    if (!cal)
        return Error{cal.error()};
    auto pol = policy();
    if (!pol)
        return Error{pol.error()};
    SlaRepository repo(m_db);
    return m_db.write([&]() -> Status {
        auto input = repo.input(conversationId);
        if (!input)
            return Error{input.error()};
        if (!input->has_value())
            return repo.replaceFacts(conversationId, {}, std::nullopt, QString());
        const ConversationSla sla = SlaClock(*cal, *pol).compute(**input);
        const auto due = sla.dueAt();
        return repo.replaceFacts(conversationId, factsFor(**input, sla, *cal), due,
                                 due ? key(sla.items[*sla.live].kind) : QString());
    });
}

Result<SlaService::RefreshSummary> SlaService::refreshAll(const std::function<void(qint64)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    m_calendar.reset();
    m_policy.reset();
    auto cal = calendar();
    if (!cal)
        return Error{cal.error()};
    auto pol = policy();
    if (!pol)
        return Error{pol.error()};
    SlaRepository repo(m_db);
    // Marked first and cleared last: an interrupted run is repeated by the next ensureFresh().
    if (auto cleared = m_db.write([&]() -> Status {
            if (auto marked = repo.setSetting(refreshNeededKey, QStringLiteral("1")); !marked)
                return marked;
            return repo.clearAll();
        });
        !cleared)
        return Error{cleared.error()};

    struct Day
    {
        qint64 opened = 0;
        qint64 closed = 0;
        QByteArray items;
    };
    std::map<qint64, Day> days;
    RefreshSummary summary;
    const SlaClock clock(*cal, *pol);
    auto walked = repo.forEachInputChunk(refreshChunk, [&](std::vector<SlaInput> &inputs) -> Status {
        std::vector<SlaFact> facts;
        facts.reserve(inputs.size() * 4);
        std::vector<std::tuple<qint64, qint64, QString>> dues;
        for (const SlaInput &in : inputs) {
            const ConversationSla sla = clock.compute(in);
            for (const SlaFact &f : factsFor(in, sla, *cal)) {
                Day &d = days[f.startDay];
                SlaDayItem::append(d.items, SlaDayItem::from(f));
                if (f.kind == static_cast<int>(ResponseKind::Resolution)) {
                    ++d.opened;
                    if (f.endDay && (f.state == SlaFact::Done || f.state == SlaFact::Unknown))
                        ++days[*f.endDay].closed;
                }
                facts.push_back(f);
            }
            if (const auto due = sla.dueAt())
                dues.emplace_back(in.conversationId, *due, key(sla.items[*sla.live].kind));
        }
        auto written = m_db.write([&]() -> Status {
            if (auto inserted = repo.insertFacts(facts); !inserted)
                return inserted;
            for (const auto &[id, due, kind] : dues) {
                if (auto set = repo.setDue(id, due, kind); !set)
                    return set;
            }
            return {};
        });
        if (!written)
            return written;
        summary.conversations += static_cast<qint64>(inputs.size());
        summary.facts += static_cast<qint64>(facts.size());
        if (progress)
            progress(summary.conversations);
        return {};
    });
    if (!walked)
        return Error{walked.error()};
    auto finished = m_db.write([&]() -> Status {
        for (const auto &[day, d] : days) {
            if (auto put = repo.putDay(day, d.opened, d.closed, d.items); !put)
                return put;
        }
        return repo.removeSetting(refreshNeededKey);
    });
    if (!finished)
        return Error{finished.error()};
    summary.milliseconds = timer.elapsed();
    return summary;
}

Result<std::optional<SlaService::RefreshSummary>>
SlaService::ensureFresh(const std::function<void(qint64)> &progress)
{
    auto needed = SlaRepository(m_db).setting(refreshNeededKey);
    if (!needed)
        return Error{needed.error()};
    if (!needed->has_value())
        return std::optional<RefreshSummary>();
    auto done = refreshAll(progress);
    if (!done)
        return Error{done.error()};
    return std::optional<RefreshSummary>(*done);
}

Result<Deadline> SlaService::deadline(qint64 conversationId, qint64 now)
{
    auto sla = compute(conversationId);
    if (!sla)
        return Error{sla.error()};
    return SlaClock(*m_calendar, *m_policy).deadline(*sla, now);
}

Result<Deadline> SlaService::deadline(std::optional<qint64> dueAt, const QString &dueKind, qint64 now)
{
    auto cal = calendar();
    if (!cal)
        return Error{cal.error()};
    auto pol = policy();
    if (!pol)
        return Error{pol.error()};
    const auto kind = responseKindFromKey(dueKind);
    if (!dueAt || !kind)
        return Deadline();
    return SlaClock(*cal, *pol).deadline(*kind, *dueAt, now);
}

Result<Explanation> SlaService::explain(qint64 conversationId, qint64 now)
{
    auto cal = calendar();
    if (!cal)
        return Error{cal.error()};
    auto pol = policy();
    if (!pol)
        return Error{pol.error()};
    auto input = SlaRepository(m_db).input(conversationId);
    if (!input)
        return Error{input.error()};
    if (!input->has_value())
        return Error{tr("The conversation no longer exists.")};
    const SlaClock clock(*cal, *pol);
    return clock.explain(**input, clock.compute(**input), now);
}

Result<SlaService::InboxBounds> SlaService::inboxBounds(qint64 now)
{
    auto cal = calendar();
    if (!cal)
        return Error{cal.error()};
    auto pol = policy();
    if (!pol)
        return Error{pol.error()};
    // The latest due time with no more than soonMinutes of open time left: SlaClock::deadline's
    // "soon" as a bound on the indexed column.
    const qint64 soon = cal->lastWithinBusinessMs(now, qint64(pol->soonMinutes) * 60 * 1000);
    return InboxBounds{now, soon == BusinessCalendar::invalidTime ? now : std::max(now, soon)};
}

Result<std::pair<qint64, qint64>> SlaService::dayBounds(qint64 julianDay)
{
    auto cal = calendar();
    if (!cal)
        return Error{cal.error()};
    const QDate date = QDate::fromJulianDay(julianDay);
    const QTimeZone zone = cal->timeZone();
    return std::make_pair(QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch(),
                          QDateTime(date.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch());
}

Status SlaService::rebuildChangedDays()
{
    SlaRepository repo(m_db);
    auto days = repo.dirtyDays();
    if (!days)
        return Error{days.error()};
    if (days->empty())
        return {};
    return m_db.write([&]() -> Status {
        for (qint64 day : *days) {
            auto bounds = dayBounds(day);
            if (!bounds)
                return Error{bounds.error()};
            if (auto rebuilt = repo.rebuildDay(day, bounds->first, bounds->second); !rebuilt)
                return rebuilt;
        }
        return {};
    });
}

} // namespace Torget
