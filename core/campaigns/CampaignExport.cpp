#include "CampaignExport.h"

#include "CampaignStore.h"
#include "PendingExports.h"
#include "customers/CustomerExport.h"
#include "export/TableExport.h"
#include "metrics/CustomerRefresh.h"
#include "store/CustomerSet.h"
#include "store/EventIds.h"
#include "store/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::CampaignExport" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::CampaignExport)
};

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The hashed audience: token and the two hashes, nothing in clear text. Left complete in
// `out`, not committed.
CampaignExportResult writeHashed(SQLite::Database &db, const CampaignExportRequest &request, TableExport &out,
                                 const CampaignExport::Progress &progress, const std::atomic_bool *cancel, qint64 total,
                                 bool withArms)
{
    CampaignExportResult result;
    result.columns = CampaignExport::hashedColumns();
    if (withArms)
        result.columns.insert(1, u"arm"_s);
    result.error = out.begin(result.columns);
    if (!result.error.isEmpty())
        return result;
    SQLite::Statement query(db,
                            "SELECT cm.member_token, c.email, c.phone, cm.arm FROM campaign_members cm "
                            "JOIN customers c ON c.id = cm.customer_id "
                            "WHERE cm.campaign_id = ?1 AND cm.grp = 'treatment' AND (?2 IS NULL OR cm.arm = ?2) "
                            "ORDER BY c.id");
    query.bind(1, static_cast<int64_t>(request.campaignId));
    if (!request.arm.isEmpty())
        query.bind(2, request.arm.toStdString());
    ExportRow row(withArms ? 4 : 3);
    while (query.executeStep()) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return result;
        }
        const QString email = QString::fromUtf8(query.getColumn(1).getText());
        const QString phone = QString::fromUtf8(query.getColumn(2).getText());
        std::size_t column = 0;
        row[column++] = QString::fromUtf8(query.getColumn(0).getText());
        if (withArms)
            row[column++] = QString::fromUtf8(query.getColumn(3).getText());
        row[column++] = email.trimmed().isEmpty() ? ExportCell{} : ExportCell{CampaignExport::hashEmail(email)};
        row[column] = phone.trimmed().isEmpty() ? ExportCell{} : ExportCell{CampaignExport::hashPhone(phone)};
        result.error = out.writeRow(row);
        if (!result.error.isEmpty())
            return result;
        if (progress && out.rows() % 1024 == 0)
            progress(out.rows(), total);
    }
    result.rows = out.rows();
    result.file = out.filePath();
    return result;
}

// One campaign_sent event per treatment member (none for a member who already has one
// for this campaign), and the export time on members not exported before; recorded in
// `pending` (the ids of the events it added, the time it set). Call inside a transaction.
qint64 logContacts(SQLite::Database &db, const Campaign &campaign, const QString &arm, PendingExport &pending)
{
    const qint64 sentAt = QDate(1970, 1, 1).daysTo(campaign.sendDate) * 86400;
    pending.exportedAt = QDateTime::currentSecsSinceEpoch();
    CustomerSet touched;
    {
        SQLite::Statement fresh(db,
                                "SELECT cm.customer_id FROM campaign_members cm WHERE cm.campaign_id = ?1 "
                                "AND cm.grp = 'treatment' AND (?2 IS NULL OR cm.arm = ?2) AND NOT EXISTS "
                                "(SELECT 1 FROM events e WHERE e.customer_id = cm.customer_id "
                                "AND e.type = 'campaign_sent' AND e.campaign_id = cm.campaign_id)");
        fresh.bind(1, static_cast<int64_t>(campaign.id));
        if (!arm.isEmpty())
            fresh.bind(2, arm.toStdString());
        while (fresh.executeStep())
            touched.insert(fresh.getColumn(0).getInt64());
    }
    // The ids of the events logged here are the range (firstEventId, lastEventId].
    qint64 id = EventIds::reserve(db, touched.size());
    pending.firstEventId = id - 1;
    pending.lastEventId = id - 1 + touched.size();
    SQLite::Statement insert(
        db,
        "INSERT INTO events(customer_id, occurred_at, type, channel, campaign_id, content_key, id) "
        "VALUES (?1, ?2, 'campaign_sent', ?3, ?4, ?5, ?6) "
        "ON CONFLICT(content_key) WHERE content_key IS NOT NULL DO NOTHING");
    const std::string channel = campaign.channel.toStdString();
    qint64 logged = 0;
    touched.forEach([&](qint64 customerId) {
        insert.bind(1, static_cast<int64_t>(customerId));
        insert.bind(2, static_cast<int64_t>(sentAt));
        insert.bind(3, channel);
        insert.bind(4, static_cast<int64_t>(campaign.id));
        insert.bind(5, "campaign-sent:" + std::to_string(campaign.id) + ":" + std::to_string(customerId));
        insert.bind(6, static_cast<int64_t>(id++));
        logged += insert.exec();
        insert.reset();
    });
    SQLite::Statement exported(db,
                               "UPDATE campaign_members SET exported_at = ?2 "
                               "WHERE campaign_id = ?1 AND grp = 'treatment' AND exported_at IS NULL "
                               "AND (?3 IS NULL OR arm = ?3)");
    exported.bind(1, static_cast<int64_t>(campaign.id));
    exported.bind(2, static_cast<int64_t>(pending.exportedAt));
    if (!arm.isEmpty())
        exported.bind(3, arm.toStdString());
    exported.exec();
    CustomerRefresh::afterChange(db, touched, CustomerRefresh::Changed::TouchpointsOnly);
    return logged;
}

} // namespace

