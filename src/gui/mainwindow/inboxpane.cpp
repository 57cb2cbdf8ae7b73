#include "inboxpane.h"

#include "dialogs/standardreplypicker.h"
#include "inbox/cannedreplies.h"
#include "inbox/inboxservice.h"
#include "inbox/searchquery.h"
#include "models/inboxmodel.h"
#include "sla/slaservice.h"
#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "util/clock.h"
#include "views/conversationview.h"
#include "views/replybox.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Torget {

namespace {

constexpr int ViewRole = Qt::UserRole + 1;
constexpr int ChannelRole = Qt::UserRole + 2;
constexpr int TagRole = Qt::UserRole + 3;

QString viewName(InboxView view)
{
    switch (view) {
    case InboxView::Unanswered:
        return InboxPane::tr("Unanswered");
    case InboxView::Mine:
        return InboxPane::tr("Mine");
    case InboxView::AboutToBreach:
        return InboxPane::tr("About to breach");
    case InboxView::Breached:
        return InboxPane::tr("Breached");
    case InboxView::Waiting:
        return InboxPane::tr("Waiting for citizen");
    case InboxView::Snoozed:
        return InboxPane::tr("Snoozed");
    case InboxView::Resolved:
        return InboxPane::tr("Resolved");
    case InboxView::All:
        return InboxPane::tr("All");
    }
    return {};
}

constexpr InboxView allViews[] = {InboxView::Unanswered, InboxView::Mine,    InboxView::AboutToBreach,
                                  InboxView::Breached,   InboxView::Waiting, InboxView::Snoozed,
                                  InboxView::Resolved,   InboxView::All};

} // namespace

