#include "demo/demogenerator.h"
#include "mainwindow/inboxpane.h"
#include "models/inboxmodel.h"
#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/messagerepository.h"
#include "storage/outboxrepository.h"
#include "util/clock.h"
#include "views/replybox.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

using namespace Torget;
using namespace Qt::StringLiterals;

// The agent's whole shift from the keyboard: the real inbox pane on a real demo database.
class TestInboxPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnUnanswered_mostUrgentFirst();
    void jk_moveAndTheConversationFollows();
    void r_typeCtrlEnter_queuesTheReplyAndTheConversationLeavesUnanswered();
    void n_savesAnInternalNote_theCitizenStillWaits();
    void e_resolves_bulkSelectionResolvesAll();
    void slash_searchWithFilters_narrowsTheList();
    void s_snoozesFromTheMenu();
    void a_assignsToAColleagueFromTheMenu();
    void ctrlSpace_insertsAStandardReplyWithTheCitizensName();
    void questionMark_listsEveryShortcut();
    void anotherProgramWrites_theInboxShowsItWithoutRestart();

private:
    QTableView *list() const { return m_pane->findChild<QTableView *>(u"conversationList"_s); }
    QPlainTextEdit *editor() const { return m_pane->findChild<QPlainTextEdit *>(u"replyEdit"_s); }
    qint64 scalar(const QString &sql);
    // Runs fn on the popup menu or dialog that the next key opens.
    void whenPopupOpens(const std::function<void()> &fn) { QTimer::singleShot(50, this, fn); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<InboxPane> m_pane;
    Agent m_me;
};

void TestInboxPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::openSqlite(m_dir->filePath(u"demo.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    const QDateTime until(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc());
    DemoOptions options;
    options.conversations = 800;
    options.seed = 11;
    options.until = until;
    QVERIFY(DemoGenerator(*m_db, options).run());
    m_clock = std::make_unique<FixedClock>(until);
    m_me = AccountRepository(*m_db).agents()->front();
    m_pane = std::make_unique<InboxPane>(*m_db, *m_clock, m_me);
    m_pane->resize(1400, 800);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    list()->setFocus();
}

void TestInboxPane::cleanup()
{
    m_pane.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestInboxPane::scalar(const QString &sql)
{
    auto q = m_db->query(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void TestInboxPane::opensOnUnanswered_mostUrgentFirst()
{
    const qint64 unanswered = scalar(
        u"SELECT COUNT(*) FROM conversations WHERE awaiting_since IS NOT NULL AND status <> 'resolved' "
        "AND (snoozed_until IS NULL OR snoozed_until <= %1)"_s.arg(m_clock->now().toMSecsSinceEpoch()));
    QVERIFY(unanswered > 0);
    QCOMPARE(list()->model()->rowCount(), unanswered);
    QVERIFY(m_pane->findChild<QTreeWidget *>(u"viewList"_s)
                ->currentItem()
                ->text(0)
                .contains(QString::number(unanswered)));
    // The first row has waited longest among the highest priority.
    const qint64 first = m_pane->currentId();
    const qint64 oldest =
        scalar(u"SELECT id FROM conversations WHERE awaiting_since IS NOT NULL AND status <> "
               "'resolved' ORDER BY priority DESC, awaiting_since LIMIT 1"_s);
    QCOMPARE(first, oldest);
}

void TestInboxPane::jk_moveAndTheConversationFollows()
{
    m_pane->showView(InboxView::All);
    list()->setFocus();
    const qint64 first = m_pane->currentId();
    QTest::keyClick(list(), Qt::Key_J);
    const qint64 second = m_pane->currentId();
    QVERIFY(second != first);
    QTest::keyClick(list(), Qt::Key_K);
    QCOMPARE(m_pane->currentId(), first);
}

void TestInboxPane::r_typeCtrlEnter_queuesTheReplyAndTheConversationLeavesUnanswered()
{
    const qint64 id = m_pane->currentId();
    const int before = list()->model()->rowCount();
    QTest::keyClick(list(), Qt::Key_R);
    QVERIFY(editor()->hasFocus());
    QTest::keyClicks(editor(), u"Hei! Vi ser på saken."_s);
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    auto outbox = OutboxRepository(*m_db).forConversation(id);
    QCOMPARE(outbox->size(), std::size_t(1));
    QCOMPARE(outbox->front().state, OutboxState::Queued);
    QVERIFY(editor()->toPlainText().isEmpty());
    QCOMPARE((*ConversationRepository(*m_db).byId(id))->status, ConversationStatus::Waiting);
    QCOMPARE(list()->model()->rowCount(), before - 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'reply' AND object_id = %1"_s.arg(id)),
             1);
}

void TestInboxPane::n_savesAnInternalNote_theCitizenStillWaits()
{
    const qint64 id = m_pane->currentId();
    QTest::keyClick(list(), Qt::Key_N);
    QTest::keyClicks(editor(), u"Sjekk med teknisk"_s);
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(HistoryRepository(*m_db).notes(id)->back().text, u"Sjekk med teknisk"_s);
    QCOMPARE(OutboxRepository(*m_db).forConversation(id)->size(), std::size_t(0));
    QCOMPARE(scalar(u"SELECT awaiting_since IS NOT NULL FROM conversations WHERE id = %1"_s.arg(id)), 1);
}

void TestInboxPane::e_resolves_bulkSelectionResolvesAll()
{
    m_pane->showView(InboxView::Waiting);
    list()->setFocus();
    QVERIFY(list()->model()->rowCount() >= 4);
    const qint64 one = m_pane->currentId();
    QTest::keyClick(list(), Qt::Key_E);
    QCOMPARE((*ConversationRepository(*m_db).byId(one))->status, ConversationStatus::Resolved);
    // Three at once: shift+down twice, then E.
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(list(), Qt::Key_Down, Qt::ShiftModifier);
    const QList<qint64> ids = m_pane->selectedIds();
    QCOMPARE(ids.size(), 3);
    QTest::keyClick(list(), Qt::Key_E);
    for (qint64 id : ids)
        QCOMPARE((*ConversationRepository(*m_db).byId(id))->status, ConversationStatus::Resolved);
}

void TestInboxPane::slash_searchWithFilters_narrowsTheList()
{
    auto *search = m_pane->findChild<QLineEdit *>(u"searchField"_s);
    QTest::keyClick(list(), Qt::Key_Slash);
    QVERIFY(search->hasFocus());
    // From "All", so that resolved e-mails count too.
    m_pane->showView(InboxView::All);
    QTest::keyClicks(search, u"kanal:epost"_s);
    const qint64 email =
        scalar(u"SELECT COUNT(*) FROM conversations c JOIN accounts a ON a.id = c.account_id "
               "WHERE a.channel = 'email'"_s);
    QTRY_COMPARE(list()->model()->rowCount(), email);
    // Words are marked in the open conversation where they start a word, in any case.
    search->clear();
    QTest::keyClicks(search, u"BRØYT"_s);
    QTRY_VERIFY(list()->model()->rowCount() > 0);
    auto *browser = m_pane->findChild<QTextEdit *>(u"conversationBrowser"_s);
    QTRY_VERIFY(!browser->extraSelections().isEmpty());
    for (const QTextEdit::ExtraSelection &mark : browser->extraSelections())
        QVERIFY2(mark.cursor.selectedText().toLower().startsWith(u"brøyt"_s),
                 qPrintable(mark.cursor.selectedText()));
    search->clear();
    QTest::keyClicks(search, u"kanal:telefaks"_s);
    QTRY_VERIFY(m_pane->findChild<QLabel *>(u"searchErrors"_s)->isVisible());
}

void TestInboxPane::s_snoozesFromTheMenu()
{
    const qint64 id = m_pane->currentId();
    whenPopupOpens([] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        menu->actions().first()->trigger(); // one hour
        menu->close();
    });
    QTest::keyClick(list(), Qt::Key_S);
    QCOMPARE((*ConversationRepository(*m_db).byId(id))->snoozedUntil,
             std::optional<qint64>(m_clock->now().toMSecsSinceEpoch() + 3600 * 1000));
}

void TestInboxPane::a_assignsToAColleagueFromTheMenu()
{
    const qint64 id = m_pane->currentId();
    QString colleague;
    whenPopupOpens([&colleague] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction *last = menu->actions().last();
        colleague = last->text();
        last->trigger();
        menu->close();
    });
    QTest::keyClick(list(), Qt::Key_A);
    auto c = ConversationRepository(*m_db).byId(id);
    QVERIFY((*c)->assigneeId.has_value());
    QVERIFY(*(*c)->assigneeId != m_me.id);
    auto agents = AccountRepository(*m_db).agents();
    const auto it = std::find_if(agents->begin(), agents->end(),
                                 [&](const Agent &a) { return a.id == *(*c)->assigneeId; });
    QCOMPARE(it->name, colleague);
}

void TestInboxPane::ctrlSpace_insertsAStandardReplyWithTheCitizensName()
{
    const qint64 id = m_pane->currentId();
    const QString citizen = CitizenRepository(*m_db)
                                .byId((*ConversationRepository(*m_db).byId(id))->citizenId)
                                ->value()
                                .displayName;
    whenPopupOpens([] {
        auto *picker = QApplication::activeModalWidget();
        QVERIFY(picker);
        auto *search = picker->findChild<QLineEdit *>(u"standardReplySearch"_s);
        QTest::keyClicks(search, u"brøyt"_s);
        QCOMPARE(picker->findChild<QListWidget *>(u"standardReplyList"_s)->count(), 1);
        QTest::keyClick(search, Qt::Key_Return);
    });
    QTest::keyClick(list(), Qt::Key_Space, Qt::ControlModifier);
    const QString text = editor()->toPlainText();
    QVERIFY2(text.startsWith(u"Hei "_s + citizen.section(u' ', 0, 0) + u"!"_s), qPrintable(text));
    QVERIFY(!text.contains(u"{navn}"_s));
    QVERIFY(text.contains(m_me.name.section(u' ', 0, 0)));
}

void TestInboxPane::questionMark_listsEveryShortcut()
{
    QString shown;
    whenPopupOpens([&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    QTest::keyClick(list(), Qt::Key_Question);
    for (QAction *a : m_pane->conversationActions()) {
        if (a)
            QVERIFY2(shown.contains(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped()),
                     qPrintable(a->objectName()));
    }
}

void TestInboxPane::anotherProgramWrites_theInboxShowsItWithoutRestart()
{
    const int before = list()->model()->rowCount();
    // A second connection to the same file, as the sync engine or another torget would have.
    auto other = Database::openSqlite(m_db->path());
    QVERIFY(other);
    const qint64 account = AccountRepository(**other).list()->front().id;
    Citizen ci;
    ci.accountId = account;
    ci.externalId = u"live"_s;
    ci.displayName = u"Live Innbygger"_s;
    const qint64 citizen = CitizenRepository(**other).upsert(ci).value();
    Conversation c;
    c.accountId = account;
    c.externalId = u"live-1"_s;
    c.citizenId = citizen;
    c.createdAt = m_clock->now().toMSecsSinceEpoch();
    const qint64 id = ConversationRepository(**other).upsert(c).value();
    Message m;
    m.conversationId = id;
    m.accountId = account;
    m.externalId = u"live-1-m"_s;
    m.citizenId = citizen;
    m.authorName = ci.displayName;
    m.bodyText = u"Er det stengt i dag?"_s;
    m.createdAt = c.createdAt;
    QVERIFY(MessageRepository(**other).insert(m));
    QTRY_COMPARE_WITH_TIMEOUT(list()->model()->rowCount(), before + 1, 6000);
}

QTEST_MAIN(TestInboxPane)
#include "tst_inboxpane.moc"
