#include "mainwindow.h"

#include "charts/maturitydashboard.h"
#include "dialogs/accountsdialog.h"
#include "dialogs/calendardialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/standardrepliesdialog.h"
#include "i18n/language.h"
#include "mainwindow/channelhub.h"
#include "mainwindow/deadlinenotifier.h"
#include "mainwindow/inboxpane.h"
#include "mainwindow/slarefreshjob.h"
#include "reports/slareportspage.h"
#include "settings/settings.h"
#include "storage/accountrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "views/conversationview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace Torget {

MainWindow::MainWindow(Settings &settings, std::unique_ptr<Database> db, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_db(std::move(db))
    , m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/torget.svg")));

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    // The desk's inbox, and the manager's screens beside it.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_stack, QString());
    setCentralWidget(m_pages);
    // The dashboard reads a year of figures: only when someone looks at it.
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_maturity && m_pages->currentWidget() == m_maturity)
            m_maturity->reload();
        if (m_slaReports && m_pages->currentWidget() == m_slaReports)
            m_slaReports->showing();
    });

    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_dbLabel);

    createActions();
    createMenus();
    attachInbox();
    retranslate();

    resize(1200, 760);
    restoreGeometry(m_settings.value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings.value(Settings::Key::MainWindowState).toByteArray());
}

