// caption: a muted line that explains a figure, a chart or a control beside it (the
// placeholder colour of the palette), wrapping unless told not to.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace mwb::ui {

enum class CaptionWrap {
    Wrap,
    OneLine
};

QLabel *caption(const QString &text, QWidget *parent, CaptionWrap wrap = CaptionWrap::Wrap);

} // namespace mwb::ui
