#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Torget {

Backoff::Backoff(qint64 baseMs, qint64 capMs, Random random)
    : m_base(std::max<qint64>(1, baseMs))
    , m_cap(std::max(m_base, capMs))
    , m_random(random ? std::move(random)
                      : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{}

qint64 Backoff::delayMs(int failures) const
{
    if (failures <= 0)
        return 0;
    // Doubling stops at the cap; counting the steps avoids overflow for long outages.
    qint64 step = m_base;
    for (int i = 1; i < failures && step < m_cap; ++i)
        step *= 2;
    step = std::min(step, m_cap);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const qint64 half = step / 2;
    return half + static_cast<qint64>(r * static_cast<double>(step - half));
}

} // namespace Torget
