// The maturity report over the hand-computed fixture: levels from stored thresholds, events, and the
// JSON and CSV the CLI prints.

#include "analytics/maturityreport.h"
#include "maturityfixture.h"
#include "storage/maturityrepository.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Torget;
using namespace TorgetTest;
using namespace Qt::StringLiterals;

class TestMaturityReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void build_codesPostsAndPlacesEveryPeriod();
    void build_storedThresholds_decideTheLevel();
    void build_eventsInRangeOnly();
    void build_backwardsRange_fails();
    void json_hasEveryPeriodChannelAndIndicator();
    void json_noRepliesInPeriod_medianIsNull();
    void csv_oneRowPerPeriodAndChannel_allFirst();
    void methodText_namesTheThresholds();

private:
    Result<MaturityReportData> build(Granularity by = Granularity::Month,
                                     std::optional<Channel> channel = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    MaturityFixture m_f;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc())};
};

void TestMaturityReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
    TORGET_CALL(buildMaturityFixture(*m_db, m_f));
}

void TestMaturityReport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<MaturityReportData> TestMaturityReport::build(Granularity by, std::optional<Channel> channel)
{
    return MaturityReport(*m_db, m_clock).build({QDate(2026, 1, 1), QDate(2026, 2, 28), by, channel});
}

void TestMaturityReport::build_codesPostsAndPlacesEveryPeriod()
{
    TORGET_TAKE(data, build());
    QCOMPARE(data.newlyCoded, 6);
    QCOMPARE(data.periods.size(), std::size_t(2));
    // January: 4 posts (≥ 4), mobilization 50 %, dialog 25 %, reply rate 75 %, median 45 min, same day
    // 2 of 3: every default criterion is met.
    QCOMPARE(data.periods[0].level.level, MaturityLevel::Dialog);
    // February: 2 posts, under the 4 a month of presence.
    QCOMPARE(data.periods[1].level.level, MaturityLevel::None);
    // Per channel: Mastodon in January has one mobilization post (under 4) → none.
    QCOMPARE(data.periods[0].channelLevels.at(Channel::Mastodon).level, MaturityLevel::None);
}

void TestMaturityReport::build_storedThresholds_decideTheLevel()
{
    MaturityRepository repository(*m_db);
    TORGET_VERIFY_OK(repository.setThreshold(u"presence.min_posts_per_month"_s, 1, 0));
    TORGET_VERIFY_OK(repository.setThreshold(u"dialog.min_reply_rate"_s, 0.8, 0));
    TORGET_TAKE(data, build());
    // January's 75 % reply rate no longer reaches dialog; February (2 posts, no mobilization) is present.
    QCOMPARE(data.periods[0].level.level, MaturityLevel::Mobilization);
    QCOMPARE(data.periods[1].level.level, MaturityLevel::Presence);
    QCOMPARE(data.thresholds.replyRate, 0.8);
    TORGET_VERIFY_OK(repository.clearThresholds());
    TORGET_TAKE(again, build());
    QCOMPARE(again.periods[0].level.level, MaturityLevel::Dialog);
}

void TestMaturityReport::build_eventsInRangeOnly()
{
    MaturityRepository repository(*m_db);
    MaturityEvent strategy;
    strategy.at = oslo(1, 10, 12, 0);
    strategy.kind = u"strategy"_s;
    strategy.title = u"Kommunikasjonsstrategi vedtatt"_s;
    TORGET_VERIFY_OK(repository.addEvent(strategy, 0));
    MaturityEvent later = strategy;
    later.at = oslo(4, 1, 12, 0);
    later.title = u"Senere"_s;
    TORGET_VERIFY_OK(repository.addEvent(later, 0));
    TORGET_TAKE(data, build());
    QCOMPARE(data.events.size(), std::size_t(1));
    QCOMPARE(data.events[0].title, u"Kommunikasjonsstrategi vedtatt"_s);
}

void TestMaturityReport::build_backwardsRange_fails()
{
    auto data =
        MaturityReport(*m_db, m_clock).build({QDate(2026, 3, 1), QDate(2026, 1, 1), Granularity::Month, {}});
    QVERIFY(!data.ok());
    QVERIFY(!data.error().isEmpty());
}

