#include "PreferencesDialog.h"

#include "DisplayFormat.h"

#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "dialogs/MessageBox.h"
#include "dialogs/RegionCurrencyPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

QStringList PreferencesDialog::languageCodes()
{
    return {u"system"_s, u"en"_s, u"zh_CN"_s, u"zh_TW"_s};
}

PreferencesDialog::PreferencesDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_newRegion(new QComboBox(this))
    , m_newCurrency(new QComboBox(this))
    , m_confirm(new QCheckBox(tr("Ask before deleting, undoing an import or merging customers"), this))
    , m_isoDates(new QCheckBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);

    m_language->setObjectName(u"preferencesLanguage"_s);
    m_language->setAccessibleName(tr("Language"));
    // Language names in their own language, so anyone can find theirs.
    m_language->addItem(tr("As the system"), u"system"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"繁體中文"_s, u"zh_TW"_s);
    const QString language = UiSettings::value(UiSetting::Language).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_restartNote->setObjectName(u"preferencesRestartNote"_s);
    m_restartNote->setText(tr("A new language applies when the application starts again."));
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this, language] { m_restartNote->setVisible(m_language->currentData().toString() != language); });

    m_newRegion->setObjectName(u"preferencesNewRegion"_s);
    m_newRegion->setAccessibleName(tr("Phone region of new workspaces"));
    RegionCurrencyPicker::fillRegions(m_newRegion, UiSettings::value(UiSetting::NewWorkspaceRegion).toString());
    m_newCurrency->setObjectName(u"preferencesNewCurrency"_s);
    m_newCurrency->setAccessibleName(tr("Currency of new workspaces"));
    RegionCurrencyPicker::fillCurrencies(m_newCurrency, UiSettings::value(UiSetting::NewWorkspaceCurrency).toString());
    m_isoDates->setObjectName(u"preferencesIsoDates"_s);
    m_isoDates->setText(tr("Write dates as %1 (ISO 8601) rather than as this computer does (%2)")
                            .arg(QDate(2024, 5, 7).toString(Qt::ISODate),
                                 QLocale().toString(QDate(2024, 5, 7), QLocale().dateFormat(QLocale::ShortFormat))));
    m_isoDates->setChecked(UiSettings::value(UiSetting::IsoDates).toBool());
    m_isoDates->setToolTip(tr("Applies to everything shown from now on; open pages follow when they are shown again."));
    m_confirm->setObjectName(u"preferencesConfirm"_s);
    m_confirm->setChecked(UiSettings::value(UiSetting::ConfirmChanges).toBool());

    auto *general = new QGroupBox(tr("Application"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Language"), m_language);
    generalForm->addRow(QString(), m_restartNote);
    generalForm->addRow(tr("New workspaces: phone region"), m_newRegion);
    generalForm->addRow(tr("New workspaces: currency"), m_newCurrency);
    generalForm->addRow(tr("Dates"), m_isoDates);
    generalForm->addRow(QString(), m_confirm);

    auto *workspace = new QGroupBox(tr("This workspace"), this);
    auto *workspaceForm = new QFormLayout(workspace);
    if (m_session && m_session->isOpen()) {
        workspace->setTitle(tr("This workspace: %1").arg(m_session->displayName()));
        m_region = new QComboBox(this);
        m_region->setObjectName(u"preferencesRegion"_s);
        m_region->setAccessibleName(tr("Phone region of this workspace"));
        RegionCurrencyPicker::fillRegions(m_region, m_session->region());
        workspaceForm->addRow(tr("Phone region"), m_region);
        auto *hint = new QLabel(tr("Phone numbers written without a country code are read as numbers of this region "
                                   "in imports and segment conditions."),
                                this);
        hint->setWordWrap(true);
        workspaceForm->addRow(QString(), hint);
        // The label of every amount: changing it converts nothing.
        m_currency = new QComboBox(this);
        m_currency->setObjectName(u"preferencesCurrency"_s);
        m_currency->setAccessibleName(tr("Currency of this workspace"));
        RegionCurrencyPicker::fillCurrencies(m_currency, m_session->currency());
        m_currency->setToolTip(tr("The currency the workspace's amounts are in. Changing it changes the label of "
                                  "every amount; the amounts themselves are not converted."));
        workspaceForm->addRow(tr("Currency"), m_currency);
        auto *rules = new QPushButton(tr("5A Lifecycle Rules…"), this);
        rules->setObjectName(u"preferencesLifecycleRules"_s);
        connect(rules, &QPushButton::clicked, this, [this] {
            QDialog::reject();
            Q_EMIT lifecycleRulesRequested();
        });
        workspaceForm->addRow(tr("Lifecycle"), rules);
    } else {
        workspaceForm->addRow(new QLabel(tr("No workspace is open."), this));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(workspace);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    UiSettings::setValue(UiSetting::Language, m_language->currentData());
    UiSettings::setValue(UiSetting::NewWorkspaceRegion, m_newRegion->currentData());
    UiSettings::setValue(UiSetting::NewWorkspaceCurrency, m_newCurrency->currentData());
    UiSettings::setValue(UiSetting::ConfirmChanges, m_confirm->isChecked());
    UiSettings::setValue(UiSetting::IsoDates, m_isoDates->isChecked());
    DisplayFormat::setIsoDates(m_isoDates->isChecked());
    if (m_region && m_session && m_session->isOpen())
        m_session->setRegion(m_region->currentData().toString());
    if (m_currency && m_session && m_session->isOpen()) {
        const QString error = m_session->setCurrency(m_currency->currentData().toString());
        if (!error.isEmpty()) {
            MessageBox::critical(this, tr("Currency"), error);
            return; // the dialog stays, the rest already kept
        }
    }
    QDialog::accept();
}

} // namespace mwb::ui
