// The maturity indicators on a small database whose figures are computed by hand (maturityfixture.h),
// and the periods they are counted in.

#include "analytics/maturityindicators.h"
#include "analytics/postcoding.h"
#include "maturityfixture.h"
#include "storage/maturityrepository.h"
#include "util/clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Torget;
using namespace TorgetTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<double>)

class TestMaturityIndicators final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void periodsBetween_clipsAndLabels_data();
    void periodsBetween_clipsAndLabels();
    void periodsBetween_backwardsRange_isEmpty();
    void periodLabel_followsTheLanguage();

    void month_matchesHandComputedFigures_data();
    void month_matchesHandComputedFigures();
    void quarter_matchesHandComputedFigures();
    void conversationAfterOsloMidnight_countsInItsLocalMonth();
    void automaticReply_isNotAResponse();
    void channelFilter_countsOnlyThatChannel();
    void firstResponseSeam_replacesCalendarMinutes();
    void emptyRange_hasNoFigures();

private:
    Result<std::vector<PeriodIndicators>> months(std::optional<Channel> channel = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    MaturityFixture m_f;
};

void TestMaturityIndicators::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
    TORGET_CALL(buildMaturityFixture(*m_db, m_f));
    FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()));
    TORGET_TAKE(coded, PostCoding(*m_db, clock).codePending());
    QCOMPARE(coded, 6);
}

void TestMaturityIndicators::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<std::vector<PeriodIndicators>> TestMaturityIndicators::months(std::optional<Channel> channel)
{
    return MaturityIndicators(*m_db).compute(
        periodsBetween(QDate(2026, 1, 1), QDate(2026, 2, 28), Granularity::Month), channel);
}

void TestMaturityIndicators::periodsBetween_clipsAndLabels_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<bool>>("partial");
    QTest::newRow("whole months") << QDate(2026, 1, 1) << QDate(2026, 3, 31) << int(Granularity::Month)
                                  << QStringList{u"2026-01"_s, u"2026-02"_s, u"2026-03"_s}
                                  << QList<bool>{false, false, false};
    QTest::newRow("clipped both ends") << QDate(2026, 1, 15) << QDate(2026, 2, 10) << int(Granularity::Month)
                                       << QStringList{u"2026-01"_s, u"2026-02"_s} << QList<bool>{true, true};
    QTest::newRow("quarters across a year")
        << QDate(2025, 11, 1) << QDate(2026, 6, 30) << int(Granularity::Quarter)
        << QStringList{u"2025-Q4"_s, u"2026-Q1"_s, u"2026-Q2"_s} << QList<bool>{true, false, false};
    QTest::newRow("one day") << QDate(2026, 5, 17) << QDate(2026, 5, 17) << int(Granularity::Month)
                             << QStringList{u"2026-05"_s} << QList<bool>{true};
}

void TestMaturityIndicators::periodsBetween_clipsAndLabels()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, granularity);
    QFETCH(QStringList, keys);
    QFETCH(QList<bool>, partial);
    const auto periods = periodsBetween(from, to, static_cast<Granularity>(granularity));
    QStringList actualKeys;
    QList<bool> actualPartial;
    for (const Period &p : periods) {
        actualKeys << p.key;
        actualPartial << p.partial;
    }
    QCOMPARE(actualKeys, keys);
    QCOMPARE(actualPartial, partial);
    QCOMPARE(periods.front().first, from);
    QCOMPARE(periods.back().last, to);
    // Contiguous, in UTC milliseconds from Oslo midnights.
    for (std::size_t i = 1; i < periods.size(); ++i)
        QCOMPARE(periods[i].fromMs, periods[i - 1].toMs);
    QCOMPARE(periods.front().fromMs,
             QDateTime(from, QTime(0, 0), TimeFormat::osloZone()).toMSecsSinceEpoch());
}

void TestMaturityIndicators::periodsBetween_backwardsRange_isEmpty()
{
    QVERIFY(periodsBetween(QDate(2026, 3, 1), QDate(2026, 2, 1), Granularity::Month).empty());
}

