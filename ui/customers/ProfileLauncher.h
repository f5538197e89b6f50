// ProfileLauncher: opens customer profiles, one window per customer (asking again raises
// the open one), owned by the WorkspaceSession. Profiles are non-modal windows of the main
// window, so closing the list they were opened from leaves them open; they close with the
// workspace, and the profile of a customer merged into another, or forgotten, closes.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace mwb::ui {

class CustomerProfileDialog;
class WorkspaceSession;

class ProfileLauncher : public QObject
{
    Q_OBJECT

public:
    explicit ProfileLauncher(WorkspaceSession *session);

    CustomerProfileDialog *open(qint64 customerId, QWidget *parent);
    // The open profile of this customer, if any.
    CustomerProfileDialog *find(qint64 customerId) const;
    void closeAll();

Q_SIGNALS:
    void profileOpened(CustomerProfileDialog *dialog);

private:
    void forget(qint64 customerId, CustomerProfileDialog *dialog);

    WorkspaceSession *m_session;
    QHash<qint64, QPointer<CustomerProfileDialog>> m_open;
};

} // namespace mwb::ui
