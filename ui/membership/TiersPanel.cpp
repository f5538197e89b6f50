#include "TiersPanel.h"

#include "DisplayFormat.h"
#include "TierMigrationTable.h"
#include "TierRulesDialog.h"
#include "WorkspaceSession.h"
#include "charts/TierChart.h"
#include "dialogs/MessageBox.h"
#include "membership/MembershipService.h"
#include "store/WorkspaceSettings.h"
#include "vocabulary/Figures.h"
#include "widgets/Caption.h"
#include "widgets/ReadOnlyTable.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
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

} // namespace

TiersPanel::TiersPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_day(dateEdit(this, u"tiersOn"_s))
    , m_from(dateEdit(this, u"tiersComparedWith"_s))
    , m_rulesButton(new QPushButton(tr("Tier rules…"), this))
    , m_rulesText(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_chart(new TierChart(this))
    , m_figures(new QWidget(this))
    , m_migrationCaption(new QLabel(this))
    , m_migration(new TierMigrationTable(this))
    , m_reloadTimer(new QTimer(this))
{
    m_rulesButton->setObjectName(u"tierRules"_s);
    m_rulesText->setObjectName(u"tierRulesText"_s);
    m_rulesText->setWordWrap(true);
    m_rulesText->setTextFormat(Qt::PlainText);
    m_busy->setRange(0, 0); // the recompute tells no progress of its own: a busy bar
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    m_table->setObjectName(u"tierDistribution"_s);
    m_table->setAccessibleName(tr("Members by tier"));
    m_chart->setObjectName(u"tierChart"_s);
    m_migration->setObjectName(u"tierMigration"_s);
    m_migrationCaption->setObjectName(u"tierMigrationCaption"_s);
    m_migrationCaption->setWordWrap(true);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);

    ReadOnlyTable::setUp(m_table);
    m_table->setHorizontalHeaderLabels(
        {tr("Tier"), Figures::label(Figure::TierMembers), tr("Share"), Figures::label(Figure::TierRevenue365)});
    m_table->horizontalHeaderItem(1)->setToolTip(Figures::tooltip(Figure::TierMembers));
    m_table->horizontalHeaderItem(2)->setToolTip(tr("The tier's members ÷ every member on the day."));
    m_table->horizontalHeaderItem(3)->setToolTip(Figures::tooltip(Figure::TierRevenue365));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setMinimumWidth(380);

    auto *controls = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("Members on"), this);
    dayLabel->setBuddy(m_day);
    auto *fromLabel = new QLabel(tr("compared with"), this);
    fromLabel->setBuddy(m_from);
    controls->addWidget(dayLabel);
    controls->addWidget(m_day);
    controls->addSpacing(16);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addStretch(1);
    controls->addWidget(m_rulesButton);

    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 2, Qt::AlignTop);
    top->addWidget(m_chart, 3);
    auto *figures = new QVBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setSpacing(12);
    figures->addLayout(top);
    figures->addWidget(caption(tr("<b>Migration</b> – the members of the later day by their tier on the earlier day "
                                  "(rows) and on the later day (columns); green moved up, red moved down."),
                               m_figures));
    figures->addWidget(m_migration);
    figures->addWidget(m_migrationCaption);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(controls);
    layout->addWidget(m_rulesText);
    layout->addWidget(m_busy);
    layout->addWidget(m_figures);
    layout->addStretch(1);

    const auto datesEdited = [this] {
        if (m_settingDates)
            return;
        m_datesFromData = false;
        m_reloadTimer->start();
    };
    connect(m_day, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_from, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_reloadTimer, &QTimer::timeout, this, &TiersPanel::reload);
    connect(m_rulesButton, &QPushButton::clicked, this, &TiersPanel::openRulesDialog);
}

void TiersPanel::reload()
{
    if (!m_session->isOpen())
        return;
    const QDate day = m_datesFromData ? QDate() : m_day->date();
    const QDate from = m_datesFromData ? QDate() : m_from->date();
    m_session->membership()->tiers(day, from, this, [this](const TiersAnswer &answer) { showFigures(answer); });
}

