#include "CustomerProfile.h"

#include "lifecycle/Lifecycle.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::CustomerProfile" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::CustomerProfile)
};

constexpr qint64 kDay = 86400;

QDate dayOf(qint64 seconds)
{
    return QDate(1970, 1, 1).addDays(seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay));
}

QString text(SQLite::Statement &q, int column)
{
    return QString::fromUtf8(q.getColumn(column).getText());
}

std::optional<int> optionalInt(SQLite::Statement &q, int column)
{
    return q.getColumn(column).isNull() ? std::nullopt : std::optional<int>(q.getColumn(column).getInt());
}

} // namespace

CustomerProfileData CustomerProfile::load(SQLite::Database &db, qint64 customerId)
{
    CustomerProfileData p;
    try {
        SQLite::Statement q(
            db,
            "SELECT c.id, c.external_id, c.name, c.email, c.phone, c.city, c.region, c.country, "
            "c.gender, coalesce(m.tier, c.tier), c.source_channel, c.signup_at, c.birth_date, c.attributes, "
            "m.orders, m.revenue_minor, m.first_purchase_at, m.last_purchase_at, m.r_score, "
            "m.f_score, m.m_score, m.rfm_segment, m.lifecycle_stage, m.stage_since, "
            "m.predicted_clv_minor, m.nps, m.events, c.address, c.postal_code, "
            "m.points_balance, m.points_expiring, m.points_expire_at, "
            "(SELECT count(*) FROM referrals r WHERE r.referrer_id = c.id) "
            "FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id WHERE c.id = ?1");
        q.bind(1, static_cast<int64_t>(customerId));
        if (!q.executeStep()) {
            p.error = Text::tr("There is no customer with id %1.").arg(customerId);
            return p;
        }
        p.id = customerId;
        p.externalId = text(q, 1);
        p.name = text(q, 2);
        p.email = text(q, 3);
        p.phone = text(q, 4);
        p.city = text(q, 5);
        p.region = text(q, 6);
        p.country = text(q, 7);
        p.gender = text(q, 8);
        p.tier = text(q, 9);
        p.sourceChannel = text(q, 10);
        if (!q.getColumn(11).isNull())
            p.signupDate = dayOf(q.getColumn(11).getInt64());
        if (!q.getColumn(12).isNull())
            p.birthDate = dayOf(q.getColumn(12).getInt64());
        const QJsonObject attributes = QJsonDocument::fromJson(QByteArray(q.getColumn(13).getText())).object();
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            p.attributes.append({it.key(), it.value().toVariant().toString()});
        p.orders = q.getColumn(14).getInt64();
        p.revenueMinor = q.getColumn(15).getInt64();
        if (p.orders > 0)
            p.averageOrderValueMinor = static_cast<double>(p.revenueMinor) / static_cast<double>(p.orders);
        if (!q.getColumn(16).isNull())
            p.firstPurchase = dayOf(q.getColumn(16).getInt64());
        if (!q.getColumn(17).isNull()) {
            p.lastPurchase = dayOf(q.getColumn(17).getInt64());
            p.recencyDays = static_cast<int>(p.lastPurchase.daysTo(Lifecycle::referenceDate(db)));
        }
        p.rScore = optionalInt(q, 18);
        p.fScore = optionalInt(q, 19);
        p.mScore = optionalInt(q, 20);
        p.rfmSegment = text(q, 21);
        p.stage = text(q, 22);
        if (!q.getColumn(23).isNull())
            p.stageSince = dayOf(q.getColumn(23).getInt64());
        if (!q.getColumn(24).isNull())
            p.predictedClvMinor = q.getColumn(24).getInt64();
        p.nps = optionalInt(q, 25);
        p.events = q.getColumn(26).getInt64();
        p.address = text(q, 27);
        p.postalCode = text(q, 28);
        if (!q.getColumn(29).isNull())
            p.pointsBalance = q.getColumn(29).getInt64();
        if (!q.getColumn(30).isNull())
            p.pointsExpiring = q.getColumn(30).getInt64();
        if (!q.getColumn(31).isNull())
            p.pointsExpireOn = dayOf(q.getColumn(31).getInt64());
        p.referralsMade = q.getColumn(32).getInt64();

        SQLite::Statement identities(db,
                                     "SELECT kind, value FROM identities WHERE customer_id = ?1 ORDER BY kind, value");
        identities.bind(1, static_cast<int64_t>(customerId));
        while (identities.executeStep())
            p.identities.append({text(identities, 0), text(identities, 1)});
        SQLite::Statement tags(db, "SELECT tag FROM customer_tags WHERE customer_id = ?1 ORDER BY tag");
        tags.bind(1, static_cast<int64_t>(customerId));
        while (tags.executeStep())
            p.tags.append(text(tags, 0));

        // Campaigns: membership, the results received and a conversion in the window.
        SQLite::Statement campaigns(
            db,
            "SELECT k.id, k.name, coalesce(k.channel, ''), cm.grp, coalesce(k.sent_at, k.created_at), "
            "k.attribution_days, "
            "(SELECT group_concat(substr(type, 10), ',') FROM (SELECT DISTINCT e.type FROM events e "
            " WHERE e.customer_id = cm.customer_id AND e.campaign_id = k.id AND e.type LIKE 'campaign\\_%' ESCAPE '\\' "
            " ORDER BY e.type)), "
            "EXISTS (SELECT 1 FROM transactions t WHERE t.customer_id = cm.customer_id AND t.amount_minor > 0 "
            " AND t.ordered_at >= coalesce(k.sent_at, k.created_at) "
            " AND t.ordered_at < coalesce(k.sent_at, k.created_at) + k.attribution_days * 86400) "
            "OR EXISTS (SELECT 1 FROM events e WHERE e.customer_id = cm.customer_id AND e.campaign_id = k.id "
            " AND e.type = 'campaign_converted') "
            "FROM campaign_members cm JOIN campaigns k ON k.id = cm.campaign_id WHERE cm.customer_id = ?1 "
            "ORDER BY coalesce(k.sent_at, k.created_at) DESC, k.id DESC");
        campaigns.bind(1, static_cast<int64_t>(customerId));
        while (campaigns.executeStep()) {
            CampaignOutcome o;
            o.campaignId = campaigns.getColumn(0).getInt64();
            o.name = text(campaigns, 1);
            o.channel = text(campaigns, 2);
            o.group = text(campaigns, 3);
            o.sendDate = dayOf(campaigns.getColumn(4).getInt64());
            const QString results = text(campaigns, 6);
            if (!results.isEmpty())
                o.results = results.split(u',');
            o.convertedInWindow = campaigns.getColumn(7).getInt() != 0;
            p.campaigns.append(o);
        }
    } catch (const SQLite::Exception &e) {
        p.error = Text::tr("Cannot read the customer: %1").arg(QString::fromUtf8(e.what()));
    }
    return p;
}

