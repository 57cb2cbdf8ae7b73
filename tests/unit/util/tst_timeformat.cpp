#include "util/timeformat.h"

#include <QLocale>
#include <QTest>

using namespace Torget;

namespace {

qint64 utcMs(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestTimeFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void osloZone_isEuropeOslo();

    void isoWithOffset_usesOsloOffset_data();
    void isoWithOffset_usesOsloOffset();
    void isoWithOffset_dateTimeOverload_matchesMsecsOverload();

    void isoWithOffsetMs_keepsMilliseconds_data();
    void isoWithOffsetMs_keepsMilliseconds();

    void parseIso_readsOffsets_data();
    void parseIso_readsOffsets();
    void parseIso_rejectsGarbage_data();
    void parseIso_rejectsGarbage();
    void parseIso_roundTripsEveryQuarterHourAcrossBothSwitches();

    void dateTime_isPinnedNorwegianForm_data();
    void dateTime_isPinnedNorwegianForm();
    void dateTime_ignoresTheDefaultLocale();
};

void TestTimeFormat::osloZone_isEuropeOslo()
{
    const QTimeZone zone = TimeFormat::osloZone();
    QVERIFY(zone.isValid());
    QCOMPARE(zone.id(), QByteArrayLiteral("Europe/Oslo"));
}

void TestTimeFormat::isoWithOffset_usesOsloOffset_data()
{
    QTest::addColumn<qint64>("utc");
    QTest::addColumn<QString>("expected");

    QTest::newRow("winter +01:00") << utcMs(2026, 1, 15, 12, 0)
                                   << QStringLiteral("2026-01-15T13:00:00+01:00");
    QTest::newRow("summer +02:00") << utcMs(2026, 7, 1, 12, 0) << QStringLiteral("2026-07-01T14:00:00+02:00");
    QTest::newRow("17 May") << utcMs(2026, 5, 17, 8, 0) << QStringLiteral("2026-05-17T10:00:00+02:00");
    QTest::newRow("winter midnight crosses the date")
        << utcMs(2026, 12, 31, 23, 30) << QStringLiteral("2027-01-01T00:30:00+01:00");
    // Spring: at 01:00Z clocks jump from 02:00 (+01:00) to 03:00 (+02:00).
    QTest::newRow("spring, 1 s before the switch")
        << utcMs(2026, 3, 29, 0, 59, 59) << QStringLiteral("2026-03-29T01:59:59+01:00");
    QTest::newRow("spring, at the switch")
        << utcMs(2026, 3, 29, 1, 0) << QStringLiteral("2026-03-29T03:00:00+02:00");
    QTest::newRow("spring, 1 h after")
        << utcMs(2026, 3, 29, 2, 0) << QStringLiteral("2026-03-29T04:00:00+02:00");
    // Autumn: at 01:00Z clocks fall back from 03:00 (+02:00) to 02:00 (+01:00); 02:xx happens twice.
    QTest::newRow("autumn, 1 s before the switch")
        << utcMs(2026, 10, 25, 0, 59, 59) << QStringLiteral("2026-10-25T02:59:59+02:00");
    QTest::newRow("autumn, at the switch")
        << utcMs(2026, 10, 25, 1, 0) << QStringLiteral("2026-10-25T02:00:00+01:00");
    QTest::newRow("autumn, first 02:30")
        << utcMs(2026, 10, 25, 0, 30) << QStringLiteral("2026-10-25T02:30:00+02:00");
    QTest::newRow("autumn, second 02:30")
        << utcMs(2026, 10, 25, 1, 30) << QStringLiteral("2026-10-25T02:30:00+01:00");
}

void TestTimeFormat::isoWithOffset_usesOsloOffset()
{
    QFETCH(qint64, utc);
    QFETCH(QString, expected);
    QCOMPARE(TimeFormat::isoWithOffset(utc), expected);
}

void TestTimeFormat::isoWithOffset_dateTimeOverload_matchesMsecsOverload()
{
    const qint64 ms = utcMs(2026, 10, 25, 1, 30);
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    QCOMPARE(TimeFormat::isoWithOffset(utc), QStringLiteral("2026-10-25T02:30:00+01:00"));
    // The same instant given in another zone prints the same.
    QCOMPARE(TimeFormat::isoWithOffset(utc.toTimeZone(QTimeZone("Asia/Tokyo"))),
             QStringLiteral("2026-10-25T02:30:00+01:00"));
    QCOMPARE(TimeFormat::isoWithOffset(utc.toOffsetFromUtc(-5 * 3600)),
             QStringLiteral("2026-10-25T02:30:00+01:00"));
}

void TestTimeFormat::isoWithOffsetMs_keepsMilliseconds_data()
{
    QTest::addColumn<qint64>("utc");
    QTest::addColumn<QString>("expected");

    QTest::newRow("summer .123") << utcMs(2026, 5, 17, 8, 0, 0, 123)
                                 << QStringLiteral("2026-05-17T10:00:00.123+02:00");
    QTest::newRow("winter .007") << utcMs(2026, 2, 1, 7, 5, 9, 7)
                                 << QStringLiteral("2026-02-01T08:05:09.007+01:00");
    QTest::newRow("whole second keeps .000")
        << utcMs(2026, 2, 1, 7, 5, 9) << QStringLiteral("2026-02-01T08:05:09.000+01:00");
    QTest::newRow("second 02:30 in autumn .999")
        << utcMs(2026, 10, 25, 1, 30, 0, 999) << QStringLiteral("2026-10-25T02:30:00.999+01:00");
}

void TestTimeFormat::isoWithOffsetMs_keepsMilliseconds()
{
    QFETCH(qint64, utc);
    QFETCH(QString, expected);
    const QString text = TimeFormat::isoWithOffsetMs(utc);
    QCOMPARE(text, expected);
    const QDateTime back = TimeFormat::parseIso(text);
    QVERIFY(back.isValid());
    QCOMPARE(back.toMSecsSinceEpoch(), utc);
}

void TestTimeFormat::parseIso_readsOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("utc");