InboxPane::InboxPane(Database &db, const Clock &clock, const Agent &me, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_me(me)
    , m_service(std::make_unique<InboxService>(db, clock))
{
    setObjectName(QStringLiteral("inboxPane"));
    m_views = new QTreeWidget(this);
    m_views->setObjectName(QStringLiteral("viewList"));
    m_views->setHeaderHidden(true);
    m_views->setRootIsDecorated(false);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_searchErrors = new QLabel(this);
    m_searchErrors->setObjectName(QStringLiteral("searchErrors"));
    m_searchErrors->setWordWrap(true);
    m_searchErrors->hide();

    m_model = new InboxModel(db, this);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setSectionsClickable(true);
    // Fixed starting widths (the agent can drag them): measuring contents would read every row.
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = m_list->fontMetrics();
    const auto width = [&metrics](int characters) { return metrics.averageCharWidth() * characters + 16; };
    m_list->setColumnWidth(InboxModel::ChannelColumn,
                           width(9) + m_list->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8);
    m_list->setColumnWidth(InboxModel::CitizenColumn, width(18));
    m_list->setColumnWidth(InboxModel::TextColumn, width(38));
    m_list->setColumnWidth(InboxModel::WaitingColumn, width(13));
    m_list->setColumnWidth(InboxModel::DeadlineColumn, width(16));
    m_list->setColumnWidth(InboxModel::StatusColumn, width(14));
    m_list->setColumnWidth(InboxModel::AssigneeColumn, width(16));
    m_list->setColumnWidth(InboxModel::TagsColumn, width(16));

    m_conversation = new ConversationView(db, this);
    m_conversation->setClock(clock);
    m_reply = new ReplyBox(this);
    m_reply->setLanguage(QLocale().language() == QLocale::NorwegianNynorsk ? QStringLiteral("nn")
                                                                           : QStringLiteral("nb"));

    m_reportBar = new QWidget(this);
    m_reportBar->setObjectName(QStringLiteral("reportBar"));
    m_reportLabel = new QLabel(m_reportBar);
    m_reportLabel->setObjectName(QStringLiteral("reportLabel"));
    m_reportLabel->setWordWrap(true);
    m_reportClear = new QToolButton(m_reportBar);
    m_reportClear->setObjectName(QStringLiteral("reportClear"));
    m_reportClear->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_reportClear, &QToolButton::clicked, this, &InboxPane::clearConversations);
    auto *reportLayout = new QHBoxLayout(m_reportBar);
    reportLayout->setContentsMargins(4, 2, 4, 2);
    reportLayout->addWidget(m_reportLabel, 1);
    reportLayout->addWidget(m_reportClear);
    m_reportBar->setAutoFillBackground(true);
    m_reportBar->setBackgroundRole(QPalette::AlternateBase);
    m_reportBar->hide();

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_reportBar);
    middleLayout->addWidget(m_search);
    middleLayout->addWidget(m_searchErrors);
    middleLayout->addWidget(m_list, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("conversationSplitter"));
    right->addWidget(m_conversation);
    right->addWidget(m_reply);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("inboxSplitter"));
    splitter->addWidget(m_views);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({200, 900, 520});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Tab order follows the screen: views, search, list, conversation, reply.
    setTabOrder(m_views, m_search);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_conversation);
    setTabOrder(m_conversation, m_reply->editor());
    setFocusProxy(m_list); // the keys work from the start: the list has focus

    createActions();

    connect(m_views, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        if (!m_reportIds.empty()) { // choosing a view ends the report's temporary one
            m_reportIds.clear();
            m_reportBar->hide();
        }
        m_channel.reset();
        m_tag.clear();
        if (item->data(0, ViewRole).isValid())
            m_view = static_cast<InboxView>(item->data(0, ViewRole).toInt());
        else if (item->data(0, ChannelRole).isValid()) {
            m_view = InboxView::All;
            m_channel = static_cast<Channel>(item->data(0, ChannelRole).toInt());
        } else if (item->data(0, TagRole).isValid()) {
            m_view = InboxView::All;
            m_tag = item->data(0, TagRole).toString();
        } else {
            return;
        }
        applyFilter();
    });
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150); // answers while typing, without a query per keystroke
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &InboxPane::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_list->setFocus(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxPane::openCurrent);
    connect(m_list->horizontalHeader(), &QHeaderView::sectionClicked, this,
            [this](int column) { m_model->sort(column); });
    connect(m_list, &QTableView::activated, this, [this] { m_reply->focusEditor(); });
    connect(m_model, &InboxModel::failed, this, &InboxPane::statusMessage);
    connect(m_conversation, &ConversationView::replyRequeued, this, &InboxPane::replyQueued);
    connect(m_conversation, &ConversationView::citizenConversationRequested, this, [this](qint64 id) {
        m_search->clear();
        m_view = InboxView::All;
        m_conversation->showConversation(id);
    });
    connect(m_reply, &ReplyBox::sendRequested, this,
            [this](ReplyBox::Mode mode, const QString &text) { send(static_cast<int>(mode), text); });

    // Another program (the sync engine, a colleague on the same file) may write at any time; a
    // stamp of the newest rows tells cheaply whether it did. The clock also moves the deadlines.
    m_watch = new QTimer(this);
    m_watch->setInterval(2000);
    connect(m_watch, &QTimer::timeout, this, &InboxPane::checkForChanges);
    m_watch->start();

    (void)CannedReplies::seedIfEmpty(m_db, m_clock.now().toMSecsSinceEpoch());
    if (auto stamp = Maintenance(m_db).changeStamp())
        m_changeStamp = *stamp;
    retranslate();
    rebuildViews();
    showView(InboxView::Unanswered);
}

InboxPane::~InboxPane() = default;

