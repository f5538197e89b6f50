// CustomerSet: customers as one bit per customer id (those an operation touched, those a
// segment condition holds for). A million customers take 125 KB, and ids come back in
// ascending order, which is the order the per-customer tables and indexes are stored in.
#pragma once

#include <QtGlobal>

#include <bit>
#include <cstdint>
#include <vector>

namespace mwb {

class CustomerSet
{
public:
    void insert(qint64 customerId);
    bool contains(qint64 customerId) const
    {
        const auto word = static_cast<std::size_t>(customerId) / 64;
        return customerId >= 0 && word < m_bits.size()
            && (m_bits[word] & (std::uint64_t{1} << (static_cast<std::size_t>(customerId) % 64))) != 0;
    }
    // Adds the members of `other`.
    void unite(const CustomerSet &other);
    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    template <typename Function> void forEach(Function &&function) const
    {
        for (std::size_t word = 0; word < m_bits.size(); ++word) {
            for (std::uint64_t bits = m_bits[word]; bits != 0; bits &= bits - 1)
                function(static_cast<qint64>(word * 64 + static_cast<std::size_t>(std::countr_zero(bits))));
        }
    }

private:
    std::vector<std::uint64_t> m_bits;
    qint64 m_size = 0;
};

} // namespace mwb
