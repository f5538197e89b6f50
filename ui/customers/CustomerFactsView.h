// CustomerFactsView: what the workspace knows about one customer, read-only: the figures
// (purchases, revenue, average order, recency, R/F/M scores and RFM segment, stage and
// since when, predicted CLV, NPS), contact details and identities, the custom attributes
// of imports, and the campaigns they received with their group and outcome.
#pragma once

#include "customers/CustomerProfile.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace mwb::ui {

class CustomerFactsView : public QWidget
{
    Q_OBJECT

public:
    enum class Figure {
        FirstPurchase,
        LastPurchase,
        Orders,
        Revenue,
        AverageOrder,
        Recency,
        RScore,
        FScore,
        MScore,
        RfmSegment,
        Stage,
        StageSince,
        PredictedClv,
        Nps,
        Touchpoints,
    };

    explicit CustomerFactsView(QWidget *parent = nullptr);

    void setProfile(const CustomerProfileData &profile, const QString &currency);
    // The text a figure shows.
    QString figure(Figure figure) const;
    QTableWidget *campaigns() const { return m_campaigns; }
    QTableWidget *identities() const { return m_identities; }
    QTableWidget *attributes() const { return m_attributes; }

private:
    QLabel *addFigure(QFormLayout *form, Figure figure, const QString &label, const QString &name);
    void setFigure(Figure figure, const QString &text);

    QHash<Figure, QLabel *> m_figures;
    QTableWidget *m_identities;
    QTableWidget *m_attributes;
    QTableWidget *m_campaigns;
    QLabel *m_contact;
    QLabel *m_noCampaigns;
};

} // namespace mwb::ui
