#include "calendarjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>
#include <set>

namespace Torget {

namespace {

const std::array<const char *, 7> weekdayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const auto formatName = QStringLiteral("torget-calendar");
const auto osloZone = QStringLiteral("Europe/Oslo");

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QJsonArray hoursToJson(const DayHours &hours)
{
    QJsonArray list;
    for (const OpeningSpan &s : hours)
        list.append(QString(minuteText(s.open) + QLatin1Char('-') + minuteText(s.close)));
    return list;
}

QJsonObject weekToJson(const WeekHours &week)
{
    QJsonObject o;
    for (std::size_t d = 0; d < weekdayKeys.size(); ++d)
        o.insert(QLatin1String(weekdayKeys[d]), hoursToJson(week.days[d]));
    return o;
}

QString monthDayText(int month, int day)
{
    return QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

// "MM-DD" that exists in a leap year.
bool parseMonthDay(const QString &text, int *month, int *day)
{
    static const QRegularExpression re(QStringLiteral("^(\\d\\d)-(\\d\\d)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    *month = m.captured(1).toInt();
    *day = m.captured(2).toInt();
    return QDate(2024, *month, *day).isValid();
}

} // namespace

QJsonObject CalendarJson::versionToJson(const CalendarVersion &v)
{
    QJsonArray seasons;
    for (const SeasonHours &s : v.seasons)
        seasons.append(QJsonObject{{QStringLiteral("name"), s.name},
                                   {QStringLiteral("from"), monthDayText(s.fromMonth, s.fromDay)},
                                   {QStringLiteral("to"), monthDayText(s.toMonth, s.toDay)},
                                   {QStringLiteral("weekly"), weekToJson(s.hours)}});
    QJsonArray reduced;
    for (const ReducedDay &r : v.reducedDays) {
        QJsonObject o{{QStringLiteral("name"), r.name}, {QStringLiteral("hours"), hoursToJson(r.hours)}};
        if (r.easterOffset)
            o.insert(QStringLiteral("easterOffset"), *r.easterOffset);
        else
            o.insert(QStringLiteral("date"), monthDayText(r.month, r.day));
        reduced.append(o);
    }
    QJsonArray closures;
    for (const CalendarException &e : v.exceptions)
        closures.append(QJsonObject{{QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("hours"), hoursToJson(e.hours)}});
    return {{QStringLiteral("validFrom"), v.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("publicHolidays"), v.publicHolidays},
            {QStringLiteral("weekly"), weekToJson(v.weekly)},
            {QStringLiteral("seasons"), seasons},
            {QStringLiteral("reducedDays"), reduced},
            {QStringLiteral("closures"), closures}};
}

namespace {

// Parsing helpers share one error slot so that each reports where it failed.
struct Parser
{
    QString error;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    bool hours(const QJsonValue &value, const QString &where, DayHours *out)
    {
        static const QRegularExpression re(QStringLiteral("^(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)$"));
        if (!value.isArray())
            return fail(
                CalendarJson::tr("%1 must be a list of opening hours such as [\"08:00-15:30\"].").arg(where));
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString text = list.at(i).toString();
            const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
            const auto m = re.match(text);
            const int oh = m.captured(1).toInt(), om = m.captured(2).toInt();
            const int ch = m.captured(3).toInt(), cm = m.captured(4).toInt();
            if (!m.hasMatch() || oh > 24 || ch > 24 || om > 59 || cm > 59 || (oh == 24 && om > 0) ||
                (ch == 24 && cm > 0))
                return fail(CalendarJson::tr("%1: \"%2\" is not opening hours such as \"08:00-15:30\".")
                                .arg(at, text));
            const OpeningSpan span{oh * 60 + om, ch * 60 + cm};
            if (span.close <= span.open)
                return fail(CalendarJson::tr("%1: \"%2\" closes before it opens.").arg(at, text));
            if (!out->empty() && span.open < out->back().close)
                return fail(CalendarJson::tr("%1: \"%2\" overlaps or comes before the hours before it.")
                                .arg(at, text));
            out->push_back(span);
        }
        return true;
    }

    bool week(const QJsonValue &value, const QString &where, WeekHours *out)
    {
        if (!value.isObject())
            return fail(
                CalendarJson::tr("%1 must be an object with the weekdays mon, tue, wed, thu, fri, sat "
                                 "and sun.")
                    .arg(where));
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (std::find_if(weekdayKeys.begin(), weekdayKeys.end(), [&](const char *k) {
                    return it.key() == QLatin1String(k);
                }) == weekdayKeys.end())
                return fail(
                    CalendarJson::tr("%1: \"%2\" is not a weekday (mon, tue, wed, thu, fri, sat, sun).")
                        .arg(where, it.key()));
        }
        for (std::size_t d = 0; d < weekdayKeys.size(); ++d) {
            const QJsonValue day = o.value(QLatin1String(weekdayKeys[d]));
            if (day.isUndefined())
                continue;
            if (!hours(day, where + QLatin1Char('.') + QLatin1String(weekdayKeys[d]), &out->days[d]))
                return false;
        }
        return true;
    }
};

} // namespace

Result<CalendarVersion> CalendarJson::versionFromJson(const QJsonObject &json, const QString &where)
{
    Parser p;
    CalendarVersion v;
    const QString from = json.value(QStringLiteral("validFrom")).toString();
    v.validFrom = QDate::fromString(from, Qt::ISODate);
    if (!v.validFrom.isValid() || from.size() != 10)
        return Error{tr("%1.validFrom must be a date such as \"2026-01-01\".").arg(where)};
    v.name = json.value(QStringLiteral("name")).toString();
    const QJsonValue holidays = json.value(QStringLiteral("publicHolidays"));
    if (!holidays.isUndefined() && !holidays.isBool())
        return Error{tr("%1.publicHolidays must be true or false.").arg(where)};
    v.publicHolidays = holidays.toBool(true);
    if (!p.week(json.value(QStringLiteral("weekly")), where + QStringLiteral(".weekly"), &v.weekly))
        return Error{p.error};

    const QJsonArray seasons = json.value(QStringLiteral("seasons")).toArray();
    for (qsizetype i = 0; i < seasons.size(); ++i) {
        const QString at = QStringLiteral("%1.seasons[%2]").arg(where).arg(i);
        const QJsonObject o = seasons.at(i).toObject();
        SeasonHours s;
        s.name = o.value(QStringLiteral("name")).toString();
        if (!parseMonthDay(o.value(QStringLiteral("from")).toString(), &s.fromMonth, &s.fromDay) ||
            !parseMonthDay(o.value(QStringLiteral("to")).toString(), &s.toMonth, &s.toDay))
            return Error{tr("%1: \"from\" and \"to\" must be days of the year such as \"05-15\".").arg(at)};
        if (!p.week(o.value(QStringLiteral("weekly")), at + QStringLiteral(".weekly"), &s.hours))
            return Error{p.error};
        v.seasons.push_back(std::move(s));
    }

    const QJsonArray reduced = json.value(QStringLiteral("reducedDays")).toArray();
    for (qsizetype i = 0; i < reduced.size(); ++i) {
        const QString at = QStringLiteral("%1.reducedDays[%2]").arg(where).arg(i);
        const QJsonObject o = reduced.at(i).toObject();
        ReducedDay r;
        r.name = o.value(QStringLiteral("name")).toString();
        const QJsonValue easter = o.value(QStringLiteral("easterOffset"));
        if (easter.isDouble()) {
            r.easterOffset = easter.toInt();
            if (std::abs(*r.easterOffset) > 200)
                return Error{tr("%1: \"easterOffset\" must be a number of days from Easter Sunday.").arg(at)};
        } else if (!parseMonthDay(o.value(QStringLiteral("date")).toString(), &r.month, &r.day)) {
            return Error{
                tr("%1: give \"date\" (such as \"12-24\") or \"easterOffset\" (such as -4).").arg(at)};
        }
        if (!p.hours(o.value(QStringLiteral("hours")), at + QStringLiteral(".hours"), &r.hours))
            return Error{p.error};
        v.reducedDays.push_back(std::move(r));
    }

    const QJsonArray closures = json.value(QStringLiteral("closures")).toArray();
    for (qsizetype i = 0; i < closures.size(); ++i) {
        const QString at = QStringLiteral("%1.closures[%2]").arg(where).arg(i);
        const QJsonObject o = closures.at(i).toObject();
        CalendarException e;
        const QString date = o.value(QStringLiteral("date")).toString();
        e.date = QDate::fromString(date, Qt::ISODate);
        if (!e.date.isValid() || date.size() != 10)
            return Error{tr("%1: \"date\" must be a date such as \"2026-06-19\".").arg(at)};
        e.name = o.value(QStringLiteral("name")).toString();
        const QJsonValue hours = o.value(QStringLiteral("hours"));
        if (!hours.isUndefined() && !p.hours(hours, at + QStringLiteral(".hours"), &e.hours))
            return Error{p.error};
        v.exceptions.push_back(std::move(e));
    }
    return v;
}

QByteArray CalendarJson::toJson(const std::vector<CalendarVersion> &versions)
{
    QJsonArray list;
    for (const CalendarVersion &v : versions)
        list.append(versionToJson(v));
    const QJsonObject doc{{QStringLiteral("format"), formatName},
                          {QStringLiteral("formatVersion"), 1},
                          {QStringLiteral("timeZone"), osloZone},
                          {QStringLiteral("versions"), list}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<std::vector<CalendarVersion>> CalendarJson::fromJson(const QByteArray &document)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{tr("The calendar is not valid JSON: %1 at character %2.")
                         .arg(error.errorString())
                         .arg(error.offset)};
    if (!doc.isObject())
        return Error{tr("The calendar must be a JSON object.")};
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != formatName)
        return Error{tr("This is not a Torget calendar (\"format\" must be \"%1\").").arg(formatName)};
    if (o.value(QStringLiteral("formatVersion")).toInt() != 1)
        return Error{tr("The calendar was written by a newer Torget (format version %1); this program reads "
                        "version 1.")
                         .arg(o.value(QStringLiteral("formatVersion")).toInt())};
    const QString zone = o.value(QStringLiteral("timeZone")).toString(osloZone);
    if (zone != osloZone)
        return Error{tr("The calendar's time zone is %1; Torget supports only %2.").arg(zone, osloZone)};
    const QJsonValue versions = o.value(QStringLiteral("versions"));
    if (!versions.isArray() || versions.toArray().isEmpty())
        return Error{tr("The calendar has no versions (\"versions\" must be a list of at least one).")};
    std::vector<CalendarVersion> result;
    std::set<QDate> dates;
    const QJsonArray list = versions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("versions[%1]").arg(i);
        if (!list.at(i).isObject())
            return Error{tr("%1 must be an object.").arg(where)};
        auto v = versionFromJson(list.at(i).toObject(), where);
        if (!v)
            return Error{v.error()};
        if (!dates.insert(v->validFrom).second)
            return Error{tr("%1: another version is also valid from %2.")
                             .arg(where, v->validFrom.toString(Qt::ISODate))};
        result.push_back(std::move(*v));
    }
    return result;
}

} // namespace Torget
