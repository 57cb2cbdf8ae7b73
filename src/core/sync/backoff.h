#pragma once

#include <QtGlobal>

#include <functional>

namespace Torget {

// How long to wait before trying again after the n-th failure in a row: exponential from `base`,
// capped at `cap`, with jitter so that many accounts (or many desks behind one address) that failed
// together do not all come back at the same moment. The delay for failure n lies in [e/2, e], where
// e = min(cap, base · 2^(n-1)) ("equal jitter": never less than half the exponential step).
class Backoff final
{
public:
    // A number in [0, 1); injected so that tests can pin the jitter.
    using Random = std::function<double()>;

    explicit Backoff(qint64 baseMs = 30'000, qint64 capMs = 3'600'000, Random random = {});

    // failures: 1 for the first failure; 0 or less means no wait.
    qint64 delayMs(int failures) const;
    qint64 baseMs() const { return m_base; }
    qint64 capMs() const { return m_cap; }

private:
    qint64 m_base;
    qint64 m_cap;
    Random m_random;
};

} // namespace Torget
