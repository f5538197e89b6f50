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

bool CustomerSet::contains(qint64 customerId) const
{
    const auto word = static_cast<std::size_t>(customerId) / 64;
    return customerId >= 0 && word < m_bits.size()
           && (m_bits[word] & (std::uint64_t{1} << (static_cast<std::size_t>(customerId) % 64))) != 0;
}

} // namespace mwb
