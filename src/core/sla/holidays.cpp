#include "holidays.h"

#include <QCoreApplication>

namespace Torget::Holidays {

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

std::vector<Holiday> publicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    return {
        {QDate(year, 1, 1), QCoreApplication::translate("Torget::Holidays", "New Year's Day")},
        {easter.addDays(-3), QCoreApplication::translate("Torget::Holidays", "Maundy Thursday")},
        {easter.addDays(-2), QCoreApplication::translate("Torget::Holidays", "Good Friday")},
        {easter, QCoreApplication::translate("Torget::Holidays", "Easter Sunday")},
        {easter.addDays(1), QCoreApplication::translate("Torget::Holidays", "Easter Monday")},
        {QDate(year, 5, 1), QCoreApplication::translate("Torget::Holidays", "Labour Day")},
        {QDate(year, 5, 17), QCoreApplication::translate("Torget::Holidays", "Constitution Day")},
        {easter.addDays(39), QCoreApplication::translate("Torget::Holidays", "Ascension Day")},
        {easter.addDays(49), QCoreApplication::translate("Torget::Holidays", "Whit Sunday")},
        {easter.addDays(50), QCoreApplication::translate("Torget::Holidays", "Whit Monday")},
        {QDate(year, 12, 25), QCoreApplication::translate("Torget::Holidays", "Christmas Day")},
        {QDate(year, 12, 26), QCoreApplication::translate("Torget::Holidays", "Boxing Day")},
    };
}

bool isPublicHoliday(const QDate &date)
{
    if ((date.month() == 1 && date.day() == 1) ||
        (date.month() == 5 && (date.day() == 1 || date.day() == 17)) ||
        (date.month() == 12 && (date.day() == 25 || date.day() == 26)))
        return true;
    const qint64 fromEaster = easterSunday(date.year()).daysTo(date);
    return fromEaster == -3 || fromEaster == -2 || fromEaster == 0 || fromEaster == 1 || fromEaster == 39 ||
           fromEaster == 49 || fromEaster == 50;
}

std::optional<OpeningHours> defaultOpeningHours(const QDate &date)
{
    if (date.dayOfWeek() >= 6 || isPublicHoliday(date))
        return std::nullopt;
    const QTime eight(8, 0);
    if ((date.month() == 12 && (date.day() == 24 || date.day() == 31)) ||
        easterSunday(date.year()).daysTo(date) == -4)
        return OpeningHours{eight, QTime(12, 0)};
    const QDate summerStart(date.year(), 5, 15);
    const QDate summerEnd(date.year(), 9, 14);
    if (date >= summerStart && date <= summerEnd)
        return OpeningHours{eight, QTime(15, 0)};
    return OpeningHours{eight, QTime(15, 30)};
}

} // namespace Torget::Holidays
