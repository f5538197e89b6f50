// ImportFilePage: which file, what it holds, and how it reads: encoding, delimiter and
// header as detected (all editable), with the first rows as a preview. For campaign
// results, the campaign they report on.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QFormLayout;
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
    // Campaign results of this campaign.
    void presetCampaign(qint64 campaignId);

private:
    void browse();
    void resniff();
    void showSniff();
    void kindChanged();
    void loadCampaigns();
    void campaignChosen();

    ImportWizard *m_wizard;
    QComboBox *m_kind;
    QComboBox *m_campaign;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_detected;
    QTableWidget *m_preview;
    QFormLayout *m_form = nullptr;
    quint64 m_generation = 0;
    bool m_sniffed = false;
    bool m_updating = false;
    bool m_headerChosen = false;
    bool m_campaignsLoaded = false;
    qint64 m_presetCampaign = 0;
};

} // namespace mwb::ui
