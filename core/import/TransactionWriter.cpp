#include "TransactionWriter.h"

#include "Importer.h"
#include "identity/ContactNormalizer.h"
#include "store/Bind.h"
#include "store/BulkLoad.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::RowWriter" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::RowWriter)
};

using F = ImportField;

} // namespace

TransactionWriter::TransactionWriter(ImportContext &context)
    : m_context(context)
    , m_lineMode(context.column(F::UnitPrice) >= 0 || context.column(F::Quantity) >= 0
                 || context.column(F::Product) >= 0)
    , m_derivedKeys(context.column(F::OrderId) < 0)
    , m_existing(context.db, "SELECT id, import_id, ordered_at FROM transactions WHERE order_ref = ?1")
    , m_insert(context.db,
               "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor, quantity, channel, "
               "product, import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
               "ON CONFLICT(order_ref) DO NOTHING")
    , m_addLine(context.db,
                "UPDATE transactions SET amount_minor = amount_minor + ?2, "
                "quantity = CASE WHEN ?3 IS NULL THEN quantity ELSE coalesce(quantity, 0) + ?3 END "
                "WHERE id = ?1")
{
}

QString TransactionWriter::missingFields() const
{
    return mwb::missingFields(m_context.kind, m_context.mapping());
}

RowOutcome TransactionWriter::write(const std::vector<std::string_view> &fields)
{
    ImportContext &c = m_context;
    std::string orderId;
    if (!m_derivedKeys) {
        orderId = ContactNormalizer::id(c.value(fields, F::OrderId));
        if (orderId.empty())
            return RowOutcome::rejected(c.column(F::OrderId) + 1, Text::tr("No order id."));
    }

    const int dateColumn = c.column(F::OrderDate);
    const std::string_view dateText = c.value(fields, F::OrderDate);
    const auto orderedAt = c.dateParser(dateColumn).parse(dateText);
    if (!orderedAt) {
        return RowOutcome::rejected(dateColumn + 1,
                                    dateText.empty() ? Text::tr("No order date.")
                                                     : Text::tr("Unreadable date %1.").arg(quoted(dateText)));
    }

    std::optional<qint64> quantity;
    const std::string_view quantityText = c.value(fields, F::Quantity);
    if (!quantityText.empty()) {
        quantity = c.numberParser(c.column(F::Quantity)).parseInteger(quantityText);
        if (!quantity)
            return RowOutcome::rejected(c.column(F::Quantity) + 1,
                                        Text::tr("Unreadable quantity %1.").arg(quoted(quantityText)));
    }

    qint64 amountMinor = 0;
    const std::string_view priceText = c.value(fields, F::UnitPrice);
    const std::string_view amountText = c.value(fields, F::Amount);
    if (c.column(F::UnitPrice) >= 0 && !priceText.empty()) {
        const auto price = c.numberParser(c.column(F::UnitPrice)).parseFixed(priceText);
        if (!price)
            return RowOutcome::rejected(c.column(F::UnitPrice) + 1,
                                        Text::tr("Unreadable unit price %1.").arg(quoted(priceText)));
        amountMinor = NumberParser::toMinor(*price * quantity.value_or(1), c.minorPerMajor);
    } else if (!amountText.empty()) {
        const auto amount = c.numberParser(c.column(F::Amount)).parseFixed(amountText);
        if (!amount)
            return RowOutcome::rejected(c.column(F::Amount) + 1,
                                        Text::tr("Unreadable amount %1.").arg(quoted(amountText)));
        amountMinor = NumberParser::toMinor(*amount, c.minorPerMajor);
    } else if (!m_lineMode) {
        return RowOutcome::rejected(std::max(c.column(F::Amount), c.column(F::UnitPrice)) + 1, Text::tr("No amount."));
    }

    const RowIdentity identity = c.identity(fields, nullptr);
    if (m_derivedKeys)
        orderId = derivedKey(identity, *orderedAt, amountMinor, quantity, c.value(fields, F::Product));
    qint64 customerId = 0;
    if (!identity.empty()) {
        // A row that would create a customer is first checked against the orders, so a
        // duplicate never leaves a customer behind.
        const IdentityResolver::Found found = c.identities.findBy(identity);
        if (found.customerId == 0) {
            if (const auto existing = existingOrder(orderId))
                return addToExisting(*existing, amountMinor, quantity);
        }
        const auto match = c.identities.resolve(identity, found);
        customerId = match.customerId;
        if (match.created)
            ++c.customersCreated;
    }

    m_insert.bindNoCopy(1, orderId);
    bindInteger(m_insert, 2, customerId ? std::optional<qint64>(customerId) : std::nullopt);
    m_insert.bind(3, static_cast<int64_t>(*orderedAt));
    m_insert.bind(4, static_cast<int64_t>(amountMinor));
    bindInteger(m_insert, 5, quantity);
    const std::string_view channel = c.value(fields, F::Channel);
    if (channel.empty())
        m_insert.bind(6);
    else
        m_insert.bindNoCopy(6, c.channel(channel));
    bindText(m_insert, 7, c.value(fields, F::Product));
    m_insert.bind(8, static_cast<int64_t>(c.importId));
    const bool inserted = m_insert.exec() > 0;
    m_insert.reset();
    if (inserted) {
        if (customerId)
            c.touchCustomer(customerId);
        if (c.deferredSales)
            c.deferredSales->addOrder(c.db.getLastInsertRowid(), *orderedAt, amountMinor);
        return RowOutcome::imported();
    }
    const auto existing = existingOrder(orderId);
    return existing ? addToExisting(*existing, amountMinor, quantity) : RowOutcome::duplicate();
}

