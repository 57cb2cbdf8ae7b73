#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QNetworkAccessManager;
class QTableView;

namespace Torget {

class ChannelHub;
class Clock;
class Database;
class DeadlineNotifier;
class InboxPane;
class SlaRefreshJob;
class MaturityDashboard;
class SecretStore;
class SlaReportsPage;
class Settings;

// The main window, written by hand: menus, the conversation list and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings &settings, std::unique_ptr<Database> db, const Clock &clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() { return *m_db; }
    InboxPane *inbox() const { return m_inbox; }
    MaturityDashboard *maturity() const { return m_maturity; }
    SlaReportsPage *slaReports() const { return m_slaReports; }
    // Switches to another database file; false (and a message) when it cannot be opened.
    bool openDatabase(const QString &path);
    void refresh();
    void showSettings();
    // Applies a language code ("" = system) at once, without a restart.
    void applyLanguage(const QString &setting);
    // Connects the window to the platforms: accounts sync on their own and queued replies are sent.
    // Without it (tests of the inbox alone) nothing leaves the computer.
    void enableChannels(SecretStore &secrets, QNetworkAccessManager &network);
    ChannelHub *channels() const { return m_channels.get(); }
    void showAccounts();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateStatus();
    void showAbout();
    void chooseDatabase();
    void backUp();
    void editStandardReplies();
    void attachInbox();
    void attachChannels();
    void attachNotifier();
    // Opening hours, targets and escalation; a saved change recomputes the deadlines in the background.
    void showCalendar();
    void startSlaRefresh();

    Settings &m_settings;
    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    InboxPane *m_inbox = nullptr;
    SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<ChannelHub> m_channels;
    QTabWidget *m_pages = nullptr;
    QStackedWidget *m_stack = nullptr;
    MaturityDashboard *m_maturity = nullptr;
    SlaReportsPage *m_slaReports = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_conversationMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_standardRepliesAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_inboxPageAction = nullptr;
    QAction *m_maturityPageAction = nullptr;
    QAction *m_slaPageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_calendarAction = nullptr;
    // Declared after m_db: destroyed before it (both read the database).
    std::unique_ptr<DeadlineNotifier> m_notifier;
    std::unique_ptr<SlaRefreshJob> m_slaRefresh;
};

} // namespace Torget
