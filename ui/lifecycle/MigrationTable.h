// MigrationTable: customers by stage on an earlier day (rows, plus those not yet known)
// and on a later day (columns), as a heatmap of counts and row percentages. A click on a
// cell asks for the customers in it.
#pragma once

#include "lifecycle/Lifecycle.h"

#include <QTableWidget>

#include <optional>

namespace mwb::ui {

class MigrationTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit MigrationTable(QWidget *parent = nullptr);

    void setMigration(const StageMigration &migration);
    const StageMigration &migration() const { return m_migration; }

Q_SIGNALS:
    // `from` is empty for customers not yet known on the earlier day.
    void cellChosen(std::optional<mwb::LifecycleStage> from, mwb::LifecycleStage to);

private:
    StageMigration m_migration;
};

} // namespace mwb::ui
