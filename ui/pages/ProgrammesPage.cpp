#include "ProgrammesPage.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "customers/ChannelStyle.h"
#include "charts/ProgrammeStepChart.h"
#include "charts/ProgrammeUpliftChart.h"
#include "dialogs/MessageBox.h"
#include "programmes/ProgrammeDefinition.h"
#include "programmes/ProgrammeService.h"
#include "programmes/ProgrammeTemplates.h"
#include "programmes/ProgrammeDesignForm.h"
#include "programmes/StepFlowEditor.h"
#include "segments/SegmentService.h"
#include "vocabulary/Figures.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

constexpr int kSimulationDays = 182; // about six months
constexpr int kEstimateDays = 28;    // the live estimate: the last four weeks

QTableWidget *table(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableWidget(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    ReadOnlyTable::setUp(view, ReadOnlyTable::Striped);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

void setHeaders(QTableWidget *view, const QList<std::pair<QString, std::optional<Figure>>> &columns)
{
    view->setColumnCount(static_cast<int>(columns.size()));
    for (int c = 0; c < columns.size(); ++c) {
        auto *item = new QTableWidgetItem(columns[c].first);
        if (columns[c].second)
            item->setToolTip(Figures::tooltip(*columns[c].second));
        view->setHorizontalHeaderItem(c, item);
    }
}

void setCell(QTableWidget *view, int row, int column, const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    view->setItem(row, column, item);
}

QString uplift(const ProgrammeComparison &c)
{
    if (!c.comparison)
        return DisplayFormat::undefined();
    return ProgrammesPage::tr("%1 (%2 to %3)")
        .arg(DisplayFormat::points(c.comparison->difference),
             DisplayFormat::points(c.comparison->interval.low, 1, false),
             DisplayFormat::points(c.comparison->interval.high, 1, false));
}

QString rate(const ProgrammeGroupFigures &g)
{
    return g.members > 0 ? DisplayFormat::percent(g.rate()) : DisplayFormat::undefined();
}

} // namespace

ProgrammesPage::ProgrammesPage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_heading(createHeading(tr("Programmes")))
    , m_due(new QLabel(this))
    , m_run(new QPushButton(tr("Run due programmes"), this))
    , m_list(new QListWidget(this))
    , m_new(new QToolButton(this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_tabs(new QTabWidget(this))
    , m_form(new ProgrammeDesignForm(this))
    , m_save(new QPushButton(tr("Save programme"), this))
    , m_simulate(new QPushButton(tr("Simulate on past data"), this))
    , m_simulation(new QLabel(this))
    , m_simulationTable(table(u"programmeSimulation"_s, tr("Simulation by week"), this))
    , m_estimateTimer(new QTimer(this))
    , m_message(new QLabel(this))
    , m_runs(table(u"programmeRuns"_s, tr("Runs"), this))
    , m_report(table(u"programmeReport"_s, tr("Report by step"), this))
    , m_totals(new QLabel(this))
    , m_chart(new ProgrammeUpliftChart(this))
    , m_stepChart(new ProgrammeStepChart(this))
{
    m_due->setWordWrap(true);
    m_run->setObjectName(u"runDueProgrammes"_s);
    m_run->setToolTip(tr("Runs every programme for each day since it last ran, up to the last day of the data, "
                         "and writes the lists to each programme's folder."));
    m_list->setObjectName(u"programmeList"_s);
    m_list->setAccessibleName(tr("Programmes"));
    m_new->setText(tr("New from template"));
    m_new->setObjectName(u"newProgramme"_s);
    m_new->setPopupMode(QToolButton::InstantPopup);
    auto *templates = new QMenu(m_new);
    for (const ProgrammeTemplate &t : ProgrammeTemplates::all()) {
        QAction *action = templates->addAction(t.title, this, [this, key = t.key] { newFromTemplate(key); });
        action->setToolTip(t.description);
        action->setStatusTip(t.description);
    }
    templates->setToolTipsVisible(true);
    m_new->setMenu(templates);

    m_simulation->setObjectName(u"programmeSimulationSummary"_s);
    m_form->estimateLabel()->setObjectName(u"programmeEstimate"_s);
    m_form->estimateLabel()->setToolTip(tr("The design as it is, simulated over the last four weeks of the data."));
    m_estimateTimer->setSingleShot(true);
    m_estimateTimer->setInterval(800);
    connect(m_estimateTimer, &QTimer::timeout, this, &ProgrammesPage::estimate);
    connect(m_form, &ProgrammeDesignForm::changed, m_estimateTimer, qOverload<>(&QTimer::start));
    m_simulation->setWordWrap(true);
    m_simulation->setForegroundRole(QPalette::PlaceholderText);
    m_message->setWordWrap(true);
    m_save->setObjectName(u"saveProgramme"_s);
    m_simulate->setObjectName(u"simulateProgramme"_s);
    m_simulate->setToolTip(tr("How many would have entered and been sent each week over the last six months."));
    auto *designButtons = new QHBoxLayout;
    designButtons->addStretch(1);
    designButtons->addWidget(m_save);
    auto *design = new QWidget(this);
    auto *designLayout = new QVBoxLayout(design);
    designLayout->addWidget(m_form, 1);
    designLayout->addWidget(m_message);
    designLayout->addLayout(designButtons);

    auto *reportPage = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(reportPage);
    m_totals->setWordWrap(true);
    m_totals->setObjectName(u"programmeTotals"_s);
    m_totals->setToolTip(Figures::tooltip(Figure::ProgrammeIncrementalConversions));
    reportLayout->addWidget(m_totals);
    reportLayout->addWidget(m_report, 1);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_stepChart, 1);
    charts->addWidget(m_chart, 1);
    reportLayout->addLayout(charts, 2);
    setHeaders(m_report,
               {{tr("Step"), std::nullopt},
                {tr("Channel"), std::nullopt},
                {tr("Treatment"), std::nullopt},
                {tr("Control"), std::nullopt},
                {tr("Contacted"), std::nullopt},
                {tr("Capped"), std::nullopt},
                {tr("Conversion"), Figure::ProgrammeStepConversion},
                {tr("Control conversion"), Figure::ProgrammeStepConversion},
                {tr("Uplift (95 %)"), Figure::ProgrammeStepUplift},
                {tr("p-value"), Figure::ProgrammeStepUplift},
                {tr("Revenue"), std::nullopt},
                {tr("Cost"), std::nullopt}});
    setHeaders(m_runs,
               {{tr("Day"), std::nullopt},
                {tr("Step"), std::nullopt},
                {tr("Entered"), std::nullopt},
                {tr("Sent"), std::nullopt},
                {tr("Control"), std::nullopt},
                {tr("Global control"), std::nullopt},
                {tr("Capped"), std::nullopt},
                {tr("List"), std::nullopt}});
    m_tabs->setObjectName(u"programmeTabs"_s);
    m_tabs->addTab(design, tr("Design"));
    m_tabs->addTab(m_runs, tr("Runs"));
    m_tabs->addTab(reportPage, tr("Report"));
    auto *simulationPage = new QWidget(this);
    auto *simulationLayout = new QVBoxLayout(simulationPage);
    auto *simulationBar = new QHBoxLayout;
    simulationBar->addWidget(m_simulate);
    simulationBar->addWidget(m_simulation, 1);
    simulationLayout->addLayout(simulationBar);
    simulationLayout->addWidget(m_simulationTable, 1);
    m_tabs->addTab(simulationPage, tr("Simulation"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_new);
    leftButtons->addWidget(m_delete);
    leftLayout->addLayout(leftButtons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});

    auto *top = new QHBoxLayout;
    top->addWidget(m_due, 1);
    top->addWidget(m_run);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    // A programme chosen (not the current item focus gives the list when it has none).
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> chosen = m_list->selectedItems();
        if (!chosen.isEmpty() && chosen.first()->text() != m_selected)
            select(chosen.first()->text());
    });
    connect(m_save, &QPushButton::clicked, this, &ProgrammesPage::save);
    connect(m_run, &QPushButton::clicked, this, &ProgrammesPage::runDue);
    connect(m_simulate, &QPushButton::clicked, this, &ProgrammesPage::simulate);
    connect(m_delete, &QPushButton::clicked, this, &ProgrammesPage::removeSelected);
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_announcedDue = false;
        m_selected.clear();
        m_list->clear();
        reload();
    });
    connect(m_session->programmes(), &ProgrammeService::programmesChanged, this, &ProgrammesPage::reload);
    connect(m_session->segments(), &SegmentService::segmentsChanged, this, &ProgrammesPage::fillSegments);
    if (m_session->isOpen())
        reload();
}

