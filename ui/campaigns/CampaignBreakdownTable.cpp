#include "CampaignBreakdownTable.h"

#include "widgets/ReadOnlyTable.h"

#include "CampaignReportText.h"
#include "DisplayFormat.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

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
        auto *group = cell(name(row.key), false);
        group->setData(Qt::UserRole, row.key);
        setItem(r, 0, group);
        setItem(r, 1, cell(DisplayFormat::count(row.treatment.members)));
        setItem(r, 2, cell(DisplayFormat::count(row.treatment.converted)));
        setItem(r, 3,
                cell(row.treatment.members > 0 ? DisplayFormat::percent(row.treatment.rate())
                                               : DisplayFormat::undefined()));
        setItem(r, 4, cell(DisplayFormat::count(row.control.members)));
        setItem(r, 5, cell(DisplayFormat::count(row.control.converted)));
        setItem(
            r, 6,
            cell(row.control.members > 0 ? DisplayFormat::percent(row.control.rate()) : DisplayFormat::undefined()));
        auto *uplift = cell(CampaignReportText::upliftWithInterval(row.uplift));
        setItem(r, 7, uplift);
        ++r;
    }
}

} // namespace mwb::ui
