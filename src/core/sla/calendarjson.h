#pragma once

#include "businesscalendar.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace Torget {

// Calendars as JSON, for export/import and for storage (one version per database row).
//
// The document:
//   {
//     "format": "torget-calendar", "formatVersion": 1, "timeZone": "Europe/Oslo",
//     "versions": [
//       {
//         "validFrom": "2026-01-01",          // local date; the version applies until the next one
//         "name": "Standard opening hours",
//         "publicHolidays": true,             // Norwegian public holidays are closed
//         "weekly": {"mon": ["08:00-15:30"], "tue": [...], "wed": [...], "thu": [...],
//                    "fri": ["08:00-11:30", "12:00-15:30"], "sat": [], "sun": []},
//         "seasons": [{"name": "Summer hours", "from": "05-15", "to": "09-14",   // MM-DD, both included
//                      "weekly": {...}}],
//         "reducedDays": [{"name": "Christmas Eve", "date": "12-24", "hours": ["08:00-12:00"]},
//                         {"name": "Wednesday before Maundy Thursday", "easterOffset": -4,
//                          "hours": ["08:00-12:00"]}],
//         "closures": [{"date": "2026-06-19", "name": "Staff day", "hours": []}]  // [] = closed all day
//       }
//     ]
//   }
// Hours are "HH:MM-HH:MM" in local time, 00:00–24:00, in order and not overlapping; a weekday left
// out of "weekly" is closed. Only Europe/Oslo is supported as the time zone.
class CalendarJson final
{
    Q_DECLARE_TR_FUNCTIONS(Torget::CalendarJson)

public:
    static QJsonObject versionToJson(const CalendarVersion &version);
    // `where` names the object in error messages ("versions[2]").
    static Result<CalendarVersion> versionFromJson(const QJsonObject &json, const QString &where);

    static QByteArray toJson(const std::vector<CalendarVersion> &versions);
    // The whole document; every error names the place and what is wrong, translated.
    static Result<std::vector<CalendarVersion>> fromJson(const QByteArray &document);
};

} // namespace Torget
