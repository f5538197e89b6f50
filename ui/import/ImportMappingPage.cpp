#include "ImportMappingPage.h"

#include "DisplayFormat.h"
#include "ImportWizard.h"
#include "MappingPresetsDialog.h"
#include "store/Workspace.h"

#include "import/ColumnMapper.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QString fieldLabel(ImportKind kind, ImportField field)
{
    // Points files: the type is of the change of points, the time is when it happened.
    if (kind == ImportKind::Points && field == ImportField::EventType)
        return ImportMappingPage::tr("Type (earned, redeemed, expired, adjusted)");
    if (kind == ImportKind::Referrals && field == ImportField::EventTime)
        return ImportMappingPage::tr("Referred on");
    switch (field) {
    case ImportField::Ignore: return ImportMappingPage::tr("— leave out —");
    case ImportField::Custom: return ImportMappingPage::tr("Keep as custom attribute");
    case ImportField::ExternalId: return ImportMappingPage::tr("Customer id");
    case ImportField::Name: return ImportMappingPage::tr("Name");
    case ImportField::FirstName: return ImportMappingPage::tr("First name");
    case ImportField::LastName: return ImportMappingPage::tr("Last name");
    case ImportField::Email: return ImportMappingPage::tr("E-mail");
    case ImportField::Phone: return ImportMappingPage::tr("Phone");
    case ImportField::City: return ImportMappingPage::tr("City");
    case ImportField::Region: return ImportMappingPage::tr("Region / province");
    case ImportField::Country: return ImportMappingPage::tr("Country");
    case ImportField::Gender: return ImportMappingPage::tr("Gender");
    case ImportField::BirthDate: return ImportMappingPage::tr("Birth date");
    case ImportField::SignupDate: return ImportMappingPage::tr("Signup date");
    case ImportField::SourceChannel: return ImportMappingPage::tr("Acquisition channel");
    case ImportField::Tier: return ImportMappingPage::tr("Tier / level");
    case ImportField::Tags: return ImportMappingPage::tr("Tags");
    case ImportField::OrderId: return ImportMappingPage::tr("Order id");
    case ImportField::OrderDate: return ImportMappingPage::tr("Order date");
    case ImportField::Amount: return ImportMappingPage::tr("Amount");
    case ImportField::Quantity: return ImportMappingPage::tr("Quantity");
    case ImportField::UnitPrice: return ImportMappingPage::tr("Unit price");
    case ImportField::Channel: return ImportMappingPage::tr("Channel");
    case ImportField::Product: return ImportMappingPage::tr("Product name");
    case ImportField::ProductCode: return ImportMappingPage::tr("Product code (SKU)");
    case ImportField::Category: return ImportMappingPage::tr("Product category");
    case ImportField::Brand: return ImportMappingPage::tr("Brand");
    case ImportField::LineAmount: return ImportMappingPage::tr("Line amount");
    case ImportField::EventTime: return ImportMappingPage::tr("Time");
    case ImportField::EventType: return ImportMappingPage::tr("Event type");
    case ImportField::Campaign: return ImportMappingPage::tr("Campaign");
    case ImportField::Value: return ImportMappingPage::tr("Value / score");
    case ImportField::Detail: return ImportMappingPage::tr("Detail");
    case ImportField::Status: return ImportMappingPage::tr("Status");
    case ImportField::MemberToken: return ImportMappingPage::tr("Member token");
    case ImportField::Address: return ImportMappingPage::tr("Street address");
    case ImportField::PostalCode: return ImportMappingPage::tr("Postal code");
    case ImportField::Points: return ImportMappingPage::tr("Points (+ earned, − spent)");
    case ImportField::Reference: return ImportMappingPage::tr("Reference (order, reward, note)");
    case ImportField::Referrer: return ImportMappingPage::tr("Referred by (their id, e-mail or phone)");
    }
    return importFieldName(field);
}

