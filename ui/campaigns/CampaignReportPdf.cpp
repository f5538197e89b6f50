#include "CampaignReportPdf.h"

#include "export/AtomicFile.h"

#include "CampaignBreakdownTable.h"
#include "CampaignReportText.h"
#include "DisplayFormat.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QBuffer>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList &cells, bool header = false)
{
    QString html = u"<tr>"_s;
    for (int i = 0; i < cells.size(); ++i) {
        const QString align = i == 0 ? u"left"_s : u"right"_s;
        html += header ? u"<th align='%1'>%2</th>"_s.arg(align, esc(cells[i]))
                       : u"<td align='%1'>%2</td>"_s.arg(align, esc(cells[i]));
    }
    return html + u"</tr>"_s;
}

QString breakdown(const QString &title, const QList<ReportBreakdownRow> &rows,
                  QString (*name)(const QString &))
{
    QString html = u"<h3>%1</h3><table class='grid' width='100%' border='1' cellspacing='0' cellpadding='3'>"_s.arg(esc(title));
    html += row(CampaignBreakdownTable::headers(), true);
    for (const ReportBreakdownRow &r : rows) {
        if (r.treatment.members + r.control.members == 0)
            continue;
        html += row({name(r.key), DisplayFormat::count(r.treatment.members), DisplayFormat::count(r.treatment.converted),
                     r.treatment.members > 0 ? DisplayFormat::percent(r.treatment.rate()) : DisplayFormat::undefined(),
                     DisplayFormat::count(r.control.members), DisplayFormat::count(r.control.converted),
                     r.control.members > 0 ? DisplayFormat::percent(r.control.rate()) : DisplayFormat::undefined(),
                     CampaignReportText::upliftWithInterval(r.uplift)});
    }
    return html + u"</table>"_s;
}

} // namespace

QString CampaignReportPdf::html(const CampaignReportData &report, const QString &currency)
{
    const GroupFigures &t = report.treatment;
    const GroupFigures &c = report.control;
    QString html = uR"(<html><head><style>
        body { font-size: 9pt; color: #1f2933; }
        h1 { font-size: 17pt; margin-bottom: 2px; }
        h3 { font-size: 11pt; margin-top: 14px; margin-bottom: 4px; color: #123a75; }
        .facts { color: #52606d; }
        .note { background-color: #fff4d6; color: #5c4300; }
        table.grid { border-collapse: collapse; border-color: #cbd2d9; }
        th { background-color: #eef2f7; font-weight: 600; }
        .small { color: #7b8794; font-size: 8pt; }
        </style></head><body>)"_s;
    html += u"<h1>%1</h1>"_s.arg(esc(report.campaign.name));
    html += u"<p class='facts'>%1</p>"_s.arg(esc(CampaignReportText::facts(report, currency)));
    if (const QString note = CampaignReportText::windowNote(report); !note.isEmpty())
        html += u"<p class='note'>&nbsp;%1&nbsp;</p>"_s.arg(esc(note));

    html += u"<h3>%1</h3><table class='grid' width='100%' border='1' cellspacing='0' cellpadding='4'>"_s.arg(
        esc(tr("Result against the control group")));
    html += u"<tr><th align='left'>%1</th><th align='right'>%2</th><th align='left'>%3</th></tr>"_s.arg(
        esc(tr("Figure")), esc(tr("Value")), esc(tr("Note")));
    const QList<KpiText> kpis = CampaignReportText::kpis(report, currency);
    for (const KpiText &k : kpis)
        html += u"<tr><td>%1</td><td align='right'><b>%2</b></td><td>%3</td></tr>"_s.arg(esc(k.caption), esc(k.value),
                                                                                     esc(k.detail));
    html += u"</table>"_s;

    html += u"<h3>%1</h3><table class='grid' width='100%' border='1' cellspacing='0' cellpadding='4'>"_s.arg(
        esc(tr("Funnel")));
    html += row({tr("Step"), tr("Treatment"), tr("Share"), tr("Control"), tr("Share")}, true);
    html += row({tr("Members"), DisplayFormat::count(t.members), DisplayFormat::percent(1.0),
                 DisplayFormat::count(c.members), DisplayFormat::percent(1.0)});
    const QStringList labels = CampaignReportText::funnelLabels();
    const QList<qint64> tc = CampaignReportText::funnelCounts(t);
    const QList<qint64> cc = CampaignReportText::funnelCounts(c);
    for (int i = 0; i < labels.size(); ++i)
        html += row({labels[i], DisplayFormat::count(tc[i]), DisplayFormat::percent(CampaignReportText::share(tc[i], t.members)),
                     DisplayFormat::count(cc[i]), DisplayFormat::percent(CampaignReportText::share(cc[i], c.members))});
    html += row({tr("Bounced"), DisplayFormat::count(t.bounced), DisplayFormat::percent(CampaignReportText::share(t.bounced, t.members)),
                 DisplayFormat::count(c.bounced), DisplayFormat::percent(CampaignReportText::share(c.bounced, c.members))});
    html += row({tr("Unsubscribed"), DisplayFormat::count(t.unsubscribed),
                 DisplayFormat::percent(CampaignReportText::share(t.unsubscribed, t.members)),
                 DisplayFormat::count(c.unsubscribed),
                 DisplayFormat::percent(CampaignReportText::share(c.unsubscribed, c.members))});
    html += row({tr("Revenue"), DisplayFormat::money(t.revenueMinor, currency), QString(),
                 DisplayFormat::money(c.revenueMinor, currency), QString()});
    html += u"</table>"_s;

    html += breakdown(tr("By lifecycle stage the day before the send"), report.byStage, &CampaignReportText::stageName);
    html += breakdown(tr("By RFM segment at creation"), report.byRfm, &CampaignReportText::rfmName);
    html += u"<p class='small'>%1</p>"_s.arg(
        esc(tr("Uplift: treatment rate − control rate, with Newcombe's 95% interval; p-value of the two-proportion "
               "z-test. Incremental revenue: treatment revenue − control revenue scaled to the treatment size. "
               "ROI: (incremental revenue − cost) / cost. Marketing Workbench, %1.")
                .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))));
    html += u"</body></html>"_s;
    return html;
}

QString CampaignReportPdf::write(const CampaignReportData &report, const QString &currency, const QString &path)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(report.campaign.name);
        writer.setCreator(u"Marketing Workbench"_s);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 14),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);

        QTextDocument document;
        QFont font;
        // Latin and CJK text alike: the families are tried in order for each character.
        font.setFamilies({u"Noto Sans"_s, u"Noto Sans CJK SC"_s, u"Microsoft YaHei"_s, u"PingFang SC"_s,
                          u"DejaVu Sans"_s, u"sans-serif"_s});
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.setHtml(html(report, currency));
        document.print(&writer);
    }
    // Written whole and renamed into place (core's AtomicFile checks the target first).
    return AtomicFile::writeAll(path, pdf.data(), ExistingFile::Replace);
}

} // namespace mwb::ui
