#include "ImportsPage.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "dialogs/MessageBox.h"

#include "import/Importer.h"
#include "widgets/ReadOnlyTable.h"

#include <QAction>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

enum Column {
    Id,
    Started,
    Kind,
    File,
    Read,
    Imported,
    Duplicates,
    Rejected,
    Created,
    Matched,
    Status,
    ColumnCount
};

QString kindLabel(const QString &kind)
{
    if (kind == u"contacts"_s)
        return ImportsPage::tr("Contacts");
    if (kind == u"transactions"_s)
        return ImportsPage::tr("Orders");
    if (kind == u"events"_s)
        return ImportsPage::tr("Touchpoints");
    return kind;
}

QTableWidgetItem *numberItem(qint64 value)
{
    return numberCell(DisplayFormat::count(value), value);
}

} // namespace

ImportsPage::ImportsPage(WorkspaceSession *session, QAction *importAction, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_rejects(new QPushButton(tr("Open Rejected Rows"), this))
    , m_undo(new QPushButton(tr("Undo Import…"), this))
{
    QLabel *heading = createHeading(tr("Imports"));

    auto *importButton = new QPushButton(importAction->text().remove(u'&'), this);
    importButton->setObjectName(u"importFileButton"_s);
    connect(importButton, &QPushButton::clicked, importAction, &QAction::trigger);
    m_rejects->setObjectName(u"openRejectsButton"_s);
    m_undo->setObjectName(u"undoImportButton"_s);

    m_table->setObjectName(u"importsTable"_s);
    m_table->setAccessibleName(tr("Imports"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("When"), tr("Kind"), tr("File"), tr("Rows"), tr("Imported"),
                                        tr("Duplicates"), tr("Rejected"), tr("New customers"), tr("Matched"),
                                        tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(importButton);
    buttons->addStretch();
    buttons->addWidget(m_rejects);
    buttons->addWidget(m_undo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportsPage::updateButtons);
    connect(m_undo, &QPushButton::clicked, this, &ImportsPage::undoSelected);
    connect(m_rejects, &QPushButton::clicked, this, [this] {
        const QString file = m_table->item(m_table->currentRow(), File)->data(Qt::UserRole).toString();
        QDesktopServices::openUrl(QUrl::fromLocalFile(Importer::defaultRejectsPath(file)));
    });
    connect(m_session, &WorkspaceSession::opened, this, &ImportsPage::reload);
    connect(m_session, &WorkspaceSession::overviewChanged, this, &ImportsPage::reload);
    connect(m_session, &WorkspaceSession::closed, this, &ImportsPage::reload);
    reload();
}

QString ImportsPage::pageId() const
{
    return u"imports"_s;
}

QString ImportsPage::title() const
{
    return tr("Imports");
}

QIcon ImportsPage::icon() const
{
    return QIcon(u":/icons/imports.svg"_s);
}

void ImportsPage::reload()
{
    const QList<ImportRecord> imports = m_session->imports();
    m_table->setRowCount(static_cast<int>(imports.size()));
    for (int row = 0; row < imports.size(); ++row) {
        const ImportRecord &r = imports[row];
        m_table->setItem(row, Id, numberItem(r.id));
        m_table->setItem(
            row, Started,
            new QTableWidgetItem(QLocale().toString(QDateTime::fromSecsSinceEpoch(r.startedAt), QLocale::ShortFormat)));
        m_table->setItem(row, Kind, new QTableWidgetItem(kindLabel(r.kind)));
        auto *file = new QTableWidgetItem(QFileInfo(r.fileName).fileName());
        file->setToolTip(r.fileName);
        file->setData(Qt::UserRole, r.fileName);
        m_table->setItem(row, File, file);
        m_table->setItem(row, Read, numberItem(r.rowsRead));
        m_table->setItem(row, Imported, numberItem(r.rowsImported));
        m_table->setItem(row, Duplicates, numberItem(r.rowsDuplicate));
        m_table->setItem(row, Rejected, numberItem(r.rowsRejected));
        m_table->setItem(row, Created, numberItem(r.customersCreated));
        m_table->setItem(row, Matched, numberItem(r.customersMatched));
        m_table->setItem(row, Status, new QTableWidgetItem(r.status == u"undone"_s ? tr("undone") : tr("imported")));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);
    updateButtons();
}

qint64 ImportsPage::selectedId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->selectedItems().isEmpty())
        return 0;
    return m_table->item(row, Id)->data(Qt::UserRole).toLongLong();
}

void ImportsPage::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = selectedId() != 0;
    const bool undone = selected && m_table->item(row, Status)->text() == tr("undone");
    m_undo->setEnabled(selected && !undone && !m_session->readOnly());
    m_rejects->setEnabled(
        selected && m_table->item(row, Rejected)->data(Qt::UserRole).toLongLong() > 0
        && QFileInfo::exists(Importer::defaultRejectsPath(m_table->item(row, File)->data(Qt::UserRole).toString())));
}

void ImportsPage::undoSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QString file = m_table->item(m_table->currentRow(), File)->text();
    if (!MessageBox::confirm(
            this, tr("Undo Import"),
            tr("Remove everything import #%1 (%2) added, and restore what it changed?").arg(id).arg(file)))
        return;
    m_undo->setEnabled(false);
    m_session->undoImport(id, [this](const UndoResult &result) {
        if (!result.ok())
            MessageBox::critical(this, tr("Cannot Undo Import"), result.error);
    });
}

} // namespace mwb::ui
