// FormulaGuard: keeps text cells of exported files from being run as formulas when a
// spreadsheet opens them (CSV injection). A text that starts with = + - @, a tab or a
// carriage return gets a leading apostrophe, which spreadsheets read as "this is text".
// Every file the product writes for spreadsheets (exports, the rejects of an import) goes
// through this one rule.
//
// One exception: a plain signed number (+8613800138000, -12.5) is left alone. It can call
// nothing, and phone numbers in E.164 form all start with "+": an apostrophe would break
// every list handed to an SMS or ads tool.
#pragma once

#include <QString>
#include <QStringView>

#include <string>
#include <string_view>

namespace mwb {

class FormulaGuard
{
public:
    // True when a spreadsheet would read `text` as a formula.
    static bool looksLikeFormula(std::string_view utf8);
    static bool looksLikeFormula(QStringView text);

    // `text` made safe: prefixed with ' when it looks like a formula, else unchanged.
    static std::string neutralised(std::string_view utf8);
    static QString neutralised(const QString &text);

    static constexpr char kPrefix = '\'';
};

} // namespace mwb
