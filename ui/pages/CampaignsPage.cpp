#include "CampaignsPage.h"

#include "DisplayFormat.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "campaigns/CampaignComparisonTable.h"
#include "campaigns/CampaignExportDialog.h"
#include "campaigns/CampaignReportPdf.h"
#include "campaigns/CampaignReportView.h"
#include "campaigns/CampaignService.h"
#include "campaigns/NewCampaignDialog.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "import/ImportWizard.h"
#include "segments/SegmentService.h"

#include "store/WorkspaceSettings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QPushButton *button(QWidget *parent, const QString &text, const QString &name, const QString &tip)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    return b;
}

} // namespace

CampaignsPage::CampaignsPage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_subheading(new QLabel(this))
    , m_table(new CampaignComparisonTable(this))
    , m_view(new CampaignReportView(this))
    , m_new(button(this, tr("New Campaign…"), u"newCampaign"_s,
                   tr("Send a saved segment, with a random control group held out")))
    , m_export(button(this, tr("Export List…"), u"exportCampaignList"_s,
                      tr("Write the treatment group's list for the e-mail, SMS or ads tool")))
    , m_import(button(this, tr("Import Results…"), u"importCampaignResults"_s,
                      tr("Read back what the sending tool reports: delivered, opened, clicked, converted…")))
    , m_report(new QToolButton(this))
    , m_delete(button(this, tr("Delete…"), u"deleteCampaign"_s, tr("Delete the chosen campaign")))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_subheading->setObjectName(u"campaignsSubheading"_s);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(u"campaignTable"_s);
    m_table->setAccessibleName(tr("Campaigns"));
    m_view->setObjectName(u"campaignReport"_s);

    m_report->setObjectName(u"exportCampaignReport"_s);
    m_report->setText(tr("Export Report"));
    m_report->setAccessibleName(tr("Export Report"));
    m_report->setToolTip(tr("Save the chosen campaign's report"));
    m_report->setPopupMode(QToolButton::InstantPopup);
    m_report->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *reportMenu = new QMenu(m_report);
    QAction *pdf = reportMenu->addAction(tr("As PDF…"));
    pdf->setObjectName(u"exportReportPdf"_s);
    QAction *csv = reportMenu->addAction(tr("As CSV…"));
    csv->setObjectName(u"exportReportCsv"_s);
    m_report->setMenu(reportMenu);
    connect(pdf, &QAction::triggered, this, &CampaignsPage::exportReportPdf);
    connect(csv, &QAction::triggered, this, &CampaignsPage::exportReportCsv);

    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_export, &QPushButton::clicked, this, &CampaignsPage::exportList);
    connect(m_import, &QPushButton::clicked, this, [this] { importResults(); });
    connect(m_delete, &QPushButton::clicked, this, &CampaignsPage::deleteCampaign);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    actions->addWidget(m_new);
    actions->addSpacing(12);
    actions->addWidget(m_export);
    actions->addWidget(m_import);
    actions->addWidget(m_report);
    actions->addStretch(1);
    actions->addWidget(m_delete);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(1, 1);
    m_table->setMinimumSize(300, 110);
    scroll->setMinimumSize(500, 300);
    arrange();
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(createHeading(tr("Campaigns")));
    layout->addWidget(m_subheading);
    layout->addLayout(actions);
    layout->addWidget(m_splitter, 1);

    connect(m_table, &CampaignComparisonTable::currentCampaignChanged, this, &CampaignsPage::showCurrent);
    connect(m_session->campaigns(), &CampaignService::campaignsChanged, this, &CampaignsPage::reload);
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_ready = false;
        m_overviewSeen = false;
        m_reports.clear();
        reload();
    });
    connect(m_session, &WorkspaceSession::closed, this, [this] {
        m_ready = false;
        m_reports.clear();
        m_table->setReports({}, QString());
        m_view->clear();
        m_subheading->clear();
        updateActions();
    });
    connect(m_session, &WorkspaceSession::overviewChanged, this, [this] {
        // The first figures after opening change nothing here; later ones follow an import,
        // an undo or logged contacts, which move results.
        if (m_overviewSeen)
            reload();
        m_overviewSeen = true;
    });
    connect(m_session, &WorkspaceSession::lifecycleChanged, this, &CampaignsPage::reload);

    if (m_session->isOpen()) {
        m_overviewSeen = m_session->loaded();
        reload();
    }
    updateActions();
}

