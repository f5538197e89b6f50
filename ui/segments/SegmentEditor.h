// SegmentEditor: one segment definition being edited: the visual builder, the definition
// in words, the live count with its share of all customers (taken on a worker thread a
// moment after the last edit; answers for an older edit are never shown) and the first
// matching customers. Knows the definition last saved, so it can tell an edit from it.
#pragma once

#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace mwb::ui {

class CustomerListDialog;
class CustomerTable;
class SegmentBuilder;
class WorkspaceSession;
struct SegmentPreview;

class SegmentEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 100;
    static constexpr int kCountDelayMs = 250; // after the last edit, so typing is not counted letter by letter

    explicit SegmentEditor(WorkspaceSession *session, QWidget *parent = nullptr);

    // Edits a saved segment (`savedId` > 0) or a new one (0) from `definition` as saved;
    // counts it at once.
    void load(const SegmentNode &definition, qint64 savedId);
    // Edits `definition` as a new segment not saved yet.
    void edit(const SegmentNode &definition);
    // `written` was saved as segment `savedId`: it is the baseline now (edits made since it
    // was written stay unsaved).
    void markSaved(qint64 savedId, const SegmentNode &written);
    // Counts again (the data changed).
    void recount();
    // Stops counting and forgets the figures (the workspace closed).
    void reset();

    SegmentNode definition() const;
    // Why the definition cannot be counted (the builder's or the core's reason), or empty.
    QString validationError() const;
    bool isModified() const;
    qint64 savedId() const { return m_savedId; }

    SegmentBuilder *builder() const { return m_builder; }
    QLabel *countLabel() const { return m_countLabel; }
    QLabel *countDetail() const { return m_countDetail; }
    CustomerTable *previewTable() const { return m_preview; }
    CustomerListDialog *lastDrillDown() const;
    // The count on show; none while counting or when the definition cannot be counted.
    std::optional<qint64> shownCount() const;
    const QJsonObject &countedDefinition() const { return m_countedDefinition; }
    bool isCounting() const { return m_counting; }
    bool hasFigures() const { return m_countShown && m_previewShown; }

    // Lists the customers of the definition in a dialog titled `title`.
    void showAllCustomers(const QString &title);

Q_SIGNALS:
    // The definition changed (an edit or a load): its validity and whether it differs
    // from the saved one may have changed.
    void edited();
    void countShown();
    void previewShown();
    void allCustomersRequested();

private:
    void definitionEdited();
    void countNow();
    void showCount(const SegmentCount &count, const QJsonObject &definition);
    void showPreview(const SegmentPreview &preview);
    void showInvalid(const QString &error);
    void setDetail(const QString &text, bool error);

    WorkspaceSession *m_session;
    SegmentBuilder *m_builder;
    QLabel *m_description;
    QLabel *m_countLabel;
    QLabel *m_countDetail;
    QProgressBar *m_shareBar;
    QLabel *m_previewCaption;
    QPushButton *m_showAll;
    CustomerTable *m_preview;
    QTimer *m_countTimer;
    QPointer<CustomerListDialog> m_drillDown;

    qint64 m_savedId = 0;
    QJsonObject m_savedDefinition; // the baseline of isModified(); empty for a new segment
    QJsonObject m_countedDefinition;
    SegmentCount m_count;
    quint64 m_editSerial = 0; // answers for an older edit are not shown
    bool m_counting = false;
    bool m_countShown = false;
    bool m_previewShown = false;
};

} // namespace mwb::ui
