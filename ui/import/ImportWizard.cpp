#include "ImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportRunPage.h"

#include "DisplayFormat.h"

#include <QAbstractButton>
#include <QStringList>

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

void ImportWizard::presetCampaign(qint64 campaignId)
{
    if (auto *filePage = qobject_cast<ImportFilePage *>(page(FilePage)))
        filePage->presetCampaign(campaignId);
}

void ImportWizard::setResult(const ImportResult &result)
{
    m_result = result;
}

QString ImportWizard::matchText(const ImportSummary &summary)
{
    static const struct
    {
        const char16_t *key;
        const char *label;
    } kMatchedBy[] = {{u"member_token", QT_TRANSLATE_NOOP("mwb::ui::ImportWizard", "member token")},
                      {u"external_id", QT_TRANSLATE_NOOP("mwb::ui::ImportWizard", "customer id")},
                      {u"email", QT_TRANSLATE_NOOP("mwb::ui::ImportWizard", "e-mail")},
                      {u"phone", QT_TRANSLATE_NOOP("mwb::ui::ImportWizard", "phone")}};
    QStringList by;
    for (const auto &m : kMatchedBy) {
        const qint64 n = summary.matchedBy.value(QString::fromUtf16(m.key));
        if (n > 0)
            by << tr("%1 by %2").arg(DisplayFormat::count(n), tr(m.label));
    }
    // Keys the list above does not know are still counted.
    for (auto it = summary.matchedBy.cbegin(); it != summary.matchedBy.cend(); ++it) {
        const bool known = std::any_of(std::begin(kMatchedBy), std::end(kMatchedBy),
                                       [&](const auto &m) { return it.key() == QString::fromUtf16(m.key); });
        if (!known && it.value() > 0)
            by << tr("%1 by %2").arg(DisplayFormat::count(it.value()), it.key());
    }
    QString text = tr("%1 rows matched a campaign member, %2 matched none.")
                       .arg(DisplayFormat::count(summary.rowsMatched), DisplayFormat::count(summary.rowsUnmatched));
    if (!by.isEmpty())
        text += u" "_s + tr("Matched: %1.").arg(by.join(u", "_s));
    return text;
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