QString CampaignsPage::pageId() const
{
    return u"campaigns"_s;
}

QString CampaignsPage::title() const
{
    return tr("Campaigns");
}

QIcon CampaignsPage::icon() const
{
    return QIcon(u":/icons/campaigns.svg"_s);
}

void CampaignsPage::arrange()
{
    // The comparison reads across a dozen columns: beside the report only where the page
    // is wide enough to show them, above it otherwise.
    const Qt::Orientation wanted = width() >= kSideBySideWidth ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == wanted && m_arranged)
        return;
    m_arranged = true;
    m_splitter->setOrientation(wanted);
    if (wanted == Qt::Horizontal)
        m_splitter->setSizes({width() / 2, width() / 2});
    else
        fitTable();
}

void CampaignsPage::fitTable()
{
    if (m_splitter->orientation() != Qt::Vertical)
        return;
    const int total = m_splitter->height();
    const int table = std::clamp(m_table->fittingHeight(), 110, std::max(110, total * 2 / 5));
    m_splitter->setSizes({table, std::max(300, total - table)});
}

void CampaignsPage::resizeEvent(QResizeEvent *event)
{
    WorkbenchPage::resizeEvent(event);
    arrange();
    if (!m_userSized)
        fitTable(); // until the analyst drags the divider
}

qint64 CampaignsPage::currentCampaignId() const
{
    return m_table->currentCampaignId();
}

void CampaignsPage::selectCampaign(qint64 id)
{
    m_table->setCurrentCampaign(id);
}

const CampaignReportData *CampaignsPage::currentReport() const
{
    const qint64 id = currentCampaignId();
    for (const CampaignReportData &report : m_reports) {
        if (report.campaign.id == id)
            return &report;
    }
    return nullptr;
}

void CampaignsPage::reload()
{
    if (!m_session->isOpen())
        return;
    if (m_reports.isEmpty())
        m_subheading->setText(tr("Computing the reports…"));
    m_session->campaigns()->reports(
        this, [this](const CampaignReports &answer) { showReports(answer.reports, answer.error); });
}

void CampaignsPage::showReports(const QList<CampaignReportData> &reports, const QString &error)
{
    if (!error.isEmpty()) {
        m_subheading->setText(tr("The campaigns could not be read: %1").arg(error));
        m_reports.clear();
    } else {
        m_reports = reports;
        qint64 contacted = 0;
        for (const CampaignReportData &r : reports)
            contacted += r.treatment.contacted;
        m_subheading->setText(reports.isEmpty()
                                  ? tr("No campaigns yet. A campaign sends a saved segment and holds out a random "
                                       "control group, so its effect can be measured.")
                                  : tr("%1 · %2 customers contacted · each measured against its own random "
                                       "control group")
                                        .arg(tr("%Ln campaigns", nullptr, static_cast<int>(reports.size())),
                                             DisplayFormat::count(contacted)));
    }
    const bool rowsChanged = m_table->rowCount() != m_reports.size();
    m_table->setReports(m_reports, m_session->currency());
    if (rowsChanged && !m_userSized)
        fitTable();
    if (m_selectAfterReload != 0) {
        m_table->setCurrentCampaign(m_selectAfterReload);
        m_selectAfterReload = 0;
    }
    showCurrent();
    updateActions();
    const bool first = !m_ready;
    m_ready = true;
    Q_EMIT reportsShown();
    if (first)
        Q_EMIT ready();
}

