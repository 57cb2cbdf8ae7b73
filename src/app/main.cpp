#include "i18n/language.h"
#include "mainwindow/mainwindow.h"
#include "secrets/keychainstore.h"
#include "settings/settings.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/firstpaintprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QNetworkAccessManager>

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
    Torget::FirstPaintProbe probe(sinceStart);
    if (qEnvironmentVariableIntValue("TORGET_EXIT_AFTER_FIRST_PAINT") == 1)
        app.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
