#include "demo/demogenerator.h"
#include "dialogs/settingsdialog.h"
#include "i18n/language.h"
#include "mainwindow/inboxpane.h"
#include "mainwindow/mainwindow.h"
#include "settings/settings.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Torget;

// Drives the real main window offscreen, found by object names as a user finds it on screen.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void opensOnTheDatabase_showsConversationsAndCounts();
    void emptyDatabase_showsGuidanceInsteadOfAnEmptyTable();
    void menus_haveTheExpectedActionsAndShortcuts();
    void settingsDialog_changesLanguageAtOnce_data();
    void settingsDialog_changesLanguageAtOnce();
    void settingsDialog_switchesDatabase();
    void everyControl_hasAnAccessibleName();
    void settingsDialog_choosesWhoIAm();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &dbFile);
    // Runs fn on the next modal dialog of type T as soon as it is shown.
    template <typename Fn>
    void onNextDialog(Fn fn);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc())};
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db);
    DemoOptions options;
    options.conversations = 300;
    options.until = QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc());
    QVERIFY(DemoGenerator(**db, options).run());
}

void TestMainWindow::cleanup()
{
    Language::install(*qApp, QStringLiteral("en"));
    m_settings->reset(Settings::Key::Language);
    m_settings->reset(Settings::Key::DatabasePath);
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(const QString &dbFile)
{
    auto db = Database::openSqlite(m_dir.filePath(dbFile));
    if (!db)
        return nullptr;
    auto window = std::make_unique<MainWindow>(*m_settings, std::move(*db), m_clock);
    window->show();
    return window;
}

template <typename Fn>
void TestMainWindow::onNextDialog(Fn fn)
{
    QTimer::singleShot(0, this, [fn] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, qApp, [fn] {
                if (auto *later = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()))
                    fn(later);
            });
            return;
        }
        fn(dialog);
    });
}

void TestMainWindow::opensOnTheDatabase_showsConversationsAndCounts()
{
    auto window = makeWindow(QStringLiteral("demo.sqlite"));
    QVERIFY(window);
    auto *list = window->findChild<QTableView *>(QStringLiteral("conversationList"));
    QVERIFY(list);
    QVERIFY(list->isVisible());
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("conversationView")));
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("replyBox")));
    QVERIFY(window->findChild<QMenu *>(QStringLiteral("conversationMenu"))->actions().size() > 10);
    auto *counts = window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(counts);
    QVERIFY2(counts->text().startsWith(QStringLiteral("300 conversations")), qPrintable(counts->text()));
    auto *dbLabel = window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(dbLabel->text().endsWith(QStringLiteral("demo.sqlite")));
    QVERIFY(window->windowTitle().contains(QStringLiteral("demo.sqlite")));
}

void TestMainWindow::emptyDatabase_showsGuidanceInsteadOfAnEmptyTable()
{
    auto window = makeWindow(QStringLiteral("empty.sqlite"));
    QVERIFY(window);
    auto *empty = window->findChild<QLabel *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("torget-cli demo")));
    QVERIFY(!window->findChild<QTableView *>(QStringLiteral("conversationList"))->isVisible());
}

void TestMainWindow::menus_haveTheExpectedActionsAndShortcuts()
{
    auto window = makeWindow(QStringLiteral("demo.sqlite"));
    const auto action = [&](const char *name) { return window->findChild<QAction *>(QLatin1String(name)); };
    for (const char *name : {"openDatabaseAction", "backupAction", "quitAction", "settingsAction",
                             "refreshAction", "aboutAction", "aboutQtAction"}) {
        QVERIFY2(action(name), name);
        QVERIFY2(!action(name)->text().isEmpty(), name);
    }
    QCOMPARE(action("openDatabaseAction")->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(action("quitAction")->shortcut(), QKeySequence(QKeySequence::Quit));
    QCOMPARE(action("refreshAction")->shortcut(), QKeySequence(QKeySequence::Refresh));
    QVERIFY(!action("settingsAction")->shortcut().isEmpty());
    QVERIFY(window->findChild<QMenu *>(QStringLiteral("fileMenu"))->actions().contains(action("quitAction")));
    QVERIFY(
        window->findChild<QMenu *>(QStringLiteral("helpMenu"))->actions().contains(action("aboutAction")));
}

void TestMainWindow::settingsDialog_changesLanguageAtOnce_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("header");
    QTest::newRow("bokmål") << "nb"
                            << "&Fil"
                            << "&Innstillinger…"
                            << "Innbygger";
    QTest::newRow("nynorsk") << "nn"
                             << "&Fil"
                             << "&Innstillingar…"
                             << "Innbyggjar";
    QTest::newRow("English") << "en"
                             << "&File"
                             << "&Settings…"
                             << "Citizen";
}

void TestMainWindow::settingsDialog_changesLanguageAtOnce()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);
    QFETCH(QString, settings);
    QFETCH(QString, header);
    auto window = makeWindow(QStringLiteral("demo.sqlite"));
    onNextDialog([code](SettingsDialog *dialog) {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(code));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QCOMPARE(m_settings->value(Settings::Key::Language).toString(), code);
    // Qt delivers the language change as an event: the window follows as soon as it is handled.
    QTRY_COMPARE(window->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), fileMenu);
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("settingsAction"))->text(), settings);
    auto *list = window->findChild<QTableView *>(QStringLiteral("conversationList"));
    QCOMPARE(list->model()->headerData(1, Qt::Horizontal).toString(), header);
    QCOMPARE(window->database().path(), m_dir.filePath(QStringLiteral("demo.sqlite"))); // --db file kept
}

void TestMainWindow::settingsDialog_switchesDatabase()
{
    auto window = makeWindow(QStringLiteral("demo.sqlite"));
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    onNextDialog([other](SettingsDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(other);
        dialog->accept();
    });
    window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QCOMPARE(window->database().path(), other);
    QCOMPARE(m_settings->value(Settings::Key::DatabasePath).toString(), other);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
}

void TestMainWindow::everyControl_hasAnAccessibleName()
{
    auto window = makeWindow(QStringLiteral("demo.sqlite"));
    QVERIFY(!window->findChild<QTableView *>(QStringLiteral("conversationList"))->accessibleName().isEmpty());
    SettingsDialog dialog(*m_settings, *AccountRepository(window->database()).agents(), window.get());
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    // Tab order follows the form: language, file, browse.
    const auto nextTabStop = [](QWidget *w) {
        do
            w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus));
        return w->objectName();
    };
    auto *combo = dialog.findChild<QWidget *>(QStringLiteral("languageCombo"));
    QCOMPARE(nextTabStop(combo), QStringLiteral("databaseEdit"));
    QCOMPARE(nextTabStop(dialog.findChild<QWidget *>(QStringLiteral("databaseEdit"))),
             QStringLiteral("browseButton"));
}

void TestMainWindow::settingsDialog_choosesWhoIAm()
{
    auto window = makeWindow(QStringLiteral("demo.sqlite"));
    auto agents = AccountRepository(window->database()).agents();
    QVERIFY(agents && agents->size() > 2);
    const Agent third = (*agents)[2];
    QVERIFY(window->inbox()->me().id != third.id);
    onNextDialog([third](SettingsDialog *dialog) {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("agentCombo"));
        combo->setCurrentIndex(combo->findData(third.email));
        dialog->accept();
    });
    window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QCOMPARE(m_settings->value(Settings::Key::AgentEmail).toString(), third.email);
    QCOMPARE(window->inbox()->me().id, third.id);
    m_settings->reset(Settings::Key::AgentEmail);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