void InboxPane::createActions()
{
    const auto make = [this](const char *name, const QKeySequence &key, void (InboxPane::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        // Single keys act only while the list has focus, so that typing a reply never triggers them.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_list->addAction(action);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_next = make("nextAction", QKeySequence(Qt::Key_J), nullptr);
    connect(m_next, &QAction::triggered, this, [this] { moveSelection(1); });
    m_previous = make("previousAction", QKeySequence(Qt::Key_K), nullptr);
    connect(m_previous, &QAction::triggered, this, [this] { moveSelection(-1); });
    m_open = make("openAction", QKeySequence(Qt::Key_Return), nullptr);
    connect(m_open, &QAction::triggered, this, [this] { m_conversation->setFocus(); });
    m_replyAction = make("replyAction", QKeySequence(Qt::Key_R), nullptr);
    connect(m_replyAction, &QAction::triggered, this, [this] {
        m_reply->setMode(ReplyBox::Mode::Reply);
        m_reply->focusEditor();
    });
    m_noteAction = make("noteAction", QKeySequence(Qt::Key_N), nullptr);
    connect(m_noteAction, &QAction::triggered, this, [this] {
        m_reply->setMode(ReplyBox::Mode::Note);
        m_reply->focusEditor();
    });
    m_assignAction = make("assignAction", QKeySequence(Qt::Key_A), &InboxPane::assignMenu);
    m_assignMeAction = make("assignMeAction", QKeySequence(Qt::SHIFT | Qt::Key_A), nullptr);
    connect(m_assignMeAction, &QAction::triggered, this, [this] {
        act([this] { return m_service->assign(selectedIds(), m_me.id, m_me); }, tr("Assigned to you."));
    });
    m_resolveAction = make("resolveAction", QKeySequence(Qt::Key_E), nullptr);
    connect(m_resolveAction, &QAction::triggered, this, [this] {
        act([this] { return m_service->setStatus(selectedIds(), ConversationStatus::Resolved, m_me); },
            tr("Resolved."));
    });
    m_reopenAction = make("reopenAction", QKeySequence(Qt::Key_O), nullptr);
    connect(m_reopenAction, &QAction::triggered, this, [this] {
        act([this] { return m_service->setStatus(selectedIds(), ConversationStatus::Open, m_me); },
            tr("Reopened."));
    });
    m_waitingAction = make("waitingAction", QKeySequence(Qt::Key_W), nullptr);
    connect(m_waitingAction, &QAction::triggered, this, [this] {
        act([this] { return m_service->setStatus(selectedIds(), ConversationStatus::Waiting, m_me); },
            tr("Waiting for the citizen."));
    });
    m_snoozeAction = make("snoozeAction", QKeySequence(Qt::Key_S), &InboxPane::snoozeMenu);
    m_tagAction = make("tagAction", QKeySequence(Qt::Key_T), &InboxPane::addTag);
    m_redirectAction = make("redirectAction", QKeySequence(Qt::Key_F), &InboxPane::redirect);
    m_standardReplyAction = new QAction(this);
    m_standardReplyAction->setObjectName(QStringLiteral("standardReplyAction"));
    m_standardReplyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_standardReplyAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_standardReplyAction);
    connect(m_standardReplyAction, &QAction::triggered, this, &InboxPane::insertStandardReply);
    m_searchAction = make("searchAction", QKeySequence(Qt::Key_Slash), nullptr);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_shortcutsAction = make("shortcutsAction", QKeySequence(Qt::Key_Question), &InboxPane::showShortcuts);
}

QList<QAction *> InboxPane::conversationActions() const
{
    return {m_next,
            m_previous,
            m_open,
            nullptr,
            m_replyAction,
            m_noteAction,
            m_standardReplyAction,
            m_redirectAction,
            nullptr,
            m_assignMeAction,
            m_assignAction,
            m_tagAction,
            m_snoozeAction,
            m_waitingAction,
            m_resolveAction,
            m_reopenAction,
            nullptr,
            m_searchAction,
            m_shortcutsAction};
}

void InboxPane::retranslate()
{
    m_next->setText(tr("&Next Conversation"));
    m_previous->setText(tr("&Previous Conversation"));
    m_open->setText(tr("&Open Conversation"));
    m_replyAction->setText(tr("&Reply"));
    m_noteAction->setText(tr("&Internal Note"));
    m_standardReplyAction->setText(tr("Insert Standar&d Reply…"));
    m_redirectAction->setText(tr("Redirect to a &Formal Channel"));
    m_assignMeAction->setText(tr("Assign to &Me"));
    m_assignAction->setText(tr("&Assign To…"));
    m_tagAction->setText(tr("Add &Tag…"));
    m_snoozeAction->setText(tr("Snoo&ze…"));
    m_waitingAction->setText(tr("Mark &Waiting for Citizen"));
    m_resolveAction->setText(tr("R&esolve"));
    m_reopenAction->setText(tr("Open A&gain"));
    m_searchAction->setText(tr("&Search"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_search->setPlaceholderText(tr("Search (/): words, kanal:, status:, etikett:, fra:"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setAccessibleDescription(
        tr("Words to find, and filters: kanal: or channel:, status:, etikett: or tag:, fra: or from:"));
    m_views->setAccessibleName(tr("Views"));
    m_views->setAccessibleDescription(tr("Choose which conversations the list shows"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setAccessibleDescription(
        tr("J and K move, Enter opens, R replies, E resolves, ? lists every key"));
    m_reportClear->setText(tr("✕ Back to the inbox"));
    m_reportClear->setToolTip(tr("Leave the report's conversations and show the view chosen before"));
    m_reportClear->setAccessibleName(tr("Close the report's conversations"));
    m_reportLabel->setText(tr("Report: %1 (%n conversation(s))", nullptr, m_reportCount).arg(m_reportTitle));
    rebuildViews();
}

void InboxPane::rebuildViews()
{
    InboxFilter base;
    setTime(base);
    base.me = m_me.id;
    auto counts = InboxRepository(m_db).counts(base);
    const QSignalBlocker blocker(m_views);
    QVariant current;
    int currentRole = 0;
    if (QTreeWidgetItem *item = m_views->currentItem()) {
        for (int role : {ViewRole, ChannelRole, TagRole}) {
            if (item->data(0, role).isValid()) {
                current = item->data(0, role);
                currentRole = role;
            }
        }
    }
    m_views->clear();
    QTreeWidgetItem *select = nullptr;
    const auto add = [&](QTreeWidgetItem *parent, const QString &text, int role, const QVariant &value,
                         qint64 n) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_views);
        item->setText(0, n >= 0 ? tr("%1 (%2)").arg(text).arg(QLocale().toString(n)) : text);
        item->setData(0, role, value);
        item->setData(0, Qt::AccessibleTextRole,
                      n >= 0 ? tr("%1, %n conversation(s)", nullptr, static_cast<int>(n)).arg(text) : text);
        if (role == currentRole && value == current)
            select = item;
        return item;
    };
    for (InboxView v : allViews) {
        qint64 n = -1;
        if (counts) {
            const qint64 values[] = {counts->unanswered, counts->mine,    counts->aboutToBreach,
                                     counts->breached,   counts->waiting, counts->snoozed,
                                     counts->resolved,   counts->all};
            n = values[static_cast<int>(v)];
        }
        add(nullptr, viewName(v), ViewRole, static_cast<int>(v), n);
    }
    auto *channels = new QTreeWidgetItem(m_views, {tr("Channels")});
    channels->setFlags(Qt::ItemIsEnabled);
    if (auto list = InboxRepository(m_db).channelCounts()) {
        for (const auto &[channel, n] : *list)
            add(channels, displayName(channel), ChannelRole, static_cast<int>(channel), n);
    }
    auto *tags = new QTreeWidgetItem(m_views, {tr("Tags")});
    tags->setFlags(Qt::ItemIsEnabled);
    if (auto list = InboxRepository(m_db).tagCounts()) {
        for (const auto &[tag, n] : *list)
            add(tags, tag, TagRole, tag, n);
    }
    m_views->expandAll();
    if (select)
        m_views->setCurrentItem(select);
}

void InboxPane::showView(InboxView view)
{
    for (int i = 0; i < m_views->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_views->topLevelItem(i);
        if (item->data(0, ViewRole).isValid() && item->data(0, ViewRole).toInt() == static_cast<int>(view)) {
            m_views->setCurrentItem(item);
            return;
        }
    }
}

void InboxPane::applyFilter()
{
    const SearchQuery query = SearchQuery::parse(m_search->text());
    InboxFilter f;
    f.view = m_view;
    f.me = m_me.id;
    setTime(f);
    f.channels = query.channels;
    if (m_channel)
        f.channels.push_back(*m_channel);
    f.statuses = query.statuses;
    f.tags = query.tags;
    if (!m_tag.isEmpty())
        f.tags << m_tag;
    f.from = query.from;
    f.terms = query.terms;
    f.ids = m_reportIds;
    m_conversation->setHighlightTerms(query.terms);
    m_searchErrors->setText(query.errors.join(QLatin1Char(' ')));
    m_searchErrors->setVisible(!query.errors.isEmpty());
    const qint64 keep = currentId();
    // A report's conversations in the order their clocks started, which is about when they came.
    m_model->setFilter(f, !m_reportIds.empty()                                        ? InboxSort::Oldest
                          : m_view == InboxView::Resolved || m_view == InboxView::All ? InboxSort::LastMessage
                                                                                      : InboxSort::Urgency);
    const int row = m_model->rowOf(keep);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(row >= 0 ? row : 0, InboxModel::CitizenColumn));
    else
        m_conversation->showConversation(0);
}

void InboxPane::showConversations(const std::vector<qint64> &ids, const QString &title)
{
    if (m_reportIds.empty())
        m_viewBeforeReport = m_view;
    // An empty list would mean "no restriction": a figure with nothing behind it shows nothing.
    m_reportIds = ids.empty() ? std::vector<qint64>{0} : ids;
    m_reportTitle = title;
    m_reportCount = static_cast<int>(ids.size());
    m_reportLabel->setText(tr("Report: %1 (%n conversation(s))", nullptr, m_reportCount).arg(title));
    m_reportBar->show();
    m_view = InboxView::All;
    m_channel.reset();
    m_tag.clear();
    {
        const QSignalBlocker views(m_views);
        m_views->setCurrentItem(nullptr);
        m_views->clearSelection();
        const QSignalBlocker search(m_search);
        m_search->clear();
    }
    applyFilter();
    m_list->setFocus();
}

void InboxPane::clearConversations()
{
    if (m_reportIds.empty())
        return;
    m_reportIds.clear();
    m_reportBar->hide();
    m_view = m_viewBeforeReport;
    const QTreeWidgetItem *before = m_views->currentItem();
    showView(m_viewBeforeReport); // applies the filter when it changes the current item
    if (m_views->currentItem() == before)
        applyFilter();
}

qint64 InboxPane::currentId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

QList<qint64> InboxPane::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    if (ids.isEmpty() && currentId())
        ids << currentId();
    return ids;
}

void InboxPane::openCurrent()
{
    m_conversation->showConversation(currentId());
}

void InboxPane::openConversation(qint64 id)
{
    // Selected in the list when it is there (so that the actions apply to it); otherwise only shown.
    if (const int row = m_model->rowOf(id); row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, InboxModel::CitizenColumn));
        m_list->scrollTo(m_list->currentIndex());
    } else {
        m_conversation->showConversation(id);
    }
    m_list->setFocus();
}

void InboxPane::moveSelection(int delta)
{
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, std::max(0, m_model->rowCount() - 1));
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(row, InboxModel::CitizenColumn));
}

