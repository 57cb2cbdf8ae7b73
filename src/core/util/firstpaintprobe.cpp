#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace Torget {

namespace {

// CPU time of the main thread (the path to the first paint) or of the whole process, in ms.
double cpuMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

qint64 peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // After the whole paint pass, not in the middle of the first widget's.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-paint %lld %lld %.1f %.1f\n", static_cast<long long>(m_since.elapsed()),
                        static_cast<long long>(peakKb()), cpuMs(CLOCK_THREAD_CPUTIME_ID),
                        cpuMs(CLOCK_PROCESS_CPUTIME_ID));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Torget
