#include "BehaviourEditor.h"

#include "MultiValueEditor.h"
#include "ValueEditor.h"
#include "vocabulary/Vocabulary.h"
#include "widgets/Caption.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QVBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// The shared vocabulary (CLI.md), offered when the workspace holds no events yet.
QStringList knownEventTypes(const SegmentVocabulary &vocabulary)
{
    if (!vocabulary.eventTypes.isEmpty())
        return vocabulary.eventTypes;
    return {u"web_visit"_s,
            u"email_open"_s,
            u"email_click"_s,
            u"sms_click"_s,
            u"wechat_message"_s,
            u"app_open"_s,
            u"register"_s,
            u"coupon_redeem"_s,
            u"inquiry"_s,
            u"referral"_s,
            u"nps"_s,
            u"campaign_sent"_s,
            u"campaign_delivered"_s,
            u"campaign_bounced"_s,
            u"campaign_opened"_s,
            u"campaign_clicked"_s,
            u"campaign_unsubscribed"_s,
            u"campaign_converted"_s};
}

QStringList knownChannels(const SegmentVocabulary &vocabulary)
{
    if (!vocabulary.channels.isEmpty())
        return vocabulary.channels;
    return {u"web"_s, u"email"_s, u"sms"_s, u"wechat"_s, u"app"_s, u"store"_s, u"ads"_s, u"phone"_s, u"direct_mail"_s};
}

// Campaign results first for a campaign condition: they are what one asks of a campaign.
QStringList campaignEventTypes(const SegmentVocabulary &vocabulary)
{
    QStringList types{u"campaign_sent"_s,    u"campaign_delivered"_s,    u"campaign_bounced"_s,  u"campaign_opened"_s,
                      u"campaign_clicked"_s, u"campaign_unsubscribed"_s, u"campaign_converted"_s};
    for (const QString &type : knownEventTypes(vocabulary)) {
        if (!types.contains(type))
            types.append(type);
    }
    return types;
}

// The codes a definition stores, each shown by its name ("email_open" as "E-mail opened");
// a code outside the vocabulary shows as written.
QList<MultiValueEditor::Option> named(const QStringList &codes, QString (*displayName)(const QString &, bool *))
{
    QList<MultiValueEditor::Option> options;
    options.reserve(codes.size());
    for (const QString &code : codes)
        options.append({QJsonValue(code), displayName(code, nullptr)});
    return options;
}

} // namespace

SegmentNode BehaviourEditor::defaultNode(Mode mode, const SegmentVocabulary &vocabulary)
{
    SegmentNode node;
    switch (mode) {
    case Mode::Event:
        node.kind = SegmentNode::Kind::Event;
        node.type = knownEventTypes(vocabulary).first();
        node.withinDays = 30;
        break;
    case Mode::CampaignEvent:
        node.kind = SegmentNode::Kind::Event;
        node.type = u"campaign_clicked"_s;
        if (!vocabulary.campaigns.isEmpty())
            node.campaign = QJsonValue(vocabulary.campaigns.first().first);
        break;
    case Mode::Purchase:
        node.kind = SegmentNode::Kind::Purchase;
        node.withinDays = 90;
        break;
    }
    return node;
}

