#include "LifecyclePage.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "segments/SegmentService.h"
#include "charts/StageFunnelChart.h"
#include "charts/StageTrendChart.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "lifecycle/CustomerListDialog.h"
#include "lifecycle/LifecycleRulesDialog.h"
#include "lifecycle/MigrationTable.h"
#include "lifecycle/StageStyle.h"
#include "products/Replenishment.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(DisplayFormat::dateFormat());
    edit->setObjectName(name);
    return edit;
}

QString stageOn(LifecycleStage stage, const QDate &day)
{
    return LifecyclePage::tr("%1 on %2").arg(StageStyle::displayName(stage), DisplayFormat::date(day));
}

} // namespace

LifecyclePage::LifecyclePage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_heading(createHeading(tr("Lifecycle")))
    , m_subheading(new QLabel(this))
    , m_asOf(dateEdit(this, u"asOf"_s))
    , m_from(dateEdit(this, u"compareFrom"_s))
    , m_rules(new QPushButton(tr("Rules…"), this))
    , m_funnel(new StageFunnelChart(this))
    , m_conversion(new QLabel(this))
    , m_migration(new MigrationTable(this))
    , m_trend(new StageTrendChart(this))
    , m_reloadTimer(new QTimer(this))
{
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_funnel->setObjectName(u"stageFunnel"_s);
    m_migration->setObjectName(u"stageMigration"_s);
    m_trend->setObjectName(u"stageTrend"_s);
    m_rules->setObjectName(u"lifecycleRules"_s);
    m_conversion->setWordWrap(true);
    m_conversion->setToolTip(tr("Of the customers who reached a stage (and are not lapsed), the share who went on "
                                "to the next one."));
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);

    auto *controls = new QHBoxLayout;
    auto *asOfLabel = new QLabel(tr("Stages on"), this);
    asOfLabel->setBuddy(m_asOf);
    auto *fromLabel = new QLabel(tr("compared with"), this);
    fromLabel->setBuddy(m_from);
    controls->addWidget(asOfLabel);
    controls->addWidget(m_asOf);
    controls->addSpacing(16);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addStretch(1);
    controls->addWidget(m_rules);

    auto *playbook = new QGroupBox(tr("Playbook"), this);
    auto *playbookGrid = new QGridLayout(playbook);
    for (LifecycleStage stage : kLifecycleStages) {
        const int row = stageIndex(stage);
        auto *swatch = new QLabel(playbook);
        swatch->setFixedSize(12, 12);
        swatch->setStyleSheet(u"background: %1; border-radius: 6px;"_s.arg(StageStyle::color(stage).name()));
        auto *text = new QLabel(u"<b>%1</b> – %2"_s.arg(StageStyle::displayName(stage).toHtmlEscaped(),
                                                        StageStyle::playbook(stage).toHtmlEscaped()),
                                playbook);
        text->setWordWrap(true);
        auto *button = new QPushButton(tr("Create segment"), playbook);
        button->setObjectName(u"playbook-"_s + stageName(stage));
        button->setToolTip(tr("Saves a segment of the customers in %1 now").arg(StageStyle::displayName(stage)));
        connect(button, &QPushButton::clicked, this, [this, stage] { createPlaybookSegment(stage); });
        m_playbookButtons.append(button);
        playbookGrid->addWidget(swatch, row, 0);
        playbookGrid->addWidget(text, row, 1);
        playbookGrid->addWidget(button, row, 2);
    }
    // The consumables play: remind who runs out this week (intervals on the Products page).
    {
        const int row = static_cast<int>(kLifecycleStages.size());
        auto *text = new QLabel(tr("<b>Replenishment reminder</b> – remind customers before what they buy again and "
                                   "again runs out: due in the next 7 days (intervals on the Products page)."),
                                playbook);
        text->setWordWrap(true);
        auto *button = new QPushButton(tr("Create segment"), playbook);
        button->setObjectName(u"playbook-replenishment"_s);
        button->setToolTip(tr("Saves a segment of the customers whose replenishment falls due in the next 7 days"));
        connect(button, &QPushButton::clicked, this, &LifecyclePage::createReminderSegment);
        m_playbookButtons.append(button);
        playbookGrid->addWidget(text, row, 1);
        playbookGrid->addWidget(button, row, 2);
    }
    playbookGrid->setColumnStretch(1, 1);

    auto *funnelColumn = new QVBoxLayout;
    funnelColumn->addWidget(m_funnel, 1);
    funnelColumn->addWidget(m_conversion);
    auto *top = new QHBoxLayout;
    top->addLayout(funnelColumn, 3);
    top->addWidget(playbook, 2);

    auto *migrationCaption = new QLabel(tr("<b>Migration</b> – where the customers of one day stood on the other. "
                                           "Click a cell for its customers."),
                                        this);
    migrationCaption->setWordWrap(true);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addLayout(controls);
    layout->addLayout(top);
    layout->addWidget(migrationCaption);
    layout->addWidget(m_migration);
    layout->addWidget(m_trend);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    const auto datesEdited = [this] {
        if (m_settingDates)
            return;
        m_datesFromData = false;
        m_reloadTimer->start();
    };
    connect(m_asOf, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_from, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_reloadTimer, &QTimer::timeout, this, &LifecyclePage::reload);
    connect(m_rules, &QPushButton::clicked, this, &LifecyclePage::openRulesDialog);
    connect(m_funnel, &StageFunnelChart::stageClicked, this, [this](LifecycleStage stage) {
        drillDown({m_funnel->funnel().asOf, stage, std::nullopt, std::nullopt});
    });
    connect(m_migration, &MigrationTable::cellChosen, this,
            [this](std::optional<LifecycleStage> from, LifecycleStage to) {
                const StageMigration &m = m_migration->migration();
                drillDown({m.to, to, m.from, from});
            });
    connect(m_trend, &StageTrendChart::pointClicked, this, [this](const QDate &month, LifecycleStage stage) {
        drillDown({month, stage, std::nullopt, std::nullopt});
    });
    // An opened workspace's first figures follow at once (or its failure): the stages load
    // then, not beside them, so the first figures of a large workspace come sooner.
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_datesFromData = true;
        m_loaded = false;
        m_subheading->setText(tr("Loading stages…"));
    });
    connect(m_session, &WorkspaceSession::overviewChanged, this, &LifecyclePage::reload);
    connect(m_session, &WorkspaceSession::loadFailed, this, &LifecyclePage::reload);
    connect(m_session, &WorkspaceSession::lifecycleChanged, this, &LifecyclePage::reload);
    if (m_session->isOpen())
        reload();
}

