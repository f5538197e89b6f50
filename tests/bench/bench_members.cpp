// Benchmark of the member programme's figures on a workspace (the 200,000- or
// 1,000,000-customer demo): the active member rate at each month end of the last 24 months
// with a 90-day window, overall and by tier [goal: a few seconds at most on the 1M demo],
// and the members by tier and the migration over a year (reported).
// Each timing is the best of three runs in this process; memory is the process's peak.
// Usage: bench_members WORKSPACE.mwb
#include "lifecycle/Lifecycle.h"
#include "membership/ActiveMembers.h"
#include "membership/MemberTiers.h"
#include "membership/TierRules.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

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

long peakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_members WORKSPACE.mwb\n");
        return 1;
    }
    auto opened = Workspace::open(QString::fromLocal8Bit(argv[1]));
    if (!opened.workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error.message));
        return 1;
    }
    SQLite::Database &db = opened.workspace->db();
    const QDate to = Lifecycle::referenceDate(db);
    const QDate start = to.addMonths(-23);
    const QDate from(start.year(), start.month(), 1);
    for (const bool byTier : {false, true}) {
        ActiveMemberSeries series;
        const double ms = bestOf(3, [&] { series = ActiveMembers::rate(db, from, to, 90, byTier); });
        const ActiveMemberPoint last = series.line(QString()).constLast();
        std::printf("active member rate, %lld months, 90 days%s: %.0f ms (last: %lld of %lld, %.1f %%; %lld "
                    "campaigns)\n",
                    static_cast<long long>(series.monthEnds.size()), byTier ? ", by tier" : "", ms,
                    static_cast<long long>(last.active), static_cast<long long>(last.members), last.rate * 100,
                    static_cast<long long>(series.campaigns.size()));
    }
    const bool rules = TierRules::load(db).has_value();
    const double distribution = bestOf(3, [&] { MemberTiers::distribution(db, to); });
    const double migration = bestOf(3, [&] { MemberTiers::migration(db, to.addYears(-1), to); });
    std::printf("members by tier: %.0f ms; migration over a year: %.0f ms%s\n", distribution, migration,
                rules ? "" : " (no tier rules: nothing to count)");
    std::printf("peak memory: %ld MB\n", peakKb() / 1024);
    return 0;
}
