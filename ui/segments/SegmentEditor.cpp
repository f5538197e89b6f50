#include "SegmentEditor.h"

#include "CustomerTable.h"
#include "DisplayFormat.h"
#include "SegmentBuilder.h"
#include "SegmentService.h"
#include "WorkspaceSession.h"
#include "lifecycle/CustomerListDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mwb::ui {

SegmentEditor::SegmentEditor(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_builder(new SegmentBuilder(this))
    , m_description(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_countDetail(new QLabel(this))
    , m_shareBar(new QProgressBar(this))
    , m_previewCaption(new QLabel(this))
    , m_showAll(new QPushButton(tr("All customers…"), this))
    , m_preview(new CustomerTable(this))
    , m_countTimer(new QTimer(this))
{
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(kCountDelayMs);
    m_builder->setObjectName(u"segmentBuilder"_s);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_builder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(150);

    m_description->setObjectName(u"segmentDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAccessibleName(tr("The definition in words"));
    m_description->setContentsMargins(2, 4, 2, 4);

    // The count strip: the number, its share of all customers, and a bar of that share.
    auto *strip = new QFrame(this);
    strip->setObjectName(u"countStrip"_s);
    strip->setAttribute(Qt::WA_StyledBackground);
    strip->setStyleSheet(
        u"#countStrip { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"_s);
    m_countLabel->setParent(strip);
    m_countLabel->setObjectName(u"liveCount"_s);
    m_countLabel->setAccessibleName(tr("Customers in the segment"));
    QFont countFont = m_countLabel->font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.6);
    countFont.setWeight(QFont::DemiBold);
    m_countLabel->setFont(countFont);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countDetail->setParent(strip);
    m_countDetail->setObjectName(u"liveCountDetail"_s);
    m_shareBar->setParent(strip);
    m_shareBar->setObjectName(u"shareBar"_s);
    m_shareBar->setRange(0, 1000);
    m_shareBar->setTextVisible(false);
    m_shareBar->setFixedHeight(6);
    m_shareBar->setAccessibleName(tr("Share of all customers"));
    m_shareBar->setStyleSheet(u"QProgressBar { border: none; background: palette(midlight); border-radius: 3px; }"
                              "QProgressBar::chunk { background: #2f6fc4; border-radius: 3px; }"_s);
    // The number keeps its full width; the share beside it takes what is left.
    m_countLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_countDetail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *numbers = new QHBoxLayout;
    numbers->setSpacing(10);
    numbers->addWidget(m_countLabel);
    numbers->addWidget(m_countDetail, 1);
    auto *stripLayout = new QVBoxLayout(strip);
    stripLayout->setContentsMargins(14, 8, 14, 10);
    stripLayout->setSpacing(6);
    stripLayout->addLayout(numbers);
    stripLayout->addWidget(m_shareBar);

    m_previewCaption->setObjectName(u"previewCaption"_s);
    m_showAll->setObjectName(u"showAllCustomers"_s);
    m_showAll->setAccessibleName(m_showAll->text());
    m_showAll->setToolTip(tr("List every customer of this definition, export them or save them as a segment"));
    m_preview->setObjectName(u"segmentPreview"_s);
    m_preview->setAccessibleName(tr("First customers of the segment"));
    // The preview shows who they are and how they buy; the drill-down has every column.
    m_preview->hideColumn(CustomerTable::ExternalId);
    m_preview->hideColumn(CustomerTable::StageSince);
    connect(m_showAll, &QPushButton::clicked, this, &SegmentEditor::allCustomersRequested);
    connect(m_preview, &CustomerTable::customerActivated, this,
            [this](qint64 customerId) { m_session->openProfile(customerId, this); });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(scroll, 1);
    topLayout->addWidget(m_description);
    auto *bottom = new QWidget(this);
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(m_previewCaption, 1);
    previewHeader->addWidget(m_showAll);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 6, 0, 0);
    bottomLayout->addWidget(strip);
    bottomLayout->addLayout(previewHeader);
    bottomLayout->addWidget(m_preview, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_builder, &SegmentBuilder::definitionChanged, this, &SegmentEditor::definitionEdited);
    connect(m_countTimer, &QTimer::timeout, this, &SegmentEditor::countNow);
}

SegmentNode SegmentEditor::definition() const
{
    return m_builder->definition();
}

QString SegmentEditor::validationError() const
{
    const QString builderError = m_builder->validationError();
    return builderError.isEmpty() ? SegmentDefinition::validate(m_builder->definition()) : builderError;
}

bool SegmentEditor::isModified() const
{
    return m_builder->definition().toJson() != m_savedDefinition;
}

void SegmentEditor::load(const SegmentNode &definition, qint64 savedId)
{
    m_savedId = savedId;
    m_builder->setDefinition(definition);
    // The builder's own form of the definition is the baseline, so an untouched one is
    // never taken for an edit.
    m_savedDefinition = m_builder->definition().toJson();
    definitionEdited();
    countNow();
}

void SegmentEditor::edit(const SegmentNode &definition)
{
    m_savedId = 0;
    m_savedDefinition = {};
    m_builder->setDefinition(definition);
    definitionEdited();
}

void SegmentEditor::markSaved(qint64 savedId, const SegmentNode &written)
{
    m_savedId = savedId;
    m_savedDefinition = written.toJson();
    Q_EMIT edited();
    countNow(); // the count is remembered for the saved segment
}

void SegmentEditor::recount()
{
    if (validationError().isEmpty())
        countNow();
}

void SegmentEditor::reset()
{
    m_countTimer->stop();
    ++m_editSerial;
    m_savedId = 0;
    m_counting = false;
    m_countShown = m_previewShown = false;
    m_countedDefinition = {};
    m_preview->setCustomers({}, {});
}

void SegmentEditor::definitionEdited()
{
    ++m_editSerial;
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_countTimer->stop();
        showInvalid(error);
    } else {
        m_description->setText(SegmentDefinition::describe(m_builder->definition()));
        // Counting: the last number stays, dimmed, until the new one lands.
        m_counting = true;
        m_countLabel->setForegroundRole(QPalette::PlaceholderText);
        setDetail(tr("Counting…"), false);
        m_countTimer->start();
    }
    Q_EMIT edited();
}

