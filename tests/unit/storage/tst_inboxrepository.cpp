#include "storage/inboxrepository.h"
#include "storage/messagerepository.h"
#include "storage/searchtext.h"
#include "storagetestutil.h"

#include <QTimeZone>

using namespace Torget;
using namespace TorgetTest;
using namespace Qt::StringLiterals;

// A small, hand-made inbox whose every view can be counted by hand.
class TestInboxRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void views_holdTheConversationsTheirRulesSay_data();
    void views_holdTheConversationsTheirRulesSay();
    void counts_agreeWithEveryView();
    void urgency_putsPriorityThenLongestWaitFirst();
    void filters_channelStatusTagFromAndText_data();
    void filters_channelStatusTagFromAndText();
    void page_carriesTagsPreviewAndWaitingSince();
    void paging_coversEveryRowOnce();

private:
    qint64 add(const QString &ext, Channel channel, const QString &citizen, qint64 arrivedMinutesAgo,
               std::optional<qint64> repliedMinutesAgo, ConversationStatus status, const QString &text);
    InboxFilter filter(InboxView view) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_now = 0;
    qint64 m_agent = 0;
    QHash<Channel, qint64> m_accounts;
    QHash<QString, qint64> m_ids; // external id → conversation id
};

static constexpr qint64 minute = 60 * 1000;

qint64 TestInboxRepository::add(const QString &ext, Channel channel, const QString &citizen,
                                qint64 arrivedMinutesAgo, std::optional<qint64> repliedMinutesAgo,
                                ConversationStatus status, const QString &text)
{
    if (!m_accounts.contains(channel)) {
        Account a;
        a.channel = channel;
        a.name = key(channel);
        a.createdAt = 0;
        m_accounts.insert(channel, AccountRepository(*m_db).upsert(a).value());
    }
    const qint64 account = m_accounts.value(channel);
    Citizen ci;
    ci.accountId = account;
    ci.externalId = citizen;
    ci.displayName = citizen;
    const qint64 citizenId = CitizenRepository(*m_db).upsert(ci).value();
    Conversation c;
    c.accountId = account;
    c.externalId = ext;
    c.kind = ConversationKind::Comment;
    c.citizenId = citizenId;
    c.status = status;
    c.createdAt = m_now - arrivedMinutesAgo * minute;
    const qint64 id = ConversationRepository(*m_db).upsert(c).value();
    Message in;
    in.conversationId = id;
    in.accountId = account;
    in.externalId = ext + QStringLiteral("-in");
    in.citizenId = citizenId;
    in.authorName = citizen;
    in.bodyText = text;
    in.createdAt = c.createdAt;
    (void)MessageRepository(*m_db).insert(in).value();
    if (repliedMinutesAgo) {
        Message out = in;
        out.externalId = ext + QStringLiteral("-out");
        out.direction = Direction::Outbound;
        out.citizenId.reset();
        out.agentId = m_agent;
        out.authorName = QStringLiteral("Kommunen");
        out.bodyText = QStringLiteral("Takk for meldingen!");
        out.createdAt = m_now - *repliedMinutesAgo * minute;
        (void)MessageRepository(*m_db).insert(out).value();
    }
    m_ids.insert(ext, id);
    return id;
}

InboxFilter TestInboxRepository::filter(InboxView view) const
{
    InboxFilter f;
    f.view = view;
    f.now = m_now;
    f.me = m_agent;
    // Due at or before now: breached; within the next 30 minutes: about to breach.
    f.breachedUpTo = m_now;
    f.soonUpTo = m_now + 30 * minute;
    return f;
}