StepFlowEditor *ProgrammesPage::stepEditor() const
{
    return m_form->stepEditor();
}

QLabel *ProgrammesPage::estimateLabel() const
{
    return m_form->estimateLabel();
}

QString ProgrammesPage::pageId() const
{
    return u"programmes"_s;
}

QString ProgrammesPage::title() const
{
    return tr("Programmes");
}

QIcon ProgrammesPage::icon() const
{
    return QIcon(u":/icons/programmes.svg"_s);
}

void ProgrammesPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_estimateStale)
        m_estimateTimer->start();
}

void ProgrammesPage::reload()
{
    if (!m_session->isOpen())
        return;
    fillSegments();
    m_session->programmes()->list(this, [this](const ProgrammesAnswer &answer) { showList(answer); });
}

void ProgrammesPage::fillSegments()
{
    if (!m_session->isOpen())
        return;
    QStringList names;
    for (const SavedSegment &segment : m_session->segments()->listSegments())
        names << segment.name;
    m_form->setSegments(names);
}

void ProgrammesPage::showList(const ProgrammesAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        m_due->setText(answer.error);
        return;
    }
    const QString keep = m_selected;
    // Filled quietly: the list's own current item is no choice of the user's.
    QSignalBlocker quietList(m_list);
    m_list->clear();
    for (const SavedProgramme &p : answer.programmes) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setToolTip(p.lastRunDay ? tr("Last run for %1; %n in it now", nullptr, static_cast<int>(p.activeMembers))
                                            .arg(DisplayFormat::date(*p.lastRunDay))
                                      : tr("Not run yet"));
    }
    const qint64 due = answer.daysDue();
    if (answer.programmes.isEmpty())
        m_due->setText(tr("No programme yet: start one from a template, change it, save it, and run it every day."));
    else if (due == 0)
        m_due->setText(tr("Every programme has run up to %1, the last day of the data.")
                           .arg(DisplayFormat::date(answer.referenceDate)));
    else
        m_due->setText(tr("%n programme day(s) due up to %1, the last day of the data.", nullptr, static_cast<int>(due))
                           .arg(DisplayFormat::date(answer.referenceDate)));
    m_run->setEnabled(due > 0);
    if (!m_announcedDue) {
        m_announcedDue = true;
        Q_EMIT dueOnOpening(answer.programmes.isEmpty() ? 0 : due);
    }
    m_listed = true;
    Q_EMIT ready();
    // The programme shown stays; else the first, unless a new one is being designed.
    if (answer.programmes.isEmpty()) {
        if (!m_designingNew)
            newFromTemplate(u"win_back"_s);
        return;
    }
    const auto found = m_list->findItems(keep, Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_list->setCurrentItem(found.first());
        refreshDetail();
    } else if (!m_designingNew) {
        m_list->setCurrentRow(0);
        select(m_list->currentItem()->text());
    } else {
        m_list->setCurrentRow(-1);
    }
}

