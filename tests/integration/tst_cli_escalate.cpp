// End to end: `torget-cli escalate` as a real process on a real SQLite file. The escalation mark
// lives in the database, so a second run (another desk, a cron job) finds nothing left to escalate.

#include "../unit/sla/slafixture.h"
#include "clirunner.h"
#include "sla/escalation.h"
#include "sla/slaservice.h"
#include "storage/historyrepository.h"
#include "storage/slarepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TorgetTest;

class TestCliEscalate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void escalate_once_assignsEachBreachOnce();
    void escalate_to_unknownAgent_failsWithOneLine();

private:
    Run cli(const QStringList &arguments) const
    {
        return runCli(QString::fromUtf8(TORGET_CLI_PATH), m_envRoot, arguments, english, {});
    }
    Run on(const char *text, const QStringList &more = {}) const
    {
        return cli(QStringList{u"--db"_s, m_db} + TorgetTest::words(text) + more);
    }

    QTemporaryDir m_base;
    QString m_envRoot;
    QString m_db;
    qint64 m_late = 0;
    qint64 m_dueAt = 0;
};

void TestCliEscalate::initTestCase()
{
    QVERIFY(m_base.isValid());
    QVERIFY2(QFileInfo(QString::fromUtf8(TORGET_CLI_PATH)).isExecutable(), TORGET_CLI_PATH);
    m_envRoot = m_base.filePath(u"env"_s);
    for (const char *sub : {"home", "config", "data"})
        QVERIFY(QDir(m_envRoot).mkpath(QString::fromLatin1(sub)));
    m_db = m_base.filePath(u"desk.sqlite"_s);
    auto db = Torget::Database::openSqlite(m_db);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error()));
    SlaFixture fixture(**db);
    // An e-mail of three weeks ago that nobody answered: breached long before the command runs.
    const QString arrived = QDateTime::currentDateTimeUtc().addDays(-21).toString(Qt::ISODate);
    m_late =
        fixture.conversation(fixture.account(u"postmottak"_s, Torget::Channel::Email), {u"in@"_s + arrived});
    fixture.agent(u"Kari"_s);
    QVERIFY2(fixture.error.isEmpty(), qPrintable(fixture.error));
    QVERIFY(Torget::SlaService(**db).refresh(m_late).ok());
    auto due = Torget::SlaRepository(**db).dueBetween(0, std::numeric_limits<qint64>::max(), 10);
    QVERIFY(due.ok());
    QCOMPARE(due->size(), std::size_t(1));
    m_dueAt = due->front().dueAt;
}

void TestCliEscalate::escalate_once_assignsEachBreachOnce()
{
    CLI_SUCCEEDS(on("escalate --to kari@kommune.example"));
    const Run shown = on("escalate --format json");
    CLI_SUCCEEDS(shown);
    QVERIFY2(shown.outText().contains(u"Kari <kari@kommune.example>"_s), qPrintable(shown.describe()));
    {
        // Choosing the colleague starts the watch now; move it back to just before the breach, as
        // if the colleague had been chosen three weeks ago.
        auto db = Torget::Database::openSqlite(m_db);
        QVERIFY(db.ok());
        QVERIFY(Torget::SlaRepository(**db)
                    .setSetting(Torget::Escalation::markKey(), QString::number(m_dueAt - 1))
                    .ok());
    }
    const Run first = on("escalate --once --format json");
    QJsonArray escalated;
    CLI_JSON_ARRAY(first, escalated);
    QCOMPARE(escalated.size(), 1);
    QCOMPARE(escalated.at(0).toObject().value(u"conversation"_s).toInteger(), m_late);
    QCOMPARE(escalated.at(0).toObject().value(u"agent"_s).toString(), u"Kari"_s);

    const Run second = on("escalate --once --format json");
    QJsonArray again;
    CLI_JSON_ARRAY(second, again);
    QCOMPARE(again.size(), 0);

    auto db = Torget::Database::openSqlite(m_db);
    QVERIFY(db.ok());
    auto conversation = Torget::ConversationRepository(**db).byId(m_late);
    QVERIFY(conversation.ok() && conversation->has_value());
    QVERIFY((*conversation)->assigneeId.has_value());
    int audits = 0;
    QVERIFY(Torget::HistoryRepository(**db)
                .forEachAudit([&](const Torget::AuditEntry &a) -> Torget::Status {
                    if (a.action == Torget::Escalation::auditAction())
                        ++audits;
                    return {};
                })
                .ok());
    QCOMPARE(audits, 1);

    CLI_SUCCEEDS(on("escalate --off"));
    const Run off = on("escalate");
    CLI_SUCCEEDS(off);
    QVERIFY2(off.outText().contains(u"not escalated"_s), qPrintable(off.describe()));
}

void TestCliEscalate::escalate_to_unknownAgent_failsWithOneLine()
{
    const Run r = on("escalate --to nobody@kommune.example");
    const QString problem = oneLineFailureProblem(r, 1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(r.errText().contains(u"nobody@kommune.example"_s), qPrintable(r.describe()));
}

QTEST_MAIN(TestCliEscalate)
#include "tst_cli_escalate.moc"
