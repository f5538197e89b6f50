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

void CampaignArmsTable::setReport(const CampaignReportData &report, const QString &currency)
{
    setRowCount(0);
    const QString winner =
        report.verdict && report.verdict->kind == ArmVerdict::Kind::Winner ? report.verdict->arm : QString();
    // The control group first: what every arm is compared with.
    insertRow(0);
    setItem(0, 0, textCell(tr("Control group")));
    setItem(0, 1, numberCell(DisplayFormat::count(report.control.members)));
    setItem(0, 2, numberCell(DisplayFormat::count(report.control.converted)));
    setItem(0, 3,
            numberCell(report.control.members > 0 ? DisplayFormat::percent(report.control.rate())
                                                  : DisplayFormat::undefined()));
    setItem(0, 4, numberCell(DisplayFormat::undefined()));
    setItem(0, 5, numberCell(DisplayFormat::undefined()));
    setItem(0, 6, numberCell(DisplayFormat::money(report.control.revenueMinor, currency)));
    setItem(0, 7, numberCell(DisplayFormat::undefined()));
    int r = 1;
    for (const ArmFigures &arm : report.arms) {
        insertRow(r);
        auto *name = textCell(arm.name);
        name->setData(Qt::UserRole, arm.name);
        setItem(r, 0, name);
        setItem(r, 1, numberCell(DisplayFormat::count(arm.figures.members)));
        setItem(r, 2, numberCell(DisplayFormat::count(arm.figures.converted)));
        setItem(r, 3,
                numberCell(arm.figures.members > 0 ? DisplayFormat::percent(arm.figures.rate())
                                                   : DisplayFormat::undefined()));
        setItem(r, 4, numberCell(CampaignReportText::upliftWithInterval(arm.uplift)));
        setItem(r, 5, numberCell(arm.pValueHolm ? DisplayFormat::pValue(*arm.pValueHolm) : DisplayFormat::undefined()));
        setItem(r, 6, numberCell(DisplayFormat::money(arm.figures.revenueMinor, currency)));
        setItem(r, 7, numberCell(arm.roi ? DisplayFormat::percent(*arm.roi, 0) : DisplayFormat::undefined()));
        if (arm.name == winner) {
            for (int c = 0; c < columnCount(); ++c) {
                QFont bold = item(r, c)->font();
                bold.setBold(true);
                item(r, c)->setFont(bold);
            }
        }
        ++r;
    }
    // As tall as its rows: a test has at most four arms.
    setFixedHeight(horizontalHeader()->sizeHint().height() + rowCount() * verticalHeader()->defaultSectionSize()
                   + 2 * frameWidth() + 2);
}

} // namespace mwb::ui
