#include "CustomerSet.h"

#include <algorithm>

namespace mwb {

void CustomerSet::insert(qint64 customerId)
{
    Q_ASSERT(customerId >= 0);
    const auto word = static_cast<std::size_t>(customerId) / 64;
    const std::uint64_t bit = std::uint64_t{1} << (static_cast<std::size_t>(customerId) % 64);
    if (word >= m_bits.size())
        m_bits.resize(std::max(word + 1, m_bits.size() * 3 / 2), 0);
    if ((m_bits[word] & bit) == 0) {
        m_bits[word] |= bit;
        ++m_size;
    }
}

void CustomerSet::unite(const CustomerSet &other)
{
    if (other.m_bits.size() > m_bits.size())
        m_bits.resize(other.m_bits.size(), 0);
    m_size = 0;
    for (std::size_t word = 0; word < m_bits.size(); ++word) {
        if (word < other.m_bits.size())
            m_bits[word] |= other.m_bits[word];
        m_size += std::popcount(m_bits[word]);
    }
}

} // namespace mwb
