// torget-bench: the performance suite of issue 7 (not part of ctest).
//
//   torget-bench [--sizes 10000,100000,1000000] [--workdir DIR] [--keep] [--json FILE] [--runs N]
//                [--ingest N] [--phases ingest,inbox,reports,startup] [--db FILE] [--verbose]
//
// For each size it makes Demo kommune with the demo generator (the code of `torget-cli demo`,
// about 4.4 messages per conversation) unless the workdir already holds it, then measures through
// the app's own code, each figure beside its limit measured in the same run: the raw SQLite C API
// doing the same statements, or an empty Qt Widgets window opening the same database. Prints a
// table (value = median of the runs) and writes the figures with their ratios as JSON.

#include "bench.h"

#include "storage/database.h"
#include "storage/maintenance.h"
#include "util/timeformat.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Bench;

int main(int argc, char *argv[])
{
    // The models need a QApplication, not a screen: the benchmark runs on servers and in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Torget performance suite (issue 7)."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("conversations per database"),
                                         QStringLiteral("N,N,..."), QStringLiteral("10000,100000,1000000"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"),
                                           QStringLiteral("where the databases are made and kept"),
                                           QStringLiteral("DIR"), QStringLiteral("bench-data"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("keep the ingest databases"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("write the figures as JSON"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs per figure (median)"),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption ingestOption(QStringLiteral("ingest"),
                                          QStringLiteral("conversations written again for the ingest figure"),
                                          QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption phasesOption(QStringLiteral("phases"), QStringLiteral("which phases to run"),
                                          QStringLiteral("LIST"),
                                          QStringLiteral("inbox,reports,ingest,startup"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("measure this database instead of generated sizes"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("the torget executable"),
                                       QStringLiteral("PATH"));
    const QCommandLineOption untilOption(QStringLiteral("until"), QStringLiteral("end of the demo history"),
                                         QStringLiteral("TIME"), QStringLiteral("2026-11-26T09:00:00+01:00"));
    const QCommandLineOption cpuOption(QStringLiteral("cpu"),
                                       QStringLiteral("figures in CPU time, not wall time (loaded machine)"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("every search query in the table, progress"));
    parser.addOptions({sizesOption, workdirOption, keepOption, jsonOption, runsOption, ingestOption,
                       phasesOption, dbOption, appOption, untilOption, cpuOption, verboseOption});
    parser.process(app);
    QTextStream err(stderr);

    Options o;
    o.workdir = QFileInfo(parser.value(workdirOption)).absoluteFilePath();
    QDir().mkpath(o.workdir);
    const QString here = QCoreApplication::applicationDirPath();
    o.appPath = parser.isSet(appOption) ? parser.value(appOption)
                                        : QDir(here).absoluteFilePath(QStringLiteral("../../src/app/torget"));
    o.windowPath = QDir(here).absoluteFilePath(QStringLiteral("torget-bench-window"));
    o.until = Torget::TimeFormat::parseIso(parser.value(untilOption));
    o.runs = std::max(1, parser.value(runsOption).toInt());
    o.ingestCap = std::max<qint64>(1, parser.value(ingestOption).toLongLong());
    o.verbose = parser.isSet(verboseOption);
    o.keep = parser.isSet(keepOption);
    o.cpuClock = parser.isSet(cpuOption);
    const QStringList phases = parser.value(phasesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!o.until.isValid()) {
        err << "--until must be an ISO 8601 time" << Qt::endl;
        return 2;
    }

    std::vector<SizeResult> results;
    std::vector<QString> paths;
    std::vector<std::vector<Figure>> made;
    if (parser.isSet(dbOption)) {
        paths.push_back(QFileInfo(parser.value(dbOption)).absoluteFilePath());
        made.emplace_back();
    } else {
        for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            std::vector<Figure> figures;
            const QString path = ensureDatabase(o, size.toLongLong(),
                                                [&figures](Figure f) { figures.push_back(std::move(f)); });
            if (path.isEmpty())
                return 1;
            paths.push_back(path);
            made.push_back(std::move(figures));
        }
    }

    err << "machine: " << machineDescription() << Qt::endl;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        SizeResult r;
        r.path = paths[i];
        r.figures = made[i];
        const Add add = [&r, &err, &o](Figure f) {
            if (o.verbose || !f.detail)
                err << "  " << f.label << ": " << f.value << ' ' << f.unit << Qt::endl;
            r.figures.push_back(std::move(f));
        };
        const Samples open = repeat(o.runs, [&] { (void)Torget::Database::openSqlite(r.path); });
        auto db = Torget::Database::openSqlite(r.path);
        if (!db) {
            err << db.error() << Qt::endl;
            return 1;
        }
        if (auto stats = Torget::Maintenance(**db).stats()) {
            r.conversations = stats->conversations;
            r.messages = stats->messages;
        }
        err << r.path << ": " << r.conversations << " conversations, " << r.messages << " messages"
            << Qt::endl;
        Figure f;
        f.key = QStringLiteral("open_database");
        f.label = QStringLiteral("open the database (schema check, pragmas)");
        f.unit = QStringLiteral("ms");
        setTimes(f, open, nullptr, o);
        add(f);
        if (phases.contains(QLatin1String("inbox")))
            inbox(o, **db, r.path, add);
        if (phases.contains(QLatin1String("reports")))
            reports(o, **db, add);
        if (phases.contains(QLatin1String("startup")))
            startup(o, r.path, add);
        db->reset();
        if (phases.contains(QLatin1String("ingest")))
            ingest(o, r.path, add);
        results.push_back(std::move(r));
    }
    printTable(results, o);
    if (parser.isSet(jsonOption)) {
        if (!writeJson(parser.value(jsonOption), o, results)) {
            err << "cannot write " << parser.value(jsonOption) << Qt::endl;
            return 1;
        }
        err << "wrote " << parser.value(jsonOption) << Qt::endl;
    }
    return 0;
}
