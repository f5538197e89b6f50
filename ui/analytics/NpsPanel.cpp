#include "NpsPanel.h"

#include "widgets/ReadOnlyTable.h"

#include "DisplayFormat.h"
#include "WorkspaceSession.h"
#include "analytics/AnalyticsService.h"
#include "charts/NpsTrendChart.h"
#include "segments/SegmentService.h"
#include "segments/SegmentPicker.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mwb::ui {

NpsPanel::NpsPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_chart(new NpsTrendChart(this))
    , m_table(new QTableWidget(this))
    , m_monthlyStatus(new QLabel(this))
    , m_segment(
          new SegmentPicker(session->segments(), SegmentPicker::Everyone::Offered, SegmentPicker::Counts::Hidden, this))
    , m_segmentScore(new QLabel(this))
    , m_segmentCounts(new QLabel(this))
{
    m_chart->setObjectName(u"npsChart"_s);
    m_table->setObjectName(u"npsTable"_s);
    m_table->setAccessibleName(tr("NPS by month"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Month"), tr("NPS"), tr("Promoters"), tr("Passives"), tr("Detractors"), tr("Answers")});
    ReadOnlyTable::setUp(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumWidth(430);
    m_monthlyStatus->setForegroundRole(QPalette::PlaceholderText);
    m_monthlyStatus->setWordWrap(true);

    m_segment->setObjectName(u"npsSegment"_s);
    m_segment->setMinimumWidth(260);
    m_segmentScore->setObjectName(u"npsSegmentScore"_s);
    QFont big = m_segmentScore->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    m_segmentScore->setFont(big);
    m_segmentCounts->setObjectName(u"npsSegmentCounts"_s);
    m_segmentCounts->setWordWrap(true);

    auto *segmentBox = new QGroupBox(tr("NPS of a segment"), this);
    auto *segmentLayout = new QHBoxLayout(segmentBox);
    segmentLayout->addWidget(new QLabel(tr("Customers in"), segmentBox));
    segmentLayout->addWidget(m_segment);
    segmentLayout->addSpacing(16);
    segmentLayout->addWidget(m_segmentScore);
    segmentLayout->addSpacing(8);
    segmentLayout->addWidget(m_segmentCounts, 1);

    auto *monthly = new QHBoxLayout;
    monthly->addWidget(m_chart, 3);
    monthly->addWidget(m_table, 2);

    auto *explanation = new QLabel(tr("NPS = % promoters (answers 9–10) − % detractors (0–6); passives answer 7–8. "
                                      "By month: every answer given that month. For a segment: each customer's "
                                      "latest answer."),
                                   this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_monthlyStatus);
    layout->addLayout(monthly, 1);
    layout->addWidget(segmentBox);

    connect(m_segment, &QComboBox::currentIndexChanged, this, &NpsPanel::segmentChosen);
    connect(m_session->segments(), &SegmentService::segmentsChanged, this, &NpsPanel::reloadSegments);
}

QString NpsPanel::scoreText(const NpsCounts &counts)
{
    const auto score = counts.score();
    if (!score)
        return DisplayFormat::undefined();
    const double rounded = std::round(*score);
    const QString number = QLocale().toString(std::abs(rounded), 'f', 0);
    return rounded > 0 ? u"+"_s + number : rounded < 0 ? u"−"_s + number : number;
}

void NpsPanel::reload()
{
    if (!m_session->isOpen())
        return;
    m_monthlyStatus->setText(tr("Reading the answers…"));
    m_session->analytics()->npsMonthly(this, [this](const NpsMonthlyAnswer &answer) { showMonthly(answer); });
    m_askedDefinition = {}; // the answers may have changed: ask again
    reloadSegments();
}

void NpsPanel::reloadSegments()
{
    if (!m_session->isOpen())
        return;
    m_segment->reload();
    segmentChosen();
}

void NpsPanel::showMonthly(const NpsMonthlyAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        m_monthlyStatus->setText(tr("NPS could not be read: %1").arg(answer.error));
        return;
    }
    NpsCounts total;
    m_table->setRowCount(0);
    // Newest month first, as analysts read it.
    for (auto it = answer.months.crbegin(); it != answer.months.crend(); ++it) {
        const NpsMonth &m = *it;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(DisplayFormat::month(m.month, false)));
        m_table->setItem(row, 1, numberCell(scoreText(m.counts)));
        m_table->setItem(row, 2, numberCell(DisplayFormat::count(m.counts.promoters)));
        m_table->setItem(row, 3, numberCell(DisplayFormat::count(m.counts.passives)));
        m_table->setItem(row, 4, numberCell(DisplayFormat::count(m.counts.detractors)));
        m_table->setItem(row, 5, numberCell(DisplayFormat::count(m.counts.answers())));
        total.promoters += m.counts.promoters;
        total.passives += m.counts.passives;
        total.detractors += m.counts.detractors;
    }
    m_chart->setMonths(answer.months);
    m_monthlyStatus->setText(answer.months.isEmpty()
                                 ? tr("No NPS answers in this workspace yet (events of type “nps”).")
                                 : tr("%1 answers over %2 months; NPS of every answer: %3")
                                       .arg(DisplayFormat::count(total.answers()))
                                       .arg(answer.months.size())
                                       .arg(scoreText(total)));
    m_monthlyLoaded = true;
    Q_EMIT monthlyShown();
}

void NpsPanel::segmentChosen()
{
    if (!m_session->isOpen())
        return;
    const qint64 id = m_segment->segmentId();
    SegmentNode node; // an empty "all": everyone
    QJsonObject definition;
    if (id != SegmentPicker::kEveryone) {
        const auto saved = m_session->segments()->findSegment(id);
        const SegmentParse parsed = saved ? SegmentDefinition::fromJson(saved->definition) : SegmentParse{};
        if (!saved || !parsed.ok()) {
            m_segmentScore->setText(DisplayFormat::undefined());
            m_segmentCounts->setText(tr("This segment cannot be read: %1").arg(saved ? parsed.error : tr("not found")));
            return;
        }
        node = parsed.node;
        definition = saved->definition;
    }
    // Saved segments change often (every count is remembered); ask only when the chosen
    // definition did.
    const QJsonObject asked{{u"id"_s, id}, {u"definition"_s, definition}};
    if (asked == m_askedDefinition)
        return;
    m_askedDefinition = asked;
    m_segmentCounts->setText(tr("Counting…"));
    m_segmentLoaded = false;
    m_session->analytics()->npsForSegment(node, this, [this](const NpsSegmentAnswer &answer) { showSegment(answer); });
}

void NpsPanel::showSegment(const NpsSegmentAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        m_segmentScore->setText(DisplayFormat::undefined());
        m_segmentCounts->setText(tr("NPS could not be computed: %1").arg(answer.error));
    } else {
        const NpsCounts &c = answer.counts;
        m_segmentScore->setText(scoreText(c));
        m_segmentCounts->setText(c.answers() == 0
                                     ? tr("No one in this segment has answered the NPS question.")
                                     : tr("<span style='color:#1e8e3e'>%1 promoters</span> · %2 passives · "
                                          "<span style='color:#c5221f'>%3 detractors</span> — %4 customers answered")
                                           .arg(DisplayFormat::count(c.promoters), DisplayFormat::count(c.passives),
                                                DisplayFormat::count(c.detractors), DisplayFormat::count(c.answers())));
    }
    m_segmentLoaded = true;
    Q_EMIT segmentShown();
}

} // namespace mwb::ui
