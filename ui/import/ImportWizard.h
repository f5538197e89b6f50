// ImportWizard: bringing one file into the workspace, step by step: the file and how it
// reads (encoding, delimiter, header, preview), the column mapping, a dry run that shows
// what would be rejected and why, then the import itself on a worker thread with
// progress and Cancel, and its summary. Campaign results are imported against the
// campaign chosen on the first page. Every decision is the core's; the pages show
// them and let the user change them.
#pragma once

#include "import/FileSniffer.h"
#include "import/Importer.h"

#include <QWizard>

namespace mwb::ui {

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        FilePage,
        MappingPage,
        CheckPage,
        RunPage
    };

    ImportWizard(const QString &workspacePath, const QString &file = {}, QWidget *parent = nullptr);

    // Opens on the results of this campaign (the kind and the campaign chosen).
    void presetCampaign(qint64 campaignId);

    // What the pages decided so far; the run page imports exactly this.
    ImportRequest request;
    SniffResult sniff;
    QString presetName; // non-empty: save the mapping under this name
    QString workspacePath() const { return m_workspacePath; }

    // The outcome of the import, once the run page has finished.
    const ImportResult &result() const { return m_result; }
    void setResult(const ImportResult &result);

    // For campaign results: how many rows matched a member, by what, and how many none.
    static QString matchText(const ImportSummary &summary);

Q_SIGNALS:
    void imported(); // the workspace changed

protected:
    void reject() override;

private:
    QString m_workspacePath;
    ImportResult m_result;
};

} // namespace mwb::ui
