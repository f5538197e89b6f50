// JourneyTimeline: a customer's journey as one list grouped by day (a header per day),
// each entry with its channel's coloured icon, time, what happened in words and its
// detail, product or amount. Newest or oldest first; filtered by channel and by kind
// (touchpoints, campaign contacts, orders and refunds). Times are shown as stored (the
// workspace keeps times as written, so a day never shifts).
#pragma once

#include "customers/CustomerProfile.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mwb::ui {

class JourneyTimeline : public QWidget
{
    Q_OBJECT

public:
    enum class KindFilter {
        All,
        Touchpoints,
        CampaignContacts,
        Orders
    };
    enum Column {
        TimeColumn,
        WhatColumn,
        ChannelColumn,
        DetailColumn,
        AmountColumn,
        ColumnCount
    };
    // On entries: the index of the TimelineItem; on day headers: -1.
    static constexpr int ItemIndexRole = Qt::UserRole + 1;
    // On day headers: the day (QDate).
    static constexpr int DayRole = Qt::UserRole + 2;

    explicit JourneyTimeline(QWidget *parent = nullptr);

    static QDate dayOf(qint64 at);
    static bool matches(const TimelineItem &item, KindFilter kind);

    // `currency`: ISO 4217 code of the workspace, for amounts.
    void setTimeline(const QList<TimelineItem> &items, const QString &currency);
    const QList<TimelineItem> &items() const { return m_items; }

    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    // A channel's entries only (an empty string: those without one); nothing: every channel.
    void setChannelFilter(const std::optional<QString> &channel);
    void setKindFilter(KindFilter kind);

    QTreeWidget *tree() const { return m_tree; }
    QToolButton *orderButton() const { return m_order; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *kindBox() const { return m_kind; }
    // Entries shown (not counting day headers).
    int shownEntries() const { return m_shown; }

private:
    void rebuild();
    void rebuildChannels();
    void addEntry(int index, QTreeWidgetItem *day);

    QList<TimelineItem> m_items;
    QString m_currency;
    bool m_newestFirst = true;
    std::optional<QString> m_channelFilter;
    KindFilter m_kindFilter = KindFilter::All;
    int m_shown = 0;

    QToolButton *m_order;
    QComboBox *m_channel;
    QComboBox *m_kind;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace mwb::ui