void SegmentEditor::showInvalid(const QString &error)
{
    m_counting = false;
    m_countedDefinition = {};
    m_description->setText(tr("The definition is not complete yet."));
    m_countLabel->setText(tr("Not countable yet"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    setDetail(error, true);
    m_shareBar->setValue(0);
}

void SegmentEditor::setDetail(const QString &text, bool error)
{
    m_countDetail->setText(text);
    m_countDetail->setToolTip(error ? text : QString());
    m_countDetail->setForegroundRole(QPalette::PlaceholderText);
    m_countDetail->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

void SegmentEditor::countNow()
{
    m_countTimer->stop();
    if (!m_session->isOpen() || !validationError().isEmpty())
        return;
    const SegmentNode definition = m_builder->definition();
    const QJsonObject json = definition.toJson();
    const quint64 serial = m_editSerial;
    // An untouched saved segment: its count is remembered for the list.
    const qint64 savedId = m_savedId > 0 && !isModified() ? m_savedId : 0;
    m_counting = true;
    SegmentService *segments = m_session->segments();
    segments->countSegment(
        definition, this,
        [this, serial, json](const SegmentCount &count) {
            if (serial == m_editSerial)
                showCount(count, json);
        },
        savedId);
    segments->previewSegment(definition, kPreviewRows, this, [this, serial](const SegmentPreview &preview) {
        if (serial == m_editSerial)
            showPreview(preview);
    });
}

void SegmentEditor::showCount(const SegmentCount &count, const QJsonObject &definition)
{
    m_counting = false;
    m_countLabel->setForegroundRole(QPalette::WindowText);
    if (!count.ok()) {
        m_count = {};
        m_countedDefinition = {};
        m_countLabel->setText(tr("Cannot count"));
        setDetail(count.error, true);
        m_shareBar->setValue(0);
    } else {
        m_count = count;
        m_countedDefinition = definition;
        const double share =
            count.total > 0 ? static_cast<double>(count.count) / static_cast<double>(count.total) : 0.0;
        m_countLabel->setText(tr("%Ln customers", nullptr, static_cast<int>(count.count)));
        setDetail(tr("· %1% of %2").arg(QLocale().toString(share * 100.0, 'f', 1), DisplayFormat::count(count.total)),
                  false);
        m_countDetail->setToolTip(tr("Counted in %1 ms").arg(count.millis));
        m_countLabel->setAccessibleDescription(m_countDetail->text());
        m_shareBar->setValue(static_cast<int>(share * 1000.0 + 0.5));
    }
    m_countShown = true;
    Q_EMIT countShown();
}

void SegmentEditor::showPreview(const SegmentPreview &preview)
{
    m_preview->setCustomers(preview.rows, m_session->currency());
    m_previewCaption->setText(!preview.error.isEmpty() ? tr("The customers could not be listed: %1").arg(preview.error)
                                  : preview.rows.isEmpty() ? tr("No customer matches.")
                                                           : tr("<b>First customers</b> · by customer number"));
    m_previewShown = true;
    Q_EMIT previewShown();
}

std::optional<qint64> SegmentEditor::shownCount() const
{
    if (m_counting || m_countedDefinition.isEmpty())
        return std::nullopt;
    return m_count.count;
}

void SegmentEditor::showAllCustomers(const QString &title)
{
    if (!validationError().isEmpty())
        return;
    auto *dialog = new CustomerListDialog(m_session, m_builder->definition(), title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_drillDown = dialog;
    dialog->show();
}

CustomerListDialog *SegmentEditor::lastDrillDown() const
{
    return m_drillDown;
}

} // namespace mwb::ui
