// The manager's reports: the 12-month response-time report (SlaReport over the facts SlaService
// keeps; the demo computed them) and the maturity report. The limit replays the reports' reads on
// a raw connection: what is left is the reports' own arithmetic.

#include "bench.h"

#include "analytics/maturityreport.h"
#include "sla/slareport.h"
#include "sla/slaservice.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QTextStream>

namespace Bench {

using namespace Torget;

void reports(const Options &o, Database &db, const Add &add)
{
    RawConnection raw(db.path());
    const FixedClock clock(o.until);
    SlaService service(db);
    if (auto fresh = service.ensureFresh(); !fresh)
        QTextStream(stderr) << fresh.error() << Qt::endl;
    const QDate today = o.until.toTimeZone(TimeFormat::osloZone()).date();
    const QDate from = today.addMonths(-12);
    const QDate to = today.addDays(1);

    const auto measure = [&](const QString &key, const QString &label, int runs,
                             const std::function<void()> &op, std::optional<Target> target) {
        QStringList sql;
        resetPeakMemory();
        op(); // unrecorded first: caches filled as in the runs
        {
            SqlTrace trace(db);
            op();
            sql = trace.statements();
        }
        const Samples app = repeat(runs, op);
        const Samples limit = repeat(runs, [&] { raw.run(sql); });
        Figure f;
        f.key = key;
        f.label = label;
        f.unit = QStringLiteral("ms");
        setTimes(f, app, &limit, o);
        f.target = target;
        f.note = QStringLiteral("limit: its reads; peak %1 MB").arg(peakMemoryMb(), 0, 'f', 0);
        add(f);
    };
    for (const ReportGrouping by : {ReportGrouping::Month, ReportGrouping::Channel}) {
        measure(
            QStringLiteral("sla_report_12m_") + key(by),
            QStringLiteral("12-month response-time report, by %1").arg(key(by)), o.runs,
            [&] {
                auto result = SlaReport(db, service, clock).run(from, to, by);
                if (!result)
                    QTextStream(stderr) << result.error() << Qt::endl;
            },
            Target{Target::Kind::ValueBelow, 500});
    }
    MaturityReportOptions options;
    options.to = today;
    options.from = QDate(today.year(), today.month(), 1).addMonths(-14);
    options.by = Granularity::Month;
    measure(
        QStringLiteral("maturity_report"), QStringLiteral("maturity report, 15 months by month"),
        std::min(o.runs, 2),
        [&] {
            auto data = MaturityReport(db, clock).build(options);
            if (!data)
                QTextStream(stderr) << data.error() << Qt::endl;
        },
        std::nullopt);
}

} // namespace Bench
