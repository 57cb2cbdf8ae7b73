#include "dialogs/standardrepliesdialog.h"
#include "inbox/cannedreplies.h"
#include "storage/cannedreplyrepository.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Torget;
using namespace Qt::StringLiterals;

// The agent manages the library in the app: add, change, delete — checked in storage.
class TestStandardRepliesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lists_theLibrary();
    void new_typeAndSave_storesTheReply();
    void edit_changesTheTextAndLanguage();
    void incomplete_isRefusedWithAMessage();
    void delete_asksThenRemoves();

private:
    template <typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QLatin1String(name));
    }
    void answerNextBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(50, this, [button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(button)->click();
        });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<StandardRepliesDialog> m_dialog;
};

void TestStandardRepliesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::openSqlite(m_dir->filePath(u"t.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(CannedReplies::seedIfEmpty(*m_db, 0));
    m_dialog = std::make_unique<StandardRepliesDialog>(*m_db, m_clock);
    m_dialog->show();
}

void TestStandardRepliesDialog::cleanup()
{
    m_dialog.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStandardRepliesDialog::lists_theLibrary()
{
    QCOMPARE(child<QListWidget>("standardRepliesList")->count(),
             static_cast<int>(CannedReplies::defaults(0).size()));
    QVERIFY(!child<QLineEdit>("standardReplyTitle")->text().isEmpty());
}

void TestStandardRepliesDialog::new_typeAndSave_storesTheReply()
{
    QTest::mouseClick(child<QPushButton>("newStandardReply"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>("standardReplyTitle")->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>("standardReplyTitle"), u"Gatelys"_s);
    auto *language = child<QComboBox>("standardReplyLanguage");
    language->setCurrentIndex(language->findData(u"nn"_s));
    child<QPlainTextEdit>("standardReplyBody")
        ->setPlainText(u"Hei {navn}! Vi melder feil på gatelyset vidare."_s);
    QTest::mouseClick(child<QPushButton>("saveStandardReply"), Qt::LeftButton);
    auto found = CannedReplyRepository(*m_db).list(u"nn"_s, u"gatelys"_s);
    QCOMPARE(found->size(), std::size_t(1));
    QCOMPARE(found->front().body, u"Hei {navn}! Vi melder feil på gatelyset vidare."_s);
    QCOMPARE(child<QListWidget>("standardRepliesList")->currentItem()->text(), u"Gatelys (nn)"_s);
}

void TestStandardRepliesDialog::edit_changesTheTextAndLanguage()
{
    auto *list = child<QListWidget>("standardRepliesList");
    list->setCurrentRow(0);
    const QString title = child<QLineEdit>("standardReplyTitle")->text();
    child<QPlainTextEdit>("standardReplyBody")->setPlainText(u"Ny tekst, {agent}"_s);
    child<QCheckBox>("standardReplyRedirect")->setChecked(true);
    QVERIFY(m_dialog->saveReply());
    auto all = CannedReplyRepository(*m_db).list();
    const auto it =
        std::find_if(all->begin(), all->end(), [&](const CannedReply &r) { return r.title == title; });
    QVERIFY(it != all->end());
    QCOMPARE(it->body, u"Ny tekst, {agent}"_s);
    QVERIFY(it->redirect);
    QCOMPARE(all->size(), CannedReplies::defaults(0).size()); // changed, not added
}

void TestStandardRepliesDialog::incomplete_isRefusedWithAMessage()
{
    m_dialog->newReply();
    child<QPlainTextEdit>("standardReplyBody")->setPlainText(u"Tekst uten tittel"_s);
    answerNextBox(QMessageBox::Ok);
    QVERIFY(!m_dialog->saveReply());
    QCOMPARE(*CannedReplyRepository(*m_db).count(), static_cast<qint64>(CannedReplies::defaults(0).size()));
}

void TestStandardRepliesDialog::delete_asksThenRemoves()
{
    const qint64 before = *CannedReplyRepository(*m_db).count();
    child<QListWidget>("standardRepliesList")->setCurrentRow(1);
    answerNextBox(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>("deleteStandardReply"), Qt::LeftButton);
    QCOMPARE(*CannedReplyRepository(*m_db).count(), before);
    answerNextBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("deleteStandardReply"), Qt::LeftButton);
    QCOMPARE(*CannedReplyRepository(*m_db).count(), before - 1);
}

QTEST_MAIN(TestStandardRepliesDialog)
#include "tst_standardrepliesdialog.moc"
