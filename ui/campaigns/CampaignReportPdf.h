// CampaignReportPdf: a campaign report as a printable PDF (A4): title, the campaign's
// facts, the headline figures, the funnel chart and table of both groups, and the
// breakdowns by stage and RFM segment; an A/B/n campaign's arms with the verdict. Laid out by PdfComposer (columns that fit, rows
// never split across pages) and written to a temporary file renamed when complete.
#pragma once

#include "PdfComposer.h"
#include "campaigns/CampaignReport.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace mwb::ui {

class CampaignReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReportPdf)

public:
    // What was laid out, for tests.
    struct Layout
    {
        QList<PdfComposer::Placed> placed;
        QList<PdfComposer::TableLayout> tables;
        qreal pageBottom = 0;
        qreal textWidth = 0;
        int pages = 0;
    };

    // An error message naming the file, or empty.
    static QString write(const CampaignReportData &report, const QString &currency, const QString &path,
                         Layout *layout = nullptr);
    // The PDF into `device`.
    static Layout render(const CampaignReportData &report, const QString &currency, QIODevice *device);
    // The tables the report prints, in order (headers and formatted cells): figures, funnel, by
    // stage, by RFM segment, then the arms of an A/B/n campaign.
    static QList<PdfTable> tables(const CampaignReportData &report, const QString &currency);
};

} // namespace mwb::ui
