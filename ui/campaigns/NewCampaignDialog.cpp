#include "NewCampaignDialog.h"

#include "CampaignReportText.h"
#include "CampaignService.h"
#include "DisplayFormat.h"
#include "vocabulary/Figures.h"
#include "segments/SegmentService.h"
#include "segments/SegmentPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

int randomSeed()
{
    return static_cast<int>(QRandomGenerator::global()->bounded(1, INT_MAX));
}

QDoubleSpinBox *moneyBox(QWidget *parent, const QString &name, const QString &currency, int minorPerMajor)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setDecimals(minorPerMajor >= 100 ? 2 : minorPerMajor >= 10 ? 1 : 0);
    box->setRange(0, 1e9);
    box->setPrefix(DisplayFormat::currencySymbol(currency));
    box->setGroupSeparatorShown(true);
    return box;
}

qint64 toMinor(const QDoubleSpinBox *box, int minorPerMajor)
{
    return static_cast<qint64>(std::llround(box->value() * minorPerMajor));
}

} // namespace

NewCampaignDialog::NewCampaignDialog(CampaignService *campaigns, SegmentService *segments, QWidget *parent)
    : QDialog(parent)
    , m_campaigns(campaigns)
    , m_segments(segments)
    , m_name(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_offer(new QLineEdit(this))
    , m_segment(new SegmentPicker(segments, SegmentPicker::Everyone::NotOffered, SegmentPicker::Counts::Shown, this))
    , m_sendDate(new QDateEdit(campaigns->defaultSendDate(), this))
    , m_window(new QSpinBox(this))
    , m_fixedCost(moneyBox(this, u"campaignFixedCost"_s, campaigns->currency(), campaigns->minorUnitsPerMajor()))
    , m_costPerContact(
          moneyBox(this, u"campaignCostPerContact"_s, campaigns->currency(), campaigns->minorUnitsPerMajor()))
    , m_controlShare(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_newSeed(new QPushButton(tr("New seed"), this))
    , m_stratify(new QCheckBox(tr("Split each lifecycle stage on its own (same control share in each)"), this))
    , m_arms(new QSpinBox(this))
    , m_armNames(new QLineEdit(this))
    , m_armShares(new QLineEdit(this))
    , m_excludeContacted(new QCheckBox(tr("Contacted by another campaign in the last"), this))
    , m_contactedDays(new QSpinBox(this))
    , m_excludeOptedOut(new QCheckBox(tr("Opted out of this channel"), this))
    , m_excludeUnreachable(
          new QCheckBox(tr("Unreachable on this channel (no e-mail address, phone or postal address)"), this))
    , m_preview(new QLabel(this))
    , m_power(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_planTimer(new QTimer(this))
    , m_minorPerMajor(campaigns->minorUnitsPerMajor())
{
    setWindowTitle(tr("New Campaign"));
    setObjectName(u"newCampaignDialog"_s);

    m_name->setObjectName(u"campaignName"_s);
    m_name->setAccessibleName(tr("Campaign name"));
    m_name->setPlaceholderText(tr("e.g. Mid-autumn tea gift, VIP e-mail"));
    m_channel->setObjectName(u"campaignChannel"_s);
    m_channel->setAccessibleName(tr("Channel"));
    const QStringList channels = campaignChannels();
    for (const QString &channel : channels)
        m_channel->addItem(CampaignReportText::channelName(channel), channel);
    m_offer->setObjectName(u"campaignOffer"_s);
    m_offer->setAccessibleName(tr("Offer"));
    m_offer->setPlaceholderText(tr("e.g. 15% off oolong, free shipping"));
    m_segment->setObjectName(u"campaignSegment"_s);
    m_segment->setAccessibleName(tr("Audience segment"));
    m_segment->setPlaceholderText(tr("No saved segment: save one on the Segments page"));
    m_segment->reload(); // the first chosen: a placeholder would otherwise keep none chosen
    m_sendDate->setObjectName(u"campaignSendDate"_s);
    m_sendDate->setAccessibleName(tr("Send date"));
    m_sendDate->setCalendarPopup(true);
    m_sendDate->setDisplayFormat(DisplayFormat::dateFormat());
    m_window->setObjectName(u"campaignWindow"_s);
    m_window->setAccessibleName(tr("Attribution window"));
    m_window->setRange(1, 365);
    m_window->setValue(14);
    m_window->setSuffix(tr(" days"));
    m_fixedCost->setAccessibleName(tr("Fixed cost"));
    m_costPerContact->setAccessibleName(tr("Cost per contact"));
    m_controlShare->setObjectName(u"campaignControlShare"_s);
    m_controlShare->setAccessibleName(tr("Control share"));
    m_controlShare->setRange(0, 90);
    m_controlShare->setDecimals(1);
    m_controlShare->setValue(10);
    m_controlShare->setSuffix(u" %"_s);
    m_seed->setObjectName(u"campaignSeed"_s);
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setRange(1, INT_MAX);
    m_seed->setValue(randomSeed());
    m_seed->setToolTip(tr("The same audience, share and seed always give the same split"));
    m_newSeed->setObjectName(u"campaignNewSeed"_s);
    m_stratify->setObjectName(u"campaignStratify"_s);
    m_arms->setObjectName(u"campaignArms"_s);
    m_arms->setAccessibleName(tr("Arms"));
    m_arms->setRange(1, 4);
    m_arms->setSpecialValueText(tr("One version (no A/B test)"));
    m_arms->setSuffix(tr(" arms"));
    m_arms->setToolTip(tr("Split the treatment at random into 2 to 4 arms, one version of the message each; each arm "
                          "is compared with the control group"));
    m_armNames->setObjectName(u"campaignArmNames"_s);
    m_armNames->setAccessibleName(tr("Arm names"));
    m_armNames->setEnabled(false);
    m_armShares->setObjectName(u"campaignArmShares"_s);
    m_armShares->setAccessibleName(tr("Arm shares"));
    m_armShares->setPlaceholderText(tr("equal"));
    m_armShares->setToolTip(tr("Each arm's share of the treatment in per cent, e.g. 50, 30, 20; empty: equal"));
    m_armShares->setEnabled(false);
    m_excludeContacted->setObjectName(u"campaignExcludeContacted"_s);
    m_contactedDays->setObjectName(u"campaignExcludeContactedDays"_s);
    m_contactedDays->setAccessibleName(tr("Days"));
    m_contactedDays->setRange(1, 365);
    m_contactedDays->setValue(30);
    m_contactedDays->setSuffix(tr(" days"));
    m_contactedDays->setEnabled(false);
    m_excludeOptedOut->setObjectName(u"campaignExcludeOptedOut"_s);
    m_excludeOptedOut->setChecked(true);
    m_excludeUnreachable->setObjectName(u"campaignExcludeUnreachable"_s);
    m_excludeUnreachable->setChecked(true);
    m_preview->setObjectName(u"campaignPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 2 + 16);
    m_preview->setStyleSheet(u"QLabel { background: #eef3fb; border: 1px solid #c9d8f0; border-radius: 6px;"
                             " padding: 6px 10px; }"_s);
    m_power->setObjectName(u"campaignPower"_s);
    m_power->setWordWrap(true);
    m_power->setToolTip(Figures::definition(Figure::DetectableUplift) + u"\n"_s
                        + Figures::definition(Figure::CampaignBaselineRate));
    m_power->hide();
    m_error->setObjectName(u"campaignError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Campaign"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"campaignCreate"_s);
    m_planTimer->setSingleShot(true);
    m_planTimer->setInterval(250);

    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_newSeed);
    auto *costs = new QHBoxLayout;
    costs->addWidget(m_fixedCost, 1);
    costs->addWidget(new QLabel(tr("fixed, plus"), this));
    costs->addWidget(m_costPerContact, 1);
    costs->addWidget(new QLabel(tr("per contact"), this));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Offer"), m_offer);
    form->addRow(tr("Audience"), m_segment);
    form->addRow(tr("Send date"), m_sendDate);
    form->addRow(tr("Attribution window"), m_window);
    form->addRow(tr("Cost"), costs);

    auto *split = new QGroupBox(tr("Control group and arms"), this);
    auto *splitForm = new QFormLayout(split);
    splitForm->addRow(tr("Hold out"), m_controlShare);
    splitForm->addRow(tr("Seed"), seedRow);
    splitForm->addRow(m_stratify);
    auto *armRow = new QHBoxLayout;
    armRow->addWidget(m_arms);
    armRow->addWidget(m_armNames, 2);
    armRow->addWidget(new QLabel(tr("shares %"), this));
    armRow->addWidget(m_armShares, 1);
    splitForm->addRow(tr("A/B test"), armRow);

    auto *exclusions = new QGroupBox(tr("Leave out"), this);
    auto *contactedRow = new QHBoxLayout;
    contactedRow->addWidget(m_excludeContacted);
    contactedRow->addWidget(m_contactedDays);
    contactedRow->addStretch(1);
    auto *exclusionLayout = new QVBoxLayout(exclusions);
    exclusionLayout->addLayout(contactedRow);
    exclusionLayout->addWidget(m_excludeOptedOut);
    exclusionLayout->addWidget(m_excludeUnreachable);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split);
    layout->addWidget(exclusions);
    layout->addWidget(m_preview);
    layout->addWidget(m_power);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(620, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCampaignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCampaignDialog::reject);
    connect(m_planTimer, &QTimer::timeout, this, &NewCampaignDialog::requestPlan);
    connect(m_newSeed, &QPushButton::clicked, this, [this] { m_seed->setValue(randomSeed()); });
    connect(m_excludeContacted, &QCheckBox::toggled, m_contactedDays, &QWidget::setEnabled);
    connect(m_arms, &QSpinBox::valueChanged, this, [this](int arms) {
        m_armNames->setEnabled(arms > 1);
        m_armShares->setEnabled(arms > 1);
        // Names follow the count (A, B, C…) unless the analyst's own already fit it.
        const QStringList names = m_armNames->text().split(u',', Qt::SkipEmptyParts);
        if (arms > 1 && names.size() != arms) {
            QStringList letters;
            for (int i = 0; i < arms; ++i)
                letters << QString(QChar(u'A' + i));
            m_armNames->setText(letters.join(u", "_s));
        }
        if (arms < 2)
            m_armNames->clear();
    });
    for (QLineEdit *edit : {m_armNames, m_armShares})
        connect(edit, &QLineEdit::textChanged, this, &NewCampaignDialog::edited);
    // The name changes nothing in the plan; it only has to be valid.
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        updateOk();
    });
    connect(m_offer, &QLineEdit::textChanged, this, [this] { m_error->hide(); });
    for (QComboBox *box : {m_channel, static_cast<QComboBox *>(m_segment)})
        connect(box, &QComboBox::currentIndexChanged, this, &NewCampaignDialog::edited);
    connect(m_sendDate, &QDateEdit::dateChanged, this, &NewCampaignDialog::edited);
    for (QSpinBox *box : {m_window, m_seed, m_contactedDays, m_arms})
        connect(box, &QSpinBox::valueChanged, this, &NewCampaignDialog::edited);
    for (QDoubleSpinBox *box : {m_fixedCost, m_costPerContact, m_controlShare})
        connect(box, &QDoubleSpinBox::valueChanged, this, &NewCampaignDialog::edited);
    for (QCheckBox *box : {m_stratify, m_excludeContacted, m_excludeOptedOut, m_excludeUnreachable})
        connect(box, &QCheckBox::toggled, this, &NewCampaignDialog::edited);

    m_name->setFocus();
    edited();
}

