// CampaignExportDialog: the target list of a campaign (its treatment group) for the
// sending tool: CSV or XLSX with the columns chosen (member_token always first), or a
// hashed audience (SHA-256 of e-mail and phone) for ads platforms. Runs on a worker
// thread with progress and Cancel, then says how many rows were written and how many
// members were logged as contacted. An A/B/n campaign's lists carry each member's arm, and
// can be written one file per arm (name-A.csv, name-B.csv…).
#pragma once

#include "campaigns/Campaign.h"
#include "campaigns/CampaignExport.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace mwb {
class JobProgress;
}

namespace mwb::ui {

class CampaignService;

class CampaignExportDialog : public QDialog
{
    Q_OBJECT

public:
    CampaignExportDialog(CampaignService *campaigns, const Campaign &campaign, QWidget *parent = nullptr);
    // Destroyed while the list is written (its window closed): the export is cancelled,
    // so no file is left and nobody is logged as contacted.
    ~CampaignExportDialog() override;

    // What the export button would ask the core for.
    CampaignExportRequest request() const;
    void setFormat(CampaignListFormat format);
    void setPath(const QString &path);
    // Chooses the file through the file dialog; false when cancelled.
    bool browse();
    // Starts the export (asks for a file first when none is chosen).
    void exportList();
    // One file per arm (A/B/n campaigns only).
    void setOnePerArm(bool on);
    // The files one export writes: the chosen one, or one per arm beside it.
    QStringList plannedFiles() const;

    bool running() const { return m_running; }
    // The outcome of the last export; none before one finished.
    const std::optional<CampaignExportResult> &result() const { return m_result; }
    QListWidget *columnList() const { return m_columns; }

public Q_SLOTS:
    void reject() override;

private:
    CampaignListFormat format() const;
    void formatChanged();
    QString suffix() const;
    QString armPath(const QString &arm) const;
    // Writes the list of arm `index` (all arms: -1), then the next; `done` sums what they wrote.
    void runExport(int index, CampaignExportResult done);
    void finished(const CampaignExportResult &result);

    CampaignService *m_campaigns;
    Campaign m_campaign;
    std::shared_ptr<JobProgress> m_progress; // shared with the worker while it runs
    QComboBox *m_format;
    QListWidget *m_columns;
    QCheckBox *m_bom;
    QComboBox *m_delimiter;
    QCheckBox *m_logContacts;
    QCheckBox *m_perArm;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_close;
    std::optional<CampaignExportResult> m_result;
    bool m_running = false;
    bool m_closeWhenStopped = false;
};

} // namespace mwb::ui
