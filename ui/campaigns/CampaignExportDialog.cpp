#include "CampaignExportDialog.h"

#include "CampaignService.h"
#include "DisplayFormat.h"
#include "SharedJobProgress.h"
#include "UiSettings.h"
#include "dialogs/FileDialog.h"

#include "customers/CustomerExport.h"
#include "jobs/JobProgress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

struct Delimiter
{
    char value;
    const char *label;
};
constexpr Delimiter kDelimiters[] = {{',', QT_TRANSLATE_NOOP("mwb::ui::CampaignExportDialog", "Comma (,)")},
                                     {';', QT_TRANSLATE_NOOP("mwb::ui::CampaignExportDialog", "Semicolon (;)")},
                                     {'\t', QT_TRANSLATE_NOOP("mwb::ui::CampaignExportDialog", "Tab")},
                                     {'|', QT_TRANSLATE_NOOP("mwb::ui::CampaignExportDialog", "Pipe (|)")}};

// A file name from the campaign's name, without characters file systems refuse.
QString safeName(const QString &name)
{
    QString safe = name;
    for (QChar &c : safe) {
        if (u"\\/:*?\"<>|"_s.contains(c) || c.unicode() < 32)
            c = u'_';
    }
    return safe.trimmed().isEmpty() ? u"campaign"_s : safe.trimmed();
}

} // namespace

CampaignExportDialog::CampaignExportDialog(CampaignService *campaigns, const Campaign &campaign, QWidget *parent)
    : QDialog(parent)
    , m_campaigns(campaigns)
    , m_campaign(campaign)
    , m_progress(sharedJobProgress())
    , m_format(new QComboBox(this))
    , m_columns(new QListWidget(this))
    , m_bom(new QCheckBox(tr("Byte order mark (for Excel)"), this))
    , m_delimiter(new QComboBox(this))
    , m_logContacts(new QCheckBox(tr("Record the members as contacted on the send date"), this))
    , m_perArm(new QCheckBox(tr("One file per arm, named after the file chosen (…-A.csv, …-B.csv)"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Export the list of “%1”").arg(campaign.name));
    setObjectName(u"campaignExportDialog"_s);

    m_format->setObjectName(u"exportFormat"_s);
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("CSV (UTF-8)"), static_cast<int>(CampaignListFormat::Csv));
    m_format->addItem(tr("Excel workbook (XLSX)"), static_cast<int>(CampaignListFormat::Xlsx));
    m_format->addItem(tr("Hashed audience for ads platforms (SHA-256 of e-mail and phone)"),
                      static_cast<int>(CampaignListFormat::Hashed));
    m_columns->setObjectName(u"exportColumns"_s);
    m_columns->setAccessibleName(tr("Columns"));
    const QStringList defaults = CampaignExport::defaultColumns(campaign.channel);
    for (const CustomerColumn &column : CustomerExport::columns()) {
        auto *item = new QListWidgetItem(tr("%1  (%2)").arg(column.label, column.name), m_columns);
        item->setData(Qt::UserRole, column.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(defaults.contains(column.name) ? Qt::Checked : Qt::Unchecked);
    }
    m_bom->setObjectName(u"exportBom"_s);
    m_delimiter->setObjectName(u"exportDelimiter"_s);
    m_delimiter->setAccessibleName(tr("Delimiter"));
    for (const Delimiter &d : kDelimiters)
        m_delimiter->addItem(tr(d.label), QChar::fromLatin1(d.value));
    m_logContacts->setObjectName(u"exportLogContacts"_s);
    m_logContacts->setChecked(true);
    m_logContacts->setToolTip(tr("Each member gets one “campaign sent” touchpoint, once however often the list is "
                                 "exported. Leave it off for a file to look at."));
    m_perArm->setObjectName(u"exportPerArm"_s);
    m_perArm->setVisible(!campaign.arms.isEmpty());
    m_perArm->setToolTip(tr("Each arm's members in a file of their own, for tools that send one version per list; "
                            "every list has the arm column either way"));
    m_path->setObjectName(u"exportPath"_s);
    m_path->setAccessibleName(tr("File"));
    m_browse->setObjectName(u"exportBrowse"_s);
    m_bar->setObjectName(u"exportProgress"_s);
    m_bar->hide();
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setText(tr("The list holds the %1 members of the treatment group; the control group is never "
                         "contacted. member_token leads every row, so results come back exactly.")
                          .arg(DisplayFormat::count(campaign.treatment)));
    if (!campaign.arms.isEmpty()) {
        QStringList arms;
        for (const CampaignArm &arm : campaign.arms)
            arms << u"%1 %2"_s.arg(arm.name, DisplayFormat::count(arm.members));
        m_status->setText(m_status->text() + u' '
                          + tr("Arms: %1; the arm column follows member_token.").arg(arms.join(u" · "_s)));
    }
    m_export->setObjectName(u"exportRun"_s);
    m_export->setDefault(true);
    m_close->setObjectName(u"exportClose"_s);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *csvRow = new QHBoxLayout;
    csvRow->addWidget(m_delimiter);
    csvRow->addSpacing(12);
    csvRow->addWidget(m_bom);
    csvRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Columns after member_token"), m_columns);
    form->addRow(tr("CSV"), csvRow);
    form->addRow(QString(), m_logContacts);
    if (!campaign.arms.isEmpty())
        form->addRow(tr("Arms"), m_perArm);
    form->addRow(tr("File"), fileRow);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 560);

    connect(m_format, &QComboBox::currentIndexChanged, this, &CampaignExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &CampaignExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &CampaignExportDialog::exportList);
    connect(m_close, &QPushButton::clicked, this, &CampaignExportDialog::reject);
    connect(m_progress.get(), &JobProgress::progressed, this, [this](qint64 done, qint64 total, qint64) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        m_status->setText(tr("%1 of %2 rows written…").arg(DisplayFormat::count(done), DisplayFormat::count(total)));
    });
    formatChanged();
}

