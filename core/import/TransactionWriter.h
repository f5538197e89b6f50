// TransactionWriter: orders, POS receipts and refunds. Files come one row per order or
// one row per order line: with lines (a quantity, unit price or product column), rows of
// the same order id are summed into one order (amount = quantity × unit price when there
// is a unit price); without, a repeated order id is a duplicate. An order id the
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

private:
    struct ExistingOrder
    {
        qint64 id = 0;
        qint64 importId = 0;
        qint64 orderedAt = 0;
    };
    std::optional<ExistingOrder> existingOrder(const std::string &orderId);
    RowOutcome addToExisting(const ExistingOrder &order, qint64 amountMinor, std::optional<qint64> quantity);
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
    std::unordered_map<Digest, quint32, DigestHash> m_seen;
    SQLite::Statement m_existing;
    SQLite::Statement m_insert;
    SQLite::Statement m_addLine;
};

} // namespace mwb
