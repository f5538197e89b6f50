#include "GuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

QString GuideDialog::text()
{
    QFile guide(u":/guide/USER_GUIDE.md"_s);
    if (!guide.open(QIODevice::ReadOnly))
        return {};
    QString markdown = QString::fromUtf8(guide.readAll());
    // The screenshots live beside the guide in the sources, not in the application.
    static const QRegularExpression image(uR"(!\[[^\]]*\]\([^)]*\))"_s);
    markdown.remove(image);
    return markdown;
}

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Marketing Workbench — User Guide"));
    setObjectName(u"guideDialog"_s);
    m_browser->setObjectName(u"guideText"_s);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setMarkdown(text());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(820, 720);
}

} // namespace mwb::ui
