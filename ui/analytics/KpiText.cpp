#include "KpiText.h"

#include "DisplayFormat.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mwb::ui::KpiText", text);
}

// Changes smaller than this (relative, or in shares for rates) read as "no change".
constexpr double kNoChange = 0.0005;

} // namespace

const QList<Kpi> &KpiText::all()
{
    static const QList<Kpi> kpis{
        Kpi::Customers, Kpi::NewCustomers, Kpi::ActiveCustomers,   Kpi::RepeatPurchaseRate, Kpi::ChurnRate,
        Kpi::Orders,    Kpi::Revenue,      Kpi::AverageOrderValue, Kpi::PurchaseFrequency};
    return kpis;
}

Figure KpiText::figure(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Customers: return Figure::PeriodCustomers;
    case Kpi::NewCustomers: return Figure::NewCustomers;
    case Kpi::ActiveCustomers: return Figure::ActiveCustomers;
    case Kpi::Orders: return Figure::PeriodOrders;
    case Kpi::Revenue: return Figure::PeriodRevenue;
    case Kpi::AverageOrderValue: return Figure::AverageOrderValue;
    case Kpi::PurchaseFrequency: return Figure::PurchaseFrequency;
    case Kpi::RepeatPurchaseRate: return Figure::RepeatPurchaseRate;
    case Kpi::ChurnRate: return Figure::ChurnRate;
    }
    return Figure::PeriodCustomers;
}

QString KpiText::caption(Kpi kpi)
{
    return Figures::label(figure(kpi));
}

QString KpiText::definition(Kpi kpi)
{
    return Figures::tooltip(figure(kpi));
}

bool KpiText::isRate(Kpi kpi)
{
    return kpi == Kpi::RepeatPurchaseRate || kpi == Kpi::ChurnRate;
}

QString KpiText::value(Kpi kpi, const KpiValues &values, const QString &currency)
{
    switch (kpi) {
    case Kpi::Customers: return DisplayFormat::count(values.customers);
    case Kpi::NewCustomers: return DisplayFormat::count(values.newCustomers);
    case Kpi::ActiveCustomers: return DisplayFormat::count(values.activeCustomers);
    case Kpi::Orders: return DisplayFormat::count(values.orders);
    case Kpi::Revenue: return DisplayFormat::moneyShort(values.revenueMinor, currency);
    case Kpi::AverageOrderValue: {
        const auto aov = values.averageOrderValueMinor();
        return aov ? DisplayFormat::money(std::llround(*aov), currency) : DisplayFormat::undefined();
    }
    case Kpi::PurchaseFrequency: {
        const auto frequency = values.purchaseFrequency();
        return frequency ? DisplayFormat::decimal(*frequency, 2) : DisplayFormat::undefined();
    }
    case Kpi::RepeatPurchaseRate:
    case Kpi::ChurnRate: {
        const auto rate = values.value(kpi);
        return rate ? DisplayFormat::percent(*rate) : DisplayFormat::undefined();
    }
    }
    return {};
}

qint64 KpiText::rawValue(Kpi kpi, const KpiValues &values)
{
    const auto value = values.value(kpi);
    if (!value)
        return 0;
    if (kpi == Kpi::PurchaseFrequency)
        return std::llround(*value * 100.0);
    if (isRate(kpi))
        return std::llround(*value * 10000.0);
    return std::llround(*value);
}

QString KpiText::change(Kpi kpi, const KpiValues &now, const KpiValues &before)
{
    const auto a = now.value(kpi);
    const auto b = before.value(kpi);
    if (!a || !b)
        return {};
    const double difference = *a - *b;
    if (isRate(kpi)) {
        if (std::abs(difference) < kNoChange)
            return tr("no change");
        return (difference > 0 ? u"▲ "_s : u"▼ "_s) + DisplayFormat::points(std::abs(difference));
    }
    if (*b == 0)
        return *a == 0 ? tr("no change") : tr("▲ new");
    const double relative = difference / std::abs(*b);
    if (std::abs(relative) < kNoChange)
        return tr("no change");
    return (relative > 0 ? u"▲ "_s : u"▼ "_s) + DisplayFormat::percent(std::abs(relative));
}

int KpiText::direction(Kpi kpi, const KpiValues &now, const KpiValues &before)
{
    const auto a = now.value(kpi);
    const auto b = before.value(kpi);
    if (!a || !b)
        return 0;
    const double difference = *a - *b;
    const double scale = isRate(kpi) || *b == 0 ? 1.0 : std::abs(*b);
    if (std::abs(difference) / scale < kNoChange)
        return 0;
    const int up = difference > 0 ? 1 : -1;
    return kpi == Kpi::ChurnRate ? -up : up;
}

QColor KpiText::color(int direction)
{
    if (direction > 0)
        return QColor(0x1e, 0x8e, 0x3e);
    if (direction < 0)
        return QColor(0xc5, 0x22, 0x1f);
    return {};
}

} // namespace mwb::ui
