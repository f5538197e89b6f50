// InputDialog: asks for one line of text in a modal box; tests answer in advance with
// setNextText(), so no test ever blocks on it.
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace mwb::ui {

class InputDialog
{
public:
    // The text entered, or nothing when cancelled.
    static std::optional<QString> getText(QWidget *parent, const QString &title, const QString &label,
                                          const QString &text = {});
    // For tests: the next dialog is not shown and returns `text` (nothing: cancelled).
    static void setNextText(const std::optional<QString> &text);
};

} // namespace mwb::ui
