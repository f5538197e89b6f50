#include "ProfileLauncher.h"

#include "CustomerProfileDialog.h"
#include "CustomerService.h"
#include "WorkspaceSession.h"

#include <QDialog>

namespace mwb::ui {

namespace {

// The window a profile belongs to: the one the list sits in, or the main window when the
// list is itself a dialog (a drill-down that may close first).
QWidget *owningWindow(QWidget *parent)
{
    QWidget *window = parent ? parent->window() : nullptr;
    while (qobject_cast<QDialog *>(window) && window->parentWidget())
        window = window->parentWidget()->window();
    return window;
}

} // namespace

ProfileLauncher::ProfileLauncher(WorkspaceSession *session)
    : QObject(session)
    , m_session(session)
{
    connect(session, &WorkspaceSession::closed, this, &ProfileLauncher::closeAll);
    connect(session->customers(), &CustomerService::customersMerged, this, [this](qint64 keptId, qint64 mergedId) {
        if (CustomerProfileDialog *merged = find(mergedId))
            merged->close();
        if (CustomerProfileDialog *kept = find(keptId))
            kept->reload();
    });
    connect(session->customers(), &CustomerService::customerForgotten, this, [this](qint64 customerId) {
        CustomerProfileDialog *forgotten = find(customerId);
        if (forgotten && forgotten->isVisible())
            forgotten->close();
    });
}

CustomerProfileDialog *ProfileLauncher::open(qint64 customerId, QWidget *parent)
{
    if (customerId <= 0 || !m_session->isOpen())
        return nullptr;
    if (CustomerProfileDialog *dialog = find(customerId)) {
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
        return dialog;
    }
    auto *dialog = new CustomerProfileDialog(m_session, customerId, owningWindow(parent));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_open.insert(customerId, dialog);
    // A merge can make the dialog show another customer: it is filed under the one shown.
    connect(dialog, &CustomerProfileDialog::customerChanged, this, [this, dialog](qint64 from, qint64 to) {
        forget(from, dialog);
        m_open.insert(to, dialog);
    });
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        for (auto it = m_open.begin(); it != m_open.end();) {
            if (!it.value() || it.value() == dialog)
                it = m_open.erase(it);
            else
                ++it;
        }
    });
    dialog->show();
    Q_EMIT profileOpened(dialog);
    return dialog;
}

CustomerProfileDialog *ProfileLauncher::find(qint64 customerId) const
{
    return m_open.value(customerId).data();
}

void ProfileLauncher::forget(qint64 customerId, CustomerProfileDialog *dialog)
{
    if (m_open.value(customerId) == dialog)
        m_open.remove(customerId);
}

void ProfileLauncher::closeAll()
{
    const auto open = m_open.values();
    m_open.clear();
    for (const QPointer<CustomerProfileDialog> &dialog : open) {
        if (dialog)
            dialog->close();
    }
}

} // namespace mwb::ui
