#include "PredictionsPanel.h"

#include "DisplayFormat.h"
#include "SharedJobProgress.h"
#include "WorkspaceSession.h"
#include "analytics/AnalyticsService.h"
#include "campaigns/CampaignReportText.h"
#include "charts/ModelGainChart.h"
#include "jobs/JobProgress.h"
#include "vocabulary/Figures.h"
#include "widgets/Caption.h"
#include "widgets/KpiCard.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHash>
#include <QRegularExpression>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

struct CardSpec
{
    const char16_t *id;
    Figure figure;
};

constexpr CardSpec kCards[] = {
    {u"auc", Figure::ModelAuc},
    {u"precision", Figure::ModelPrecision},
    {u"recall", Figure::ModelRecall},
    {u"f1", Figure::ModelF1},
    {u"threshold", Figure::ModelThreshold},
    {u"baseRate", Figure::ModelBaseRate},
    {u"liftTopDecile", Figure::ModelLiftTopDecile},
};

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    ReadOnlyTable::setUp(t, ReadOnlyTable::Striped);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

QString decimal(double value, int decimals)
{
    return std::isfinite(value) ? DisplayFormat::decimal(value, decimals) : DisplayFormat::undefined();
}

} // namespace

PredictionsPanel::PredictionsPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_target(new QComboBox(this))
    , m_horizon(new QSpinBox(this))
    , m_algorithm(new QComboBox(this))
    , m_train(new QPushButton(tr("Train Model"), this))
    , m_score(new QPushButton(tr("Score Customers"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progressBar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_definition(caption(QString(), this))
    , m_periods(caption(QString(), this))
    , m_summary(new QLabel(this))
    , m_gain(new ModelGainChart(this))
    , m_calibration(table(
          {tr("Customers by score"), tr("Customers"), tr("Mean score"), tr("Observed rate"), tr("Positives found")},
          this))
    , m_features(table({tr("Feature"), tr("Weight")}, this))
    , m_featuresCaption(caption(QString(), this))
{
    setObjectName(u"predictionsPanel"_s);
    m_target->setObjectName(u"modelTarget"_s);
    m_target->setAccessibleName(tr("What to predict"));
    m_target->addItem(tr("Who stops buying (churn)"), modelTargetName(ModelTarget::Churn));
    m_target->addItem(tr("Who buys (purchase)"), modelTargetName(ModelTarget::Purchase));
    m_horizon->setObjectName(u"modelHorizon"_s);
    m_horizon->setAccessibleName(tr("Horizon"));
    m_horizon->setRange(7, 730);
    m_horizon->setValue(90);
    m_horizon->setSuffix(tr(" days"));
    m_algorithm->setObjectName(u"modelAlgorithm"_s);
    m_algorithm->setAccessibleName(tr("Algorithm"));
    m_algorithm->addItem(tr("Logistic regression (LIBLINEAR)"), modelAlgorithmName(ModelAlgorithm::Logistic));
    m_algorithm->addItem(tr("Gradient boosted trees (XGBoost)"), modelAlgorithmName(ModelAlgorithm::BoostedTrees));
    m_train->setObjectName(u"modelTrain"_s);
    m_score->setObjectName(u"modelScore"_s);
    m_score->setToolTip(tr("Stores every customer's score as of the last day of the data; segments, exports and "
                           "programmes read it"));
    m_cancel->setObjectName(u"modelCancel"_s);
    m_cancel->hide();
    m_progressBar->setObjectName(u"modelProgress"_s);
    m_progressBar->setMaximumWidth(200);
    m_progressBar->hide();
    m_status->setObjectName(u"modelStatus"_s);
    m_status->setWordWrap(true);
    m_periods->setObjectName(u"modelPeriods"_s);
    m_summary->setObjectName(u"modelSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(u"QLabel { background: #eef3fb; border: 1px solid #c9d8f0; border-radius: 6px;"
                             " padding: 6px 10px; }"_s);
    m_summary->hide();
    m_calibration->setObjectName(u"modelCalibration"_s);
    m_calibration->setAccessibleName(tr("Calibration by decile"));
    m_calibration->setToolTip(Figures::tooltip(Figure::ModelCalibration));
    m_calibration->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_calibration->horizontalHeader()->setStretchLastSection(true);
    // All ten deciles without scrolling.
    m_calibration->setMinimumHeight(m_calibration->horizontalHeader()->sizeHint().height()
                                    + 10 * m_calibration->verticalHeader()->defaultSectionSize()
                                    + 2 * m_calibration->frameWidth() + 2);
    m_features->setObjectName(u"modelFeatures"_s);
    m_features->setAccessibleName(tr("Features"));
    m_features->setMinimumHeight(220);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Predict"), this));
    controls->addWidget(m_target);
    controls->addWidget(new QLabel(tr("within"), this));
    controls->addWidget(m_horizon);
    controls->addWidget(new QLabel(tr("with"), this));
    controls->addWidget(m_algorithm);
    controls->addWidget(m_train);
    controls->addWidget(m_score);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progressBar);
    controls->addStretch(1);

    auto *cards = new QGridLayout;
    cards->setSpacing(10);
    int i = 0;
    for (const CardSpec &spec : kCards) {
        auto *card = new KpiCard(Figures::label(spec.figure), this);
        card->setObjectName(u"model-"_s + QString::fromUtf16(spec.id));
        card->setToolTip(Figures::tooltip(spec.figure));
        card->setMinimumWidth(130);
        cards->addWidget(card, 0, i++);
        m_cards << card;
        m_cardIds << QString::fromUtf16(spec.id);
    }

    auto *judged = new QHBoxLayout;
    judged->addWidget(m_gain, 3);
    judged->addWidget(m_calibration, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_definition);
    layout->addWidget(m_periods);
    layout->addWidget(m_summary);
    layout->addLayout(cards);
    layout->addLayout(judged);
    layout->addWidget(m_featuresCaption);
    layout->addWidget(m_features, 1);

    connect(m_train, &QPushButton::clicked, this, &PredictionsPanel::train);
    connect(m_score, &QPushButton::clicked, this, &PredictionsPanel::score);
    connect(m_cancel, &QPushButton::clicked, this, &PredictionsPanel::cancel);
    connect(m_target, &QComboBox::currentIndexChanged, this, &PredictionsPanel::reloadStored);
    clear();
}

ModelTrainRequest PredictionsPanel::trainRequest() const
{
    ModelTrainRequest request;
    request.target = modelTargetFromName(m_target->currentData().toString()).value_or(ModelTarget::Churn);
    request.algorithm =
        modelAlgorithmFromName(m_algorithm->currentData().toString()).value_or(ModelAlgorithm::Logistic);
    request.horizonDays = m_horizon->value();
    return request;
}

void PredictionsPanel::setTarget(ModelTarget target)
{
    m_target->setCurrentIndex(m_target->findData(modelTargetName(target)));
}

void PredictionsPanel::setAlgorithm(ModelAlgorithm algorithm)
{
    m_algorithm->setCurrentIndex(m_algorithm->findData(modelAlgorithmName(algorithm)));
}

KpiCard *PredictionsPanel::card(const QString &id) const
{
    const qsizetype index = m_cardIds.indexOf(id);
    return index >= 0 ? m_cards.at(index) : nullptr;
}

QString PredictionsPanel::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

QString PredictionsPanel::statusText() const
{
    return m_status->text();
}

void PredictionsPanel::clear()
{
    m_model.reset();
    m_scoring.reset();
    m_storedLoaded = false;
    show(std::nullopt);
    m_status->clear();
}

void PredictionsPanel::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_train->setEnabled(!busy);
    m_score->setEnabled(!busy && m_model.has_value());
    m_target->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_progressBar->setVisible(busy);
    m_progressBar->setRange(0, 0);
    m_status->setText(status);
    m_status->setStyleSheet(QString());
    if (busy) {
        // The worker shares the progress: it outlives this panel if the window closes first.
        m_progress = sharedJobProgress();
        connect(m_progress.get(), &JobProgress::progressed, this, [this](qint64 done, qint64 total, qint64) {
            m_progressBar->setRange(0, 1000);
            m_progressBar->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        });
    }
}

void PredictionsPanel::train()
{
    if (m_busy || !m_session->isOpen())
        return;
    const ModelTrainRequest request = trainRequest();
    setBusy(true, tr("Reading every customer's history and training…"));
    m_session->analytics()->trainModel(request, m_progress, this, [this](const ModelReport &report) {
        m_progress.reset();
        if (!report.ok()) {
            setBusy(false,
                    report.cancelled ? tr("Training cancelled: the stored model is as it was.")
                                     : tr("The model could not be trained: %1").arg(report.error));
            if (!report.cancelled)
                m_status->setStyleSheet(u"color: #b3261e;"_s);
            Q_EMIT stopped();
            return;
        }
        m_model = report;
        m_scoring.reset();
        const QString took =
            report.seconds < 1 ? tr("in under a second") : tr("in %1 s").arg(DisplayFormat::decimal(report.seconds, 1));
        setBusy(false,
                tr("Trained %1. Score the customers to use the scores in segments, exports and programmes.").arg(took));
        show(m_model);
        Q_EMIT trained();
    });
}

void PredictionsPanel::score()
{
    if (m_busy || !m_model || !m_session->isOpen())
        return;
    const ModelTarget target = m_model->target;
    setBusy(true, tr("Scoring every customer…"));
    m_session->analytics()->scoreModel(target, m_progress, this, [this, target](const ModelScoring &scoring) {
        m_progress.reset();
        if (!scoring.ok()) {
            setBusy(false,
                    scoring.cancelled ? tr("Scoring cancelled: the stored scores are as they were.")
                                      : tr("The customers could not be scored: %1").arg(scoring.error));
            Q_EMIT stopped();
            return;
        }
        m_scoring = scoring;
        const Figure field = target == ModelTarget::Churn ? Figure::ChurnScore : Figure::PurchaseScore;
        setBusy(false,
                tr("Scored %1 customers as of %2: %3 at or above the threshold %4, mean score %5. Segments "
                   "read them as “%6”.")
                    .arg(DisplayFormat::count(scoring.customersScored), DisplayFormat::date(scoring.asOf),
                         DisplayFormat::count(scoring.atOrAboveThreshold), DisplayFormat::decimal(scoring.threshold, 2),
                         DisplayFormat::decimal(scoring.meanScore, 2), Figures::label(field)));
        Q_EMIT scored();
    });
}

void PredictionsPanel::cancel()
{
    if (m_busy && m_progress) {
        m_progress->cancel();
        m_cancel->setEnabled(false);
    }
}

void PredictionsPanel::reloadStored()
{
    if (!m_session->isOpen() || m_busy)
        return;
    const ModelTarget target = modelTargetFromName(m_target->currentData().toString()).value_or(ModelTarget::Churn);
    m_session->analytics()->storedModel(target, this, [this](const StoredModelAnswer &answer) {
        m_storedLoaded = true;
        m_model = answer.model;
        m_scoring.reset();
        if (!answer.error.isEmpty())
            m_status->setText(answer.error);
        else if (!answer.model)
            m_status->setText(tr("No model yet: train one. It learns from the workspace's own history and is judged "
                                 "on the latest stretch of it before you use it."));
        else
            m_status->setText(answer.model->scoredAt ? tr("Stored model, trained %1, scores stored %2.")
                                                           .arg(DisplayFormat::date(answer.model->trainedAt.date()),
                                                                DisplayFormat::date(answer.model->scoredAt->date()))
                                                     : tr("Stored model, trained %1; no scores stored yet.")
                                                           .arg(DisplayFormat::date(answer.model->trainedAt.date())));
        m_status->setStyleSheet(QString());
        if (answer.model) {
            setAlgorithm(answer.model->algorithm);
            m_horizon->setValue(answer.model->horizonDays);
        }
        m_score->setEnabled(!m_busy && m_model.has_value());
        show(m_model);
        Q_EMIT storedShown();
    });
}

QString PredictionsPanel::plainSummary(const ModelReport &model)
{
    if (!model.test)
        return {};
    const ModelEvaluation &e = *model.test;
    const QString top = DisplayFormat::percent(e.deciles[0].observedRate, 0);
    const QString overall = DisplayFormat::percent(e.baseRate, 0);
    const QString found = DisplayFormat::percent(e.deciles[0].gain, 0);
    if (model.target == ModelTarget::Churn)
        return tr("Of the 10 % the model ranks highest, %1 stopped buying, against %2 overall: %3 of all who "
                  "stopped are in that tenth.")
            .arg(top, overall, found);
    return tr("Of the 10 % the model ranks highest, %1 bought, against %2 overall: %3 of all who bought are in "
              "that tenth.")
        .arg(top, overall, found);
}

QString PredictionsPanel::periodsText(const ModelReport &model)
{
    QString text = tr("Learned from %1 customers as they were on %2 and what they did in the %3 days after; ")
                       .arg(DisplayFormat::count(model.train.customers), DisplayFormat::date(model.trainAsOf))
                       .arg(model.horizonDays);
    if (model.test)
        text += tr("judged on %1 customers as they were on %2 and what they did up to %3.")
                    .arg(DisplayFormat::count(model.test->customers), DisplayFormat::date(model.cutoff),
                         DisplayFormat::date(model.cutoff.addDays(model.horizonDays)));
    else
        text += tr("not judged yet: %1").arg(model.testNote);
    if (model.sampleShare < 1)
        text += u' '
            + tr("(a fixed sample of %1 of the customers, chosen by id)")
                  .arg(DisplayFormat::percent(model.sampleShare, 0));
    return text;
}

QString PredictionsPanel::featureLabel(const QString &name)
{
    static const QHash<QString, const char *> fixed{
        {u"recency_days"_s, QT_TR_NOOP("Days since the last order")},
        {u"frequency"_s, QT_TR_NOOP("Orders")},
        {u"monetary"_s, QT_TR_NOOP("Spend less refunds")},
        {u"tenure_days"_s, QT_TR_NOOP("Days known")},
        {u"days_since_first_purchase"_s, QT_TR_NOOP("Days since the first order")},
        {u"r_score"_s, QT_TR_NOOP("Recency score")},
        {u"f_score"_s, QT_TR_NOOP("Frequency score")},
        {u"m_score"_s, QT_TR_NOOP("Monetary score")},
        {u"days_in_stage"_s, QT_TR_NOOP("Days in the lifecycle stage")},
        {u"nps"_s, QT_TR_NOOP("Latest NPS answer")},
        {u"has_nps"_s, QT_TR_NOOP("Answered NPS")},
        {u"tier_rank"_s, QT_TR_NOOP("Membership tier (0 = the lowest)")},
    };
    if (const auto it = fixed.constFind(name); it != fixed.cend())
        return tr(it.value());
    static const QRegularExpression windowed(u"^(orders|spend|campaign_sent|campaign_opened|campaign_clicked|"
                                             "campaign_converted|type_(.+)|channel_(.+))_(\\d+)d$"_s);
    if (const QRegularExpressionMatch m = windowed.match(name); m.hasMatch()) {
        const QString days = m.captured(4);
        const QString what = m.captured(1);
        if (what == u"orders"_s)
            return tr("Orders, last %1 days").arg(days);
        if (what == u"spend"_s)
            return tr("Spend less refunds, last %1 days").arg(days);
        if (what == u"campaign_sent"_s)
            return tr("Campaigns received, last %1 days").arg(days);
        if (what == u"campaign_opened"_s)
            return tr("Campaigns opened, last %1 days").arg(days);
        if (what == u"campaign_clicked"_s)
            return tr("Campaigns clicked, last %1 days").arg(days);
        if (what == u"campaign_converted"_s)
            return tr("Campaign conversions, last %1 days").arg(days);
        if (!m.captured(2).isEmpty())
            return tr("Touchpoints “%1”, last %2 days").arg(m.captured(2), days);
        return tr("Touchpoints on %1, last %2 days").arg(m.captured(3), days);
    }
    if (name.startsWith(u"stage_"_s))
        return tr("Stage: %1").arg(CampaignReportText::stageName(name.mid(6)));
    if (name.startsWith(u"category_share_"_s))
        return tr("Share of spend on %1").arg(name.mid(15));
    return name;
}

void PredictionsPanel::setCards(const ModelReport &model)
{
    const std::optional<ModelEvaluation> &test = model.test;
    for (int i = 0; i < m_cards.size(); ++i) {
        const QString &id = m_cardIds[i];
        KpiCard *card = m_cards[i];
        if (id == u"threshold"_s) {
            card->setValue(std::llround(model.threshold * 10000), DisplayFormat::decimal(model.threshold, 2),
                           model.thresholdGiven ? tr("as chosen") : tr("best F1 on the training period"));
            continue;
        }
        if (!test) {
            card->clear();
            continue;
        }
        double value = 0;
        QString text;
        QString detail = tr("held-out period");
        if (id == u"auc"_s) {
            value = test->auc;
            text = decimal(test->auc, 3);
            detail = tr("0.5 is chance, 1 is perfect");
        } else if (id == u"precision"_s) {
            value = test->precision;
            text = DisplayFormat::percent(test->precision);
        } else if (id == u"recall"_s) {
            value = test->recall;
            text = DisplayFormat::percent(test->recall);
        } else if (id == u"f1"_s) {
            value = test->f1;
            text = decimal(test->f1, 3);
        } else if (id == u"baseRate"_s) {
            value = test->baseRate;
            text = DisplayFormat::percent(test->baseRate);
            detail = tr("%1 of %2").arg(DisplayFormat::count(test->positives), DisplayFormat::count(test->customers));
        } else if (id == u"liftTopDecile"_s) {
            value = test->liftTopDecile;
            text = tr("%1×").arg(decimal(test->liftTopDecile, 1));
            detail = tr("top 10 % against the base rate");
        }
        card->setValue(std::isfinite(value) ? std::llround(value * 10000) : 0, text, detail);
    }
}

void PredictionsPanel::show(const std::optional<ModelReport> &model)
{
    const ModelTarget target =
        model ? model->target : modelTargetFromName(m_target->currentData().toString()).value_or(ModelTarget::Churn);
    m_definition->setText(Figures::tooltip(target == ModelTarget::Churn ? Figure::ChurnScore : Figure::PurchaseScore));
    m_score->setEnabled(!m_busy && model.has_value());
    if (!model) {
        m_periods->clear();
        m_summary->hide();
        for (KpiCard *card : std::as_const(m_cards))
            card->clear();
        m_gain->setDeciles(nullptr);
        m_calibration->setRowCount(0);
        m_features->setRowCount(0);
        m_featuresCaption->clear();
        return;
    }
    m_periods->setText(periodsText(*model));
    const QString summary = plainSummary(*model);
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    setCards(*model);
    m_gain->setDeciles(model->test ? &model->test->deciles : nullptr);

    m_calibration->setRowCount(0);
    if (model->test) {
        for (int d = 0; d < 10; ++d) {
            const DecileRow &row = model->test->deciles[static_cast<std::size_t>(d)];
            m_calibration->insertRow(d);
            m_calibration->setItem(d, 0, textCell(tr("%1–%2 %").arg(d * 10).arg((d + 1) * 10)));
            m_calibration->setItem(d, 1, numberCell(DisplayFormat::count(row.customers)));
            m_calibration->setItem(d, 2, numberCell(DisplayFormat::decimal(row.meanScore, 3)));
            m_calibration->setItem(d, 3, numberCell(DisplayFormat::percent(row.observedRate)));
            m_calibration->setItem(d, 4, numberCell(DisplayFormat::percent(row.gain)));
        }
    }

    // Features by the size of their weight (or importance), largest first.
    QList<ModelFeatureWeight> features = model->features;
    std::stable_sort(features.begin(), features.end(), [](const ModelFeatureWeight &a, const ModelFeatureWeight &b) {
        return std::abs(a.value) > std::abs(b.value);
    });
    const bool importance = model->weightKind() == u"importance"_s;
    m_features->setHorizontalHeaderLabels({tr("Feature"), importance ? tr("Importance") : tr("Weight")});
    m_featuresCaption->setText(
        importance ? tr("%1 features, by their share of the trees' gain.").arg(features.size())
                   : tr("%1 features, by the size of their weight (on standardised values: + raises the score, − "
                        "lowers it).")
                         .arg(features.size()));
    m_features->setRowCount(0);
    for (int r = 0; r < features.size(); ++r) {
        m_features->insertRow(r);
        auto *feature = textCell(featureLabel(features[r].name));
        feature->setToolTip(features[r].name); // as the command line and docs/MODELS.md name it
        feature->setData(Qt::UserRole, features[r].name);
        m_features->setItem(r, 0, feature);
        m_features->setItem(r, 1, numberCell(DisplayFormat::decimal(features[r].value, 3)));
    }
}

} // namespace mwb::ui
