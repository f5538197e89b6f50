#include "InputDialog.h"

#include <QInputDialog>

namespace mwb::ui {

namespace {
bool g_answerSet = false;
std::optional<QString> g_nextText;
} // namespace

std::optional<QString> InputDialog::getText(QWidget *parent, const QString &title, const QString &label,
                                            const QString &text)
{
    if (g_answerSet) {
        g_answerSet = false;
        return g_nextText;
    }
    bool ok = false;
    const QString entered = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? std::optional<QString>(entered) : std::nullopt;
}

void InputDialog::setNextText(const std::optional<QString> &text)
{
    g_answerSet = true;
    g_nextText = text;
}

} // namespace mwb::ui
