// CustomerTableModel: every customer of a query (quick search, segment, sort), a million
// of them without loading them. On a new query the first page is asked and shown at once,
// then every matching id in order (rowCount becomes the full count); the rows the view
// needs are fetched a page of ids at a time on a worker into a bounded cache of pages
// (random access: jumping to the end fetches the last page only). A row still on its way
// reads "…". Every request carries the generation of its query; answers for an older one
// are dropped.
#pragma once

#include "customers/CustomerDirectory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace mwb::ui {

class CustomerService;

class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ExternalId,
        Name,
        Email,
        Phone,
        City,
        Tier,
        Stage,
        Orders,
        Revenue,
        LastPurchase,
        RfmSegment,
        PredictedClv,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 20; // 4,000 rows
    static constexpr int CustomerIdRole = Qt::UserRole + 1;

    explicit CustomerTableModel(CustomerService *service, QObject *parent = nullptr);
    ~CustomerTableModel() override;

    // The CustomerSort a column sorts by (none: the column cannot be sorted).
    static std::optional<CustomerSort> sortFor(int column);
    static int columnFor(CustomerSort sort); // -1 when no column shows it
    // The column's name in exports and settings ("external_id", "revenue"…).
    static QString columnKey(int column);
    static QString placeholder(); // what a row still loading reads

    // ISO 4217 code of the workspace, for the money columns.
    void setCurrency(const QString &currency);
    // Asks for this list; the rows of the previous one go at once.
    void setQuery(const CustomerListQuery &query);
    // The same query again (the data changed).
    void reload();
    // No list at all (no workspace).
    void clear();
    const CustomerListQuery &query() const { return m_query; }

    // Every id of the list is known: rowCount() is the count.
    bool isLoaded() const { return m_idsKnown; }
    qint64 customerId(int row) const;
    // Every id of the list in its order (empty until isLoaded()).
    const std::vector<qint64> &ids() const { return m_ids; }
    // The row when it is cached (a page still loading or evicted: nothing).
    std::optional<CustomerListRow> cachedRow(int row) const;
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    // How many answers for an older query were dropped (for tests and diagnostics).
    int staleAnswersDropped() const { return m_staleDropped; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The first rows of the query are shown (before the count is known).
    void firstPageShown();
    // Every id is known: rowCount() is the count.
    void loaded();
    void pageLoaded(int page);
    void failed(const QString &error);

private:
    // A page's rows, aligned with its ids; a customer gone since the ids were read has id 0.
    using Page = QList<CustomerListRow>;

    const CustomerListRow *rowAt(int row) const;
    // Asks for the page on a worker unless it is cached or on its way. Const because the
    // view's data() calls it; the cache is the model's memory, not its contents.
    void requestPage(int page) const;
    void storePage(quint64 generation, int page, const QList<CustomerListRow> &rows, const QString &error);
    void showFirstPage(quint64 generation, const QList<CustomerListRow> &rows, const QString &error);
    void showIds(quint64 generation, const CustomerIds &ids);
    QString display(const CustomerListRow &row, int column) const;

    CustomerService *m_service;
    QString m_currency;
    CustomerListQuery m_query;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_hasQuery = false;

    QList<CustomerListRow> m_first; // shown until the ids land
    std::vector<qint64> m_ids;
    bool m_idsKnown = false;

    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recent; // cached pages, least recently used first
    mutable QSet<int> m_pending;
    int m_staleDropped = 0;
};

} // namespace mwb::ui