QString LifecyclePage::pageId() const
{
    return u"lifecycle"_s;
}

QString LifecyclePage::title() const
{
    return tr("Lifecycle");
}

QIcon LifecyclePage::icon() const
{
    return QIcon(u":/icons/lifecycle.svg"_s);
}

CustomerListDialog *LifecyclePage::lastDrillDown() const
{
    return m_drillDown;
}

QPushButton *LifecyclePage::playbookButton(LifecycleStage stage) const
{
    return m_playbookButtons.value(stageIndex(stage));
}

void LifecyclePage::reload()
{
    if (!m_session->isOpen())
        return;
    m_subheading->setText(tr("Loading stages…"));
    const QDate asOf = m_datesFromData ? QDate() : m_asOf->date();
    const QDate from = m_datesFromData ? QDate() : m_from->date();
    m_session->loadLifecycle(asOf, from, [this](const LifecycleFigures &figures) { showFigures(figures); });
}

void LifecyclePage::showFigures(const LifecycleFigures &figures)
{
    if (!figures.error.isEmpty()) {
        m_subheading->setText(tr("The stages could not be loaded: %1").arg(figures.error));
        return;
    }
    m_settingDates = true;
    m_asOf->setDate(figures.funnel.asOf);
    m_from->setDate(figures.migration.from);
    m_settingDates = false;
    m_subheading->setText(tr("%1 known on %2 · the data runs to %3")
                              .arg(tr("%Ln customers", nullptr, static_cast<int>(figures.funnel.total())),
                                   DisplayFormat::date(figures.funnel.asOf),
                                   DisplayFormat::date(figures.referenceDate)));
    m_funnel->setFunnel(figures.funnel);
    m_conversion->setText(conversionText());
    m_migration->setMigration(figures.migration);
    m_trend->setTrend(figures.trend);
    m_loaded = true;
    Q_EMIT figuresShown();
    Q_EMIT ready();
}

