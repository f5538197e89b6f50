// KpiCard: one headline figure on a card: a caption, the value and a line of context.
// The raw number is kept beside its text so tests and drill-downs need not parse it.
// Optionally a change line (an arrow and a colour for better or worse) and a click that
// opens what is behind the figure.
#pragma once

#include <QFrame>

class QLabel;

namespace mwb::ui {

class ElidingLabel;

class KpiCard : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(qint64 value READ value)

public:
    explicit KpiCard(const QString &caption, QWidget *parent = nullptr);

    void setValue(qint64 value, const QString &text, const QString &detail = {});
    // The change against a comparison, drawn in `color` (invalid: the muted text colour).
    void setChange(const QString &text, const QColor &color = {}, const QString &toolTip = {});
    // A clickable card takes the focus, shows a hand and emits clicked() (mouse, Enter, Space).
    void setClickable(bool clickable);
    void clear();

    qint64 value() const { return m_value; }
    QString valueText() const;
    QString caption() const;
    QString changeText() const;
    QString detailText() const;

Q_SIGNALS:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    ElidingLabel *m_caption;
    ElidingLabel *m_valueLabel;
    ElidingLabel *m_change;
    ElidingLabel *m_detail;
    qint64 m_value = 0;
    bool m_clickable = false;
};

} // namespace mwb::ui
