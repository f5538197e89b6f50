#include "SegmentService.h"

#include "jobs/AsyncTask.h"
#include "store/ReaderPool.h"
#include "store/Workspace.h"

#include <QPointer>

#include <exception>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QString noWorkspace()
{
    return SegmentService::tr("No workspace is open.");
}

QString messageOf(const std::exception &e)
{
    return QString::fromUtf8(e.what());
}

// Counts and previews run while the analyst types: a kept connection spares each the
// opening of the file.
ReaderPool::Lease readConnection(const QString &path)
{
    return ReaderPool::borrow(path);
}

// Delivers a worker's answer to `done` on the GUI thread when nothing overtook it.
template <typename Work, typename Done>
void ask(SegmentService *service, const quint64 *workspaceGeneration, quint64 *liveGeneration, QObject *context,
         Work &&work, Done &&done)
{
    runAsyncLatest(service, context, workspaceGeneration, liveGeneration, std::forward<Work>(work),
                   std::forward<Done>(done));
}

} // namespace

SegmentService::SegmentService(QObject *parent)
    : QObject(parent)
{
}

SegmentService::~SegmentService() = default;

void SegmentService::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    ++m_workspaceGeneration;
}

QString SegmentService::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

void SegmentService::countSegment(const SegmentNode &node, QObject *context,
                                  std::function<void(const SegmentCount &)> done, qint64 savedId)
{
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, &m_countGeneration, context,
        [path = path(), node]() -> SegmentCount {
            try {
                auto db = readConnection(path);
                return SegmentQuery::count(*db, node);
            } catch (const std::exception &e) {
                SegmentCount failed;
                failed.error = messageOf(e);
                return failed;
            }
        },
        [this, savedId, done = std::move(done)](const SegmentCount &count) {
            // The list shows when each saved segment was last counted.
            if (savedId > 0 && count.ok() && m_workspace) {
                try {
                    SegmentStore::recordCount(m_workspace->db(), savedId, count.count);
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
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, &m_previewGeneration, context,
        [path = path(), node, limit]() -> SegmentPreview {
            SegmentPreview preview;
            try {
                auto db = readConnection(path);
                preview.rows = SegmentQuery::preview(*db, node, limit, &preview.error);
            } catch (const std::exception &e) {
                preview.error = messageOf(e);
            }
            return preview;
        },
        std::move(done));
}

void SegmentService::overlap(const QList<SegmentNode> &nodes, QObject *context,
                             std::function<void(const SegmentOverlap &)> done)
{
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, &m_overlapGeneration, context,
        [path = path(), nodes]() -> SegmentOverlap {
            try {
                auto db = readConnection(path);
                return SegmentQuery::overlap(*db, nodes);
            } catch (const std::exception &e) {
                SegmentOverlap failed;
                failed.error = messageOf(e);
                return failed;
            }
        },
        std::move(done));
}

void SegmentService::rfmGrid(QObject *context, std::function<void(const RfmFigures &)> done)
{
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, &m_rfmGeneration, context,
        [path = path()]() -> RfmFigures {
            RfmFigures figures;
            try {
                auto db = readConnection(path);
                figures.grid = RfmScores::grid(*db);
            } catch (const std::exception &e) {
                figures.error = messageOf(e);
            }
            return figures;
        },
        std::move(done));
}

void SegmentService::segmentVocabulary(QObject *context, std::function<void(const SegmentVocabulary &)> done)
{
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, nullptr, context,
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
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, nullptr, context,
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
                answer.error = messageOf(e);
            }
            return answer;
        },
        std::move(done));
}

QList<SavedSegment> SegmentService::listSegments() const
{
    if (!m_workspace)
        return {};
    try {
        return SegmentStore::list(m_workspace->db());
    } catch (const std::exception &) {
        return {};
    }
}

std::optional<SavedSegment> SegmentService::findSegment(qint64 id) const
{
    if (!m_workspace)
        return std::nullopt;
    try {
        return SegmentStore::find(m_workspace->db(), id);
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
    if (!m_workspace) {
        result.error = noWorkspace();
        return result;
    }
    try {
        result = SegmentStore::save(m_workspace->db(), name, definition);
    } catch (const std::exception &e) {
        result.error = messageOf(e);
    }
    changed(result.error);
    return result;
}

QString SegmentService::rename(qint64 id, const QString &name)
{
    if (!m_workspace)
        return noWorkspace();
    QString error;
    try {
        error = SegmentStore::rename(m_workspace->db(), id, name);
    } catch (const std::exception &e) {
        error = messageOf(e);
    }
    changed(error);
    return error;
}

QString SegmentService::updateDefinition(qint64 id, const QJsonObject &definition)
{
    if (!m_workspace)
        return noWorkspace();
    QString error;
    try {
        error = SegmentStore::updateDefinition(m_workspace->db(), id, definition);
    } catch (const std::exception &e) {
        error = messageOf(e);
    }
    changed(error);
    return error;
}

SegmentSaveResult SegmentService::duplicate(qint64 id)
{
    SegmentSaveResult result;
    if (!m_workspace) {
        result.error = noWorkspace();
        return result;
    }
    try {
        result = SegmentStore::duplicate(m_workspace->db(), id);
    } catch (const std::exception &e) {
        result.error = messageOf(e);
    }
    changed(result.error);
    return result;
}

QString SegmentService::remove(qint64 id)
{
    if (!m_workspace)
        return noWorkspace();
    QString error;
    try {
        error = SegmentStore::remove(m_workspace->db(), id);
    } catch (const std::exception &e) {
        error = messageOf(e);
    }
    changed(error);
    return error;
}

void SegmentService::snapshot(qint64 id, QObject *context, std::function<void(const SnapshotOutcome &)> done)
{
    if (!m_workspace)
        return;
    ask(
        this, &m_workspaceGeneration, nullptr, context,
        [path = path(), id]() -> SnapshotOutcome {
            SnapshotOutcome outcome;
            try {
                auto db = Workspace::openConnection(path, Workspace::Access::ReadWrite);
                outcome.snapshot = SegmentStore::snapshot(*db, id, &outcome.error);
                if (!outcome.snapshot && outcome.error.isEmpty())
                    outcome.error = SegmentService::tr("The snapshot could not be taken.");
            } catch (const std::exception &e) {
                outcome.error = messageOf(e);
            }
            return outcome;
        },
        std::move(done));
}

} // namespace mwb::ui