MainWindow::~MainWindow()
{
    // Whatever reads the database goes before it (child widgets would otherwise outlive m_db).
    m_channels.reset();
    delete m_maturity;
    delete m_slaReports;
    delete m_inbox;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);

    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backUp);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // The standard key has no binding on most Linux desktops; Ctrl+, is what users expect there.
    m_settingsAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                       ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                       : QKeySequence::keyBindings(QKeySequence::Preferences));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_standardRepliesAction = new QAction(this);
    m_standardRepliesAction->setObjectName(QStringLiteral("standardRepliesAction"));
    connect(m_standardRepliesAction, &QAction::triggered, this, &MainWindow::editStandardReplies);

    m_calendarAction = new QAction(this);
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    connect(m_calendarAction, &QAction::triggered, this, &MainWindow::showCalendar);

    m_accountsAction = new QAction(this);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_accountsAction->setEnabled(false); // until enableChannels()
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::showAccounts);

    m_inboxPageAction = new QAction(this);
    m_inboxPageAction->setObjectName(QStringLiteral("inboxPageAction"));
    m_inboxPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_inboxPageAction, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_stack);
        if (m_inbox)
            m_inbox->setFocus();
    });
    m_maturityPageAction = new QAction(this);
    m_maturityPageAction->setObjectName(QStringLiteral("maturityPageAction"));
    m_maturityPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_maturityPageAction, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_maturity);
        m_maturity->setFocus();
    });
    m_slaPageAction = new QAction(this);
    m_slaPageAction->setObjectName(QStringLiteral("slaPageAction"));
    m_slaPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_slaPageAction, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_slaReports);
        m_slaReports->setFocus();
    });

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_standardRepliesAction);
    m_editMenu->addAction(m_calendarAction);
    m_editMenu->addAction(m_accountsAction);
    m_editMenu->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_inboxPageAction);
    m_viewMenu->addAction(m_maturityPageAction);
    m_viewMenu->addAction(m_slaPageAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refreshAction);

    m_conversationMenu = menuBar()->addMenu(QString());
    m_conversationMenu->setObjectName(QStringLiteral("conversationMenu"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Torget — %1").arg(QFileInfo(m_db->path()).fileName()));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_conversationMenu->setTitle(tr("&Conversation"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Database…"));
    m_openAction->setStatusTip(tr("Open another Torget database file"));
    m_backupAction->setText(tr("&Back Up Database…"));
    m_backupAction->setStatusTip(tr("Copy the database to a new file while Torget keeps running"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    m_standardRepliesAction->setText(tr("Standard &Replies…"));
    m_calendarAction->setText(tr("Opening &Hours and Targets…"));
    m_calendarAction->setStatusTip(
        tr("Opening hours, holidays and closures, response-time targets and escalation after a breach"));
    m_accountsAction->setText(tr("&Accounts…"));
    m_accountsAction->setStatusTip(tr("Connect the municipality's Facebook page and Mastodon account"));
    m_standardRepliesAction->setStatusTip(
        tr("Add, change and delete the standard replies in bokmål, nynorsk and English"));
    m_inboxPageAction->setText(tr("&Inbox"));
    m_maturityPageAction->setText(tr("&Maturity"));
    m_maturityPageAction->setStatusTip(
        tr("The municipality's climb from presence to mobilization to dialog, month by month"));
    m_pages->setTabText(m_pages->indexOf(m_stack), tr("Inbox"));
    if (m_maturity)
        m_pages->setTabText(m_pages->indexOf(m_maturity), tr("Maturity"));
    m_slaPageAction->setText(tr("Response &Times"));
    m_slaPageAction->setStatusTip(
        tr("How fast the municipality answers: by channel, agent, week or month, with the hours that miss"));
    if (m_slaReports)
        m_pages->setTabText(m_pages->indexOf(m_slaReports), tr("Response times"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setStatusTip(tr("Read the conversations again from the database"));
    m_aboutAction->setText(tr("&About Torget"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_empty->setText(
        tr("No conversations yet.\n\nConversations appear here when a channel account is synchronised "
           "or a file is imported (torget-cli import jsonl FILE). To try Torget, create the demo "
           "municipality: torget-cli demo --conversations 20000"));
    m_empty->setAccessibleName(tr("No conversations"));
    m_dbLabel->setToolTip(tr("The database file"));
    updateStatus();
}

// "Me": the agent chosen in the settings, else the first active one; a new database gets an agent
// named after the person logged in.
static Agent currentAgent(Database &db, const QString &email)
{
    AccountRepository accounts(db);
    if (auto agents = accounts.agents()) {
        for (const Agent &a : *agents) {
            if (!email.isEmpty() && a.email.compare(email, Qt::CaseInsensitive) == 0)
                return a;
        }
        for (const Agent &a : *agents) {
            if (a.active)
                return a;
        }
    }
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("agent");
    Agent me{0, user, QString(), true};
    if (auto id = accounts.upsertAgent(me))
        me.id = *id;
    return me;
}

void MainWindow::attachInbox()
{
    if (m_inbox) {
        m_stack->removeWidget(m_inbox);
        m_conversationMenu->clear();
        delete m_inbox;
        m_inbox = nullptr;
    }
    if (m_maturity) {
        m_pages->removeTab(m_pages->indexOf(m_maturity));
        delete m_maturity;
    }
    m_maturity = new MaturityDashboard(*m_db, m_clock, this);
    m_maturity->setObjectName(QStringLiteral("maturityDashboard"));
    m_pages->addTab(m_maturity, tr("Maturity"));
    if (m_slaReports) {
        m_pages->removeTab(m_pages->indexOf(m_slaReports));
        delete m_slaReports;
    }
    m_slaReports = new SlaReportsPage(*m_db, m_clock, this);
    m_pages->addTab(m_slaReports, tr("Response times"));
    // A clicked figure: the inbox shows exactly the conversations behind it.
    connect(m_slaReports, &SlaReportsPage::conversationsRequested, this,
            [this](const std::vector<qint64> &ids, const QString &title) {
                m_pages->setCurrentWidget(m_stack);
                if (m_inbox) {
                    m_inbox->showConversations(ids, title);
                    m_inbox->setFocus();
                }
            });
    m_inbox = new InboxPane(
        *m_db, m_clock, currentAgent(*m_db, m_settings.value(Settings::Key::AgentEmail).toString()), this);
    connect(m_inbox, &InboxPane::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        updateStatus();
    });
    m_stack->addWidget(m_inbox);
    m_inbox->setFocus();
    // Code overrides on the maturity page are audited under the same agent as the inbox's actions.
    m_maturity->setAgent(m_inbox->me());
    connect(m_inbox, &InboxPane::replyQueued, this, [this] {
        if (m_channels)
            m_channels->replyQueued();
    });
    for (QAction *action : m_inbox->conversationActions()) {
        if (action)
            m_conversationMenu->addAction(action);
        else
            m_conversationMenu->addSeparator();
    }
    attachNotifier();
}

void MainWindow::attachNotifier()
{
    m_notifier = std::make_unique<DeadlineNotifier>(*m_db, m_clock);
    m_notifier->setNotificationsEnabled(m_settings.value(Settings::Key::NotifyDeadlines).toBool());
    connect(m_notifier.get(), &DeadlineNotifier::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_notifier.get(), &DeadlineNotifier::escalated, this, [this] {
        if (m_inbox)
            m_inbox->refresh();
    });
    connect(m_notifier.get(), &DeadlineNotifier::conversationRequested, this, [this](qint64 id) {
        m_pages->setCurrentWidget(m_stack);
        showNormal();
        raise();
        activateWindow();
        if (m_inbox)
            m_inbox->openConversation(id);
    });
    m_notifier->start();
    // A database that asks for it (after a migration, an import) gets its deadlines recomputed in
    // the background; the notifier and escalation wait for them meanwhile.
    startSlaRefresh();
}

void MainWindow::showCalendar()
{
    CalendarDialog dialog(*m_db, m_clock, this);
    dialog.exec();
    if (dialog.refreshNeeded())
        startSlaRefresh();
}

void MainWindow::startSlaRefresh()
{
    if (!m_slaRefresh) {
        m_slaRefresh = std::make_unique<SlaRefreshJob>(*m_db);
        connect(m_slaRefresh.get(), &SlaRefreshJob::progress, this, [this](qint64 done, qint64 total) {
            statusBar()->showMessage(total > 0 ? tr("Recomputing deadlines… %1 %").arg(done * 100 / total)
                                               : tr("Recomputing deadlines…"));
        });
        connect(m_slaRefresh.get(), &SlaRefreshJob::finished, this,
                [this](const QString &error, qint64 conversations, qint64 ms) {
                    if (!error.isEmpty()) {
                        statusBar()->showMessage(tr("The deadlines could not be recomputed: %1").arg(error));
                        return;
                    }
                    if (conversations == 0)
                        return; // nothing was needed
                    statusBar()->showMessage(tr("Deadlines recomputed for %n conversation(s) in %1 s.",
                                                nullptr, static_cast<int>(conversations))
                                                 .arg(QLocale().toString(ms / 1000.0, 'f', 1)),
                                             15000);
                    if (m_inbox)
                        m_inbox->refresh();
                });
    }
    m_slaRefresh->start();
}

void MainWindow::updateStatus()
{
    m_dbLabel->setText(QDir::toNativeSeparators(m_db->path()));
    // Two indexed counts: cheap at a million conversations (counting messages is not). "New" is the
    // status, not the inbox's Unanswered view (which also holds replies from citizens awaiting ours).
    ConversationRepository conversations(*m_db);
    ConversationFilter unanswered;
    unanswered.status = ConversationStatus::New;
    auto total = conversations.count({});
    auto open = conversations.count(unanswered);
    if (!total || !open) {
        m_countLabel->setText(total ? open.error() : total.error());
        return;
    }
    const QLocale locale;
    m_countLabel->setText(
        tr("%1 conversations · %2 new", "status bar: all conversations, and those with the status New")
            .arg(locale.toString(*total), locale.toString(*open)));
    m_stack->setCurrentWidget(*total > 0 ? static_cast<QWidget *>(m_inbox) : m_empty);
}

void MainWindow::refresh()
{
    m_inbox->refresh();
    if (m_slaReports)
        m_slaReports->markStale();
    updateStatus();
}

bool MainWindow::openDatabase(const QString &path)
{
    auto db = Database::openSqlite(path);
    if (!db) {
        QMessageBox::warning(this, tr("Cannot open the database"), db.error());
        return false;
    }
    m_slaRefresh.reset(); // waits for a recomputation on the old file
    auto old = std::move(m_db);
    m_db = std::move(*db);
    attachInbox(); // before the old database goes: the old pane refers to it
    attachChannels();
    old.reset();
    retranslate();
    return true;
}

void MainWindow::chooseDatabase()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open Database"), QFileInfo(m_db->path()).absolutePath(),
                                     tr("SQLite database (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        openDatabase(file);
}

void MainWindow::backUp()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Back Up Database"),
        QDir(QFileInfo(m_db->path()).absolutePath())
            .filePath(QStringLiteral("torget-backup-%1.sqlite")
                          .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))),
        tr("SQLite database (*.sqlite)"));
    if (file.isEmpty())
        return;
    QFile::remove(file); // the dialog has asked before overwriting
    if (auto done = Maintenance(*m_db).backup(file); !done) {
        QMessageBox::warning(this, tr("Backup failed"), done.error());
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(file)), 10000);
}