void TiersPanel::showFigures(const TiersAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        m_rulesText->setText(tr("The tiers could not be loaded: %1").arg(answer.error));
        return;
    }
    m_rules = answer.rules;
    m_currency = answer.currency;
    m_settingDates = true;
    if (answer.day.isValid()) {
        m_day->setDate(answer.day);
        m_from->setDate(answer.from);
    }
    m_settingDates = false;
    m_day->setEnabled(m_rules.has_value());
    m_from->setEnabled(m_rules.has_value());
    m_rulesButton->setText(m_rules ? tr("Tier rules…") : tr("Set tier rules…"));
    if (!m_rules) {
        m_rulesText->setText(tr("No tier rules: each customer keeps the tier imported with them (the tier column of "
                                "a contacts file), and lists, exports and segments show it. Set tier rules to have "
                                "every member's tier follow their orders, moving up and down by the rules."));
        m_figures->hide();
    } else {
        m_rulesText->setText(rulesSummary(*m_rules));
        m_figures->show();
        qint64 total = 0;
        for (const TierCount &count : answer.distribution)
            total += count.members;
        m_table->setRowCount(static_cast<int>(answer.distribution.size()));
        for (int row = 0; row < answer.distribution.size(); ++row) {
            const TierCount &count = answer.distribution[row];
            m_table->setItem(row, 0, textCell(count.tier));
            m_table->setItem(row, 1, numberCell(DisplayFormat::count(count.members), count.members));
            const double share = total > 0 ? static_cast<double>(count.members) / static_cast<double>(total) : 0.0;
            m_table->setItem(row, 2, numberCell(DisplayFormat::percent(share), share));
            m_table->setItem(
                row, 3,
                numberCell(DisplayFormat::money(count.revenue365Minor, answer.currency, 0), count.revenue365Minor));
        }
        int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
        for (int r = 0; r < m_table->rowCount(); ++r)
            height += m_table->rowHeight(r);
        m_table->setFixedHeight(height);
        m_chart->setDistribution(answer.day, answer.distribution);
        m_migration->setMigration(answer.from, answer.day, answer.migration);
        qint64 known = 0;
        for (const QList<qint64> &row : answer.migration.counts) {
            for (const qint64 n : row)
                known += n;
        }
        m_migrationCaption->setText(tr("From %1 to %2: %3 moved up a tier or more, %4 moved down, of %5 members on %2.")
                                        .arg(DisplayFormat::date(answer.from), DisplayFormat::date(answer.day),
                                             DisplayFormat::count(m_migration->upgrades()),
                                             DisplayFormat::count(m_migration->downgrades()),
                                             DisplayFormat::count(known)));
    }
    m_loaded = true;
    Q_EMIT figuresShown();
}

QString TiersPanel::rulesSummary(const TierRules &rules) const
{
    QStringList tiers;
    for (const TierRule &tier : rules.tiers) {
        tiers << (rules.measure == TierMeasure::Spend
                      ? tr("%1 from %2")
                            .arg(tier.name,
                                 DisplayFormat::money(qRound64(tier.minimum * minorUnitsPerMajor(m_currency)),
                                                      m_currency, 0))
                      : tr("%1 from %2").arg(tier.name, DisplayFormat::decimal(tier.minimum, 0)));
    }
    QString review;
    switch (rules.review) {
    case TierReview::Monthly: review = tr("monthly"); break;
    case TierReview::Quarterly: review = tr("quarterly"); break;
    case TierReview::Yearly: review = tr("yearly"); break;
    }
    const QString measure = rules.measure == TierMeasure::Spend
        ? tr("spend in the last %Ln days", nullptr, rules.windowDays)
        : rules.measure == TierMeasure::Orders ? tr("orders in the last %Ln days", nullptr, rules.windowDays)
                                               : tr("the points balance on the day");
    return tr("Tiers by rules: %1; moves down reviewed %2, after %Ln days' grace. %3.", nullptr, rules.graceDays)
        .arg(measure, review, tiers.join(u" · "_s));
}

void TiersPanel::openRulesDialog()
{
    if (!m_session->isOpen())
        return;
    TierRulesDialog dialog(m_rules, m_currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.clearRequested())
        applyRules(std::nullopt);
    else if (const std::optional<TierRules> rules = dialog.rules())
        applyRules(rules);
}

void TiersPanel::applyRules(const std::optional<TierRules> &rules)
{
    m_rulesButton->setEnabled(false);
    m_busy->show();
    m_rulesText->setText(rules ? tr("Saving the rules and recomputing every member's tier…")
                               : tr("Clearing the rules: the imported tiers stand again…"));
    m_session->membership()->setRules(rules, this, [this](const QString &error) {
        m_rulesButton->setEnabled(true);
        m_busy->hide();
        if (!error.isEmpty())
            MessageBox::critical(this, tr("Tier rules"), tr("The rules could not be saved: %1").arg(error));
        reload();
    });
}

} // namespace mwb::ui
