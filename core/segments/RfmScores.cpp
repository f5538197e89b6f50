#include "RfmScores.h"

#include "lifecycle/Lifecycle.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// The named segments, in the order of the table in RfmScores.h: stored as written, shown
// translated in context "mwb::RfmScores".
constexpr const char *kSegmentNames[] = {
    QT_TRANSLATE_NOOP("mwb::RfmScores", "Champions"),
    QT_TRANSLATE_NOOP("mwb::RfmScores", "Loyal"),
    QT_TRANSLATE_NOOP("mwb::RfmScores", "Potential loyalist"),
    QT_TRANSLATE_NOOP("mwb::RfmScores", "New"),
    QT_TRANSLATE_NOOP("mwb::RfmScores", "Promising"),
    QT_TRANSLATE_NOOP("mwb::RfmScores", "Need attention"),
    QT_TRANSLATE_NOOP("mwb::RfmScores", "About to sleep"),
    QT_TRANSLATE_NOOP("mwb::RfmScores", "At risk"),
    QT_TRANSLATE_NOOP("mwb::RfmScores", "Can't lose them"),
    QT_TRANSLATE_NOOP("mwb::RfmScores", "Hibernating"),
    QT_TRANSLATE_NOOP("mwb::RfmScores", "Lost"),
};

struct Buyer
{
    qint64 id;
    qint64 lastPurchaseDay; // recency is counted in days: orders on one day rank equal
    qint64 orders;
    qint64 revenueMinor;
    std::optional<int> r, f, m;
    QString segment;
};

// 1 + ⌊5·k/n⌋ where k values are strictly below `value` in the ascending `sorted`.
int quintile(const std::vector<qint64> &sorted, qint64 value)
{
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin();
    return 1 + static_cast<int>((5 * static_cast<qint64>(below)) / static_cast<qint64>(sorted.size()));
}

std::vector<qint64> sortedValues(const std::vector<Buyer> &buyers, qint64 Buyer::*member)
{
    std::vector<qint64> values;
    values.reserve(buyers.size());
    for (const Buyer &buyer : buyers)
        values.push_back(buyer.*member);
    std::sort(values.begin(), values.end());
    return values;
}

std::optional<int> optionalInt(const SQLite::Column &column)
{
    if (column.isNull())
        return std::nullopt;
    return column.getInt();
}

} // namespace

const QStringList &RfmScores::segmentNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const char *name : kSegmentNames)
            list.append(QString::fromLatin1(name));
        return list;
    }();
    return names;
}

QString rfmSegmentDisplayName(const QString &segment, bool *known)
{
    for (const char *name : kSegmentNames) {
        if (segment.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0) {
            if (known)
                *known = true;
            return QCoreApplication::translate("mwb::RfmScores", name);
        }
    }
    if (known)
        *known = false;
    return segment;
}

QString RfmScores::segmentName(int r, int f)
{
    const QStringList &n = segmentNames();
    switch (r) {
    case 5:
        return f >= 4 ? n[0] : f >= 2 ? n[2] : n[3];
    case 4:
        return f >= 4 ? n[1] : f >= 2 ? n[2] : n[4];
    case 3:
        return f >= 4 ? n[1] : f == 3 ? n[5] : n[6];
    case 2:
        return f == 5 ? n[8] : f >= 3 ? n[7] : n[9];
    default:
        return f == 5 ? n[8] : f >= 3 ? n[7] : f == 2 ? n[9] : n[10];
    }
}

void RfmScores::recompute(SQLite::Database &db)
{
    std::vector<Buyer> buyers;
    {
        SQLite::Statement query(db, "SELECT customer_id, last_purchase_at, orders, revenue_minor, r_score, f_score, "
                                    "m_score, rfm_segment FROM customer_metrics WHERE orders > 0");
        while (query.executeStep()) {
            buyers.push_back({query.getColumn(0).getInt64(), dayOfSeconds(query.getColumn(1).getInt64()),
                              query.getColumn(2).getInt64(), query.getColumn(3).getInt64(),
                              optionalInt(query.getColumn(4)), optionalInt(query.getColumn(5)),
                              optionalInt(query.getColumn(6)), QString::fromStdString(query.getColumn(7).getString())});
        }
    }
    db.exec("UPDATE customer_metrics SET r_score = NULL, f_score = NULL, m_score = NULL, rfm_segment = NULL "
            "WHERE orders = 0 AND (r_score IS NOT NULL OR f_score IS NOT NULL OR m_score IS NOT NULL "
            "OR rfm_segment IS NOT NULL)");
    if (!buyers.empty()) {
        const auto recency = sortedValues(buyers, &Buyer::lastPurchaseDay);
        const auto frequency = sortedValues(buyers, &Buyer::orders);
        const auto monetary = sortedValues(buyers, &Buyer::revenueMinor);
        SQLite::Statement update(db, "UPDATE customer_metrics SET r_score = ?1, f_score = ?2, m_score = ?3, "
                                     "rfm_segment = ?4 WHERE customer_id = ?5");
        for (const Buyer &buyer : buyers) {
            const int r = quintile(recency, buyer.lastPurchaseDay);
            const int f = quintile(frequency, buyer.orders);
            const int m = quintile(monetary, buyer.revenueMinor);
            const QString segment = segmentName(r, f);
            if (buyer.r == r && buyer.f == f && buyer.m == m && buyer.segment == segment)
                continue;
            update.bind(1, r);
            update.bind(2, f);
            update.bind(3, m);
            update.bind(4, segment.toStdString());
            update.bind(5, static_cast<int64_t>(buyer.id));
            update.exec();
            update.reset();
        }
    }
    writeSetting(db, WorkspaceSetting::RfmScored, u"1"_s);
}

bool RfmScores::ensureCurrent(SQLite::Database &db)
{
    if (readSetting(db, WorkspaceSetting::RfmScored))
        return false;
    SQLite::Transaction transaction(db);
    recompute(db);
    transaction.commit();
    return true;
}

RfmGrid RfmScores::grid(SQLite::Database &db)
{
    RfmGrid grid;
    SQLite::Statement query(db, "SELECT r_score, f_score, count(*), sum(revenue_minor) FROM customer_metrics "
                                "WHERE r_score BETWEEN 1 AND 5 AND f_score BETWEEN 1 AND 5 GROUP BY r_score, f_score");
    while (query.executeStep()) {
        const auto r = static_cast<std::size_t>(query.getColumn(0).getInt() - 1);
        const auto f = static_cast<std::size_t>(query.getColumn(1).getInt() - 1);
        grid.customers[r][f] = query.getColumn(2).getInt64();
        grid.revenueMinor[r][f] = query.getColumn(3).getInt64();
        grid.scored += grid.customers[r][f];
    }
    return grid;
}

} // namespace mwb