void TestInboxRepository::initTestCase()
{
    TORGET_CALL(openMigrated(dbPath(m_dir), m_db));
    m_now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    m_agent = AccountRepository(*m_db)
                  .upsertAgent({0, QStringLiteral("Kari Agent"), QStringLiteral("kari@k.no"), true})
                  .value();
    ConversationRepository conversations(*m_db);
    // fresh: waited 10 min; soon: 100 min; late: 300 min (breached); answered, waiting, resolved, snoozed.
    add(QStringLiteral("fresh"), Channel::Facebook, QStringLiteral("Åse Ødegård"), 10, {},
        ConversationStatus::New, QStringLiteral("Når kommer brøytebilen?"));
    add(QStringLiteral("soon"), Channel::Facebook, QStringLiteral("Per Hansen"), 100, {},
        ConversationStatus::New, QStringLiteral("Vannet er brunt i Storgata"));
    add(QStringLiteral("late"), Channel::Email, QStringLiteral("Ola Nordmann"), 300, {},
        ConversationStatus::Open, QStringLiteral("Søknad om barnehageplass"));
    add(QStringLiteral("waiting"), Channel::Mastodon, QStringLiteral("Kari Berg"), 500, 400,
        ConversationStatus::Waiting, QStringLiteral("Hull i veien ved skolen"));
    add(QStringLiteral("resolved"), Channel::Email, QStringLiteral("Jon Dahl"), 900, 800,
        ConversationStatus::Resolved, QStringLiteral("Tømming av søppel"));
    const qint64 snoozed = add(QStringLiteral("snoozed"), Channel::Facebook, QStringLiteral("Berit Lie"), 200,
                               {}, ConversationStatus::Open, QStringLiteral("Brøyting av fortau"));
    TORGET_VERIFY_OK(conversations.setSnooze(snoozed, m_now + 60 * minute));
    const qint64 expired = add(QStringLiteral("woke"), Channel::X, QStringLiteral("Nils Moe"), 30, {},
                               ConversationStatus::New, QStringLiteral("Bussen kom ikke"));
    TORGET_VERIFY_OK(conversations.setSnooze(expired, m_now - minute));
    TORGET_VERIFY_OK(conversations.assign(m_ids.value(QStringLiteral("late")), m_agent, m_agent, m_now));
    TORGET_VERIFY_OK(conversations.assign(m_ids.value(QStringLiteral("waiting")), m_agent, m_agent, m_now));
    TORGET_VERIFY_OK(conversations.assign(m_ids.value(QStringLiteral("resolved")), m_agent, m_agent, m_now));
    TORGET_VERIFY_OK(conversations.addTag(m_ids.value(QStringLiteral("fresh")), QStringLiteral("Brøyting")));
    TORGET_VERIFY_OK(
        conversations.addTag(m_ids.value(QStringLiteral("snoozed")), QStringLiteral("brøyting")));
    TORGET_VERIFY_OK(
        conversations.addTag(m_ids.value(QStringLiteral("soon")), QStringLiteral("Vann og avløp")));
    // Deadlines as the response-time engine stores them (SlaService::refresh), here for a two-hour
    // target in calendar time: fresh is due in 110 min, soon in 20, late 180 min ago.
    TORGET_VERIFY_OK(
        m_db->execute(QStringLiteral("UPDATE conversations SET due_at = awaiting_since + :target "
                                     "WHERE awaiting_since IS NOT NULL AND status <> 'resolved'"),
                      {{":target", 120 * minute}}));
}

void TestInboxRepository::views_holdTheConversationsTheirRulesSay_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, InboxView v, QStringList ids) {
        QTest::newRow(name) << static_cast<int>(v) << ids;
    };
    row("unanswered", InboxView::Unanswered, {u"fresh"_s, u"soon"_s, u"late"_s, u"woke"_s});
    row("mine", InboxView::Mine, {u"late"_s, u"waiting"_s});
    row("about to breach", InboxView::AboutToBreach, {u"soon"_s});
    row("breached", InboxView::Breached, {u"late"_s});
    row("waiting", InboxView::Waiting, {u"waiting"_s});
    row("snoozed", InboxView::Snoozed, {u"snoozed"_s});
    row("resolved", InboxView::Resolved, {u"resolved"_s});
    row("all", InboxView::All,
        {u"fresh"_s, u"soon"_s, u"late"_s, u"waiting"_s, u"resolved"_s, u"snoozed"_s, u"woke"_s});
}

void TestInboxRepository::views_holdTheConversationsTheirRulesSay()
{
    QFETCH(int, view);
    QFETCH(QStringList, expected);
    TORGET_TAKE(
        rows, InboxRepository(*m_db).page(filter(static_cast<InboxView>(view)), InboxSort::Urgency, 0, 100));
    QSet<qint64> got;
    for (const InboxRow &r : rows)
        got.insert(r.summary.id);
    QSet<qint64> want;
    for (const QString &e : expected)
        want.insert(m_ids.value(e));
    QCOMPARE(got, want);
}

void TestInboxRepository::counts_agreeWithEveryView()
{
    TORGET_TAKE(counts, InboxRepository(*m_db).counts(filter(InboxView::All)));
    QCOMPARE(counts.unanswered, 4);
    QCOMPARE(counts.mine, 2);
    QCOMPARE(counts.aboutToBreach, 1);
    QCOMPARE(counts.breached, 1);
    QCOMPARE(counts.waiting, 1);
    QCOMPARE(counts.snoozed, 1);
    QCOMPARE(counts.resolved, 1);
    QCOMPARE(counts.all, 7);
}

void TestInboxRepository::urgency_putsPriorityThenLongestWaitFirst()
{
    TORGET_TAKE(rows, InboxRepository(*m_db).page(filter(InboxView::Unanswered), InboxSort::Urgency, 0, 100));
    QStringList order;
    for (const InboxRow &r : rows)
        order << m_ids.key(r.summary.id);
    QCOMPARE(order, (QStringList{u"late"_s, u"soon"_s, u"woke"_s, u"fresh"_s}));
    TORGET_VERIFY_OK(
        m_db->exec(QStringLiteral("UPDATE conversations SET priority = 3 WHERE external_id = 'fresh'")));
    TORGET_TAKE(again,
                InboxRepository(*m_db).page(filter(InboxView::Unanswered), InboxSort::Urgency, 0, 100));
    QCOMPARE(m_ids.key(again.front().summary.id), QStringLiteral("fresh"));
    TORGET_VERIFY_OK(
        m_db->exec(QStringLiteral("UPDATE conversations SET priority = 1 WHERE external_id = 'fresh'")));
}

