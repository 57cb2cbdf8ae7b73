#include "maturitysettings.h"

#include "domain/types.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QCoreApplication>

namespace Torget {

Status MaturitySettings::audit(const QString &action, const QString &objectType,
                               std::optional<qint64> objectId, const QString &detail, const Agent &agent)
{
    AuditEntry a;
    a.at = m_clock.now().toMSecsSinceEpoch();
    a.agentId = agent.id > 0 ? std::optional<qint64>(agent.id) : std::nullopt;
    a.action = action;
    a.objectType = objectType;
    a.objectId = objectId;
    a.detail = detail;
    auto id = HistoryRepository(m_db).audit(a);
    return id ? Status() : Status(Error{id.error()});
}

Status MaturitySettings::saveThresholds(const MaturityThresholds &thresholds, const Agent &agent)
{
    return m_db.write([&]() -> Status {
        auto current = MaturityThresholds::load(m_db);
        if (!current)
            return Error{current.error()};
        MaturityRepository repository(m_db);
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        for (const MaturityThresholds::Spec &spec : MaturityThresholds::specs()) {
            const double before = (*current).*spec.field;
            const double after = std::clamp(thresholds.*spec.field, spec.minimum, spec.maximum);
            if (qFuzzyCompare(before + 1.0, after + 1.0))
                continue;
            if (auto set = repository.setThreshold(spec.key, after, now); !set)
                return set;
            if (auto a =
                    audit(QStringLiteral("maturity-thresholds"), QStringLiteral("settings"), std::nullopt,
                          QStringLiteral("%1: %2 → %3").arg(spec.key).arg(before).arg(after), agent);
                !a)
                return a;
        }
        return {};
    });
}

namespace {

Status checkEvent(const MaturityEvent &e)
{
    if (e.title.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Torget::MaturitySettings", "The event needs a title.")};
    static const QStringList kinds{QStringLiteral("strategy"), QStringLiteral("channel"),
                                   QStringLiteral("campaign"), QStringLiteral("other")};
    if (!kinds.contains(e.kind))
        return Error{QCoreApplication::translate("Torget::MaturitySettings", "Unknown kind of event: %1.")
                         .arg(e.kind)};
    return {};
}

QString describe(const MaturityEvent &e)
{
    return TimeFormat::date(QDateTime::fromMSecsSinceEpoch(e.at, TimeFormat::osloZone())) + QLatin1Char(' ') +
           e.kind + QStringLiteral(": ") + e.title.trimmed();
}

} // namespace

Result<qint64> MaturitySettings::addEvent(const MaturityEvent &event, const Agent &agent)
{
    if (auto ok = checkEvent(event); !ok)
        return Error{ok.error()};
    qint64 id = 0;
    const Status done = m_db.write([&]() -> Status {
        auto added = MaturityRepository(m_db).addEvent(event, m_clock.now().toMSecsSinceEpoch());
        if (!added)
            return Error{added.error()};
        id = *added;
        return audit(QStringLiteral("maturity-event-add"), QStringLiteral("maturity_event"), id,
                     describe(event), agent);
    });
    if (!done)
        return Error{done.error()};
    return id;
}

Status MaturitySettings::updateEvent(const MaturityEvent &event, const Agent &agent)
{
    if (auto ok = checkEvent(event); !ok)
        return ok;
    return m_db.write([&]() -> Status {
        if (auto set = MaturityRepository(m_db).updateEvent(event, m_clock.now().toMSecsSinceEpoch()); !set)
            return set;
        return audit(QStringLiteral("maturity-event-edit"), QStringLiteral("maturity_event"), event.id,
                     describe(event), agent);
    });
}

Status MaturitySettings::removeEvent(qint64 id, const Agent &agent)
{
    return m_db.write([&]() -> Status {
        MaturityRepository repository(m_db);
        auto event = repository.event(id);
        if (!event)
            return Error{event.error()};
        if (!event->has_value())
            return {};
        if (auto removed = repository.removeEvent(id); !removed)
            return removed;
        return audit(QStringLiteral("maturity-event-remove"), QStringLiteral("maturity_event"), id,
                     describe(**event), agent);
    });
}

} // namespace Torget
