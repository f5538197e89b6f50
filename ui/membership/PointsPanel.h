// PointsPanel: the points ledger on the Members page: issued, redeemed, expired, adjusted down
// and outstanding points on a chosen day, the members holding points, what expires within the
// notice period, the liability and the redemption rate (membership/PointsLedger.h; each card's
// tooltip is the figure's one definition), and the points rules (expiry, the value of a point,
// the notice period), applied on a worker that recomputes every balance.
#pragma once

#include "membership/PointsLedger.h"
#include "vocabulary/Figures.h"

#include <QHash>
#include <QWidget>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace mwb::ui {

class KpiCard;
class WorkspaceSession;
struct PointsAnswer;

class PointsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PointsPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    // The card of a figure ("points_issued", … as Figures::name says).
    KpiCard *card(const QString &name) const { return m_cards.value(name); }
    QDateEdit *dayEdit() const { return m_day; }
    QSpinBox *expiryMonths() const { return m_expiry; }
    QDoubleSpinBox *pointValue() const { return m_value; }
    QSpinBox *noticeDays() const { return m_notice; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *summary() const { return m_summary; }

    void reload();
    // Stores the rules in the editors and recomputes every balance, then reloads.
    void applyRules();

Q_SIGNALS:
    void figuresShown();

private:
    void showFigures(const PointsAnswer &answer);
    KpiCard *addCard(Figure figure);

    WorkspaceSession *m_session;
    QDateEdit *m_day;
    QSpinBox *m_expiry;
    QDoubleSpinBox *m_value;
    QSpinBox *m_notice;
    QPushButton *m_apply;
    QLabel *m_summary;
    QWidget *m_cardsBox;
    QHash<QString, KpiCard *> m_cards;
    QList<KpiCard *> m_order;
    bool m_loaded = false;
    bool m_dayFromData = true;
    bool m_settingDay = false;
};

} // namespace mwb::ui
