#pragma once

#include "domain/types.h"
#include "storage/inboxrepository.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Torget {

class Clock;
class ConversationView;
class Database;
class InboxModel;
class InboxService;
class ReplyBox;

// The service desk's main screen: views on the left, the list in the middle, the conversation and
// the reply box on the right. Every action is a QAction with a key, listed in the window's menus.
class InboxPane final : public QWidget
{
    Q_OBJECT

public:
    InboxPane(Database &db, const Clock &clock, const Agent &me, QWidget *parent = nullptr);
    ~InboxPane() override;

    // The actions for the "Conversation" menu, in menu order (nullptr = separator).
    QList<QAction *> conversationActions() const;
    // Re-reads counts, the list and the open conversation (another program or a sync wrote).
    void refresh();
    void showView(InboxView view);
    // Opens one conversation (a notification was clicked): selected in the list when it is shown there.
    void openConversation(qint64 id);
    // A temporary view of exactly these conversations (a report's click-through), named by title
    // in a bar above the list with a button that goes back to the view shown before.
    void showConversations(const std::vector<qint64> &ids, const QString &title);
    void clearConversations();
    bool showsConversations() const { return !m_reportIds.empty(); }
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    const Agent &me() const { return m_me; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A reply went into the outbox: the sender can look at once.
    void replyQueued();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void rebuildViews();
    void applyFilter();
    void openCurrent();
    void moveSelection(int delta);
    void send(int mode, const QString &text);
    void act(const std::function<Status()> &action, const QString &done);
    void assignMenu();
    void snoozeMenu();
    void addTag();
    void redirect();
    void insertStandardReply();
    void showShortcuts();
    void checkForChanges();
    // Now, and the deadline bounds of "about to breach" and "breached" (at most once a minute).
    void setTime(InboxFilter &filter);

    Database &m_db;
    const Clock &m_clock;
    Agent m_me;
    std::unique_ptr<InboxService> m_service;
    InboxModel *m_model = nullptr;
    QTreeWidget *m_views = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchErrors = nullptr;
    QTableView *m_list = nullptr;
    ConversationView *m_conversation = nullptr;
    ReplyBox *m_reply = nullptr;
    QTimer *m_watch = nullptr;
    QTimer *m_searchDelay = nullptr;
    QString m_changeStamp;
    int m_ticks = 0;
    InboxView m_view = InboxView::Unanswered;
    std::optional<Channel> m_channel;
    QString m_tag;
    std::vector<qint64> m_reportIds;
    QString m_reportTitle;
    int m_reportCount = 0;
    InboxView m_viewBeforeReport = InboxView::Unanswered;
    QWidget *m_reportBar = nullptr;
    QLabel *m_reportLabel = nullptr;
    QToolButton *m_reportClear = nullptr;

    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_open = nullptr;
    QAction *m_replyAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_assignAction = nullptr;
    QAction *m_assignMeAction = nullptr;
    QAction *m_resolveAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_waitingAction = nullptr;
    QAction *m_snoozeAction = nullptr;
    QAction *m_tagAction = nullptr;
    QAction *m_redirectAction = nullptr;
    QAction *m_standardReplyAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
};

} // namespace Torget
