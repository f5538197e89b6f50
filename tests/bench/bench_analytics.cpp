// Benchmark of the analytics (issue goals in brackets):
//   CDNOW sample (../shared/data/cdnow): BG/NBD + gamma-gamma fit [≤ 50 ms];
//   a workspace (the 1M-customer demo): repeat-purchase summary + both fits [≤ 5 s, ≤ 500 MB],
//   KPI dashboard for a year against the year before [≤ 2 s], cohorts [≤ 2 s], and the
//   scoring of every customer's predicted CLV (no goal; reported).
// Each timing is the best of several runs in this process; memory is the process's peak.
// Usage: bench_analytics WORKSPACE.mwb [CDNOW_SUMMARY.csv]
#include "analytics/BgNbd.h"
#include "analytics/ClvModel.h"
#include "analytics/Cohorts.h"
#include "analytics/GammaGamma.h"
#include "analytics/KpiDashboard.h"
#include "analytics/RepeatSummary.h"
#include "lifecycle/Lifecycle.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

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
        std::fprintf(stderr, "usage: bench_analytics WORKSPACE.mwb [CDNOW_SUMMARY.csv]\n");
        return 1;
    }
    const QString summaryPath = argc > 2
        ? QString::fromLocal8Bit(argv[2])
        : QStringLiteral(MWB_SHARED_DATA_DIR) + u"/cdnow/cdnow_customers_summary_with_transactions.csv"_s;
    QFile summaryFile(summaryPath);
    if (summaryFile.open(QIODevice::ReadOnly)) {
        std::vector<CustomerRepeats> cdnow;
        summaryFile.readLine();
        while (!summaryFile.atEnd()) {
            const QList<QByteArray> f = summaryFile.readLine().trimmed().split(',');
            if (f.size() == 5)
                cdnow.push_back(
                    {f[0].toLongLong(), f[1].toInt(), f[2].toDouble(), f[3].toDouble(), f[4].toDouble(), 0, 0});
        }
        BgNbdFit bg;
        GammaGammaFit gg;
        const double ms = bestOf(20, [&] {
            bg = BgNbd::fit(cdnow);
            gg = GammaGamma::fit(cdnow);
        });
        std::printf("CDNOW (%zu customers): BG/NBD + gamma-gamma fit %.1f ms (goal 50 ms: ratio %.2f); "
                    "r %.4f alpha %.4f a %.4f b %.4f LL %.2f (%d evaluations); p %.3f q %.3f gamma %.3f\n",
                    cdnow.size(), ms, ms / 50.0, bg.parameters.r, bg.parameters.alpha, bg.parameters.a, bg.parameters.b,
                    bg.logLikelihood, bg.evaluations, gg.parameters.p, gg.parameters.q, gg.parameters.gamma);
    } else {
        std::printf("CDNOW summary not found at %s: skipped\n", qPrintable(summaryPath));
    }

    auto opened = Workspace::open(QString::fromLocal8Bit(argv[1]), Workspace::Access::ReadWrite);
    if (!opened.workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error.message));
        return 2;
    }
    SQLite::Database &db = opened.workspace->db();
    const QDate reference = Lifecycle::referenceDate(db);
    std::printf("workspace %s, data to %s\n", argv[1], qPrintable(reference.toString(Qt::ISODate)));

    RepeatSummary summary;
    const double extractMs = bestOf(3, [&] { summary = RepeatSummaries::extract(db, {}); });
    BgNbdFit bg;
    GammaGammaFit gg;
    const double bgMs = bestOf(3, [&] { bg = BgNbd::fit(summary.customers); });
    const double ggMs = bestOf(3, [&] { gg = GammaGamma::fit(summary.customers); });
    std::printf("summary of %zu buyers (%lld orders read) %.0f ms + BG/NBD %.0f ms (%d evaluations) + gamma-gamma "
                "%.0f ms = %.2f s (goal 5 s: ratio %.2f); peak memory so far %ld MB (goal 500 MB)\n",
                summary.customers.size(), static_cast<long long>(summary.ordersRead), extractMs, bgMs, bg.evaluations,
                ggMs, (extractMs + bgMs + ggMs) / 1000, (extractMs + bgMs + ggMs) / 5000, peakKb() / 1024);
    std::printf("  BG/NBD r %.4f alpha %.4f a %.4f b %.4f; gamma-gamma p %.3f q %.3f gamma %.3f\n", bg.parameters.r,
                bg.parameters.alpha, bg.parameters.a, bg.parameters.b, gg.parameters.p, gg.parameters.q,
                gg.parameters.gamma);

    const Period year = Period::containing(PeriodKind::Year, reference);
    const double kpiMs = bestOf(3, [&] { KpiDashboard::compute(db, year, year.previous(PeriodKind::Year)); });
    const Period month = Period::containing(PeriodKind::Month, reference);
    const double kpiMonthMs = bestOf(3, [&] { KpiDashboard::compute(db, month, month.previous(PeriodKind::Month)); });
    std::printf("KPI dashboard: year %.0f ms, month %.0f ms (goal 2 s: ratio %.2f)\n", kpiMs, kpiMonthMs, kpiMs / 2000);
    const double cohortMs = bestOf(3, [&] { Cohorts::compute(db, CohortBasis::FirstPurchase); });
    std::printf("cohorts (36 months): %.0f ms (goal 2 s: ratio %.2f)\n", cohortMs, cohortMs / 2000);

    volatile double sink = 0;
    const double hyperMs = bestOf(3, [&] {
        for (int i = 0; i < 100000; ++i)
            // As BG/NBD asks it: 2F1(r + x, b + x; a + b + x - 1; z) for x = 0..9, z up to 0.9.
            sink = sink + BgNbd::hypergeometric2F1(0.46 + i % 10, 6.56 + i % 10, 6.94 + i % 10, 0.1 + (i % 50) * 0.016);
    });
    std::printf("2F1: %.3f us a call\n", hyperMs / 100);

    ClvPrediction prediction;
    const double predictMs = bestOf(1, [&] { prediction = ClvModel::predict(db, {}); });
    std::printf("predicted CLV of %lld customers scored and stored: %.2f s; peak memory %ld MB\n",
                static_cast<long long>(prediction.customersScored), predictMs / 1000, peakKb() / 1024);
    return 0;
}
