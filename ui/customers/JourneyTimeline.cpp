#include "JourneyTimeline.h"

#include "ChannelStyle.h"
#include "DisplayFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QDateTime stored(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc());
}

// Channel filter entries carry the channel; "every channel" carries nothing (invalid).
QVariant channelData(const QString &channel)
{
    return QVariant(channel.isNull() ? u""_s : channel);
}

} // namespace

JourneyTimeline::JourneyTimeline(QWidget *parent)
    : QWidget(parent)
    , m_order(new QToolButton(this))
    , m_channel(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_order->setObjectName(u"journeyOrder"_s);
    m_order->setCheckable(true);
    m_order->setChecked(true);
    m_order->setText(tr("Newest first"));
    m_order->setAccessibleName(tr("Newest first"));
    m_order->setToolTip(tr("Show the newest entries first, or the oldest"));
    m_order->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_order, &QToolButton::toggled, this, &JourneyTimeline::setNewestFirst);

    m_channel->setObjectName(u"journeyChannel"_s);
    m_channel->setAccessibleName(tr("Channel"));
    connect(m_channel, &QComboBox::activated, this, [this](int index) {
        const QVariant data = m_channel->itemData(index);
        setChannelFilter(data.isValid() ? std::optional<QString>(data.toString()) : std::nullopt);
    });

    m_kind->setObjectName(u"journeyKind"_s);
    m_kind->setAccessibleName(tr("Kind of entry"));
    m_kind->addItem(tr("Everything"), static_cast<int>(KindFilter::All));
    m_kind->addItem(tr("Touchpoints"), static_cast<int>(KindFilter::Touchpoints));
    m_kind->addItem(tr("Campaign contacts"), static_cast<int>(KindFilter::CampaignContacts));
    m_kind->addItem(tr("Orders and refunds"), static_cast<int>(KindFilter::Orders));
    connect(m_kind, &QComboBox::activated, this,
            [this](int index) { setKindFilter(static_cast<KindFilter>(m_kind->itemData(index).toInt())); });

    m_summary->setObjectName(u"journeySummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_tree->setObjectName(u"journey"_s);
    m_tree->setAccessibleName(tr("Journey"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Time"), tr("What"), tr("Channel"), tr("Detail"), tr("Amount")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setIndentation(0);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setIconSize(QSize(12, 12));
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    m_tree->header()->resizeSection(TimeColumn, 8 * ch + 16);
    m_tree->header()->resizeSection(WhatColumn, 26 * ch + 24);
    m_tree->header()->resizeSection(ChannelColumn, 12 * ch + 16);
    m_tree->header()->resizeSection(AmountColumn, 13 * ch + 16);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(m_order);
    controls->addWidget(m_channel);
    controls->addWidget(m_kind);
    controls->addWidget(m_summary, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_tree, 1);
    rebuildChannels();
}

QDate JourneyTimeline::dayOf(qint64 at)
{
    return stored(at).date();
}

bool JourneyTimeline::matches(const TimelineItem &item, KindFilter kind)
{
    switch (kind) {
    case KindFilter::All: return true;
    case KindFilter::Touchpoints: return item.kind == TimelineKind::Touchpoint;
    case KindFilter::CampaignContacts: return item.kind == TimelineKind::CampaignContact;
    case KindFilter::Orders: return item.kind == TimelineKind::Order || item.kind == TimelineKind::Refund;
    }
    return false;
}

void JourneyTimeline::setTimeline(const QList<TimelineItem> &items, const QString &currency)
{
    m_items = items;
    m_currency = currency;
    rebuildChannels();
    rebuild();
}

void JourneyTimeline::setNewestFirst(bool newestFirst)
{
    if (m_order->isChecked() != newestFirst) {
        m_order->setChecked(newestFirst); // toggled() comes back here
        return;
    }
    m_order->setText(newestFirst ? tr("Newest first") : tr("Oldest first"));
    m_order->setAccessibleName(m_order->text());
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    rebuild();
}

void JourneyTimeline::setChannelFilter(const std::optional<QString> &channel)
{
    m_channelFilter = channel;
    const int index = channel ? m_channel->findData(channelData(*channel)) : 0;
    m_channel->setCurrentIndex(std::max(0, index));
    rebuild();
}

void JourneyTimeline::setKindFilter(KindFilter kind)
{
    m_kindFilter = kind;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(kind))));
    rebuild();
}

void JourneyTimeline::rebuildChannels()
{
    QStringList channels;
    QSet<QString> seen;
    for (const TimelineItem &item : std::as_const(m_items)) {
        if (!seen.contains(item.channel)) {
            seen.insert(item.channel);
            channels << item.channel;
        }
    }
    std::sort(channels.begin(), channels.end(), [](const QString &a, const QString &b) {
        return ChannelStyle::displayName(a).localeAwareCompare(ChannelStyle::displayName(b)) < 0;
    });
    m_channel->clear();
    m_channel->addItem(tr("Every channel"));
    for (const QString &channel : std::as_const(channels))
        m_channel->addItem(ChannelStyle::icon(channel), ChannelStyle::displayName(channel), channelData(channel));
    if (m_channelFilter && !seen.contains(*m_channelFilter))
        m_channelFilter.reset();
    const int index = m_channelFilter ? m_channel->findData(channelData(*m_channelFilter)) : 0;
    m_channel->setCurrentIndex(std::max(0, index));
}

