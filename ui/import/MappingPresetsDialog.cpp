#include "MappingPresetsDialog.h"

#include "DisplayFormat.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "jobs/AsyncTask.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

MappingPresetsDialog::MappingPresetsDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_table(new QTableWidget(this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setWindowTitle(tr("Saved Column Mappings"));
    auto *intro = new QLabel(tr("A mapping saved at an import is proposed again for every file with the same "
                                "columns. Rename or delete the ones you no longer need."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(u"presetTable"_s);
    m_table->setAccessibleName(tr("Saved column mappings"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("For"), tr("Columns"), tr("Saved")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rename->setObjectName(u"renamePreset"_s);
    m_delete->setObjectName(u"deletePreset"_s);
    connect(m_rename, &QPushButton::clicked, this, &MappingPresetsDialog::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &MappingPresetsDialog::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MappingPresetsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &MappingPresetsDialog::renameSelected);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_rename);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(640, 360);
    reload();
}

QString MappingPresetsDialog::kindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Contacts: return tr("Contacts");
    case ImportKind::Transactions: return tr("Orders");
    case ImportKind::Events: return tr("Touchpoints");
    case ImportKind::Results: return tr("Campaign results");
    case ImportKind::Points: return tr("Points");
    case ImportKind::Referrals: return tr("Referrals");
    }
    return importKindName(kind);
}

void MappingPresetsDialog::reload(const QString &select)
{
    m_presets.clear();
    QString problem;
    try {
        auto db = Workspace::openConnection(m_workspacePath, Workspace::Access::ReadOnly);
        m_presets = MappingPresets::list(*db);
    } catch (const SQLite::Exception &e) {
        problem = Workspace::failure(m_workspacePath, e).message;
    }
    m_table->setRowCount(static_cast<int>(m_presets.size()));
    for (int row = 0; row < m_presets.size(); ++row) {
        const MappingPreset &preset = m_presets[row];
        m_table->setItem(row, 0, new QTableWidgetItem(preset.name));
        m_table->setItem(row, 1, new QTableWidgetItem(kindLabel(preset.kind)));
        auto *columns = new QTableWidgetItem(preset.headers.join(u", "_s));
        columns->setToolTip(preset.headers.join(u'\n'));
        m_table->setItem(row, 2, columns);
        m_table->setItem(row, 3, new QTableWidgetItem(DisplayFormat::date(preset.updatedAt.toLocalTime().date())));
        if (preset.name == select)
            m_table->selectRow(row);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(3);
    if (!problem.isEmpty())
        MessageBox::critical(this, windowTitle(), problem);
    updateButtons();
}

QString MappingPresetsDialog::selectedName() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_presets.size() || !m_table->selectionModel()->isRowSelected(row, {}))
        return {};
    return m_presets[row].name;
}

void MappingPresetsDialog::updateButtons()
{
    const bool chosen = !selectedName().isEmpty() && !m_writing;
    const QString readOnly = Workspace::writeProblem(m_workspacePath);
    m_rename->setEnabled(chosen && readOnly.isEmpty());
    m_delete->setEnabled(chosen && readOnly.isEmpty());
    m_rename->setToolTip(readOnly);
    m_delete->setToolTip(readOnly);
}

void MappingPresetsDialog::write(std::function<QString(SQLite::Database &)> change, const QString &select)
{
    m_writing = true;
    updateButtons();
    runAsync(
        this,
        [path = m_workspacePath, change = std::move(change)]() -> QString {
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadWrite);
                return change(*db);
            } catch (const SQLite::Exception &e) {
                return Workspace::failure(path, e).message;
            }
        },
        [this, select](const QString &problem) {
            m_writing = false;
            if (!problem.isEmpty()) {
                updateButtons();
                MessageBox::critical(this, windowTitle(), problem);
                return;
            }
            reload(select);
        });
}

void MappingPresetsDialog::renameSelected()
{
    const QString from = selectedName();
    if (from.isEmpty())
        return;
    const std::optional<QString> to = InputDialog::getText(this, tr("Rename Mapping"), tr("New name:"), from);
    if (!to || to->trimmed() == from)
        return;
    const QString name = to->trimmed();
    write([from, name](SQLite::Database &db) { return MappingPresets::rename(db, from, name); }, name);
}

void MappingPresetsDialog::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!MessageBox::confirm(this, tr("Delete Mapping"),
                             tr("Delete the saved mapping “%1”? Files with its columns will get the proposals "
                                "from the column names again.")
                                 .arg(name)))
        return;
    write([name](SQLite::Database &db) { return MappingPresets::remove(db, name); }, {});
}

} // namespace mwb::ui
