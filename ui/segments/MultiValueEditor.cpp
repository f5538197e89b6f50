#include "MultiValueEditor.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QString textOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace

MultiValueEditor::MultiValueEditor(const QList<Option> &options, Entry entry, const QJsonArray &values, QWidget *parent)
    : QWidget(parent)
    , m_entry(entry)
    , m_button(new QPushButton(this))
    , m_popup(new QFrame(this, Qt::Popup))
    , m_list(new QListWidget(m_popup))
{
    m_button->setObjectName(u"valueList"_s);
    m_button->setAccessibleName(tr("Values"));
    m_button->setToolTip(tr("Choose the values"));
    m_button->setStyleSheet(u"text-align: left; padding: 3px 8px;"_s);
    // Points down like a combo box's arrow, on the side a reader looks last.
    m_button->setIcon(style()->standardIcon(QStyle::SP_TitleBarUnshadeButton));
    m_button->setLayoutDirection(Qt::RightToLeft);
    m_button->setMinimumWidth(180);

    m_popup->setObjectName(u"valuePopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_list->setObjectName(u"valueChoices"_s);
    m_list->setAccessibleName(tr("Values to match"));
    m_list->setMinimumWidth(220);

    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(6, 6, 6, 6);
    popupLayout->setSpacing(4);
    popupLayout->addWidget(m_list);
    if (entry != Entry::ClosedList) {
        m_add = new QLineEdit(m_popup);
        m_add->setObjectName(u"valueAdd"_s);
        m_add->setAccessibleName(tr("Add a value"));
        m_add->setPlaceholderText(entry == Entry::FreeNumber ? tr("Add a number, press Enter")
                                                             : tr("Add a value, press Enter"));
        m_add->setClearButtonEnabled(true);
        popupLayout->addWidget(m_add);
        // Typing also searches the list (thousands of products): the values holding the text
        // stay, with those chosen.
        connect(m_add, &QLineEdit::textChanged, this, [this](const QString &text) {
            const QString needle = text.trimmed();
            for (int row = 0; row < m_list->count(); ++row) {
                QListWidgetItem *item = m_list->item(row);
                item->setHidden(
                    !needle.isEmpty() && item->checkState() != Qt::Checked
                    && !item->text().contains(needle, Qt::CaseInsensitive)
                    && !item->data(Qt::UserRole).toJsonValue().toString().contains(needle, Qt::CaseInsensitive));
            }
        });
        connect(m_add, &QLineEdit::returnPressed, this, [this] {
            if (addValue(m_add->text()))
                m_add->clear();
        });
    }

    // The given values first, in their order, then the rest of the vocabulary.
    for (const QJsonValue &value : values) {
        QString text = textOf(value);
        for (const Option &option : options) {
            if (option.first == value)
                text = option.second;
        }
        appendItem(value, text, true);
    }
    for (const Option &option : options) {
        if (!values.contains(option.first))
            appendItem(option.first, option.second, false);
    }
    m_list->setMaximumHeight(qMin(m_list->sizeHintForRow(0) * qMax(m_list->count(), 3) + 8, 260));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    updateButton();

    connect(m_button, &QPushButton::clicked, this, &MultiValueEditor::showPopup);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateButton();
        Q_EMIT changed();
    });
}

void MultiValueEditor::appendItem(const QJsonValue &value, const QString &text, bool checked)
{
    auto *item = new QListWidgetItem(text);
    item->setData(Qt::UserRole, QVariant(value));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_list->addItem(item);
}

bool MultiValueEditor::addValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    QJsonValue value(trimmed);
    if (m_entry == Entry::FreeNumber) {
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok)
            return false;
        value = number == qint64(number) ? QJsonValue(qint64(number)) : QJsonValue(number);
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(Qt::UserRole).toJsonValue() == value || item->text() == trimmed) {
            item->setCheckState(Qt::Checked);
            return true;
        }
    }
    if (m_entry == Entry::ClosedList)
        return false;
    appendItem(value, textOf(value), true);
    updateButton();
    Q_EMIT changed();
    return true;
}

QJsonArray MultiValueEditor::values() const
{
    QJsonArray values;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            values.append(item->data(Qt::UserRole).toJsonValue());
    }
    return values;
}

void MultiValueEditor::updateButton()
{
    QStringList chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen.append(m_list->item(row)->text());
    }
    const QString all = chosen.join(u", "_s);
    const QString shown =
        chosen.isEmpty() ? tr("Choose values…") : m_button->fontMetrics().elidedText(all, Qt::ElideRight, 260);
    m_button->setText(shown);
    m_button->setToolTip(chosen.isEmpty() ? tr("Choose the values") : all);
}

void MultiValueEditor::showPopup()
{
    m_popup->adjustSize();
    m_popup->move(m_button->mapToGlobal(QPoint(0, m_button->height())));
    m_popup->show();
    m_list->setFocus();
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

} // namespace mwb::ui