void JourneyTimeline::rebuild()
{
    m_tree->clear();
    m_shown = 0;
    QList<int> order;
    for (int i = 0; i < m_items.size(); ++i) {
        const TimelineItem &item = m_items.at(i);
        if (matches(item, m_kindFilter) && (!m_channelFilter || item.channel == *m_channelFilter))
            order << i;
    }
    // The core answers oldest first (equal times: orders after events).
    if (m_newestFirst)
        std::reverse(order.begin(), order.end());

    QTreeWidgetItem *day = nullptr;
    QDate dayShown;
    int inDay = 0;
    // A day header spans the row: the day, and how many entries it holds.
    const auto closeDay = [&] {
        if (!day)
            return;
        const QString date = QLocale().toString(dayShown, QLocale::LongFormat);
        day->setText(TimeColumn,
                     inDay == 1 ? tr("%1   ·   1 entry").arg(date)
                                : tr("%1   ·   %2 entries").arg(date, DisplayFormat::count(inDay)));
    };
    for (int index : std::as_const(order)) {
        const QDate date = dayOf(m_items.at(index).at);
        if (!day || date != dayShown) {
            closeDay();
            day = new QTreeWidgetItem(m_tree);
            day->setData(0, ItemIndexRole, -1);
            day->setData(0, DayRole, date);
            day->setFirstColumnSpanned(true);
            QFont bold = day->font(TimeColumn);
            bold.setBold(true);
            for (int c = 0; c < ColumnCount; ++c) {
                day->setFont(c, bold);
                day->setBackground(c, QColor(0xe9, 0xef, 0xf7));
            }
            day->setFlags(Qt::ItemIsEnabled);
            dayShown = date;
            inDay = 0;
        }
        addEntry(index, day);
        ++inDay;
        ++m_shown;
    }
    closeDay();
    m_tree->expandAll();
    m_summary->setText(
        m_shown == m_items.size()
            ? tr("%1 entries").arg(DisplayFormat::count(m_items.size()))
            : tr("%1 of %2 entries").arg(DisplayFormat::count(m_shown), DisplayFormat::count(m_items.size())));
}

void JourneyTimeline::addEntry(int index, QTreeWidgetItem *day)
{
    const TimelineItem &item = m_items.at(index);
    auto *row = new QTreeWidgetItem(day);
    row->setData(0, ItemIndexRole, index);
    row->setText(TimeColumn, QLocale().toString(stored(item.at).time(), u"HH:mm"_s));
    QString what = ChannelStyle::typeName(item.type);
    if (item.kind == TimelineKind::CampaignContact && !item.campaignName.isEmpty())
        what = tr("%1 · %2").arg(what, item.campaignName);
    row->setText(WhatColumn, what);
    row->setIcon(WhatColumn, ChannelStyle::entryIcon(item));
    row->setToolTip(WhatColumn, ChannelStyle::kindName(item.kind));
    row->setText(ChannelColumn, ChannelStyle::displayName(item.channel));

    QStringList detail;
    if (!item.product.isEmpty()) {
        // Refunds carry the quantity returned as a negative number; the amount says it is a refund.
        const qint64 quantity = item.quantity ? std::abs(*item.quantity) : 1;
        if (item.lines > 1)
            detail << tr("%1 and %n more product(s)", nullptr, item.lines - 1).arg(item.product);
        else
            detail << (quantity != 1 ? tr("%1 × %2").arg(item.product).arg(quantity) : item.product);
    }
    if (!item.detail.isEmpty())
        detail << item.detail;
    if (!item.orderRef.isEmpty())
        detail << tr("order %1").arg(item.orderRef);
    if (item.value && item.type == u"nps"_s)
        detail << tr("score %1").arg(*item.value);
    else if (item.value && item.kind != TimelineKind::Order && item.kind != TimelineKind::Refund)
        detail << tr("value %1").arg(DisplayFormat::decimal(*item.value, 2));
    row->setText(DetailColumn, detail.join(u" · "_s));
    row->setToolTip(DetailColumn, row->text(DetailColumn));

    if (item.kind == TimelineKind::Order || item.kind == TimelineKind::Refund) {
        const qint64 amount = item.kind == TimelineKind::Refund ? -std::abs(item.amountMinor) : item.amountMinor;
        row->setText(AmountColumn, DisplayFormat::money(amount, m_currency));
        if (item.kind == TimelineKind::Refund)
            row->setForeground(AmountColumn, QColor(0xc0, 0x39, 0x2b));
    }
    row->setTextAlignment(AmountColumn, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace mwb::ui
