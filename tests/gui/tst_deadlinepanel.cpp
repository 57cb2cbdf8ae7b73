// The "why this deadline" panel on real conversations in a real SQLite file, with a fixed clock.

#include "../unit/sla/slafixture.h"
#include "../unit/storage/storagetestutil.h"
#include "sla/slaservice.h"
#include "util/clock.h"
#include "views/conversationview.h"
#include "views/deadlinepanel.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Torget;

class TestDeadlinePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explains_data();
    void explains();
    void collapsesAndExpandsFromTheKeyboard();
    void followsTheConversationShownInTheView();
    void hidesWithoutAConversation();
};

static QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

void TestDeadlinePanel::explains_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<QStringList>("history");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("summaryStart");
    QTest::addColumn<QStringList>("stepsMention");

    // E-mail under the Sarpsborg preset: one working day.
    QTest::newRow("friday afternoon e-mail skips the weekend")
        << int(Channel::Email) << QStringList{QStringLiteral("in@2026-03-27T14:45:00+01:00")}
        << at("2026-03-27T15:00:00+01:00") << QStringLiteral("ok") << QStringLiteral("Deadline:")
        << QStringList{QStringLiteral("started with the citizen's message of 27.03.2026 14:45"),
                       QStringLiteral("weekend"), QStringLiteral("Due 30.03.2026 14:45")};
    QTest::newRow("easter closes five days in a row")
        << int(Channel::Email) << QStringList{QStringLiteral("in@2026-04-01T11:00:00+02:00")}
        << at("2026-04-01T11:30:00+02:00") << QStringLiteral("ok") << QStringLiteral("Deadline:")
        << QStringList{QStringLiteral("Maundy Thursday"), QStringLiteral("Good Friday"),
                       QStringLiteral("Easter Monday")};
    // Facebook: two business hours and the same opening day; a Saturday message counts from Monday.
    QTest::newRow("saturday message starts at monday's opening, then breaches")
        << int(Channel::Facebook) << QStringList{QStringLiteral("in@2026-03-07T12:00:00+01:00")}
        << at("2026-03-09T10:30:00+01:00") << QStringLiteral("breached") << QStringLiteral("Breached:")
        << QStringList{QStringLiteral("outside opening hours"), QStringLiteral("09.03.2026 08:00")};
    QTest::newRow("answered conversation has nothing due")
        << int(Channel::Facebook)
        << QStringList{QStringLiteral("in@2026-03-09T09:00:00+01:00"),
                       QStringLiteral("out:Anne@2026-03-09T09:20:00+01:00"),
                       QStringLiteral("status:open>resolved:Anne@2026-03-09T09:21:00+01:00")}
        << at("2026-03-09T10:00:00+01:00") << QStringLiteral("none") << QStringLiteral("No deadline")
        << QStringList{QStringLiteral("Resolved")};
}

void TestDeadlinePanel::explains()
{
    QFETCH(int, channel);
    QFETCH(QStringList, history);
    QFETCH(QDateTime, now);
    QFETCH(QString, state);
    QFETCH(QString, summaryStart);
    QFETCH(QStringList, stepsMention);

    QTemporaryDir dir;
    TORGET_TAKE(db, Database::openSqlite(TorgetTest::dbPath(dir)));
    TorgetTest::SlaFixture fixture(*db);
    const qint64 account = fixture.account(QStringLiteral("desk"), static_cast<Channel>(channel));
    const ConversationStatus status = history.last().startsWith(QLatin1String("status:open>resolved"))
                                          ? ConversationStatus::Resolved
                                          : ConversationStatus::Open;
    const qint64 id = fixture.conversation(account, history, status);
    QVERIFY2(fixture.error.isEmpty(), qPrintable(fixture.error));
    TORGET_VERIFY_OK(SlaService(*db).refresh(id));

    FixedClock clock(now);
    DeadlinePanel panel(*db);
    panel.setClock(clock);
    panel.showConversation(id);
    QVERIFY2(panel.lastError().isEmpty(), qPrintable(panel.lastError()));
    QVERIFY(!panel.isHidden());
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("deadlineSummary"));
    QVERIFY(summary);
    QCOMPARE(summary->property("deadlineState").toString(), state);
    QVERIFY2(panel.summaryText().startsWith(summaryStart), qPrintable(panel.summaryText()));
    const QString steps = panel.stepTexts().join(QLatin1Char('\n'));
    for (const QString &mention : stepsMention)
        QVERIFY2(steps.contains(mention), qPrintable(mention + QStringLiteral(" not in:\n") + steps));
    // The details show the same steps.
    auto *details = panel.findChild<QLabel *>(QStringLiteral("deadlineDetails"));
    QVERIFY(details);
    QVERIFY(details->text().contains(stepsMention.first().toHtmlEscaped()));
}

