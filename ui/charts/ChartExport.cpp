#include "ChartExport.h"

#include "PictureFile.h"
#include "UiSettings.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "export/TableExport.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr qreal kPictureScale = 2.0; // PNGs at twice the screen's pixels, sharp when printed

} // namespace

ChartExport::ChartExport(QChartView *view)
    : QObject(view)
    , m_view(view)
    , m_button(new QToolButton(view))
    , m_note(new QLabel(view))
{
    m_note->setObjectName(u"chartNote"_s);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_note->hide();
    setObjectName(u"chartExport"_s);
    auto *menu = new QMenu(m_button);
    QAction *png = menu->addAction(tr("Save Picture as PNG…"));
    QAction *svg = menu->addAction(tr("Save Picture as SVG…"));
    menu->addSeparator();
    QAction *data = menu->addAction(tr("Save Figures as CSV or Excel…"));
    png->setObjectName(u"chartSavePng"_s);
    svg->setObjectName(u"chartSaveSvg"_s);
    data->setObjectName(u"chartSaveData"_s);
    connect(png, &QAction::triggered, this, [this] { askAndSave(Kind::Png); });
    connect(svg, &QAction::triggered, this, [this] { askAndSave(Kind::Svg); });
    connect(data, &QAction::triggered, this, [this] { askAndSave(Kind::Data); });
    connect(menu, &QMenu::aboutToShow, this, [this, data] { data->setEnabled(!m_rows.isEmpty()); });

    m_button->setObjectName(u"chartSave"_s);
    m_button->setIcon(view->style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_button->setToolTip(tr("Save this chart as a picture, or the figures it shows as a table"));
    m_button->setAccessibleName(tr("Save chart"));
    m_button->setAutoRaise(true);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(menu);
    m_button->setCursor(Qt::ArrowCursor);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions({png, svg, data});
    view->installEventFilter(this);
    place();
}

ChartExport *ChartExport::of(const QChartView *view)
{
    return view ? view->findChild<ChartExport *>(u"chartExport"_s, Qt::FindDirectChildrenOnly) : nullptr;
}

void ChartExport::setData(const QStringList &columns, const QList<ExportRow> &rows)
{
    m_columns = columns;
    m_rows = rows;
}

bool ChartExport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QObject::eventFilter(watched, event);
}

void ChartExport::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
    place();
}

QString ChartExport::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void ChartExport::place()
{
    const int margin = m_view->width() / 8;
    m_note->setGeometry(margin, m_view->height() / 3, m_view->width() - 2 * margin, m_view->height() / 3);
    m_button->adjustSize();
    m_button->move(m_view->width() - m_button->width() - 6, 6);
    m_button->raise();
}

QString ChartExport::fileStem() const
{
    QString title = m_view->chart() ? m_view->chart()->title() : QString();
    title.replace(QRegularExpression(u"[\\\\/:*?\"<>|]+"_s), u" "_s);
    title = title.simplified();
    return title.isEmpty() ? tr("chart") : title;
}

QString ChartExport::savePng(const QString &path) const
{
    const QSize size = m_view->viewport()->size();
    QImage image(size * kPictureScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kPictureScale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The scene alone: the chart, without the Save button over it.
    m_view->render(&painter, QRectF(QPointF(0, 0), size), m_view->viewport()->rect());
    painter.end();
    return PictureFile::savePng(image, path);
}

QString ChartExport::saveSvg(const QString &path) const
{
    const QSize size = m_view->viewport()->size();
    return PictureFile::saveSvg(path, size, m_view->chart() ? m_view->chart()->title() : QString(), QString(),
                                [this, size](QPainter &painter) {
                                    m_view->render(&painter, QRectF(QPointF(0, 0), size), m_view->viewport()->rect());
                                });
}

QString ChartExport::saveData(const QString &path) const
{
    ExportOptions options;
    options.format = exportFormatForPath(path);
    options.bom = true; // Excel reads the CSV as UTF-8
    TableExport out(path, options);
    QString error = out.begin(m_columns);
    for (const ExportRow &row : m_rows) {
        if (!error.isEmpty())
            break;
        error = out.writeRow(row);
    }
    if (error.isEmpty())
        error = out.commit();
    return error;
}

bool ChartExport::askAndSave(Kind kind)
{
    const QString folder = UiSettings::value(UiSetting::LastDirectory).toString();
    const QString suffix = kind == Kind::Png ? u".png"_s : kind == Kind::Svg ? u".svg"_s : u".csv"_s;
    const QString filter = kind == Kind::Png ? tr("PNG images (*.png)")
        : kind == Kind::Svg                  ? tr("SVG drawings (*.svg)")
                                             : tr("CSV files (*.csv);;Excel workbooks (*.xlsx)");
    const QString path =
        FileDialog::getSaveFileName(m_view, tr("Save Chart"), QDir(folder).filePath(fileStem() + suffix), filter);
    if (path.isEmpty())
        return false;
    const QString error = kind == Kind::Png ? savePng(path) : kind == Kind::Svg ? saveSvg(path) : saveData(path);
    if (!error.isEmpty()) {
        MessageBox::critical(m_view, tr("Save Chart"), error);
        return false;
    }
    UiSettings::setValue(UiSetting::LastDirectory, QFileInfo(path).absolutePath());
    return true;
}

} // namespace mwb::ui
