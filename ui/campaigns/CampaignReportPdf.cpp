#include "CampaignReportPdf.h"

#include "export/AtomicFile.h"

#include "CampaignArmsTable.h"
#include "CampaignBreakdownTable.h"
#include "CampaignReportText.h"
#include "DisplayFormat.h"
#include "charts/CampaignFunnelChart.h"

#include <QBuffer>
#include <QChart>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

PdfTable breakdown(const QList<ReportBreakdownRow> &rows, QString (*name)(const QString &))
{
    PdfTable table;
    table.headers = CampaignBreakdownTable::headers();
    for (const ReportBreakdownRow &r : rows) {
        if (r.treatment.members + r.control.members == 0)
            continue;
        table.rows.append(
            {name(r.key), DisplayFormat::count(r.treatment.members), DisplayFormat::count(r.treatment.converted),
             r.treatment.members > 0 ? DisplayFormat::percent(r.treatment.rate()) : DisplayFormat::undefined(),
             DisplayFormat::count(r.control.members), DisplayFormat::count(r.control.converted),
             r.control.members > 0 ? DisplayFormat::percent(r.control.rate()) : DisplayFormat::undefined(),
             CampaignReportText::upliftWithInterval(r.uplift)});
    }
    return table;
}

QString shareOf(qint64 part, qint64 members)
{
    return members > 0 ? DisplayFormat::percent(CampaignReportText::share(part, members)) : DisplayFormat::undefined();
}

} // namespace

QList<PdfTable> CampaignReportPdf::tables(const CampaignReportData &report, const QString &currency)
{
    const GroupFigures &t = report.treatment;
    const GroupFigures &c = report.control;
    PdfTable figures;
    figures.headers = {tr("Figure"), tr("Value"), tr("Note")};
    figures.align = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft};
    for (const KpiText &k : CampaignReportText::kpis(report, currency)) {
        figures.rows.append({k.caption, k.value, k.detail});
        figures.bold.append(false);
    }

    PdfTable funnel;
    funnel.headers = {tr("Step"), tr("Treatment"), tr("Share"), tr("Control"), tr("Share")};
    funnel.rows.append({tr("Members"), DisplayFormat::count(t.members), shareOf(t.members, t.members),
                        DisplayFormat::count(c.members), shareOf(c.members, c.members)});
    const QStringList labels = CampaignReportText::funnelLabels();
    const QList<qint64> tc = CampaignReportText::funnelCounts(t);
    const QList<qint64> cc = CampaignReportText::funnelCounts(c);
    for (int i = 0; i < labels.size(); ++i) {
        funnel.rows.append({labels[i], DisplayFormat::count(tc[i]), shareOf(tc[i], t.members),
                            DisplayFormat::count(cc[i]), shareOf(cc[i], c.members)});
    }
    funnel.rows.append({tr("Bounced"), DisplayFormat::count(t.bounced), shareOf(t.bounced, t.members),
                        DisplayFormat::count(c.bounced), shareOf(c.bounced, c.members)});
    funnel.rows.append({tr("Unsubscribed"), DisplayFormat::count(t.unsubscribed), shareOf(t.unsubscribed, t.members),
                        DisplayFormat::count(c.unsubscribed), shareOf(c.unsubscribed, c.members)});
    funnel.rows.append({tr("Revenue"), DisplayFormat::money(t.revenueMinor, currency), QString(),
                        c.members > 0 ? DisplayFormat::money(c.revenueMinor, currency) : DisplayFormat::undefined(),
                        QString()});
    QList<PdfTable> all{figures, funnel, breakdown(report.byStage, &CampaignReportText::stageName),
                        breakdown(report.byRfm, &CampaignReportText::rfmName)};
    if (!report.arms.isEmpty()) {
        PdfTable arms;
        arms.headers = CampaignArmsTable::headers();
        arms.rows = CampaignArmsTable::cells(report, currency);
        all.append(arms);
    }
    return all;
}

CampaignReportPdf::Layout CampaignReportPdf::render(const CampaignReportData &report, const QString &currency,
                                                    QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setTitle(report.campaign.name);
    writer.setCreator(u"Marketing Workbench"_s);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 14),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font;
    // Latin and CJK text alike: the families are tried in order for each character.
    font.setFamilies({u"Noto Sans"_s, u"Noto Sans CJK SC"_s, u"Microsoft YaHei"_s, u"PingFang SC"_s, u"DejaVu Sans"_s,
                      u"sans-serif"_s});
    font.setPointSizeF(9);
    PdfComposer page(
        &writer, &painter, font,
        tr("%1 · Marketing Workbench, %2")
            .arg(report.campaign.name, QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));

    const QList<PdfTable> tables = CampaignReportPdf::tables(report, currency);
    page.heading(report.campaign.name, 17, QColor(0x1f, 0x29, 0x33));
    page.paragraph(CampaignReportText::facts(report, currency), QColor(0x52, 0x60, 0x6d));
    if (const QString note = CampaignReportText::windowNote(report); !note.isEmpty())
        page.paragraph(note, QColor(0x5c, 0x43, 0x00), QColor(0xff, 0xf4, 0xd6));

    page.heading(tr("Result against the control group"), 11);
    page.table(tables[0]);

    if (tables.size() > 4) {
        page.heading(tr("Arms (A/B test) against the control group"), 11);
        page.paragraph(CampaignReportText::verdict(report), QColor(0x1f, 0x29, 0x33), QColor(0xee, 0xf3, 0xfb));
        page.table(tables[4]);
    }

    page.heading(tr("Funnel"), 11);
    // The same chart as on screen, drawn as vectors.
    page.picture(62, [&report](QPainter &p, const QRectF &rect) {
        CampaignFunnelChart chart;
        chart.setAttribute(Qt::WA_DontShowOnScreen);
        chart.resize(900, static_cast<int>(900 * rect.height() / rect.width()));
        chart.setGroups(report.treatment, report.control);
        chart.show();
        chart.chart()->setBackgroundRoundness(0);
        chart.render(&p, rect, chart.viewport()->rect());
    });
    page.table(tables[1]);

    page.heading(tr("By lifecycle stage the day before the send"), 11);
    page.table(tables[2]);
    page.heading(tr("By RFM segment at creation"), 11);
    page.table(tables[3]);
    page.paragraph(
        tr("Uplift: treatment rate − control rate, with Newcombe's 95% interval; p-value of the "
           "two-proportion z-test. Incremental revenue: treatment revenue − control revenue scaled to the "
           "treatment size. ROI: (incremental revenue − cost) / cost. Arms: each against the control group, p-values "
           "adjusted by Holm's method over the arms. Undefined figures read “—”."),
        QColor(0x7b, 0x87, 0x94), Qt::transparent, 7.5);
    page.finish();
    painter.end();
    return {page.placed(), page.tables(), page.pageBottom(), page.textWidth(), page.pages()};
}

QString CampaignReportPdf::write(const CampaignReportData &report, const QString &currency, const QString &path,
                                 Layout *layout)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    const Layout laid = render(report, currency, &pdf);
    if (layout)
        *layout = laid;
    // Written whole and renamed into place (core's AtomicFile checks the target first).
    return AtomicFile::writeAll(path, pdf.data(), ExistingFile::Replace);
}

} // namespace mwb::ui