void ProgrammesPage::select(const QString &name)
{
    m_selected = name;
    m_designingNew = false;
    m_definitionPending = true;
    refreshDetail();
}

void ProgrammesPage::refreshDetail()
{
    if (m_selected.isEmpty())
        return;
    m_session->programmes()->detail(m_selected, this,
                                    [this](const ProgrammeDetailAnswer &answer) { showDetail(answer); });
}

void ProgrammesPage::showDetail(const ProgrammeDetailAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        m_totals->setText(answer.error);
        return;
    }
    // The saved definition goes into the design when the programme was chosen, not on a
    // refresh (which would drop the edits under way).
    if (m_definitionPending && answer.programme && answer.programme->name == m_selected) {
        m_definitionPending = false;
        setDefinition(answer.programme->definition);
    }
    m_runs->setRowCount(static_cast<int>(answer.runs.size()));
    for (int r = 0; r < answer.runs.size(); ++r) {
        const ProgrammeRunRow &row = answer.runs[r];
        setCell(m_runs, r, 0, DisplayFormat::date(row.day), false);
        setCell(m_runs, r, 1, row.step > 0 ? QString::number(row.step) : tr("—"));
        setCell(m_runs, r, 2, DisplayFormat::count(row.entered));
        setCell(m_runs, r, 3, DisplayFormat::count(row.treatment));
        setCell(m_runs, r, 4, DisplayFormat::count(row.control));
        setCell(m_runs, r, 5, DisplayFormat::count(row.globalControl));
        setCell(m_runs, r, 6, DisplayFormat::count(row.capped));
        setCell(m_runs, r, 7, row.file.isEmpty() ? QString() : QFileInfo(row.file).fileName(), false);
    }
    m_runs->resizeColumnsToContents();
    const ProgrammeReportData &r = answer.report;
    m_report->setRowCount(static_cast<int>(r.steps.size()));
    for (int i = 0; i < r.steps.size(); ++i) {
        const ProgrammeStepFigures &s = r.steps[i];
        setCell(m_report, i, 0, QString::number(s.step));
        setCell(m_report, i, 1, ChannelStyle::displayName(s.channel), false);
        setCell(m_report, i, 2, DisplayFormat::count(s.treatment.members));
        setCell(m_report, i, 3, DisplayFormat::count(s.control.members));
        setCell(m_report, i, 4, DisplayFormat::count(s.contacted));
        setCell(m_report, i, 5, DisplayFormat::count(s.capped));
        setCell(m_report, i, 6, rate(s.treatment));
        setCell(m_report, i, 7, rate(s.control));
        setCell(m_report, i, 8, uplift(s.uplift));
        setCell(m_report, i, 9,
                s.uplift.comparison && s.uplift.comparison->pValue ? DisplayFormat::pValue(*s.uplift.comparison->pValue)
                                                                   : DisplayFormat::undefined());
        setCell(m_report, i, 10, DisplayFormat::money(s.treatment.revenueMinor, answer.currency));
        setCell(m_report, i, 11, DisplayFormat::money(s.costMinor, answer.currency));
    }
    m_report->resizeColumnsToContents();
    if (r.treatment.members + r.control.members == 0) {
        m_totals->setText(tr("Nobody has entered yet."));
    } else {
        const auto incremental = [&](const ProgrammeComparison &c) {
            return c.comparison ? tr("%1 conversions, %2")
                                      .arg(DisplayFormat::decimal(c.incrementalConversions, 1),
                                           DisplayFormat::money(c.incrementalRevenueMinor, answer.currency))
                                : DisplayFormat::undefined();
        };
        m_totals->setText(
            tr("%1 entries (%2 in the holdout, %3 in the global control group); programme conversion %4 against %5 "
               "in the holdout, within %n day(s) of entering.\nIncremental against the holdout: %6; against the "
               "global control group: %7.",
               nullptr, r.windowDays)
                .arg(DisplayFormat::count(r.treatment.members + r.control.members + r.globalControl.members),
                     DisplayFormat::count(r.control.members), DisplayFormat::count(r.globalControl.members),
                     rate(r.treatment), rate(r.control), incremental(r.againstHoldout),
                     incremental(r.againstGlobalControl)));
    }
    m_chart->setWeeks(r.weeks);
    m_stepChart->setSteps(r.steps);
}

