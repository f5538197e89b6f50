// NpsReport: Net Promoter Score from the `nps` events (a 0-10 answer): promoters answer
// 9-10, passives 7-8, detractors 0-6; NPS = % promoters − % detractors. Month by month
// (every answer given that month) and for a set of customers (each customer's latest
// answer, as customer_metrics keeps it).
#pragma once

#include "segments/SegmentDefinition.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace SQLite {
class Database;
}

namespace mwb {

struct NpsCounts
{
    qint64 promoters = 0;
    qint64 passives = 0;
    qint64 detractors = 0;
    qint64 answers() const { return promoters + passives + detractors; }
    std::optional<double> score() const; // −100 … 100; none without answers
    void add(int answer);
};

struct NpsMonth
{
    QDate month;
    NpsCounts counts;
};

class NpsReport
{
public:
    static QList<NpsMonth> monthly(SQLite::Database &db);
    // The latest answers of the customers of a segment (everyone: an empty "all").
    static NpsCounts forSegment(SQLite::Database &db, const SegmentNode &segment, QString *error = nullptr);
};

} // namespace mwb
