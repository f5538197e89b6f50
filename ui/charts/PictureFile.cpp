#include "PictureFile.h"

#include "export/AtomicFile.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>

namespace mwb::ui {

namespace {

QString encodingFailed(const QString &path)
{
    return AtomicFile::cannotWrite(path, QObject::tr("the picture could not be encoded"));
}

} // namespace

QString PictureFile::savePng(const QImage &image, const QString &path)
{
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG"))
        return encodingFailed(path);
    return AtomicFile::writeAll(path, png.data(), ExistingFile::Replace);
}

QString PictureFile::savePng(const QPixmap &picture, const QString &path)
{
    return savePng(picture.toImage(), path);
}

QString PictureFile::saveSvg(const QString &path, const QSize &size, const QString &title, const QString &description,
                             const std::function<void(QPainter &)> &paint)
{
    QBuffer svgData;
    svgData.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&svgData);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(description);
        QPainter painter;
        if (!painter.begin(&svg))
            return encodingFailed(path);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter);
        if (!painter.end())
            return encodingFailed(path);
    }
    return AtomicFile::writeAll(path, svgData.data(), ExistingFile::Replace);
}

} // namespace mwb::ui
