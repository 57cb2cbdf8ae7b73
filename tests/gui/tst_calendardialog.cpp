// The opening-hours and targets dialog on a real SQLite file: edits make calendar versions that
// move the stored deadlines (recomputed on the worker thread), and bad input is refused.

#include "../unit/sla/slafixture.h"
#include "../unit/storage/storagetestutil.h"
#include "dialogs/calendardialog.h"
#include "mainwindow/slarefreshjob.h"
#include "sla/escalation.h"
#include "sla/slaservice.h"
#include "storage/slarepository.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Torget;

class TestCalendarDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shorterMondayMakesANewVersionThatMovesLaterDeadlinesOnly();
    void savingUnchangedHoursMakesNoVersion();
    void refusesBadInput_data();
    void refusesBadInput();
    void exportAndImportGiveTheSameCalendar();
    void policyPresetAndEscalationAreSaved();

private:
    std::optional<qint64> storedDue(qint64 conversationId);
    void recompute();

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    qint64 m_before = 0; // Monday 23.11.2026 10:00, before the new version
    qint64 m_after = 0;  // Monday 30.11.2026 10:00, after it
};

static QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

void TestCalendarDialog::init()
{
    m_dir = new QTemporaryDir;
    auto db = Database::openSqlite(TorgetTest::dbPath(*m_dir));
    QVERIFY2(db.ok(), TorgetTest::errorText(db).constData());
    m_db = std::move(*db);
    TorgetTest::SlaFixture fixture(*m_db);
    // Facebook (Sarpsborg): two business hours, and no later than the close of the same day.
    const qint64 account = fixture.account(QStringLiteral("page"), Channel::Facebook);
    m_before = fixture.conversation(account, {QStringLiteral("in@2026-11-23T10:00:00+01:00")});
    m_after = fixture.conversation(account, {QStringLiteral("in@2026-11-30T10:00:00+01:00")});
    fixture.agent(QStringLiteral("Kari"));
    QVERIFY2(fixture.error.isEmpty(), qPrintable(fixture.error));
    TORGET_VERIFY_OK(SlaService(*m_db).refreshAll());
}

void TestCalendarDialog::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

std::optional<qint64> TestCalendarDialog::storedDue(qint64 conversationId)
{
    auto rows = SlaRepository(*m_db).dueBetween(0, std::numeric_limits<qint64>::max(), 100);
    if (!rows)
        return std::nullopt;
    for (const DueConversation &d : *rows) {
        if (d.conversationId == conversationId)
            return d.dueAt;
    }
    return std::nullopt;
}

// As the window does: on the worker thread, waiting for it to finish.
void TestCalendarDialog::recompute()
{
    SlaRefreshJob job(*m_db);
    QSignalSpy finished(&job, &SlaRefreshJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toString(), QString());
    QCOMPARE(finished.first().at(1).toLongLong(), 2); // both conversations recomputed
}

void TestCalendarDialog::shorterMondayMakesANewVersionThatMovesLaterDeadlinesOnly()
{
    const qint64 noon = at("2026-11-30T12:00:00+01:00").toMSecsSinceEpoch();
    QCOMPARE(storedDue(m_after), std::optional<qint64>(noon));

    FixedClock clock(at("2026-11-26T09:00:00+01:00"));
    CalendarDialog dialog(*m_db, clock);
    auto *weekly = dialog.findChild<QTableWidget *>(QStringLiteral("weeklyTable"));
    auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("validFromEdit"));
    QVERIFY(weekly && from);
    QCOMPARE(weekly->item(0, 0)->text(), QStringLiteral("08:00–15:30"));
    QCOMPARE(from->date(), QDate(2026, 11, 26)); // a change applies from today unless told otherwise
    const QString shots = qEnvironmentVariable("TORGET_SCREENSHOT_DIR"); // to look at the dialog
    if (!shots.isEmpty()) {
        dialog.show();
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/calendardialog.png")));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("calendarTabs"));
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/calendardialog-%1.png").arg(i)));
        }
    }
    weekly->item(0, 0)->setText(QStringLiteral("08:00-11:00"));
    from->setDate(QDate(2026, 11, 30));
    QVERIFY2(dialog.save(true), qPrintable(dialog.lastError()));
    QVERIFY(dialog.refreshNeeded());

    TORGET_TAKE(calendar, SlaService(*m_db).calendar());
    QCOMPARE(calendar.versions().size(), std::size_t(2));
    QCOMPARE(calendar.versionFor(QDate(2026, 11, 29)).weekly.days[0], (DayHours{{8 * 60, 15 * 60 + 30}}));
    QCOMPARE(calendar.versionFor(QDate(2026, 11, 30)).weekly.days[0], (DayHours{{8 * 60, 11 * 60}}));

    TORGET_CALL(recompute());
    // Monday 30.11 now closes at 11:00: "the same opening day" ends there. The week before keeps noon.
    QCOMPARE(storedDue(m_after), std::optional<qint64>(at("2026-11-30T11:00:00+01:00").toMSecsSinceEpoch()));
    QCOMPARE(storedDue(m_before), std::optional<qint64>(at("2026-11-23T12:00:00+01:00").toMSecsSinceEpoch()));
}

void TestCalendarDialog::savingUnchangedHoursMakesNoVersion()
{
    FixedClock clock(at("2026-11-26T09:00:00+01:00"));
    CalendarDialog dialog(*m_db, clock);
    QVERIFY2(dialog.save(true), qPrintable(dialog.lastError()));
    QVERIFY(!dialog.refreshNeeded());
    TORGET_TAKE(versions, SlaRepository(*m_db).calendarVersions());
    QVERIFY(versions.empty()); // still the built-in default
}

