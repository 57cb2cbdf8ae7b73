// torget-bench-window [--db FILE]: the start-up limit. An empty Qt Widgets main window of the app's
// default size that opens the database first (Database::openSqlite, as the app does), prints
// "first-paint <ms since main> <peak kB> <main-thread CPU ms> <process CPU ms>" after its first paint and
// quits — the same report as the app gives with TORGET_EXIT_AFTER_FIRST_PAINT=1.

#include "storage/database.h"
#include "util/firstpaintprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMainWindow>

#include <cstdio>
#include <memory>

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
    Torget::FirstPaintProbe probe(since);
    app.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
