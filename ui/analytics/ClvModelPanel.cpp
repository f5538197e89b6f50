#include "ClvModelPanel.h"

#include "DisplayFormat.h"
#include "SharedJobProgress.h"
#include "WorkspaceSession.h"
#include "analytics/AnalyticsService.h"
#include "analytics/MostValuableTable.h"
#include "charts/HoldoutChart.h"
#include "charts/TrackingChart.h"
#include "lifecycle/CustomerListDialog.h"

#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
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

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

// A rate as the spin boxes show it: 10 %, 7.5 %.
QString rateText(double share)
{
    const double percent = share * 100.0;
    const int decimals = std::abs(percent - std::round(percent)) < 1e-9 ? 0 : 1;
    return DisplayFormat::decimal(percent, decimals) + u" %"_s;
}

} // namespace

ClvModelPanel::ClvModelPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_calibration(new QDateEdit(this))
    , m_unit(new QComboBox(this))
    , m_fit(new QPushButton(tr("Fit model"), this))
    , m_busy(new QProgressBar(this))
    , m_fitStatus(mutedLabel(tr("Fit the model to see how well it predicts the holdout."), this))
    , m_bgnbdError(new QLabel(this))
    , m_ggError(new QLabel(this))
    , m_holdout(new HoldoutChart(this))
    , m_tracking(new TrackingChart(this))
    , m_horizon(new QSpinBox(this))
    , m_discount(new QDoubleSpinBox(this))
    , m_margin(new QDoubleSpinBox(this))
    , m_score(new QPushButton(tr("Score customers"), this))
    , m_scoreProgress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_scoreStatus(mutedLabel(QString(), this))
    , m_trackingNote(mutedLabel(QString(), this))
    , m_lastScoring(new QLabel(this))
    , m_mostValuable(new MostValuableTable(this))
{
    m_calibration->setObjectName(u"calibrationEnd"_s);
    m_calibration->setAccessibleName(tr("Calibration ends"));
    m_calibration->setCalendarPopup(true);
    m_calibration->setDisplayFormat(DisplayFormat::dateFormat());
    m_calibration->setToolTip(tr("The model learns from the orders up to this day and is checked against the orders "
                                 "after it."));
    m_unit->setObjectName(u"timeUnit"_s);
    m_unit->setAccessibleName(tr("Time unit"));
    m_unit->addItem(tr("Weeks"), static_cast<int>(TimeUnit::Week));
    m_unit->addItem(tr("Days"), static_cast<int>(TimeUnit::Day));
    m_fit->setObjectName(u"fitModel"_s);
    m_fit->setDefault(true);
    m_busy->setObjectName(u"fitBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_fitStatus->setObjectName(u"fitStatus"_s);
    m_holdout->setObjectName(u"holdoutChart"_s);
    m_tracking->setObjectName(u"trackingChart"_s);
    // The page scrolls rather than squeezing the charts under the customer table.
    m_holdout->setMinimumHeight(300);
    m_tracking->setMinimumHeight(300);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Calibration ends"), this));
    controls->addWidget(m_calibration);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Time unit"), this));
    controls->addWidget(m_unit);
    controls->addSpacing(12);
    controls->addWidget(m_fit);
    controls->addWidget(m_busy);
    controls->addWidget(m_fitStatus, 1);

    // One grid for both models, so their figures line up.
    auto *parameterBox = new QGroupBox(tr("Fitted parameters"), this);
    parameterBox->setObjectName(u"fittedParameters"_s);
    auto *grid = new QGridLayout(parameterBox);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    addSection(grid, tr("BG/NBD: repeat purchases"), m_bgnbdError);
    addParameter(grid, u"r"_s, u"r"_s, tr("shape of the purchase rate"));
    addParameter(grid, u"alpha"_s, u"α"_s, tr("scale of the purchase rate"));
    addParameter(grid, u"a"_s, u"a"_s, tr("dropout, beta a"));
    addParameter(grid, u"b"_s, u"b"_s, tr("dropout, beta b"));
    addParameter(grid, u"ll"_s, tr("log-lik."), tr("log-likelihood of the fit"));
    addSection(grid, tr("Gamma-gamma: spend per order"), m_ggError);
    addParameter(grid, u"p"_s, u"p"_s, tr("shape of the spend"));
    addParameter(grid, u"q"_s, u"q"_s, tr("shape across customers"));
    addParameter(grid, u"gamma"_s, u"γ"_s, tr("scale across customers"));
    grid->setRowStretch(grid->rowCount(), 1);
    for (QLabel *error : {m_bgnbdError, m_ggError}) {
        error->setWordWrap(true);
        error->setStyleSheet(u"color: #c5221f;"_s);
        error->hide();
    }
    m_bgnbdError->setObjectName(u"bgnbdError"_s);
    m_ggError->setObjectName(u"gammaGammaError"_s);
    auto *parameters = new QVBoxLayout;
    parameters->addWidget(parameterBox);

    m_trackingNote->setObjectName(u"trackingNote"_s);
    m_trackingNote->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_trackingNote->hide();
    auto *tracking = new QVBoxLayout;
    tracking->setSpacing(2);
    tracking->addWidget(m_tracking, 1);
    tracking->addWidget(m_trackingNote);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_holdout, 1);
    charts->addLayout(tracking, 1);
    auto *middle = new QHBoxLayout;
    middle->addLayout(parameters);
    middle->addLayout(charts, 1);

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
    layout->addLayout(controls);
    layout->addLayout(middle, 1);
    layout->addLayout(scoring);
    layout->addWidget(m_lastScoring);
    layout->addSpacing(6);
    layout->addWidget(valuedHeading);
    layout->addWidget(m_mostValuable);

    connect(m_calibration, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingDate)
            m_calibrationFromData = false;
    });
    connect(m_fit, &QPushButton::clicked, this, &ClvModelPanel::fit);
    connect(m_score, &QPushButton::clicked, this, &ClvModelPanel::score);
    connect(m_cancel, &QPushButton::clicked, this, &ClvModelPanel::cancelScoring);
    connect(m_mostValuable, &MostValuableTable::customerActivated, this, &ClvModelPanel::openCustomer);
}

