#include "ClvModelPanel.h"

#include "ClvFitPanel.h"
#include "ClvScoringPanel.h"

#include <QVBoxLayout>

namespace mwb::ui {

ClvModelPanel::ClvModelPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_fit(new ClvFitPanel(session, this))
    , m_scoring(new ClvScoringPanel(session, m_fit, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fit, 1);
    layout->addWidget(m_scoring);
}

void ClvModelPanel::setDataRange(const QDate &first, const QDate &last)
{
    m_fit->setDataRange(first, last);
}

void ClvModelPanel::setMargin(double share)
{
    m_scoring->setMargin(share);
}

void ClvModelPanel::reloadStored()
{
    m_scoring->reloadStored();
}

bool ClvModelPanel::isStoredLoaded() const
{
    return m_scoring->isStoredLoaded();
}

bool ClvModelPanel::isBusy() const
{
    return m_fit->isFitting() || m_scoring->isScoring();
}

void ClvModelPanel::clear()
{
    m_fit->clear();
    m_scoring->clear();
}

} // namespace mwb::ui