QList<TimelineItem> CustomerProfile::timeline(SQLite::Database &db, qint64 customerId)
{
    QList<TimelineItem> items;
    std::map<qint64, QString> campaignNames;
    {
        SQLite::Statement names(db, "SELECT id, name FROM campaigns");
        while (names.executeStep())
            campaignNames.emplace(names.getColumn(0).getInt64(), text(names, 1));
    }
    SQLite::Statement events(db,
                             "SELECT occurred_at, type, coalesce(channel, ''), coalesce(campaign_id, 0), value, "
                             "coalesce(detail, '') FROM events WHERE customer_id = ?1 ORDER BY occurred_at, id");
    events.bind(1, static_cast<int64_t>(customerId));
    while (events.executeStep()) {
        TimelineItem item;
        item.at = events.getColumn(0).getInt64();
        item.type = text(events, 1);
        item.kind = item.type.startsWith(u"campaign_"_s) ? TimelineKind::CampaignContact : TimelineKind::Touchpoint;
        item.channel = text(events, 2);
        item.campaignId = events.getColumn(3).getInt64();
        if (item.campaignId > 0) {
            const auto it = campaignNames.find(item.campaignId);
            if (it != campaignNames.end())
                item.campaignName = it->second;
        }
        if (!events.getColumn(4).isNull())
            item.value = events.getColumn(4).getDouble();
        item.detail = text(events, 5);
        items.append(item);
    }
    SQLite::Statement orders(
        db,
        "SELECT t.ordered_at, t.amount_minor, t.order_ref, coalesce(t.channel, ''), "
        "(SELECT coalesce(p.name, p.code) FROM order_lines l JOIN products p ON p.id = l.product_id "
        "WHERE l.order_id = t.id ORDER BY l.line_no LIMIT 1), t.quantity, "
        "(SELECT count(*) FROM order_lines l WHERE l.order_id = t.id) "
        "FROM transactions t WHERE t.customer_id = ?1 ORDER BY t.ordered_at, t.id");
    orders.bind(1, static_cast<int64_t>(customerId));
    QList<TimelineItem> purchases;
    while (orders.executeStep()) {
        TimelineItem item;
        item.at = orders.getColumn(0).getInt64();
        item.amountMinor = orders.getColumn(1).getInt64();
        item.kind = item.amountMinor < 0 ? TimelineKind::Refund : TimelineKind::Order;
        item.type = item.amountMinor < 0 ? u"refund"_s : u"order"_s;
        item.orderRef = text(orders, 2);
        item.channel = text(orders, 3);
        item.product = text(orders, 4);
        if (!orders.getColumn(5).isNull())
            item.quantity = orders.getColumn(5).getInt64();
        item.lines = orders.getColumn(6).getInt();
        purchases.append(item);
    }
    // Merge the two time-ordered lists; at the same second, events come first.
    QList<TimelineItem> merged;
    merged.reserve(items.size() + purchases.size());
    std::merge(items.cbegin(), items.cend(), purchases.cbegin(), purchases.cend(), std::back_inserter(merged),
               [](const TimelineItem &a, const TimelineItem &b) { return a.at < b.at; });
    return merged;
}