void ClvModelPanel::addSection(QGridLayout *grid, const QString &title, QLabel *error)
{
    int row = grid->rowCount();
    if (row > 1)
        grid->setRowMinimumHeight(row++, 8); // a gap between the models
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    grid->addWidget(heading, row, 0, 1, 3);
    grid->addWidget(error, row + 1, 0, 1, 3);
}

QLabel *ClvModelPanel::addParameter(QGridLayout *grid, const QString &name, const QString &symbol,
                                    const QString &meaning)
{
    const int row = grid->rowCount();
    auto *value = new QLabel(DisplayFormat::undefined(), this);
    value->setObjectName(u"param-"_s + name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setMinimumWidth(80);
    auto *description = new QLabel(meaning, this);
    description->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(new QLabel(symbol, this), row, 0);
    grid->addWidget(value, row, 1);
    grid->addWidget(description, row, 2);
    m_parameters.append(value);
    m_parameterNames.append(name);
    return value;
}

QLabel *ClvModelPanel::parameterLabel(const QString &name) const
{
    return m_parameters.value(m_parameterNames.indexOf(name));
}

void ClvModelPanel::setDataRange(const QDate &first, const QDate &last)
{
    m_settingDate = true;
    if (first.isValid() && last.isValid())
        m_calibration->setDateRange(first, last);
    if (m_calibrationFromData)
        m_calibration->setDate(ClvModel::defaultCalibrationEnd(first, last));
    m_settingDate = false;
}

void ClvModelPanel::setMargin(double share)
{
    m_margin->setValue(share * 100.0);
}

ClvFitRequest ClvModelPanel::fitRequest() const
{
    ClvFitRequest request;
    request.summary.calibrationEnd = m_calibration->date();
    request.summary.unit = static_cast<TimeUnit>(m_unit->currentData().toInt());
    return request;
}

ClvPredictRequest ClvModelPanel::predictRequest() const
{
    ClvPredictRequest request;
    request.horizonMonths = m_horizon->value();
    request.annualDiscountRate = m_discount->value() / 100.0;
    request.margin = m_margin->value() / 100.0;
    request.unit = static_cast<TimeUnit>(m_unit->currentData().toInt());
    return request;
}

void ClvModelPanel::setBusy(bool busy)
{
    m_busyJobs += busy ? 1 : -1;
}

void ClvModelPanel::fit()
{
    if (!m_session->isOpen())
        return;
    m_fit->setEnabled(false);
    m_busy->show();
    setBusy(true);
    m_fitStatus->setText(tr("Fitting on the orders up to %1…").arg(DisplayFormat::date(m_calibration->date())));
    m_session->analytics()->fitClv(fitRequest(), this, [this](const ClvFitResult &result) { showFit(result); });
}

void ClvModelPanel::showFit(const ClvFitResult &fit)
{
    setBusy(false);
    m_fit->setEnabled(true);
    m_busy->hide();
    if (!fit.ok()) {
        m_fitStatus->setText(tr("The model could not be fitted: %1").arg(fit.error));
        return;
    }
    displayFit(fit, false);
}

void ClvModelPanel::displayFit(const ClvFitResult &fit, bool kept)
{
    m_lastFit = fit;
    m_hasFit = true;
    const QString unit = fit.unit == TimeUnit::Week ? tr("weeks") : tr("days");
    const QString summary =
        tr("%1 customers (%2 with repeat purchases) up to %3; holdout to %4 (%5 %6, %7 repeat "
           "purchases).")
            .arg(DisplayFormat::count(fit.customers), DisplayFormat::count(fit.repeatCustomers),
                 DisplayFormat::date(fit.calibrationEnd), DisplayFormat::date(fit.holdoutEnd),
                 DisplayFormat::decimal(fit.holdoutLength, 1), unit, DisplayFormat::count(fit.holdoutRepeatPurchases));
    m_fitStatus->setText(kept ? tr("%1 Fitted on %2; fit again to use the data imported since.")
                                    .arg(summary, DisplayFormat::date(fit.fittedAt.toLocalTime().date()))
                              : tr("%1 Fitted in %2 s.").arg(summary, DisplayFormat::decimal(fit.seconds, 2)));

    const bool bgnbdOk = fit.bgnbd.ok();
    m_bgnbdError->setText(bgnbdOk ? QString() : tr("Not fitted: %1").arg(fit.bgnbd.error));
    m_bgnbdError->setVisible(!bgnbdOk);
    const BgNbdParameters &b = fit.bgnbd.parameters;
    const auto show = [this](const QString &name, bool ok, double value, int decimals) {
        parameterLabel(name)->setText(ok ? DisplayFormat::decimal(value, decimals) : DisplayFormat::undefined());
    };
    show(u"r"_s, bgnbdOk, b.r, 4);
    show(u"alpha"_s, bgnbdOk, b.alpha, 4);
    show(u"a"_s, bgnbdOk, b.a, 4);
    show(u"b"_s, bgnbdOk, b.b, 4);
    show(u"ll"_s, bgnbdOk, fit.bgnbd.logLikelihood, 2);

    const bool ggOk = fit.gammaGamma.ok();
    m_ggError->setText(ggOk ? QString() : tr("Not fitted: %1").arg(fit.gammaGamma.error));
    m_ggError->setVisible(!ggOk);
    const GammaGammaParameters &g = fit.gammaGamma.parameters;
    show(u"p"_s, ggOk, g.p, 4);
    show(u"q"_s, ggOk, g.q, 4);
    show(u"gamma"_s, ggOk, g.gamma, 4);

    m_holdout->setChecks(bgnbdOk ? fit.byFrequency : QList<FrequencyCheck>());
    m_tracking->setTracking(bgnbdOk ? fit.tracking : QList<TrackingPoint>(), fit.calibrationEnd);
    const bool drawn = bgnbdOk && !fit.tracking.isEmpty();
    m_tracking->chart()->setTitle(drawn ? tr("Tracking: cumulative repeat purchases") : tr("Tracking: not drawn"));
    m_trackingNote->setText(drawn ? QString() : fit.trackingNote);
    m_trackingNote->setVisible(!drawn && !fit.trackingNote.isEmpty());
    Q_EMIT fitShown();
}

void ClvModelPanel::setScoring(bool scoring)
{
    m_scoring = scoring;
    setBusy(scoring);
    m_score->setEnabled(!scoring && !m_session->readOnly());
    m_scoreProgress->setVisible(scoring);
    m_cancel->setVisible(scoring);
    m_cancel->setEnabled(scoring);
}

void ClvModelPanel::score()
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

void ClvModelPanel::cancelScoring()
{
    if (!m_scoring || !m_progress)
        return;
    m_progress->cancel();
    m_cancel->setEnabled(false);
    m_scoreStatus->setText(tr("Cancelling…"));
}

void ClvModelPanel::showPrediction(const ClvPrediction &prediction)
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

QString ClvModelPanel::scoringText(const ClvModelInfo &model)
{
    const QDateTime local = model.scoredAt.toLocalTime();
    const QString when = DisplayFormat::date(local.date()) + u' ' + QLocale().toString(local.time(), u"HH:mm"_s);
    const QString horizon = model.horizonMonths == 1 ? tr("1 month") : tr("%1 months").arg(model.horizonMonths);
    return tr("Scored %1 customers on %2 over %3, discounted at %4 a year, margin %5")
        .arg(DisplayFormat::count(model.customersScored), when, horizon, rateText(model.annualDiscountRate),
             rateText(model.margin));
}

void ClvModelPanel::reloadStored()
{
    if (!m_session->isOpen())
        return;
    m_session->analytics()->storedClv(kMostValuableRows, this,
                                      [this](const StoredClvAnswer &answer) { showStored(answer); });
}

void ClvModelPanel::showStored(const StoredClvAnswer &answer)
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
    if (answer.fit && !m_hasFit && m_busyJobs == 0) {
        m_calibrationFromData = false;
        m_settingDate = true;
        m_calibration->setDate(answer.fit->calibrationEnd);
        m_settingDate = false;
        m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(answer.fit->unit)));
        displayFit(*answer.fit, true);
    }
    // Opening a workspace: the controls start from the settings the stored scores used.
    if (answer.model && m_presetFromStored && !m_scoring) {
        m_horizon->setValue(answer.model->horizonMonths);
        m_discount->setValue(answer.model->annualDiscountRate * 100.0);
        m_margin->setValue(answer.model->margin * 100.0);
        m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(answer.model->unit)));
    }
    m_presetFromStored = false;
    Q_EMIT storedShown();
}

