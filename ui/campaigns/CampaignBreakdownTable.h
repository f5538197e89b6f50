// CampaignBreakdownTable: a campaign's figures per group of members (lifecycle stage
// before the send, or RFM segment at creation): members, conversions and rate of each
// group, and the uplift within the group.
#pragma once

#include "campaigns/CampaignReport.h"

#include <QTableWidget>

#include <functional>

namespace mwb::ui {

class CampaignBreakdownTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit CampaignBreakdownTable(QWidget *parent = nullptr);

    // `name` turns a row's key into the name shown.
    void setRows(const QList<ReportBreakdownRow> &rows, const std::function<QString(const QString &)> &name);
    static QStringList headers();
};

} // namespace mwb::ui
