// PeriodPicker: the period a dashboard describes: a month, quarter or year (stepped with
// the arrow buttons) or a custom range of days between two date fields. The period
// before it, for comparisons, follows from the kind (Period::previous).
#pragma once

#include "analytics/KpiDashboard.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace mwb::ui {

class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodPicker(QWidget *parent = nullptr);

    PeriodKind kind() const { return m_kind; }
    Period period() const { return m_period; }
    Period previous() const { return m_period.previous(m_kind); }
    // Shows this period without emitting periodChanged() (a custom one sets the date fields).
    void setPeriod(PeriodKind kind, const Period &period);
    void setKind(PeriodKind kind);
    void step(int direction); // −1: the period before, +1: the one after

    QComboBox *kindCombo() const { return m_kindCombo; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    // "November 2026", "Q4 2026", "2026", "1/3/2026 – 2/5/2026".
    static QString describe(PeriodKind kind, const Period &period);

Q_SIGNALS:
    // The user picked another period.
    void periodChanged();

private:
    void show(PeriodKind kind, const Period &period);
    void customDatesEdited();

    QComboBox *m_kindCombo;
    QToolButton *m_back;
    QToolButton *m_forward;
    QLabel *m_label;
    QDateEdit *m_from;
    QDateEdit *m_to;
    PeriodKind m_kind = PeriodKind::Month;
    Period m_period;
    bool m_updating = false;
};

} // namespace mwb::ui
