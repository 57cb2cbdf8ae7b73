#include "sla/slastats.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Torget;

class TestSlaStats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentiles_handComputed_data();
    void percentiles_handComputed();
    void percentiles_empty_isNone();
    void percentiles_ofAUnion_equalThoseOfTheJoinedValues();
    void percentiles_manyValuesOverEveryScale_matchASortedCopy_data();
    void percentiles_manyValuesOverEveryScale_matchASortedCopy();
    void sizeAndSum_countEveryValue();
};

void TestSlaStats::percentiles_handComputed_data()
{
    QTest::addColumn<QList<quint32>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<quint32>("expected");

    QTest::newRow("median of one") << QList<quint32>{7} << 0.5 << 7u;
    QTest::newRow("median of four: the lower middle one") << QList<quint32>{40, 10, 50, 20} << 0.5 << 20u;
    QTest::newRow("median of five") << QList<quint32>{510, 10, 40, 20, 50} << 0.5 << 40u;
    QTest::newRow("p90 of four: the largest") << QList<quint32>{40, 10, 50, 20} << 0.9 << 50u;
    QTest::newRow("p90 of ten: the ninth") << QList<quint32>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 0.9 << 9u;
    QTest::newRow("p90 of eleven: the tenth")
        << QList<quint32>{11, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 0.9 << 10u;
    QTest::newRow("p90 of twenty: the eighteenth") << [] {
        QList<quint32> v;
        for (quint32 i = 20; i >= 1; --i)
            v << i * 3;
        return v;
    }() << 0.9 << 54u;
    QTest::newRow("ties") << QList<quint32>{5, 5, 5, 1} << 0.5 << 5u;
    QTest::newRow("p100: the largest") << QList<quint32>{3, 4000000000u, 7} << 1.0 << 4000000000u;
    QTest::newRow("neighbours in one bucket")
        << QList<quint32>{100001, 100003, 100002, 100000} << 0.5 << 100001u;
}

void TestSlaStats::percentiles_handComputed()
{
    QFETCH(QList<quint32>, values);
    QFETCH(double, p);
    QFETCH(quint32, expected);
    ValueSet set;
    for (quint32 v : values)
        set.add(v);
    QCOMPARE(ValueSet::percentiles({&set}, {p}).front(), std::optional<quint32>(expected));
}

void TestSlaStats::percentiles_empty_isNone()
{
    ValueSet empty;
    const auto r = ValueSet::percentiles({&empty, &empty}, {0.5, 0.9});
    QCOMPARE(r.size(), std::size_t(2));
    QVERIFY(!r[0] && !r[1]);
    QVERIFY(ValueSet::percentiles({}, {0.5}).front() == std::nullopt);
}

void TestSlaStats::percentiles_ofAUnion_equalThoseOfTheJoinedValues()
{
    ValueSet a;
    ValueSet b;
    ValueSet joined;
    for (quint32 v : {10u, 40u, 50u}) {
        a.add(v);
        joined.add(v);
    }
    for (quint32 v : {20u, 510u}) {
        b.add(v);
        joined.add(v);
    }
    QCOMPARE(ValueSet::percentiles({&a, &b}, {0.5, 0.9}), ValueSet::percentiles({&joined}, {0.5, 0.9}));
    QCOMPARE(ValueSet::percentiles({&a, &b}, {0.5, 0.9}), (std::vector<std::optional<quint32>>{40u, 510u}));
}

void TestSlaStats::percentiles_manyValuesOverEveryScale_matchASortedCopy_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint32>("spread");
    QTest::addColumn<int>("sets");
    QTest::newRow("small values, many ties") << 5000 << 100u << 1;
    QTest::newRow("minutes to days") << 200000 << 400000u << 3;
    QTest::newRow("the whole 32-bit range") << 70000 << 0xffffffffu << 2;
    QTest::newRow("more than a block") << 150000 << 10000u << 7;
}

void TestSlaStats::percentiles_manyValuesOverEveryScale_matchASortedCopy()
{
    QFETCH(int, count);
    QFETCH(quint32, spread);
    QFETCH(int, sets);
    QRandomGenerator random(count); // seeded: the same values on every run
    std::vector<ValueSet> parts(static_cast<std::size_t>(sets));
    std::vector<quint32> all;
    for (int i = 0; i < count; ++i) {
        // Skewed like response times: most small, a long tail.
        const double u = random.generateDouble();
        const auto v = static_cast<quint32>(std::min<double>(spread, u * u * u * spread));
        parts[static_cast<std::size_t>(i % sets)].add(v);
        all.push_back(v);
    }
    std::sort(all.begin(), all.end());
    std::vector<const ValueSet *> pointers;
    for (const ValueSet &s : parts)
        pointers.push_back(&s);
    const std::vector<double> ps{0.01, 0.25, 0.5, 0.9, 0.99, 1.0};
    const auto got = ValueSet::percentiles(pointers, ps);
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const qint64 rank = ValueSet::rankOf(ps[i], count);
        QCOMPARE(got[i], std::optional<quint32>(all[static_cast<std::size_t>(rank - 1)]));
    }
}

void TestSlaStats::sizeAndSum_countEveryValue()
{
    ValueSet s;
    double sum = 0;
    for (quint32 v = 0; v < 70000; ++v) {
        s.add(v * 3);
        sum += v * 3.0;
    }
    QCOMPARE(s.size(), qint64(70000));
    QCOMPARE(s.sum(), sum);
    QCOMPARE(ValueSet::rankOf(0.9, 10), qint64(9));
    QCOMPARE(ValueSet::rankOf(0.5, 5), qint64(3));
    QCOMPARE(ValueSet::rankOf(0.001, 5), qint64(1));
}

QTEST_GUILESS_MAIN(TestSlaStats)
#include "tst_slastats.moc"