std::optional<CampaignListFormat> CampaignExport::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"csv"_s)
        return CampaignListFormat::Csv;
    if (n == u"xlsx"_s)
        return CampaignListFormat::Xlsx;
    if (n == u"hashed"_s)
        return CampaignListFormat::Hashed;
    return std::nullopt;
}

QString CampaignExport::formatName(CampaignListFormat format)
{
    switch (format) {
    case CampaignListFormat::Csv: return u"csv"_s;
    case CampaignListFormat::Xlsx: return u"xlsx"_s;
    case CampaignListFormat::Hashed: return u"hashed"_s;
    }
    return {};
}

QStringList CampaignExport::defaultColumns(const QString &channel)
{
    QStringList columns{u"external_id"_s, u"name"_s};
    if (channel == u"email"_s)
        columns << u"email"_s;
    else if (channel == u"sms"_s || channel == u"phone"_s)
        columns << u"phone"_s;
    else if (channel == u"direct_mail"_s)
        return columns << u"address"_s << u"postal_code"_s << u"city"_s << u"region"_s << u"country"_s << u"tier"_s
                       << u"lifecycle_stage"_s;
    else
        columns << u"email"_s << u"phone"_s;
    columns << u"city"_s << u"tier"_s << u"lifecycle_stage"_s;
    return columns;
}

QStringList CampaignExport::hashedColumns()
{
    return {u"member_token"_s, u"email_sha256"_s, u"phone_sha256"_s};
}

QString CampaignExport::hashEmail(const QString &email)
{
    return sha256Hex(email.trimmed().toLower());
}

QString CampaignExport::hashPhone(const QString &e164)
{
    return sha256Hex(e164.trimmed());
}

CampaignExportResult CampaignExport::run(SQLite::Database &db, const CampaignExportRequest &request,
                                         const Progress &progress, const std::atomic_bool *cancel)
{
    CampaignExportResult result;
    try {
        // An export that an earlier run left half done is finished (or undone) first.
        PendingExports::finishAll(db);
        const std::optional<Campaign> campaign = CampaignStore::find(db, request.campaignId);
        if (!campaign) {
            result.error = Text::tr("There is no campaign with id %1.").arg(request.campaignId);
            return result;
        }
        const bool withArms = !campaign->arms.isEmpty();
        if (!request.arm.isEmpty()
            && std::none_of(campaign->arms.cbegin(), campaign->arms.cend(),
                            [&](const CampaignArm &arm) { return arm.name == request.arm; })) {
            result.error = withArms ? Text::tr("Campaign '%1' has no arm '%2'.").arg(campaign->name, request.arm)
                                    : Text::tr("Campaign '%1' has no arms.").arg(campaign->name);
            return result;
        }
        ExportOptions options = request.options;
        options.format = request.format == CampaignListFormat::Xlsx ? ExportFormat::Xlsx : ExportFormat::Csv;
        TableExport out(request.path, options);
        if (request.format == CampaignListFormat::Hashed) {
            result = writeHashed(db, request, out, progress, cancel, campaign->treatment, withArms);
        } else {
            CustomerExportRequest list;
            list.options = options;
            list.columns = request.columns.isEmpty() ? defaultColumns(campaign->channel) : request.columns;
            list.columns.removeAll(u"member_token"_s); // always first, added by the export
            list.columns.removeAll(u"arm"_s);          // second in an A/B/n campaign's lists
            list.campaignTreatment = campaign->id;
            list.campaignArms = withArms;
            list.campaignArm = request.arm;
            const CustomerExportResult written = CustomerExport::write(db, list, out, progress, cancel);
            result.rows = written.rows;
            result.file = written.file;
            result.columns = written.columns;
            result.error = written.error;
            result.cancelled = written.cancelled;
        }
        if (!result.ok())
            return result;
        if (!request.logContacts) {
            result.error = out.commit();
            return result;
        }
        // The list is complete under its temporary name before anything is logged; the
        // contacts and the record of the file waiting to be put in place are one
        // transaction; the rename follows (see PendingExports).
        result.error = out.prepare();
        if (!result.error.isEmpty())
            return result;
        PendingExport pending;
        pending.campaignId = campaign->id;
        pending.tempPath = out.tempPath();
        pending.targetPath = out.filePath();
        pending.sha256 = out.sha256();
        {
            SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
            result.contactsLogged = logContacts(db, *campaign, request.arm, pending);
            PendingExports::record(db, pending);
            transaction.commit();
        }
        out.release(); // the temporary file is the pending export's now
        const PendingOutcome outcome = PendingExports::finish(db, pending);
        if (!outcome.published) {
            result.contactsLogged = 0;
            result.error = outcome.error.isEmpty() ? Text::tr("%1 could not be put in place; no contact was logged.")
                                                         .arg(QDir::toNativeSeparators(pending.targetPath))
                                                   : outcome.error;
        }
    } catch (const SQLite::Exception &e) {
        const int code = e.getErrorCode() & 0xff;
        result.contactsLogged = 0;
        result.error =
            Text::tr("Cannot export the campaign list: %1. No list was written and no contact was logged.")
                .arg(code == SQLITE_FULL ? Text::tr("the disk of the workspace is full") : QString::fromUtf8(e.what()));
    }
    return result;
}

CampaignExportResult CampaignExport::runInWorkspace(const QString &workspacePath, const CampaignExportRequest &request,
                                                    const Progress &progress, const std::atomic_bool *cancel)
{
    try {
        auto db = Workspace::openConnection(workspacePath, Workspace::Access::ReadWrite);
        return run(*db, request, progress, cancel);
    } catch (const SQLite::Exception &e) {
        CampaignExportResult failed;
        failed.error = Text::tr("Cannot open the workspace: %1").arg(QString::fromUtf8(e.what()));
        return failed;
    }
}

} // namespace mwb
