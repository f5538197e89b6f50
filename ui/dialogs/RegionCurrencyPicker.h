// RegionCurrencyPicker: the phone region and the currency of a workspace, as the New
// Workspace dialog, Preferences and an empty workspace's first import ask for them: two
// combo boxes with the regions and currencies analysts of this product meet most (plus
// whatever is current), each region by its code and name.
#pragma once

#include <QWidget>

class QComboBox;

namespace mwb::ui {

class RegionCurrencyPicker : public QWidget
{
    Q_OBJECT

public:
    explicit RegionCurrencyPicker(const QString &region, const QString &currency, QWidget *parent = nullptr);

    QString region() const;
    QString currency() const;
    void setRegion(const QString &region);
    void setCurrency(const QString &currency);
    QComboBox *regionBox() const { return m_region; }
    QComboBox *currencyBox() const { return m_currency; }

    // Fills `combo` with the regions / currencies, `current` chosen.
    static void fillRegions(QComboBox *combo, const QString &current);
    static void fillCurrencies(QComboBox *combo, const QString &current);

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_region;
    QComboBox *m_currency;
};

} // namespace mwb::ui
