#include "InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::InputFile" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::InputFile)
};

} // namespace

QString InputFile::problem(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.isEmpty())
        return Text::tr("No file name was given.");
    if (!info.exists())
        return info.isSymLink() ? Text::tr("%1 is a link to a file that does not exist.").arg(name)
                                : Text::tr("%1 does not exist.").arg(name);
    if (info.isDir())
        return Text::tr("%1 is a folder, not a file.").arg(name);
    if (!info.isFile())
        return Text::tr("%1 is not a regular file (a device, a pipe or a socket); save what it gives to a file and "
                        "use that.")
            .arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("%1 cannot be read: %2.").arg(name, file.errorString());
    return {};
}

} // namespace mwb