QJsonObject ProgrammesPage::definition() const
{
    return m_form->definition();
}

void ProgrammesPage::setDefinition(const QJsonObject &d)
{
    m_form->setDefinition(d);
    m_message->clear();
    m_simulation->clear();
    m_simulationTable->setRowCount(0);
    m_estimateTimer->start();
}

void ProgrammesPage::newFromTemplate(const QString &key)
{
    for (const ProgrammeTemplate &t : ProgrammeTemplates::all()) {
        if (t.key != key)
            continue;
        m_selected.clear();
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
        m_designingNew = true;
        m_definitionPending = false;
        setDefinition(t.definition);
        m_message->setText(t.description);
        m_runs->setRowCount(0);
        m_report->setRowCount(0);
        m_totals->clear();
        m_chart->setWeeks({});
        m_stepChart->setSteps({});
        m_tabs->setCurrentIndex(0);
    }
}

void ProgrammesPage::save()
{
    const QJsonObject d = definition();
    const bool replace = !m_selected.isEmpty() && m_selected == d.value(u"name"_s).toString();
    m_session->programmes()->save(
        d, replace, this, [this, name = d.value(u"name"_s).toString()](const ProgrammeSaveOutcome &outcome) {
            if (!outcome.ok()) {
                m_message->setText(tr("Not saved: %1").arg(outcome.error));
                return;
            }
            m_selected = name;
            m_designingNew = false;
            m_message->setText(tr("Saved. It runs from the last day of the data when programmes next run."));
            Q_EMIT saved(name);
        });
}

