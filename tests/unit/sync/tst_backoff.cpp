#include "sync/backoff.h"

#include <QTest>

using namespace Torget;

// Exponential backoff with equal jitter: failure n waits between half and all of
// min(cap, base · 2^(n-1)); the random source is pinned per row.
class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delay_data();
    void delay();
    void delay_neverLeavesItsBand_withTheSystemRandomSource();
    void delay_doesNotOverflow_afterAVeryLongOutage();
};

void TestBackoff::delay_data()
{
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<int>("failures");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");

    const qint64 s = 1000;
    QTest::newRow("no failure: no wait") << 30 * s << 3600 * s << 0 << 0.5 << qint64(0);
    QTest::newRow("1st failure, lowest jitter: half the base") << 30 * s << 3600 * s << 1 << 0.0 << 15 * s;
    QTest::newRow("1st failure, middle jitter") << 30 * s << 3600 * s << 1 << 0.5 << qint64(22'500);
    QTest::newRow("1st failure, highest jitter: the base") << 30 * s << 3600 * s << 1 << 1.0 << 30 * s;
    QTest::newRow("2nd failure doubles") << 30 * s << 3600 * s << 2 << 0.0 << 30 * s;
    QTest::newRow("3rd failure doubles again") << 30 * s << 3600 * s << 3 << 1.0 << 120 * s;
    QTest::newRow("7th failure: 32 min") << 30 * s << 3600 * s << 7 << 1.0 << 1920 * s;
    QTest::newRow("8th failure reaches the cap (1 h)") << 30 * s << 3600 * s << 8 << 1.0 << 3600 * s;
    QTest::newRow("at the cap the jitter still spreads") << 30 * s << 3600 * s << 8 << 0.0 << 1800 * s;
    QTest::newRow("far past the cap stays at the cap") << 30 * s << 3600 * s << 40 << 1.0 << 3600 * s;
    QTest::newRow("a random source out of range is clamped") << 30 * s << 3600 * s << 1 << 7.0 << 30 * s;
    QTest::newRow("cap below base: the base is the cap") << 30 * s << 10 * s << 3 << 1.0 << 30 * s;
    QTest::newRow("short test backoff") << qint64(100) << qint64(400) << 4 << 1.0 << qint64(400);
}

void TestBackoff::delay()
{
    QFETCH(qint64, base);
    QFETCH(qint64, cap);
    QFETCH(int, failures);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    const Backoff backoff(base, cap, [random] { return random; });
    QCOMPARE(backoff.delayMs(failures), expected);
}

void TestBackoff::delay_neverLeavesItsBand_withTheSystemRandomSource()
{
    const Backoff backoff(30'000, 3'600'000);
    QSet<qint64> seen;
    for (int i = 0; i < 200; ++i) {
        const qint64 d = backoff.delayMs(2);
        QVERIFY2(d >= 30'000 && d <= 60'000, qPrintable(QString::number(d)));
        seen.insert(d);
    }
    // Jitter: accounts that failed together do not all come back together.
    QVERIFY(seen.size() > 100);
}

void TestBackoff::delay_doesNotOverflow_afterAVeryLongOutage()
{
    const Backoff backoff(30'000, 3'600'000, [] { return 0.999; });
    QVERIFY(backoff.delayMs(1'000'000) <= 3'600'000);
    QVERIFY(backoff.delayMs(1'000'000) >= 1'800'000);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
