#include "demo/demogenerator.h"
#include "models/conversationlistmodel.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Torget;

class TestConversationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void model_passesQtModelTester();
    void fetchMore_loadsPagesUntilTheEnd();
    void rows_areNewestFirstAndMatchStorage();
    void hostileText_isShownOnOneBoundedLine();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestConversationListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    m_db = std::move(*db);
    DemoOptions options;
    options.conversations = 450;
    options.seed = 3;
    options.until = QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc());
    auto made = DemoGenerator(*m_db, options).run();
    QVERIFY2(made, made ? "" : qPrintable(made.error()));
}

void TestConversationListModel::model_passesQtModelTester()
{
    ConversationListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    while (model.canFetchMore({}))
        model.fetchMore({});
    model.reload();
}

void TestConversationListModel::fetchMore_loadsPagesUntilTheEnd()
{
    ConversationListModel model(*m_db);
    model.reload();
    QCOMPARE(model.rowCount(), ConversationListModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    int pages = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++pages;
    }
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(pages, 3);
}

void TestConversationListModel::rows_areNewestFirstAndMatchStorage()
{
    ConversationListModel model(*m_db);
    model.reload();
    ConversationFilter filter;
    filter.limit = 5;
    auto rows = ConversationRepository(*m_db).list(filter);
    QVERIFY(rows);
    for (int i = 0; i < 5; ++i) {
        const QModelIndex index = model.index(i, ConversationListModel::Citizen);
        QCOMPARE(index.data(Qt::UserRole).toLongLong(), (*rows)[static_cast<std::size_t>(i)].id);
        QCOMPARE(index.data().toString(), (*rows)[static_cast<std::size_t>(i)].citizenName);
    }
    // Pinned Norwegian date format, whatever the locale: dd.MM.yyyy HH:mm.
    const QString when = model.index(0, ConversationListModel::LastMessage).data().toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$")).match(when).hasMatch(),
        qPrintable(when));
}

void TestConversationListModel::hostileText_isShownOnOneBoundedLine()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("hostile.sqlite")));
    QVERIFY(db);
    DemoOptions options;
    options.conversations = 1;
    options.until = QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc());
    QVERIFY(DemoGenerator(**db, options).run());
    const QString hostile = QStringLiteral("<b>Hei</b>\n\r\t") + QString(QChar(0x202E)) +
                            QStringLiteral("abc") + QString(5000, QLatin1Char('x'));
    QVERIFY((*db)->exec(QStringLiteral("UPDATE messages SET body_text = '") + hostile + QStringLiteral("'")));
    QVERIFY((*db)->exec(QStringLiteral("UPDATE citizens SET display_name = 'Kari\nNordmann'")));
    ConversationListModel model(**db);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    const QString preview = model.index(0, ConversationListModel::Subject).data().toString();
    QVERIFY(!preview.contains(QLatin1Char('\n')));
    QVERIFY(!preview.contains(QLatin1Char('\t')));
    QVERIFY(preview.startsWith(QStringLiteral("<b>Hei</b>")));
    QVERIFY(preview.size() <= 300);
    QCOMPARE(model.index(0, ConversationListModel::Citizen).data().toString(),
             QStringLiteral("Kari Nordmann"));
}

QTEST_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
