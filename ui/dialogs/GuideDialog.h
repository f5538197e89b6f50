// GuideDialog: the user guide (docs/USER_GUIDE.md, carried inside the application) in a
// window of its own, offline, opened from Help › User Guide (F1) and from an empty
// workspace's start panel.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace mwb::ui {

class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // The guide's text (Markdown).
    static QString text();

private:
    QTextBrowser *m_browser;
};

} // namespace mwb::ui
