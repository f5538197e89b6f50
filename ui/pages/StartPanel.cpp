#include "StartPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

StartPanel::StartPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
{
    setObjectName(u"startPanel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("This workspace is empty. Import a file your CRM, shop, till or marketing tool "
                               "exported — contacts, orders or order lines, touchpoints — in any encoding, with "
                               "English or Chinese headers. Nothing is written before you have seen what each "
                               "column becomes and which rows would be refused."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(560);
    text->setForegroundRole(QPalette::PlaceholderText);

    auto *import = new QPushButton(tr("Import Your First File…"), this);
    import->setObjectName(u"startImport"_s);
    import->setDefault(true);
    auto *demo = new QPushButton(tr("Open the Demo Workspace"), this);
    demo->setObjectName(u"startDemo"_s);
    auto *guide = new QPushButton(tr("Read the User Guide"), this);
    guide->setObjectName(u"startGuide"_s);
    connect(import, &QPushButton::clicked, this, &StartPanel::importRequested);
    connect(demo, &QPushButton::clicked, this, &StartPanel::demoRequested);
    connect(guide, &QPushButton::clicked, this, &StartPanel::guideRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    for (QPushButton *button : {import, demo, guide}) {
        button->setMinimumSize(280, 36);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(3);
}

void StartPanel::setWorkspaceName(const QString &name)
{
    m_title->setText(tr("%1 is ready").arg(name));
}

} // namespace mwb::ui
