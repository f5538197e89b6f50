// KpiText: how the dashboard names and writes each figure: its caption and meaning, its
// value as DisplayFormat writes it, the change against the previous period (relative for
// counts and money, in percentage points for rates) and whether that change is good news.
#pragma once

#include "analytics/KpiDashboard.h"
#include "vocabulary/Figures.h"

#include <QColor>
#include <QList>
#include <QString>

namespace mwb::ui {

class KpiText
{
public:
    static const QList<Kpi> &all();
    // The figure of vocabulary/Figures.h a card shows: its caption and its definition.
    static Figure figure(Kpi kpi);
    static QString caption(Kpi kpi);
    static QString definition(Kpi kpi);
    // "—" when the figure is not defined (no orders, no buyers before).
    static QString value(Kpi kpi, const KpiValues &values, const QString &currency);
    // The figure as a whole number for the card: counts and minor units as they are,
    // averages rounded to the minor unit, purchase frequency in hundredths, rates in basis
    // points (hundredths of a percent).
    static qint64 rawValue(Kpi kpi, const KpiValues &values);
    // "▲ 12.3%", "▼ 1.4 pp", "no change"; empty when either side is not defined.
    static QString change(Kpi kpi, const KpiValues &now, const KpiValues &before);
    // +1 better, −1 worse, 0 the same or not comparable (a falling churn rate is better).
    static int direction(Kpi kpi, const KpiValues &now, const KpiValues &before);
    static QColor color(int direction);
    static bool isRate(Kpi kpi);
};

} // namespace mwb::ui
