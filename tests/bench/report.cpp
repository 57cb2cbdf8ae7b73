// The table on stdout and the JSON file.

#include "bench.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

namespace Bench {

namespace {

QString number(double v)
{
    if (v >= 1000)
        return QString::number(v, 'f', 0);
    if (v >= 10)
        return QString::number(v, 'f', 1);
    return QString::number(v, 'f', 2);
}

QString firstLine(const QString &file, const QByteArray &prefix)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

} // namespace

QString machineDescription()
{
    const QString cpu = firstLine(QStringLiteral("/proc/cpuinfo"), "model name");
    const double memGb =
        firstLine(QStringLiteral("/proc/meminfo"), "MemTotal").split(QLatin1Char(' ')).first().toDouble() /
        1024.0 / 1024.0;
    QFile load(QStringLiteral("/proc/loadavg"));
    QString loadavg;
    if (load.open(QIODevice::ReadOnly))
        loadavg = QString::fromUtf8(load.readAll()).section(QLatin1Char(' '), 0, 2);
    return QStringLiteral("%1, %2 cores, %3 GiB RAM, %4; load average %5")
        .arg(cpu)
        .arg(QThread::idealThreadCount())
        .arg(memGb, 0, 'f', 0)
        .arg(QSysInfo::prettyProductName(), loadavg);
}

void printTable(const std::vector<SizeResult> &results, const Options &o)
{
    const bool verbose = o.verbose;
    QTextStream out(stdout);
    out << "value: median of the runs on the " << (o.cpuClock ? "CPU" : "wall")
        << " clock, best: the best run, other: "
        << "the median on the " << (o.cpuClock ? "wall" : "CPU")
        << " clock; limit: the raw SQLite C API doing the "
        << "same statements, or an empty window opening the database; ratio = value / limit\n"
        << machineDescription() << '\n';
    for (const SizeResult &r : results) {
        out << "\n## " << r.conversations << " conversations, " << r.messages << " messages (" << r.path
            << ")\n";
        out << QStringLiteral("figure").leftJustified(58) << QStringLiteral("value").rightJustified(11)
            << QStringLiteral("best").rightJustified(10) << QStringLiteral("other").rightJustified(10)
            << QStringLiteral("limit").rightJustified(10) << QStringLiteral("ratio").rightJustified(8) << "  "
            << QStringLiteral("target").leftJustified(14) << QStringLiteral("met") << '\n';
        for (const Figure &f : r.figures) {
            if (f.detail && !verbose)
                continue;
            out << QString(f.label + QStringLiteral(" [") + f.unit + QLatin1Char(']')).leftJustified(58)
                << number(f.value).rightJustified(11) << number(f.best).rightJustified(10)
                << (f.other ? number(*f.other) : QStringLiteral("-")).rightJustified(10)
                << (f.limit ? number(*f.limit) : QStringLiteral("-")).rightJustified(10)
                << (f.ratio() ? QString::number(*f.ratio(), 'f', 2) : QStringLiteral("-")).rightJustified(8)
                << "  " << (f.target ? f.target->text() : QStringLiteral("-")).leftJustified(14)
                << (f.met() ? (*f.met() ? QStringLiteral("yes") : QStringLiteral("NO"))
                            : QStringLiteral("-"));
            if (!f.note.isEmpty())
                out << "  (" << f.note << ')';
            out << '\n';
        }
    }
    out.flush();
}

bool writeJson(const QString &path, const Options &o, const std::vector<SizeResult> &results)
{
    QJsonArray sizes;
    for (const SizeResult &r : results) {
        QJsonArray figures;
        for (const Figure &f : r.figures) {
            QJsonObject j{{QStringLiteral("key"), f.key},   {QStringLiteral("label"), f.label},
                          {QStringLiteral("unit"), f.unit}, {QStringLiteral("value"), f.value},
                          {QStringLiteral("best"), f.best}, {QStringLiteral("runs"), f.runs}};
            if (f.other)
                j.insert(QStringLiteral("other_clock"), *f.other);
            if (f.limit)
                j.insert(QStringLiteral("limit"), *f.limit);
            if (const auto ratio = f.ratio())
                j.insert(QStringLiteral("ratio"), *ratio);
            if (f.target) {
                j.insert(QStringLiteral("target"), f.target->text());
                j.insert(QStringLiteral("met"), *f.met());
            }
            if (!f.note.isEmpty())
                j.insert(QStringLiteral("note"), f.note);
            figures.append(j);
        }
        sizes.append(QJsonObject{{QStringLiteral("conversations"), r.conversations},
                                 {QStringLiteral("messages"), r.messages},
                                 {QStringLiteral("figures"), figures}});
    }
    const QJsonObject root{
        {QStringLiteral("machine"), machineDescription()},
        {QStringLiteral("when"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("runs"), o.runs},
        {QStringLiteral("clock"), o.cpuClock ? QStringLiteral("cpu") : QStringLiteral("wall")},
        {QStringLiteral("demo_until"), o.until.toString(Qt::ISODate)},
        {QStringLiteral("sizes"), sizes}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return true;
}

} // namespace Bench
