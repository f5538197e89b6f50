#include "NewWorkspaceDialog.h"

#include "RegionCurrencyPicker.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {
bool g_answered = false;
std::optional<NewWorkspaceDialog::Choice> g_nextChoice;
} // namespace

NewWorkspaceDialog::NewWorkspaceDialog(const QString &fileName, const QString &region, const QString &currency,
                                       QWidget *parent)
    : QDialog(parent)
    , m_picker(new RegionCurrencyPicker(region, currency, this))
{
    setWindowTitle(tr("New Workspace"));
    setObjectName(u"newWorkspaceDialog"_s);
    auto *intro = new QLabel(tr("<b>%1</b>: where are its customers, and in which currency are its amounts? Both "
                                "can be changed later in Preferences; amounts are not converted.")
                                 .arg(fileName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_picker);
    layout->addWidget(buttons);
}

NewWorkspaceDialog::Choice NewWorkspaceDialog::choice() const
{
    return {m_picker->region(), m_picker->currency()};
}

std::optional<NewWorkspaceDialog::Choice> NewWorkspaceDialog::ask(QWidget *parent, const QString &fileName,
                                                                  const QString &region, const QString &currency)
{
    if (g_answered) {
        g_answered = false;
        return g_nextChoice;
    }
    NewWorkspaceDialog dialog(fileName, region, currency, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

void NewWorkspaceDialog::setNextChoice(const std::optional<Choice> &choice)
{
    g_answered = true;
    g_nextChoice = choice;
}

} // namespace mwb::ui
