// torget-bench-window [--db FILE]: the start-up limit. An empty Qt Widgets main window of the app's
// default size that opens the database first (Database::openSqlite, as the app does), prints
// "first-paint <ms since main> <peak kB> <main-thread CPU ms> <process CPU ms>" after its first paint and
// quits — the same report as the app gives with TORGET_EXIT_AFTER_FIRST_PAINT=1.

#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <memory>

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

class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &since)
        : m_since(since)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
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

private:
    const QElapsedTimer &m_since;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer since;
    since.start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("database file"),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);
    std::unique_ptr<Torget::Database> db;
    if (parser.isSet(dbOption)) {
        auto opened = Torget::Database::openSqlite(parser.value(dbOption));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            return 1;
        }
        db = std::move(*opened);
    }
    QMainWindow window;
    window.resize(1200, 760); // the main window's default size
    FirstPaint probe(since);
    app.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
