// ImportFilePage: which file, what it holds, and how it reads: encoding, delimiter and
// header as detected (all editable), with the first rows as a preview.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace mwb::ui {

class ImportWizard;

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool isComplete() const override;
    void setFile(const QString &path);

private:
    void browse();
    void resniff();
    void showSniff();

    ImportWizard *m_wizard;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_detected;
    QTableWidget *m_preview;
    quint64 m_generation = 0;
    bool m_sniffed = false;
    bool m_updating = false;
    bool m_headerChosen = false;
};

} // namespace mwb::ui
