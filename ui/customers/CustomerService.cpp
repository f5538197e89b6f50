#include "CustomerService.h"

#include "jobs/AsyncTask.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <QPointer>

#include <exception>

namespace mwb::ui {

namespace {

QString messageOf(const std::exception &e)
{
    return QString::fromUtf8(e.what());
}

std::unique_ptr<SQLite::Database> connection(const QString &path, Workspace::Access access)
{
    return Workspace::openConnection(path, access);
}

// An edit answers its error message; a failure to open or write becomes that message.
template <typename Edit>
QString tryEdit(const QString &path, Edit &&edit)
{
    try {
        auto db = connection(path, Workspace::Access::ReadWrite);
        return edit(*db);
    } catch (const std::exception &e) {
        return messageOf(e);
    }
}

} // namespace

CustomerService::CustomerService(QObject *parent)
    : QObject(parent)
{
}

CustomerService::~CustomerService() = default;

void CustomerService::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    ++m_workspaceGeneration;
}

QString CustomerService::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

// Delivers a worker's answer to `done` on the GUI thread while the context is alive and
// the workspace is the one asked.
template <typename Work, typename Done>
void CustomerService::ask(QObject *context, Work &&work, Done &&done)
{
    runAsyncLatest(this, context, &m_workspaceGeneration, nullptr, std::forward<Work>(work), std::forward<Done>(done));
}

void CustomerService::firstPage(const CustomerListQuery &query, int limit, QObject *context,
                                std::function<void(const CustomerPage &)> done)
{
    if (!m_workspace)
        return;
    ask(
        context,
        [path = path(), query, limit]() -> CustomerPage {
            CustomerPage page;
            try {
                auto db = connection(path, Workspace::Access::ReadOnly);
                page.rows = CustomerDirectory::firstPage(*db, query, limit, &page.error);
            } catch (const std::exception &e) {
                page.error = messageOf(e);
            }
            return page;
        },
        std::move(done));
}

void CustomerService::orderedIds(const CustomerListQuery &query, const Cancel &cancel, QObject *context,
                                 std::function<void(const CustomerIds &)> done)
{
    if (!m_workspace)
        return;
    ask(
        context,
        [path = path(), query, cancel]() -> CustomerIds {
            try {
                auto db = connection(path, Workspace::Access::ReadOnly);
                return CustomerDirectory::orderedIds(*db, query, cancel.get());
            } catch (const std::exception &e) {
                CustomerIds failed;
                failed.error = messageOf(e);
                return failed;
            }
        },
        std::move(done));
}

void CustomerService::rows(const std::vector<qint64> &ids, QObject *context,
                           std::function<void(const CustomerPage &)> done)
{
    if (!m_workspace)
        return;
    ask(
        context,
        [path = path(), ids]() -> CustomerPage {
            CustomerPage page;
            try {
                auto db = connection(path, Workspace::Access::ReadOnly);
                page.rows = CustomerDirectory::rows(*db, ids);
            } catch (const std::exception &e) {
                page.error = messageOf(e);
            }
            return page;
        },
        std::move(done));
}

void CustomerService::loadProfile(qint64 customerId, QObject *context,
                                  std::function<void(const CustomerProfileLoad &)> done)
{
    if (!m_workspace)
        return;
    ask(
        context,
        [path = path(), customerId]() -> CustomerProfileLoad {
            CustomerProfileLoad load;
            try {
                auto db = connection(path, Workspace::Access::ReadOnly);
                load.profile = CustomerProfile::load(*db, customerId);
                if (load.profile.ok())
                    load.timeline = CustomerProfile::timeline(*db, customerId);
            } catch (const std::exception &e) {
                load.error = messageOf(e);
            }
            return load;
        },
        std::move(done));
}

void CustomerService::addTag(qint64 customerId, const QString &tag, QObject *context,
                             std::function<void(const QString &)> done)
{
    if (!m_workspace)
        return;
    ask(
        context,
        [path = path(), customerId, tag] {
            return tryEdit(path, [&](SQLite::Database &db) { return CustomerProfile::addTag(db, customerId, tag); });
        },
        [this, customerId, done = std::move(done)](const QString &error) {
            done(error);
            if (error.isEmpty())
                Q_EMIT tagsChanged(customerId);
        });
}

void CustomerService::removeTag(qint64 customerId, const QString &tag, QObject *context,
                                std::function<void(const QString &)> done)
{
    if (!m_workspace)
        return;
    ask(
        context,
        [path = path(), customerId, tag] {
            return tryEdit(path,
                           [&](SQLite::Database &db) { return CustomerProfile::removeTag(db, customerId, tag); });
        },
        [this, customerId, done = std::move(done)](const QString &error) {
            done(error);
            if (error.isEmpty())
                Q_EMIT tagsChanged(customerId);
        });
}

void CustomerService::merge(qint64 keptId, qint64 mergedId, QObject *context,
                            std::function<void(const MergeResult &)> done)
{
    if (!m_workspace)
        return;
    ask(
        context,
        [path = path(), keptId, mergedId]() -> MergeResult {
            try {
                auto db = connection(path, Workspace::Access::ReadWrite);
                return CustomerMerge::merge(*db, keptId, mergedId);
            } catch (const std::exception &e) {
                MergeResult failed;
                failed.keptId = keptId;
                failed.mergedId = mergedId;
                failed.error = messageOf(e);
                return failed;
            }
        },
        [this, done = std::move(done)](const MergeResult &result) {
            done(result);
            if (result.ok())
                Q_EMIT customersMerged(result.keptId, result.mergedId);
        });
}

void CustomerService::forgetCustomer(qint64 customerId, QObject *context,
                                     std::function<void(const ForgetResult &)> done)
{
    if (!m_workspace)
        return;
    // The service itself is the context: the lists must hear of the erasure even when the
    // window that asked was closed meanwhile.
    ask(
        this,
        [path = path(), customerId]() -> ForgetResult {
            try {
                auto db = connection(path, Workspace::Access::ReadWrite);
                return CustomerPrivacy::forget(*db, customerId);
            } catch (const std::exception &e) {
                ForgetResult failed;
                failed.customerId = customerId;
                failed.error = messageOf(e);
                return failed;
            }
        },
        [this, tied = context != nullptr, context = QPointer<QObject>(context),
         done = std::move(done)](const ForgetResult &result) {
            if (!tied || context)
                done(result);
            if (result.ok())
                Q_EMIT customerForgotten(result.customerId);
        });
}

void CustomerService::exportList(const std::vector<qint64> &ids, const QStringList &columns, const QString &path,
                                 QObject *context, std::function<void(const CustomerExportResult &)> done)
{
    if (!m_workspace)
        return;
    CustomerExportRequest request;
    request.path = path;
    request.options.format = exportFormatForPath(path);
    request.columns = columns;
    request.ids = ids;
    if (ids.empty()) {
        // No ids would mean every customer: an empty list writes nothing instead.
        CustomerExportResult nothing;
        nothing.error = tr("There are no customers to export.");
        done(nothing);
        return;
    }
    ask(
        context,
        [workspace = this->path(), request]() -> CustomerExportResult {
            try {
                return CustomerExport::runInWorkspace(workspace, request);
            } catch (const std::exception &e) {
                CustomerExportResult failed;
                failed.problem = CustomerExportResult::Problem::Workspace;
                failed.error = messageOf(e);
                return failed;
            }
        },
        std::move(done));
}

} // namespace mwb::ui
