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
class RegionCurrencyPicker;

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;
    // Shown on an empty workspace's first import: its phone region and currency.
    RegionCurrencyPicker *newWorkspacePicker() const { return m_newWorkspace; }
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
    RegionCurrencyPicker *m_newWorkspace = nullptr;
    QString m_storedRegion;
    QString m_storedCurrency;
    QFormLayout *m_form = nullptr;
    quint64 m_generation = 0;
    bool m_sniffed = false;
    bool m_updating = false;
    bool m_headerChosen = false;
    bool m_campaignsLoaded = false;
    qint64 m_presetCampaign = 0;
};

} // namespace mwb::ui