void TestDeadlinePanel::collapsesAndExpandsFromTheKeyboard()
{
    QTemporaryDir dir;
    TORGET_TAKE(db, Database::openSqlite(TorgetTest::dbPath(dir)));
    TorgetTest::SlaFixture fixture(*db);
    const qint64 id = fixture.conversation(fixture.account(QStringLiteral("desk"), Channel::Email),
                                           {QStringLiteral("in@2026-03-27T14:45:00+01:00")});
    TORGET_VERIFY_OK(SlaService(*db).refresh(id));
    FixedClock clock(at("2026-03-27T15:00:00+01:00"));
    QWidget window;
    auto *panel = new DeadlinePanel(*db, &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(panel);
    layout->addStretch(1);
    panel->setClock(clock);
    panel->showConversation(id);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *why = panel->findChild<QToolButton *>(QStringLiteral("deadlineWhyButton"));
    auto *rulesButton = panel->findChild<QToolButton *>(QStringLiteral("deadlineRulesButton"));
    auto *details = panel->findChild<QLabel *>(QStringLiteral("deadlineDetails"));
    auto *rules = panel->findChild<QLabel *>(QStringLiteral("deadlineRules"));
    QVERIFY(why && rulesButton && details && rules);
    QVERIFY(why->focusPolicy() & Qt::TabFocus);
    QVERIFY(rulesButton->focusPolicy() & Qt::TabFocus);
    QVERIFY(!details->isVisible()); // collapsed at first: the thread keeps the room
    why->setFocus();
    QTest::keyClick(why, Qt::Key_Space);
    QVERIFY(panel->isExpanded());
    QVERIFY(details->isVisible());
    QTest::keyClick(why, Qt::Key_Space);
    QVERIFY(!details->isVisible());

    // To look at: TORGET_SCREENSHOT_DIR=/tmp keeps a picture of the panel open.
    const QString shots = qEnvironmentVariable("TORGET_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        panel->setExpanded(true);
        window.resize(560, 520);
        QTest::qWait(50);
        QVERIFY(window.grab().save(shots + QStringLiteral("/deadlinepanel.png")));
        panel->setExpanded(false);
    }
    QVERIFY(!rules->isVisible());
    QTest::keyClick(rulesButton, Qt::Key_Space);
    QVERIFY(rules->isVisible());
    for (const QString &rule : SlaClock::rules())
        QVERIFY(rules->text().contains(rule.toHtmlEscaped()));
}

void TestDeadlinePanel::followsTheConversationShownInTheView()
{
    QTemporaryDir dir;
    TORGET_TAKE(db, Database::openSqlite(TorgetTest::dbPath(dir)));
    TorgetTest::SlaFixture fixture(*db);
    const qint64 account = fixture.account(QStringLiteral("desk"), Channel::Facebook);
    const qint64 late = fixture.conversation(account, {QStringLiteral("in@2026-03-09T08:00:00+01:00")});
    const qint64 fresh = fixture.conversation(account, {QStringLiteral("in@2026-03-09T10:50:00+01:00")});
    TORGET_VERIFY_OK(SlaService(*db).refreshAll());
    FixedClock clock(at("2026-03-09T11:00:00+01:00"));
    ConversationView view(*db);
    view.setClock(clock);
    view.showConversation(late);
    QCOMPARE(view.deadlinePanel()
                 ->findChild<QLabel *>(QStringLiteral("deadlineSummary"))
                 ->property("deadlineState")
                 .toString(),
             QStringLiteral("breached"));
    view.showConversation(fresh);
    QCOMPARE(view.deadlinePanel()
                 ->findChild<QLabel *>(QStringLiteral("deadlineSummary"))
                 ->property("deadlineState")
                 .toString(),
             QStringLiteral("ok"));
    // A minute later (the panel's timer calls refresh()): still ok, a minute less left.
    const QString before = view.deadlinePanel()->summaryText();
    clock.advanceSecs(60);
    view.deadlinePanel()->refresh();
    QVERIFY(view.deadlinePanel()->summaryText() != before);
}

void TestDeadlinePanel::hidesWithoutAConversation()
{
    QTemporaryDir dir;
    TORGET_TAKE(db, Database::openSqlite(TorgetTest::dbPath(dir)));
    DeadlinePanel panel(*db);
    panel.showConversation(0);
    QVERIFY(panel.isHidden());
    QVERIFY(panel.stepTexts().isEmpty());
}

QTEST_MAIN(TestDeadlinePanel)
#include "tst_deadlinepanel.moc"
