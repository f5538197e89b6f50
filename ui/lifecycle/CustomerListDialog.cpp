#include "CustomerListDialog.h"

#include "DisplayFormat.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "segments/SegmentService.h"
#include "customers/CustomerListExporter.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomerTableView.h"
#include "dialogs/FileDialog.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "widgets/TableCopy.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

CustomerListDialog::CustomerListDialog(WorkspaceSession *session, const SegmentNode &definition,
                                       const QString &description, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_definition(definition)
    , m_description(description)
    , m_summary(new QLabel(tr("Finding the customers…"), this))
    , m_model(new CustomerTableModel(session->customers(), this))
    , m_table(new QTableView(this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_save(new QPushButton(tr("Save as segment…"), this))
{
    setWindowTitle(description);
    setObjectName(u"customerList"_s);
    resize(1000, 580);
    auto *heading = new QLabel(description, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);

    // The definition in words, so the list says exactly who is in it.
    auto *meaning = new QLabel(SegmentDefinition::describe(definition), this);
    meaning->setWordWrap(true);
    meaning->setForegroundRole(QPalette::PlaceholderText);
    meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary->setObjectName(u"customerCount"_s);
    m_table->setObjectName(u"customerTable"_s);
    m_table->setAccessibleName(tr("Customers"));
    setUpCustomerTable(m_table, m_model);
    QHeaderView *header = m_table->horizontalHeader();
    const int charWidth = fontMetrics().averageCharWidth();
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        const int chars = column == CustomerTableModel::Email ? 26 : column == CustomerTableModel::Name ? 16 : 12;
        header->resizeSection(column, chars * charWidth + 16);
    }
    connect(m_table, &QTableView::doubleClicked, this, &CustomerListDialog::openCurrent);
    connect(m_table, &QTableView::activated, this, &CustomerListDialog::openCurrent);

    m_export->setObjectName(u"exportCustomers"_s);
    m_export->setToolTip(tr("Write every customer of this list to a CSV or Excel file"));
    m_export->setEnabled(false);
    m_save->setObjectName(u"saveSegment"_s);
    m_save->setEnabled(false);
    m_save->setToolTip(tr("Saves a segment that selects exactly these customers"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CustomerListDialog::saveAsSegment);
    connect(m_export, &QPushButton::clicked, this, &CustomerListDialog::exportList);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(meaning);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_model, &CustomerTableModel::loaded, this, [this] {
        const bool first = !m_loaded;
        m_loaded = true;
        showCount();
        if (first)
            Q_EMIT loaded();
    });
    connect(m_model, &CustomerTableModel::failed, this, [this](const QString &error) {
        m_summary->setText(tr("The customers could not be listed: %1").arg(error));
        const bool first = !m_loaded;
        m_loaded = true;
        if (first)
            Q_EMIT loaded();
    });
    m_model->setCurrency(m_session->currency());
    CustomerListQuery query;
    query.segment = definition;
    m_model->setQuery(query);
}

void CustomerListDialog::showCount()
{
    m_count = m_model->isLoaded() ? m_model->rowCount() : 0;
    m_summary->setText(tr("%Ln customers.", nullptr, static_cast<int>(std::min<qint64>(m_count, INT_MAX))));
    m_save->setEnabled(m_count > 0);
    m_export->setEnabled(m_count > 0 && !m_exporting);
}

void CustomerListDialog::openCurrent(const QModelIndex &index)
{
    const qint64 id = index.isValid() ? m_model->customerId(index.row()) : 0;
    if (id > 0)
        m_session->openProfile(id, this);
}

bool CustomerListDialog::saveAsSegment()
{
    const auto name = InputDialog::getText(this, tr("Save as segment"), tr("Segment name:"), m_description);
    if (!name)
        return false;
    m_save->setEnabled(false); // until this save is answered
    m_session->segments()->save(
        *name, m_definition.toJson(), this, [this, name = name->trimmed()](const SegmentSaveResult &result) {
            m_save->setEnabled(true);
            if (!result.ok()) {
                MessageBox::critical(this, tr("Save as segment"), result.error);
                return;
            }
            MessageBox::information(
                this, tr("Save as segment"),
                tr("Saved the segment “%1” (%2 customers now).").arg(name, DisplayFormat::count(m_count)));
        });
    return true;
}

bool CustomerListDialog::exportList()
{
    if (!m_session->isOpen() || m_exporting || !m_model->isLoaded() || m_model->rowCount() == 0)
        return false;
    QStringList columns{u"id"_s};
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column)
        columns << CustomerTableModel::columnKey(column);
    m_exporting = CustomerListExporter::start(
        this, m_session, m_model->ids(), columns, m_export, [this](const CustomerExportResult &result) {
            m_exporting = false;
            m_lastExport = result;
            showCount();
            if (result.ok())
                m_summary->setText(m_summary->text() + u' ' + CustomerListExporter::doneText(result));
            Q_EMIT exportFinished();
        });
    return m_exporting;
}

} // namespace mwb::ui
