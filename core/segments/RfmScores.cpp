#include "RfmScores.h"

#include "lifecycle/Lifecycle.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

constexpr qint64 kSecondsPerDay = 86400;

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

// The score of a value is 1 + ⌊5·k/n⌋ where k of the n `sorted` values are strictly below
// it. Scores only rise with the value, so each score from 2 to 5 has a threshold: the
// least value of the data that reaches it. A value's score is 1 + the thresholds it reaches.
// A score no value reaches gets a threshold above every value.
std::array<qint64, 4> thresholds(const std::vector<qint64> &sorted)
{
    std::array<qint64, 4> t;
    t.fill(std::numeric_limits<qint64>::max());
    const auto n = static_cast<qint64>(sorted.size());
    for (int score = 2; score <= 5; ++score) {
        // The least k with 5·k >= (score - 1)·n; the value there reaches the score if k
        // values are below it, else the next greater value does (it has more below).
        const qint64 k = ((score - 1) * n + 4) / 5;
        if (k >= n)
            continue;
        const qint64 value = sorted[static_cast<std::size_t>(k)];
        const auto first = std::lower_bound(sorted.begin(), sorted.end(), value);
        if (first - sorted.begin() == k) {
            t[static_cast<std::size_t>(score - 2)] = value;
        } else if (const auto next = std::upper_bound(sorted.begin(), sorted.end(), value); next != sorted.end()) {
            t[static_cast<std::size_t>(score - 2)] = *next;
        }
    }
    return t;
}

// "1 + (column >= ?a) + … + (column >= ?d)" with the parameters from `first`.
std::string scoreExpression(const char *column, int first)
{
    std::string sql = "1";
    for (int i = 0; i < 4; ++i)
        sql += std::string(" + (") + column + " >= ?" + std::to_string(first + i) + ")";
    return sql;
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
    // The buyers' values, sorted apart; then one statement scores every buyer from the
    // thresholds and rewrites only the rows whose scores change.
    std::vector<qint64> recency, frequency, monetary;
    {
        SQLite::Statement query(db, "SELECT last_purchase_at, orders, revenue_minor FROM customer_metrics WHERE orders > 0");
        while (query.executeStep()) {
            // Recency is counted in days: orders on one day rank equal.
            recency.push_back(dayOfSeconds(query.getColumn(0).getInt64()));
            frequency.push_back(query.getColumn(1).getInt64());
            monetary.push_back(query.getColumn(2).getInt64());
        }
    }
    db.exec("UPDATE customer_metrics SET r_score = NULL, f_score = NULL, m_score = NULL, rfm_segment = NULL "
            "WHERE orders = 0 AND (r_score IS NOT NULL OR f_score IS NOT NULL OR m_score IS NOT NULL "
            "OR rfm_segment IS NOT NULL)");
    if (!recency.empty()) {
        for (auto *values : {&recency, &frequency, &monetary})
            std::sort(values->begin(), values->end());
        // Days are whole (floor) days since the epoch: day(t) >= d exactly when t >= d·86400.
        std::array<qint64, 4> r = thresholds(recency);
        for (qint64 &day : r) {
            if (day != std::numeric_limits<qint64>::max())
                day *= kSecondsPerDay;
        }
        const std::array<qint64, 4> f = thresholds(frequency);
        const std::array<qint64, 4> m = thresholds(monetary);
        // One statement, the scores written out where they are used (a join of the table
        // with itself would seek every row again): the segment of each (R, F) cell by the
        // parameter holding its name.
        const std::string rScore = "(" + scoreExpression("last_purchase_at", 1) + ")";
        const std::string fScore = "(" + scoreExpression("orders", 5) + ")";
        const std::string mScore = "(" + scoreExpression("revenue_minor", 9) + ")";
        const QStringList &names = segmentNames();
        constexpr int kFirstName = 13;
        std::string segment = "(CASE " + rScore + " * 10 + " + fScore;
        for (int rs = 1; rs <= 5; ++rs) {
            for (int fs = 1; fs <= 5; ++fs) {
                segment += " WHEN " + std::to_string(rs * 10 + fs) + " THEN ?"
                           + std::to_string(kFirstName + names.indexOf(segmentName(rs, fs)));
            }
        }
        segment += " END)";
        SQLite::Statement update(db, "UPDATE customer_metrics SET r_score = " + rScore + ", f_score = " + fScore
                                         + ", m_score = " + mScore + ", rfm_segment = " + segment
                                         + " WHERE orders > 0 AND (r_score IS NOT " + rScore + " OR f_score IS NOT "
                                         + fScore + " OR m_score IS NOT " + mScore + " OR rfm_segment IS NOT " + segment
                                         + ")");
        for (int i = 0; i < 4; ++i) {
            update.bind(1 + i, static_cast<int64_t>(r[static_cast<std::size_t>(i)]));
            update.bind(5 + i, static_cast<int64_t>(f[static_cast<std::size_t>(i)]));
            update.bind(9 + i, static_cast<int64_t>(m[static_cast<std::size_t>(i)]));
        }
        for (qsizetype i = 0; i < names.size(); ++i)
            update.bind(kFirstName + static_cast<int>(i), names[i].toStdString());
        update.exec();
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