void InboxPane::act(const std::function<Status()> &action, const QString &done)
{
    if (selectedIds().isEmpty())
        return;
    if (const Status status = action(); !status) {
        QMessageBox::warning(this, tr("The action failed"), status.error());
        return;
    }
    Q_EMIT statusMessage(done);
    refresh();
}

void InboxPane::send(int mode, const QString &text)
{
    const qint64 id = currentId() ? currentId() : m_conversation->conversationId();
    if (!id)
        return;
    Result<qint64> stored = static_cast<ReplyBox::Mode>(mode) == ReplyBox::Mode::Note
                                ? m_service->note(id, text, m_me)
                                : m_service->reply(id, text, m_me);
    if (!stored) {
        // Nothing is lost: the text stays in the box.
        QMessageBox::warning(this, tr("Not saved"), stored.error());
        return;
    }
    m_reply->clear();
    if (static_cast<ReplyBox::Mode>(mode) != ReplyBox::Mode::Note)
        Q_EMIT replyQueued();
    Q_EMIT statusMessage(static_cast<ReplyBox::Mode>(mode) == ReplyBox::Mode::Note
                             ? tr("Note saved.")
                             : tr("Reply queued; it is sent when the channel is reachable."));
    refresh();
    m_list->setFocus();
}

void InboxPane::assignMenu()
{
    auto agents = AccountRepository(m_db).agents();
    if (!agents)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("assignMenu"));
    menu.addAction(tr("To &me"), this, [this] {
        act([this] { return m_service->assign(selectedIds(), m_me.id, m_me); }, tr("Assigned to you."));
    });
    menu.addAction(tr("&Nobody"), this, [this] {
        act([this] { return m_service->assign(selectedIds(), std::nullopt, m_me); }, tr("Unassigned."));
    });
    menu.addSeparator();
    for (const Agent &a : *agents) {
        if (a.id == m_me.id || !a.active)
            continue;
        const qint64 id = a.id;
        menu.addAction(a.name, this, [this, id, name = a.name] {
            act([this, id] { return m_service->assign(selectedIds(), id, m_me); },
                tr("Assigned to %1.").arg(name));
        });
    }
    menu.exec(m_list->viewport()->mapToGlobal(m_list->visualRect(m_list->currentIndex()).bottomLeft()));
}

