// Thresholds → levels: each level needs its own criteria and those of every level below it.

#include "analytics/maturitylevels.h"

#include <QTest>

using namespace Torget;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Torget::Indicators)

namespace {

// A month with 20 own posts of which `mobilization` and `dialog` are those kinds, and 100 citizen
// questions of which `replied` got a reply, `sameDay` of them the same day.
Indicators month(int mobilization, int dialog, int replied = 90, double medianMinutes = 60, int sameDay = 80,
                 int posts = 20)
{
    Indicators i;
    i.posts = posts;
    i.postsByClass = {posts - mobilization - dialog, mobilization, dialog};
    i.conversations = 100;
    i.replied = replied;
    i.answeredSameDay = sameDay;
    if (replied > 0)
        i.medianFirstResponseMinutes = medianMinutes;
    return i;
}

Period march()
{
    return periodsBetween(QDate(2026, 3, 1), QDate(2026, 3, 31), Granularity::Month).front();
}

} // namespace

class TestMaturityLevels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assessLevel_defaults_data();
    void assessLevel_defaults();
    void assessLevel_noQuestions_cannotBeDialog();
    void assessLevel_sameDayRequired_holdsBackASlowPeriod();
    void assessLevel_editedThresholds_moveTheLevel();
    void assessLevel_partialMonth_needsPostsInProportion();
    void assessLevel_zeroPostThreshold_emptyPeriodIsStillNone();
    void explanation_namesWhatIsMetAndWhatTheNextLevelLacks();
    void thresholds_mapRoundTrip_unknownKeysIgnored_outOfRangeClamped();
};

void TestMaturityLevels::assessLevel_defaults_data()
{
    QTest::addColumn<Indicators>("indicators");
    QTest::addColumn<QString>("level");
    QTest::newRow("no posts") << month(0, 0, 90, 60, 80, 0) << u"none"_s;
    QTest::newRow("three posts: under one a week") << month(1, 1, 90, 60, 80, 3) << u"none"_s;
    QTest::newRow("news only") << month(0, 0) << u"presence"_s;
    QTest::newRow("mobilization 10 %") << month(2, 0) << u"presence"_s;
    QTest::newRow("mobilization 15 %") << month(3, 0) << u"mobilization"_s;
    QTest::newRow("dialog posts but slow replies") << month(4, 4, 90, 60 * 30, 80) << u"mobilization"_s;
    QTest::newRow("dialog posts, reply rate 69 %") << month(4, 4, 69) << u"mobilization"_s;
    QTest::newRow("dialog posts, few the same day: not required") << month(4, 4, 90, 60, 10) << u"dialog"_s;
    QTest::newRow("dialog") << month(4, 4) << u"dialog"_s;
    QTest::newRow("dialog criteria without mobilization") << month(1, 6) << u"presence"_s;
    QTest::newRow("median exactly 24 h") << month(4, 4, 90, 24 * 60) << u"dialog"_s;
}

void TestMaturityLevels::assessLevel_defaults()
{
    QFETCH(Indicators, indicators);
    QFETCH(QString, level);
    const LevelAssessment a = assessLevel(indicators, march(), MaturityThresholds());
    QVERIFY2(key(a.level) == level, qPrintable(a.explanation()));
    QCOMPARE(a.criteria.size(), std::size_t(6));
}

void TestMaturityLevels::assessLevel_noQuestions_cannotBeDialog()
{
    Indicators i = month(4, 4);
    i.conversations = 0;
    i.replied = 0;
    i.answeredSameDay = 0;
    i.medianFirstResponseMinutes.reset();
    const LevelAssessment a = assessLevel(i, march(), MaturityThresholds());
    QCOMPARE(a.level, MaturityLevel::Mobilization);
    for (const LevelCriterion &c : a.criteria) {
        if (c.indicator == QLatin1String("reply_rate")) {
            QVERIFY(!c.value.has_value());
            QVERIFY(!c.met);
        }
    }
}

void TestMaturityLevels::assessLevel_sameDayRequired_holdsBackASlowPeriod()
{
    MaturityThresholds t;
    t.sameDayShare = 0.5;
    QCOMPARE(assessLevel(month(4, 4, 90, 60, 40), march(), t).level, MaturityLevel::Mobilization);
    QCOMPARE(assessLevel(month(4, 4, 90, 60, 45), march(), t).level, MaturityLevel::Dialog);
    // Not required by default: shown as such.
    const LevelAssessment a = assessLevel(month(4, 4, 90, 60, 10), march(), MaturityThresholds());
    for (const LevelCriterion &c : a.criteria) {
        if (c.indicator == QLatin1String("same_day_share")) {
            QVERIFY(!c.required());
            QVERIFY(c.met);
            QVERIFY2(c.text().contains(u"not required"_s), qPrintable(c.text()));
        }
    }
}

