// SegmentQuery::vocabulary: what the builder's pickers offer for a workspace.
#include "SegmentColumns.h"
#include "SegmentQuery.h"

#include "EventSet.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Statement.h>

#include <QHash>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Values most frequent first. `sql` is one of the fixed queries below.
QStringList column(SQLite::Database &db, const std::string &sql)
{
    SQLite::Statement query(db, sql);
    QStringList values;
    while (query.executeStep())
        values.append(QString::fromStdString(query.getColumn(0).getString()));
    return values;
}

void appendMissing(QStringList &values, std::initializer_list<const char *> vocabulary)
{
    for (const char *word : vocabulary) {
        const QString text = QString::fromLatin1(word);
        if (!values.contains(text, Qt::CaseInsensitive))
            values.append(text);
    }
}

// How often each word appears, most often first (ties by the word).
QStringList byCount(const QHash<QString, qint64> &counts)
{
    QList<std::pair<qint64, QString>> ranked;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ranked.append({-it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end());
    QStringList words;
    for (const auto &[count, word] : std::as_const(ranked))
        words.append(word);
    return words;
}

// The event types ranked by their events in the last 30 days of the workspace's touchpoints
// (at most kSample of each type counted), and the channels of those events and of the
// newest orders: each type's newest rows of events_type, which holds the channel.
void recentEventWords(SQLite::Database &db, SegmentVocabulary &vocabulary)
{
    constexpr qint64 kWindow = 30 * 86400;
    constexpr qint64 kSample = 50000;
    const std::vector<std::string> types = eventTypes(db);
    std::optional<qint64> newest;
    for (const std::string &type : types) {
        if (const auto last = eventTypeBoundary(db, type, true))
            newest = std::max(newest.value_or(*last), *last);
    }
    QHash<QString, qint64> typeCounts, channelCounts;
    SQLite::Statement recent(db,
                             "SELECT coalesce(channel, '') FROM events INDEXED BY events_type "
                             "WHERE type = ?1 COLLATE NOCASE AND occurred_at >= ?2 "
                             "ORDER BY occurred_at DESC LIMIT ?3");
    for (const std::string &type : types) {
        recent.bind(1, type);
        recent.bind(2, static_cast<int64_t>(newest.value_or(0) - kWindow));
        recent.bind(3, static_cast<int64_t>(kSample));
        qint64 &count = typeCounts[QString::fromStdString(type)];
        while (recent.executeStep()) {
            ++count;
            const std::string channel = recent.getColumn(0).getString();
            if (!channel.empty())
                ++channelCounts[QString::fromStdString(channel)];
        }
        recent.reset();
    }
    SQLite::Statement orders(db,
                             "SELECT channel FROM (SELECT channel FROM transactions ORDER BY id DESC LIMIT 100000) "
                             "WHERE channel <> ''");
    while (orders.executeStep())
        ++channelCounts[QString::fromStdString(orders.getColumn(0).getString())];
    vocabulary.eventTypes = byCount(typeCounts);
    vocabulary.channels = byCount(channelCounts);
}

} // namespace

SegmentVocabulary SegmentQuery::vocabulary(SQLite::Database &db)
{
    SegmentVocabulary vocabulary;
    for (const SegmentField &field : SegmentFields::all()) {
        if (field.type != SegmentFieldType::Choice)
            continue;
        if (!field.choices.isEmpty()) {
            vocabulary.choices.insert(field.name, field.choices);
            continue;
        }
        if (field.name == u"favourite_category"_s) { // the categories of the catalogue
            vocabulary.choices.insert(field.name,
                                      column(db,
                                             "SELECT category FROM products WHERE category <> '' "
                                             "GROUP BY category ORDER BY count(*) DESC, category LIMIT 200"));
            continue;
        }
        // A fixed column of customers (the tier: the rules' before the imported one).
        const std::string col = segmentColumn(field.name).sql;
        const std::string from = col.find("m.") == std::string::npos
            ? " FROM customers c"
            : " FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id";
        vocabulary.choices.insert(field.name,
                                  column(db,
                                         "SELECT " + col + from + " WHERE " + col + " <> '' GROUP BY " + col
                                             + " ORDER BY count(*) DESC, " + col + " LIMIT 200"));
    }
    // Every event type there is (one seek each), the most used lately first; the channels of
    // those events and of the newest orders. A full scan of tens of millions of rows would
    // keep the builder waiting for its lists.
    recentEventWords(db, vocabulary);
    appendMissing(vocabulary.eventTypes,
                  {"web_visit", "email_open", "email_click", "sms_click", "wechat_message", "app_open", "register",
                   "coupon_redeem", "inquiry", "referral", "nps", "campaign_sent", "campaign_delivered",
                   "campaign_bounced", "campaign_opened", "campaign_clicked", "campaign_unsubscribed",
                   "campaign_converted"});
    appendMissing(vocabulary.channels,
                  {"web", "email", "sms", "wechat", "app", "store", "ads", "phone", "direct_mail"});
    vocabulary.tags = column(db, "SELECT tag FROM customer_tags GROUP BY tag ORDER BY count(*) DESC, tag LIMIT 500");
    SQLite::Statement campaigns(db, "SELECT id, name FROM campaigns ORDER BY id");
    while (campaigns.executeStep())
        vocabulary.campaigns.append(
            {campaigns.getColumn(0).getInt64(), QString::fromStdString(campaigns.getColumn(1).getString())});
    SQLite::Statement products(db,
                               "SELECT p.code, coalesce(p.name, p.code) FROM products p ORDER BY "
                               "(SELECT count(*) FROM order_lines l WHERE l.product_id = p.id) DESC, p.code "
                               "LIMIT ?1");
    products.bind(1, SegmentVocabulary::kVocabularyProducts);
    while (products.executeStep())
        vocabulary.products.append({QString::fromStdString(products.getColumn(0).getString()),
                                    QString::fromStdString(products.getColumn(1).getString())});
    vocabulary.categories = column(db,
                                   "SELECT category FROM products WHERE category <> '' GROUP BY category "
                                   "ORDER BY count(*) DESC, category LIMIT 1000");
    vocabulary.brands = column(db,
                               "SELECT brand FROM products WHERE brand <> '' GROUP BY brand "
                               "ORDER BY count(*) DESC, brand LIMIT 1000");
    vocabulary.currency = readSetting(db, WorkspaceSetting::Currency).value_or(defaultCurrency());
    return vocabulary;
}

} // namespace mwb
