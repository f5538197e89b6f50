// ChartExport: every chart of the window saved as a picture (PNG or SVG) or as the
// figures it draws (CSV or XLSX), from a small Save button in its top-right corner and
// from its context menu. setUpChartView() gives each chart one; the chart hands it its
// figures (setData) whenever it draws new ones.
#pragma once

#include "export/TableWriter.h"

#include <QObject>
#include <QStringList>

class QChartView;
class QLabel;
class QToolButton;

namespace mwb::ui {

class ChartExport : public QObject
{
    Q_OBJECT

public:
    explicit ChartExport(QChartView *view);
    // The chart's exporter (null for a view that setUpChartView() did not set up).
    static ChartExport *of(const QChartView *view);

    // The figures behind the chart: column names, then one row per point or bar.
    void setData(const QStringList &columns, const QList<ExportRow> &rows);
    const QStringList &columns() const { return m_columns; }
    const QList<ExportRow> &rows() const { return m_rows; }

    // Empty on success, else the error (naming the file).
    QString savePng(const QString &path) const;
    QString saveSvg(const QString &path) const;
    QString saveData(const QString &path) const; // CSV, or XLSX for a .xlsx name

    QToolButton *button() const { return m_button; }
    // A line in the middle of the chart saying why nothing is drawn ("not enough data
    // yet…"); empty hides it.
    void setNote(const QString &text);
    QString note() const;

    enum class Kind {
        Png,
        Svg,
        Data
    };
    // Asks for a file name, saves, and tells the user when it failed; true when saved.
    bool askAndSave(Kind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString fileStem() const;
    void place();

    QChartView *m_view;
    QToolButton *m_button;
    QLabel *m_note;
    QStringList m_columns;
    QList<ExportRow> m_rows;
};

} // namespace mwb::ui
