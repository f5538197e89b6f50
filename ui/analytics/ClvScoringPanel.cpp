#include "ClvScoringPanel.h"

#include "ClvFitPanel.h"
#include "DisplayFormat.h"
#include "SharedJobProgress.h"
#include "WorkspaceSession.h"
#include "analytics/AnalyticsService.h"
#include "analytics/MostValuableTable.h"
#include "lifecycle/CustomerListDialog.h"
#include "widgets/Caption.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// A rate as the spin boxes show it: 10 %, 7.5 %.
QString rateText(double share)
{
    const double percent = share * 100.0;
    const int decimals = std::abs(percent - std::round(percent)) < 1e-9 ? 0 : 1;
    return DisplayFormat::decimal(percent, decimals) + u" %"_s;
}

} // namespace

ClvScoringPanel::ClvScoringPanel(WorkspaceSession *session, ClvFitPanel *fit, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_fit(fit)
    , m_horizon(new QSpinBox(this))
    , m_discount(new QDoubleSpinBox(this))
    , m_margin(new QDoubleSpinBox(this))
    , m_score(new QPushButton(tr("Score customers"), this))
    , m_scoreProgress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_scoreStatus(caption(QString(), this))
    , m_lastScoring(new QLabel(this))
    , m_mostValuable(new MostValuableTable(this))
{
    m_horizon->setObjectName(u"horizonMonths"_s);
    m_horizon->setAccessibleName(tr("Horizon"));
    m_horizon->setRange(1, 120);
    m_horizon->setValue(12);
    m_horizon->setSuffix(tr(" months"));
    m_discount->setObjectName(u"discountRate"_s);
    m_discount->setAccessibleName(tr("Annual discount rate"));
    m_discount->setRange(0, 50);
    m_discount->setDecimals(1);
    m_discount->setValue(10);
    m_discount->setSuffix(u" %"_s);
    m_margin->setObjectName(u"scoreMargin"_s);
    m_margin->setAccessibleName(tr("Margin"));
    m_margin->setRange(1, 100);
    m_margin->setDecimals(0);
    m_margin->setValue(100);
    m_margin->setSuffix(u" %"_s);
    m_score->setObjectName(u"scoreCustomers"_s);
    m_score->setToolTip(tr("Fits the model on all the data and stores each buyer's predicted CLV, for segments "
                           "(field “Predicted CLV”)."));
    m_scoreProgress->setObjectName(u"scoreProgress"_s);
    m_scoreProgress->setMaximumWidth(160);
    m_scoreProgress->hide();
    m_cancel->setObjectName(u"cancelScoring"_s);
    m_cancel->setToolTip(tr("Stops scoring; the stored predicted CLV stays as it was."));
    m_cancel->hide();
    m_scoreStatus->setObjectName(u"scoreStatus"_s);
    m_lastScoring->setObjectName(u"lastScoring"_s);
    m_lastScoring->setWordWrap(true);
    m_lastScoring->hide();
    m_mostValuable->setObjectName(u"mostValuable"_s);
    m_mostValuable->setMinimumHeight(280);
    m_mostValuable->setToolTip(tr("Double-click a customer to open them."));

    auto *scoring = new QHBoxLayout;
    scoring->addWidget(new QLabel(tr("Predict over"), this));
    scoring->addWidget(m_horizon);
    scoring->addSpacing(12);
    scoring->addWidget(new QLabel(tr("discounted at"), this));
    scoring->addWidget(m_discount);
    scoring->addWidget(new QLabel(tr("a year, margin"), this));
    scoring->addWidget(m_margin);
    scoring->addSpacing(12);
    scoring->addWidget(m_score);
    scoring->addWidget(m_scoreProgress);
    scoring->addWidget(m_cancel);
    scoring->addWidget(m_scoreStatus, 1);

    auto *valuedHeading = new QLabel(tr("Most valuable customers"), this);
    QFont headingFont = valuedHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    valuedHeading->setFont(headingFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(scoring);
    layout->addWidget(m_lastScoring);
    layout->addSpacing(6);
    layout->addWidget(valuedHeading);
    layout->addWidget(m_mostValuable);

    connect(m_score, &QPushButton::clicked, this, &ClvScoringPanel::score);
    connect(m_cancel, &QPushButton::clicked, this, &ClvScoringPanel::cancelScoring);
    connect(m_mostValuable, &MostValuableTable::customerActivated, this, &ClvScoringPanel::openCustomer);
}

void ClvScoringPanel::setMargin(double share)
{
    m_margin->setValue(share * 100.0);
}

ClvPredictRequest ClvScoringPanel::predictRequest() const
{
    ClvPredictRequest request;
    request.horizonMonths = m_horizon->value();
    request.annualDiscountRate = m_discount->value() / 100.0;
    request.margin = m_margin->value() / 100.0;
    request.unit = m_fit->unit();
    return request;
}

void ClvScoringPanel::setScoring(bool scoring)
{
    m_scoring = scoring;
    m_score->setEnabled(!scoring && !m_session->readOnly());
    m_scoreProgress->setVisible(scoring);
    m_cancel->setVisible(scoring);
    m_cancel->setEnabled(scoring);
}

void ClvScoringPanel::score()
{
    if (!m_session->isOpen() || m_scoring)
        return;
    // The worker shares the progress: it outlives this panel if the window closes first.
    m_progress = sharedJobProgress();
    connect(m_progress.get(), &JobProgress::progressed, this, [this](qint64 done, qint64 total, qint64) {
        if (!m_scoring || total <= 0)
            return;
        m_scoreProgress->setRange(0, 1000);
        m_scoreProgress->setValue(static_cast<int>(done * 1000 / total));
        m_scoreStatus->setText(
            tr("%1 of %2 customers scored…").arg(DisplayFormat::count(done), DisplayFormat::count(total)));
    });
    setScoring(true);
    m_scoreProgress->setRange(0, 0); // until the first report: fitting comes first
    m_scoreStatus->setText(tr("Fitting the model on all the data…"));
    m_session->analytics()->predictClv(predictRequest(), m_progress, this,
                                       [this](const ClvPrediction &prediction) { showPrediction(prediction); });
}

void ClvScoringPanel::cancelScoring()
{
    if (!m_scoring || !m_progress)
        return;
    m_progress->cancel();
    m_cancel->setEnabled(false);
    m_scoreStatus->setText(tr("Cancelling…"));
}

void ClvScoringPanel::showPrediction(const ClvPrediction &prediction)
{
    setScoring(false);
    m_progress.reset();
    m_lastPrediction = prediction;
    if (prediction.cancelled) {
        m_scoreStatus->setText(tr("Scoring cancelled: the stored predicted CLV is as it was."));
        Q_EMIT scoringStopped();
        return;
    }
    if (!prediction.ok()) {
        m_scoreStatus->setText(tr("Customers could not be scored: %1").arg(prediction.error));
        Q_EMIT scoringStopped();
        return;
    }
    m_scoreStatus->setText(tr("%1 customers scored · predicted CLV %2 in total (in %3 s)")
                               .arg(DisplayFormat::count(prediction.customersScored),
                                    DisplayFormat::money(std::llround(prediction.totalMinor), m_session->currency()),
                                    DisplayFormat::decimal(prediction.seconds, 1)));
    Q_EMIT scored();
    reloadStored();
}

QString ClvScoringPanel::scoringText(const ClvModelInfo &model)
{
    const QDateTime local = model.scoredAt.toLocalTime();
    const QString when = DisplayFormat::date(local.date()) + u' ' + QLocale().toString(local.time(), u"HH:mm"_s);
    const QString horizon = model.horizonMonths == 1 ? tr("1 month") : tr("%1 months").arg(model.horizonMonths);
    return tr("Scored %1 customers on %2 over %3, discounted at %4 a year, margin %5")
        .arg(DisplayFormat::count(model.customersScored), when, horizon, rateText(model.annualDiscountRate),
             rateText(model.margin));
}

void ClvScoringPanel::reloadStored()
{
    if (!m_session->isOpen())
        return;
    m_session->analytics()->storedClv(kMostValuableRows, this,
                                      [this](const StoredClvAnswer &answer) { showStored(answer); });
}

void ClvScoringPanel::showStored(const StoredClvAnswer &answer)
{
    m_storedLoaded = true;
    m_storedModel = answer.model;
    if (!answer.error.isEmpty()) {
        m_lastScoring->setText(tr("The stored scores could not be read: %1").arg(answer.error));
        m_lastScoring->show();
        m_mostValuable->setCustomers({}, m_session->currency());
        Q_EMIT storedShown();
        return;
    }
    m_lastScoring->setText(answer.model ? scoringText(*answer.model)
                                        : tr("No customer has been scored yet: score them to see who the model "
                                             "values most."));
    m_lastScoring->show();
    m_mostValuable->setCustomers(answer.customers, m_session->currency());
    // Opening a workspace: the fit kept with it, unless one was fitted meanwhile.
    if (answer.fit && !m_scoring)
        m_fit->showKeptFit(*answer.fit);
    // Opening a workspace: the controls start from the settings the stored scores used.
    if (answer.model && m_presetFromStored && !m_scoring) {
        m_horizon->setValue(answer.model->horizonMonths);
        m_discount->setValue(answer.model->annualDiscountRate * 100.0);
        m_margin->setValue(answer.model->margin * 100.0);
        m_fit->setUnit(answer.model->unit);
    }
    m_presetFromStored = false;
    Q_EMIT storedShown();
}

void ClvScoringPanel::openCustomer(const ValuedCustomer &customer)
{
    const SegmentNode definition = SegmentNode::condition(u"external_id"_s, SegmentOp::Equal, customer.externalId);
    const QString name = customer.name.isEmpty() ? customer.externalId : customer.name;
    auto *dialog = new CustomerListDialog(m_session, definition, tr("%1 (%2)").arg(name, customer.externalId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_drillDown = dialog;
    dialog->show();
}

CustomerListDialog *ClvScoringPanel::lastDrillDown() const
{
    return m_drillDown;
}

void ClvScoringPanel::clear()
{
    m_lastPrediction = {};
    m_storedModel.reset();
    m_storedLoaded = false;
    m_presetFromStored = true;
    // Answers still on their way for the previous workspace are dropped, never delivered.
    m_scoring = false;
    m_progress.reset();
    m_scoreProgress->hide();
    m_cancel->hide();
    m_score->setEnabled(!m_session->readOnly());
    m_scoreStatus->clear();
    m_lastScoring->clear();
    m_lastScoring->hide();
    m_mostValuable->setCustomers({}, QString());
}

} // namespace mwb::ui
