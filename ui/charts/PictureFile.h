// PictureFile: charts and drawings saved as PNG or SVG through core's AtomicFile: the
// target is checked first (never a workspace, a folder or a device), the picture is
// encoded in memory and renamed into place complete. Errors name the file.
#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QImage;
class QPainter;
class QPixmap;

namespace mwb::ui {

class PictureFile
{
public:
    static QString savePng(const QImage &image, const QString &path);
    static QString savePng(const QPixmap &picture, const QString &path);
    // Draws with `paint` into an SVG document of `size`.
    static QString saveSvg(const QString &path, const QSize &size, const QString &title, const QString &description,
                           const std::function<void(QPainter &)> &paint);
};

} // namespace mwb::ui
