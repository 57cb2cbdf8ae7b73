// torget-cli report: the response-time report, and recomputing the facts it reads.

#include "cli.h"

#include "sla/slareport.h"
#include "sla/slaservice.h"
#include "util/clock.h"

#include <QJsonDocument>

namespace Torget {

int Cli::reportCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("sla") && sub != QLatin1String("refresh")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            m_out << tr("Usage: torget-cli [--db PATH] report sla --from DATE --to DATE --by "
                        "channel|agent|week|month --format json|csv\n"
                        "       torget-cli [--db PATH] report refresh\n");
            return Ok;
        }
        return fail(
            tr("Use: torget-cli report sla or torget-cli report refresh (see torget-cli report --help)."),
            Usage);
    }
    QCommandLineParser p;
    const QCommandLineOption from(QStringLiteral("from"), tr("First day, such as 2026-01-01."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The day after the last day, such as 2027-01-01."),
                                QStringLiteral("DATE"));
    const QCommandLineOption by(QStringLiteral("by"), tr("Rows by channel, agent, week or month."),
                                QStringLiteral("GROUP"), QStringLiteral("channel"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json or csv."),
                                    QStringLiteral("F"), QStringLiteral("json"));
    if (sub == QLatin1String("sla"))
        p.addOptions({from, to, by, format});
    int code = Ok;
    if (!parse(
            p, args.mid(1), QStringLiteral("report ") + sub,
            sub == QLatin1String("sla")
                ? tr("Response times of the clocks that started in [--from, --to): median, p90 and mean in "
                     "business and calendar minutes, share within target and the same working day, by "
                     "first response, next response and resolution; with the heatmap and the backlog in "
                     "JSON.")
                : tr("Recomputes every conversation's response-time facts and deadline."),
            &code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return fail(tr("Use: torget-cli report %1 (see torget-cli report --help).").arg(sub), Usage);

    if (sub == QLatin1String("refresh")) {
        Database *db = open();
        if (!db)
            return Failed;
        auto done = SlaService(*db).refreshAll();
        if (!done)
            return fail(done.error());
        m_out << tr("Response times recomputed for %1 conversations (%2 clocks) in %3 s.")
                     .arg(done->conversations)
                     .arg(done->facts)
                     .arg(QString::number(static_cast<double>(done->milliseconds) / 1000.0, 'f', 1))
              << Qt::endl;
        return Ok;
    }

    QString fmt;
    if (!formatOption(p, format, false, &fmt, &code))
        return code;
    if (!p.isSet(from) || !p.isSet(to))
        return fail(tr("Give --from and --to."), Usage);
    const QDate first = QDate::fromString(p.value(from), Qt::ISODate);
    const QDate end = QDate::fromString(p.value(to), Qt::ISODate);
    if (!first.isValid() || !end.isValid())
        return fail(tr("--from and --to must be dates such as 2026-01-01."), Usage);
    if (end <= first)
        return fail(tr("--to must come after --from (the period is [--from, --to))."), Usage);
    const auto grouping = reportGroupingFromKey(p.value(by));
    if (!grouping)
        return fail(tr("--by must be one of: channel, agent, week, month."), Usage);
    Database *db = open();
    if (!db)
        return Failed;
    SlaService service(*db);
    if (auto fresh = service.ensureFresh(); !fresh)
        return fail(fresh.error());
    const SystemClock clock;
    auto result = SlaReport(*db, service, clock).run(first, end, *grouping);
    if (!result)
        return fail(result.error());
    if (fmt == QLatin1String("json"))
        m_out << QString::fromUtf8(QJsonDocument(SlaReport::toJson(*result)).toJson(QJsonDocument::Indented));
    else
        m_out << QString::fromUtf8(SlaReport::toCsv(*result));
    m_out.flush();
    return Ok;
}

} // namespace Torget
