#include "TierRulesDialog.h"

#include "DisplayFormat.h"
#include "dialogs/MessageBox.h"
#include "widgets/Caption.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

enum Tab {
    FormTab = 0,
    JsonTab = 1
};

// The line and column (from 1) of a character offset in `text`.
std::pair<int, int> lineAndColumn(const QString &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// A minimum as typed: the user's way of writing numbers, or the plain one.
std::optional<double> readNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

TierRulesDialog::TierRulesDialog(const std::optional<TierRules> &current, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_tabs(new QTabWidget(this))
    , m_measure(new QComboBox(this))
    , m_window(new QSpinBox(this))
    , m_review(new QComboBox(this))
    , m_grace(new QSpinBox(this))
    , m_tiers(new QTableWidget(0, 2, this))
    , m_json(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Tier rules"));
    m_measure->setObjectName(u"tierMeasure"_s);
    m_measure->addItem(tr("Spend (orders less refunds)"), static_cast<int>(TierMeasure::Spend));
    m_measure->addItem(tr("Orders"), static_cast<int>(TierMeasure::Orders));
    m_measure->addItem(tr("Points balance"), static_cast<int>(TierMeasure::Points));
    m_window->setObjectName(u"tierWindowDays"_s);
    m_window->setRange(1, 1095);
    m_window->setSuffix(tr(" days"));
    m_review->setObjectName(u"tierReview"_s);
    m_review->addItem(tr("Monthly (the first of every month)"), static_cast<int>(TierReview::Monthly));
    m_review->addItem(tr("Quarterly (1 January, April, July, October)"), static_cast<int>(TierReview::Quarterly));
    m_review->addItem(tr("Yearly (1 January)"), static_cast<int>(TierReview::Yearly));
    m_grace->setObjectName(u"tierGraceDays"_s);
    m_grace->setRange(0, 730);
    m_grace->setSuffix(tr(" days"));
    m_tiers->setObjectName(u"tierList"_s);
    m_tiers->setHorizontalHeaderLabels({tr("Tier"), tr("Minimum")});
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->verticalHeader()->setVisible(true);
    m_tiers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tiers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tiers->setMinimumHeight(200);
    m_json->setObjectName(u"rulesJson"_s);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    m_problem->setObjectName(u"rulesProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c5221f;"_s);

    auto *form = new QWidget(m_tabs);
    auto *fields = new QFormLayout;
    fields->addRow(tr("Measure"), m_measure);
    fields->addRow(tr("Over the last"), m_window);
    fields->addRow(tr("Moves down reviewed"), m_review);
    fields->addRow(tr("Grace before moving down"), m_grace);
    auto *add = new QPushButton(tr("Add tier"), form);
    add->setObjectName(u"addTier"_s);
    auto *remove = new QPushButton(tr("Remove"), form);
    remove->setObjectName(u"removeTier"_s);
    auto *up = new QPushButton(tr("Move up"), form);
    up->setObjectName(u"moveTierUp"_s);
    auto *down = new QPushButton(tr("Move down"), form);
    down->setObjectName(u"moveTierDown"_s);
    auto *tierButtons = new QHBoxLayout;
    for (QPushButton *button : {add, remove, up, down})
        tierButtons->addWidget(button);
    tierButtons->addStretch(1);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addWidget(caption(tr("Members move up the day their measure over the window reaches a higher tier's "
                                     "minimum, and down only on a review day, after not qualifying for the grace "
                                     "days. The lowest tier's minimum is 0: everyone starts there."),
                                  form));
    formLayout->addLayout(fields);
    formLayout->addWidget(caption(tr("Tiers, lowest first:"), form, CaptionWrap::OneLine));
    formLayout->addWidget(m_tiers, 1);
    formLayout->addLayout(tierButtons);
    m_tabs->addTab(form, tr("Rules"));

    auto *json = new QWidget(m_tabs);
    auto *jsonLayout = new QVBoxLayout(json);
    jsonLayout->addWidget(caption(tr("The same rules as the file “mwb tiers WORKSPACE --rules FILE.json” reads."), json,
                                  CaptionWrap::OneLine));
    jsonLayout->addWidget(m_json, 1);
    m_tabs->addTab(json, tr("Edit as JSON"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("Save and recompute"));
    if (current) {
        auto *clear = buttons->addButton(tr("Clear rules"), QDialogButtonBox::ResetRole);
        clear->setObjectName(u"clearRules"_s);
        clear->setToolTip(tr("Removes the rules: each customer's imported tier stands again."));
        connect(clear, &QPushButton::clicked, this, [this] {
            if (!MessageBox::confirm(this, tr("Clear rules"),
                                     tr("Remove the tier rules? Every customer's tier goes back to the one imported "
                                        "with them, and the tier histories are deleted.")))
                return;
            m_clear = true;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (rules())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 560);

    connect(add, &QPushButton::clicked, this, [this] {
        addTier(tr("Tier %1").arg(m_tiers->rowCount() + 1), 0);
        m_tiers->setCurrentCell(m_tiers->rowCount() - 1, 0);
        m_tiers->editItem(m_tiers->item(m_tiers->rowCount() - 1, 0));
        check();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_tiers->currentRow() >= 0)
            m_tiers->removeRow(m_tiers->currentRow());
        check();
    });
    connect(up, &QPushButton::clicked, this, [this] { moveTier(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveTier(1); });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        updateMinimumHeader();
        check();
    });
    connect(m_window, &QSpinBox::valueChanged, this, &TierRulesDialog::check);
    connect(m_review, &QComboBox::currentIndexChanged, this, &TierRulesDialog::check);
    connect(m_grace, &QSpinBox::valueChanged, this, &TierRulesDialog::check);
    connect(m_tiers, &QTableWidget::itemChanged, this, &TierRulesDialog::check);
    connect(m_json, &QPlainTextEdit::textChanged, this, &TierRulesDialog::check);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TierRulesDialog::tabChanged);

    if (current) {
        setRules(*current);
    } else {
        // An example to adapt: spend over a year, reviewed quarterly.
        TierRules example;
        example.tiers = {{tr("Member"), 0}, {tr("Silver"), 1000}, {tr("Gold"), 5000}};
        setRules(example);
    }
}

void TierRulesDialog::addTier(const QString &name, double minimum)
{
    const int row = m_tiers->rowCount();
    m_tiers->insertRow(row);
    m_tiers->setItem(row, 0, new QTableWidgetItem(name));
    auto *min = new QTableWidgetItem(QLocale().toString(minimum, 'g', 12));
    min->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tiers->setItem(row, 1, min);
}

void TierRulesDialog::moveTier(int by)
{
    const int row = m_tiers->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_tiers->rowCount())
        return;
    m_filling = true;
    for (int column = 0; column < m_tiers->columnCount(); ++column) {
        QTableWidgetItem *a = m_tiers->takeItem(row, column);
        QTableWidgetItem *b = m_tiers->takeItem(to, column);
        m_tiers->setItem(row, column, b);
        m_tiers->setItem(to, column, a);
    }
    m_filling = false;
    m_tiers->setCurrentCell(to, m_tiers->currentColumn());
    check();
}

void TierRulesDialog::setRules(const TierRules &rules)
{
    m_filling = true;
    m_measure->setCurrentIndex(m_measure->findData(static_cast<int>(rules.measure)));
    m_window->setValue(rules.windowDays);
    m_review->setCurrentIndex(m_review->findData(static_cast<int>(rules.review)));
    m_grace->setValue(rules.graceDays);
    m_tiers->setRowCount(0);
    for (const TierRule &tier : rules.tiers)
        addTier(tier.name, tier.minimum);
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Indented)));
    m_filling = false;
    updateMinimumHeader();
    check();
}

