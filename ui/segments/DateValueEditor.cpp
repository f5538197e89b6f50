#include "DateValueEditor.h"

#include "DisplayFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QSpinBox>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {
constexpr int kFixedDay = 0;
constexpr int kDaysAgo = 1;
} // namespace

DateValueEditor::DateValueEditor(const QJsonValue &value, QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_date(new QDateEdit(m_stack))
    , m_daysAgo(new QSpinBox(m_stack))
{
    m_mode->addItem(tr("the day"), kFixedDay);
    m_mode->addItem(tr("days ago"), kDaysAgo);
    m_mode->setObjectName(u"dateMode"_s);
    m_mode->setAccessibleName(tr("Fixed day or days ago"));
    m_mode->setToolTip(tr("A fixed day, or a number of days before the last day of the data"));

    m_date->setObjectName(u"dateEdit"_s);
    m_date->setAccessibleName(tr("Day"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DisplayFormat::dateFormat());
    m_date->setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31));

    m_daysAgo->setObjectName(u"daysAgo"_s);
    m_daysAgo->setAccessibleName(tr("Days ago"));
    m_daysAgo->setRange(-36500, 36500); // negative: days after the reference day
    m_daysAgo->setSuffix(tr(" days ago"));

    m_stack->addWidget(m_date);
    m_stack->addWidget(m_daysAgo);
    m_stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    const bool relative = value.isObject();
    if (relative) {
        m_daysAgo->setValue(value.toObject().value(u"days_ago"_s).toInt());
        m_date->setDate(QDate::currentDate());
    } else {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        m_date->setDate(day.isValid() ? day : QDate::currentDate());
        m_daysAgo->setValue(30);
    }
    m_mode->setCurrentIndex(relative ? kDaysAgo : kFixedDay);
    m_stack->setCurrentIndex(relative ? kDaysAgo : kFixedDay);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_mode);
    layout->addWidget(m_stack);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        Q_EMIT changed();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &DateValueEditor::changed);
    connect(m_daysAgo, &QSpinBox::valueChanged, this, &DateValueEditor::changed);
}

bool DateValueEditor::isRelative() const
{
    return m_mode->currentIndex() == kDaysAgo;
}

QJsonValue DateValueEditor::value() const
{
    if (isRelative())
        return QJsonObject{{u"days_ago"_s, m_daysAgo->value()}};
    return m_date->date().toString(Qt::ISODate);
}

} // namespace mwb::ui
