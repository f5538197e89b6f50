// TransactionWriter: orders, POS receipts and refunds. Files come one row per order or
// one row per order line: with lines (a quantity, unit price or product column), rows of
// the same order id are summed into one order (amount = quantity × unit price when there
// is a unit price); without, a repeated order id is a duplicate. An order id the
// workspace already holds from an earlier import is a duplicate. Negative amounts or
// quantities (cancellations) are kept as refunds; rows without a customer are guest orders.
#pragma once

#include "RowWriter.h"

#include <optional>

namespace mwb {

class TransactionWriter : public RowWriter
{
public:
    explicit TransactionWriter(ImportContext &context);
    RowOutcome write(const std::vector<std::string_view> &fields) override;
    QString missingFields() const override;

private:
    struct ExistingOrder
    {
        qint64 id = 0;
        qint64 importId = 0;
        qint64 orderedAt = 0;
    };
    std::optional<ExistingOrder> existingOrder(const std::string &orderId);
    RowOutcome addToExisting(const ExistingOrder &order, qint64 amountMinor, std::optional<qint64> quantity);

    ImportContext &m_context;
    bool m_lineMode;
    SQLite::Statement m_existing;
    SQLite::Statement m_insert;
    SQLite::Statement m_addLine;
};

} // namespace mwb