BehaviourEditor::BehaviourEditor(Mode mode, const SegmentNode &node, const SegmentVocabulary &vocabulary,
                                 QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(6);
    rows->addLayout(layout);

    auto suggestions = [this](const QList<MultiValueEditor::Option> &items, const QString &current, const QString &name,
                              const QString &accessible, const QString &placeholder) {
        QComboBox *combo = ValueEditor::suggestionCombo(items, current, this);
        combo->setObjectName(name);
        combo->setAccessibleName(accessible);
        combo->lineEdit()->setPlaceholderText(placeholder);
        connect(combo, &QComboBox::currentTextChanged, this, &BehaviourEditor::changed);
        return combo;
    };

    if (mode == Mode::CampaignEvent) {
        m_campaign = new QComboBox(this);
        m_campaign->setObjectName(u"campaign"_s);
        m_campaign->setAccessibleName(tr("Campaign"));
        m_campaign->setMinimumContentsLength(14);
        m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        for (const auto &campaign : vocabulary.campaigns)
            m_campaign->addItem(campaign.second, QVariant(QJsonValue(campaign.first)));
        // A campaign named in the definition, or one this workspace does not list, is kept as written.
        int index = -1;
        if (node.campaign.isDouble()) {
            for (int row = 0; row < m_campaign->count(); ++row) {
                if (m_campaign->itemData(row).toJsonValue() == node.campaign)
                    index = row;
            }
        }
        if (index < 0 && !node.campaign.isUndefined() && !node.campaign.isNull()) {
            const QString text =
                node.campaign.isString() ? node.campaign.toString() : tr("Campaign #%1").arg(node.campaign.toInteger());
            m_campaign->insertItem(0, text, QVariant(node.campaign));
            index = 0;
        }
        m_campaign->setCurrentIndex(index);
        m_campaign->setPlaceholderText(tr("no campaign yet"));
        connect(m_campaign, &QComboBox::currentIndexChanged, this, &BehaviourEditor::changed);
        layout->addWidget(m_campaign);
    }

    if (mode != Mode::Purchase) {
        const QStringList types =
            mode == Mode::CampaignEvent ? campaignEventTypes(vocabulary) : knownEventTypes(vocabulary);
        layout->addWidget(caption(tr("event"), this, CaptionWrap::OneLine));
        m_type = suggestions(named(types, &Vocabulary::eventTypeDisplayName), node.type, u"eventType"_s,
                             tr("Event type"), tr("any type"));
        layout->addWidget(m_type);
    } else {
        m_amount = new QCheckBox(tr("each at least"), this);
        m_amount->setObjectName(u"minAmountCheck"_s);
        m_amount->setChecked(node.minAmount.has_value());
        m_minAmount = new QDoubleSpinBox(this);
        m_minAmount->setObjectName(u"minAmount"_s);
        m_minAmount->setAccessibleName(tr("Minimum amount of each order"));
        m_minAmount->setRange(0, 1e12);
        m_minAmount->setDecimals(2);
        m_minAmount->setGroupSeparatorShown(true);
        if (!vocabulary.currency.isEmpty())
            m_minAmount->setSuffix(u" "_s + vocabulary.currency);
        m_minAmount->setValue(node.minAmount.value_or(100.0));
        m_minAmount->setEnabled(m_amount->isChecked());
        connect(m_amount, &QCheckBox::toggled, this, [this](bool on) {
            m_minAmount->setEnabled(on);
            Q_EMIT changed();
        });
        connect(m_minAmount, &QDoubleSpinBox::valueChanged, this, &BehaviourEditor::changed);
    }

    layout->addWidget(caption(mode == Mode::Purchase ? tr("in channel") : tr("on"), this, CaptionWrap::OneLine));
    m_channel = suggestions(named(knownChannels(vocabulary), &Vocabulary::channelDisplayName), node.channel,
                            u"channel"_s, tr("Channel"), tr("any channel"));
    layout->addWidget(m_channel);

    m_within = new QCheckBox(tr("in the last"), this);
    m_within->setObjectName(u"withinCheck"_s);
    m_fixedFrom = node.from;
    m_fixedTo = node.to;
    m_within->setChecked(node.withinDays.has_value());
    m_withinDays = new QSpinBox(this);
    m_withinDays->setObjectName(u"withinDays"_s);
    m_withinDays->setAccessibleName(tr("Within the last days"));
    m_withinDays->setRange(1, 36500);
    m_withinDays->setSuffix(tr(" days"));
    m_withinDays->setValue(node.withinDays.value_or(30));
    m_withinDays->setEnabled(m_within->isChecked());
    connect(m_within, &QCheckBox::toggled, this, [this](bool on) {
        m_withinDays->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_withinDays, &QSpinBox::valueChanged, this, &BehaviourEditor::changed);
    layout->addWidget(m_within);
    layout->addWidget(m_withinDays);

    layout->addWidget(caption(tr("at least"), this, CaptionWrap::OneLine));
    m_minCount = new QSpinBox(this);
    m_minCount->setObjectName(u"minCount"_s);
    m_minCount->setAccessibleName(tr("At least this many times"));
    m_minCount->setRange(1, 100000);
    m_minCount->setSuffix(mode == Mode::Purchase ? tr(" order(s)") : tr(" time(s)"));
    m_minCount->setValue(node.minCount);
    connect(m_minCount, &QSpinBox::valueChanged, this, &BehaviourEditor::changed);
    layout->addWidget(m_minCount);

    if (mode == Mode::Purchase) {
        layout->addWidget(m_amount);
        layout->addWidget(m_minAmount);
        layout->addStretch(1);
        // What was bought, on a line of its own: products, categories and brands (any of each).
        auto *lines = new QHBoxLayout;
        lines->setSpacing(6);
        rows->addLayout(lines);
        const auto picker = [this, lines](const QString &label, const QString &name, const QString &accessible,
                                          const QList<MultiValueEditor::Option> &options, const QStringList &chosen) {
            QJsonArray values;
            for (const QString &value : chosen)
                values.append(value);
            auto *editor = new MultiValueEditor(options, MultiValueEditor::Entry::FreeText, values, this);
            editor->setObjectName(name);
            editor->setAccessibleName(accessible);
            editor->button()->setAccessibleName(accessible);
            connect(editor, &MultiValueEditor::changed, this, &BehaviourEditor::changed);
            lines->addWidget(caption(label, this, CaptionWrap::OneLine));
            lines->addWidget(editor);
            return editor;
        };
        QList<MultiValueEditor::Option> products;
        products.reserve(vocabulary.products.size());
        for (const auto &[code, name] : vocabulary.products)
            products.append({QJsonValue(code), name == code ? code : name + u" · "_s + code});
        const auto plain = [](const QStringList &values) {
            QList<MultiValueEditor::Option> options;
            for (const QString &value : values)
                options.append({QJsonValue(value), value});
            return options;
        };
        m_products = picker(tr("of product"), u"purchaseProducts"_s, tr("Products"), products, node.products);
        m_categories = picker(tr("in category"), u"purchaseCategories"_s, tr("Categories"),
                              plain(vocabulary.categories), node.categories);
        m_brands = picker(tr("of brand"), u"purchaseBrands"_s, tr("Brands"), plain(vocabulary.brands), node.brands);
        layout = lines;
        layout->addWidget(caption(tr("name contains"), this, CaptionWrap::OneLine));
        m_product = new QLineEdit(node.productContains, this);
        m_product->setObjectName(u"productContains"_s);
        m_product->setAccessibleName(tr("Product contains"));
        m_product->setPlaceholderText(tr("any product"));
        m_product->setClearButtonEnabled(true);
        m_product->setMinimumWidth(110);
        connect(m_product, &QLineEdit::textChanged, this, &BehaviourEditor::changed);
        layout->addWidget(m_product);
        layout->addStretch(1);
    }
}

SegmentNode BehaviourEditor::node() const
{
    SegmentNode node;
    node.kind = m_mode == Mode::Purchase ? SegmentNode::Kind::Purchase : SegmentNode::Kind::Event;
    // A fixed period (from a dashboard drill-down) has no editor here: it is kept as it was.
    node.from = m_fixedFrom;
    node.to = m_fixedTo;
    node.channel = ValueEditor::suggestionValue(m_channel);
    if (m_within->isChecked())
        node.withinDays = m_withinDays->value();
    node.minCount = m_minCount->value();
    if (m_mode == Mode::Purchase) {
        if (m_amount->isChecked())
            node.minAmount = m_minAmount->value();
        node.productContains = m_product->text();
        const auto texts = [](const MultiValueEditor *editor) {
            QStringList list;
            for (const QJsonValue &value : editor->values())
                list.append(value.toString());
            return list;
        };
        node.products = texts(m_products);
        node.categories = texts(m_categories);
        node.brands = texts(m_brands);
        return node;
    }
    node.type = ValueEditor::suggestionValue(m_type);
    if (m_campaign && m_campaign->currentIndex() >= 0)
        node.campaign = m_campaign->currentData().toJsonValue();
    return node;
}

} // namespace mwb::ui
