#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "WorkspaceSession.h"
#include "campaigns/NewCampaignDialog.h"
#include "customers/CustomerProfileDialog.h"
#include "customers/CustomerService.h"
#include "analytics/ClvFitPanel.h"
#include "analytics/ClvModelPanel.h"
#include "pages/CampaignsPage.h"
#include "pages/CustomerValuePage.h"
#include "pages/MembersPage.h"
#include "pages/WorkbenchPage.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

ScreenshotTour::ScreenshotTour(mwb::ui::MainWindow *window, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(folder)
{
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    auto *session = m_window->session();
    auto begin = [this] { QTimer::singleShot(800, this, [this] { capture(0); }); };
    if (session->loaded())
        begin();
    else
        connect(session, &mwb::ui::WorkspaceSession::overviewChanged, this, begin, Qt::SingleShotConnection);
}

void ScreenshotTour::capture(int pageIndex)
{
    const auto pages = m_window->pages();
    if (pageIndex >= pages.size()) {
        captureNewCampaign();
        return;
    }
    mwb::ui::WorkbenchPage *page = pages.at(pageIndex);
    m_window->showPage(page->pageId());
    // Grab once the page shows its figures (those loaded in the background included), or
    // after a generous wait so one slow page cannot stall the tour.
    auto taken = std::make_shared<bool>(false);
    auto grabWhenReady = [this, page, pageIndex, taken] {
        if (*taken)
            return;
        *taken = true;
        grabPage(page, pageIndex);
    };
    // The Customer value page is shown with a fitted model.
    if (auto *value = qobject_cast<mwb::ui::CustomerValuePage *>(page)) {
        auto fitWhenReady = [this, value, grabWhenReady] {
            mwb::ui::ClvFitPanel *fit = value->model()->fitPanel();
            connect(fit, &mwb::ui::ClvFitPanel::fitShown, this, grabWhenReady, Qt::SingleShotConnection);
            fit->fit();
        };
        if (value->isReady())
            fitWhenReady();
        else
            connect(page, &mwb::ui::WorkbenchPage::ready, this, fitWhenReady, Qt::SingleShotConnection);
        QTimer::singleShot(kReadyTimeoutMs * 2, this, grabWhenReady);
        return;
    }
    if (page->isReady()) {
        grabWhenReady();
        return;
    }
    connect(page, &mwb::ui::WorkbenchPage::ready, this, grabWhenReady, Qt::SingleShotConnection);
    QTimer::singleShot(kReadyTimeoutMs, this, grabWhenReady);
}

void ScreenshotTour::grabPage(mwb::ui::WorkbenchPage *page, int pageIndex)
{
    // Give charts one round of layout and painting before the grab.
    QTimer::singleShot(500, this, [this, page, pageIndex] {
        save(m_window, page->pageId());
        if (!page->isReady())
            std::fprintf(stderr, "  (%s before its figures loaded)\n", qPrintable(page->pageId()));
        // Customer value's Predictions tab too: the stored model, judged.
        if (auto *value = qobject_cast<mwb::ui::CustomerValuePage *>(page)) {
            value->tabs()->setCurrentWidget(value->tabs()->widget(1));
            QTimer::singleShot(500, this, [this, value, pageIndex] {
                save(m_window, u"customer-value-predictions"_s);
                value->tabs()->setCurrentIndex(0);
                capture(pageIndex + 1);
            });
            return;
        }
        // Members' other tabs too: the active member rate by month with the campaigns marked,
        // the points ledger and the referrals.
        if (auto *members = qobject_cast<mwb::ui::MembersPage *>(page)) {
            members->tabs()->setCurrentIndex(1);
            QTimer::singleShot(500, this, [this, members, pageIndex] {
                save(m_window, u"members-active"_s);
                members->tabs()->setCurrentIndex(2);
                QTimer::singleShot(300, this, [this, members, pageIndex] {
                    save(m_window, u"members-points"_s);
                    members->tabs()->setCurrentIndex(3);
                    QTimer::singleShot(300, this, [this, members, pageIndex] {
                        save(m_window, u"members-referrals"_s);
                        members->tabs()->setCurrentIndex(0);
                        capture(pageIndex + 1);
                    });
                });
            });
            return;
        }
        capture(pageIndex + 1);
    });
}

void ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString file = QDir(m_folder).filePath(name + u".png"_s);
    const bool saved = widget->grab().save(file);
    std::fprintf(stderr, "%s %s\n", saved ? "saved" : "FAILED", qPrintable(QDir::toNativeSeparators(file)));
}

void ScreenshotTour::captureNewCampaign()
{
    m_window->showPage(u"campaigns"_s);
    auto *page = qobject_cast<mwb::ui::CampaignsPage *>(m_window->currentPage());
    QPointer<mwb::ui::NewCampaignDialog> dialog = page ? page->newCampaign() : nullptr;
    if (!dialog) {
        captureProfile();
        return;
    }
    if (auto *name = dialog->findChild<QLineEdit *>(u"campaignName"_s))
        name->setText(u"中秋茶礼 Mid-autumn gift box, VIP e-mail"_s);
    if (auto *offer = dialog->findChild<QLineEdit *>(u"campaignOffer"_s))
        offer->setText(u"15% off oolong gift boxes"_s);
    // Poll until the live split is shown (or give up after the usual wait).
    auto *poll = new QTimer(this);
    auto waited = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [this, poll, dialog, waited] {
        *waited += 100;
        if (dialog && (dialog->previewPending() || !dialog->shownPlan()) && *waited < kReadyTimeoutMs)
            return;
        poll->deleteLater();
        if (dialog) {
            save(dialog, u"campaigns-new"_s);
            dialog->reject();
        }
        captureProfile();
    });
    poll->start(100);
}

void ScreenshotTour::captureProfile()
{
    m_window->showPage(u"customers"_s);
    mwb::CustomerListQuery query;
    query.segment = mwb::SegmentNode::condition(u"rfm_segment"_s, mwb::SegmentOp::Equal, u"Champions"_s);
    query.sort = mwb::CustomerSort::Orders;
    query.descending = true;
    auto *session = m_window->session();
    session->customers()->firstPage(query, 20, this, [this, session](const mwb::ui::CustomerPage &page) {
        // Among the Champions with the most orders, one with a Chinese name, so the shot
        // shows CJK text in the header, the identities and the journey.
        qint64 id = page.rows.isEmpty() ? 0 : page.rows.constFirst().id;
        for (const mwb::CustomerListRow &row : page.rows) {
            if (std::any_of(row.name.cbegin(), row.name.cend(), [](QChar c) { return c.unicode() >= 0x4e00; })) {
                id = row.id;
                break;
            }
        }
        QPointer<mwb::ui::CustomerProfileDialog> dialog = id > 0 ? session->openProfile(id, m_window) : nullptr;
        if (!dialog) {
            std::fprintf(stderr, "  (no Champion to show a profile of)\n");
            QCoreApplication::quit();
            return;
        }
        dialog->resize(1280, 800);
        auto taken = std::make_shared<bool>(false);
        auto grab = [this, dialog, taken] {
            if (*taken)
                return;
            *taken = true;
            QTimer::singleShot(500, this, [this, dialog] {
                if (dialog)
                    save(dialog, u"customer-profile"_s);
                QCoreApplication::quit();
            });
        };
        if (dialog->isLoaded())
            grab();
        else
            connect(dialog, &mwb::ui::CustomerProfileDialog::loaded, this, grab, Qt::SingleShotConnection);
        QTimer::singleShot(kReadyTimeoutMs, this, grab);
    });
}