QString typeLabel(const QString &type)
{
    if (type == u"date"_s)
        return ImportMappingPage::tr("date");
    if (type == u"number"_s)
        return ImportMappingPage::tr("number");
    if (type == u"empty"_s)
        return ImportMappingPage::tr("empty");
    return ImportMappingPage::tr("text");
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_dateOrder(new QComboBox(this))
    , m_presetName(new QLineEdit(this))
    , m_preset(new QComboBox(this))
    , m_presetNote(new QLabel(this))
    , m_managePresets(new QPushButton(tr("Manage…"), this))
    , m_missing(new QLabel(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Each column goes to a field of the workspace. The proposals come from the column names; "
                   "change any of them."));
    m_table->setObjectName(u"mappingTable"_s);
    m_table->setAccessibleName(tr("The file's columns and the fields they go to"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Sample values"), tr("Looks like"), tr("Goes to")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dateOrder->setObjectName(u"dateOrder"_s);
    m_dateOrder->addItem(DateTimeParser::localeDateOrder() == DateOrder::MonthDayYear
                             ? tr("As the values show (else month/day/year, as this computer writes dates)")
                             : tr("As the values show (else day/month/year, as this computer writes dates)"),
                         static_cast<int>(DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day/month/year (07/05/2024 is 7 May)"), static_cast<int>(DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Month/day/year (05/07/2024 is 7 May)"), static_cast<int>(DateOrder::MonthDayYear));
    m_presetName->setObjectName(u"presetName"_s);
    m_presetName->setPlaceholderText(tr("optional, e.g. “Shop orders export”"));
    m_preset->setObjectName(u"mappingPreset"_s);
    m_preset->setAccessibleName(tr("Saved mapping to use"));
    m_presetNote->setObjectName(u"mappingPresetNote"_s);
    m_presetNote->setWordWrap(true);
    m_managePresets->setObjectName(u"managePresets"_s);
    m_managePresets->setToolTip(tr("Rename or delete the mappings saved in this workspace"));
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportMappingPage::presetChosen);
    connect(m_managePresets, &QPushButton::clicked, this, &ImportMappingPage::managePresets);
    m_missing->setObjectName(u"mappingMissing"_s);
    m_missing->setWordWrap(true);

    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(m_managePresets);
    auto *top = new QFormLayout;
    top->addRow(tr("Mapping"), presetRow);
    auto *form = new QFormLayout;
    form->addRow(tr("Dates like 03/04/2024"), m_dateOrder);
    form->addRow(tr("Save this mapping as"), m_presetName);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_presetNote);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missing);
    layout->addLayout(form);
}

QComboBox *ImportMappingPage::fieldBox(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, 3));
}

void ImportMappingPage::initializePage()
{
    const SniffResult &s = m_wizard->sniff;
    const ImportKind kind = m_wizard->request.kind;
    const QList<ImportField> current =
        m_wizard->request.mapping.size() == s.headers.size() ? m_wizard->request.mapping : s.proposed;
    const QList<ImportField> choices = fieldsForKind(kind);
    m_table->setRowCount(static_cast<int>(s.headers.size()));
    for (int c = 0; c < s.headers.size(); ++c) {
        m_table->setItem(c, 0, new QTableWidgetItem(s.headers[c]));
        QStringList samples;
        for (const QStringList &row : s.preview) {
            if (samples.size() < 3 && c < row.size() && !row[c].isEmpty())
                samples.append(row[c]);
        }
        m_table->setItem(c, 1, new QTableWidgetItem(samples.join(u"  ·  "_s)));
        m_table->setItem(c, 2, new QTableWidgetItem(typeLabel(s.columns.value(c).detectedType())));
        auto *box = new QComboBox(m_table);
        box->setAccessibleName(tr("Field for column %1").arg(s.headers[c]));
        for (ImportField field : choices)
            box->addItem(fieldLabel(kind, field), static_cast<int>(field));
        const int index = box->findData(static_cast<int>(current.value(c, ImportField::Ignore)));
        box->setCurrentIndex(index < 0 ? 0 : index);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            collect();
            Q_EMIT completeChanged();
        });
        m_table->setCellWidget(c, 3, box);
    }
    m_table->resizeColumnToContents(0);
    collect();
    const QString file = m_wizard->request.path + QChar(0x1e) + MappingPresets::headerKey(s.headers);
    loadPresets(file != m_pickedFor);
    m_pickedFor = file;
}