void TestCalendarDialog::refusesBadInput_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("hour past midnight")
        << QStringLiteral("weeklyTable") << 0 << 0 << QStringLiteral("08:00-25:00")
        << QStringLiteral("is not opening hours such as 08:00–15:30");
    QTest::newRow("closes before it opens")
        << QStringLiteral("weeklyTable") << 1 << 0 << QStringLiteral("15:00-08:00")
        << QStringLiteral("closes before it opens");
    QTest::newRow("overlapping spans")
        << QStringLiteral("weeklyTable") << 2 << 0 << QStringLiteral("08:00-12:00, 11:00-15:00")
        << QStringLiteral("overlaps");
    QTest::newRow("words") << QStringLiteral("weeklyTable") << 3 << 0 << QStringLiteral("all day")
                           << QStringLiteral("\"all day\"");
    QTest::newRow("season on 31 February")
        << QStringLiteral("seasonsTable") << 0 << 2 << QStringLiteral("31.02")
        << QStringLiteral("must be days of the year");
    QTest::newRow("reduced day without a date")
        << QStringLiteral("reducedTable") << 0 << 1 << QString() << QStringLiteral("days from Easter Sunday");
}

void TestCalendarDialog::refusesBadInput()
{
    QFETCH(QString, table);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, error);
    FixedClock clock(at("2026-11-26T09:00:00+01:00"));
    CalendarDialog dialog(*m_db, clock);
    auto *t = dialog.findChild<QTableWidget *>(table);
    QVERIFY(t);
    QVERIFY(row < t->rowCount()); // the default calendar has a summer season and reduced days
    t->setItem(row, column, new QTableWidgetItem(text));
    QVERIFY(!dialog.save(true));
    QVERIFY2(dialog.lastError().contains(error), qPrintable(dialog.lastError()));
    TORGET_TAKE(versions, SlaRepository(*m_db).calendarVersions());
    QVERIFY(versions.empty()); // nothing written
}

void TestCalendarDialog::exportAndImportGiveTheSameCalendar()
{
    FixedClock clock(at("2026-11-26T09:00:00+01:00"));
    const QString file = m_dir->filePath(QStringLiteral("calendar.json"));
    {
        CalendarDialog dialog(*m_db, clock);
        auto *closures = dialog.findChild<QTableWidget *>(QStringLiteral("closuresTable"));
        closures->insertRow(0);
        closures->setItem(0, 0, new QTableWidgetItem(QStringLiteral("04.12.2026")));
        closures->setItem(0, 1, new QTableWidgetItem(QStringLiteral("Personaldag")));
        QVERIFY2(dialog.exportFile(file), qPrintable(dialog.lastError()));
    }
    CalendarDialog dialog(*m_db, clock);
    QVERIFY2(dialog.importFile(file), qPrintable(dialog.lastError()));
    QVERIFY2(dialog.save(true), qPrintable(dialog.lastError()));
    QVERIFY(dialog.refreshNeeded());
    TORGET_TAKE(calendar, SlaService(*m_db).calendar());
    const DayInfo day = calendar.day(QDate(2026, 12, 4));
    QCOMPARE(day.kind, DayKind::Exception);
    QCOMPARE(day.name, QStringLiteral("Personaldag"));
    QVERIFY(day.hours.empty());
    QVERIFY(!dialog.importFile(m_dir->filePath(QStringLiteral("missing.json"))));
    QVERIFY(!dialog.lastError().isEmpty());
}

void TestCalendarDialog::policyPresetAndEscalationAreSaved()
{
    FixedClock clock(at("2026-11-26T09:00:00+01:00"));
    CalendarDialog dialog(*m_db, clock);
    auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("presetCombo"));
    auto *soon = dialog.findChild<QSpinBox *>(QStringLiteral("soonSpin"));
    auto *escalation = dialog.findChild<QComboBox *>(QStringLiteral("escalationCombo"));
    QVERIFY(preset && soon && escalation);
    QCOMPARE(preset->currentData().toString(), QStringLiteral("sarpsborg"));
    const int email = preset->findData(QStringLiteral("email"));
    preset->setCurrentIndex(email);
    Q_EMIT preset->activated(email);
    soon->setValue(45);
    QCOMPARE(escalation->itemData(0), QVariant());
    escalation->setCurrentIndex(1);
    const qint64 kari = escalation->currentData().toLongLong();
    QVERIFY2(dialog.save(true), qPrintable(dialog.lastError()));
    QVERIFY(dialog.refreshNeeded());
    TORGET_TAKE(policy, SlaService(*m_db).policy());
    QCOMPARE(policy.id, QStringLiteral("email"));
    QCOMPARE(policy.soonMinutes, 45);
    QCOMPARE(policy.rules, SlaPolicy::preset(SlaPolicy::Preset::Email).rules);
    TORGET_TAKE(target, Escalation(*m_db, clock).target());
    QCOMPARE(target, std::optional<qint64>(kari));
    TORGET_CALL(recompute());
    // E-mail preset: one working day, Tuesday 01.12 10:00.
    QCOMPARE(storedDue(m_after), std::optional<qint64>(at("2026-12-01T10:00:00+01:00").toMSecsSinceEpoch()));
}

QTEST_MAIN(TestCalendarDialog)
#include "tst_calendardialog.moc"
