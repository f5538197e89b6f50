#include "WorkbenchPage.h"

#include <QLabel>

namespace mwb::ui {

QLabel *WorkbenchPage::createHeading(const QString &text)
{
    auto *heading = new QLabel(text, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    return heading;
}

} // namespace mwb::ui
