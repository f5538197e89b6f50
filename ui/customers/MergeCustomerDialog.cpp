#include "MergeCustomerDialog.h"

#include "CustomerService.h"
#include "DisplayFormat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;

} // namespace

MergeCustomerDialog::MergeCustomerDialog(CustomerService *service, qint64 keptId, const QString &keptName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_keptId(keptId)
    , m_search(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_keepChosen(new QCheckBox(tr("Keep the chosen customer instead (this one moves into it)"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_delay(new QTimer(this))
{
    setObjectName(u"mergeCustomerDialog"_s);
    setWindowTitle(tr("Merge with…"));
    resize(560, 420);
    auto *intro = new QLabel(tr("Find the customer who is the same person as %1. Their identities, orders, "
                                "touchpoints, tags and campaigns move to %1, and they are removed.")
                                 .arg(keptName.isEmpty() ? tr("this customer") : u"“%1”"_s.arg(keptName)),
                             this);
    intro->setWordWrap(true);
    m_search->setObjectName(u"mergeSearch"_s);
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setPlaceholderText(tr("Customer ID, e-mail, phone or name"));
    m_search->setClearButtonEnabled(true);
    m_matches->setObjectName(u"mergeMatches"_s);
    m_matches->setAccessibleName(tr("Matching customers"));
    m_status->setObjectName(u"mergeStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_keepChosen->setObjectName(u"mergeKeepChosen"_s);
    QPushButton *merge = m_buttons->addButton(tr("Merge…"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(u"mergeChoose"_s);
    merge->setEnabled(false);

    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &MergeCustomerDialog::search);
    connect(m_matches, &QListWidget::currentRowChanged, this, [merge](int row) { merge->setEnabled(row >= 0); });
    connect(m_matches, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (chosenId() > 0)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_matches, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_keepChosen);
    layout->addWidget(m_buttons);
    m_status->setText(tr("Type to search."));
}

void MergeCustomerDialog::search()
{
    const QString text = m_search->text().trimmed();
    const quint64 generation = ++m_generation;
    m_matches->clear();
    if (text.isEmpty()) {
        m_status->setText(tr("Type to search."));
        return;
    }
    m_status->setText(tr("Searching…"));
    CustomerListQuery query;
    query.search = text;
    m_service->firstPage(query, kShownMatches + 1, this, [this, generation](const CustomerPage &page) {
        if (generation != m_generation)
            return; // a newer search was typed
        m_matches->clear();
        if (!page.error.isEmpty()) {
            m_status->setText(page.error);
            Q_EMIT matchesShown();
            return;
        }
        int listed = 0;
        for (const CustomerListRow &row : page.rows) {
            if (row.id == m_keptId || listed == kShownMatches)
                continue;
            QStringList parts{row.name.isEmpty() ? tr("(no name)") : row.name, row.externalId};
            if (!row.email.isEmpty())
                parts << row.email;
            if (!row.phone.isEmpty())
                parts << row.phone;
            parts << tr("%Ln orders", nullptr, static_cast<int>(row.orders));
            auto *item = new QListWidgetItem(parts.join(u" · "_s), m_matches);
            item->setData(kIdRole, row.id);
            item->setData(kNameRole, row.name);
            ++listed;
        }
        m_status->setText(listed == 0 ? tr("No other customer matches.")
                                      : tr("%1 shown; choose one and press Merge.").arg(DisplayFormat::count(listed)));
        Q_EMIT matchesShown();
    });
}

qint64 MergeCustomerDialog::chosenId() const
{
    const QListWidgetItem *item = m_matches->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

QString MergeCustomerDialog::chosenName() const
{
    const QListWidgetItem *item = m_matches->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

bool MergeCustomerDialog::keepChosen() const
{
    return m_keepChosen->isChecked();
}

bool MergeCustomerDialog::choose(qint64 customerId)
{
    for (int i = 0; i < m_matches->count(); ++i) {
        if (m_matches->item(i)->data(kIdRole).toLongLong() == customerId) {
            m_matches->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

} // namespace mwb::ui
