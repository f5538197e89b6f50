#include "Caption.h"

#include <QLabel>

namespace mwb::ui {

QLabel *caption(const QString &text, QWidget *parent, CaptionWrap wrap)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(wrap == CaptionWrap::Wrap);
    return label;
}

} // namespace mwb::ui