void InboxPane::snoozeMenu()
{
    const QDateTime now = m_clock.now().toLocalTime();
    const QDateTime tomorrow(now.date().addDays(1), QTime(8, 0));
    const QDateTime monday(now.date().addDays(8 - now.date().dayOfWeek()), QTime(8, 0));
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("snoozeMenu"));
    const auto until = [this](const QDateTime &when, const QString &label) {
        return [this, when, label] {
            act([this, when] { return m_service->snooze(selectedIds(), when.toMSecsSinceEpoch(), m_me); },
                tr("Snoozed until %1.").arg(label));
        };
    };
    menu.addAction(tr("For &1 hour"), this, until(now.addSecs(3600), tr("an hour from now")));
    menu.addAction(tr("For &3 hours"), this, until(now.addSecs(3 * 3600), tr("three hours from now")));
    menu.addAction(tr("Until &tomorrow 08:00"), this, until(tomorrow, tr("tomorrow 08:00")));
    menu.addAction(tr("Until &Monday 08:00"), this, until(monday, tr("Monday 08:00")));
    menu.addSeparator();
    menu.addAction(tr("&Wake now"), this, [this] {
        act([this] { return m_service->snooze(selectedIds(), std::nullopt, m_me); }, tr("Woken."));
    });
    menu.exec(m_list->viewport()->mapToGlobal(m_list->visualRect(m_list->currentIndex()).bottomLeft()));
}

