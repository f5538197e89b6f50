#include "CustomerService.h"

#include "WorkspaceFailure.h"
#include "jobs/AsyncTask.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <QPointer>

#include <exception>

namespace mwb::ui {

namespace {

std::unique_ptr<SQLite::Database> connection(const QString &path, Workspace::Access access)
{
    return Workspace::openConnection(path, access);
}

// An edit answers its error message; a failure to open or write becomes that message.
template <typename Edit> QString tryEdit(const QString &path, Edit &&edit)
{
    try {
        auto db = connection(path, Workspace::Access::ReadWrite);
        return edit(*db);
    } catch (const std::exception &e) {
        return workspaceFailure(path, e);
    }
}

} // namespace

CustomerService::CustomerService(QObject *parent)
    : WorkspaceService(parent)
{
}

CustomerService::~CustomerService() = default;

void CustomerService::firstPage(const CustomerListQuery &query, int limit, QObject *context,
                                std::function<void(const CustomerPage &)> done)
{
    if (!isOpen())
        return;
    ask(
        context,
        [path = path(), query, limit]() -> CustomerPage {
            CustomerPage page;
            try {
                auto db = connection(path, Workspace::Access::ReadOnly);
                page.rows = CustomerDirectory::firstPage(*db, query, limit, &page.error);
            } catch (const std::exception &e) {
                page.error = failure(path, e);
            }
            return page;
        },
        std::move(done));
}

void CustomerService::orderedIds(const CustomerListQuery &query, const Cancel &cancel, QObject *context,
                                 std::function<void(const CustomerIds &)> done)
{
    if (!isOpen())
        return;
    ask(
        context,
        [path = path(), query, cancel]() -> CustomerIds {
            try {
                auto db = connection(path, Workspace::Access::ReadOnly);
                return CustomerDirectory::orderedIds(*db, query, cancel.get());
            } catch (const std::exception &e) {
                CustomerIds failed;
                failed.error = failure(path, e);
                return failed;
            }
        },
        std::move(done));
}

void CustomerService::rows(const std::vector<qint64> &ids, QObject *context,
                           std::function<void(const CustomerPage &)> done)
{
    if (!isOpen())
        return;
    ask(
        context,
        [path = path(), ids]() -> CustomerPage {
            CustomerPage page;
            try {
                auto db = connection(path, Workspace::Access::ReadOnly);
                page.rows = CustomerDirectory::rows(*db, ids);
            } catch (const std::exception &e) {
                page.error = failure(path, e);
            }
            return page;
        },
        std::move(done));
}

void CustomerService::loadProfile(qint64 customerId, QObject *context,
                                  std::function<void(const CustomerProfileLoad &)> done)
{
    if (!isOpen())
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
                load.error = failure(path, e);
            }
            return load;
        },
        std::move(done));
}

void CustomerService::addTag(qint64 customerId, const QString &tag, QObject *context,
                             std::function<void(const QString &)> done)
{
    if (!isOpen())
        return;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        done(refused);
        return;
    }
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
    if (!isOpen())
        return;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        done(refused);
        return;
    }
    if (const QString refused = refusal(); !refused.isEmpty()) {
        done(refused);
        return;
    }
    ask(
        context,
        [path = path(), customerId, tag] {
            return tryEdit(path, [&](SQLite::Database &db) { return CustomerProfile::removeTag(db, customerId, tag); });
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
    if (!isOpen())
        return;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        MergeResult failed;
        failed.keptId = keptId;
        failed.mergedId = mergedId;
        failed.error = refused;
        done(failed);
        return;
    }
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
                failed.error = failure(path, e);
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
    if (!isOpen())
        return;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        ForgetResult failed;
        failed.customerId = customerId;
        failed.error = refused;
        done(failed);
        return;
    }
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
                failed.error = failure(path, e);
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
    if (!isOpen())
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
                failed.error = failure(workspace, e);
                return failed;
            }
        },
        std::move(done));
}

} // namespace mwb::ui
