// FileDialog: file pickers that tests can answer in advance with setNextFileName().
#pragma once

#include <QString>

class QWidget;

namespace mwb::ui {

class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);

    // For tests: the next dialog is not shown and returns `fileName` (empty: cancelled);
    // called several times, the next dialogs answer in turn.
    static void setNextFileName(const QString &fileName);

private:
    static bool takeNext(QString *fileName);
};

} // namespace mwb::ui