QPushButton *NewCampaignDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NewCampaignDialog::setSegment(qint64 segmentId)
{
    m_segment->setSegmentId(segmentId);
}

CampaignSpec NewCampaignDialog::spec() const
{
    CampaignSpec spec;
    spec.name = m_name->text().trimmed();
    spec.channel = m_channel->currentData().toString();
    spec.offer = m_offer->text().trimmed();
    spec.segmentId = m_segment->segmentId();
    spec.sendDate = m_sendDate->date();
    spec.attributionDays = m_window->value();
    spec.costFixedMinor = toMinor(m_fixedCost, m_minorPerMajor);
    spec.costPerContactMinor = toMinor(m_costPerContact, m_minorPerMajor);
    spec.holdout = m_controlShare->value() / 100.0;
    spec.seed = static_cast<quint64>(m_seed->value());
    spec.stratifyByStage = m_stratify->isChecked();
    spec.excludeContactedWithinDays = m_excludeContacted->isChecked() ? m_contactedDays->value() : 0;
    spec.excludeOptedOut = m_excludeOptedOut->isChecked();
    spec.excludeUnreachable = m_excludeUnreachable->isChecked();
    if (m_arms->value() > 1) {
        for (const QString &name : m_armNames->text().split(u',', Qt::SkipEmptyParts))
            spec.arms << name.trimmed();
        // Shares as per cents; what cannot be read is passed on as such (0) and refused by the
        // store's check, which names it.
        const QString shares = m_armShares->text().trimmed();
        if (!shares.isEmpty()) {
            for (const QString &share : shares.split(u',')) {
                bool ok = false;
                const double value = QLocale().toDouble(share.trimmed().remove(u'%'), &ok);
                spec.armShares << (ok ? value / 100.0 : 0.0);
            }
        }
    }
    return spec;
}

