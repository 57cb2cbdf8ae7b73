#include "demo/demogenerator.h"
#include "models/inboxmodel.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Torget;
using namespace Qt::StringLiterals;

class TestInboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void model_passesQtModelTester();
    void rowCount_isTheWholeView_butOnlyAFewPagesStayInMemory();
    void rows_matchStorageInUrgencyOrder();
    void waitingAndDeadline_andUrgency_followTheClock();
    void hostileText_isShownOnOneBoundedLine();

private:
    InboxFilter filter(InboxView view) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_until{QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()};
};

InboxFilter TestInboxModel::filter(InboxView view) const
{
    InboxFilter f;
    f.view = view;
    f.now = m_until.toMSecsSinceEpoch();
    return f;
}

void TestInboxModel::initTestCase()
{
    auto db = Database::openSqlite(m_dir.filePath(u"demo.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    DemoOptions options;
    options.conversations = 4500;
    options.seed = 5;
    options.until = m_until;
    QVERIFY(DemoGenerator(*m_db, options).run());
}

void TestInboxModel::model_passesQtModelTester()
{
    InboxModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter(InboxView::All));
    for (int row = 0; row < model.rowCount(); row += 97)
        (void)model.data(model.index(row, InboxModel::TextColumn));
    model.setSort(InboxSort::LastMessage);
    model.setFilter(filter(InboxView::Unanswered));
}

void TestInboxModel::rowCount_isTheWholeView_butOnlyAFewPagesStayInMemory()
{
    InboxModel model(*m_db);
    model.setFilter(filter(InboxView::All));
    QCOMPARE(model.rowCount(), 4500);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.idAt(row) > 0);
    QCOMPARE(model.pagesInMemory(), InboxModel::maxPages);
    // The last row and the first row again are still right after pages were dropped.
    QVERIFY(model.idAt(4499) > 0);
    QVERIFY(model.idAt(0) > 0);
}

void TestInboxModel::rows_matchStorageInUrgencyOrder()
{
    InboxModel model(*m_db);
    model.setSort(InboxSort::Urgency);
    model.setFilter(filter(InboxView::Unanswered));
    auto rows = InboxRepository(*m_db).page(filter(InboxView::Unanswered), InboxSort::Urgency, 0, 1000);
    QVERIFY(rows);
    QCOMPARE(model.rowCount(), static_cast<int>(rows->size()));
    QVERIFY(model.rowCount() > 0);
    for (int i = 0; i < model.rowCount(); ++i)
        QCOMPARE(model.idAt(i), (*rows)[static_cast<std::size_t>(i)].summary.id);
    // Every row shows its channel as a badge as well as in words.
    QVERIFY(!model.index(0, InboxModel::ChannelColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.index(0, InboxModel::ChannelColumn).data().toString().isEmpty());
    const QString when = model.index(0, InboxModel::LastActivityColumn).data().toString();
    QVERIFY2(QRegularExpression(u"^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$"_s).match(when).hasMatch(),
             qPrintable(when));
}

void TestInboxModel::waitingAndDeadline_andUrgency_followTheClock()
{
    InboxModel model(*m_db);
    InboxFilter f = filter(InboxView::Unanswered);
    model.setFilter(f);
    QVERIFY(model.rowCount() > 0);
    const QModelIndex first = model.index(0, InboxModel::WaitingColumn);
    QVERIFY(!first.data().toString().isEmpty());
    // The demo's deadlines come from the response-time engine (SlaService::refreshAll at the end).
    const QModelIndex deadline = model.index(0, InboxModel::DeadlineColumn);
    QVERIFY2(!deadline.data().toString().isEmpty(), "the most urgent row has a deadline");
    // Far in the future every unanswered conversation has breached: the deadline says by how much.
    f.now += 7LL * 24 * 3600 * 1000;
    f.breachedUpTo = f.now;
    f.soonUpTo = f.now + 30 * 60 * 1000;
    model.setFilter(f);
    QCOMPARE(model.index(0, InboxModel::WaitingColumn).data(InboxModel::UrgencyRole).toInt(),
             static_cast<int>(InboxModel::Urgency::Breached));
    QVERIFY(model.index(0, InboxModel::WaitingColumn).data().toString().contains(u"7"_s));
    QVERIFY(model.index(0, InboxModel::DeadlineColumn).data().toString().contains(u"over"_s));
    // Before the deadline, the row is not breached.
    f.now = 0;
    f.breachedUpTo = 0;
    f.soonUpTo = 0;
    model.setFilter(f);
    QCOMPARE(model.index(0, InboxModel::WaitingColumn).data(InboxModel::UrgencyRole).toInt(),
             static_cast<int>(InboxModel::Urgency::Ok));
}

void TestInboxModel::hostileText_isShownOnOneBoundedLine()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(u"h.sqlite"_s));
    QVERIFY(db);
    DemoOptions options;
    options.conversations = 1;
    options.until = m_until;
    QVERIFY(DemoGenerator(**db, options).run());
    const QString hostile = u"<b>Hei</b>\n\r\t"_s + QChar(0x202E) + u"abc"_s + QString(5000, u'x');
    QVERIFY((*db)->exec(u"UPDATE messages SET body_text = '"_s + hostile + u"'"_s));
    QVERIFY((*db)->exec(u"UPDATE conversations SET subject = ''"_s));
    QVERIFY((*db)->exec(u"UPDATE citizens SET display_name = 'Kari\nNordmann'"_s));
    InboxModel model(**db);
    InboxFilter f = filter(InboxView::All);
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    const QString text = model.index(0, InboxModel::TextColumn).data().toString();
    QVERIFY(!text.contains(u'\n'));
    QVERIFY(!text.contains(u'\t'));
    QVERIFY(text.startsWith(u"<b>Hei</b>"_s));
    QVERIFY(text.size() <= 300);
    QCOMPARE(model.index(0, InboxModel::CitizenColumn).data().toString(), u"Kari Nordmann"_s);
}

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
