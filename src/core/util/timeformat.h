#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Torget::TimeFormat {

// The municipality's time zone. Storage keeps UTC milliseconds; people see Europe/Oslo.
QTimeZone osloZone();

// ISO 8601 with the Oslo offset, e.g. "2026-05-17T10:00:00+02:00".
QString isoWithOffset(qint64 utcMsecs);
QString isoWithOffset(const QDateTime &dt);
// The same with milliseconds, for lossless interchange: "2026-05-17T10:00:00.123+02:00".
QString isoWithOffsetMs(qint64 utcMsecs);

// Parses ISO 8601 with offset or "Z"; a value without offset is read as Oslo local time.
QDateTime parseIso(const QString &text);

// Norwegian forms, pinned (CLDR data differs between Qt versions): 17.05.2026 and 17.05.2026 14:05.
QString date(const QDateTime &dt);
QString dateTime(const QDateTime &dt);
QString dateTime(qint64 utcMsecs);

} // namespace Torget::TimeFormat
