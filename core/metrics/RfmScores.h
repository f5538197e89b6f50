// RfmScores: recency, frequency and monetary quintile scores (1-5, 5 best) of every
// customer who has bought, and the named RFM segment of each (Champions … Lost) from the
// R and F scores. Customers with equal values get equal scores: a score is 1 + ⌊5·k/n⌋
// where k customers have a strictly worse value, of the n who bought.
//
// Named segments (R = recency score, F = frequency score):
//   Champions          R 5,   F 4-5      Loyal               R 3-4, F 4-5
//   Potential loyalist R 4-5, F 2-3      New                 R 5,   F 1
//   Promising          R 4,   F 1        Need attention      R 3,   F 3
//   About to sleep     R 3,   F 1-2      At risk             R 1-2, F 3-4
//   Can't lose them    R 1-2, F 5        Hibernating         R 2, F 1-2 and R 1, F 2
//   Lost               R 1,   F 1
#pragma once

#include <SQLiteCpp/Database.h>

#include <QString>
#include <QStringList>

#include <array>
#include <string>
#include <vector>

namespace SQLite {
class Statement;
}

namespace mwb {

struct RfmGrid
{
    // [r - 1][f - 1]: customers with those scores and their revenue (minor units).
    std::array<std::array<qint64, 5>, 5> customers{};
    std::array<std::array<qint64, 5>, 5> revenueMinor{};
    qint64 scored = 0; // customers with scores (who bought)
};

// The scores of every customer in one statement: the buyers' values go in, their quintile
// thresholds come out as the parameters of SQL expressions over a customer_metrics row
// (NULL scores for a customer who never bought). Parameters ?first … ?first + 22.
class RfmScoring
{
public:
    void addBuyer(qint64 lastPurchaseAt, qint64 orders, qint64 revenueMinor);
    void finish(); // after the last buyer

    // "r_score = …, f_score = …, m_score = …, rfm_segment = …" for an UPDATE's SET.
    static std::string assignments(int first);
    // "r_score IS NOT … OR …": true where a row's stored scores differ.
    static std::string differences(int first);
    void bind(SQLite::Statement &statement, int first) const;
    // The scores the expressions give a buyer with these values (R, F, M).
    std::array<int, 3> score(qint64 lastPurchaseAt, qint64 orders, qint64 revenueMinor) const;

private:
    static std::array<std::string, 4> expressions(int first);
    std::vector<qint64> m_recency, m_frequency, m_monetary;
    std::array<std::array<qint64, 4>, 3> m_thresholds{};
};

class RfmScores
{
public:
    // Scores every customer from customer_metrics as of the reference day; rows whose
    // scores did not change are not rewritten. Call inside the transaction that changed
    // the metrics.
    static void recompute(SQLite::Database &db);
    // Records that every customer is scored (for those who score them elsewhere: CustomerRefresh).
    static void markScored(SQLite::Database &db);
    // Scores the customers when they never were (a workspace from before RFM).
    static bool ensureCurrent(SQLite::Database &db);

    // The name stored in rfm_segment and written in definitions ("Champions", "Can't lose
    // them"): a code, English whatever the language of the window (see rfmSegmentDisplayName).
    static QString segmentName(int r, int f);
    static const QStringList &segmentNames(); // in the order of the table above

    static RfmGrid grid(SQLite::Database &db);
};

// What the window and segment descriptions show for a named segment, matched in any case as
// definitions are: "Champions" itself in English, translated in context "mwb::RfmScores"
// once a translator is installed. A name outside the eleven comes back as given, and
// `known` false.
QString rfmSegmentDisplayName(const QString &segment, bool *known = nullptr);

} // namespace mwb
