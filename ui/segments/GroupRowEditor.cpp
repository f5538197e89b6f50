#include "GroupRowEditor.h"

#include "DragHandle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace mwb::ui {

GroupRowEditor::GroupRowEditor(SegmentNode::Kind kind, int childCount, QWidget *parent)
    : QWidget(parent)
    , m_handle(new DragHandle(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(6);
    layout->addWidget(m_handle);

    auto *hint = new QLabel(this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    if (kind == SegmentNode::Kind::Not) {
        auto *label = new QLabel(tr("<b>Not</b>"), this);
        label->setObjectName(u"notLabel"_s);
        layout->addWidget(label);
        hint->setText(tr("customers who do not match the row below"));
    } else {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(u"groupKind"_s);
        m_kind->setAccessibleName(tr("Group matches"));
        m_kind->addItem(tr("All of"), int(SegmentNode::Kind::All));
        m_kind->addItem(tr("Any of"), int(SegmentNode::Kind::Any));
        m_kind->setCurrentIndex(m_kind->findData(int(kind)));
        m_kind->setToolTip(tr("All of: customers matching every row below. "
                              "Any of: customers matching at least one."));
        QFont bold = m_kind->font();
        bold.setBold(true);
        m_kind->setFont(bold);
        layout->addWidget(m_kind);
        // An empty group is easy to misread: say what it matches.
        auto describe = [hint, childCount](SegmentNode::Kind current) {
            hint->setText(childCount > 0                          ? tr("the following")
                              : current == SegmentNode::Kind::All ? tr("(no conditions yet: every customer)")
                                                                  : tr("(no conditions yet: no customer)"));
        };
        describe(kind);
        connect(m_kind, &QComboBox::currentIndexChanged, this, [this, describe] {
            describe(this->kind());
            Q_EMIT kindChanged(this->kind());
        });
    }
    layout->addWidget(hint);
    layout->addStretch(1);
}

SegmentNode::Kind GroupRowEditor::kind() const
{
    return m_kind ? SegmentNode::Kind(m_kind->currentData().toInt()) : m_notKind;
}

} // namespace mwb::ui
