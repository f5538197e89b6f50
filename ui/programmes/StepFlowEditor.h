// StepFlowEditor: a programme's steps as a vertical flow of boxes — send, wait, branch,
// exit — each with its own few controls, a branch holding two flows of its own ("then",
// "else"). Buttons under each flow add a step at its end; each box can move up or down or
// be removed. Reads and writes the steps' JSON (docs/PROGRAMMES.md); the numbers shown are
// those reports use (in the order written, a branch's steps right after it).
#pragma once

#include <QFrame>
#include <QJsonArray>
#include <QList>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace mwb::ui {

class StepBox;

class StepFlowEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StepFlowEditor(QWidget *parent = nullptr);

    QJsonArray steps() const;
    void setSteps(const QJsonArray &steps);
    // Adds a step of a kind ("send", "wait_days", "branch", "exit_if") at the end.
    void addStep(const QString &kind);
    int count() const { return static_cast<int>(m_boxes.size()); }
    StepBox *box(int index) const { return m_boxes.value(index); }
    // Numbers every box from `first`; returns the number after the last.
    int renumber(int first);

Q_SIGNALS:
    void changed();

private:
    void add(StepBox *box);
    void move(StepBox *box, int by);
    void removeBox(StepBox *box);
    void relayout();
    StepFlowEditor *top();

    QVBoxLayout *m_boxesLayout;
    QList<StepBox *> m_boxes;
};

class StepBox : public QFrame
{
    Q_OBJECT

public:
    StepBox(const QString &kind, const QJsonObject &step, QWidget *parent);

    QString kind() const { return m_kind; }
    QJsonObject toJson() const;
    int setNumber(int number); // returns the number after this step and its branches

Q_SIGNALS:
    void changed();
    void moveRequested(int by);
    void removeRequested();

private:
    QString m_kind;
    QLabel *m_number;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_offer = nullptr;
    QDoubleSpinBox *m_cost = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_condition = nullptr;
    StepFlowEditor *m_then = nullptr;
    StepFlowEditor *m_else = nullptr;
};

} // namespace mwb::ui