QString CustomerProfile::addTag(SQLite::Database &db, qint64 customerId, const QString &tag)
{
    const QString t = tag.trimmed();
    if (t.isEmpty())
        return Text::tr("A tag cannot be empty.");
    try {
        SQLite::Statement exists(db, "SELECT 1 FROM customers WHERE id = ?1");
        exists.bind(1, static_cast<int64_t>(customerId));
        if (!exists.executeStep())
            return Text::tr("There is no customer with id %1.").arg(customerId);
        SQLite::Statement insert(db,
                                 "INSERT INTO customer_tags(customer_id, tag) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
        insert.bind(1, static_cast<int64_t>(customerId));
        insert.bind(2, t.toStdString());
        insert.exec();
    } catch (const SQLite::Exception &e) {
        return Text::tr("Cannot tag the customer: %1").arg(QString::fromUtf8(e.what()));
    }
    return {};
}

QString CustomerProfile::removeTag(SQLite::Database &db, qint64 customerId, const QString &tag)
{
    try {
        SQLite::Statement remove(db, "DELETE FROM customer_tags WHERE customer_id = ?1 AND tag = ?2");
        remove.bind(1, static_cast<int64_t>(customerId));
        remove.bind(2, tag.trimmed().toStdString());
        if (remove.exec() == 0)
            return Text::tr("The customer has no tag '%1'.").arg(tag.trimmed());
    } catch (const SQLite::Exception &e) {
        return Text::tr("Cannot remove the tag: %1").arg(QString::fromUtf8(e.what()));
    }
    return {};
}

} // namespace mwb
