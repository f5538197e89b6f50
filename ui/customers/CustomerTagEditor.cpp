#include "CustomerTagEditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

CustomerTagEditor::CustomerTagEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setObjectName(u"profileTags"_s);
    m_list->setAccessibleName(tr("Tags"));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(3);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFixedHeight(fontMetrics().height() * 2 + 16);
    m_list->setStyleSheet(u"QListWidget::item { background: #e8eef8; border: 1px solid #c5d3ea; border-radius: 9px;"
                          " padding: 1px 8px; color: #1d3b66; }"
                          "QListWidget::item:selected { background: #2f6fd1; border-color: #2f6fd1; color: white; }"_s);
    m_input->setObjectName(u"profileTagInput"_s);
    m_input->setAccessibleName(tr("New tag"));
    m_input->setPlaceholderText(tr("New tag"));
    m_add->setObjectName(u"profileAddTag"_s);
    m_add->setAccessibleName(tr("Add tag"));
    m_remove->setObjectName(u"profileRemoveTag"_s);
    m_remove->setAccessibleName(tr("Remove tag"));
    m_remove->setToolTip(tr("Remove the chosen tag"));

    connect(m_add, &QPushButton::clicked, this, &CustomerTagEditor::addTyped);
    connect(m_input, &QLineEdit::returnPressed, this, &CustomerTagEditor::addTyped);
    connect(m_input, &QLineEdit::textChanged, this, &CustomerTagEditor::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeTag(); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &CustomerTagEditor::updateButtons);

    auto *edit = new QHBoxLayout;
    edit->addWidget(m_input, 1);
    edit->addWidget(m_add);
    edit->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(edit);
    updateButtons();
}

void CustomerTagEditor::setTags(const QStringList &tags)
{
    m_list->clear();
    m_list->addItems(tags);
    m_list->setToolTip(tags.isEmpty() ? tr("No tags yet: type one below and press Add") : QString());
    updateButtons();
}

QStringList CustomerTagEditor::tags() const
{
    QStringList tags;
    for (int i = 0; i < m_list->count(); ++i)
        tags << m_list->item(i)->text();
    return tags;
}

void CustomerTagEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void CustomerTagEditor::addTyped()
{
    const QString tag = m_input->text().trimmed();
    if (m_busy || tag.isEmpty() || tags().contains(tag))
        return;
    m_input->clear();
    Q_EMIT addRequested(tag);
}

void CustomerTagEditor::removeTag(const QString &tag)
{
    QString chosen = tag;
    if (chosen.isEmpty() && m_list->currentItem() && m_list->currentItem()->isSelected())
        chosen = m_list->currentItem()->text();
    if (m_busy || chosen.isEmpty() || !tags().contains(chosen))
        return;
    Q_EMIT removeRequested(chosen);
}

void CustomerTagEditor::updateButtons()
{
    const QString typed = m_input->text().trimmed();
    m_add->setEnabled(!m_busy && !typed.isEmpty() && !tags().contains(typed));
    m_remove->setEnabled(!m_busy && !m_list->selectedItems().isEmpty());
    m_input->setEnabled(!m_busy);
}

} // namespace mwb::ui
