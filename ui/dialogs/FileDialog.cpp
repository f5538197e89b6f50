#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace mwb::ui {

namespace {
std::optional<QString> g_nextFileName;
} // namespace

bool FileDialog::takeNext(QString *fileName)
{
    if (!g_nextFileName)
        return false;
    *fileName = *g_nextFileName;
    g_nextFileName.reset();
    return true;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}

} // namespace mwb::ui