void MainWindow::enableChannels(SecretStore &secrets, QNetworkAccessManager &network)
{
    m_secrets = &secrets;
    m_network = &network;
    m_accountsAction->setEnabled(true);
    attachChannels();
}

void MainWindow::attachChannels()
{
    m_channels.reset(); // stops the old database's syncs and sends first
    if (!m_secrets || !m_network)
        return;
    m_channels = std::make_unique<ChannelHub>(*m_db, *m_secrets, *m_network, m_clock);
    connect(m_channels.get(), &ChannelHub::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_channels.get(), &ChannelHub::dataChanged, this, &MainWindow::updateStatus);
    m_channels->start();
}

void MainWindow::showAccounts()
{
    if (!m_channels)
        return;
    AccountsDialog dialog(*m_db, *m_channels, this);
    dialog.exec();
    refresh();
}

void MainWindow::editStandardReplies()
{
    StandardRepliesDialog dialog(*m_db, m_clock, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    auto agents = AccountRepository(*m_db).agents();
    SettingsDialog dialog(m_settings, agents ? *agents : std::vector<Agent>(), this);
    connect(&dialog, &SettingsDialog::calendarRequested, this, &MainWindow::showCalendar);
    const QString oldSetting = m_settings.value(Settings::Key::DatabasePath).toString();
    const QString oldAgent = m_settings.value(Settings::Key::AgentEmail).toString();
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyLanguage(dialog.language());
    if (m_notifier)
        m_notifier->setNotificationsEnabled(dialog.notifyDeadlines());
    // Only a changed setting moves to another file: a window opened with --db stays on it.
    const QString wanted = dialog.databasePath().isEmpty() ? Database::defaultPath() : dialog.databasePath();
    if (QDir::fromNativeSeparators(dialog.databasePath()) != oldSetting &&
        QFileInfo(wanted).absoluteFilePath() != QFileInfo(m_db->path()).absoluteFilePath())
        openDatabase(wanted);
    else if (dialog.agentEmail() != oldAgent)
        attachInbox(); // "Mine" and the name on replies follow the new agent
    updateStatus();
}

void MainWindow::applyLanguage(const QString &setting)
{
    Language::install(*qApp, Language::resolve(setting));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Torget"),
        tr("<h3>Torget %1</h3>"
           "<p>The municipality's service desk for citizen enquiries on social media and e-mail: one inbox, "
           "response times in opening hours, and the climb from presence to dialog.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>"
           "<p>Qt %2 · database %3</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QDir::toNativeSeparators(m_db->path()).toHtmlEscaped()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    event->accept();
}

} // namespace Torget
