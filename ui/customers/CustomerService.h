// CustomerService: the customer questions and edits of the open workspace, owned by the
// WorkspaceSession. Lists (first page, every id in order, the rows of a stretch of ids),
// profiles with their journey, tag edits, merges, forgetting a customer (a data-subject
// erasure request) and list exports each run on a worker
// thread with its own connection (read-only, read-write for edits). The answer comes back
// on the GUI thread to a callback that runs only while its context object is alive and
// the workspace is still the one asked; callers that need "newest wins" (the table model,
// a profile) keep their own generation numbers.
#pragma once

#include "customers/CustomerDirectory.h"
#include "customers/CustomerMerge.h"
#include "customers/CustomerPrivacy.h"
#include "customers/CustomerProfile.h"
#include "membership/Referrals.h"
#include "customers/CustomerExport.h"

#include "WorkspaceService.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace mwb {
class Workspace;
}

namespace mwb::ui {

struct CustomerPage
{
    QList<CustomerListRow> rows;
    QString error;
};

// A profile and its journey, loaded together.
struct CustomerProfileLoad
{
    CustomerProfileData profile;
    QList<TimelineItem> timeline;
    ReferralTree referrals; // who referred the customer and whom they referred
    QString error;          // the workspace could not be read (profile.error: no such customer)
};

class CustomerService : public WorkspaceService
{
    Q_OBJECT

public:
    using Cancel = std::shared_ptr<std::atomic_bool>;

    explicit CustomerService(QObject *parent = nullptr);
    ~CustomerService() override;

    void firstPage(const CustomerListQuery &query, int limit, QObject *context,
                   std::function<void(const CustomerPage &)> done);
    // `cancel`, when given and set, stops the work early (the answer is then cancelled).
    void orderedIds(const CustomerListQuery &query, const Cancel &cancel, QObject *context,
                    std::function<void(const CustomerIds &)> done);
    void rows(const std::vector<qint64> &ids, QObject *context, std::function<void(const CustomerPage &)> done);

    void loadProfile(qint64 customerId, QObject *context, std::function<void(const CustomerProfileLoad &)> done);
    // Each answers an error message, empty on success.
    void addTag(qint64 customerId, const QString &tag, QObject *context, std::function<void(const QString &)> done);
    void removeTag(qint64 customerId, const QString &tag, QObject *context, std::function<void(const QString &)> done);
    // Moves everything of `mergedId` to `keptId`; customersMerged() follows a success.
    void merge(qint64 keptId, qint64 mergedId, QObject *context, std::function<void(const MergeResult &)> done);
    // Removes everything that identifies the customer (CustomerPrivacy::forget);
    // customerForgotten() follows a success, also when `context` is gone by then.
    void forgetCustomer(qint64 customerId, QObject *context, std::function<void(const ForgetResult &)> done);
    // Writes exactly these customers, in this order (a list as the table shows it), with
    // these CustomerExport columns (empty: its defaults); CSV or XLSX by the suffix.
    void exportList(const std::vector<qint64> &ids, const QStringList &columns, const QString &path, QObject *context,
                    std::function<void(const CustomerExportResult &)> done);

Q_SIGNALS:
    // Two customers became one: figures, stages and lists that showed them are out of date.
    void customersMerged(qint64 keptId, qint64 mergedId);
    // A customer's personal data was removed: lists and profiles that showed it are out
    // of date (their orders, touchpoints and stages did not change).
    void customerForgotten(qint64 customerId);
    // A customer's tags changed.
    void tagsChanged(qint64 customerId);

private:
};

} // namespace mwb::ui
