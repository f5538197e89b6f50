// ActiveMembers: the active member rate, month by month, overall and by tier
// (docs/MEMBERSHIP.md, "Active members", is the exact meaning).
//
// On each month's last day E (the range's last day for its month), the members are the
// customers known on E (their 5A stage on E is defined: lifecycle/StageHistory.h), each in
// their tier on E (the tier rules' history, or without rules the tier imported with them);
// the active ones made a purchase (an order with a positive amount) or engaged (a
// touchpoint of their own, as the lifecycle reads it: our own sends, deliveries, bounces and
// unsubscribes are not) on a day of the window (E − windowDays, E]. The rate is active ÷
// members. One pass over the customers, their tier changes, orders and touchpoints of the
// range, in id ranges on parallel connections.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace SQLite {
class Database;
}

namespace mwb {

struct ActiveMemberPoint
{
    QDate monthEnd; // the month's last day, or the range's last day in its month
    QString tier;   // empty: every member
    qint64 members = 0;
    qint64 active = 0;
    double rate = 0; // active ÷ members; 0 without members
};

// A campaign sent in the range, for marking the chart: its send day is the day of its send
// time (the day it was created when it has none), as its report reads it.
struct CampaignSend
{
    QDate day;
    qint64 campaignId = 0;
    QString name;
    bool hasControl = false; // a control group was held out: its report gives the caused part
};

struct ActiveMemberSeries
{
    QDate from;
    QDate to;
    int windowDays = 0;
    bool tiersByRules = false; // the tiers follow the tier rules; else the imported tiers
    // The tiers (by tier only): the rules' tiers lowest first, or the imported tiers by
    // members on the last day, most first (members without an imported tier count in the
    // overall line only).
    QStringList tiers;
    QList<QDate> monthEnds;
    // Month by month: the overall point, then (by tier) one per tier in the order of `tiers`.
    QList<ActiveMemberPoint> points;
    QList<CampaignSend> campaigns; // one-off campaigns sent in the range (programme waves left out)

    // The points of one tier (empty: the overall line), month by month.
    QList<ActiveMemberPoint> line(const QString &tier) const;
};

class ActiveMembers
{
public:
    static constexpr int kMaxWindowDays = 1095;
    static constexpr int kDefaultWindowDays = 90;

    // The rate at each month end from `from` to `to` (inclusive; none when to < from),
    // with activity in the last `windowDays` days (1 to kMaxWindowDays), overall and, when
    // `byTier`, for each tier; and the campaigns sent from `from` to `to`.
    static ActiveMemberSeries rate(SQLite::Database &db, const QDate &from, const QDate &to, int windowDays,
                                   bool byTier);
    // The month ends the rate is read on: each month's last day from `from`'s month to
    // `to`'s, the last one `to` itself.
    static QList<QDate> monthEnds(const QDate &from, const QDate &to);
};

} // namespace mwb
