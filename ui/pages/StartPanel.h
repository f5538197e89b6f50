// StartPanel: what a new, empty workspace shows instead of empty figures: the three ways
// to begin — import the first file, open the demo workspace to look around, read the
// guide — each a button, with a word on what an import takes.
#pragma once

#include <QWidget>

class QLabel;

namespace mwb::ui {

class StartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StartPanel(QWidget *parent = nullptr);
    void setWorkspaceName(const QString &name);

Q_SIGNALS:
    void importRequested();
    void demoRequested();
    void guideRequested();

private:
    QLabel *m_title;
};

} // namespace mwb::ui
