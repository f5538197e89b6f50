#include "TextKeyCache.h"

#include <QHash>

#include <algorithm>

namespace mwb {

TextKeyCache::Key TextKeyCache::key(std::string_view kind, std::string_view text)
{
    // The kind seeds both hashes, so an e-mail and an id with the same text differ. The
    // highest bit is set: no key is {0, 0}, the empty slot.
    const size_t kindSeed = qHashBits(kind.data(), kind.size(), 0);
    return {qHashBits(text.data(), text.size(), kindSeed ^ 0x5bd1e9955bd1e995ULL) | (quint64(1) << 63),
            qHashBits(text.data(), text.size(), kindSeed ^ 0xc2b2ae3d27d4eb4fULL)};
}

const qint64 *TextKeyCache::find(const Key &key) const
{
    if (m_slots.empty())
        return nullptr;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = key.a & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.key == key)
            return &slot.value;
        if (slot.key.a == 0)
            return nullptr;
    }
}

void TextKeyCache::insert(const Key &key, qint64 value)
{
    if (static_cast<std::size_t>(m_size + 1) * 4 > m_slots.size() * 3) { // at most three quarters full
        std::vector<Slot> old(std::max<std::size_t>(m_slots.size() * 2, 4096));
        old.swap(m_slots);
        m_size = 0;
        for (const Slot &slot : old) {
            if (slot.key.a != 0)
                insert(slot.key, slot.value);
        }
    }
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = key.a & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.key == key) {
            slot.value = value;
            return;
        }
        if (slot.key.a == 0) {
            slot = {key, value};
            ++m_size;
            return;
        }
    }
}

void TextKeyCache::clear()
{
    m_slots = {};
    m_size = 0;
}

} // namespace mwb
