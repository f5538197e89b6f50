// Benchmark: live segment counts on a workspace (the issue's goal: p95 <= 200 ms on the
// 1M-customer demo over 30 definitions of up to 10 conditions, each with one behaviour
// condition). Counts every definition RUNS times through SegmentQuery::count, as the
// builder does, after one untimed pass that warms the page cache, and prints each
// definition's median and the p50/p95 over all timed counts.
// Usage: bench_segments WORKSPACE [RUNS] [--sql] [--only N] [--definition FILE]
// (bench_segments.sh makes the demo). --sql prints each definition's compiled WHERE clause
// and its parameters before timing it; --only N times definition N alone; --definition
// times the definition in FILE instead of the thirty.
#include "lifecycle/Lifecycle.h"
#include "segments/BoundCustomerSet.h"
#include "segments/SegmentQuery.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Thirty definitions an analyst would build on the demo data: profile, purchases, RFM and
// lifecycle conditions, nested groups and negation, each with one behaviour condition.
const char *const kDefinitions[] = {
    R"({"all":[{"field":"city","op":"=","value":"上海"},{"event":{"type":"email_click","within_days":30}}]})",
    R"({"all":[{"field":"lifecycle_stage","op":"in","value":["adopt","advocate"]},{"purchase":{"within_days":90}}]})",
    R"({"all":[{"field":"recency_days","op":"<","value":90},{"field":"frequency","op":">=","value":2},{"event":{"type":"web_visit","within_days":14}}]})",
    R"({"all":[{"field":"rfm_segment","op":"in","value":["At risk","Can't lose them"]},{"not":{"event":{"type":"campaign_sent","within_days":60}}}]})",
    R"({"all":[{"field":"tier","op":"in","value":["gold","platinum"]},{"field":"monetary","op":">","value":500},{"event":{"channel":"wechat","within_days":30,"min_count":3}}]})",
    R"({"any":[{"field":"r_score","op":">=","value":4},{"event":{"type":"coupon_redeem","within_days":60}}]})",
    R"({"all":[{"field":"lifecycle_stage","op":"=","value":"abandon"},{"field":"monetary","op":">=","value":300},{"field":"country","op":"=","value":"CN"},{"event":{"type":"email_open","within_days":180}}]})",
    R"({"all":[{"field":"signup_date","op":">=","value":{"days_ago":365}},{"field":"frequency","op":"=","value":0},{"event":{"type":"register"}}]})",
    R"({"all":[{"field":"gender","op":"=","value":"F"},{"field":"city","op":"in","value":["北京","上海","广州","深圳"]},{"field":"aov","op":">","value":150},{"purchase":{"within_days":180,"min_count":2}}]})",
    R"({"all":[{"field":"tag","op":"=","value":"vip"},{"event":{"type":"nps","within_days":365}}]})",
    R"({"all":[{"field":"source_channel","op":"=","value":"ads"},{"field":"lifecycle_stage","op":"=","value":"attempt"},{"event":{"type":"web_visit","within_days":30,"min_count":2}}]})",
    R"({"all":[{"field":"last_purchase_date","op":"between","value":[{"days_ago":365},{"days_ago":180}]},{"field":"m_score","op":">=","value":4},{"not":{"purchase":{"within_days":90}}}]})",
    R"({"all":[{"field":"nps","op":">=","value":9},{"field":"frequency","op":">=","value":1},{"event":{"type":"referral"}}]})",
    R"({"any":[{"all":[{"field":"city","op":"=","value":"London"},{"field":"recency_days","op":"<=","value":60}]},{"all":[{"field":"city","op":"=","value":"Sydney"},{"event":{"channel":"email","within_days":30}}]}]})",
    R"({"all":[{"field":"email","op":"is_not_empty"},{"field":"lifecycle_stage","op":"in","value":["adopt","advocate","abandon"]},{"field":"monetary","op":"between","value":[100,1000]},{"event":{"type":"email_open","within_days":90,"min_count":2}}]})",
    R"({"all":[{"field":"phone","op":"starts_with","value":"+86"},{"field":"tier","op":"!=","value":"standard"},{"event":{"type":"sms_click","within_days":180}}]})",
    R"({"all":[{"field":"rfm_segment","op":"=","value":"Champions"},{"purchase":{"within_days":30,"min_amount":100}}]})",
    R"({"all":[{"field":"first_purchase_date","op":">=","value":{"days_ago":90}},{"field":"frequency","op":"=","value":1},{"event":{"type":"app_open","within_days":30}}]})",
    R"({"all":[{"field":"lifecycle_stage","op":"=","value":"aware"},{"field":"country","op":"in","value":["GB","US","AU"]},{"event":{"channel":"web"}}]})",
    R"({"all":[{"field":"f_score","op":">=","value":4},{"field":"r_score","op":"<=","value":2},{"event":{"type":"campaign_opened","within_days":365}}]})",
    R"({"all":[{"field":"name","op":"contains","value":"王"},{"field":"monetary","op":">","value":200},{"purchase":{"product_contains":"tea set"}}]})",
    R"({"all":[{"field":"region","op":"=","value":"广东"},{"field":"gender","op":"=","value":"M"},{"field":"recency_days","op":">","value":180},{"event":{"type":"wechat_message","within_days":90}}]})",
    R"({"all":[{"field":"tier","op":"=","value":"silver"},{"not":{"field":"lifecycle_stage","op":"=","value":"abandon"}},{"purchase":{"channel":"store","within_days":365}}]})",
    R"({"all":[{"field":"lifecycle_stage","op":"=","value":"advocate"},{"field":"tag","op":"in","value":["newsletter","wechat_follower"]},{"event":{"type":"referral","within_days":365}}]})",
    R"({"any":[{"field":"rfm_segment","op":"=","value":"Lost"},{"field":"rfm_segment","op":"=","value":"Hibernating"},{"event":{"type":"campaign_unsubscribed"}}]})",
    R"({"all":[{"field":"signup_date","op":"<","value":{"days_ago":730}},{"field":"frequency","op":">=","value":3},{"field":"aov","op":">=","value":100},{"field":"city","op":"!=","value":"上海"},{"event":{"type":"email_click","within_days":365}}]})",
    R"({"all":[{"field":"lifecycle_stage","op":"in","value":["attempt","aware"]},{"field":"source_channel","op":"in","value":["wechat","app"]},{"event":{"type":"coupon_redeem","within_days":90}}]})",
    R"({"all":[{"field":"monetary","op":">=","value":1000},{"field":"m_score","op":"=","value":5},{"field":"recency_days","op":"<","value":365},{"purchase":{"within_days":365,"min_count":3}}]})",
    R"({"all":[{"field":"country","op":"=","value":"CN"},{"field":"gender","op":"=","value":"F"},{"field":"tier","op":"in","value":["gold","silver"]},{"field":"lifecycle_stage","op":"=","value":"adopt"},{"field":"frequency","op":">=","value":2},{"field":"monetary","op":">","value":300},{"field":"recency_days","op":"<","value":120},{"field":"email","op":"is_not_empty"},{"field":"r_score","op":">=","value":3},{"event":{"channel":"wechat","within_days":60}}]})",
    R"({"all":[{"field":"lifecycle_stage","op":"=","value":"adopt","as_of":"2025-01-01"},{"field":"lifecycle_stage","op":"=","value":"abandon"},{"event":{"type":"campaign_delivered","within_days":365}}]})",
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[index];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_segments WORKSPACE [RUNS]\n");
        return 1;
    }
    const int runs = args.size() > 2 && !args.at(2).startsWith("--"_L1) ? args.at(2).toInt() : 5;
    const bool showSql = args.contains("--sql"_L1);
    const qsizetype onlyAt = args.indexOf("--only"_L1);
    const int only = onlyAt > 0 ? args.value(onlyAt + 1).toInt() : 0;
    // --definition FILE: that definition instead of the thirty.
    std::vector<QByteArray> texts;
    if (const qsizetype at = args.indexOf("--definition"_L1); at > 0) {
        QFile file(args.value(at + 1));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(args.value(at + 1)));
            return 2;
        }
        texts.push_back(file.readAll());
    } else {
        for (const char *text : kDefinitions)
            texts.emplace_back(text);
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // one line per definition as it finishes
    auto opened = mwb::Workspace::open(args.at(1), mwb::Workspace::Access::ReadOnly);
    if (!opened.workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error.message));
        return 2;
    }
    SQLite::Database &db = opened.workspace->db();
    std::vector<double> all;
    int index = 0;
    for (const QByteArray &text : texts) {
        ++index;
        if (only > 0 && index != only)
            continue;
        const mwb::SegmentParse parse = mwb::SegmentDefinition::fromText(text);
        if (!parse.ok()) {
            std::fprintf(stderr, "definition %d: %s\n", index, qPrintable(parse.error));
            return 2;
        }
        if (showSql) {
            const mwb::CompiledSegment compiled =
                mwb::SegmentQuery::compile(db, parse.node, mwb::SegmentContext::load(db));
            std::printf("-- %d\n%s\n", index, compiled.where.c_str());
            for (std::size_t i = 0; i < compiled.params.size(); ++i) {
                std::visit(
                    [i](const auto &value) {
                        using T = std::decay_t<decltype(value)>;
                        if constexpr (std::is_same_v<T, std::nullptr_t>)
                            std::printf("   ?%zu = NULL\n", i + 1);
                        else if constexpr (std::is_same_v<T, qint64>)
                            std::printf("   ?%zu = %lld\n", i + 1, static_cast<long long>(value));
                        else if constexpr (std::is_same_v<T, double>)
                            std::printf("   ?%zu = %g\n", i + 1, value);
                        else if constexpr (std::is_same_v<T, std::shared_ptr<const mwb::BoundCustomerSet>>)
                            std::printf("   ?%zu = a set of %lld customers\n", i + 1,
                                        static_cast<long long>(value->set().size()));
                        else
                            std::printf("   ?%zu = '%s'\n", i + 1, value.c_str());
                    },
                    compiled.params[i]);
            }
        }
        mwb::SegmentQuery::count(db, parse.node); // warm the page cache
        std::vector<double> times;
        qint64 count = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const mwb::SegmentCount result = mwb::SegmentQuery::count(db, parse.node);
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            count = result.count;
            if (!result.ok()) {
                std::fprintf(stderr, "definition %d: %s\n", index, qPrintable(result.error));
                return 2;
            }
        }
        all.insert(all.end(), times.begin(), times.end());
        std::printf("%2d  %9lld customers  median %8.1f ms\n", index, static_cast<long long>(count),
                    percentile(times, 0.5));
    }
    std::printf("counts: %zu   p50 %.1f ms   p95 %.1f ms   max %.1f ms\n", all.size(), percentile(all, 0.5),
                percentile(all, 0.95), percentile(all, 1.0));
    return 0;
}
