#pragma once

#include "maturitylevels.h"
#include "storage/maturityrepository.h"
#include "util/result.h"

namespace Torget {

class Clock;
class Database;
struct Agent;

// What an editor changes about the maturity model in the app: the level thresholds and the events
// on the charts. Every change is one transaction and is recorded in the audit log.
class MaturitySettings final
{
public:
    MaturitySettings(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Stores the thresholds that differ from what is stored now ("maturity-thresholds", one audit
    // entry per changed key: "dialog.min_reply_rate: 0.7 → 0.8").
    Status saveThresholds(const MaturityThresholds &thresholds, const Agent &agent);

    Result<qint64> addEvent(const MaturityEvent &event, const Agent &agent);
    Status updateEvent(const MaturityEvent &event, const Agent &agent);
    Status removeEvent(qint64 id, const Agent &agent);

private:
    Status audit(const QString &action, const QString &objectType, std::optional<qint64> objectId,
                 const QString &detail, const Agent &agent);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace Torget
