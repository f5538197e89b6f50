#include "AttributionTable.h"

#include "customers/ChannelStyle.h"

#include "widgets/ReadOnlyTable.h"

#include "DisplayFormat.h"
#include "charts/AttributionChart.h"

#include <QHeaderView>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

AttributionTable::AttributionTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(u"attributionTable"_s);
    setAccessibleName(tr("First-purchase revenue by channel and model"));
    QStringList headers{tr("Channel")};
    for (const QString &model : AttributionChart::modelNames())
        headers << model << tr("Share");
    setColumnCount(static_cast<int>(headers.size()));
    setHorizontalHeaderLabels(headers);
    ReadOnlyTable::setUp(this);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

double AttributionTable::credit(const ChannelCredit &c, int model)
{
    switch (model) {
    case 0: return c.firstTouchMinor;
    case 1: return c.lastTouchMinor;
    case 2: return c.linearMinor;
    default: return c.timeDecayMinor;
    }
}

void AttributionTable::setCredits(const QList<ChannelCredit> &credits, double totalMinor, const QString &currency)
{
    clearContents();
    setRowCount(static_cast<int>(credits.size()));
    for (int r = 0; r < credits.size(); ++r) {
        const ChannelCredit &c = credits.at(r);
        auto *name = new QTableWidgetItem(c.channel.isEmpty() ? tr("(none)") : ChannelStyle::displayName(c.channel));
        name->setData(Qt::UserRole, c.channel);
        setItem(r, 0, name);
        for (int m = 0; m < kModels; ++m) {
            const double amount = credit(c, m);
            const double share = totalMinor > 0 ? amount / totalMinor : 0.0;
            setItem(r, amountColumn(m), numberCell(DisplayFormat::money(std::llround(amount), currency), amount));
            setItem(r, amountColumn(m) + 1, numberCell(DisplayFormat::percent(share), share));
        }
    }
}

} // namespace mwb::ui
