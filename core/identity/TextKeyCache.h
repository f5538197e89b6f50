// TextKeyCache: texts (with a kind) to numbers, for lookups made once per row of a file.
// A text is kept as a 128-bit hash of itself and its kind: 24 bytes an entry whatever its
// length, in one array with open addressing (one probe, or a few neighbours, per lookup).
// Two texts share a key with probability about n²/2¹²⁹ (10⁻²⁶ for a million), far below
// the rate of undetected memory errors.
#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace mwb {

class TextKeyCache
{
public:
    struct Key
    {
        quint64 a = 0;
        quint64 b = 0;
        friend bool operator==(const Key &, const Key &) = default;
    };
    static Key key(std::string_view kind, std::string_view text);

    const qint64 *find(const Key &key) const;
    void insert(const Key &key, qint64 value);
    qsizetype size() const { return m_size; }
    void clear(); // and gives the memory back

private:
    struct Slot
    {
        Key key; // {0, 0}: empty (no key is: see key())
        qint64 value = 0;
    };
    std::vector<Slot> m_slots;
    qsizetype m_size = 0;
};

} // namespace mwb
