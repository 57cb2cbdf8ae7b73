// Thresholds and chart events edited in the app: stored, read back, and every change audited.

#include "analytics/maturitysettings.h"
#include "storage/historyrepository.h"
#include "storagetestutil.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Torget;
using namespace TorgetTest;
using namespace Qt::StringLiterals;

class TestMaturitySettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void saveThresholds_storesChangesAndAuditsEachChangedKey();
    void saveThresholds_nothingChanged_auditsNothing();
    void saveThresholds_outOfRange_isClamped();
    void events_addEditRemove_areStoredAndAudited();
    void addEvent_withoutTitle_isRefused();

private:
    std::vector<AuditEntry> audits();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 4, 1), QTime(8, 0), QTimeZone::utc())};
    Agent m_editor;
};

void TestMaturitySettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
    TORGET_TAKE(
        id, AccountRepository(*m_db).upsertAgent({0, u"Kommunikasjonssjef"_s, u"sjef@kommune.no"_s, true}));
    m_editor = {id, u"Kommunikasjonssjef"_s, u"sjef@kommune.no"_s, true};
}

void TestMaturitySettings::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::vector<AuditEntry> TestMaturitySettings::audits()
{
    std::vector<AuditEntry> out;
    (void)HistoryRepository(*m_db).forEachAudit([&](const AuditEntry &a) -> Status {
        out.push_back(a);
        return {};
    });
    return out;
}

void TestMaturitySettings::saveThresholds_storesChangesAndAuditsEachChangedKey()
{
    MaturityThresholds t;
    t.replyRate = 0.8;
    t.minPostsPerMonth = 8;
    TORGET_VERIFY_OK(MaturitySettings(*m_db, m_clock).saveThresholds(t, m_editor));
    TORGET_TAKE(read, MaturityThresholds::load(*m_db));
    QCOMPARE(read, t);
    const auto entries = audits();
    QCOMPARE(entries.size(), std::size_t(2));
    QStringList details;
    for (const AuditEntry &a : entries) {
        QCOMPARE(a.action, u"maturity-thresholds"_s);
        QCOMPARE(a.agentId, std::optional<qint64>(m_editor.id));
        details << a.detail;
    }
    details.sort();
    QCOMPARE(details,
             (QStringList{u"dialog.min_reply_rate: 0.7 → 0.8"_s, u"presence.min_posts_per_month: 4 → 8"_s}));
}

void TestMaturitySettings::saveThresholds_nothingChanged_auditsNothing()
{
    TORGET_VERIFY_OK(MaturitySettings(*m_db, m_clock).saveThresholds(MaturityThresholds(), m_editor));
    QVERIFY(audits().empty());
}

void TestMaturitySettings::saveThresholds_outOfRange_isClamped()
{
    MaturityThresholds t;
    t.dialogShare = 3;
    TORGET_VERIFY_OK(MaturitySettings(*m_db, m_clock).saveThresholds(t, m_editor));
    TORGET_TAKE(read, MaturityThresholds::load(*m_db));
    QCOMPARE(read.dialogShare, 1.0);
}

void TestMaturitySettings::events_addEditRemove_areStoredAndAudited()
{
    MaturitySettings settings(*m_db, m_clock);
    MaturityEvent e;
    e.at = QDateTime(QDate(2026, 2, 3), QTime(12, 0), TimeFormat::osloZone()).toMSecsSinceEpoch();
    e.kind = u"strategy"_s;
    e.title = u"Kommunikasjonsstrategi vedtatt"_s;
    TORGET_TAKE(id, settings.addEvent(e, m_editor));
    e.id = id;
    e.kind = u"channel"_s;
    e.title = u"Instagram tatt i bruk"_s;
    TORGET_VERIFY_OK(settings.updateEvent(e, m_editor));
    TORGET_TAKE(stored, MaturityRepository(*m_db).event(id));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->title, u"Instagram tatt i bruk"_s);
    QCOMPARE(stored->kind, u"channel"_s);
    TORGET_VERIFY_OK(settings.removeEvent(id, m_editor));
    TORGET_TAKE(gone, MaturityRepository(*m_db).event(id));
    QVERIFY(!gone.has_value());
    const auto entries = audits();
    QCOMPARE(entries.size(), std::size_t(3));
    QCOMPARE(entries[0].action, u"maturity-event-add"_s);
    QCOMPARE(entries[0].detail, u"03.02.2026 strategy: Kommunikasjonsstrategi vedtatt"_s);
    QCOMPARE(entries[1].action, u"maturity-event-edit"_s);
    QCOMPARE(entries[2].action, u"maturity-event-remove"_s);
    QCOMPARE(entries[2].objectId, std::optional<qint64>(id));
}

void TestMaturitySettings::addEvent_withoutTitle_isRefused()
{
    MaturityEvent e;
    e.at = 1;
    e.title = u"   "_s;
    QVERIFY(!MaturitySettings(*m_db, m_clock).addEvent(e, m_editor).ok());
    QVERIFY(audits().empty());
}

QTEST_GUILESS_MAIN(TestMaturitySettings)
#include "tst_maturitysettings.moc"