void InboxPane::addTag()
{
    bool ok = false;
    const QString tag = QInputDialog::getText(this, tr("Add Tag"), tr("Tag for the selected conversations:"),
                                              QLineEdit::Normal, QString(), &ok);
    if (ok && !tag.trimmed().isEmpty())
        act([this, tag] { return m_service->addTag(selectedIds(), tag, m_me); },
            tr("Tagged “%1”.").arg(tag.simplified()));
}

void InboxPane::redirect()
{
    const qint64 id = currentId();
    if (!id)
        return;
    auto replies = CannedReplyRepository(m_db).list(m_reply->language());
    if (!replies)
        return;
    const auto it =
        std::find_if(replies->begin(), replies->end(), [](const CannedReply &r) { return r.redirect; });
    if (it == replies->end()) {
        QMessageBox::information(this, tr("No redirect reply"),
                                 tr("Add a standard reply marked “redirects to a formal channel” first."));
        return;
    }
    auto conversation = ConversationRepository(m_db).byId(id);
    QString citizen;
    if (conversation && conversation->has_value()) {
        if (auto c = CitizenRepository(m_db).byId((*conversation)->citizenId); c && c->has_value())
            citizen = (*c)->displayName;
    }
    const QString text = CannedReplies::expand(it->body, {citizen, m_me.name, QString()});
    act(
        [this, id, text]() -> Status {
            auto stored = m_service->redirect(id, text, m_me);
            if (!stored)
                return Error{stored.error()};
            Q_EMIT replyQueued();
            return {};
        },
        tr("Redirected to a formal channel."));
}

void InboxPane::insertStandardReply()
{
    StandardReplyPicker picker(m_db, m_reply->language(), this);
    if (picker.exec() != QDialog::Accepted)
        return;
    const auto chosen = picker.chosen();
    if (!chosen)
        return;
    QString citizen;
    if (auto conversation = ConversationRepository(m_db).byId(currentId());
        conversation && conversation->has_value()) {
        if (auto c = CitizenRepository(m_db).byId((*conversation)->citizenId); c && c->has_value())
            citizen = (*c)->displayName;
    }
    m_reply->setMode(ReplyBox::Mode::Reply);
    m_reply->insertText(CannedReplies::expand(chosen->body, {citizen, m_me.name, QString()}));
    m_reply->focusEditor();
}

void InboxPane::showShortcuts()
{
    QString text = QStringLiteral("<table>");
    for (QAction *a : conversationActions()) {
        if (!a)
            continue;
        text += QStringLiteral("<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         QString(a->text()).remove(QLatin1Char('&')).toHtmlEscaped());
    }
    text += QStringLiteral("<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr></table>")
                .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
                     tr("Send the reply or save the note"));
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), text, QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("shortcutsBox"));
    box.exec();
}

void InboxPane::refresh()
{
    // What is shown now is as new as this stamp: only a later change calls for another refresh.
    if (auto stamp = Maintenance(m_db).changeStamp())
        m_changeStamp = *stamp;
    const qint64 keep = currentId();
    rebuildViews();
    InboxFilter f = m_model->filter();
    setTime(f);
    m_model->setFilter(f);
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, InboxModel::CitizenColumn));
    else if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, InboxModel::CitizenColumn));
    m_conversation->reload();
}

void InboxPane::setTime(InboxFilter &filter)
{
    filter.now = m_clock.now().toMSecsSinceEpoch();
    auto bounds = SlaService(m_db).inboxBounds(filter.now);
    filter.breachedUpTo = bounds ? bounds->breachedUpTo : filter.now;
    filter.soonUpTo = bounds ? bounds->soonUpTo : filter.now + 30 * 60 * 1000;
}

void InboxPane::checkForChanges()
{
    auto stamp = Maintenance(m_db).changeStamp();
    if (!stamp)
        return;
    // Refresh on a change from elsewhere, and once a minute for the ages and deadlines.
    if (*stamp != m_changeStamp || ++m_ticks % 30 == 0)
        refresh();
}

void InboxPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Torget
