// SegmentService: the segment questions and edits of the open workspace, owned by the
// WorkspaceSession. Counts, previews, overlaps, the RFM grid and the vocabulary run on
// worker threads, each with its own read-only connection; the answer comes back on the
// GUI thread to a callback that runs only while its context object is alive. For the live
// questions (count, preview, overlap, RFM grid) the newest request of each kind wins: an
// answer overtaken by a newer request is dropped. Edits of saved segments are written on
// worker threads too; segmentsChanged() follows each.
#pragma once

#include "metrics/RfmScores.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentStore.h"

#include "WorkspaceService.h"

#include <QObject>

#include <functional>
#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {
class Workspace;
}

namespace mwb::ui {

struct SegmentPreview
{
    QList<CustomerSummary> rows;
    QString error;
};

// A drill-down: how many customers, and the first of them.
struct SegmentCustomers
{
    qint64 count = 0;
    QList<CustomerSummary> rows;
    QString error;
};

struct RfmFigures
{
    RfmGrid grid;
    QString error;
};

struct SnapshotOutcome
{
    std::optional<SegmentSnapshot> snapshot;
    QString error;
};

class SegmentService : public WorkspaceService
{
    Q_OBJECT

public:
    explicit SegmentService(QObject *parent = nullptr);
    ~SegmentService() override;

    // Live questions: the newest request of each kind wins.
    // The count of a definition; with `savedId`, it is also remembered for that segment.
    void countSegment(const SegmentNode &node, QObject *context, std::function<void(const SegmentCount &)> done,
                      qint64 savedId = 0);
    void previewSegment(const SegmentNode &node, int limit, QObject *context,
                        std::function<void(const SegmentPreview &)> done);
    void overlap(const QList<SegmentNode> &nodes, QObject *context, std::function<void(const SegmentOverlap &)> done);
    void rfmGrid(QObject *context, std::function<void(const RfmFigures &)> done);

    // Every request answered (each caller its own).
    void segmentVocabulary(QObject *context, std::function<void(const SegmentVocabulary &)> done);
    void customers(const SegmentNode &node, int limit, QObject *context,
                   std::function<void(const SegmentCustomers &)> done);

    // Saved segments (a small table: read directly), by name.
    QList<SavedSegment> listSegments() const;
    std::optional<SavedSegment> findSegment(qint64 id) const;

    // Edits of saved segments, each written on a worker thread with a connection of its own
    // (a write that waits for another program's import waits there, not in the window).
    // `done` gets the outcome on this thread (its error empty on success; the segment's id)
    // while `context` lives; segmentsChanged() follows each edit that succeeded, whether
    // or not its context is still there.
    using EditDone = std::function<void(const SegmentSaveResult &)>;
    void save(const QString &name, const QJsonObject &definition, QObject *context, EditDone done);
    void rename(qint64 id, const QString &name, QObject *context, EditDone done);
    void updateDefinition(qint64 id, const QJsonObject &definition, QObject *context, EditDone done);
    void duplicate(qint64 id, QObject *context, EditDone done);
    void remove(qint64 id, QObject *context, EditDone done);
    // Freezes the members on a worker thread (a write that grows with the segment).
    void snapshot(qint64 id, QObject *context, std::function<void(const SnapshotOutcome &)> done);

Q_SIGNALS:
    // A saved segment was added, renamed, changed, counted or removed.
    void segmentsChanged();

private:
    // Runs `write` on a worker's read-write connection, unless the workspace refuses changes.
    void edit(QObject *context, std::function<SegmentSaveResult(SQLite::Database &)> write, EditDone done);

    // Bumped by every request of that kind and by a change of workspace.
    quint64 m_countGeneration = 0;
    quint64 m_previewGeneration = 0;
    quint64 m_overlapGeneration = 0;
    quint64 m_rfmGeneration = 0;
};

} // namespace mwb::ui