CampaignExportDialog::~CampaignExportDialog()
{
    if (m_running)
        m_progress->cancel();
}

CampaignListFormat CampaignExportDialog::format() const
{
    return static_cast<CampaignListFormat>(m_format->currentData().toInt());
}

void CampaignExportDialog::setFormat(CampaignListFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

QString CampaignExportDialog::suffix() const
{
    return format() == CampaignListFormat::Xlsx ? u"xlsx"_s : u"csv"_s;
}

void CampaignExportDialog::formatChanged()
{
    const CampaignListFormat f = format();
    // A hashed audience has its own fixed columns; a workbook needs no CSV dialect.
    m_columns->setEnabled(f != CampaignListFormat::Hashed);
    m_bom->setEnabled(f != CampaignListFormat::Xlsx);
    m_delimiter->setEnabled(f != CampaignListFormat::Xlsx);
    const QString path = m_path->text().trimmed();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + suffix()));
    }
}

void CampaignExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

bool CampaignExportDialog::browse()
{
    const QString folder = UiSettings::value(UiSetting::LastDirectory).toString();
    const QString base =
        safeName(m_campaign.name) + (format() == CampaignListFormat::Hashed ? u"-hashed"_s : QString());
    const QString suggested =
        m_path->text().trimmed().isEmpty() ? QDir(folder).filePath(base + u'.' + suffix()) : m_path->text().trimmed();
    const QString filter = format() == CampaignListFormat::Xlsx ? tr("Excel workbooks (*.xlsx);;All files (*)")
                                                                : tr("CSV files (*.csv);;All files (*)");
    QString path = FileDialog::getSaveFileName(this, tr("Export campaign list"), suggested, filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix();
    m_path->setText(path);
    return true;
}

CampaignExportRequest CampaignExportDialog::request() const
{
    CampaignExportRequest r;
    r.campaignId = m_campaign.id;
    r.path = m_path->text().trimmed();
    r.format = format();
    r.options.format = r.format == CampaignListFormat::Xlsx ? ExportFormat::Xlsx : ExportFormat::Csv;
    r.options.bom = m_bom->isChecked();
    r.options.delimiter = m_delimiter->currentData().toChar().toLatin1();
    if (r.format != CampaignListFormat::Hashed) {
        for (int i = 0; i < m_columns->count(); ++i) {
            const QListWidgetItem *item = m_columns->item(i);
            if (item->checkState() == Qt::Checked)
                r.columns << item->data(Qt::UserRole).toString();
        }
    }
    r.logContacts = m_logContacts->isChecked();
    return r;
}

void CampaignExportDialog::setOnePerArm(bool on)
{
    m_perArm->setChecked(on && !m_campaign.arms.isEmpty());
}

QString CampaignExportDialog::armPath(const QString &arm) const
{
    const QFileInfo info(m_path->text().trimmed());
    return info.dir().filePath(info.completeBaseName() + u'-' + safeName(arm) + u'.' + suffix());
}

QStringList CampaignExportDialog::plannedFiles() const
{
    if (!m_perArm->isChecked() || m_campaign.arms.isEmpty())
        return {m_path->text().trimmed()};
    QStringList files;
    for (const CampaignArm &arm : m_campaign.arms)
        files << armPath(arm.name);
    return files;
}

void CampaignExportDialog::exportList()
{
    if (m_running)
        return;
    if (m_path->text().trimmed().isEmpty() && !browse())
        return;
    const CampaignExportRequest asked = request();
    if (asked.format != CampaignListFormat::Hashed && asked.columns.isEmpty()) {
        m_status->setText(tr("Choose at least one column to go with member_token."));
        return;
    }
    m_running = true;
    m_result.reset();
    m_export->setEnabled(false);
    m_close->setText(tr("Cancel"));
    m_bar->setRange(0, 0);
    m_bar->show();
    m_status->setText(tr("Writing the list…"));
    const bool perArm = m_perArm->isChecked() && !m_campaign.arms.isEmpty();
    runExport(perArm ? 0 : -1, CampaignExportResult{});
}

void CampaignExportDialog::runExport(int index, CampaignExportResult done)
{
    CampaignExportRequest asked = request();
    if (index >= 0) {
        asked.arm = m_campaign.arms[index].name;
        asked.path = armPath(asked.arm);
        m_status->setText(tr("Writing the list of arm %1…").arg(asked.arm));
    }
    m_progress->reset();
    m_campaigns->exportList(asked, m_progress, this, [this, index, done](const CampaignExportResult &result) mutable {
        done.rows += result.rows;
        done.contactsLogged += result.contactsLogged;
        done.columns = result.columns;
        done.file = index >= 0 ? QFileInfo(result.file).dir().path() : result.file;
        done.error = result.error;
        done.cancelled = result.cancelled;
        // The next arm's list, unless this one failed or the export was cancelled.
        if (result.ok() && index >= 0 && index + 1 < m_campaign.arms.size() && !m_closeWhenStopped) {
            runExport(index + 1, done);
            return;
        }
        finished(done);
    });
}

void CampaignExportDialog::finished(const CampaignExportResult &result)
{
    m_running = false;
    m_result = result;
    m_export->setEnabled(true);
    m_close->setText(tr("Close"));
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    if (result.cancelled) {
        m_status->setText(tr("Cancelled: no file was written and nobody was logged as contacted."));
    } else if (!result.ok()) {
        m_status->setText(u"<span style='color:#b3261e'>%1</span>"_s.arg(result.error.toHtmlEscaped()));
    } else if (m_perArm->isChecked() && !m_campaign.arms.isEmpty()) {
        m_status->setText(tr("Wrote %1 rows in %2 files (one per arm) to %3. %4 members logged as contacted.")
                              .arg(DisplayFormat::count(result.rows), DisplayFormat::count(m_campaign.arms.size()),
                                   QDir::toNativeSeparators(result.file), DisplayFormat::count(result.contactsLogged)));
    } else {
        m_status->setText(tr("Wrote %1 rows to %2. %3 members logged as contacted.")
                              .arg(DisplayFormat::count(result.rows),
                                   QDir::toNativeSeparators(result.file.isEmpty() ? request().path : result.file),
                                   DisplayFormat::count(result.contactsLogged)));
    }
    if (m_closeWhenStopped)
        QDialog::reject();
}

void CampaignExportDialog::reject()
{
    // Closing while the list is written cancels it; the dialog closes once it has stopped.
    if (m_running) {
        m_closeWhenStopped = true;
        m_status->setText(tr("Cancelling…"));
        m_progress->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace mwb::ui
