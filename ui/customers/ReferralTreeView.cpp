#include "ReferralTreeView.h"

#include "DisplayFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString who(const ReferralNode &node)
{
    const QString id = node.externalId.isEmpty() ? QString::number(node.customerId) : node.externalId;
    return node.name.isEmpty() ? id : u"%1 (%2)"_s.arg(node.name, id);
}

} // namespace

ReferralTreeView::ReferralTreeView(QWidget *parent)
    : QWidget(parent)
    , m_referredBy(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_referredBy->setObjectName(u"referredBy"_s);
    m_referredBy->setWordWrap(true);
    m_referredBy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(u"referralSummary"_s);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(u"referralTree"_s);
    m_tree->setAccessibleName(tr("Customers referred"));
    m_tree->setHeaderLabels({tr("Customer"), tr("Referred on"), tr("Revenue")});
    m_tree->setToolTip(tr("Everyone this customer referred, and whom they referred in turn. Revenue: each "
                          "customer's orders less refunds, all time. Double-click a customer to open their "
                          "profile."));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setMinimumHeight(140);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT customerActivated(item->data(0, kIdRole).toLongLong()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_referredBy);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
}

QTreeWidgetItem *ReferralTreeView::item(const ReferralNode &node, const QString &currency) const
{
    auto *item = new QTreeWidgetItem(
        {who(node), node.referredOn.isValid() ? DisplayFormat::date(node.referredOn) : DisplayFormat::undefined(),
         DisplayFormat::money(node.revenueMinor, currency)});
    item->setData(0, kIdRole, node.customerId);
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    for (const ReferralNode &child : node.children)
        item->addChild(this->item(child, currency));
    return item;
}

void ReferralTreeView::setTree(const ReferralTree &tree, const QString &currency)
{
    m_tree->clear();
    QStringList chain;
    for (const ReferralNode &node : tree.referredBy)
        chain << who(node);
    m_referredBy->setText(chain.isEmpty() ? tr("Referred by no one on record.")
                                          : tr("Referred by %1.").arg(chain.join(u" ← "_s)));
    for (const ReferralNode &child : tree.root.children)
        m_tree->addTopLevelItem(item(child, currency));
    m_tree->expandToDepth(1);
    m_summary->setText(tree.root.children.isEmpty()
                           ? tr("Has referred no one.")
                           : tr("Referred %n customer(s) directly", nullptr, int(tree.root.children.size()))
                               + tr(", %n in all down the tree.", nullptr, int(tree.descendants)));
    m_tree->setVisible(!tree.root.children.isEmpty());
    m_empty = chain.isEmpty() && tree.root.children.isEmpty();
}

} // namespace mwb::ui
