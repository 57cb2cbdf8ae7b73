#pragma once

#include <QtGlobal>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace Torget {

// Durations (whole seconds) kept for exact nearest-rank percentiles over millions of values.
// Values are appended in fixed blocks (never moved) and counted in a log-scale histogram of 896
// buckets about 3 % wide; a percentile then finds its bucket from the counts and partially sorts
// only that bucket's values. Percentiles of a union of sets (a report's total over its rows) come
// from the sets themselves, so no value is stored twice.
class ValueSet final
{
public:
    void add(quint32 value);
    qint64 size() const { return m_size; }
    double sum() const { return m_sum; }

    // Nearest rank: the value at rank ceil(p × n) (1…n) of the sorted values of all sets, for each
    // p in (0, 1]; nullopt when the sets hold no value.
    static std::vector<std::optional<quint32>> percentiles(const std::vector<const ValueSet *> &sets,
                                                           const std::vector<double> &ps);
    static qint64 rankOf(double p, qint64 n);

private:
    static constexpr int bucketCount = 64 + 26 * 32;
    static constexpr int blockSize = 1 << 16;
    static int bucketOf(quint32 value);

    std::vector<std::unique_ptr<quint32[]>> m_blocks;
    int m_fill = blockSize; // values in the last block
    qint64 m_size = 0;
    double m_sum = 0;
    std::array<quint32, bucketCount> m_histogram{};
};

} // namespace Torget
