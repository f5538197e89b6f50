#include "PeriodPicker.h"

#include "DisplayFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QDateEdit *dateEdit(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(DisplayFormat::dateFormat());
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent)
    , m_kindCombo(new QComboBox(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_label(new QLabel(this))
    , m_from(dateEdit(this, u"periodFrom"_s, tr("First day")))
    , m_to(dateEdit(this, u"periodTo"_s, tr("Last day")))
{
    m_kindCombo->setObjectName(u"periodKind"_s);
    m_kindCombo->setAccessibleName(tr("Period"));
    m_kindCombo->addItem(tr("Month"), static_cast<int>(PeriodKind::Month));
    m_kindCombo->addItem(tr("Quarter"), static_cast<int>(PeriodKind::Quarter));
    m_kindCombo->addItem(tr("Year"), static_cast<int>(PeriodKind::Year));
    m_kindCombo->addItem(tr("Custom"), static_cast<int>(PeriodKind::Custom));

    m_back->setObjectName(u"periodBack"_s);
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setAutoRaise(true);
    m_back->setToolTip(tr("The period before"));
    m_back->setAccessibleName(tr("Previous period"));
    m_forward->setObjectName(u"periodForward"_s);
    m_forward->setArrowType(Qt::RightArrow);
    m_forward->setAutoRaise(true);
    m_forward->setToolTip(tr("The period after"));
    m_forward->setAccessibleName(tr("Next period"));

    m_label->setObjectName(u"periodLabel"_s);
    QFont font = m_label->font();
    font.setWeight(QFont::DemiBold);
    m_label->setFont(font);
    m_label->setMinimumWidth(120);
    m_label->setAlignment(Qt::AlignCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_kindCombo);
    layout->addWidget(m_back);
    layout->addWidget(m_label);
    layout->addWidget(m_forward);
    layout->addWidget(m_from);
    layout->addWidget(m_to);

    connect(m_kindCombo, &QComboBox::activated, this,
            [this](int index) { setKind(static_cast<PeriodKind>(m_kindCombo->itemData(index).toInt())); });
    connect(m_back, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { step(+1); });
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::customDatesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::customDatesEdited);

    const QDate today = QDate::currentDate();
    show(PeriodKind::Month, Period::containing(PeriodKind::Month, today));
}

void PeriodPicker::setPeriod(PeriodKind kind, const Period &period)
{
    show(kind, period);
}

void PeriodPicker::setKind(PeriodKind kind)
{
    if (kind == m_kind)
        return;
    // The new kind's period around the last day shown; a custom one starts as the
    // period shown, for the user to widen or narrow.
    show(kind, kind == PeriodKind::Custom ? m_period : Period::containing(kind, m_period.to));
    Q_EMIT periodChanged();
}

void PeriodPicker::step(int direction)
{
    Period next;
    if (direction < 0)
        next = m_period.previous(m_kind);
    else if (m_kind == PeriodKind::Custom)
        next = {m_period.to.addDays(1), m_period.to.addDays(m_period.days())};
    else
        next = Period::containing(m_kind, m_period.to.addDays(1));
    show(m_kind, next);
    Q_EMIT periodChanged();
}

void PeriodPicker::show(PeriodKind kind, const Period &period)
{
    m_updating = true;
    m_kind = kind;
    m_period = period;
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(static_cast<int>(kind)));
    const bool custom = kind == PeriodKind::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_label->setVisible(!custom);
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    m_label->setText(describe(kind, period));
    m_updating = false;
}

void PeriodPicker::customDatesEdited()
{
    if (m_updating || m_kind != PeriodKind::Custom)
        return;
    Period period{m_from->date(), m_to->date()};
    if (!period.isValid())
        return; // the user is half way through an edit
    m_period = period;
    Q_EMIT periodChanged();
}

QString PeriodPicker::describe(PeriodKind kind, const Period &period)
{
    switch (kind) {
    case PeriodKind::Month: return DisplayFormat::month(period.from);
    case PeriodKind::Quarter: return tr("Q%1 %2").arg((period.from.month() - 1) / 3 + 1).arg(period.from.year());
    case PeriodKind::Year: return QString::number(period.from.year());
    case PeriodKind::Custom: break;
    }
    return tr("%1 – %2").arg(DisplayFormat::date(period.from), DisplayFormat::date(period.to));
}

} // namespace mwb::ui
