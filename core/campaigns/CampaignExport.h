// CampaignExport: the target list of a campaign (its treatment group; the control group
// is never contacted) for the e-mail, SMS or ads tool. CSV or XLSX with the columns the
// analyst picks, always led by member_token so results come back exactly; or a hashed
// audience for ads platforms' customer-match uploads: SHA-256 (hex) of the trimmed,
// lower-cased e-mail and of the E.164 phone, never the clear text. Written through
// TableExport (temporary file renamed when complete, formula cells neutralised).
//
// An A/B/n campaign's lists carry each member's arm; one arm's list can be written on its
// own (the GUI writes one file per arm), and only its members are logged as contacted.
//
// A completed export is logged: each member gets one `campaign_sent` event on the
// campaign's channel at its send date (once, however often the list is exported), and
// its export time; stages and metrics of those customers are brought up to date.
#pragma once

#include "export/ExportOptions.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace SQLite {
class Database;
}

namespace mwb {

enum class CampaignListFormat {
    Csv,
    Xlsx,
    Hashed
};

struct CampaignExportRequest
{
    qint64 campaignId = 0;
    QString path;
    CampaignListFormat format = CampaignListFormat::Csv;
    ExportOptions options;   // delimiter and BOM for CSV and hashed lists
    QStringList columns;     // customer columns after member_token; empty: defaultColumns(channel)
    bool logContacts = true; // record the campaign_sent events (off: a preview file only)
    // An A/B/n campaign: not empty, only this arm's members (and only their contacts logged);
    // every list of such a campaign carries an `arm` column after member_token.
    QString arm;
};

struct CampaignExportResult
{
    qint64 rows = 0;
    qint64 contactsLogged = 0; // members who got their campaign_sent event with this export
    QString file;
    QStringList columns;
    QString error;
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

class CampaignExport
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // "csv", "xlsx", "hashed"
    static std::optional<CampaignListFormat> formatFromName(const QString &name);
    static QString formatName(CampaignListFormat format);
    // What a list for this channel carries by default (after member_token).
    static QStringList defaultColumns(const QString &channel);
    // The columns of a hashed list.
    static QStringList hashedColumns();
    // SHA-256, lower-case hex, of an e-mail trimmed and lower-cased / of an E.164 phone.
    static QString hashEmail(const QString &email);
    static QString hashPhone(const QString &e164);

    static CampaignExportResult run(SQLite::Database &db, const CampaignExportRequest &request,
                                    const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    // For a worker thread: its own read-write connection.
    static CampaignExportResult runInWorkspace(const QString &workspacePath, const CampaignExportRequest &request,
                                               const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
};

} // namespace mwb
