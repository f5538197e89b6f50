#include "FileDialog.h"

#include <QFileDialog>

#include <QStringList>

namespace mwb::ui {

namespace {
QStringList g_nextFileNames; // answered in turn
} // namespace

bool FileDialog::takeNext(QString *fileName)
{
    if (g_nextFileNames.isEmpty())
        return false;
    *fileName = g_nextFileNames.takeFirst();
    return true;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileNames.append(fileName);
}

} // namespace mwb::ui
