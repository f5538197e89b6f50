#include "ImportFilePage.h"

#include "analytics/WorkspaceStats.h"
#include "dialogs/RegionCurrencyPicker.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include "DisplayFormat.h"
#include "customers/ChannelStyle.h"
#include "ImportWizard.h"
#include "UiSettings.h"
#include "dialogs/FileDialog.h"

#include "campaigns/CampaignStore.h"
#include "jobs/AsyncTask.h"
#include "store/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

struct Delimiter
{
    char value;
    const char *label;
};
constexpr Delimiter kDelimiters[] = {{0, QT_TRANSLATE_NOOP("mwb::ui::ImportFilePage", "Detect")},
                                     {',', QT_TRANSLATE_NOOP("mwb::ui::ImportFilePage", "Comma (,)")},
                                     {';', QT_TRANSLATE_NOOP("mwb::ui::ImportFilePage", "Semicolon (;)")},
                                     {'\t', QT_TRANSLATE_NOOP("mwb::ui::ImportFilePage", "Tab")},
                                     {'|', QT_TRANSLATE_NOOP("mwb::ui::ImportFilePage", "Pipe (|)")}};

QString delimiterLabel(char delimiter)
{
    for (const Delimiter &d : kDelimiters) {
        if (d.value == delimiter)
            return ImportFilePage::tr(d.label);
    }
    return QString(QChar::fromLatin1(delimiter));
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_kind(new QComboBox(this))
    , m_campaign(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_header(new QCheckBox(tr("The first row holds column names"), this))
    , m_detected(new QLabel(this))
    , m_preview(new QTableWidget(this))
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Contacts from a CRM or member system, orders from a shop or POS, touchpoints from "
                   "marketing tools, or a member programme's points and referrals. Nothing is written until the "
                   "last step."));

    m_kind->setObjectName(u"importKind"_s);
    m_kind->addItem(tr("Contacts (customers, members, leads)"), static_cast<int>(ImportKind::Contacts));
    m_kind->addItem(tr("Orders (transactions, receipts, refunds)"), static_cast<int>(ImportKind::Transactions));
    m_kind->addItem(tr("Touchpoints (visits, opens, clicks, NPS…)"), static_cast<int>(ImportKind::Events));
    m_kind->addItem(tr("Campaign results (delivered, opened, clicked, converted…)"),
                    static_cast<int>(ImportKind::Results));
    m_kind->addItem(tr("Member points (earned, redeemed, expired, adjusted)"), static_cast<int>(ImportKind::Points));
    m_kind->addItem(tr("Referrals (who brought whom)"), static_cast<int>(ImportKind::Referrals));
    m_campaign->setObjectName(u"importCampaign"_s);
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->setToolTip(tr("The campaign whose exported list the results report on"));
    m_path->setObjectName(u"importPath"_s);
    m_path->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_encoding->setObjectName(u"importEncoding"_s);
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->setEditable(true);
    m_encoding->addItem(tr("Detect"), QString());
    for (const char *name :
         {"UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE", "Shift_JIS", "EUC-KR", "windows-1252", "ISO-8859-1"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_delimiter->setObjectName(u"importDelimiter"_s);
    m_delimiter->setAccessibleName(tr("Delimiter"));
    for (const Delimiter &d : kDelimiters)
        m_delimiter->addItem(tr(d.label), QChar::fromLatin1(d.value));
    m_header->setObjectName(u"importHeader"_s);
    m_header->setTristate(false);
    m_detected->setObjectName(u"importDetected"_s);
    m_detected->setWordWrap(true);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setAccessibleName(tr("The first rows of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    m_preview->horizontalHeader()->setDefaultSectionSize(130);

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("The file holds"), m_kind);
    form->addRow(tr("Campaign"), m_campaign);
    form->setRowVisible(m_campaign, false);
    form->addRow(tr("File"), fileRow);
    auto *dialect = new QHBoxLayout;
    dialect->addWidget(new QLabel(tr("Encoding"), this));
    dialect->addWidget(m_encoding);
    dialect->addSpacing(12);
    dialect->addWidget(new QLabel(tr("Delimiter"), this));
    dialect->addWidget(m_delimiter);
    dialect->addSpacing(12);
    dialect->addWidget(m_header);
    dialect->addStretch();
    // The first import into an empty workspace: where its customers are and what its amounts
    // are in, offered (from the workspace as it was created) before anything is read.
    try {
        auto db = Workspace::openConnection(m_wizard->workspacePath(), Workspace::Access::ReadOnly);
        if (WorkspaceStats::isEmpty(*db)) {
            m_storedRegion = readSetting(*db, WorkspaceSetting::Region).value_or(defaultRegion());
            m_storedCurrency = readSetting(*db, WorkspaceSetting::Currency).value_or(defaultCurrency());
            m_newWorkspace = new RegionCurrencyPicker(m_storedRegion, m_storedCurrency, this);
            m_newWorkspace->setObjectName(u"importNewWorkspace"_s);
        }
    } catch (const SQLite::Exception &) {
        // Not offered: the import says what is wrong with the workspace.
    }
    if (m_newWorkspace) {
        auto *note = new QLabel(tr("This workspace is empty: this first import also sets where its customers are "
                                   "and what its amounts are in."),
                                this);
        note->setWordWrap(true);
        form->addRow(QString(), note);
        form->addRow(tr("Workspace"), m_newWorkspace);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(dialect);
    layout->addWidget(m_detected);
    layout->addWidget(m_preview, 1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::resniff);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        kindChanged();
        if (!m_updating)
            resniff();
    });
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &ImportFilePage::campaignChosen);
    for (QComboBox *box : {m_encoding, m_delimiter})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                resniff();
        });
    connect(m_header, &QCheckBox::toggled, this, [this] {
        if (m_updating)
            return;
        m_headerChosen = true; // from now on the box, not detection, decides
        resniff();
    });
}

