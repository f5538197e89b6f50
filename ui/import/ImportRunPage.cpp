#include "ImportRunPage.h"

#include "SharedJobProgress.h"

#include "DisplayFormat.h"
#include "ImportWizard.h"

#include "jobs/AsyncTask.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(sharedJobProgress())
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel Import"), this))
    , m_openRejects(new QPushButton(tr("Open Rejected Rows"), this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The import is one transaction: cancelled or interrupted, it leaves the workspace as it was."));
    m_bar->setObjectName(u"importProgress"_s);
    m_status->setObjectName(u"importStatus"_s);
    m_status->setWordWrap(true);
    m_cancel->setObjectName(u"cancelImport"_s);
    m_openRejects->setObjectName(u"openRejects"_s);
    m_openRejects->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_openRejects, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_openRejects, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_wizard->result().summary.rejectsFile)); });
    connect(m_progress.get(), &JobProgress::progressed, this, [this](qint64 done, qint64 total, qint64 rows) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        const double seconds = static_cast<double>(m_progress->elapsed()) / 1000.0;
        const double perSecond = seconds > 0 ? static_cast<double>(rows) / seconds : 0;
        const double left = done > 0 ? seconds * static_cast<double>(total - done) / static_cast<double>(done) : 0;
        m_status->setText(tr("%1 rows · %2 rows/s · about %3 s left")
                              .arg(DisplayFormat::count(rows), DisplayFormat::count(static_cast<qint64>(perSecond)))
                              .arg(static_cast<int>(left + 0.5)));
    });
}

ImportRunPage::~ImportRunPage()
{
    m_progress->cancel(); // an import still running stops and rolls back
}

void ImportRunPage::initializePage()
{
    m_running = true;
    m_finished = false;
    m_bar->setRange(0, 0);
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_openRejects->hide();
    m_status->setText(tr("Starting…"));
    m_progress->reset();
    Q_EMIT completeChanged();

    const ImportRequest request = m_wizard->request;
    const QString workspace = m_wizard->workspacePath();
    const QString preset = m_wizard->presetName;
    std::shared_ptr<JobProgress> progress = m_progress;
    runAsync(
        this,
        [workspace, request, preset, progress] {
            return Importer::runInWorkspace(
                workspace, request, preset, [progress](qint64 d, qint64 t, qint64 r) { progress->report(d, t, r); },
                progress->cancelFlag());
        },
        [this](const ImportResult &result) {
            m_running = false;
            m_finished = true;
            m_cancel->hide();
            m_bar->setRange(0, 1);
            m_bar->setValue(1);
            m_wizard->setResult(result);
            if (result.cancelled) {
                m_status->setText(tr("Cancelled. The workspace is as it was before the import."));
            } else if (!result.ok()) {
                m_status->setText(u"<span style='color:#b3261e'>%1</span>"_s.arg(result.error.toHtmlEscaped()));
            } else {
                const ImportSummary &s = result.summary;
                QString text =
                    tr("Imported %1 of %2 rows in %3 s: %4 already in the workspace, %5 rejected. "
                       "%6 new customers, %7 existing customers matched.")
                        .arg(DisplayFormat::count(s.rowsImported), DisplayFormat::count(s.rowsRead))
                        .arg(s.seconds, 0, 'f', 1)
                        .arg(DisplayFormat::count(s.rowsDuplicate), DisplayFormat::count(s.rowsRejected),
                             DisplayFormat::count(s.customersCreated), DisplayFormat::count(s.customersMatched));
                if (m_wizard->request.kind == ImportKind::Results)
                    text += u"\n"_s + ImportWizard::matchText(s);
                if (!s.rejectsFile.isEmpty()) {
                    text += u"\n"_s
                        + tr("The rejected rows, with line and reason, are in %1.")
                              .arg(QFileInfo(s.rejectsFile).fileName());
                    m_openRejects->show();
                }
                m_status->setText(text);
                Q_EMIT m_wizard->imported();
            }
            Q_EMIT completeChanged();
        });
}

void ImportRunPage::cancel()
{
    if (!m_running)
        return;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
    m_progress->cancel();
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

} // namespace mwb::ui
