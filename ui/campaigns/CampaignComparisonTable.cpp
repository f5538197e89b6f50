#include "CampaignComparisonTable.h"

#include "CampaignReportText.h"
#include "DisplayFormat.h"
#include "widgets/ReadOnlyTable.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalBlocker>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

CampaignComparisonTable::CampaignComparisonTable(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    // Two-line headers keep the dozen columns narrow enough to read side by side.
    setHorizontalHeaderLabels({tr("Campaign"), tr("Channel"), tr("Sent"), tr("Treatment"), tr("Control"),
                               tr("Contacted"), tr("Treatment\nrate"), tr("Control\nrate"), tr("Uplift\n(95% CI)"),
                               tr("p-value"), tr("Incremental\nrevenue"), tr("ROI")});
    ReadOnlyTable::setUp(this, ReadOnlyTable::Striped);
    // A row is a campaign to open: rows, one at a time, rather than blocks of cells.
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    connect(this, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow, int) {
        if (row != previousRow)
            Q_EMIT currentCampaignChanged(campaignId(row));
    });
}

void CampaignComparisonTable::setReports(const QList<CampaignReportData> &reports, const QString &currency)
{
    const qint64 current = currentCampaignId();
    {
        const QSignalBlocker blocker(this);
        setRowCount(0);
        setRowCount(static_cast<int>(reports.size()));
        for (int r = 0; r < reports.size(); ++r) {
            const CampaignReportData &report = reports[r];
            const Campaign &c = report.campaign;
            auto *name = textCell(c.name);
            name->setData(Qt::UserRole, c.id);
            name->setToolTip(c.name);
            setItem(r, Name, name);
            setItem(r, Channel, textCell(CampaignReportText::channelName(c.channel)));
            setItem(r, Sent, numberCell(DisplayFormat::date(c.sendDate)));
            setItem(r, Treatment, numberCell(DisplayFormat::count(c.treatment)));
            setItem(r, Control, numberCell(DisplayFormat::count(c.control)));
            setItem(r, Contacted,
                    numberCell(DisplayFormat::count(report.ok() ? report.treatment.contacted : c.exported)));
            if (!report.ok()) {
                auto *error = textCell(report.error);
                error->setToolTip(report.error);
                setItem(r, TreatmentRate, error);
                continue;
            }
            setItem(r, TreatmentRate, numberCell(DisplayFormat::percent(report.treatment.rate())));
            setItem(r, ControlRate,
                    numberCell(report.control.members > 0 ? DisplayFormat::percent(report.control.rate())
                                                          : DisplayFormat::undefined()));
            setItem(r, Uplift, numberCell(CampaignReportText::upliftWithInterval(report.uplift)));
            setItem(r, PValue, numberCell(CampaignReportText::pValue(report.uplift)));
            setItem(r, IncrementalRevenue,
                    numberCell(report.uplift.incrementalRevenueMinor ? DisplayFormat::money(
                                   std::llround(*report.uplift.incrementalRevenueMinor), currency)
                                                                     : DisplayFormat::undefined()));
            setItem(r, Roi, numberCell(CampaignReportText::roi(report)));
        }
        const int row = rowOf(current);
        if (row >= 0)
            selectRow(row);
        else if (rowCount() > 0)
            selectRow(0);
    }
    horizontalHeader()->resizeSection(Name, std::min(horizontalHeader()->sectionSize(Name), 220));
    // Tell the page which campaign is current now, even when it stayed the same row.
    Q_EMIT currentCampaignChanged(currentCampaignId());
}

qint64 CampaignComparisonTable::campaignId(int row) const
{
    const QTableWidgetItem *name = item(row, Name);
    return name ? name->data(Qt::UserRole).toLongLong() : 0;
}

int CampaignComparisonTable::fittingHeight() const
{
    int height = horizontalHeader()->height() + 2 * frameWidth() + verticalHeader()->length();
    if (horizontalScrollBar()->isVisible() || horizontalHeader()->length() > viewport()->width())
        height += horizontalScrollBar()->sizeHint().height();
    return height + 2;
}

int CampaignComparisonTable::rowOf(qint64 id) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (id != 0 && campaignId(r) == id)
            return r;
    }
    return -1;
}

qint64 CampaignComparisonTable::currentCampaignId() const
{
    return campaignId(currentRow());
}

void CampaignComparisonTable::setCurrentCampaign(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0)
        selectRow(row);
}

} // namespace mwb::ui
