// CampaignReportPdf: a campaign report as a printable PDF (A4): title, the campaign's
// facts, the headline figures, the funnel of both groups and the breakdowns by stage
// and RFM segment. Laid out as a rich-text document and printed through QPdfWriter;
// written to a temporary file renamed when complete.
#pragma once

#include "campaigns/CampaignReport.h"

#include <QCoreApplication>
#include <QString>

namespace mwb::ui {

class CampaignReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReportPdf)

public:
    // An error message naming the file, or empty.
    static QString write(const CampaignReportData &report, const QString &currency, const QString &path);
    // The document as HTML (what write() prints).
    static QString html(const CampaignReportData &report, const QString &currency);
};

} // namespace mwb::ui
