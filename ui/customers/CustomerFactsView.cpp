#include "CustomerFactsView.h"

#include "widgets/ReadOnlyTable.h"

#include "vocabulary/Figures.h"

#include "ChannelStyle.h"
#include "DisplayFormat.h"
#include "lifecycle/StageStyle.h"
#include "metrics/RfmScores.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QLabel>

#include <optional>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QTableWidget *smallTable(QWidget *parent, const QStringList &headers, const QString &name, const QString &accessible)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels(headers);
    ReadOnlyTable::setUp(table);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(table->columnCount() - 1, QHeaderView::Stretch);
    // As tall as its rows (up to a limit): the profile scrolls, not each table.
    const int rowsShown = std::clamp(static_cast<int>(rows.size()), 1, 8);
    table->setFixedHeight(table->horizontalHeader()->height()
                          + rowsShown * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() + 2);
}

QString identityKind(const QString &kind)
{
    if (kind == u"external_id"_s)
        return CustomerFactsView::tr("Customer ID");
    if (kind == u"email"_s)
        return CustomerFactsView::tr("E-mail");
    if (kind == u"phone"_s)
        return CustomerFactsView::tr("Phone");
    return kind;
}

QString groupName(const QString &group)
{
    if (group == u"treatment"_s)
        return CustomerFactsView::tr("Treatment");
    if (group == u"control"_s)
        return CustomerFactsView::tr("Control (held out)");
    return group;
}

QString resultName(const QString &result)
{
    if (result == u"sent"_s)
        return CustomerFactsView::tr("sent");
    if (result == u"delivered"_s)
        return CustomerFactsView::tr("delivered");
    if (result == u"opened"_s)
        return CustomerFactsView::tr("opened");
    if (result == u"clicked"_s)
        return CustomerFactsView::tr("clicked");
    if (result == u"unsubscribed"_s)
        return CustomerFactsView::tr("unsubscribed");
    if (result == u"converted"_s)
        return CustomerFactsView::tr("converted");
    if (result == u"bounced"_s)
        return CustomerFactsView::tr("bounced");
    return result;
}

QString score(const std::optional<int> &value)
{
    return value ? QString::number(*value) : DisplayFormat::undefined();
}

} // namespace

CustomerFactsView::CustomerFactsView(QWidget *parent)
    : QWidget(parent)
    , m_identities(smallTable(this, {tr("Kind"), tr("Value")}, u"profileIdentities"_s, tr("Identities")))
    , m_attributes(smallTable(this, {tr("Attribute"), tr("Value")}, u"profileAttributes"_s, tr("Attributes")))
    , m_campaigns(smallTable(this, {tr("Campaign"), tr("Channel"), tr("Sent"), tr("Group"), tr("Outcome")},
                             u"profileCampaigns"_s, tr("Campaigns received")))
    , m_contact(new QLabel(this))
    , m_noCampaigns(new QLabel(tr("No campaign has reached this customer yet."), this))
{
    auto *figures = new QGroupBox(tr("Figures"), this);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right}) {
        form->setLabelAlignment(Qt::AlignLeft);
        form->setHorizontalSpacing(14);
        form->setVerticalSpacing(4);
    }
    addFigure(left, Figure::Orders, tr("Orders"), u"figureOrders"_s);
    addFigure(left, Figure::Revenue, tr("Revenue"), u"figureRevenue"_s);
    addFigure(left, Figure::AverageOrder, tr("Average order"), u"figureAov"_s);
    addFigure(left, Figure::FirstPurchase, tr("First purchase"), u"figureFirstPurchase"_s);
    addFigure(left, Figure::LastPurchase, tr("Last purchase"), u"figureLastPurchase"_s);
    addFigure(left, Figure::Recency, tr("Days since last purchase"), u"figureRecency"_s);
    addFigure(left, Figure::Touchpoints, tr("Touchpoints"), u"figureTouchpoints"_s);
    addFigure(right, Figure::Stage, tr("Lifecycle stage"), u"figureStage"_s);
    addFigure(right, Figure::StageSince, tr("In stage since"), u"figureStageSince"_s);
    addFigure(right, Figure::RfmSegment, tr("RFM segment"), u"figureRfmSegment"_s);
    addFigure(right, Figure::RScore, tr("R score"), u"figureRScore"_s);
    addFigure(right, Figure::FScore, tr("F score"), u"figureFScore"_s);
    addFigure(right, Figure::MScore, tr("M score"), u"figureMScore"_s);
    addFigure(right, Figure::PredictedClv, tr("Predicted CLV"), u"figurePredictedClv"_s);
    addFigure(right, Figure::Nps, tr("Latest NPS answer"), u"figureNps"_s);
    auto *figureColumns = new QHBoxLayout(figures);
    figureColumns->addLayout(left, 1);
    figureColumns->addSpacing(16);
    figureColumns->addLayout(right, 1);

    m_contact->setObjectName(u"profileContact"_s);
    m_contact->setWordWrap(true);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *identities = new QGroupBox(tr("Contact and identities"), this);
    auto *identitiesLayout = new QVBoxLayout(identities);
    identitiesLayout->addWidget(m_contact);
    identitiesLayout->addWidget(m_identities);
    auto *attributes = new QGroupBox(tr("Attributes"), this);
    (new QVBoxLayout(attributes))->addWidget(m_attributes);
    auto *campaigns = new QGroupBox(tr("Campaigns received"), this);
    auto *campaignsLayout = new QVBoxLayout(campaigns);
    campaignsLayout->addWidget(m_campaigns);
    campaignsLayout->addWidget(m_noCampaigns);
    m_noCampaigns->setObjectName(u"profileNoCampaigns"_s);
    m_noCampaigns->setForegroundRole(QPalette::PlaceholderText);
    m_noCampaigns->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(figures);
    layout->addWidget(identities);
    layout->addWidget(attributes);
    layout->addWidget(campaigns);
    layout->addStretch(1);
}

