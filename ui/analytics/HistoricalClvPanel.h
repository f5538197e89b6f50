// HistoricalClvPanel: the lifetime value the customer base has shown so far, each figure
// beside the formula it comes from (CLV = revenue ÷ customers × margin), for a margin
// the user sets. Computed on a worker thread.
#pragma once

#include <QGroupBox>

class QDoubleSpinBox;
class QLabel;

namespace mwb::ui {

class WorkspaceSession;
struct HistoricalClvAnswer;

class HistoricalClvPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit HistoricalClvPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    QDoubleSpinBox *marginSpin() const { return m_margin; }
    double margin() const; // share: 0.3 for 30 %
    bool isLoaded() const { return m_loaded; }
    // The value label of a figure: "customers", "orders", "revenue", "aov", "frequency",
    // "lifespan", "clv".
    QLabel *valueLabel(const QString &figure) const;

    void reload();

Q_SIGNALS:
    void loaded();
    void marginChanged(double margin);

private:
    void show(const HistoricalClvAnswer &answer);
    void addRow(const QString &figure, const QString &caption, const QString &formula);

    WorkspaceSession *m_session;
    QDoubleSpinBox *m_margin;
    QLabel *m_status;
    QList<QLabel *> m_values;
    QStringList m_figures;
    bool m_loaded = false;
};

} // namespace mwb::ui
