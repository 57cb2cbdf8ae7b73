// The benchmark's databases: Demo kommune at each size, made once and kept in the workdir (a
// million conversations take minutes to generate).

#include "bench.h"

#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Bench {

QString ensureDatabase(const Options &o, qint64 conversations, const Add &add)
{
    const QString path = QDir(o.workdir).filePath(QStringLiteral("demo-%1.sqlite").arg(conversations));
    const QString sidecar = path + QStringLiteral(".json");
    QTextStream err(stderr);
    if (!QFile::exists(path)) {
        // Generated under another name and renamed when complete: an interrupted run leaves no
        // half-filled database to be reused.
        const QString part = path + QStringLiteral(".part");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(part + suffix);
        err << "generating " << conversations << " conversations into " << path << " ..." << Qt::endl;
        resetPeakMemory();
        QElapsedTimer t;
        t.start();
        const double cpuBefore = cpuMs();
        qint64 messages = 0;
        {
            auto db = Torget::Database::openSqlite(part);
            if (!db) {
                err << db.error() << Qt::endl;
                return {};
            }
            Torget::DemoOptions options;
            options.conversations = conversations;
            options.until = o.until;
            auto summary = Torget::DemoGenerator(**db, options).run([&err](qint64 done, qint64 total) {
                if (done % 100000 == 0 || done == total)
                    err << "  " << done << " / " << total << Qt::endl;
            });
            if (!summary) {
                err << summary.error() << Qt::endl;
                return {};
            }
            messages = summary->messages;
        }
        const double seconds = elapsedMs(t) / 1000.0;
        const double cpuSeconds = (cpuMs() - cpuBefore) / 1000.0;
        if (!QFile::rename(part, path)) {
            err << "cannot rename " << part << Qt::endl;
            return {};
        }
        QFile side(sidecar);
        if (side.open(QIODevice::WriteOnly)) {
            side.write(QJsonDocument(QJsonObject{{QStringLiteral("seconds"), seconds},
                                                 {QStringLiteral("cpu_seconds"), cpuSeconds},
                                                 {QStringLiteral("messages"), messages},
                                                 {QStringLiteral("peak_mb"), peakMemoryMb()},
                                                 {QStringLiteral("made"),
                                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
                           .toJson());
        }
    }
    // The generation is timed once, when the database is made; a reused database reports the
    // time recorded then.
    QFile side(sidecar);
    if (side.open(QIODevice::ReadOnly)) {
        const QJsonObject made = QJsonDocument::fromJson(side.readAll()).object();
        const double seconds = made.value(QStringLiteral("seconds")).toDouble();
        const double messages = made.value(QStringLiteral("messages")).toDouble();
        if (seconds > 0) {
            Figure f;
            f.key = QStringLiteral("demo_generation_rate");
            f.label = QStringLiteral("demo generation incl. response-time facts (once, %1)")
                          .arg(made.value(QStringLiteral("made")).toString().left(16));
            f.unit = QStringLiteral("msg/s");
            f.value = f.best = messages / seconds;
            const double cpuSeconds = made.value(QStringLiteral("cpu_seconds")).toDouble();
            if (cpuSeconds > 0)
                f.other = messages / cpuSeconds;
            f.note = QStringLiteral("%1 s wall, %2 s CPU, peak %3 MB")
                         .arg(seconds, 0, 'f', 1)
                         .arg(cpuSeconds, 0, 'f', 1)
                         .arg(made.value(QStringLiteral("peak_mb")).toDouble(), 0, 'f', 0);
            add(f);
        }
    }
    return path;
}

} // namespace Bench