    QTest::newRow("Z") << QStringLiteral("2026-05-17T10:00:00Z") << utcMs(2026, 5, 17, 10, 0);
    QTest::newRow("+02:00") << QStringLiteral("2026-05-17T10:00:00+02:00") << utcMs(2026, 5, 17, 8, 0);
    QTest::newRow("+01:00") << QStringLiteral("2026-01-15T10:00:00+01:00") << utcMs(2026, 1, 15, 9, 0);
    QTest::newRow("-05:00") << QStringLiteral("2026-01-15T10:00:00-05:00") << utcMs(2026, 1, 15, 15, 0);
    QTest::newRow("no offset, summer: Oslo time")
        << QStringLiteral("2026-05-17T10:00:00") << utcMs(2026, 5, 17, 8, 0);
    QTest::newRow("no offset, winter: Oslo time")
        << QStringLiteral("2026-01-15T10:00:00") << utcMs(2026, 1, 15, 9, 0);
    QTest::newRow("milliseconds with Z")
        << QStringLiteral("2026-05-17T10:00:00.250Z") << utcMs(2026, 5, 17, 10, 0, 0, 250);
    QTest::newRow("milliseconds with offset")
        << QStringLiteral("2026-05-17T10:00:00.123+02:00") << utcMs(2026, 5, 17, 8, 0, 0, 123);
    QTest::newRow("milliseconds without offset")
        << QStringLiteral("2026-01-15T10:00:00.500") << utcMs(2026, 1, 15, 9, 0, 0, 500);
    QTest::newRow("first 02:30 of the autumn switch")
        << QStringLiteral("2026-10-25T02:30:00+02:00") << utcMs(2026, 10, 25, 0, 30);
    QTest::newRow("second 02:30 of the autumn switch")
        << QStringLiteral("2026-10-25T02:30:00+01:00") << utcMs(2026, 10, 25, 1, 30);
}

void TestTimeFormat::parseIso_readsOffsets()
{
    QFETCH(QString, text);
    QFETCH(qint64, utc);
    const QDateTime dt = TimeFormat::parseIso(text);
    QVERIFY2(dt.isValid(), qPrintable(text));
    QCOMPARE(dt.toMSecsSinceEpoch(), utc);
    QCOMPARE(dt.offsetFromUtc(), 0); // returned in UTC
}

void TestTimeFormat::parseIso_rejectsGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << QStringLiteral("yesterday");
    QTest::newRow("30 February") << QStringLiteral("2026-02-30T10:00:00+01:00");
    QTest::newRow("hour 25") << QStringLiteral("2026-05-17T25:00:00Z");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T10:00:00Z");
    QTest::newRow("Norwegian form") << QStringLiteral("17.05.2026 10:00");
}

void TestTimeFormat::parseIso_rejectsGarbage()
{
    QFETCH(QString, text);
    QVERIFY2(!TimeFormat::parseIso(text).isValid(),
             qPrintable(TimeFormat::parseIso(text).toString(Qt::ISODate)));
}

void TestTimeFormat::parseIso_roundTripsEveryQuarterHourAcrossBothSwitches()
{
    for (const qint64 start : {utcMs(2026, 3, 28, 20, 0), utcMs(2026, 10, 24, 20, 0)}) {
        for (qint64 t = start; t < start + 12 * 3600 * 1000; t += 15 * 60 * 1000) {
            const QString text = TimeFormat::isoWithOffset(t);
            QCOMPARE(TimeFormat::parseIso(text).toMSecsSinceEpoch(), t);
            QCOMPARE(TimeFormat::parseIso(TimeFormat::isoWithOffsetMs(t + 42)).toMSecsSinceEpoch(), t + 42);
        }
    }
}

void TestTimeFormat::dateTime_isPinnedNorwegianForm_data()
{
    QTest::addColumn<qint64>("utc");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dateTime");

    QTest::newRow("summer afternoon")
        << utcMs(2026, 5, 17, 12, 5) << QStringLiteral("17.05.2026") << QStringLiteral("17.05.2026 14:05");
    QTest::newRow("winter morning, single digits")
        << utcMs(2026, 1, 2, 7, 3) << QStringLiteral("02.01.2026") << QStringLiteral("02.01.2026 08:03");
    QTest::newRow("local date differs from UTC date")
        << utcMs(2026, 12, 31, 23, 30) << QStringLiteral("01.01.2027") << QStringLiteral("01.01.2027 00:30");
}

void TestTimeFormat::dateTime_isPinnedNorwegianForm()
{
    QFETCH(qint64, utc);
    QFETCH(QString, date);
    QFETCH(QString, dateTime);
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(utc, QTimeZone::utc());
    QCOMPARE(TimeFormat::date(dt), date);
    QCOMPARE(TimeFormat::dateTime(dt), dateTime);
    QCOMPARE(TimeFormat::dateTime(utc), dateTime);
}

void TestTimeFormat::dateTime_ignoresTheDefaultLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString us = TimeFormat::dateTime(utcMs(2026, 5, 17, 12, 5));
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const QString arabic = TimeFormat::dateTime(utcMs(2026, 5, 17, 12, 5));
    QLocale::setDefault(before);
    QCOMPARE(us, QStringLiteral("17.05.2026 14:05"));
    QCOMPARE(arabic, QStringLiteral("17.05.2026 14:05"));
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
