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
                if (load.profile.ok()) {
                    load.timeline = CustomerProfile::timeline(*db, customerId);
                    load.referrals = Referrals::tree(*db, customerId, 4);
                }
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
    askToChange(
        context, QString(),
        [customerId, tag](SQLite::Database &db) { return CustomerProfile::addTag(db, customerId, tag); },
        [this, customerId](const QString &error) {
            if (error.isEmpty())
                Q_EMIT tagsChanged(customerId);
        },
        std::move(done));
}

void CustomerService::removeTag(qint64 customerId, const QString &tag, QObject *context,
                                std::function<void(const QString &)> done)
{
    if (!isOpen())
        return;
    askToChange(
        context, QString(),
        [customerId, tag](SQLite::Database &db) { return CustomerProfile::removeTag(db, customerId, tag); },
        [this, customerId](const QString &error) {
            if (error.isEmpty())
                Q_EMIT tagsChanged(customerId);
        },
        std::move(done));
}

void CustomerService::merge(qint64 keptId, qint64 mergedId, QObject *context,
                            std::function<void(const MergeResult &)> done)
{
    if (!isOpen())
        return;
    MergeResult failed;
    failed.keptId = keptId;
    failed.mergedId = mergedId;
    askToChange(
        context, failed,
        [keptId, mergedId](SQLite::Database &db) { return CustomerMerge::merge(db, keptId, mergedId); },
        [this](const MergeResult &result) {
            if (result.ok())
                Q_EMIT customersMerged(result.keptId, result.mergedId);
        },
        std::move(done));
}

void CustomerService::forgetCustomer(qint64 customerId, QObject *context,
                                     std::function<void(const ForgetResult &)> done)
{
    if (!isOpen())
        return;
    ForgetResult failed;
    failed.customerId = customerId;
    // The lists must hear of the erasure even when the window that asked was closed meanwhile.
    askToChange(
        context, failed, [customerId](SQLite::Database &db) { return CustomerPrivacy::forget(db, customerId); },
        [this](const ForgetResult &result) {
            if (result.ok())
                Q_EMIT customerForgotten(result.customerId);
        },
        std::move(done));
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