QString LifecyclePage::conversionText() const
{
    // Reached a stage = now in it or a later one of Aware → Attempt → Adopt → Advocate.
    std::array<qint64, 4> reached{};
    for (int s = 3; s >= 0; --s)
        reached[static_cast<std::size_t>(s)] = m_funnel->barValue(kLifecycleStages[static_cast<std::size_t>(s)])
            + (s < 3 ? reached[static_cast<std::size_t>(s + 1)] : 0);
    QStringList steps;
    for (std::size_t s = 0; s + 1 < reached.size(); ++s) {
        const double rate =
            reached[s] > 0 ? 100.0 * static_cast<double>(reached[s + 1]) / static_cast<double>(reached[s]) : 0.0;
        steps << tr("%1 → %2: %3%")
                     .arg(StageStyle::displayName(kLifecycleStages[s]),
                          StageStyle::displayName(kLifecycleStages[s + 1]), QLocale().toString(rate, 'f', 1));
    }
    return tr("Conversion  ") + steps.join(u"   ·   "_s);
}

void LifecyclePage::drillDown(const StageSelection &selection)
{
    const QString description = selection.fromDay
        ? tr("%1 → %2").arg(selection.fromStage
                                ? stageOn(*selection.fromStage, *selection.fromDay)
                                : tr("Not yet known on %1").arg(DisplayFormat::date(*selection.fromDay)),
                            stageOn(selection.stage, selection.day))
        : stageOn(selection.stage, selection.day);
    // The definition a saved segment would hold: the dialog lists and saves exactly it.
    const SegmentParse definition = SegmentDefinition::fromJson(selection.segmentDefinition());
    if (!definition.ok()) {
        MessageBox::critical(this, description, tr("These customers cannot be listed: %1").arg(definition.error));
        return;
    }
    auto *dialog = new CustomerListDialog(m_session, definition.node, description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_drillDown = dialog;
    dialog->show();
}

void LifecyclePage::openRulesDialog()
{
    LifecycleRulesDialog dialog(m_session->lifecycleRules(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyRules(dialog.rules());
}

void LifecyclePage::applyRules(const LifecycleRules &rules)
{
    m_rules->setEnabled(false);
    m_subheading->setText(tr("Recomputing every stage…"));
    m_session->applyLifecycleRules(rules, [this](const QString &error) {
        m_rules->setEnabled(true);
        if (!error.isEmpty())
            MessageBox::critical(this, tr("Lifecycle rules"), tr("The rules could not be applied: %1").arg(error));
    });
}

void LifecyclePage::createReminderSegment()
{
    const auto name =
        InputDialog::getText(this, tr("Create segment"), tr("Segment name:"), tr("Replenishment due in 7 days"));
    if (!name)
        return;
    m_session->segments()->save(*name, Replenishment::dueWithin(7).toJson(), this,
                                [this, name = name->trimmed()](const SegmentSaveResult &result) {
                                    if (!result.ok())
                                        MessageBox::critical(this, tr("Create segment"), result.error);
                                    else
                                        MessageBox::information(
                                            this, tr("Create segment"),
                                            tr("Saved the segment “%1”: the customers whose replenishment falls "
                                               "due in the next 7 days, kept up to date.")
                                                .arg(name));
                                });
}

void LifecyclePage::createPlaybookSegment(LifecycleStage stage)
{
    const auto name =
        InputDialog::getText(this, tr("Create segment"), tr("Segment name:"), StageStyle::playbookSegmentName(stage));
    if (!name)
        return;
    const QJsonObject definition{{u"field"_s, u"lifecycle_stage"_s}, {u"op"_s, u"="_s}, {u"value"_s, stageName(stage)}};
    m_session->segments()->save(
        *name, definition, this, [this, stage, name = name->trimmed()](const SegmentSaveResult &result) {
            if (!result.ok())
                MessageBox::critical(this, tr("Create segment"), result.error);
            else
                MessageBox::information(this, tr("Create segment"),
                                        tr("Saved the segment “%1”: the customers in %2, kept up to date.")
                                            .arg(name, StageStyle::displayName(stage)));
        });
}

} // namespace mwb::ui