void TestMaturityReport::json_hasEveryPeriodChannelAndIndicator()
{
    TORGET_TAKE(data, build());
    const QJsonObject json = MaturityReport::toJson(data);
    QCOMPARE(json.value(u"by"_s).toString(), u"month"_s);
    QCOMPARE(json.value(u"channel"_s).toString(), u"all"_s);
    QCOMPARE(json.value(u"from"_s).toString(), u"2026-01-01"_s);
    const QJsonArray periods = json.value(u"periods"_s).toArray();
    QCOMPARE(periods.size(), 2);
    const QJsonObject jan = periods.at(0).toObject();
    QCOMPARE(jan.value(u"period"_s).toString(), u"2026-01"_s);
    QCOMPARE(jan.value(u"level"_s).toString(), u"dialog"_s);
    const QJsonObject in = jan.value(u"indicators"_s).toObject();
    QCOMPARE(in.value(u"posts"_s).toInteger(), 4);
    QCOMPARE(in.value(u"reply_rate"_s).toDouble(), 0.75);
    QCOMPARE(in.value(u"median_first_response_minutes"_s).toDouble(), 45.0);
    QCOMPARE(in.value(u"distinct_citizens"_s).toInteger(), 3);
    QCOMPARE(in.value(u"comments_per_post"_s).toDouble(), 4.25);
    QCOMPARE(jan.value(u"criteria"_s).toArray().size(), 6);
    const QJsonArray channels = jan.value(u"channels"_s).toArray();
    QCOMPARE(channels.size(), 2);
    QCOMPARE(channels.at(0).toObject().value(u"channel"_s).toString(), u"facebook"_s);
    QCOMPARE(channels.at(1).toObject().value(u"indicators"_s).toObject().value(u"posts"_s).toInteger(), 1);
    QVERIFY(json.value(u"thresholds"_s).toObject().contains(u"dialog.min_reply_rate"_s));
}

void TestMaturityReport::json_noRepliesInPeriod_medianIsNull()
{
    // Mastodon in February: C7 unanswered, C8 answered → take January-less range with only C7.
    TORGET_TAKE(data,
                MaturityReport(*m_db, m_clock)
                    .build({QDate(2026, 2, 5), QDate(2026, 2, 6), Granularity::Month, Channel::Mastodon}));
    const QJsonObject in = MaturityReport::toJson(data)
                               .value(u"periods"_s)
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(u"indicators"_s)
                               .toObject();
    QCOMPARE(in.value(u"conversations"_s).toInteger(), 1);
    QVERIFY(in.value(u"median_first_response_minutes"_s).isNull());
    QCOMPARE(in.value(u"reply_rate"_s).toDouble(), 0.0);
    QVERIFY(in.value(u"dialog_share"_s).isNull()); // no posts
}

void TestMaturityReport::csv_oneRowPerPeriodAndChannel_allFirst()
{
    TORGET_TAKE(data, build());
    const QStringList lines = MaturityReport::toCsv(data).split(u"\r\n"_s, Qt::SkipEmptyParts);
    // Header, then January (all, facebook, mastodon) and February (all, facebook, mastodon).
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines[0].startsWith(u"period,start,end,channel,level,posts,"_s));
    QVERIFY2(
        lines[1].startsWith(u"2026-01,2026-01-01,2026-01-31,all,dialog,4,1,2,1,0.25,0.5,0.25,4,3,0.75,45,"_s),
        qPrintable(lines[1]));
    QVERIFY(lines[2].contains(u",facebook,"_s));
    QVERIFY(lines[4].startsWith(u"2026-02,2026-02-01,2026-02-28,all,none,2,"_s));
    const int columns = lines[0].count(QLatin1Char(','));
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char(',')), columns);
}

void TestMaturityReport::methodText_namesTheThresholds()
{
    MaturityThresholds t;
    t.replyRate = 0.65;
    const QString text = MaturityReport::methodText(t).join(QLatin1Char(' '));
    QVERIFY2(text.contains(u"65 %"_s), qPrintable(text));
    QVERIFY(text.contains(u"calendar time"_s));
    QVERIFY(!text.contains(u"same day"_s)); // not required by default
    t.sameDayShare = 0.5;
    QVERIFY(MaturityReport::methodText(t)
                .join(QLatin1Char(' '))
                .contains(u"at least 50 % answered the same day"_s));
}

QTEST_GUILESS_MAIN(TestMaturityReport)
#include "tst_maturityreport.moc"