std::optional<TransactionWriter::ExistingOrder> TransactionWriter::existingOrder(const std::string &orderId)
{
    m_existing.bindNoCopy(1, orderId);
    std::optional<ExistingOrder> order;
    if (m_existing.executeStep()) {
        order = ExistingOrder{m_existing.getColumn(0).getInt64(),
                              m_existing.getColumn(1).isNull() ? 0 : m_existing.getColumn(1).getInt64(),
                              m_existing.getColumn(2).getInt64()};
    }
    m_existing.reset();
    return order;
}

// The order is already in the workspace: a further line of an order of this file, or a
// duplicate. (Inserting first and looking up only on a conflict spares the lookup for
// the common row, a new order.)
RowOutcome TransactionWriter::addToExisting(const ExistingOrder &order, qint64 amountMinor,
                                            std::optional<qint64> quantity)
{
    ImportContext &c = m_context;
    // A derived key names one row: met again, it is that row again.
    if (!m_lineMode || m_derivedKeys || order.importId != c.importId)
        return RowOutcome::duplicate();
    m_addLine.bind(1, static_cast<int64_t>(order.id));
    m_addLine.bind(2, static_cast<int64_t>(amountMinor));
    bindInteger(m_addLine, 3, quantity);
    m_addLine.exec();
    m_addLine.reset();
    if (c.deferredSales)
        c.deferredSales->addAmount(order.id, amountMinor);
    return RowOutcome::imported();
}

std::string TransactionWriter::derivedKey(const RowIdentity &identity, qint64 orderedAt, qint64 amountMinor,
                                          std::optional<qint64> quantity, std::string_view product)
{
    // Each part ends in a separator no value holds, so ("ab", "c") and ("a", "bc") differ.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](std::string_view part) {
        hash.addData(QByteArrayView(part.data(), static_cast<qsizetype>(part.size())));
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(identity.externalId);
    add(identity.email);
    add(identity.phone);
    add(std::to_string(orderedAt));
    add(std::to_string(amountMinor));
    add(quantity ? std::to_string(*quantity) : std::string());
    add(product);
    const QByteArray result = hash.result();
    Digest digest{};
    std::memcpy(digest.data(), result.constData(), sizeof(digest));
    const quint32 occurrence = ++m_seen[digest];
    char hex[33];
    for (std::size_t i = 0; i < 16; ++i)
        std::snprintf(hex + 2 * i, 3, "%02x", static_cast<unsigned char>(result[static_cast<qsizetype>(i)]));
    return "row:" + std::string(hex, 32) + ":" + std::to_string(occurrence);
}

void TransactionWriter::summarize(ImportSummary &summary) const
{
    if (m_derivedKeys)
        summary.warnings << derivedOrderKeysNote();
}

} // namespace mwb
