#include "CustomerListExporter.h"

#include "DisplayFormat.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "customers/CustomerService.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>

namespace mwb::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::ui::CustomerListExporter)
};

} // namespace

bool CustomerListExporter::start(QWidget *parent, WorkspaceSession *session, const std::vector<qint64> &ids,
                                 const QStringList &columns, QPushButton *button,
                                 std::function<void(const CustomerExportResult &)> done)
{
    const QString folder = UiSettings::value(UiSetting::LastDirectory).toString();
    const QString path = FileDialog::getSaveFileName(parent, Text::tr("Export Customers"),
                                                     QDir(folder).filePath(Text::tr("customers.csv")),
                                                     Text::tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return false;
    const QString idle = button->text();
    button->setEnabled(false);
    button->setText(Text::tr("Exporting…"));
    QPointer<QPushButton> guard(button);
    session->customers()->exportList(ids, columns, path, parent,
                                     [parent, guard, idle, done = std::move(done)](const CustomerExportResult &result) {
                                         if (guard)
                                             guard->setText(idle);
                                         if (!result.ok() && !result.cancelled)
                                             MessageBox::critical(parent, Text::tr("Export Customers"), result.error);
                                         done(result);
                                     });
    return true;
}

QString CustomerListExporter::doneText(const CustomerExportResult &result)
{
    return Text::tr("exported %1 to %2")
        .arg(DisplayFormat::count(result.rows), QDir::toNativeSeparators(QFileInfo(result.file).fileName()));
}

} // namespace mwb::ui
