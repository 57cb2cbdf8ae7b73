#pragma once

#include <cmath>
#include <cstdint>
#include <random>
#include <span>

namespace Torget::Demo {

// Seeded randomness with our own mappings: std::uniform_*_distribution is implementation-defined,
// and the demo must come out the same on every machine for the same seed.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    {}

    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(uniform() * n); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        // Box–Muller; 1 - uniform() keeps the logarithm finite.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    template <typename T>
    const T &pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

    // Index drawn with the given relative weights.
    template <typename W>
    int weighted(std::span<const W> weights)
    {
        double total = 0;
        for (const W &w : weights)
            total += static_cast<double>(w);
        double r = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            r -= static_cast<double>(weights[i]);
            if (r < 0)
                return static_cast<int>(i);
        }
        return static_cast<int>(weights.size()) - 1;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace Torget::Demo
