#include "JourneyExport.h"

#include "export/TableExport.h"
#include "store/WorkspaceSettings.h"

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

ExportOptions options(const QString &path)
{
    ExportOptions o;
    o.format = exportFormatForPath(path);
    o.bom = true;
    return o;
}

ExportRow pathRow(const QString &text, const JourneyPath &p, qint64 steps)
{
    ExportRow row{text, steps, p.customers, p.converters, 100.0 * p.conversionRate()};
    if (p.medianDaysToConvert)
        row << *p.medianDaysToConvert;
    else
        row << std::monostate{};
    return row;
}

} // namespace

QString JourneyExport::writePaths(const QString &path, const JourneyResult &result)
{
    TableExport out(path, options(path));
    QString error = out.begin(
        {u"path"_s, u"steps"_s, u"customers"_s, u"buyers"_s, u"conversion_rate_pct"_s, u"median_days_to_buy"_s});
    for (int i = 0; i < result.paths.size() && error.isEmpty(); ++i) {
        const JourneyPath &p = result.paths.at(i);
        error = out.writeRow(pathRow(p.steps.join(u" → "_s), p, p.steps.size()));
    }
    if (error.isEmpty() && result.other.customers > 0)
        error = out.writeRow(pathRow(u"(other paths)"_s, result.other, 0));
    if (error.isEmpty())
        error = out.commit();
    return error;
}

QString JourneyExport::writeAttribution(const QString &path, const JourneyResult &result, const QString &currency)
{
    const double perMajor = minorUnitsPerMajor(currency);
    const double total = result.firstPurchaseRevenueMinor;
    TableExport out(path, options(path));
    QString error = out.begin({u"channel"_s, u"first_touch"_s, u"first_touch_share_pct"_s, u"last_touch"_s,
                               u"last_touch_share_pct"_s, u"linear"_s, u"linear_share_pct"_s, u"time_decay"_s,
                               u"time_decay_share_pct"_s});
    for (int i = 0; i < result.attribution.size() && error.isEmpty(); ++i) {
        const ChannelCredit &c = result.attribution.at(i);
        ExportRow row{c.channel};
        for (double amount : {c.firstTouchMinor, c.lastTouchMinor, c.linearMinor, c.timeDecayMinor})
            row << amount / perMajor << (total > 0 ? 100.0 * amount / total : 0.0);
        error = out.writeRow(row);
    }
    if (error.isEmpty())
        error = out.commit();
    return error;
}

} // namespace mwb::ui
