// JourneyPathModel: the paths of a JourneyResult as a table: the steps joined with " → ",
// customers and their share of all journeys, buyers, conversion rate and the median days
// from first touch to first order; the paths beyond the listed ones as one last row that
// stays last however the table is sorted. Qt::UserRole holds each cell's raw value.
#pragma once

#include "journeys/JourneyAnalyzer.h"

#include <QAbstractTableModel>

namespace mwb::ui {

class JourneyPathModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PathColumn,
        CustomersColumn,
        ShareColumn,
        ConvertersColumn,
        RateColumn,
        MedianDaysColumn,
        ColumnCount
    };

    explicit JourneyPathModel(QObject *parent = nullptr);

    void setResult(const JourneyResult &result);
    // The row of the paths beyond the listed ones, or -1 when there is none.
    int otherRow() const;
    // The path shown on this row (the other paths on otherRow()).
    JourneyPath pathAt(int row) const;
    static QString pathText(const QStringList &steps);
    // One step as people read it: the channel's (or type's) name in their language, "…" for
    // steps left out, "(no touchpoint)" for buyers who had none.
    static QString stepText(const QString &step);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant rawValue(const JourneyPath &path, int column) const;

    QList<JourneyPath> m_paths;
    JourneyPath m_other;
    bool m_hasOther = false;
    qint64 m_customers = 0;
};

} // namespace mwb::ui
