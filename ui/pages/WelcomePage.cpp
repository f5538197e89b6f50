#include "WelcomePage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->icon(), action->text().remove(u'&'), parent);
    button->setMinimumHeight(36);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QAction *openDemo, QAction *open, QAction *create, QWidget *parent)
    : QWidget(parent)
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/marketing-workbench.svg"_s).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Marketing Workbench"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Bring your CRM, order and touchpoint exports together, follow each customer's "
                               "journey, build segments and measure campaigns against a control group — "
                               "offline, in one workspace file."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
    text->setForegroundRole(QPalette::PlaceholderText);

    auto *demoButton = buttonFor(openDemo, this);
    demoButton->setDefault(true);
    demoButton->setObjectName(u"welcomeDemoButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    for (QPushButton *button : {demoButton, buttonFor(open, this), buttonFor(create, this)}) {
        button->setMinimumWidth(280);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(3);
}

} // namespace mwb::ui
