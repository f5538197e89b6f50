// DateValueEditor: one day of a date condition, either a fixed day ("YYYY-MM-DD") or a
// number of days before the workspace's reference day ({"days_ago": N}), which keeps a
// saved segment current as new data comes in.
#pragma once

#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QSpinBox;
class QStackedWidget;

namespace mwb::ui {

class DateValueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DateValueEditor(const QJsonValue &value, QWidget *parent = nullptr);

    QJsonValue value() const;
    bool isRelative() const;

    QComboBox *modePicker() const { return m_mode; }
    QDateEdit *dateEdit() const { return m_date; }
    QSpinBox *daysAgoEdit() const { return m_daysAgo; }

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_mode;
    QStackedWidget *m_stack;
    QDateEdit *m_date;
    QSpinBox *m_daysAgo;
};

} // namespace mwb::ui
