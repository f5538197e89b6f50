// ProgrammeDesignForm: a programme's definition as a form: its name, what makes customers
// enter (a 5A stage, a segment joined, a schedule, a date, a touchpoint) and who may (the
// audience), its groups (holdout, re-entry, priority), where its lists go, and its steps as
// a flow of boxes (StepFlowEditor). Reads and writes the definition's JSON
// (docs/PROGRAMMES.md), keeping the keys it does not show as they were loaded.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace mwb::ui {

class StepFlowEditor;

class ProgrammeDesignForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammeDesignForm(QWidget *parent = nullptr);

    QJsonObject definition() const;
    void setDefinition(const QJsonObject &definition);
    // The saved segments the trigger and the audience can name (the choices made stay).
    void setSegments(const QStringList &names);

    StepFlowEditor *stepEditor() const { return m_steps; }
    // Beside the steps' title: for what the page says of the design (its estimate).
    QLabel *estimateLabel() const { return m_estimate; }

Q_SIGNALS:
    // Something that changes who enters or what they are sent.
    void changed();

private:
    void showTriggerOptions();

    QLineEdit *m_name;
    QComboBox *m_trigger;
    QStackedWidget *m_triggerOptions;
    QComboBox *m_stage;
    QComboBox *m_triggerSegment;
    QComboBox *m_every;
    QComboBox *m_dateField;
    QSpinBox *m_offset;
    QLineEdit *m_eventType;
    QComboBox *m_audience;
    QDoubleSpinBox *m_holdout;
    QSpinBox *m_reentry;
    QSpinBox *m_priority;
    QLineEdit *m_folder;
    QComboBox *m_format;
    StepFlowEditor *m_steps;
    QLabel *m_estimate;
    QJsonObject m_loaded; // the definition as loaded, for the keys the form does not show
};

} // namespace mwb::ui
