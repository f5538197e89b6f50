#include "ImportMappingPage.h"

#include "ImportWizard.h"

#include "import/ColumnMapper.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QString fieldLabel(ImportField field)
{
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
    case ImportField::Product: return ImportMappingPage::tr("Product");
    case ImportField::EventTime: return ImportMappingPage::tr("Time");
    case ImportField::EventType: return ImportMappingPage::tr("Event type");
    case ImportField::Campaign: return ImportMappingPage::tr("Campaign");
    case ImportField::Value: return ImportMappingPage::tr("Value / score");
    case ImportField::Detail: return ImportMappingPage::tr("Detail");
    case ImportField::Status: return ImportMappingPage::tr("Status");
    case ImportField::MemberToken: return ImportMappingPage::tr("Member token");
    case ImportField::Address: return ImportMappingPage::tr("Street address");
    case ImportField::PostalCode: return ImportMappingPage::tr("Postal code");
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
    m_missing->setObjectName(u"mappingMissing"_s);
    m_missing->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Dates like 03/04/2024"), m_dateOrder);
    form->addRow(tr("Save this mapping as"), m_presetName);
    auto *layout = new QVBoxLayout(this);
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
    const QList<ImportField> current = m_wizard->request.mapping.size() == s.headers.size() ? m_wizard->request.mapping
                                                                                             : s.proposed;
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
            box->addItem(fieldLabel(field), static_cast<int>(field));
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
}

void ImportMappingPage::collect()
{
    QList<ImportField> mapping;
    for (int c = 0; c < m_table->rowCount(); ++c)
        mapping.append(static_cast<ImportField>(fieldBox(c)->currentData().toInt()));
    m_wizard->request.mapping = mapping;
    const QString missing = missingFields(m_wizard->request.kind, mapping);
    m_missing->setText(missing.isEmpty() ? QString()
                                         : u"<span style='color:#b3261e'>%1</span>"_s.arg(
                                             tr("Still needed: %1.").arg(missing).toHtmlEscaped()));
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
