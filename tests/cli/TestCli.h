// TestCli: `mwb` as scripts use it. The tests are split by topic over tst_cli*.cpp; this
// is the one test class they share, with its temporary folder and file helpers.
#pragma once

#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void version();
    void usageErrors_data();
    void usageErrors();
    void initPrintsOneJsonObject();
    void initRefusesToOverwrite();
    void initStoresRegionAndCurrency_data();
    void initStoresRegionAndCurrency();
    void initAcceptsAChinesePath();
    void initTakesFileColonAsAFileName();
    void demoAndStatsAgree();
    void demoRefusesAnExistingFileOrMissingFolder();
    void statsOfAnEmptyWorkspace();
    void badWorkspacesExitTwo_data();
    void badWorkspacesExitTwo();
    void progressOnlyOnATerminal();
    void importReportsEveryRow();
    void importOfAFileWithOnlyBadRowsExitsTwo();
    void importsAndUndo();
    void lifecycleCommands();
    void segmentCountSaveListShow();
    void segmentErrorsNameTheFileAndPath();
    void segmentSnapshotAndDelete();
    void rfmGrid();
    void exportCustomersIsTheSegment();
    void exportCsvDialect();
    void exportXlsx();
    void exportFailuresLeaveNoFile();
    void campaignClosedLoop();
    void campaignErrors();
    void campaignHashedAndXlsx();
    void campaignArmsAndSampleSize();
    void programmeCommands();
    void clvFitReproducesCdnow();
    void modelTrainScoreShow();
    void analyticsCommands();
    void tiersByRules();
    void pointsAndReferrals();
    void onlineRetailFiguresAndStages();
    void customersAndJourneys();

private:
    // A demo workspace of 1500 customers plus four contacts in "Testville" whose names a
    // spreadsheet would run, or that need quoting.
    QString segmentWorkspace();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString write(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(content);
        return path(name);
    }
    QStringList entries() const
    {
        return QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    }
};
