// RfmPanel: the RFM view of the workspace: the R × F grid and the named RFM segments with
// their customers and revenue. Every cell and every named segment opens its customers.
#pragma once

#include "segments/SegmentDefinition.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace mwb::ui {

class CustomerListDialog;
class RfmGridView;
class WorkspaceSession;
struct RfmFigures;

class RfmPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RfmPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    // Loads the grid again on a worker thread; loaded() follows.
    void reload();
    bool isLoaded() const { return m_loaded; }
    RfmGridView *grid() const { return m_grid; }
    QTableWidget *segmentTable() const { return m_segments; }
    // The drill-down opened last (null once closed).
    CustomerListDialog *lastDrillDown() const;

    // The customers with recency score r and frequency score f.
    static SegmentNode cellDefinition(int r, int f);
    void openCell(int r, int f);
    void openNamedSegment(const QString &name);

Q_SIGNALS:
    void loaded();

private:
    void showFigures(const RfmFigures &figures);
    void openCustomers(const SegmentNode &definition, const QString &description);

    WorkspaceSession *m_session;
    QLabel *m_summary;
    RfmGridView *m_grid;
    QTableWidget *m_segments;
    QPointer<CustomerListDialog> m_drillDown;
    bool m_loaded = false;
};

} // namespace mwb::ui
