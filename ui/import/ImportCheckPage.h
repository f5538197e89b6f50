// ImportCheckPage: a dry run of the whole file before anything is written: how many rows
// would be imported, which are already in the workspace, and which would be rejected and
// why, with the first rejected rows and their lines.
#pragma once

#include "jobs/JobProgress.h"

#include <memory>

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace mwb::ui {

class ImportWizard;

class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);
    ~ImportCheckPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool finished() const { return m_finished; }

private:
    ImportWizard *m_wizard;
    // Shared with the worker, so it outlives a page closed mid-import (which cancels it).
    std::shared_ptr<JobProgress> m_progress;
    QProgressBar *m_bar;
    QLabel *m_summary;
    QTableWidget *m_reasons;
    QTableWidget *m_rows;
    quint64 m_generation = 0;
    bool m_finished = false;
    bool m_ok = false;
};

} // namespace mwb::ui
