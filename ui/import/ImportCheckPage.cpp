#include "ImportCheckPage.h"

#include "SharedJobProgress.h"

#include "DisplayFormat.h"
#include "ImportWizard.h"

#include "jobs/AsyncTask.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(sharedJobProgress())
    , m_bar(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_reasons(new QTableWidget(this))
    , m_rows(new QTableWidget(this))
{
    setTitle(tr("Check the file"));
    setSubTitle(tr("Every row is read and checked as in a real import; nothing is written yet."));
    m_summary->setObjectName(u"checkSummary"_s);
    m_summary->setWordWrap(true);
    m_reasons->setObjectName(u"checkReasons"_s);
    m_reasons->setAccessibleName(tr("Why rows would be rejected"));
    m_reasons->setColumnCount(2);
    m_reasons->setHorizontalHeaderLabels({tr("Rows"), tr("Would be rejected because")});
    m_reasons->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reasons->verticalHeader()->hide();
    m_reasons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setObjectName(u"checkRows"_s);
    m_rows->setAccessibleName(tr("The first rows that would be rejected"));
    m_rows->setColumnCount(4);
    m_rows->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason"), tr("Row")});
    m_rows->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_reasons, 1);
    layout->addWidget(m_rows, 2);

    connect(m_progress.get(), &JobProgress::progressed, this, [this](qint64 done, qint64 total, qint64 rows) {
        m_bar->setMaximum(1000);
        m_bar->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        m_summary->setText(tr("%1 rows checked…").arg(DisplayFormat::count(rows)));
    });
}

ImportCheckPage::~ImportCheckPage()
{
    m_progress->cancel(); // an import still running stops and rolls back
}

void ImportCheckPage::initializePage()
{
    m_finished = false;
    m_ok = false;
    m_bar->setRange(0, 0);
    m_reasons->setRowCount(0);
    m_rows->setRowCount(0);
    m_summary->setText(tr("Checking…"));
    m_progress->reset();
    Q_EMIT completeChanged();

    ImportRequest request = m_wizard->request;
    request.dryRun = true;
    const QString workspace = m_wizard->workspacePath();
    const quint64 generation = ++m_generation;
    std::shared_ptr<JobProgress> progress = m_progress;
    runAsync(
        this,
        [workspace, request, progress] {
            return Importer::runInWorkspace(
                workspace, request, {}, [progress](qint64 d, qint64 t, qint64 r) { progress->report(d, t, r); },
                progress->cancelFlag());
        },
        [this, generation](const ImportResult &result) {
            if (generation != m_generation)
                return;
            m_finished = true;
            m_bar->setRange(0, 1);
            m_bar->setValue(1);
            if (!result.ok()) {
                m_summary->setText(u"<span style='color:#b3261e'>%1</span>"_s.arg(result.error.toHtmlEscaped()));
                Q_EMIT completeChanged();
                return;
            }
            const ImportSummary &s = result.summary;
            m_ok = s.rowsImported + s.rowsDuplicate > 0;
            QString text = tr("%1 rows: %2 would be imported, %3 are already in the workspace, %4 would be rejected.")
                               .arg(DisplayFormat::count(s.rowsRead), DisplayFormat::count(s.rowsImported),
                                    DisplayFormat::count(s.rowsDuplicate), DisplayFormat::count(s.rowsRejected));
            if (s.customersCreated + s.customersMatched > 0) {
                text += u" "_s
                    + tr("%1 new customers, %2 existing ones matched.")
                          .arg(DisplayFormat::count(s.customersCreated), DisplayFormat::count(s.customersMatched));
            }
            if (m_wizard->request.kind == ImportKind::Results)
                text += u"\n"_s + ImportWizard::matchText(s);
            for (const QString &warning : s.warnings)
                text += u"\n⚠ "_s + warning;
            m_summary->setText(text);
            m_reasons->setRowCount(static_cast<int>(s.rejectReasons.size()));
            int row = 0;
            for (auto it = s.rejectReasons.cbegin(); it != s.rejectReasons.cend(); ++it, ++row) {
                m_reasons->setItem(row, 0, new QTableWidgetItem(DisplayFormat::count(it.value())));
                m_reasons->setItem(row, 1, new QTableWidgetItem(it.key()));
            }
            m_rows->setRowCount(static_cast<int>(s.firstRejects.size()));
            for (int r = 0; r < s.firstRejects.size(); ++r) {
                const RejectedRow &reject = s.firstRejects[r];
                m_rows->setItem(r, 0, new QTableWidgetItem(QString::number(reject.line)));
                m_rows->setItem(r, 1,
                                new QTableWidgetItem(reject.column > 0 ? QString::number(reject.column) : QString()));
                m_rows->setItem(r, 2, new QTableWidgetItem(reject.reason));
                m_rows->setItem(r, 3, new QTableWidgetItem(reject.raw));
            }
            m_rows->resizeColumnsToContents();
            Q_EMIT completeChanged();
        });
}

void ImportCheckPage::cleanupPage()
{
    m_progress->cancel();
    ++m_generation; // whatever is still running answers no one
}

bool ImportCheckPage::isComplete() const
{
    return m_finished && m_ok;
}

} // namespace mwb::ui
