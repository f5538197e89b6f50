#include "KpiCard.h"

#include "ElidingLabel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

KpiCard::KpiCard(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new ElidingLabel(caption, this))
    , m_valueLabel(new ElidingLabel(this))
    , m_change(new ElidingLabel(this))
    , m_detail(new ElidingLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(u"kpiCard"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        u"mwb--ui--KpiCard { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"_s);
    setMinimumWidth(180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    QFont captionFont = m_caption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.95);
    m_caption->setFont(captionFont);
    m_caption->setForegroundRole(QPalette::PlaceholderText);

    QFont valueFont = m_valueLabel->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setWeight(QFont::DemiBold);
    m_valueLabel->setFont(valueFont);

    m_change->setObjectName(u"kpiChange"_s);
    m_change->hide();

    m_detail->setForegroundRole(QPalette::PlaceholderText);
    // The labels are the card's face: a click anywhere on it is the card's.
    for (QLabel *label : {static_cast<QLabel *>(m_caption), static_cast<QLabel *>(m_valueLabel),
                          static_cast<QLabel *>(m_change), static_cast<QLabel *>(m_detail)})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_change);
    layout->addWidget(m_detail);
    clear();
}

void KpiCard::setValue(qint64 value, const QString &text, const QString &detail)
{
    m_value = value;
    m_valueLabel->setFullText(text);
    m_detail->setFullText(detail);
    setAccessibleName(m_caption->fullText() + u": "_s + text);
}

void KpiCard::setChange(const QString &text, const QColor &color, const QString &toolTip)
{
    m_change->setFullText(text);
    m_change->setExtraToolTip(toolTip);
    m_change->setStyleSheet(color.isValid() ? u"color: %1;"_s.arg(color.name()) : QString());
    if (!color.isValid())
        m_change->setForegroundRole(QPalette::PlaceholderText);
    m_change->setVisible(!text.isEmpty());
}

void KpiCard::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    setStyleSheet(
        clickable
            ? u"mwb--ui--KpiCard { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"
              "mwb--ui--KpiCard:hover, mwb--ui--KpiCard:focus { border: 1px solid #2f80ed; }"_s
            : u"mwb--ui--KpiCard { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"_s);
}

void KpiCard::mousePressEvent(QMouseEvent *event)
{
    // Taken, so the release comes here too.
    if (m_clickable && event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiCard::clear()
{
    m_value = 0;
    m_valueLabel->setFullText(u"–"_s);
    m_change->setFullText(QString());
    m_change->hide();
    m_detail->setFullText(QString());
    setAccessibleName(m_caption->fullText());
}

QString KpiCard::valueText() const
{
    return m_valueLabel->fullText();
}

QString KpiCard::caption() const
{
    return m_caption->fullText();
}

QString KpiCard::changeText() const
{
    return m_change->fullText();
}

QString KpiCard::detailText() const
{
    return m_detail->fullText();
}

} // namespace mwb::ui