void TierRulesDialog::updateMinimumHeader()
{
    const auto measure = static_cast<TierMeasure>(m_measure->currentData().toInt());
    m_tiers->horizontalHeaderItem(1)->setText(
        measure == TierMeasure::Spend        ? tr("Minimum spend (%1)").arg(DisplayFormat::currencySymbol(m_currency))
            : measure == TierMeasure::Orders ? tr("Minimum orders")
                                             : tr("Minimum points"));
    // A points balance is held on the day: no window.
    m_window->setEnabled(measure != TierMeasure::Points);
}

TierRules TierRulesDialog::formRules() const
{
    TierRules rules;
    rules.measure = static_cast<TierMeasure>(m_measure->currentData().toInt());
    rules.windowDays = m_window->value();
    rules.review = static_cast<TierReview>(m_review->currentData().toInt());
    rules.graceDays = m_grace->value();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_tiers->item(row, 0);
        const QTableWidgetItem *min = m_tiers->item(row, 1);
        // A minimum that is not a number fails the checks (NaN is no number).
        const std::optional<double> value = min ? readNumber(min->text()) : std::nullopt;
        rules.tiers.append(TierRule{name ? name->text().trimmed() : QString(),
                                    value.value_or(std::numeric_limits<double>::quiet_NaN())});
    }
    return rules;
}

std::optional<TierRules> TierRulesDialog::jsonRules(QString *error) const
{
    const QString text = m_json->toPlainText();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset is in bytes of UTF-8: count the characters before it.
        const QString before = QString::fromUtf8(text.toUtf8().left(parseError.offset));
        const auto [line, column] = lineAndColumn(text, before.size());
        if (error)
            *error = tr("Line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("The rules are one JSON object: {\"measure\": …, \"tiers\": […]}.");
        return std::nullopt;
    }
    return TierRules::fromJson(document.object(), error);
}

std::optional<TierRules> TierRulesDialog::rules(QString *error) const
{
    if (m_tabs->currentIndex() == JsonTab)
        return jsonRules(error);
    const TierRules rules = formRules();
    if (const QString invalid = rules.validate(); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return std::nullopt;
    }
    return rules;
}

void TierRulesDialog::tabChanged(int index)
{
    if (m_filling)
        return;
    if (index == JsonTab && m_shownTab == FormTab) {
        // The form's rules as JSON, even when they do not pass the checks yet.
        m_filling = true;
        m_json->setPlainText(QString::fromUtf8(QJsonDocument(formRules().toJson()).toJson(QJsonDocument::Indented)));
        m_filling = false;
    } else if (index == FormTab && m_shownTab == JsonTab) {
        QString error;
        if (const std::optional<TierRules> fromJson = jsonRules(&error)) {
            setRules(*fromJson);
        } else {
            // Rules that do not read stay on their tab, with the reason.
            m_filling = true;
            m_tabs->setCurrentIndex(JsonTab);
            m_filling = false;
            m_problem->setText(tr("The JSON cannot be shown as a form: %1").arg(error));
            return;
        }
    }
    m_shownTab = m_tabs->currentIndex();
    check();
}

void TierRulesDialog::check()
{
    if (m_filling)
        return;
    QString error;
    const bool valid = rules(&error).has_value();
    m_problem->setText(valid ? QString() : error);
    m_problem->setVisible(!valid);
    m_save->setEnabled(valid);
}

} // namespace mwb::ui
