#include "HistoricalClvPanel.h"

#include "vocabulary/Figures.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "analytics/AnalyticsService.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

HistoricalClvPanel::HistoricalClvPanel(WorkspaceSession *session, QWidget *parent)
    : QGroupBox(tr("Historical value"), parent)
    , m_session(session)
    , m_margin(new QDoubleSpinBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"historicalClv"_s);
    m_margin->setObjectName(u"historicalMargin"_s);
    m_margin->setAccessibleName(tr("Margin"));
    m_margin->setRange(1, 100);
    m_margin->setDecimals(0);
    m_margin->setSuffix(u" %"_s);
    m_margin->setValue(100);
    m_margin->setToolTip(tr("The share of revenue that is profit; 100 % gives the value in revenue."));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->addWidget(new QLabel(tr("Margin"), this), 0, 0);
    grid->addWidget(m_margin, 0, 1);
    grid->addWidget(m_status, 0, 2);
    addRow(u"customers"_s, tr("Customers who bought"), QString());
    addRow(u"orders"_s, tr("Orders"), tr("customers' orders only"));
    addRow(u"revenue"_s, tr("Revenue"), tr("net of refunds, customers' orders only"));
    addRow(u"aov"_s, tr("Average order value"), tr("= revenue ÷ orders"));
    addRow(u"frequency"_s, tr("Purchases per customer"), tr("= orders ÷ customers"));
    addRow(u"lifespan"_s, tr("Average lifespan"), tr("= mean of first to last purchase"));
    addRow(u"clv"_s, tr("CLV per customer"), tr("= revenue ÷ customers × margin"));
    grid->setColumnStretch(2, 1);

    // The headline figure stands out.
    QLabel *clv = valueLabel(u"clv"_s);
    QFont font = clv->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setWeight(QFont::DemiBold);
    clv->setFont(font);
    valueLabel(u"orders"_s)->setToolTip(Figures::tooltip(Figure::CustomerOrders));
    valueLabel(u"revenue"_s)->setToolTip(Figures::tooltip(Figure::CustomerRevenue));
    clv->setToolTip(Figures::tooltip(Figure::HistoricalClv));

    connect(m_margin, &QDoubleSpinBox::valueChanged, this, [this] {
        reload();
        Q_EMIT marginChanged(margin());
    });
}

void HistoricalClvPanel::addRow(const QString &figure, const QString &caption, const QString &formula)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    const int row = grid->rowCount();
    auto *value = new QLabel(DisplayFormat::undefined(), this);
    value->setObjectName(u"historical-"_s + figure);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *meaning = new QLabel(formula, this);
    meaning->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(new QLabel(caption, this), row, 0);
    grid->addWidget(value, row, 1);
    grid->addWidget(meaning, row, 2);
    m_values.append(value);
    m_figures.append(figure);
}

QLabel *HistoricalClvPanel::valueLabel(const QString &figure) const
{
    return m_values.value(m_figures.indexOf(figure));
}

double HistoricalClvPanel::margin() const
{
    return m_margin->value() / 100.0;
}

void HistoricalClvPanel::reload()
{
    if (!m_session->isOpen())
        return;
    m_status->setText(tr("Computing…"));
    m_session->analytics()->historicalClv(margin(), this, [this](const HistoricalClvAnswer &answer) { show(answer); });
}

void HistoricalClvPanel::show(const HistoricalClvAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        m_status->setText(tr("Could not be computed: %1").arg(answer.error));
        return;
    }
    const HistoricalClv &h = answer.clv;
    const QString currency = m_session->currency();
    m_status->clear();
    valueLabel(u"customers"_s)->setText(DisplayFormat::count(h.customers));
    valueLabel(u"orders"_s)->setText(DisplayFormat::count(h.orders));
    valueLabel(u"revenue"_s)->setText(DisplayFormat::money(h.revenueMinor, currency));
    valueLabel(u"aov"_s)->setText(DisplayFormat::money(std::llround(h.averageOrderValueMinor), currency));
    valueLabel(u"frequency"_s)->setText(DisplayFormat::decimal(h.purchasesPerCustomer, 2));
    valueLabel(u"lifespan"_s)->setText(tr("%1 years").arg(DisplayFormat::decimal(h.averageLifespanYears, 2)));
    valueLabel(u"clv"_s)->setText(DisplayFormat::money(std::llround(h.clvPerCustomerMinor), currency));
    m_loaded = true;
    Q_EMIT loaded();
}

} // namespace mwb::ui
