// TierChart: the members by tier on a day, one bar a tier, lowest tier first.
#pragma once

#include "membership/MemberTiers.h"

#include <QChartView>

namespace mwb::ui {

class TierChart : public QChartView
{
    Q_OBJECT

public:
    explicit TierChart(QWidget *parent = nullptr);

    void setDistribution(const QDate &day, const QList<TierCount> &counts);
    // The bar of a tier (0 when none); for tests.
    qint64 barValue(const QString &tier) const;
    int barCount() const { return static_cast<int>(m_counts.size()); }

private:
    QList<TierCount> m_counts;
};

} // namespace mwb::ui
