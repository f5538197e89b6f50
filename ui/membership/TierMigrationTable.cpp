#include "TierMigrationTable.h"

#include "DisplayFormat.h"
#include "vocabulary/Figures.h"
#include "widgets/ReadOnlyTable.h"

#include <QHeaderView>

namespace mwb::ui {

TierMigrationTable::TierMigrationTable(QWidget *parent)
    : QTableWidget(parent)
{
    setAccessibleName(tr("Migration between tiers"));
    ReadOnlyTable::setUp(this);
    verticalHeader()->show();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setToolTip(Figures::tooltip(Figure::TierMigration));
}

QColor TierMigrationTable::upColor()
{
    return QColor(0x1e, 0x8e, 0x3e, 40);
}

QColor TierMigrationTable::downColor()
{
    return QColor(0xc5, 0x39, 0x29, 40);
}

void TierMigrationTable::setMigration(const QDate &from, const QDate &to, const TierMigration &migration)
{
    m_migration = migration;
    m_up = 0;
    m_down = 0;
    clear();
    setRowCount(static_cast<int>(migration.from.size()));
    setColumnCount(static_cast<int>(migration.to.size()));
    QStringList columns;
    for (const QString &tier : migration.to)
        columns << tr("%1 on %2").arg(tier, DisplayFormat::date(to));
    setHorizontalHeaderLabels(columns);
    QStringList rows;
    for (const QString &tier : migration.from)
        rows << (tier.isEmpty() ? tr("New since %1").arg(DisplayFormat::date(from))
                                : tr("%1 on %2").arg(tier, DisplayFormat::date(from)));
    setVerticalHeaderLabels(rows);
    for (qsizetype r = 0; r < migration.from.size(); ++r) {
        qint64 rowTotal = 0;
        for (const qint64 n : migration.counts[r])
            rowTotal += n;
        const qsizetype fromRank = migration.to.indexOf(migration.from[r]); // -1: not yet known
        for (qsizetype c = 0; c < migration.to.size(); ++c) {
            const qint64 n = migration.counts[r][c];
            const double share = rowTotal > 0 ? static_cast<double>(n) / static_cast<double>(rowTotal) : 0.0;
            QTableWidgetItem *item = numberCell(DisplayFormat::count(n), n);
            item->setTextAlignment(Qt::AlignCenter);
            if (fromRank >= 0 && c > fromRank) {
                item->setBackground(upColor());
                m_up += n;
            } else if (fromRank >= 0 && c < fromRank) {
                item->setBackground(downColor());
                m_down += n;
            }
            item->setToolTip(
                tr("%1 members: %2 of the row").arg(DisplayFormat::count(n), DisplayFormat::percent(share)));
            setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    }
    // As tall as its rows, so the page scrolls rather than the table.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int r = 0; r < rowCount(); ++r)
        height += rowHeight(r);
    setFixedHeight(height);
}

} // namespace mwb::ui
