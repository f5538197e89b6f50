#include "CampaignBreakdownTable.h"

#include "widgets/ReadOnlyTable.h"

#include "CampaignReportText.h"
#include "DisplayFormat.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace mwb::ui {

CampaignBreakdownTable::CampaignBreakdownTable(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(static_cast<int>(headers().size()));
    setHorizontalHeaderLabels(headers());
    ReadOnlyTable::setUp(this, ReadOnlyTable::Striped);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

QStringList CampaignBreakdownTable::headers()
{
    return {tr("Group"),   tr("Treatment"), tr("Converted"), tr("Rate"),
            tr("Control"), tr("Converted"), tr("Rate"),      tr("Uplift")};
}

void CampaignBreakdownTable::setRows(const QList<ReportBreakdownRow> &rows,
                                     const std::function<QString(const QString &)> &name)
{
    setRowCount(0);
    int r = 0;
    for (const ReportBreakdownRow &row : rows) {
        if (row.treatment.members + row.control.members == 0)
            continue; // a group nobody of this campaign was in
        insertRow(r);
        auto *group = textCell(name(row.key));
        group->setData(Qt::UserRole, row.key);
        setItem(r, 0, group);
        setItem(r, 1, numberCell(DisplayFormat::count(row.treatment.members)));
        setItem(r, 2, numberCell(DisplayFormat::count(row.treatment.converted)));
        setItem(r, 3,
                numberCell(row.treatment.members > 0 ? DisplayFormat::percent(row.treatment.rate())
                                                     : DisplayFormat::undefined()));
        setItem(r, 4, numberCell(DisplayFormat::count(row.control.members)));
        setItem(r, 5, numberCell(DisplayFormat::count(row.control.converted)));
        setItem(r, 6,
                numberCell(row.control.members > 0 ? DisplayFormat::percent(row.control.rate())
                                                   : DisplayFormat::undefined()));
        auto *uplift = numberCell(CampaignReportText::upliftWithInterval(row.uplift));
        setItem(r, 7, uplift);
        ++r;
    }
}

} // namespace mwb::ui
