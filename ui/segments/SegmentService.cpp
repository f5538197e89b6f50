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

SegmentSaveResult outcome(qint64 id, const QString &error)
{
    SegmentSaveResult result;
    result.id = id;
    result.error = error;
    return result;
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
            // The list shows when each saved segment was last counted. A failure loses only
            // the remembered count; the live one is shown.
            if (savedId > 0 && count.ok() && isOpen() && refusal().isEmpty()) {
                edit(
                    nullptr,
                    [savedId, counted = count.count](SQLite::Database &db) {
                        SegmentStore::recordCount(db, savedId, counted);
                        return outcome(savedId, {});
                    },
                    [](const SegmentSaveResult &) {});
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

void SegmentService::edit(QObject *context, std::function<SegmentSaveResult(SQLite::Database &)> write, EditDone done)
{
    askToChange(
        context, SegmentSaveResult{}, std::move(write),
        [this](const SegmentSaveResult &result) {
            if (result.ok())
                Q_EMIT segmentsChanged();
        },
        std::move(done));
}

void SegmentService::save(const QString &name, const QJsonObject &definition, QObject *context, EditDone done)
{
    edit(
        context, [name, definition](SQLite::Database &db) { return SegmentStore::save(db, name, definition); },
        std::move(done));
}

void SegmentService::rename(qint64 id, const QString &name, QObject *context, EditDone done)
{
    edit(
        context, [id, name](SQLite::Database &db) { return outcome(id, SegmentStore::rename(db, id, name)); },
        std::move(done));
}

void SegmentService::updateDefinition(qint64 id, const QJsonObject &definition, QObject *context, EditDone done)
{
    edit(
        context,
        [id, definition](SQLite::Database &db) {
            return outcome(id, SegmentStore::updateDefinition(db, id, definition));
        },
        std::move(done));
}

void SegmentService::duplicate(qint64 id, QObject *context, EditDone done)
{
    edit(
        context, [id](SQLite::Database &db) { return SegmentStore::duplicate(db, id); }, std::move(done));
}

void SegmentService::remove(qint64 id, QObject *context, EditDone done)
{
    edit(
        context, [id](SQLite::Database &db) { return outcome(id, SegmentStore::remove(db, id)); }, std::move(done));
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
