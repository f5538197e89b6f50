#include "MigrationTable.h"

#include "widgets/TableCopy.h"

#include "DisplayFormat.h"
#include "StageStyle.h"

#include <QHeaderView>
#include <QLocale>

namespace mwb::ui {

MigrationTable::MigrationTable(QWidget *parent)
    : QTableWidget(StageMigration::kNotYetKnown + 1, kLifecycleStageCount, parent)
{
    setAccessibleName(tr("Migration between stages"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableCopy::allowBlockSelection(this);
    setFocusPolicy(Qt::StrongFocus);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setMinimumHeight(260);
    connect(this, &QTableWidget::cellClicked, this, [this](int row, int column) {
        const std::optional<LifecycleStage> from = row == StageMigration::kNotYetKnown
            ? std::nullopt
            : std::optional<LifecycleStage>(kLifecycleStages[static_cast<std::size_t>(row)]);
        Q_EMIT cellChosen(from, kLifecycleStages[static_cast<std::size_t>(column)]);
    });
}

void MigrationTable::setMigration(const StageMigration &migration)
{
    m_migration = migration;
    QStringList columns;
    for (LifecycleStage stage : kLifecycleStages)
        columns << tr("%1 on %2").arg(StageStyle::displayName(stage), DisplayFormat::date(migration.to));
    setHorizontalHeaderLabels(columns);
    QStringList rows;
    for (LifecycleStage stage : kLifecycleStages)
        rows << tr("%1 on %2").arg(StageStyle::displayName(stage), DisplayFormat::date(migration.from));
    rows << tr("New since %1").arg(DisplayFormat::date(migration.from));
    setVerticalHeaderLabels(rows);

    const QColor heat(0x2f, 0x6f, 0xc4);
    for (int r = 0; r <= StageMigration::kNotYetKnown; ++r) {
        const auto &row = migration.customers[static_cast<std::size_t>(r)];
        qint64 rowTotal = 0;
        for (qint64 n : row)
            rowTotal += n;
        for (int c = 0; c < kLifecycleStageCount; ++c) {
            const qint64 n = row[static_cast<std::size_t>(c)];
            const double share = rowTotal > 0 ? static_cast<double>(n) / static_cast<double>(rowTotal) : 0.0;
            auto *item = new QTableWidgetItem(
                tr("%1\n%2%").arg(DisplayFormat::count(n), QLocale().toString(share * 100, 'f', 1)));
            item->setTextAlignment(Qt::AlignCenter);
            item->setData(Qt::UserRole, n);
            QColor fill = heat;
            fill.setAlphaF(static_cast<float>(0.08 + 0.8 * share));
            item->setBackground(fill);
            item->setForeground(share > 0.45 ? QColor(Qt::white) : palette().color(QPalette::Text));
            item->setToolTip(tr("%1 customers: %2 of the row")
                                 .arg(DisplayFormat::count(n), QLocale().toString(share * 100, 'f', 1) + u'%'));
            setItem(r, c, item);
        }
    }
}

} // namespace mwb::ui