void ImportFilePage::setFile(const QString &path)
{
    m_path->setText(path);
    resniff();
}

void ImportFilePage::presetCampaign(qint64 campaignId)
{
    m_presetCampaign = campaignId;
    m_wizard->request.campaignId = campaignId;
    const int index = m_kind->findData(static_cast<int>(ImportKind::Results));
    if (m_kind->currentIndex() != index)
        m_kind->setCurrentIndex(index); // shows the campaigns and selects the preset when they land
    else
        kindChanged();
}

void ImportFilePage::kindChanged()
{
    const bool results = static_cast<ImportKind>(m_kind->currentData().toInt()) == ImportKind::Results;
    m_form->setRowVisible(m_campaign, results);
    if (results && !m_campaignsLoaded)
        loadCampaigns();
    else if (results)
        campaignChosen();
    else
        m_wizard->request.campaignId = 0;
    Q_EMIT completeChanged();
}

void ImportFilePage::loadCampaigns()
{
    m_campaignsLoaded = true;
    m_campaign->clear();
    m_campaign->setPlaceholderText(tr("Loading campaigns…"));
    const QString workspace = m_wizard->workspacePath();
    struct Listed
    {
        QList<Campaign> campaigns;
        QString error;
    };
    runAsync(
        this,
        [workspace]() -> Listed {
            try {
                auto db = Workspace::openConnection(workspace, Workspace::Access::ReadOnly);
                return {CampaignStore::list(*db), {}};
            } catch (const std::exception &e) {
                return {{}, QString::fromUtf8(e.what())};
            }
        },
        [this](const Listed &listed) {
            const QSignalBlocker blocker(m_campaign);
            m_campaign->clear();
            for (const Campaign &c : listed.campaigns)
                m_campaign->addItem(
                    tr("%1 · %2 · sent %3")
                        .arg(c.name, ChannelStyle::displayName(c.channel), DisplayFormat::date(c.sendDate)),
                    c.id);
            m_campaign->setPlaceholderText(!listed.error.isEmpty()          ? listed.error
                                               : listed.campaigns.isEmpty() ? tr("This workspace has no campaigns yet")
                                                                            : tr("Choose the campaign"));
            const qint64 wanted = m_presetCampaign > 0 ? m_presetCampaign : m_wizard->request.campaignId;
            m_campaign->setCurrentIndex(wanted > 0 ? m_campaign->findData(wanted) : 0);
            campaignChosen();
        });
}

