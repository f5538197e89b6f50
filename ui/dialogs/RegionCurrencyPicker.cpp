#include "RegionCurrencyPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// Regions and currencies analysts of this product work with most, in the order offered.
const QStringList kRegions{u"CN"_s, u"HK"_s, u"TW"_s, u"MO"_s, u"SG"_s, u"MY"_s, u"JP"_s, u"KR"_s, u"US"_s, u"CA"_s,
                           u"GB"_s, u"IE"_s, u"DE"_s, u"FR"_s, u"NL"_s, u"ES"_s, u"IT"_s, u"BR"_s, u"AU"_s, u"NZ"_s};
const QStringList kCurrencies{u"CNY"_s, u"HKD"_s, u"TWD"_s, u"MOP"_s, u"SGD"_s, u"MYR"_s, u"JPY"_s, u"KRW"_s,
                              u"USD"_s, u"CAD"_s, u"GBP"_s, u"EUR"_s, u"BRL"_s, u"AUD"_s, u"NZD"_s};

} // namespace

RegionCurrencyPicker::RegionCurrencyPicker(const QString &region, const QString &currency, QWidget *parent)
    : QWidget(parent)
    , m_region(new QComboBox(this))
    , m_currency(new QComboBox(this))
{
    m_region->setObjectName(u"pickRegion"_s);
    m_region->setAccessibleName(tr("Phone region"));
    m_region->setToolTip(tr("Phone numbers written without a country code are read as numbers of this region."));
    m_currency->setObjectName(u"pickCurrency"_s);
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setToolTip(tr("The currency every amount of the workspace is in."));
    fillRegions(m_region, region);
    fillCurrencies(m_currency, currency);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Phone region"), m_region);
    form->addRow(tr("Currency"), m_currency);
    connect(m_region, &QComboBox::currentIndexChanged, this, &RegionCurrencyPicker::changed);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &RegionCurrencyPicker::changed);
}

QString RegionCurrencyPicker::region() const
{
    return m_region->currentData().toString();
}

QString RegionCurrencyPicker::currency() const
{
    return m_currency->currentData().toString();
}

void RegionCurrencyPicker::setRegion(const QString &region)
{
    if (m_region->findData(region) < 0)
        fillRegions(m_region, region);
    m_region->setCurrentIndex(m_region->findData(region));
}

void RegionCurrencyPicker::setCurrency(const QString &currency)
{
    if (m_currency->findData(currency) < 0)
        fillCurrencies(m_currency, currency);
    m_currency->setCurrentIndex(m_currency->findData(currency));
}

void RegionCurrencyPicker::fillRegions(QComboBox *combo, const QString &current)
{
    combo->clear();
    QStringList regions = kRegions;
    if (!current.isEmpty() && !regions.contains(current))
        regions.prepend(current);
    for (const QString &code : regions) {
        const QLocale locale(QLocale::AnyLanguage, QLocale::codeToTerritory(code));
        combo->addItem(u"%1 — %2"_s.arg(code, QLocale::territoryToString(locale.territory())), code);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void RegionCurrencyPicker::fillCurrencies(QComboBox *combo, const QString &current)
{
    combo->clear();
    QStringList currencies = kCurrencies;
    if (!current.isEmpty() && !currencies.contains(current))
        currencies.prepend(current);
    for (const QString &code : currencies)
        combo->addItem(code, code);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace mwb::ui