void TestMaturityIndicators::periodLabel_followsTheLanguage()
{
    const Period p = periodsBetween(QDate(2026, 3, 1), QDate(2026, 3, 31), Granularity::Month).front();
    QCOMPARE(periodLabel(p, Granularity::Month, QLocale(QLocale::NorwegianBokmal, QLocale::Norway)),
             u"mars 2026"_s);
    QCOMPARE(periodLabel(p, Granularity::Month, QLocale(QLocale::English, QLocale::Sweden)), u"March 2026"_s);
    const Period q = periodsBetween(QDate(2026, 4, 1), QDate(2026, 6, 30), Granularity::Quarter).front();
    QCOMPARE(periodLabel(q, Granularity::Quarter), u"Q2 2026"_s); // no translator loaded: the source text
}

void TestMaturityIndicators::month_matchesHandComputedFigures_data()
{
    QTest::addColumn<int>("month"); // 0 January, 1 February
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<double>("expected");
    const auto row = [](int month, const char *channel, const char *indicator, double expected) {
        QTest::addRow("%s %s %s", month == 0 ? "jan" : "feb", channel, indicator)
            << month << QString::fromLatin1(channel) << QString::fromLatin1(indicator) << expected;
    };
    row(0, "all", "posts", 4);
    row(0, "all", "information", 1);
    row(0, "all", "mobilization", 2);
    row(0, "all", "dialog", 1);
    row(0, "all", "comments", 17);
    row(0, "all", "comments_per_post", 4.25);
    row(0, "all", "conversations", 4);
    row(0, "all", "replied", 3);
    row(0, "all", "reply_rate", 0.75);
    row(0, "all", "median", 45);
    row(0, "all", "same_day", 2);
    row(0, "all", "citizen_replies", 1);
    row(0, "all", "distinct_citizens", 3);
    row(0, "all", "redirected", 1);
    row(0, "all", "redirect_share", 0.25);
    row(0, "facebook", "posts", 3);
    row(0, "facebook", "comments", 16);
    row(0, "facebook", "conversations", 3);
    row(0, "facebook", "replied", 2);
    row(0, "facebook", "median", 322.5);
    row(0, "facebook", "same_day", 1);
    row(0, "facebook", "distinct_citizens", 2);
    row(0, "facebook", "citizen_replies", 1);
    row(0, "mastodon", "posts", 1);
    row(0, "mastodon", "mobilization", 1);
    row(0, "mastodon", "conversations", 1);
    row(0, "mastodon", "median", 45);
    row(0, "mastodon", "distinct_citizens", 1);
    row(1, "all", "posts", 2);
    row(1, "all", "information", 1);
    row(1, "all", "dialog", 1);
    row(1, "all", "comments", 3);
    row(1, "all", "conversations", 3);
    row(1, "all", "replied", 2);
    row(1, "all", "median", 40);
    row(1, "all", "same_day", 2);
    row(1, "all", "citizen_replies", 0);
    row(1, "all", "distinct_citizens", 2);
    row(1, "all", "redirected", 0);
}

namespace {

std::optional<double> figure(const Indicators &i, const QString &name)
{
    if (name == QLatin1String("posts"))
        return double(i.posts);
    if (name == QLatin1String("information"))
        return double(i.postsByClass[0]);
    if (name == QLatin1String("mobilization"))
        return double(i.postsByClass[1]);
    if (name == QLatin1String("dialog"))
        return double(i.postsByClass[2]);
    if (name == QLatin1String("comments"))
        return double(i.comments);
    if (name == QLatin1String("comments_per_post"))
        return i.commentsPerPost();
    if (name == QLatin1String("conversations"))
        return double(i.conversations);
    if (name == QLatin1String("replied"))
        return double(i.replied);
    if (name == QLatin1String("reply_rate"))
        return i.replyRate();
    if (name == QLatin1String("median"))
        return i.medianFirstResponseMinutes;
    if (name == QLatin1String("same_day"))
        return double(i.answeredSameDay);
    if (name == QLatin1String("citizen_replies"))
        return double(i.citizenReplies);
    if (name == QLatin1String("distinct_citizens"))
        return double(i.distinctCitizens);
    if (name == QLatin1String("redirected"))
        return double(i.redirected);
    if (name == QLatin1String("redirect_share"))
        return i.redirectShare();
    return std::nullopt;
}

} // namespace