void ImportFilePage::campaignChosen()
{
    m_wizard->request.campaignId = m_campaign->currentIndex() >= 0 ? m_campaign->currentData().toLongLong() : 0;
    Q_EMIT completeChanged();
}

void ImportFilePage::browse()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import a File"), UiSettings::value(UiSetting::LastDirectory).toString(),
                                    tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportFilePage::isComplete() const
{
    if (static_cast<ImportKind>(m_kind->currentData().toInt()) == ImportKind::Results
        && m_wizard->request.campaignId <= 0)
        return false;
    return m_sniffed && m_wizard->sniff.error.isEmpty();
}

bool ImportFilePage::validatePage()
{
    ImportRequest &request = m_wizard->request;
    request.storeRegionAndCurrency = false;
    if (m_newWorkspace) {
        request.region = m_newWorkspace->region();
        request.currency = m_newWorkspace->currency();
        request.storeRegionAndCurrency = request.region != m_storedRegion || request.currency != m_storedCurrency;
    }
    return QWizardPage::validatePage();
}

void ImportFilePage::resniff()
{
    const QString path = m_path->text().trimmed();
    m_sniffed = false;
    Q_EMIT completeChanged();
    if (path.isEmpty())
        return;
    ImportRequest &request = m_wizard->request;
    request.path = path;
    request.kind = static_cast<ImportKind>(m_kind->currentData().toInt());
    request.sniff.kind = request.kind;
    request.sniff.encoding = m_encoding->currentIndex() == 0 ? QString() : m_encoding->currentText().trimmed();
    request.sniff.delimiter = m_delimiter->currentData().toChar().toLatin1();
    // The header box reflects detection until the user touches it.
    request.sniff.headerRow = m_headerChosen ? (m_header->isChecked() ? 1 : 0) : -1;
    request.mapping.clear();

    const quint64 generation = ++m_generation;
    const SniffOptions options = request.sniff;
    m_detected->setText(tr("Reading the start of the file…"));
    runAsync(
        this, [path, options] { return FileSniffer::sniff(path, options); },
        [this, generation](const SniffResult &result) {
            if (generation != m_generation)
                return; // the user changed something since
            m_wizard->sniff = result;
            m_sniffed = true;
            showSniff();
            Q_EMIT completeChanged();
        });
}

void ImportFilePage::showSniff()
{
    const SniffResult &s = m_wizard->sniff;
    m_preview->clear();
    if (!s.error.isEmpty()) {
        m_detected->setText(u"<span style='color:#b3261e'>%1</span>"_s.arg(s.error.toHtmlEscaped()));
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    m_updating = true;
    m_header->setChecked(s.hasHeader);
    m_updating = false;
    m_detected->setText(tr("%1 · delimiter: %2 · %3 · about %4 rows (%5)")
                            .arg(s.encoding.name, delimiterLabel(s.dialect.delimiter),
                                 s.hasHeader ? tr("first row is the header") : tr("no header row"),
                                 DisplayFormat::count(s.estimatedRows), QLocale().formattedDataSize(s.fileSize)));
    m_preview->setColumnCount(static_cast<int>(s.headers.size()));
    m_preview->setHorizontalHeaderLabels(s.headers);
    m_preview->setRowCount(static_cast<int>(s.preview.size()));
    for (int r = 0; r < s.preview.size(); ++r) {
        for (int c = 0; c < s.preview[r].size() && c < s.headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(s.preview[r][c]));
    }
}

} // namespace mwb::ui
