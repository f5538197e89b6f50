#include "ImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportRunPage.h"

#include <QAbstractButton>

using namespace Qt::StringLiterals;

namespace mwb::ui {

ImportWizard::ImportWizard(const QString &workspacePath, const QString &file, QWidget *parent)
    : QWizard(parent)
    , m_workspacePath(workspacePath)
{
    setWindowTitle(tr("Import a File"));
    setObjectName(u"importWizard"_s);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(960, 680);
    auto *filePage = new ImportFilePage(this);
    setPage(FilePage, filePage);
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setButtonText(QWizard::CommitButton, tr("Import"));
    page(CheckPage)->setCommitPage(true);
    if (!file.isEmpty())
        filePage->setFile(file);
}

void ImportWizard::setResult(const ImportResult &result)
{
    m_result = result;
}

void ImportWizard::reject()
{
    // Closing while the import runs cancels it; the wizard closes once it has stopped.
    auto *run = qobject_cast<ImportRunPage *>(page(RunPage));
    if (run && run->running()) {
        run->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace mwb::ui
