#include "MemberToken.h"

#include <QRandomGenerator>

namespace mwb {

QString MemberToken::generate()
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    static constexpr char kLetters[] = "ABCDEFGHJKMNPQRSTVWXYZ";
    quint64 bits = QRandomGenerator::system()->generate64();
    // A letter first, so no spreadsheet ever reads a token as a number ("00123…", "1E5…").
    QString token(12, u'0');
    token[0] = QLatin1Char(kLetters[QRandomGenerator::system()->bounded(22)]);
    for (int i = 1; i < 12; ++i) {
        token[i] = QLatin1Char(kAlphabet[bits & 31]);
        bits >>= 5;
    }
    return token;
}

} // namespace mwb