void TestMaturityIndicators::month_matchesHandComputedFigures()
{
    QFETCH(int, month);
    QFETCH(QString, channel);
    QFETCH(QString, indicator);
    QFETCH(double, expected);
    TORGET_TAKE(periods, months());
    QCOMPARE(periods.size(), std::size_t(2));
    const PeriodIndicators &p = periods[static_cast<std::size_t>(month)];
    const Indicators *in = &p.all;
    if (channel != QLatin1String("all")) {
        const auto c = channelFromKey(channel);
        QVERIFY(c && p.channels.count(*c));
        in = &p.channels.at(*c);
    }
    const std::optional<double> actual = figure(*in, indicator);
    QVERIFY2(actual.has_value(), qPrintable(indicator));
    QCOMPARE(*actual, expected);
}

void TestMaturityIndicators::quarter_matchesHandComputedFigures()
{
    TORGET_TAKE(periods, MaturityIndicators(*m_db).compute(
                             periodsBetween(QDate(2026, 1, 1), QDate(2026, 3, 31), Granularity::Quarter)));
    QCOMPARE(periods.size(), std::size_t(1));
    const Indicators &q = periods.front().all;
    QCOMPARE(q.posts, qint64(6));
    QCOMPARE(q.postsByClass, (std::array<qint64, 3>{2, 2, 2}));
    QCOMPARE(q.comments, qint64(20));
    QCOMPARE(q.conversations, qint64(7));
    QCOMPARE(q.replied, qint64(5));
    QCOMPARE(q.medianFirstResponseMinutes, std::optional<double>(45));
    QCOMPARE(q.answeredSameDay, qint64(4));
    QCOMPARE(q.sameDayShare(), std::optional<double>(0.8));
    QCOMPARE(q.distinctCitizens, qint64(3));
    QCOMPARE(q.citizenReplies, qint64(1));
    QCOMPARE(q.redirected, qint64(1));
}

void TestMaturityIndicators::conversationAfterOsloMidnight_countsInItsLocalMonth()
{
    // C8 begins at 23:30 UTC on 31 January, which is 00:30 on 1 February in Oslo.
    TORGET_TAKE(periods, months(Channel::Mastodon));
    QCOMPARE(periods[0].all.conversations, qint64(1)); // C4 only
    QCOMPARE(periods[1].all.conversations, qint64(2)); // C7 and C8
    QCOMPARE(periods[1].all.medianFirstResponseMinutes, std::optional<double>(20));
}

void TestMaturityIndicators::automaticReply_isNotAResponse()
{
    // C1's automatic acknowledgement came after one minute; its first response is the human one at 30.
    TORGET_TAKE(facts, MaturityRepository(*m_db).conversationFacts(oslo(1, 6, 0, 0), oslo(1, 7, 0, 0),
                                                                   QStringLiteral("videreformidlet")));
    QCOMPARE(facts.size(), std::size_t(1));
    QCOMPARE(calendarFirstResponse(facts.front()).minutes, std::optional<double>(30));
    // C3 got only an automatic reply: not replied.
    TORGET_TAKE(c3, MaturityRepository(*m_db).conversationFacts(oslo(1, 15, 0, 0), oslo(1, 16, 0, 0),
                                                                QStringLiteral("videreformidlet")));
    QCOMPARE(c3.size(), std::size_t(1));
    QVERIFY(!c3.front().firstReplyAt.has_value());
    QVERIFY(!calendarFirstResponse(c3.front()).minutes.has_value());
}

