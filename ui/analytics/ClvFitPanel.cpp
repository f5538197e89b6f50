#include "ClvFitPanel.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "analytics/AnalyticsService.h"
#include "charts/HoldoutChart.h"
#include "charts/TrackingChart.h"
#include "widgets/Caption.h"

#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

ClvFitPanel::ClvFitPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_calibration(new QDateEdit(this))
    , m_unit(new QComboBox(this))
    , m_fit(new QPushButton(tr("Fit model"), this))
    , m_busy(new QProgressBar(this))
    , m_fitStatus(caption(tr("Fit the model to see how well it predicts the holdout."), this))
    , m_bgnbdError(new QLabel(this))
    , m_ggError(new QLabel(this))
    , m_holdout(new HoldoutChart(this))
    , m_tracking(new TrackingChart(this))
    , m_trackingNote(caption(QString(), this))
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(middle, 1);

    connect(m_calibration, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingDate)
            m_calibrationFromData = false;
    });
    connect(m_fit, &QPushButton::clicked, this, &ClvFitPanel::fit);
}

void ClvFitPanel::addSection(QGridLayout *grid, const QString &title, QLabel *error)
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

QLabel *ClvFitPanel::addParameter(QGridLayout *grid, const QString &name, const QString &symbol, const QString &meaning)
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

QLabel *ClvFitPanel::parameterLabel(const QString &name) const
{
    return m_parameters.value(m_parameterNames.indexOf(name));
}

void ClvFitPanel::setDataRange(const QDate &first, const QDate &last)
{
    m_settingDate = true;
    if (first.isValid() && last.isValid())
        m_calibration->setDateRange(first, last);
    if (m_calibrationFromData)
        m_calibration->setDate(ClvModel::defaultCalibrationEnd(first, last));
    m_settingDate = false;
}

TimeUnit ClvFitPanel::unit() const
{
    return static_cast<TimeUnit>(m_unit->currentData().toInt());
}

void ClvFitPanel::setUnit(TimeUnit unit)
{
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(unit)));
}

ClvFitRequest ClvFitPanel::fitRequest() const
{
    ClvFitRequest request;
    request.summary.calibrationEnd = m_calibration->date();
    request.summary.unit = unit();
    return request;
}

void ClvFitPanel::fit()
{
    if (!m_session->isOpen())
        return;
    m_fit->setEnabled(false);
    m_busy->show();
    m_fitting = true;
    m_fitStatus->setText(tr("Fitting on the orders up to %1…").arg(DisplayFormat::date(m_calibration->date())));
    m_session->analytics()->fitClv(fitRequest(), this, [this](const ClvFitResult &result) { showFit(result); });
}

void ClvFitPanel::showFit(const ClvFitResult &fit)
{
    m_fitting = false;
    m_fit->setEnabled(true);
    m_busy->hide();
    if (!fit.ok()) {
        m_fitStatus->setText(tr("The model could not be fitted: %1").arg(fit.error));
        return;
    }
    displayFit(fit, false);
}

void ClvFitPanel::showKeptFit(const ClvFitResult &fit)
{
    if (m_hasFit || m_fitting)
        return;
    m_calibrationFromData = false;
    m_settingDate = true;
    m_calibration->setDate(fit.calibrationEnd);
    m_settingDate = false;
    setUnit(fit.unit);
    displayFit(fit, true);
}

void ClvFitPanel::displayFit(const ClvFitResult &fit, bool kept)
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

void ClvFitPanel::clear()
{
    m_hasFit = false;
    m_lastFit = {};
    m_calibrationFromData = true;
    // Answers still on their way for the previous workspace are dropped, never delivered.
    m_fitting = false;
    m_busy->hide();
    m_fit->setEnabled(true);
    for (QLabel *label : std::as_const(m_parameters))
        label->setText(DisplayFormat::undefined());
    m_bgnbdError->hide();
    m_ggError->hide();
    m_holdout->setChecks({});
    m_tracking->setTracking({}, {});
    m_trackingNote->clear();
    m_trackingNote->hide();
    m_fitStatus->setText(tr("Fit the model to see how well it predicts the holdout."));
}

} // namespace mwb::ui