void ProgrammesPage::runDue()
{
    m_run->setEnabled(false);
    m_due->setText(tr("Running…"));
    m_session->programmes()->runDue(this, [this](const ProgrammeRunResult &result) {
        if (!result.ok()) {
            MessageBox::critical(this, tr("Programmes"), result.error);
            return;
        }
        qint64 sent = 0;
        QStringList errors;
        for (const ProgrammeRunRow &row : result.runs) {
            sent += row.treatment;
            if (!row.error.isEmpty())
                errors << row.error;
        }
        m_message->setText(tr("Ran %n programme day(s): %1 sent.", nullptr, static_cast<int>(result.runs.size()))
                               .arg(DisplayFormat::count(sent))
                           + (errors.isEmpty() ? QString() : u"\n"_s + errors.join(u'\n')));
        refreshDetail();
        Q_EMIT ran(static_cast<int>(result.runs.size()));
    });
}

void ProgrammesPage::simulate()
{
    m_simulation->setText(tr("Simulating…"));
    m_simulate->setEnabled(false);
    m_session->programmes()->simulate(definition(), kSimulationDays, this, [this](const ProgrammeRunResult &result) {
        m_simulate->setEnabled(true);
        if (!result.ok()) {
            m_simulation->setText(tr("Cannot simulate: %1").arg(result.error));
            Q_EMIT simulated();
            return;
        }
        // By week (from the first day simulated): entrants once a day (a day's rows repeat
        // them), the sends of each step.
        std::map<int, qint64> entered;
        std::map<int, std::map<int, qint64>> sends; // week, step
        std::map<QDate, bool> days;
        std::set<int> steps;
        const QDate first = result.runs.isEmpty() ? QDate() : result.runs.first().day;
        for (const ProgrammeRunRow &row : result.runs) {
            const int week = static_cast<int>(first.daysTo(row.day) / 7);
            if (!days[row.day]) {
                days[row.day] = true;
                entered[week] += row.entered;
            }
            if (row.step > 0) {
                sends[week][row.step] += row.treatment;
                steps.insert(row.step);
            }
        }
        QList<std::pair<QString, std::optional<Figure>>> columns{{tr("Week of"), std::nullopt},
                                                                 {tr("Entered"), std::nullopt}};
        for (const int step : steps)
            columns.append({tr("Step %1 sent").arg(step), std::nullopt});
        setHeaders(m_simulationTable, columns);
        m_simulationTable->setRowCount(static_cast<int>(entered.size()));
        qint64 total = 0;
        int row = 0;
        for (const auto &[week, count] : entered) {
            total += count;
            setCell(m_simulationTable, row, 0, DisplayFormat::date(first.addDays(7 * week)), false);
            setCell(m_simulationTable, row, 1, DisplayFormat::count(count));
            int column = 2;
            for (const int step : steps)
                setCell(m_simulationTable, row, column++, DisplayFormat::count(sends[week][step]));
            ++row;
        }
        m_simulationTable->resizeColumnsToContents();
        const double weeks = kSimulationDays / 7.0;
        m_simulation->setText(tr("Over the last six months: about %1 a week would have entered.")
                                  .arg(DisplayFormat::count(std::llround(static_cast<double>(total) / weeks))));
        Q_EMIT simulated();
    });
}

// The design as it stands, over the last four weeks: how many a week enter.
void ProgrammesPage::estimate()
{
    if (!m_session->isOpen() || !m_session->programmes()->readOnlyReason().isEmpty())
        return;
    // A simulation holds the workspace's writes for its while: only for a page looked at.
    m_estimateStale = !isVisible();
    if (m_estimateStale)
        return;
    m_session->programmes()->estimate(definition(), kEstimateDays, this, [this](const ProgrammeRunResult &result) {
        if (!result.ok()) {
            m_form->estimateLabel()->setText(tr("Not valid yet: %1").arg(result.error));
            Q_EMIT estimated();
            return;
        }
        std::map<QDate, qint64> entered;
        for (const ProgrammeRunRow &row : result.runs)
            entered[row.day] = row.entered;
        qint64 total = 0;
        for (const auto &[day, count] : entered)
            total += count;
        m_form->estimateLabel()->setText(
            tr("About %1 a week enter (the last four weeks).")
                .arg(DisplayFormat::count(std::llround(static_cast<double>(total) / 4.0))));
        Q_EMIT estimated();
    });
}

void ProgrammesPage::removeSelected()
{
    if (m_selected.isEmpty())
        return;
    if (!MessageBox::confirm(this, tr("Delete programme"),
                             tr("Delete the programme '%1'? Its waves stay as campaigns.").arg(m_selected)))
        return;
    const QString name = m_selected;
    m_session->programmes()->remove(name, this, [this](const ProgrammeSaveOutcome &outcome) {
        if (!outcome.ok())
            m_message->setText(outcome.error);
        m_selected.clear();
    });
}

} // namespace mwb::ui
