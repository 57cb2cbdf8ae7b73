#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>
#include <vector>

namespace Torget::Holidays {

struct Holiday
{
    QDate date;
    QString name; // translated
};

// Easter Sunday by the Gregorian computus (valid for any year of the Gregorian calendar).
QDate easterSunday(int year);

// Norwegian public holidays (lov om helligdager § 2, lov om 1. og 17. mai), no substitute days.
std::vector<Holiday> publicHolidays(int year);
bool isPublicHoliday(const QDate &date);

struct OpeningHours
{
    QTime open;
    QTime close;
};

// The default service desk calendar (DOMAIN.md §3): Monday–Friday 08:00–15:30, summer hours
// 08:00–15:00 from 15 May to 14 September, 24 and 31 December and the Wednesday before
// skjærtorsdag 08:00–12:00, closed on weekends and public holidays. Local (Europe/Oslo) times.
std::optional<OpeningHours> defaultOpeningHours(const QDate &date);

} // namespace Torget::Holidays