void TestInboxRepository::filters_channelStatusTagFromAndText_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("channel email") << u"channel"_s << QStringList{u"late"_s, u"resolved"_s};
    QTest::newRow("status waiting or resolved") << u"status"_s << QStringList{u"waiting"_s, u"resolved"_s};
    QTest::newRow("tag, any case") << u"tag"_s << QStringList{u"fresh"_s, u"snoozed"_s};
    QTest::newRow("from, folded prefix of any name part") << u"from"_s << QStringList{u"fresh"_s};
    QTest::newRow("text, folded prefix") << u"text"_s << QStringList{u"fresh"_s, u"snoozed"_s};
    QTest::newRow("text and channel together") << u"text+channel"_s << QStringList{u"snoozed"_s, u"fresh"_s};
    QTest::newRow("ids, whatever their view would say") << u"ids"_s << QStringList{u"late"_s, u"snoozed"_s};
    QTest::newRow("ids and channel together") << u"ids+channel"_s << QStringList{u"late"_s};
}

void TestInboxRepository::filters_channelStatusTagFromAndText()
{
    QFETCH(QString, what);
    QFETCH(QStringList, expected);
    InboxFilter f = filter(InboxView::All);
    if (what == QLatin1String("channel"))
        f.channels = {Channel::Email};
    if (what == QLatin1String("status"))
        f.statuses = {ConversationStatus::Waiting, ConversationStatus::Resolved};
    if (what == QLatin1String("tag"))
        f.tags = {QStringLiteral("BRØYTING")};
    if (what == QLatin1String("from"))
        f.from = {QStringLiteral("odegard")}; // "Åse Ødegård": ø is a letter, so this must NOT match…
    if (what == QLatin1String("text"))
        f.terms = SearchText::terms(QStringLiteral("BRØYT"));
    if (what == QLatin1String("text+channel")) {
        f.terms = SearchText::terms(QStringLiteral("brøyt"));
        f.channels = {Channel::Facebook};
    }
    if (what.startsWith(QLatin1String("ids")))
        f.ids = {m_ids.value(u"late"_s), m_ids.value(u"snoozed"_s)};
    if (what == QLatin1String("ids+channel"))
        f.channels = {Channel::Email};
    if (what == QLatin1String("from")) {
        TORGET_TAKE(none, InboxRepository(*m_db).page(f, InboxSort::Urgency, 0, 100));
        QVERIFY(none.empty());
        f.from = {QStringLiteral("ødeg")}; // …while the Norwegian spelling, in any case, does
    }
    TORGET_TAKE(rows, InboxRepository(*m_db).page(f, InboxSort::Urgency, 0, 100));
    QSet<QString> got;
    for (const InboxRow &r : rows)
        got.insert(m_ids.key(r.summary.id));
    QCOMPARE(got, QSet<QString>(expected.begin(), expected.end()));
    TORGET_TAKE(n, InboxRepository(*m_db).count(f));
    QCOMPARE(n, qint64(expected.size()));
}

void TestInboxRepository::page_carriesTagsPreviewAndWaitingSince()
{
    InboxFilter f = filter(InboxView::All);
    f.terms = SearchText::terms(QStringLiteral("vannet"));
    TORGET_TAKE(rows, InboxRepository(*m_db).page(f, InboxSort::Urgency, 0, 10));
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows.front().tags, QStringList{u"Vann og avløp"_s});
    QCOMPARE(rows.front().summary.preview, QStringLiteral("Vannet er brunt i Storgata"));
    QCOMPARE(rows.front().awaitingSince, std::optional<qint64>(m_now - 100 * minute));
    // An answered conversation has stopped waiting.
    f.terms = SearchText::terms(QStringLiteral("hull"));
    TORGET_TAKE(answered, InboxRepository(*m_db).page(f, InboxSort::Urgency, 0, 10));
    QCOMPARE(answered.size(), std::size_t(1));
    QVERIFY(!answered.front().awaitingSince.has_value());
}

void TestInboxRepository::paging_coversEveryRowOnce()
{
    QSet<qint64> seen;
    for (int offset = 0; offset < 10; offset += 2) {
        TORGET_TAKE(rows,
                    InboxRepository(*m_db).page(filter(InboxView::All), InboxSort::LastMessage, offset, 2));
        for (const InboxRow &r : rows) {
            QVERIFY(!seen.contains(r.summary.id));
            seen.insert(r.summary.id);
        }
    }
    QCOMPARE(seen.size(), 7);
}

QTEST_GUILESS_MAIN(TestInboxRepository)
#include "tst_inboxrepository.moc"
