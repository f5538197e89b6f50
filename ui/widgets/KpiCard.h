// KpiCard: one headline figure on a card: a caption, the value and a line of context.
// The raw number is kept beside its text so tests and drill-downs need not parse it.
#pragma once

#include <QFrame>

class QLabel;

namespace mwb::ui {

class KpiCard : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(qint64 value READ value)

public:
    explicit KpiCard(const QString &caption, QWidget *parent = nullptr);

    void setValue(qint64 value, const QString &text, const QString &detail = {});
    void clear();

    qint64 value() const { return m_value; }
    QString valueText() const;
    QString caption() const;

private:
    QLabel *m_caption;
    QLabel *m_valueLabel;
    QLabel *m_detail;
    qint64 m_value = 0;
};

} // namespace mwb::ui
