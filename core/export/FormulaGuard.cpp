#include "FormulaGuard.h"

namespace mwb {

namespace {

// The characters Excel, LibreOffice and Google Sheets start a formula (or a DDE call) with.
// A leading tab or carriage return is dropped by some of them, exposing what follows.
constexpr std::string_view kFormulaLeads = "=+-@\t\r";

bool isFormulaLead(char32_t c)
{
    return c < 0x80 && kFormulaLeads.find(static_cast<char>(c)) != std::string_view::npos;
}

char32_t codeUnit(char c)
{
    return static_cast<unsigned char>(c);
}

char32_t codeUnit(QChar c)
{
    return c.unicode();
}

// "+" or "-", then digits with at most one decimal point: a number, never a formula.
template <typename Text> bool isSignedNumber(const Text &text)
{
    if (text.size() < 2 || (codeUnit(text[0]) != U'+' && codeUnit(text[0]) != U'-'))
        return false;
    bool digit = false;
    bool point = false;
    for (qsizetype i = 1; i < static_cast<qsizetype>(text.size()); ++i) {
        const char32_t c = codeUnit(text[i]);
        if (c >= U'0' && c <= U'9')
            digit = true;
        else if (c == U'.' && !point)
            point = true;
        else
            return false;
    }
    return digit;
}

} // namespace

bool FormulaGuard::looksLikeFormula(std::string_view utf8)
{
    return !utf8.empty() && isFormulaLead(static_cast<unsigned char>(utf8.front())) && !isSignedNumber(utf8);
}

bool FormulaGuard::looksLikeFormula(QStringView text)
{
    return !text.isEmpty() && isFormulaLead(text.front().unicode()) && !isSignedNumber(text);
}

std::string FormulaGuard::neutralised(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size() + 1);
    if (looksLikeFormula(utf8))
        out.push_back(kPrefix);
    out.append(utf8);
    return out;
}

QString FormulaGuard::neutralised(const QString &text)
{
    return looksLikeFormula(QStringView(text)) ? QChar::fromLatin1(kPrefix) + text : text;
}

} // namespace mwb