QLabel *CustomerFactsView::addFigure(QFormLayout *form, Figure figure, const QString &label, const QString &name)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = value->font();
    font.setWeight(QFont::DemiBold);
    value->setFont(font);
    auto *caption = new QLabel(label, this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    // What the figure counts, as vocabulary/Figures.h defines it.
    std::optional<mwb::Figure> defined;
    switch (figure) {
    case Figure::Orders: defined = mwb::Figure::CustomerOrders; break;
    case Figure::Revenue: defined = mwb::Figure::CustomerRevenue; break;
    case Figure::AverageOrder: defined = mwb::Figure::CustomerAverageOrderValue; break;
    case Figure::Recency: defined = mwb::Figure::RecencyDays; break;
    case Figure::RScore:
    case Figure::FScore:
    case Figure::MScore:
    case Figure::RfmSegment: defined = mwb::Figure::RfmScores; break;
    case Figure::PredictedClv: defined = mwb::Figure::PredictedClv; break;
    case Figure::Touchpoints: defined = mwb::Figure::Touchpoints; break;
    default: break;
    }
    if (defined) {
        caption->setToolTip(Figures::tooltip(*defined));
        value->setToolTip(Figures::tooltip(*defined));
    }
    form->addRow(caption, value);
    m_figures.insert(figure, value);
    return value;
}

void CustomerFactsView::setFigure(Figure figure, const QString &text)
{
    if (QLabel *label = m_figures.value(figure))
        label->setText(text);
}

QString CustomerFactsView::figure(Figure figure) const
{
    const QLabel *label = m_figures.value(figure);
    return label ? label->text() : QString();
}

