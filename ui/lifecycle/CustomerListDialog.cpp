#include "CustomerListDialog.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "segments/CustomerTable.h"
#include "segments/SegmentService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
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
    , m_table(new CustomerTable(this))
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
    m_save->setObjectName(u"saveSegment"_s);
    m_save->setEnabled(false);
    m_save->setToolTip(tr("Saves a segment that selects exactly these customers"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CustomerListDialog::saveAsSegment);
    connect(m_table, &CustomerTable::customerActivated, this,
            [this](qint64 customerId) { m_session->openProfile(customerId, this); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(meaning);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    m_session->segments()->customers(definition, kShownRows, this,
                                     [this](const SegmentCustomers &customers) { showCustomers(customers); });
}

void CustomerListDialog::showCustomers(const SegmentCustomers &customers)
{
    m_loaded = true;
    if (!customers.error.isEmpty()) {
        m_summary->setText(tr("The customers could not be listed: %1").arg(customers.error));
        Q_EMIT loaded();
        return;
    }
    m_count = customers.count;
    m_summary->setText(customers.count > customers.rows.size()
                           ? tr("%1 customers; the first %2 are listed.")
                                 .arg(DisplayFormat::count(customers.count), DisplayFormat::count(customers.rows.size()))
                           : tr("%1 customers.").arg(DisplayFormat::count(customers.count)));
    m_table->setCustomers(customers.rows, m_session->currency());
    m_save->setEnabled(customers.count > 0);
    Q_EMIT loaded();
}

bool CustomerListDialog::saveAsSegment()
{
    const auto name = InputDialog::getText(this, tr("Save as segment"), tr("Segment name:"), m_description);
    if (!name)
        return false;
    const QString error = m_session->saveSegment(*name, m_definition.toJson());
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Save as segment"), error);
        return false;
    }
    MessageBox::information(this, tr("Save as segment"),
                            tr("Saved the segment “%1” (%2 customers now).").arg(name->trimmed(), DisplayFormat::count(m_count)));
    return true;
}

} // namespace mwb::ui
