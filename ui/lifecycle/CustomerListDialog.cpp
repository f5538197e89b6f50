#include "CustomerListDialog.h"

#include "DisplayFormat.h"
#include "StageStyle.h"
#include "WorkspaceSession.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

CustomerListDialog::CustomerListDialog(WorkspaceSession *session, const StageSelection &selection,
                                       const QString &description, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_selection(selection)
    , m_description(description)
    , m_summary(new QLabel(tr("Finding the customers…"), this))
    , m_table(new QTableWidget(0, 8, this))
    , m_save(new QPushButton(tr("Save as segment…"), this))
{
    setWindowTitle(description);
    resize(960, 560);
    auto *heading = new QLabel(description, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);

    m_table->setHorizontalHeaderLabels({tr("Customer ID"), tr("Name"), tr("E-mail"), tr("Phone"), tr("Stage now"),
                                        tr("Since"), tr("Orders"), tr("Revenue")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_save->setObjectName(u"saveSegment"_s);
    m_save->setEnabled(false);
    m_save->setToolTip(tr("Saves a segment that selects exactly these customers"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CustomerListDialog::saveAsSegment);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    QPointer<CustomerListDialog> self(this);
    m_session->lifecycleCustomers(selection, kShownRows, [self](qint64 count, const QList<CustomerSummary> &rows) {
        if (self)
            self->showCustomers(count, rows);
    });
}

void CustomerListDialog::showCustomers(qint64 count, const QList<CustomerSummary> &rows)
{
    m_count = count;
    m_loaded = true;
    m_summary->setText(count > rows.size() ? tr("%1 customers; the first %2 are listed.")
                                                 .arg(DisplayFormat::count(count), DisplayFormat::count(rows.size()))
                                           : tr("%1 customers.").arg(DisplayFormat::count(count)));
    m_table->setRowCount(static_cast<int>(rows.size()));
    const QString currency = m_session->currency();
    for (int r = 0; r < rows.size(); ++r) {
        const CustomerSummary &c = rows[r];
        const QStringList cells{c.externalId,
                                c.name,
                                c.email,
                                c.phone,
                                c.stage ? StageStyle::displayName(*c.stage) : QString(),
                                c.stageSince.isValid() ? DisplayFormat::date(c.stageSince) : QString(),
                                DisplayFormat::count(c.orders),
                                DisplayFormat::money(c.revenueMinor, currency)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_save->setEnabled(count > 0);
    Q_EMIT loaded();
}

bool CustomerListDialog::saveAsSegment()
{
    const auto name = InputDialog::getText(this, tr("Save as segment"), tr("Segment name:"), m_description);
    if (!name)
        return false;
    const QString error = m_session->saveSegment(*name, m_selection.segmentDefinition());
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Save as segment"), error);
        return false;
    }
    MessageBox::information(this, tr("Save as segment"),
                            tr("Saved the segment “%1” (%2 customers now).").arg(name->trimmed(), DisplayFormat::count(m_count)));
    return true;
}

} // namespace mwb::ui
