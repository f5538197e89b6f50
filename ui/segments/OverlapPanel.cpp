#include "OverlapPanel.h"

#include "DisplayFormat.h"
#include "OverlapView.h"
#include "SegmentService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>

#include <bit>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QIcon dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

// One dot per segment of a region, in the segments' colours.
QIcon swatch(int mask)
{
    QPixmap pixmap(30, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1));
    double x = 1;
    for (int i = 0; i < 3; ++i) {
        if (!(mask & (1 << i)))
            continue;
        p.setBrush(OverlapView::color(i));
        p.drawEllipse(QRectF(x, 1, 10, 10));
        x += 8;
    }
    return QIcon(pixmap);
}

} // namespace

OverlapPanel::OverlapPanel(SegmentService *segments, QWidget *parent)
    : QWidget(parent)
    , m_segments(segments)
    , m_view(new OverlapView(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_status(new QLabel(this))
{
    auto *pickers = new QHBoxLayout;
    const QStringList captions{tr("Segment A"), tr("Segment B"), tr("Segment C")};
    for (int i = 0; i < 3; ++i) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(u"overlapSegment%1"_s.arg(i + 1));
        combo->setAccessibleName(captions[i]);
        combo->setMinimumContentsLength(14);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto *label = new QLabel(captions[i], this);
        label->setBuddy(combo);
        pickers->addWidget(label);
        pickers->addWidget(combo, 1);
        if (i < 2)
            pickers->addSpacing(12);
        m_pickers.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_choosing)
                recompute();
        });
    }

    m_view->setObjectName(u"overlapView"_s);
    m_table->setObjectName(u"overlapTable"_s);
    m_table->setAccessibleName(tr("Customers in each region"));
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Customers"), tr("Share")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setIconSize(QSize(30, 12));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setMinimumWidth(300);
    m_status->setObjectName(u"overlapStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    auto *caption = new QLabel(tr("How many customers two or three saved segments share. "
                                  "Each region counts the customers in exactly those segments."),
                               this);
    caption->setWordWrap(true);

    auto *figures = new QHBoxLayout;
    figures->addWidget(m_view, 1);
    figures->addWidget(m_table, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(caption);
    layout->addLayout(pickers);
    layout->addLayout(figures, 1);
    layout->addWidget(m_status);
    m_view->clear(tr("Save two segments to compare them."));
}

void OverlapPanel::setSegments(const QList<SavedSegment> &segments)
{
    QList<qint64> chosen = chosenIds();
    m_saved = segments;
    // First use: compare the first segments saved.
    const bool firstFill = chosen.value(0) == 0 && chosen.value(1) == 0;
    if (firstFill)
        chosen = {segments.value(0).id, segments.value(1).id, 0};
    m_choosing = true;
    for (int i = 0; i < m_pickers.size(); ++i) {
        QComboBox *combo = m_pickers[i];
        combo->clear();
        if (i == 2)
            combo->addItem(tr("— none —"), qint64(0));
        for (const SavedSegment &s : segments)
            combo->addItem(dot(OverlapView::color(i)), s.name, s.id);
        const int index = combo->findData(chosen.value(i));
        combo->setCurrentIndex(index >= 0 ? index : (i == 2 ? 0 : -1));
    }
    m_choosing = false;
    recompute();
}

void OverlapPanel::choose(const QList<qint64> &ids)
{
    m_choosing = true;
    for (int i = 0; i < m_pickers.size(); ++i) {
        const int index = m_pickers[i]->findData(ids.value(i));
        m_pickers[i]->setCurrentIndex(index >= 0 ? index : (i == 2 ? 0 : -1));
    }
    m_choosing = false;
    recompute();
}

QList<qint64> OverlapPanel::chosenIds() const
{
    QList<qint64> ids;
    for (QComboBox *combo : m_pickers)
        ids << (combo->currentIndex() >= 0 ? combo->currentData().toLongLong() : 0);
    return ids;
}

void OverlapPanel::recompute()
{
    m_computed = false;
    QList<SegmentNode> nodes;
    QStringList names;
    QList<qint64> used;
    for (qint64 id : chosenIds()) {
        if (id == 0 || used.contains(id))
            continue;
        for (const SavedSegment &s : m_saved) {
            if (s.id != id)
                continue;
            const SegmentParse parsed = SegmentDefinition::fromJson(s.definition);
            if (!parsed.ok()) {
                m_view->clear(tr("“%1” cannot be counted: %2").arg(s.name, parsed.error));
                return;
            }
            nodes << parsed.node;
            names << s.name;
            used << id;
        }
    }
    m_table->setRowCount(0);
    if (nodes.size() < 2) {
        m_status->clear();
        m_view->clear(m_saved.size() < 2 ? tr("Save two segments to compare them.")
                                         : tr("Pick two different segments (and a third, if you like)."));
        return;
    }
    m_status->setText(tr("Counting…"));
    m_segments->overlap(nodes, this, [this, names](const SegmentOverlap &overlap) { showOverlap(names, overlap); });
}

QString OverlapPanel::regionName(int mask, const QStringList &names) const
{
    QStringList in;
    for (int i = 0; i < names.size(); ++i) {
        if (mask & (1 << i))
            in << u"“%1”"_s.arg(names[i]);
    }
    if (in.size() == 1)
        return tr("Only %1").arg(in[0]);
    if (in.size() == names.size())
        return names.size() == 2 ? tr("Both") : tr("All three");
    return tr("%1 and %2 only").arg(in[0], in[1]);
}

void OverlapPanel::showOverlap(const QStringList &names, const SegmentOverlap &overlap)
{
    if (!overlap.ok()) {
        m_status->setText(tr("The overlap could not be counted: %1").arg(overlap.error));
        m_view->clear(QString());
        return;
    }
    m_view->setOverlap(names, overlap);
    const int n = overlap.segments;
    qint64 any = 0;
    for (int mask = 1; mask < overlap.regions.size(); ++mask)
        any += overlap.regions[mask];

    // Single segments first, then pairs, then all three.
    QList<int> masks;
    for (int members = 1; members <= n; ++members) {
        for (int mask = 1; mask < (1 << n); ++mask) {
            if (std::popcount(static_cast<unsigned>(mask)) == members)
                masks << mask;
        }
    }
    auto addRow = [this](const QString &label, qint64 customers, double share, const QIcon &icon, bool total) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(icon, label);
        auto *count = new QTableWidgetItem(DisplayFormat::count(customers));
        auto *percent = new QTableWidgetItem(QLocale().toString(share, 'f', 1) + u'%');
        count->setData(Qt::UserRole, customers);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        percent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QTableWidgetItem *item : {name, count, percent}) {
            if (total) {
                QFont font = item->font();
                font.setWeight(QFont::DemiBold);
                item->setFont(font);
            }
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, count);
        m_table->setItem(row, 2, percent);
    };
    for (int mask : masks) {
        const double share =
            any > 0 ? 100.0 * static_cast<double>(overlap.regions[mask]) / static_cast<double>(any) : 0.0;
        addRow(regionName(mask, names), overlap.regions[mask], share, swatch(mask), false);
    }
    addRow(tr("In any of them"), any, any > 0 ? 100.0 : 0.0, QIcon(), true);
    m_status->setText(tr("Shares are of the %1 customers in at least one segment; %2 are in none.")
                          .arg(DisplayFormat::count(any), DisplayFormat::count(overlap.regions.value(0))));
    m_computed = true;
    Q_EMIT computed();
}

} // namespace mwb::ui
