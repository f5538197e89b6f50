#include "CampaignArmsTable.h"

#include "widgets/ReadOnlyTable.h"

#include "CampaignReportText.h"
#include "DisplayFormat.h"
#include "vocabulary/Figures.h"

#include <QHeaderView>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

CampaignArmsTable::CampaignArmsTable(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(static_cast<int>(headers().size()));
    setHorizontalHeaderLabels(headers());
    horizontalHeaderItem(5)->setToolTip(Figures::definition(Figure::ArmPValueHolm));
    ReadOnlyTable::setUp(this, ReadOnlyTable::Striped);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

QStringList CampaignArmsTable::headers()
{
    return {tr("Arm"),      tr("Members"), tr("Converted"), tr("Rate"), tr("Uplift (95 % CI)"),
            tr("p (Holm)"), tr("Revenue"), tr("ROI")};
}

QList<QStringList> CampaignArmsTable::cells(const CampaignReportData &report, const QString &currency)
{
    QList<QStringList> rows;
    rows.append(
        {tr("Control group"), DisplayFormat::count(report.control.members),
         DisplayFormat::count(report.control.converted),
         report.control.members > 0 ? DisplayFormat::percent(report.control.rate()) : DisplayFormat::undefined(),
         DisplayFormat::undefined(), DisplayFormat::undefined(),
         DisplayFormat::money(report.control.revenueMinor, currency), DisplayFormat::undefined()});
    for (const ArmFigures &arm : report.arms) {
        rows.append({arm.name, DisplayFormat::count(arm.figures.members), DisplayFormat::count(arm.figures.converted),
                     arm.figures.members > 0 ? DisplayFormat::percent(arm.figures.rate()) : DisplayFormat::undefined(),
                     CampaignReportText::upliftWithInterval(arm.uplift),
                     arm.pValueHolm ? DisplayFormat::pValue(*arm.pValueHolm) : DisplayFormat::undefined(),
                     DisplayFormat::money(arm.figures.revenueMinor, currency),
                     arm.roi ? DisplayFormat::percent(*arm.roi, 0) : DisplayFormat::undefined()});
    }
    return rows;
}

void CampaignArmsTable::setReport(const CampaignReportData &report, const QString &currency)
{
    setRowCount(0);
    const QString winner =
        report.verdict && report.verdict->kind == ArmVerdict::Kind::Winner ? report.verdict->arm : QString();
    const QList<QStringList> rows = cells(report, currency);
    for (int r = 0; r < rows.size(); ++r) {
        insertRow(r);
        setItem(r, 0, textCell(rows[r][0]));
        for (int c = 1; c < rows[r].size(); ++c)
            setItem(r, c, numberCell(rows[r][c]));
        if (r > 0) {
            item(r, 0)->setData(Qt::UserRole, report.arms[r - 1].name);
            if (report.arms[r - 1].name == winner) {
                for (int c = 0; c < columnCount(); ++c) {
                    QFont bold = item(r, c)->font();
                    bold.setBold(true);
                    item(r, c)->setFont(bold);
                }
            }
        }
    }
    // As tall as its rows: a test has at most four arms.
    setFixedHeight(horizontalHeader()->sizeHint().height() + rowCount() * verticalHeader()->defaultSectionSize()
                   + 2 * frameWidth() + 2);
}

} // namespace mwb::ui
