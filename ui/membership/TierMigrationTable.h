// TierMigrationTable: the members of a later day by their tier on an earlier day (rows, and
// a row for those not yet known then) and on the later day (columns). Moves up are tinted
// green, moves down red, staying put left plain; the counts of each are told beside it.
#pragma once

#include "membership/MemberTiers.h"

#include <QTableWidget>

namespace mwb::ui {

class TierMigrationTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit TierMigrationTable(QWidget *parent = nullptr);

    void setMigration(const QDate &from, const QDate &to, const TierMigration &migration);
    const TierMigration &migration() const { return m_migration; }
    // Members who moved to a higher tier, and to a lower one.
    qint64 upgrades() const { return m_up; }
    qint64 downgrades() const { return m_down; }

    static QColor upColor();
    static QColor downColor();

private:
    TierMigration m_migration;
    qint64 m_up = 0;
    qint64 m_down = 0;
};

} // namespace mwb::ui
