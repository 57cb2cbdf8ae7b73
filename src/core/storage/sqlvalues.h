#pragma once

#include <QVariant>

#include <optional>

namespace Torget::SqlValues {

// NULL for an empty optional; the type matters to the PostgreSQL driver.
inline QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

inline std::optional<qint64> toOptionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

} // namespace Torget::SqlValues
