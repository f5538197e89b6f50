// CohortsPage: customers grouped by the month of their first purchase (or signup) and
// followed month by month: retention, revenue per customer or its running total as a
// heatmap, with the counts behind each cell in its tooltip. Computed on a worker thread;
// the table exports as CSV and as a picture.
#pragma once

#include "WorkbenchPage.h"

class QComboBox;
class QPixmap;
class QLabel;
class QPushButton;
class QTableView;

namespace mwb {
struct CohortMatrix;
}

namespace mwb::ui {

class CohortTableModel;
class WorkspaceSession;

class CohortsPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit CohortsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isReady() const override { return m_loaded; }

    QComboBox *basisCombo() const { return m_basis; }
    QComboBox *metricCombo() const { return m_metric; }
    QTableView *table() const { return m_table; }
    CohortTableModel *model() const { return m_model; }

    // Each asks for a file name and answers whether the file was written.
    bool exportCsv();
    bool exportPng();

Q_SIGNALS:
    void figuresShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void showMatrix(const CohortMatrix &matrix);
    void metricChosen();
    void updateCaption();
    QPixmap wholeTablePicture() const;

    WorkspaceSession *m_session;
    QLabel *m_heading;
    QLabel *m_subheading;
    QComboBox *m_basis;
    QComboBox *m_metric;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPng;
    QTableView *m_table;
    CohortTableModel *m_model;
    QLabel *m_caption;
    bool m_loaded = false;
    bool m_stale = false; // figures changed while the page was hidden
};

} // namespace mwb::ui
