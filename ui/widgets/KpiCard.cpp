#include "KpiCard.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

KpiCard::KpiCard(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_valueLabel(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(u"kpiCard"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"#kpiCard { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"_s);
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
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_detail);
    clear();
}

void KpiCard::setValue(qint64 value, const QString &text, const QString &detail)
{
    m_value = value;
    m_valueLabel->setText(text);
    m_detail->setText(detail);
    setAccessibleName(m_caption->text() + u": "_s + text);
}

void KpiCard::clear()
{
    m_value = 0;
    m_valueLabel->setText(u"–"_s);
    m_detail->setText(QString());
    setAccessibleName(m_caption->text());
}

QString KpiCard::valueText() const
{
    return m_valueLabel->text();
}

QString KpiCard::caption() const
{
    return m_caption->text();
}

} // namespace mwb::ui