QString NewCampaignDialog::previewText() const
{
    return m_preview->text();
}

QString NewCampaignDialog::powerText() const
{
    return m_power->isHidden() ? QString() : m_power->text();
}

bool NewCampaignDialog::powerWarningShown() const
{
    return !m_power->isHidden() && m_shownPlanTooSmall;
}

QString NewCampaignDialog::powerText(const CampaignPlan &plan)
{
    if (!plan.baseline)
        return tr("No orders in the data yet to estimate the audience's conversion rate.");
    const QString rate = tr("Recent conversion rate %1").arg(DisplayFormat::percent(*plan.baseline));
    if (plan.controlTooSmall) {
        if (plan.control == 0)
            return tr("No control group: nothing will show what the campaign did.");
        return plan.detectableUplift
            ? tr("%1 · the control group is too small to show anything a campaign could do: only an uplift of "
                 "%2 or more would show. Hold out more.")
                  .arg(rate, DisplayFormat::points(*plan.detectableUplift))
            : tr("%1 · the control group is too small to show any uplift. Hold out more.").arg(rate);
    }
    if (!plan.detectableUplift)
        return rate;
    return tr("%1 · these groups can show an uplift of %2 or more (5 % test, 80 % power)")
        .arg(rate, DisplayFormat::points(*plan.detectableUplift));
}

