#include "CustomerValuePage.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "analytics/ClvModelPanel.h"
#include "analytics/ClvScoringPanel.h"
#include "analytics/HistoricalClvPanel.h"
#include "analytics/NpsPanel.h"
#include "analytics/PredictionsPanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

CustomerValuePage::CustomerValuePage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_heading(createHeading(tr("Customer value")))
    , m_subheading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_historical(new HistoricalClvPanel(session, this))
    , m_model(new ClvModelPanel(session, this))
    , m_nps(new NpsPanel(session, this))
    , m_predictions(new PredictionsPanel(session, this))
{
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_subheading->setWordWrap(true);
    m_tabs->setObjectName(u"customerValueTabs"_s);

    auto *model = new QGroupBox(tr("Predicted value (BG/NBD + gamma-gamma)"), this);
    auto *modelLayout = new QVBoxLayout(model);
    modelLayout->addWidget(m_model);

    auto *value = new QWidget(this);
    auto *valueLayout = new QVBoxLayout(value);
    valueLayout->setContentsMargins(0, 8, 0, 0);
    valueLayout->addWidget(m_historical);
    valueLayout->addWidget(model, 1);
    m_tabs->addTab(scrolled(value, m_tabs), tr("Lifetime value"));
    m_tabs->addTab(scrolled(m_predictions, m_tabs), tr("Predictions"));
    m_tabs->addTab(scrolled(m_nps, m_tabs), tr("Net Promoter Score"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_tabs, 1);

    connect(m_historical, &HistoricalClvPanel::marginChanged, m_model, &ClvModelPanel::setMargin);
    connect(m_historical, &HistoricalClvPanel::loaded, this, &CustomerValuePage::checkReady);
    connect(m_model->scoringPanel(), &ClvScoringPanel::storedShown, this, &CustomerValuePage::checkReady);
    connect(m_nps, &NpsPanel::monthlyShown, this, &CustomerValuePage::checkReady);
    connect(m_predictions, &PredictionsPanel::storedShown, this, &CustomerValuePage::checkReady);
    connect(m_session, &WorkspaceSession::opened, this, &CustomerValuePage::workspaceOpened);
    connect(m_session, &WorkspaceSession::overviewChanged, this, &CustomerValuePage::reload);
    if (m_session->isOpen())
        workspaceOpened();
    if (m_session->loaded())
        reload();
}

QString CustomerValuePage::pageId() const
{
    return u"customer-value"_s;
}

QString CustomerValuePage::title() const
{
    return tr("Customer value");
}

QIcon CustomerValuePage::icon() const
{
    return QIcon(u":/icons/customer-value.svg"_s);
}

bool CustomerValuePage::isReady() const
{
    return m_historical->isLoaded() && m_nps->isMonthlyLoaded() && m_model->isStoredLoaded()
        && m_predictions->isStoredLoaded();
}

void CustomerValuePage::workspaceOpened()
{
    m_readySent = false;
    m_model->clear();
    m_predictions->clear();
    m_subheading->setText(tr("Loading…"));
}

void CustomerValuePage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_stale)
        reload();
}

void CustomerValuePage::reload()
{
    if (!m_session->isOpen())
        return;
    // The figures read every order: a page nobody looks at waits until it is shown.
    m_stale = !isVisible();
    if (m_stale)
        return;
    const WorkspaceTotals &t = m_session->overview().totals;
    m_subheading->setText(t.firstDate.isValid()
                              ? tr("What customers have been worth from %1 to %2, what the model expects of them, "
                                   "and what they say.")
                                    .arg(DisplayFormat::date(t.firstDate), DisplayFormat::date(t.lastDate))
                              : tr("This workspace holds no orders yet."));
    m_model->setDataRange(t.firstDate, t.lastDate);
    m_historical->reload();
    m_model->reloadStored();
    m_nps->reload();
    m_predictions->reloadStored();
}

void CustomerValuePage::checkReady()
{
    if (m_readySent || !isReady())
        return;
    m_readySent = true;
    Q_EMIT ready();
}

} // namespace mwb::ui