void TestMaturityIndicators::channelFilter_countsOnlyThatChannel()
{
    TORGET_TAKE(periods, months(Channel::Facebook));
    QCOMPARE(periods[0].all.posts, qint64(3));
    QCOMPARE(periods[0].all.conversations, qint64(3));
    QCOMPARE(periods[0].channels.size(), std::size_t(1));
    QVERIFY(periods[0].channels.count(Channel::Facebook));
    QCOMPARE(periods[1].all.conversations, qint64(1));
}

void TestMaturityIndicators::firstResponseSeam_replacesCalendarMinutes()
{
    // The SLA engine will plug in here: its samples decide questions, replies, median and same day,
    // while posts, redirects and citizens still come from the conversations.
    MaturityIndicators indicators(*m_db);
    qint64 askedFrom = 0;
    qint64 askedTo = 0;
    indicators.setFirstResponse([&](qint64 from, qint64 to) -> Result<std::vector<FirstResponseSample>> {
        askedFrom = from;
        askedTo = to;
        return std::vector<FirstResponseSample>{
            {oslo(1, 3, 10, 0), Channel::Facebook, 11.0, true},
            {oslo(1, 4, 10, 0), Channel::Facebook, 13.0, false},
            {oslo(1, 5, 10, 0), Channel::Mastodon, 7.0, true},
            {oslo(1, 6, 10, 0), Channel::Mastodon, std::nullopt, false},
            {oslo(2, 6, 10, 0), Channel::Facebook, 100.0, false}, // February
        };
    });
    const auto periods = periodsBetween(QDate(2026, 1, 1), QDate(2026, 1, 31), Granularity::Month);
    TORGET_TAKE(result, indicators.compute(periods));
    QCOMPARE(askedFrom, periods.front().fromMs);
    QCOMPARE(askedTo, periods.back().toMs);
    const Indicators &jan = result[0].all;
    QCOMPARE(jan.conversations, qint64(4)); // the February sample lies outside
    QCOMPARE(jan.replied, qint64(3));
    QCOMPARE(jan.medianFirstResponseMinutes, std::optional<double>(11));
    QCOMPARE(jan.answeredSameDay, qint64(2));
    QCOMPARE(result[0].channels.at(Channel::Mastodon).medianFirstResponseMinutes, std::optional<double>(7));
    // From the conversations, as before.
    QCOMPARE(jan.distinctCitizens, qint64(3));
    QCOMPARE(jan.redirected, qint64(1));
    QCOMPARE(jan.citizenReplies, qint64(1));
    QCOMPARE(jan.posts, qint64(4));
    // The facts are read without the first-reply look-up then.
    TORGET_TAKE(facts, MaturityRepository(*m_db).conversationFacts(oslo(1, 6, 0, 0), oslo(1, 7, 0, 0),
                                                                   QStringLiteral("videreformidlet"), false));
    QCOMPARE(facts.size(), std::size_t(1));
    QVERIFY(facts.front().firstInboundAt.has_value());
    QVERIFY(!facts.front().firstReplyAt.has_value());
}

void TestMaturityIndicators::emptyRange_hasNoFigures()
{
    TORGET_TAKE(periods, MaturityIndicators(*m_db).compute(
                             periodsBetween(QDate(2025, 6, 1), QDate(2025, 6, 30), Granularity::Month)));
    QCOMPARE(periods.size(), std::size_t(1));
    const Indicators &i = periods.front().all;
    QCOMPARE(i.posts, qint64(0));
    QCOMPARE(i.conversations, qint64(0));
    QVERIFY(!i.replyRate());
    QVERIFY(!i.medianFirstResponseMinutes);
    QVERIFY(!i.share(PostClass::Dialog));
    QVERIFY(periods.front().channels.empty());
}

QTEST_GUILESS_MAIN(TestMaturityIndicators)
#include "tst_maturityindicators.moc"
