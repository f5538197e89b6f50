// AttributionTable: the attribution figures as a table: for each channel the first-purchase
// revenue each model credits it with and that credit's share of all first-purchase revenue.
// Qt::UserRole holds the raw amount (minor units) or share.
#pragma once

#include "journeys/JourneyAnalyzer.h"

#include <QTableWidget>

namespace mwb::ui {

class AttributionTable : public QTableWidget
{
    Q_OBJECT

public:
    static constexpr int kModels = 4;
    explicit AttributionTable(QWidget *parent = nullptr);

    void setCredits(const QList<ChannelCredit> &credits, double totalMinor, const QString &currency);
    // The column of a model's amount (its share is the next one), model 0..3 as
    // AttributionChart::modelNames().
    static int amountColumn(int model) { return 1 + 2 * model; }
    static double credit(const ChannelCredit &c, int model);
};

} // namespace mwb::ui
