// torget-cli calendar: public holidays, deadlines in business time, calendar export and import.

#include "cli.h"

#include "sla/businesscalendar.h"
#include "sla/calendarjson.h"
#include "sla/holidays.h"
#include "sla/slaservice.h"
#include "util/timeformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace Torget {

namespace {

void writeJson(QTextStream &out, const QJsonDocument &doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace

int Cli::calendarCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList known{QStringLiteral("holidays"), QStringLiteral("due"), QStringLiteral("export"),
                            QStringLiteral("import")};
    if (!known.contains(sub)) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            m_out << tr(
                "Usage: torget-cli calendar holidays YEAR --format json|table\n"
                "       torget-cli [--db PATH] calendar due --from TIME --minutes N [--calendar-time] "
                "--format json|table\n"
                "       torget-cli [--db PATH] calendar export FILE\n"
                "       torget-cli [--db PATH] calendar import FILE\n");
            return Ok;
        }
        return fail(
            tr("Use: torget-cli calendar holidays|due|export|import (see torget-cli calendar --help)."),
            Usage);
    }
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json or table."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        tr("Start, ISO 8601 (such as 2026-03-27T15:20:00+01:00; without an offset: Oslo time)."),
        QStringLiteral("TIME"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), tr("How many minutes to add."),
                                     QStringLiteral("N"));
    const QCommandLineOption calendarTime(QStringLiteral("calendar-time"),
                                          tr("Count wall-clock minutes instead of opening hours."));
    QString description;
    if (sub == QLatin1String("holidays")) {
        p.addOption(format);
        p.addPositionalArgument(QStringLiteral("YEAR"), tr("The year, 1900 to 2200."));
        description = tr("Lists the Norwegian public holidays of a year.");
    } else if (sub == QLatin1String("due")) {
        p.addOptions({from, minutes, calendarTime, format});
        description =
            tr("When a deadline of N minutes falls, counted in opening hours (the database's calendar "
               "with --db, else the default one).");
    } else {
        p.addPositionalArgument(QStringLiteral("FILE"), sub == QLatin1String("export")
                                                            ? tr("The file to write (- for standard output).")
                                                            : tr("The calendar file to read."));
        description =
            sub == QLatin1String("export")
                ? tr("Writes the database's calendar, every version, as JSON.")
                : tr("Replaces the database's calendar with a JSON file and recomputes response times.");
    }
    int code = Ok;
    if (!parse(p, args.mid(1), QStringLiteral("calendar ") + sub, description, &code))
        return code;

    if (sub == QLatin1String("holidays")) {
        QString fmt;
        if (!formatOption(p, format, true, &fmt, &code))
            return code;
        bool ok = false;
        const int year = p.positionalArguments().value(0).toInt(&ok);
        if (p.positionalArguments().size() != 1 || !ok || year < BusinessCalendar::firstYear ||
            year > BusinessCalendar::lastYear)
            return fail(tr("Give one year from %1 to %2.")
                            .arg(BusinessCalendar::firstYear)
                            .arg(BusinessCalendar::lastYear),
                        Usage);
        auto holidays = Holidays::publicHolidays(year);
        std::stable_sort(
            holidays.begin(), holidays.end(),
            [](const Holidays::Holiday &a, const Holidays::Holiday &b) { return a.date < b.date; });
        if (fmt == QLatin1String("json")) {
            QJsonArray array;
            for (const auto &h : holidays)
                array.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                         {QStringLiteral("name"), h.name}});
            writeJson(m_out, QJsonDocument(array));
            return Ok;
        }
        for (const auto &h : holidays)
            m_out << h.date.toString(QStringLiteral("dd.MM.yyyy")) << QStringLiteral("  ") << h.name << '\n';
        m_out.flush();
        return Ok;
    }

    if (sub == QLatin1String("due")) {
        QString fmt;
        if (!formatOption(p, format, true, &fmt, &code))
            return code;
        if (!p.isSet(from) || !p.isSet(minutes))
            return fail(tr("Give --from and --minutes."), Usage);
        const QDateTime start = TimeFormat::parseIso(p.value(from));
        if (!start.isValid())
            return fail(tr("--from must be a time in ISO 8601, such as 2026-03-27T15:20:00+01:00."), Usage);
        bool ok = false;
        const qint64 n = p.value(minutes).toLongLong(&ok);
        if (!ok || n < 0 || n > 10'000'000)
            return fail(tr("--minutes must be a whole number, 0 or more."), Usage);
        std::optional<BusinessCalendar> calendar;
        if (!m_dbPath.isEmpty()) {
            Database *db = open();
            if (!db)
                return Failed;
            auto stored = SlaService(*db).calendar();
            if (!stored)
                return fail(stored.error());
            calendar = *stored;
        } else {
            calendar = BusinessCalendar();
        }
        const qint64 t = start.toMSecsSinceEpoch();
        const qint64 due =
            p.isSet(calendarTime) ? t + n * 60 * 1000 : calendar->addBusinessMs(t, n * 60 * 1000);
        if (due == BusinessCalendar::invalidTime)
            return fail(tr("The deadline falls after the year %1, beyond the calendar.")
                            .arg(BusinessCalendar::lastYear));
        const QString text = TimeFormat::isoWithOffset(due);
        if (fmt == QLatin1String("json"))
            writeJson(m_out, QJsonDocument(QJsonObject{{QStringLiteral("due"), text}}));
        else
            m_out << text << Qt::endl;
        return Ok;
    }

    if (p.positionalArguments().size() != 1)
        return fail(tr("Use: torget-cli calendar %1 FILE").arg(sub), Usage);
    const QString file = p.positionalArguments().first();
    Database *db = open();
    if (!db)
        return Failed;
    SlaService service(*db);
    if (sub == QLatin1String("export")) {
        auto calendar = service.calendar();
        if (!calendar)
            return fail(calendar.error());
        const QByteArray json = CalendarJson::toJson(calendar->versions());
        if (file == QLatin1String("-")) {
            m_out << QString::fromUtf8(json);
            m_out.flush();
            return Ok;
        }
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
            return fail(tr("Cannot write %1: %2").arg(file, out.errorString()));
        const int written = static_cast<int>(calendar->versions().size());
        m_out << tr("Wrote %n calendar version(s) to %1.", nullptr, written).arg(file) << Qt::endl;
        return Ok;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(file, in.errorString()));
    auto versions = CalendarJson::fromJson(in.readAll());
    if (!versions)
        return fail(tr("Nothing was imported. %1").arg(versions.error()));
    if (auto set = service.setCalendarVersions(*versions, QDateTime::currentMSecsSinceEpoch()); !set)
        return fail(set.error());
    auto refreshed = service.ensureFresh();
    if (!refreshed)
        return fail(refreshed.error());
    const int imported = static_cast<int>(versions->size());
    const qint64 recomputed = refreshed->has_value() ? (*refreshed)->conversations : 0;
    m_out << tr("Imported %n calendar version(s); response times recomputed for %1 conversations.", nullptr,
                imported)
                 .arg(recomputed)
          << Qt::endl;
    return Ok;
}

} // namespace Torget
