// The `mwb` commands: each takes the arguments after its name and returns the exit code.
#pragma once

#include <QStringList>

namespace mwb::cli {

int runInit(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runImports(const QStringList &arguments);
int runUndoImport(const QStringList &arguments);
int runFunnel(const QStringList &arguments);
int runMigration(const QStringList &arguments);
int runLifecycleTrend(const QStringList &arguments);
int runLifecycleRules(const QStringList &arguments);
int runSegment(const QStringList &arguments);
int runRfm(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runCampaign(const QStringList &arguments);
int runProgramme(const QStringList &arguments);
int runGlobalControl(const QStringList &arguments);
int runSampleSize(const QStringList &arguments);
int runTiers(const QStringList &arguments);
int runPoints(const QStringList &arguments);
int runReferrals(const QStringList &arguments);
int runClv(const QStringList &arguments);
int runModel(const QStringList &arguments);
int runKpis(const QStringList &arguments);
int runCohorts(const QStringList &arguments);
int runNps(const QStringList &arguments);
int runProducts(const QStringList &arguments);
int runBasket(const QStringList &arguments);
int runReplenishment(const QStringList &arguments);
int runCustomers(const QStringList &arguments);
int runCustomer(const QStringList &arguments);
int runJourneys(const QStringList &arguments);
int runForget(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runRecover(const QStringList &arguments);

} // namespace mwb::cli