void ClvModelPanel::openCustomer(const ValuedCustomer &customer)
{
    const SegmentNode definition = SegmentNode::condition(u"external_id"_s, SegmentOp::Equal, customer.externalId);
    const QString name = customer.name.isEmpty() ? customer.externalId : customer.name;
    auto *dialog = new CustomerListDialog(m_session, definition, tr("%1 (%2)").arg(name, customer.externalId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_drillDown = dialog;
    dialog->show();
}

CustomerListDialog *ClvModelPanel::lastDrillDown() const
{
    return m_drillDown;
}

void ClvModelPanel::clear()
{
    m_hasFit = false;
    m_lastFit = {};
    m_lastPrediction = {};
    m_storedModel.reset();
    m_storedLoaded = false;
    m_presetFromStored = true;
    m_calibrationFromData = true;
    // Answers still on their way for the previous workspace are dropped, never delivered.
    m_busyJobs = 0;
    m_scoring = false;
    m_progress.reset();
    m_busy->hide();
    m_scoreProgress->hide();
    m_cancel->hide();
    m_fit->setEnabled(true);
    m_score->setEnabled(!m_session->readOnly());
    for (QLabel *label : std::as_const(m_parameters))
        label->setText(DisplayFormat::undefined());
    m_bgnbdError->hide();
    m_ggError->hide();
    m_holdout->setChecks({});
    m_tracking->setTracking({}, {});
    m_trackingNote->clear();
    m_trackingNote->hide();
    m_fitStatus->setText(tr("Fit the model to see how well it predicts the holdout."));
    m_scoreStatus->clear();
    m_lastScoring->clear();
    m_lastScoring->hide();
    m_mostValuable->setCustomers({}, QString());
}

} // namespace mwb::ui
