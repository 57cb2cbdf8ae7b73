#include "slastats.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace Torget {

int ValueSet::bucketOf(quint32 value)
{
    // Below 64 one bucket per value; above, 32 buckets per power of two.
    if (value < 64)
        return static_cast<int>(value);
    const int exponent = 31 - std::countl_zero(value); // 6…31
    const int sub = static_cast<int>((value >> (exponent - 5)) & 31);
    return 64 + (exponent - 6) * 32 + sub;
}

void ValueSet::add(quint32 value)
{
    if (m_fill == blockSize) {
        m_blocks.push_back(std::make_unique_for_overwrite<quint32[]>(blockSize));
        m_fill = 0;
    }
    m_blocks.back()[m_fill++] = value;
    ++m_size;
    m_sum += value;
    ++m_histogram[static_cast<std::size_t>(bucketOf(value))];
}

qint64 ValueSet::rankOf(double p, qint64 n)
{
    // ceil(p × n) in 1…n, guarded against 0.9 × 10 coming out as 9.000000000000002.
    return std::clamp<qint64>(static_cast<qint64>(std::ceil(p * static_cast<double>(n) - 1e-9)), 1, n);
}

std::vector<std::optional<quint32>> ValueSet::percentiles(const std::vector<const ValueSet *> &sets,
                                                          const std::vector<double> &ps)
{
    std::vector<std::optional<quint32>> result(ps.size());
    std::array<qint64, bucketCount> counts{};
    qint64 n = 0;
    for (const ValueSet *s : sets) {
        n += s->m_size;
        for (std::size_t b = 0; b < counts.size(); ++b)
            counts[b] += s->m_histogram[b];
    }
    if (n == 0)
        return result;
    for (std::size_t i = 0; i < ps.size(); ++i) {
        // The bucket holding the rank, and the rank within it.
        qint64 rank = rankOf(ps[i], n);
        int bucket = 0;
        while (rank > counts[static_cast<std::size_t>(bucket)]) {
            rank -= counts[static_cast<std::size_t>(bucket)];
            ++bucket;
        }
        std::vector<quint32> inBucket;
        inBucket.reserve(static_cast<std::size_t>(counts[static_cast<std::size_t>(bucket)]));
        for (const ValueSet *s : sets) {
            for (std::size_t k = 0; k < s->m_blocks.size(); ++k) {
                const quint32 *block = s->m_blocks[k].get();
                const int used = k + 1 == s->m_blocks.size() ? s->m_fill : blockSize;
                for (int j = 0; j < used; ++j) {
                    if (bucketOf(block[j]) == bucket)
                        inBucket.push_back(block[j]);
                }
            }
        }
        auto nth = inBucket.begin() + (rank - 1);
        std::nth_element(inBucket.begin(), nth, inBucket.end());
        result[i] = *nth;
    }
    return result;
}

} // namespace Torget