void TestMaturityLevels::assessLevel_editedThresholds_moveTheLevel()
{
    MaturityThresholds strict;
    strict.dialogShare = 0.30;
    QCOMPARE(assessLevel(month(4, 4), march(), strict).level, MaturityLevel::Mobilization);
    MaturityThresholds lenient;
    lenient.mobilizationShare = 0.05;
    QCOMPARE(assessLevel(month(1, 6), march(), lenient).level, MaturityLevel::Dialog);
}

void TestMaturityLevels::assessLevel_partialMonth_needsPostsInProportion()
{
    // Ten days of a month: 4 a month × 10 / 30.44 ≈ 1.3 posts are enough for presence.
    const Period tenDays = periodsBetween(QDate(2026, 3, 1), QDate(2026, 3, 10), Granularity::Month).front();
    QVERIFY(tenDays.partial);
    QCOMPARE(assessLevel(month(0, 0, 90, 60, 80, 2), tenDays, MaturityThresholds()).level,
             MaturityLevel::Presence);
    QCOMPARE(assessLevel(month(0, 0, 90, 60, 80, 1), tenDays, MaturityThresholds()).level,
             MaturityLevel::None);
    // A quarter needs three months' worth.
    const Period quarter =
        periodsBetween(QDate(2026, 1, 1), QDate(2026, 3, 31), Granularity::Quarter).front();
    QCOMPARE(assessLevel(month(0, 0, 90, 60, 80, 11), quarter, MaturityThresholds()).level,
             MaturityLevel::None);
    QCOMPARE(assessLevel(month(0, 0, 90, 60, 80, 12), quarter, MaturityThresholds()).level,
             MaturityLevel::Presence);
}

void TestMaturityLevels::assessLevel_zeroPostThreshold_emptyPeriodIsStillNone()
{
    MaturityThresholds t;
    t.minPostsPerMonth = 0;
    QCOMPARE(assessLevel(Indicators(), march(), t).level, MaturityLevel::None);
}

void TestMaturityLevels::explanation_namesWhatIsMetAndWhatTheNextLevelLacks()
{
    const LevelAssessment a = assessLevel(month(4, 4, 60, 60, 50), march(), MaturityThresholds());
    QCOMPARE(a.level, MaturityLevel::Mobilization);
    const QString text = a.explanation();
    QVERIFY2(text.contains(u"Mobilization posts: 20 % (at least 15 %)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Missing for Dialog: Citizen questions answered: 60 % (at least 70 %)"_s),
             qPrintable(text));
    // Just under a threshold shows a decimal, so that a failed criterion never reads as equal.
    Indicators close = month(3, 4);
    close.posts = 1000;
    close.postsByClass = {851, 149, 0};
    const QString closeText = assessLevel(close, march(), MaturityThresholds()).explanation();
    QVERIFY2(closeText.contains(u"Mobilization posts: 14.9 % (at least 15 %)"_s), qPrintable(closeText));
    // Met criteria of the next level are not listed as missing.
    QVERIFY2(!text.contains(u"Dialog posts: 20 %"_s), qPrintable(text));
}

void TestMaturityLevels::thresholds_mapRoundTrip_unknownKeysIgnored_outOfRangeClamped()
{
    MaturityThresholds t;
    t.replyRate = 0.8;
    t.maxMedianResponseHours = 4;
    QCOMPARE(MaturityThresholds::fromMap(t.toMap()), t);
    QHash<QString, double> stored = t.toMap();
    stored.insert(u"something.else"_s, 3);
    stored.insert(u"dialog.min_share"_s, 7.5); // a share above 100 %
    stored.insert(u"mobilization.min_share"_s, -1);
    const MaturityThresholds read = MaturityThresholds::fromMap(stored);
    QCOMPARE(read.dialogShare, 1.0);
    QCOMPARE(read.mobilizationShare, 0.0);
    QCOMPARE(read.replyRate, 0.8);
    QCOMPARE(MaturityThresholds::fromMap({}), MaturityThresholds());
    QCOMPARE(MaturityThresholds::specs().size(), std::size_t(6));
}

QTEST_GUILESS_MAIN(TestMaturityLevels)
#include "tst_maturitylevels.moc"
