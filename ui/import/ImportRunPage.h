// ImportRunPage: the import itself, on a worker thread: progress with rows per second and
// time left, Cancel (the workspace stays exactly as it was), then the summary with the
// rejected rows a click away.
#pragma once

#include "jobs/JobProgress.h"

#include <memory>

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mwb::ui {

class ImportWizard;

class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);
    ~ImportRunPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool running() const { return m_running; }
    void cancel();

private:
    ImportWizard *m_wizard;
    // Shared with the worker, so it outlives a page closed mid-import (which cancels it).
    std::shared_ptr<JobProgress> m_progress;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_openRejects;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace mwb::ui
