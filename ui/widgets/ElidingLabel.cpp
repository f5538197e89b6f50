#include "ElidingLabel.h"

#include <QResizeEvent>

using namespace Qt::StringLiterals;

namespace mwb::ui {

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

ElidingLabel::ElidingLabel(const QString &text, QWidget *parent)
    : ElidingLabel(parent)
{
    setFullText(text);
}

void ElidingLabel::setFullText(const QString &text)
{
    m_text = text;
    elide();
}

void ElidingLabel::setExtraToolTip(const QString &toolTip)
{
    m_extraToolTip = toolTip;
    elide();
}

QSize ElidingLabel::minimumSizeHint() const
{
    // As narrow as an ellipsis: the layout may give it less than its text needs.
    return {fontMetrics().horizontalAdvance(u"…"_s), QLabel::minimumSizeHint().height()};
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidingLabel::elide()
{
    const int room = contentsRect().width();
    const QString shown = room > 0 ? fontMetrics().elidedText(m_text, Qt::ElideRight, room) : m_text;
    QLabel::setText(shown);
    QStringList tip;
    if (shown != m_text)
        tip << m_text;
    if (!m_extraToolTip.isEmpty())
        tip << m_extraToolTip;
    setToolTip(tip.join(u"\n"_s));
}

} // namespace mwb::ui
