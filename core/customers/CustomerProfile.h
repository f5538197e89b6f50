// CustomerProfile: everything the workspace knows about one customer (identities,
// attributes, tags, figures, campaigns) and their journey: one timeline of every
// touchpoint, order, refund and campaign contact, oldest first. Tags are edited here.
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

struct CustomerIdentity
{
    QString kind;  // external_id, email, phone
    QString value; // normalised
};

struct CampaignOutcome
{
    qint64 campaignId = 0;
    QString name;
    QString channel;
    QString group; // treatment, control
    QDate sendDate;
    QStringList results; // statuses received: sent, delivered, opened, clicked, unsubscribed, converted, bounced
    bool convertedInWindow = false; // an order in the attribution window, or a converted result
};

struct CustomerProfileData
{
    qint64 id = 0;
    QString externalId, name, email, phone, city, region, country, gender, tier, sourceChannel;
    QString address, postalCode; // the postal address (street lines, postcode)
    QDate signupDate;
    QDate birthDate;
    QList<CustomerIdentity> identities;
    QList<QPair<QString, QString>> attributes; // custom columns of imports, by name
    QStringList tags;
    qint64 orders = 0;
    qint64 revenueMinor = 0;
    std::optional<double> averageOrderValueMinor;
    QDate firstPurchase;
    QDate lastPurchase;
    std::optional<int> recencyDays; // days from the last order to the workspace's reference day
    std::optional<int> rScore, fScore, mScore;
    QString rfmSegment;
    QString stage; // lifecycle stage name, empty when unknown
    QDate stageSince;
    std::optional<qint64> predictedClvMinor;
    std::optional<int> nps; // the latest answer
    qint64 events = 0;
    // The member programme (membership/PointsLedger.h, Referrals.h): the points balance on the
    // reference day, what of it expires within the notice period and when the oldest points
    // expire; the customers they referred.
    std::optional<qint64> pointsBalance;
    std::optional<qint64> pointsExpiring;
    QDate pointsExpireOn;
    qint64 referralsMade = 0;
    QList<CampaignOutcome> campaigns; // newest first
    QString error;                    // no such customer
    bool ok() const { return error.isEmpty(); }
};

enum class TimelineKind {
    Touchpoint,
    CampaignContact,
    Order,
    Refund
};

struct TimelineItem
{
    qint64 at = 0; // UTC epoch seconds
    TimelineKind kind = TimelineKind::Touchpoint;
    QString type;    // event type (web_visit, campaign_opened…); "order" / "refund" for orders
    QString channel; // may be empty
    qint64 campaignId = 0;
    QString campaignName;
    std::optional<double> value; // an event's value (NPS score, result revenue)
    QString detail;
    qint64 amountMinor = 0; // orders and refunds
    QString orderRef;
    QString product; // an order's first line's product
    std::optional<qint64> quantity;
    int lines = 0; // an order's lines
};

class CustomerProfile
{
public:
    static CustomerProfileData load(SQLite::Database &db, qint64 customerId);
    // Every event and order of the customer, oldest first (equal times: orders after events).
    static QList<TimelineItem> timeline(SQLite::Database &db, qint64 customerId);
    // Each returns an error message or an empty string; tags are trimmed, case kept.
    static QString addTag(SQLite::Database &db, qint64 customerId, const QString &tag);
    static QString removeTag(SQLite::Database &db, qint64 customerId, const QString &tag);
};

} // namespace mwb
