// Start-up: from starting the app's process to its first painted window with the inbox (offscreen,
// TORGET_EXIT_AFTER_FIRST_PAINT=1 makes it report and quit), against the limit: an empty Qt Widgets
// window that opens the same database (torget-bench-window --db FILE).

#include "bench.h"

#include "storage/database.h"

#include <QDir>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

namespace Bench {

namespace {

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct Start
{
    double ms = -1;     // from starting the process to the first paint, as the parent sees it
    double cpuMs = -1;  // the child's main-thread CPU time to the first paint (the critical path)
    double peakMb = -1; // the child's VmHWM at its first paint
};

Start startOnce(const QString &program, const QStringList &args, const QString &workdir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TORGET_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    // Settings of their own: the benchmark must not change the user's, nor depend on them.
    const QString home = QDir(workdir).filePath(QStringLiteral("startup-home"));
    QDir().mkpath(home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    Start s;
    QByteArray out;
    while (s.ms < 0 && t.elapsed() < 120000) {
        if (!p.waitForReadyRead(1000) && p.state() == QProcess::NotRunning)
            break;
        out += p.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-paint");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            s.ms = elapsedMs(t);
            const QList<QByteArray> parts = out.mid(at, out.indexOf('\n', at) - at).split(' ');
            if (parts.size() >= 3)
                s.peakMb = parts.at(2).toDouble() / 1024.0;
            if (parts.size() >= 4)
                s.cpuMs = parts.at(3).toDouble();
        }
    }
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    if (s.cpuMs < 0) // an older probe without the CPU figure: the whole child, to its exit
        s.cpuMs = childrenCpuMs() - cpuBefore;
    if (s.ms < 0)
        QTextStream(stderr) << program << " did not report a first paint: " << p.readAllStandardError()
                            << Qt::endl;
    return s;
}

struct Series
{
    Samples time;
    std::vector<double> peak;
};

} // namespace

void startup(const Options &o, const QString &path, const Add &add)
{
    // Interleaved, so that the three see the same load; one unmeasured start first warms the
    // page cache for the libraries and the database.
    (void)startOnce(o.appPath, {QStringLiteral("--db"), path}, o.workdir);
    Series app;
    Series window;
    Series windowDb;
    for (int i = 0; i < o.runs; ++i) {
        for (auto [series, program, args] :
             {std::tuple{&app, o.appPath, QStringList{QStringLiteral("--db"), path}},
              std::tuple{&window, o.windowPath, QStringList{}},
              std::tuple{&windowDb, o.windowPath, QStringList{QStringLiteral("--db"), path}}}) {
            const Start s = startOnce(program, args, o.workdir);
            if (s.ms >= 0) {
                series->time.ms.push_back(s.ms);
                series->time.cpu.push_back(s.cpuMs);
                series->peak.push_back(s.peakMb);
            }
        }
    }
    const Samples open = repeat(o.runs, [&] { (void)Torget::Database::openSqlite(path); });

    Figure f;
    f.key = QStringLiteral("startup");
    f.label = QStringLiteral("start to first painted inbox (offscreen)");
    f.unit = QStringLiteral("ms");
    setTimes(f, app.time, &windowDb.time, o);
    f.target = Target{Target::Kind::RatioAtMost, 1.5};
    f.note =
        QStringLiteral("limit: empty window + open DB; empty window alone %1 ms, DB open in-process %2 ms")
            .arg(window.time.median(), 0, 'f', 0)
            .arg(open.median(), 0, 'f', 1);
    add(f);
    Figure m;
    m.key = QStringLiteral("startup_peak_memory");
    m.label = QStringLiteral("app peak memory at first paint");
    m.unit = QStringLiteral("MB");
    m.value = percentile(app.peak, 0.5);
    m.best = percentile(app.peak, 0);
    m.limit = percentile(windowDb.peak, 0.5);
    m.target = Target{Target::Kind::ValueBelow, 300};
    add(m);
}

} // namespace Bench
