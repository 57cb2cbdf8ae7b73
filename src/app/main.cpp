#include "i18n/language.h"
#include "mainwindow/mainwindow.h"
#include "secrets/keychainstore.h"
#include "settings/settings.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

// CPU time of the main thread (the path to the first paint) or of the whole process, in ms.
double cpuMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// For the start-up benchmark (tests/bench): with TORGET_EXIT_AFTER_FIRST_PAINT=1 the app prints
// "first-paint <ms since main> <peak kB> <main-thread CPU ms> <process CPU ms>" once the window, inbox
// included, has painted, and quits. The inbox is read while the window is built, so the first paint pass
// shows its rows.
class FirstPaintProbe final : public QObject
{
public:
    explicit FirstPaintProbe(const QElapsedTimer &since)
        : m_since(since)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
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

private:
    static qint64 peakKb()
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

    const QElapsedTimer &m_since;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("torget"));
    QApplication::setApplicationDisplayName(QStringLiteral("Torget"));
    QApplication::setApplicationVersion(QStringLiteral(TORGET_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("no.torget.Torget"));

    Torget::Settings settings;
    Torget::Language::install(
        app, Torget::Language::resolve(settings.value(Torget::Settings::Key::Language).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Service desk for citizen enquiries."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "The database file."), QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = settings.value(Torget::Settings::Key::DatabasePath).toString();
    if (path.isEmpty())
        path = Torget::Database::defaultPath();
    auto db = Torget::Database::openSqlite(path);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Torget cannot start"), db.error());
        return 1;
    }
    Torget::SystemClock clock;
    QNetworkAccessManager network;
    Torget::KeychainStore secrets;
    Torget::MainWindow window(settings, std::move(*db), clock);
    window.enableChannels(secrets, network);
    FirstPaintProbe probe(sinceStart);
    if (qEnvironmentVariableIntValue("TORGET_EXIT_AFTER_FIRST_PAINT") == 1)
        app.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