QString NewCampaignDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString NewCampaignDialog::planText(const CampaignPlan &plan)
{
    QStringList excluded;
    if (plan.excludedOptedOut > 0)
        excluded << tr("%1 opted out").arg(DisplayFormat::count(plan.excludedOptedOut));
    if (plan.excludedUnreachable > 0)
        excluded << tr("%1 unreachable").arg(DisplayFormat::count(plan.excludedUnreachable));
    if (plan.excludedContacted > 0)
        excluded << tr("%1 contacted recently").arg(DisplayFormat::count(plan.excludedContacted));
    QString text =
        tr("Treatment %1 · Control %2").arg(DisplayFormat::count(plan.treatment), DisplayFormat::count(plan.control));
    text += u" · "_s + (excluded.isEmpty() ? tr("nobody excluded") : tr("excluded: %1").arg(excluded.join(u", "_s)));
    text += u" · "_s + tr("%1 in the segment now").arg(DisplayFormat::count(plan.audience));
    return text;
}

void NewCampaignDialog::edited()
{
    m_error->hide();
    m_pending = true;
    if (m_segment->count() == 0) {
        m_pending = false;
        m_preview->setText(tr("Save a segment on the Segments page first: a campaign goes to a saved segment."));
        updateOk();
        return;
    }
    if (m_segment->currentIndex() < 0) {
        m_pending = false;
        m_preview->setText(tr("Choose the audience: the saved segment the campaign goes to."));
        updateOk();
        return;
    }
    m_preview->setText(m_plan ? tr("%1 (updating…)").arg(planText(*m_plan)) : tr("Planning the split…"));
    m_planTimer->start();
    updateOk();
}

void NewCampaignDialog::requestPlan()
{
    const CampaignSpec asked = spec();
    m_campaigns->plan(asked, this, [this, asked](const CampaignPlan &plan) {
        // An edit since this was asked waits for its own answer.
        m_pending = m_planTimer->isActive();
        if (!plan.ok()) {
            m_plan.reset();
            m_emptyReason.clear();
            m_preview->setText(tr("The split cannot be planned: %1").arg(plan.error));
            m_power->hide();
        } else {
            m_plan = plan;
            m_shownSpec = asked;
            // Nobody to contact: Create stays disabled, and the reason is shown where the
            // sizes are and on the button.
            m_emptyReason = CampaignStore::emptyTreatmentReason(plan, asked);
            m_shownPlanTooSmall = plan.controlTooSmall;
            m_power->setText(powerText(plan));
            m_power->setStyleSheet(plan.controlTooSmall ? u"color: #b3261e;"_s : QString());
            m_power->setVisible(plan.treatment > 0);
            QString text = planText(plan);
            if (!plan.armSizes.empty()) {
                QStringList arms;
                for (std::size_t i = 0; i < plan.armSizes.size() && i < std::size_t(asked.arms.size()); ++i)
                    arms << u"%1 %2"_s.arg(asked.arms[qsizetype(i)], DisplayFormat::count(plan.armSizes[i]));
                text += u'\n' + tr("Arms: %1").arg(arms.join(u" · "_s));
            }
            if (!m_emptyReason.isEmpty())
                text += u'\n' + tr("Nothing to create: %1").arg(m_emptyReason);
            m_preview->setText(text);
        }
        updateOk();
    });
}

void NewCampaignDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void NewCampaignDialog::updateOk()
{
    okButton()->setEnabled(!m_creating && !m_name->text().trimmed().isEmpty() && m_segment->currentIndex() >= 0
                           && m_emptyReason.isEmpty());
    okButton()->setToolTip(m_emptyReason);
}

void NewCampaignDialog::accept()
{
    if (m_creating)
        return;
    const CampaignSpec wanted = spec();
    if (const QString invalid = CampaignStore::validate(wanted); !invalid.isEmpty()) {
        showError(invalid);
        return;
    }
    m_creating = true;
    updateOk();
    m_preview->setText(tr("Creating the campaign…"));
    m_campaigns->create(wanted, this, [this](const CampaignCreated &created) {
        m_creating = false;
        if (!created.ok()) {
            showError(created.error);
            m_preview->setText(m_plan ? planText(*m_plan) : QString());
            updateOk();
            return;
        }
        m_createdId = created.id;
        m_plan = created.plan;
        QDialog::accept();
    });
}

} // namespace mwb::ui
