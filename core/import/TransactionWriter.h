// TransactionWriter: orders, POS receipts and refunds. Files come one row per order or
// one row per order line: with lines (a quantity, unit price or product column), rows of
// the same order id are summed into one order (a line's amount is its line amount when the
// file gives one, else quantity × unit price when there is a unit price, else the amount);
// without, a repeated order id is a duplicate. When the file names products (a code or a
// name), every row is also kept as an order line of its product, and each product met is
// added to the catalogue or, met again, its name, category and brand are updated. An order id the
// workspace already holds from an earlier import is a duplicate. Negative amounts or
// quantities (cancellations) are kept as refunds; rows without a customer are guest orders.
// A file without an order id column (CDNOW, many POS extracts) has each row as an order of
// its own, keyed by its customer, time, amount, quantity and product and the number of
// identical rows before it in the file: the same file imported again adds nothing.
#pragma once

#include "RowWriter.h"

#include <array>
#include <optional>
#include <unordered_map>

namespace mwb {

class TransactionWriter : public RowWriter
{
public:
    explicit TransactionWriter(ImportContext &context);
    RowOutcome write(const std::vector<std::string_view> &fields) override;
    QString missingFields() const override;
    void summarize(ImportSummary &summary) const override;
    void finish() override;

private:
    struct ExistingOrder
    {
        qint64 id = 0;
        qint64 importId = 0;
        qint64 orderedAt = 0;
    };
    std::optional<ExistingOrder> existingOrder(const std::string &orderId);
    struct Line
    {
        std::optional<qint64> quantity;
        std::optional<qint64> unitPriceMinor;
        qint64 amountMinor = 0;
        qint64 productId = 0; // 0: the row names no product
    };
    RowOutcome addToExisting(const ExistingOrder &order, const std::string &orderId, const Line &line);
    void flushCurrentOrder();
    void addLine(qint64 orderId, int lineNo, const Line &line);
    void flushLines();
    qint64 productId(const std::vector<std::string_view> &fields);
    std::string derivedKey(const RowIdentity &identity, qint64 orderedAt, qint64 amountMinor,
                           std::optional<qint64> quantity, std::string_view product);

    // A row's digest without its occurrence number, and how many rows had it so far.
    using Digest = std::array<quint64, 2>;
    struct DigestHash
    {
        std::size_t operator()(const Digest &d) const { return static_cast<std::size_t>(d[0] ^ (d[1] * 31)); }
    };

    ImportContext &m_context;
    bool m_lineMode;
    bool m_derivedKeys; // no order id column
    bool m_products;    // a product code or name column: rows are kept as lines
    // The products this import met, by the text of their code column (or of their name column
    // when the row has no code) as the file writes it: a row looks its product up without a copy.
    struct TextHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    using ProductIds = std::unordered_map<std::string, qint64, TextHash, std::equal_to<>>;
    ProductIds m_productsByCode;
    ProductIds m_productsByName;
    // Lines so far of the orders this import added that have more than one (an order
    // absent has its first line only).
    std::unordered_map<qint64, int> m_lineCounts;
    std::unordered_map<Digest, quint32, DigestHash> m_seen;
    // The order the last row was a line of, with what its further lines add to its amount
    // and quantity, not yet written: a file's lines of one order mostly come together.
    struct CurrentOrder
    {
        qint64 id = 0;
        std::string ref;
        bool added = false;
        qint64 addedAmountMinor = 0;
        std::optional<qint64> addedQuantity;
    };
    CurrentOrder m_current;
    // In a bulk load, lines wait here and go kLinesPerInsert to a statement (8 % of a
    // one-line order's import spared). Not otherwise: a statement of many rows keeps a
    // journal of each page it changes, and with the lines' product index live that is
    // nearly a page a line (Online Retail imported 1.35 times slower).
    struct PendingLine
    {
        qint64 orderId = 0;
        int lineNo = 0;
        Line line;
    };
    static constexpr std::size_t kLinesPerInsert = 64;
    std::vector<PendingLine> m_pendingLines;
    SQLite::Statement m_existing;
    SQLite::Statement m_insert;
    SQLite::Statement m_addLine;
    SQLite::Statement m_insertLine;
    SQLite::Statement m_insertLines; // kLinesPerInsert lines
    SQLite::Statement m_upsertProduct;
};

} // namespace mwb