void CustomerFactsView::setProfile(const CustomerProfileData &p, const QString &currency)
{
    const auto date = [](const QDate &day) {
        return day.isValid() ? DisplayFormat::date(day) : DisplayFormat::undefined();
    };
    const auto stage = stageFromName(p.stage);
    setFigure(Figure::Orders, DisplayFormat::count(p.orders));
    setFigure(Figure::Revenue, DisplayFormat::money(p.revenueMinor, currency));
    setFigure(Figure::AverageOrder,
              p.averageOrderValueMinor ? DisplayFormat::money(qRound64(*p.averageOrderValueMinor), currency)
                                       : DisplayFormat::undefined());
    setFigure(Figure::FirstPurchase, date(p.firstPurchase));
    setFigure(Figure::LastPurchase, date(p.lastPurchase));
    setFigure(Figure::Recency, p.recencyDays ? DisplayFormat::count(*p.recencyDays) : DisplayFormat::undefined());
    setFigure(Figure::Touchpoints, DisplayFormat::count(p.events));
    setFigure(Figure::Stage, stage ? StageStyle::displayName(*stage) : DisplayFormat::undefined());
    setFigure(Figure::StageSince, date(p.stageSince));
    setFigure(Figure::RfmSegment,
              p.rfmSegment.isEmpty() ? DisplayFormat::undefined() : rfmSegmentDisplayName(p.rfmSegment));
    setFigure(Figure::RScore, score(p.rScore));
    setFigure(Figure::FScore, score(p.fScore));
    setFigure(Figure::MScore, score(p.mScore));
    setFigure(Figure::PredictedClv,
              p.predictedClvMinor ? DisplayFormat::money(*p.predictedClvMinor, currency) : DisplayFormat::undefined());
    setFigure(Figure::Nps, p.nps ? QString::number(*p.nps) : DisplayFormat::undefined());

    QStringList contact;
    QStringList where;
    // The postal address when there is one ("12 High St, SW1A 1AA London"), else the place.
    const QString street = p.address.simplified();
    const QString cityLine = QStringList{p.postalCode.trimmed(), p.city.trimmed()}.join(u' ').trimmed();
    if (!street.isEmpty())
        where << street;
    if (!cityLine.isEmpty() && !street.isEmpty())
        where << cityLine;
    for (const QString &part : {street.isEmpty() ? p.city : QString(), p.region, p.country}) {
        if (!part.trimmed().isEmpty() && !where.contains(part))
            where << part;
    }
    const QString place = where.join(u", "_s);
    if (!place.isEmpty())
        contact << place;
    if (!p.tier.isEmpty())
        contact << tr("tier %1").arg(p.tier);
    if (p.pointsBalance) {
        const QString points = tr("%1 points").arg(QLocale().toString(*p.pointsBalance));
        contact << (p.pointsExpiring && *p.pointsExpiring > 0 && p.pointsExpireOn.isValid()
                        ? tr("%1 (%2 expire on %3)")
                              .arg(points, QLocale().toString(*p.pointsExpiring), DisplayFormat::date(p.pointsExpireOn))
                        : points);
    }
    if (!p.gender.isEmpty())
        contact << p.gender;
    if (p.birthDate.isValid())
        contact << tr("born %1").arg(DisplayFormat::date(p.birthDate));
    if (p.signupDate.isValid())
        contact << tr("signed up %1").arg(DisplayFormat::date(p.signupDate));
    if (!p.sourceChannel.isEmpty())
        contact << tr("came through %1").arg(ChannelStyle::displayName(p.sourceChannel));
    m_contact->setText(contact.join(u" · "_s));
    m_contact->setVisible(!contact.isEmpty());

    QList<QStringList> identities;
    for (const CustomerIdentity &identity : p.identities)
        identities << QStringList{identityKind(identity.kind), identity.value};
    fill(m_identities, identities);

    QList<QStringList> attributes;
    for (const auto &attribute : p.attributes)
        attributes << QStringList{attribute.first, attribute.second};
    fill(m_attributes, attributes);
    m_attributes->parentWidget()->setVisible(!attributes.isEmpty());

    QList<QStringList> campaigns;
    for (const CampaignOutcome &c : p.campaigns) {
        QStringList outcome;
        for (const QString &result : c.results)
            outcome << resultName(result);
        if (c.convertedInWindow && !c.results.contains(u"converted"_s))
            outcome << tr("bought in the window");
        campaigns << QStringList{c.name, ChannelStyle::displayName(c.channel), date(c.sendDate), groupName(c.group),
                                 outcome.isEmpty() ? tr("no response") : outcome.join(u", "_s)};
    }
    fill(m_campaigns, campaigns);
    m_campaigns->setVisible(!campaigns.isEmpty());
    m_noCampaigns->setVisible(campaigns.isEmpty());
}

} // namespace mwb::ui
