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

// "(CASE WHEN orders > 0 THEN 1 + (column >= ?a) + … + (column >= ?d) END)", the
// parameters numbered from `first`.
std::string scoreExpression(const char *column, int first)
{
    std::string sql = "(CASE WHEN orders > 0 THEN 1";
    for (int i = 0; i < 4; ++i)
        sql += std::string(" + (") + column + " >= ?" + std::to_string(first + i) + ")";
    return sql + " END)";
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
    case 5: return f >= 4 ? n[0] : f >= 2 ? n[2] : n[3];
    case 4: return f >= 4 ? n[1] : f >= 2 ? n[2] : n[4];
    case 3: return f >= 4 ? n[1] : f == 3 ? n[5] : n[6];
    case 2: return f == 5 ? n[8] : f >= 3 ? n[7] : n[9];
    default: return f == 5 ? n[8] : f >= 3 ? n[7] : f == 2 ? n[9] : n[10];
    }
}

void RfmScoring::addBuyer(qint64 lastPurchaseAt, qint64 orders, qint64 revenueMinor)
{
    m_recency.push_back(dayOfSeconds(lastPurchaseAt)); // recency in days: orders on one day rank equal
    m_frequency.push_back(orders);
    m_monetary.push_back(revenueMinor);
}

void RfmScoring::finish()
{
    for (auto *values : {&m_recency, &m_frequency, &m_monetary})
        std::sort(values->begin(), values->end());
    // Days are whole (floor) days since the epoch: day(t) >= d exactly when t >= d·86400.
    m_thresholds[0] = thresholds(m_recency);
    for (qint64 &day : m_thresholds[0]) {
        if (day != std::numeric_limits<qint64>::max())
            day *= kSecondsPerDay;
    }
    m_thresholds[1] = thresholds(m_frequency);
    m_thresholds[2] = thresholds(m_monetary);
    for (auto *values : {&m_recency, &m_frequency, &m_monetary})
        *values = {};
}

std::array<std::string, 4> RfmScoring::expressions(int first)
{
    // The scores written out where they are used (the segment's and the comparisons): the
    // segment of each (R, F) cell by the parameter holding its name.
    std::array<std::string, 4> e{scoreExpression("last_purchase_at", first),
                                 scoreExpression("orders", first + 4),
                                 scoreExpression("revenue_minor", first + 8),
                                 {}};
    const QStringList &names = RfmScores::segmentNames();
    e[3] = "(CASE " + e[0] + " * 10 + " + e[1];
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            e[3] += " WHEN " + std::to_string(r * 10 + f) + " THEN ?"
                + std::to_string(first + 12 + names.indexOf(RfmScores::segmentName(r, f)));
        }
    }
    e[3] += " END)";
    return e;
}

std::string RfmScoring::assignments(int first)
{
    const auto e = expressions(first);
    return "r_score = " + e[0] + ", f_score = " + e[1] + ", m_score = " + e[2] + ", rfm_segment = " + e[3];
}

std::string RfmScoring::differences(int first)
{
    const auto e = expressions(first);
    return "r_score IS NOT " + e[0] + " OR f_score IS NOT " + e[1] + " OR m_score IS NOT " + e[2]
        + " OR rfm_segment IS NOT " + e[3];
}

void RfmScoring::bind(SQLite::Statement &statement, int first) const
{
    for (std::size_t score = 0; score < 3; ++score) {
        for (std::size_t i = 0; i < 4; ++i)
            statement.bind(first + static_cast<int>(score * 4 + i), static_cast<int64_t>(m_thresholds[score][i]));
    }
    const QStringList &names = RfmScores::segmentNames();
    for (qsizetype i = 0; i < names.size(); ++i)
        statement.bind(first + 12 + static_cast<int>(i), names[i].toStdString());
}

std::array<int, 3> RfmScoring::score(qint64 lastPurchaseAt, qint64 orders, qint64 revenueMinor) const
{
    const std::array<qint64, 3> values{lastPurchaseAt, orders, revenueMinor};
    std::array<int, 3> scores{};
    for (std::size_t s = 0; s < 3; ++s) {
        scores[s] = 1;
        for (const qint64 threshold : m_thresholds[s])
            scores[s] += values[s] >= threshold ? 1 : 0;
    }
    return scores;
}

void RfmScores::recompute(SQLite::Database &db)
{
    // The buyers' values, sorted apart; then one statement scores every customer from the
    // thresholds and rewrites only the rows whose scores change.
    RfmScoring scoring;
    {
        SQLite::Statement query(
            db, "SELECT last_purchase_at, orders, revenue_minor FROM customer_metrics WHERE orders > 0");
        while (query.executeStep())
            scoring.addBuyer(query.getColumn(0).getInt64(), query.getColumn(1).getInt64(),
                             query.getColumn(2).getInt64());
    }
    scoring.finish();
    SQLite::Statement update(
        db, "UPDATE customer_metrics SET " + RfmScoring::assignments(1) + " WHERE " + RfmScoring::differences(1));
    scoring.bind(update, 1);
    update.exec();
    markScored(db);
}

void RfmScores::markScored(SQLite::Database &db)
{
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
    // One pass tallied here: a GROUP BY would sort every scored customer first (a million
    // rows take a second that way; the pass alone a fifth of it).
    RfmGrid grid;
    SQLite::Statement query(db,
                            "SELECT r_score, f_score, revenue_minor FROM customer_metrics "
                            "WHERE r_score BETWEEN 1 AND 5 AND f_score BETWEEN 1 AND 5");
    while (query.executeStep()) {
        const auto r = static_cast<std::size_t>(query.getColumn(0).getInt() - 1);
        const auto f = static_cast<std::size_t>(query.getColumn(1).getInt() - 1);
        ++grid.customers[r][f];
        grid.revenueMinor[r][f] += query.getColumn(2).getInt64();
        ++grid.scored;
    }
    return grid;
}

} // namespace mwb
