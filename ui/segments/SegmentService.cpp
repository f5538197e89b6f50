#include "SegmentService.h"

#include "jobs/AsyncTask.h"
#include "store/ReaderPool.h"
#include "store/Workspace.h"

#include <QPointer>

#include <exception>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

// Counts and previews run while the analyst types: a kept connection spares each the
// opening of the file.
ReaderPool::Lease readConnection(const QString &path)
{
    return ReaderPool::borrow(path);
}

} // namespace

SegmentService::SegmentService(QObject *parent)
    : WorkspaceService(parent)
{
}

SegmentService::~SegmentService() = default;

void SegmentService::countSegment(const SegmentNode &node, QObject *context,
                                  std::function<void(const SegmentCount &)> done, qint64 savedId)
{
    if (!isOpen())
        return;
    askLatest(
        &m_countGeneration, context,
        [path = path(), node]() -> SegmentCount {
            try {
                auto db = readConnection(path);
                return SegmentQuery::count(*db, node);
            } catch (const std::exception &e) {
                SegmentCount failed;
                failed.error = failure(path, e);
                return failed;
            }
        },
        [this, savedId, done = std::move(done)](const SegmentCount &count) {
            // The list shows when each saved segment was last counted.
            if (savedId > 0 && count.ok() && isOpen() && refusal().isEmpty()) {
                try {
                    SegmentStore::recordCount(workspace()->db(), savedId, count.count);
                    Q_EMIT segmentsChanged();
                } catch (const std::exception &) {
                    // Only the remembered count is lost; the live one is still shown.
                }
            }
            done(count);
        });
}

void SegmentService::previewSegment(const SegmentNode &node, int limit, QObject *context,
                                    std::function<void(const SegmentPreview &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_previewGeneration, context,
        [path = path(), node, limit]() -> SegmentPreview {
            SegmentPreview preview;
            try {
                auto db = readConnection(path);
                preview.rows = SegmentQuery::preview(*db, node, limit, &preview.error);
            } catch (const std::exception &e) {
                preview.error = failure(path, e);
            }
            return preview;
        },
        std::move(done));
}

void SegmentService::overlap(const QList<SegmentNode> &nodes, QObject *context,
                             std::function<void(const SegmentOverlap &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_overlapGeneration, context,
        [path = path(), nodes]() -> SegmentOverlap {
            try {
                auto db = readConnection(path);
                return SegmentQuery::overlap(*db, nodes);
            } catch (const std::exception &e) {
                SegmentOverlap failed;
                failed.error = failure(path, e);
                return failed;
            }
        },
        std::move(done));
}

void SegmentService::rfmGrid(QObject *context, std::function<void(const RfmFigures &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_rfmGeneration, context,
        [path = path()]() -> RfmFigures {
            RfmFigures figures;
            try {
                auto db = readConnection(path);
                figures.grid = RfmScores::grid(*db);
            } catch (const std::exception &e) {
                figures.error = failure(path, e);
            }
            return figures;
        },
        std::move(done));
}

void SegmentService::segmentVocabulary(QObject *context, std::function<void(const SegmentVocabulary &)> done)
{
    if (!isOpen())
        return;
    ask(
        context,
        [path = path()]() -> SegmentVocabulary {
            try {
                auto db = readConnection(path);
                return SegmentQuery::vocabulary(*db);
            } catch (const std::exception &) {
                // The pickers still offer the shared vocabulary and free text.
                return {};
            }
        },
        std::move(done));
}

void SegmentService::customers(const SegmentNode &node, int limit, QObject *context,
                               std::function<void(const SegmentCustomers &)> done)
{
    if (!isOpen())
        return;
    ask(
        context,
        [path = path(), node, limit]() -> SegmentCustomers {
            SegmentCustomers answer;
            try {
                auto db = readConnection(path);
                const SegmentCount count = SegmentQuery::count(*db, node);
                if (!count.ok()) {
                    answer.error = count.error;
                    return answer;
                }
                answer.count = count.count;
                answer.rows = SegmentQuery::preview(*db, node, limit, &answer.error);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

QList<SavedSegment> SegmentService::listSegments() const
{
    if (!isOpen())
        return {};
    try {
        return SegmentStore::list(workspace()->db());
    } catch (const std::exception &) {
        return {};
    }
}

std::optional<SavedSegment> SegmentService::findSegment(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    try {
        return SegmentStore::find(workspace()->db(), id);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

void SegmentService::changed(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT segmentsChanged();
}

SegmentSaveResult SegmentService::save(const QString &name, const QJsonObject &definition)
{
    SegmentSaveResult result;
    if (!isOpen() || !refusal().isEmpty()) {
        result.error = isOpen() ? refusal() : noWorkspace();
        return result;
    }
    try {
        result = SegmentStore::save(workspace()->db(), name, definition);
    } catch (const std::exception &e) {
        result.error = failure(path(), e);
    }
    changed(result.error);
    return result;
}

QString SegmentService::rename(qint64 id, const QString &name)
{
    if (!isOpen())
        return noWorkspace();
    if (const QString refused = refusal(); !refused.isEmpty())
        return refused;
    QString error;
    try {
        error = SegmentStore::rename(workspace()->db(), id, name);
    } catch (const std::exception &e) {
        error = failure(path(), e);
    }
    changed(error);
    return error;
}

QString SegmentService::updateDefinition(qint64 id, const QJsonObject &definition)
{
    if (!isOpen())
        return noWorkspace();
    if (const QString refused = refusal(); !refused.isEmpty())
        return refused;
    QString error;
    try {
        error = SegmentStore::updateDefinition(workspace()->db(), id, definition);
    } catch (const std::exception &e) {
        error = failure(path(), e);
    }
    changed(error);
    return error;
}

SegmentSaveResult SegmentService::duplicate(qint64 id)
{
    SegmentSaveResult result;
    if (!isOpen() || !refusal().isEmpty()) {
        result.error = isOpen() ? refusal() : noWorkspace();
        return result;
    }
    try {
        result = SegmentStore::duplicate(workspace()->db(), id);
    } catch (const std::exception &e) {
        result.error = failure(path(), e);
    }
    changed(result.error);
    return result;
}

QString SegmentService::remove(qint64 id)
{
    if (!isOpen())
        return noWorkspace();
    if (const QString refused = refusal(); !refused.isEmpty())
        return refused;
    QString error;
    try {
        error = SegmentStore::remove(workspace()->db(), id);
    } catch (const std::exception &e) {
        error = failure(path(), e);
    }
    changed(error);
    return error;
}

void SegmentService::snapshot(qint64 id, QObject *context, std::function<void(const SnapshotOutcome &)> done)
{
    if (!isOpen())
        return;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        SnapshotOutcome outcome;
        outcome.error = refused;
        done(outcome);
        return;
    }
    ask(
        context,
        [path = path(), id]() -> SnapshotOutcome {
            SnapshotOutcome outcome;
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadWrite);
                outcome.snapshot = SegmentStore::snapshot(*db, id, &outcome.error);
                if (!outcome.snapshot && outcome.error.isEmpty())
                    outcome.error = SegmentService::tr("The snapshot could not be taken.");
            } catch (const std::exception &e) {
                outcome.error = failure(path, e);
            }
            return outcome;
        },
        std::move(done));
}

} // namespace mwb::ui