void ImportMappingPage::loadPresets(bool pickForNewFile)
{
    const SniffResult &s = m_wizard->sniff;
    const QString previous = m_preset->currentData().toString();
    QString problem;
    m_presets.clear();
    try {
        auto db = Workspace::openConnection(m_wizard->workspacePath(), Workspace::Access::ReadOnly);
        for (const MappingPreset &preset : MappingPresets::list(*db)) {
            if (preset.kind == m_wizard->request.kind)
                m_presets.append(preset);
        }
    } catch (const SQLite::Exception &e) {
        problem = Workspace::failure(m_wizard->workspacePath(), e).message;
    }
    const QString key = MappingPresets::headerKey(s.headers);
    QString pick = pickForNewFile ? QString() : previous;
    QDateTime newest;
    const QSignalBlocker blocker(m_preset);
    m_preset->clear();
    m_preset->addItem(tr("Proposed from the column names"), QString());
    for (const MappingPreset &preset : std::as_const(m_presets)) {
        m_preset->addItem(preset.name, preset.name);
        m_preset->setItemData(
            m_preset->count() - 1,
            tr("Saved %1 for the columns: %2")
                .arg(DisplayFormat::date(preset.updatedAt.toLocalTime().date()), preset.headers.join(u", "_s)),
            Qt::ToolTipRole);
        if (pickForNewFile && MappingPresets::headerKey(preset.headers) == key
            && (newest.isNull() || preset.updatedAt > newest)) {
            pick = preset.name;
            newest = preset.updatedAt;
        }
    }
    const int index = pick.isEmpty() ? 0 : m_preset->findData(pick);
    m_preset->setCurrentIndex(index < 0 ? 0 : index);
    if (!problem.isEmpty()) {
        m_presetNote->setText(tr("The saved mappings could not be read: %1").arg(problem));
        return;
    }
    if (pickForNewFile || index < 0 || pick != previous)
        presetChosen();
}

void ImportMappingPage::presetChosen()
{
    const SniffResult &s = m_wizard->sniff;
    const QString name = m_preset->currentData().toString();
    if (name.isEmpty()) {
        m_presetNote->setText(m_presets.isEmpty()
                                  ? QString()
                                  : tr("No saved mapping is for exactly these columns; the fields are proposed "
                                       "from the column names."));
        showMapping(s.proposed);
        return;
    }
    for (const MappingPreset &preset : std::as_const(m_presets)) {
        if (preset.name != name)
            continue;
        const LoadedMapping loaded = MappingPresets::applyTo(preset, s.headers, s.proposed);
        if (!loaded.error.isEmpty()) {
            m_presetNote->setText(loaded.error);
            showMapping(s.proposed);
            return;
        }
        const int shared = MappingPresets::sharedColumns(preset, s.headers);
        const QString saved = DisplayFormat::date(preset.updatedAt.toLocalTime().date());
        m_presetNote->setText(
            shared == s.headers.size() && shared == preset.headers.size()
                ? tr("Using the mapping “%1”, saved on %2 for these columns.").arg(name, saved)
                : tr("Using the mapping “%1” (saved on %2): it names %n of this file's columns; the others keep "
                     "the proposals from their names.",
                     nullptr, shared)
                      .arg(name, saved));
        showMapping(loaded.mapping);
        return;
    }
}

void ImportMappingPage::showMapping(const QList<ImportField> &mapping)
{
    for (int c = 0; c < m_table->rowCount(); ++c) {
        QComboBox *box = fieldBox(c);
        const QSignalBlocker blocker(box);
        const int index = box->findData(static_cast<int>(mapping.value(c, ImportField::Ignore)));
        box->setCurrentIndex(index < 0 ? 0 : index);
    }
    collect();
    Q_EMIT completeChanged();
}

void ImportMappingPage::managePresets()
{
    MappingPresetsDialog dialog(m_wizard->workspacePath(), this);
    dialog.exec();
    loadPresets(false);
}

void ImportMappingPage::collect()
{
    QList<ImportField> mapping;
    for (int c = 0; c < m_table->rowCount(); ++c)
        mapping.append(static_cast<ImportField>(fieldBox(c)->currentData().toInt()));
    m_wizard->request.mapping = mapping;
    const QString missing = missingFields(m_wizard->request.kind, mapping);
    if (!missing.isEmpty()) {
        m_missing->setText(
            u"<span style='color:#b3261e'>%1</span>"_s.arg(tr("Still needed: %1.").arg(missing).toHtmlEscaped()));
    } else if (derivesOrderKeys(m_wizard->request.kind, mapping)) {
        m_missing->setText(derivedOrderKeysNote().toHtmlEscaped()); // each row its own order
    } else {
        m_missing->clear();
    }
}

bool ImportMappingPage::isComplete() const
{
    return missingFields(m_wizard->request.kind, m_wizard->request.mapping).isEmpty();
}

bool ImportMappingPage::validatePage()
{
    collect();
    m_wizard->request.dateOrder = static_cast<DateOrder>(m_dateOrder->currentData().toInt());
    m_wizard->presetName = m_presetName->text().trimmed();
    return isComplete();
}

} // namespace mwb::ui
