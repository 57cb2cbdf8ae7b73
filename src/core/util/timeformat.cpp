#include "timeformat.h"

namespace Torget::TimeFormat {

QTimeZone osloZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Oslo"));
    return zone;
}

QString isoWithOffset(const QDateTime &dt)
{
    const QDateTime local = dt.toTimeZone(osloZone());
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString isoWithOffset(qint64 utcMsecs)
{
    return isoWithOffset(QDateTime::fromMSecsSinceEpoch(utcMsecs, QTimeZone::utc()));
}

QString isoWithOffsetMs(qint64 utcMsecs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMsecs, QTimeZone::utc()).toTimeZone(osloZone());
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QDateTime parseIso(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return dt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), osloZone());
    return dt.toUTC();
}

QString date(const QDateTime &dt)
{
    return dt.toTimeZone(osloZone()).toString(QStringLiteral("dd.MM.yyyy"));
}

QString dateTime(const QDateTime &dt)
{
    return dt.toTimeZone(osloZone()).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString dateTime(qint64 utcMsecs)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(utcMsecs, QTimeZone::utc()));
}

} // namespace Torget::TimeFormat
