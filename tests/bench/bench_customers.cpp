// Benchmark of customers and journeys (issue goals in brackets), on a workspace such as
// the 1M-customer demo: the first page of the customers table after opening [< 100 ms],
// quick searches [< 200 ms each], a profile with its whole timeline [< 100 ms], and path
// analysis with attribution over all touchpoints [< 5 s]; plus every matching id of a
// sorted list (what the table loads behind its first page). Best of several runs each.
// Usage: bench_customers WORKSPACE.mwb
#include "customers/CustomerDirectory.h"
#include "customers/CustomerProfile.h"
#include "journeys/JourneyAnalyzer.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace mwb;

namespace {

double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_customers WORKSPACE.mwb\n");
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    // Opening included: a fresh read-only connection, as the table's worker has.
    const double firstPage = bestOf(5, [&] {
        auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
        CustomerDirectory::firstPage(*db, {}, 200);
    });
    std::printf("first page (200 rows) after opening: %.1f ms (goal 100 ms: ratio %.2f)\n", firstPage, firstPage / 100);

    auto db = Workspace::openConnection(path, Workspace::Access::ReadOnly);
    CustomerListQuery sorted;
    sorted.sort = CustomerSort::Revenue;
    sorted.descending = true;
    const double sortedFirst = bestOf(3, [&] { CustomerDirectory::firstPage(*db, sorted, 200); });
    CustomerIds ids;
    const double allIds = bestOf(3, [&] { ids = CustomerDirectory::orderedIds(*db, sorted); });
    const double stretch = bestOf(5, [&] {
        CustomerDirectory::rows(*db, std::vector<qint64>(ids.ids.begin() + 500000, ids.ids.begin() + 500200));
    });
    std::printf("sorted by revenue: first page %.0f ms, all %zu ids %.0f ms, 200 rows from the middle %.1f ms\n",
                sortedFirst, ids.ids.size(), allIds, stretch);

    for (const QString &text : {u"陈"_s, u"M00042"_s, u"min.chen"_s, u"13800"_s, u"zzzz-nobody"_s, u"Brown"_s}) {
        CustomerListQuery query;
        query.search = text;
        int shown = 0;
        const double ms =
            bestOf(3, [&] { shown = static_cast<int>(CustomerDirectory::firstPage(*db, query, 200).size()); });
        std::printf("quick search '%s': first %d matches in %.0f ms (goal 200 ms: ratio %.2f)\n", qPrintable(text),
                    shown, ms, ms / 200);
    }

    const qint64 busiest = [&] {
        CustomerListQuery q;
        q.sort = CustomerSort::Orders;
        q.descending = true;
        return CustomerDirectory::firstPage(*db, q, 1).first().id;
    }();
    qsizetype items = 0;
    const double profile = bestOf(5, [&] {
        CustomerProfile::load(*db, busiest);
        items = CustomerProfile::timeline(*db, busiest).size();
    });
    std::printf(
        "profile with its timeline (%lld items, the customer with most orders): %.1f ms (goal 100 ms: ratio %.2f)\n",
        static_cast<long long>(items), profile, profile / 100);

    JourneyResult journeys;
    const double analysis = bestOf(2, [&] { journeys = JourneyAnalyzer::analyze(*db, {}); });
    std::printf("paths and attribution over %lld touchpoints of %lld customers: %.2f s (goal 5 s: ratio %.2f); %lld "
                "paths listed\n",
                static_cast<long long>(journeys.touchpoints), static_cast<long long>(journeys.customers),
                analysis / 1000, analysis / 5000, static_cast<long long>(journeys.paths.size()));
    return 0;
}