void CampaignsPage::showCurrent()
{
    if (const CampaignReportData *report = currentReport())
        m_view->setReport(*report, m_session->currency());
    else
        m_view->clear(m_reports.isEmpty() ? tr("No campaigns yet") : QString());
    updateActions();
}

void CampaignsPage::updateActions()
{
    const bool open = m_session->isOpen();
    const bool changeable = open && !m_session->readOnly();
    const bool chosen = open && currentReport() != nullptr;
    m_new->setEnabled(changeable);
    m_export->setEnabled(chosen); // a list without logged contacts can still be written
    m_import->setEnabled(chosen && changeable);
    m_report->setEnabled(chosen && currentReport()->ok());
    m_delete->setEnabled(chosen && changeable);
}

NewCampaignDialog *CampaignsPage::newCampaign()
{
    if (!m_session->isOpen())
        return nullptr;
    auto *dialog = new NewCampaignDialog(m_session->campaigns(), m_session->segments(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_selectAfterReload = dialog->createdId();
        // campaignsChanged() reloads; the new campaign is chosen when its report lands.
    });
    dialog->open();
    return dialog;
}

CampaignExportDialog *CampaignsPage::exportList()
{
    const CampaignReportData *report = currentReport();
    if (!report)
        return nullptr;
    auto *dialog = new CampaignExportDialog(m_session->campaigns(), report->campaign, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ImportWizard *CampaignsPage::importResults(const QString &file)
{
    const qint64 id = currentCampaignId();
    if (!m_session->isOpen() || id == 0)
        return nullptr;
    auto *wizard = new ImportWizard(m_session->path(), file, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->presetCampaign(id);
    connect(wizard, &ImportWizard::imported, m_session,
            [session = m_session, wizard] { session->importLanded(wizard->request.kind); });
    wizard->open();
    return wizard;
}

QString CampaignsPage::reportPath(const QString &caption, const QString &suffix, const QString &filter)
{
    const CampaignReportData *report = currentReport();
    QString base = report->campaign.name;
    for (QChar &c : base) {
        if (u"\\/:*?\"<>|"_s.contains(c))
            c = u'_';
    }
    const QString suggested = QDir(UiSettings::value(UiSetting::LastDirectory).toString())
                                  .filePath(tr("%1 report").arg(base) + u'.' + suffix);
    QString path = FileDialog::getSaveFileName(this, caption, suggested, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return path;
}

bool CampaignsPage::exportReportPdf()
{
    const CampaignReportData *report = currentReport();
    if (!report || !report->ok())
        return false;
    const QString path = reportPath(tr("Export report as PDF"), u"pdf"_s, tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return false;
    const QString error = CampaignReportPdf::write(*report, m_session->currency(), path);
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Export report"), error);
        return false;
    }
    return true;
}

bool CampaignsPage::exportReportCsv()
{
    const CampaignReportData *report = currentReport();
    if (!report || !report->ok())
        return false;
    const QString path = reportPath(tr("Export report as CSV"), u"csv"_s, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    const QString error = CampaignReport::writeCsv(*report, path, minorUnitsPerMajor(m_session->currency()));
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Export report"), error);
        return false;
    }
    return true;
}

bool CampaignsPage::deleteCampaign()
{
    const CampaignReportData *report = currentReport();
    if (!report)
        return false;
    const qint64 id = report->campaign.id;
    const QString name = report->campaign.name;
    if (!MessageBox::confirm(this, tr("Delete campaign"),
                             tr("Delete the campaign “%1” and its members? The touchpoints it left on customers stay, "
                                "without the campaign.")
                                 .arg(name)))
        return false;
    m_delete->setEnabled(false);
    m_session->campaigns()->remove(id, this, [this, name](const QString &error) {
        updateActions();
        if (!error.isEmpty())
            MessageBox::critical(this, tr("Delete campaign"), tr("“%1” could not be deleted: %2").arg(name, error));
    });
    return true;
}

} // namespace mwb::ui
