#include "TransactionWriter.h"

#include "Importer.h"
#include "identity/ContactNormalizer.h"
#include "store/Bind.h"
#include "store/BulkLoad.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

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

// A product's name, category or brand as written, without invisible characters and the
// spaces around it.
std::string cleanText(std::string_view text)
{
    const std::string visible = ContactNormalizer::withoutInvisible(text);
    const auto first = visible.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = visible.find_last_not_of(" \t\r\n");
    return visible.substr(first, last - first + 1);
}

std::string insertLinesSql(std::size_t count)
{
    std::string sql =
        "INSERT INTO order_lines(order_id, line_no, product_id, quantity, unit_price_minor, amount_minor) VALUES ";
    for (std::size_t i = 0; i < count; ++i)
        sql += i == 0 ? "(?,?,?,?,?,?)" : ",(?,?,?,?,?,?)";
    return sql;
}

} // namespace

TransactionWriter::TransactionWriter(ImportContext &context)
    : m_context(context)
    , m_lineMode(context.column(F::UnitPrice) >= 0 || context.column(F::Quantity) >= 0
                 || context.column(F::LineAmount) >= 0 || mapsProducts(context.mapping()))
    , m_derivedKeys(context.column(F::OrderId) < 0)
    , m_products(mapsProducts(context.mapping()))
    , m_existing(context.db, "SELECT id, import_id, ordered_at FROM transactions WHERE order_ref = ?1")
    , m_insert(context.db,
               "INSERT INTO transactions(order_ref, customer_id, ordered_at, amount_minor, quantity, channel, "
               "import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
               "ON CONFLICT(order_ref) DO NOTHING")
    , m_addLine(context.db,
                "UPDATE transactions SET amount_minor = amount_minor + ?2, "
                "quantity = CASE WHEN ?3 IS NULL THEN quantity ELSE coalesce(quantity, 0) + ?3 END "
                "WHERE id = ?1")
    , m_insertLine(context.db, insertLinesSql(1))
    , m_insertLines(context.db, insertLinesSql(kLinesPerInsert))
    , m_upsertProduct(context.db,
                      "INSERT INTO products(code, name, category, brand, import_id, updated_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(code) DO UPDATE SET "
                      "name = coalesce(excluded.name, name), category = coalesce(excluded.category, category), "
                      "brand = coalesce(excluded.brand, brand), updated_at = excluded.updated_at RETURNING id")
{
    m_pendingLines.reserve(kLinesPerInsert);
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

    // The line's amount: as the file states it, else quantity × unit price, else the amount.
    Line line;
    line.quantity = quantity;
    const std::string_view priceText = c.value(fields, F::UnitPrice);
    const std::string_view lineAmountText = c.value(fields, F::LineAmount);
    const std::string_view amountText = c.value(fields, F::Amount);
    if (!priceText.empty()) {
        const auto price = c.numberParser(c.column(F::UnitPrice)).parseFixed(priceText);
        if (!price)
            return RowOutcome::rejected(c.column(F::UnitPrice) + 1,
                                        Text::tr("Unreadable unit price %1.").arg(quoted(priceText)));
        line.unitPriceMinor = NumberParser::toMinor(*price, c.minorPerMajor);
        line.amountMinor = NumberParser::toMinor(*price * quantity.value_or(1), c.minorPerMajor);
    }
    if (!lineAmountText.empty()) {
        const auto amount = c.numberParser(c.column(F::LineAmount)).parseFixed(lineAmountText);
        if (!amount)
            return RowOutcome::rejected(c.column(F::LineAmount) + 1,
                                        Text::tr("Unreadable line amount %1.").arg(quoted(lineAmountText)));
        line.amountMinor = NumberParser::toMinor(*amount, c.minorPerMajor);
    } else if (priceText.empty() && !amountText.empty()) {
        const auto amount = c.numberParser(c.column(F::Amount)).parseFixed(amountText);
        if (!amount)
            return RowOutcome::rejected(c.column(F::Amount) + 1,
                                        Text::tr("Unreadable amount %1.").arg(quoted(amountText)));
        line.amountMinor = NumberParser::toMinor(*amount, c.minorPerMajor);
    } else if (priceText.empty() && !m_lineMode) {
        return RowOutcome::rejected(std::max(c.column(F::Amount), c.column(F::UnitPrice)) + 1, Text::tr("No amount."));
    }
    const qint64 amountMinor = line.amountMinor;
    const std::string_view productCode = c.value(fields, F::ProductCode);
    const std::string_view productName = c.value(fields, F::Product);

    const RowIdentity identity = c.identity(fields, nullptr);
    if (m_derivedKeys)
        orderId =
            derivedKey(identity, *orderedAt, amountMinor, quantity, productCode.empty() ? productName : productCode);
    qint64 customerId = 0;
    if (!identity.empty()) {
        // A row that would create a customer is first checked against the orders, so a
        // duplicate never leaves a customer behind.
        const IdentityResolver::Found found = c.identities.findBy(identity);
        if (found.customerId == 0) {
            if (const auto existing = existingOrder(orderId)) {
                if (m_products)
                    line.productId = productId(fields);
                return addToExisting(*existing, orderId, line);
            }
        }
        const auto match = c.identities.resolve(identity, found);
        customerId = match.customerId;
        if (match.created)
            ++c.customersCreated;
    }

    // A further line of the order the rows before were lines of: no insert to try.
    if (m_current.id != 0 && orderId == m_current.ref) {
        if (m_products)
            line.productId = productId(fields);
        return addToExisting(ExistingOrder{m_current.id, c.importId, *orderedAt}, orderId, line);
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
    m_insert.bind(7, static_cast<int64_t>(c.importId));
    const bool inserted = m_insert.exec() > 0;
    m_insert.reset();
    const qint64 id = inserted ? c.db.getLastInsertRowid() : 0; // before the product's insert
    if (m_products)
        line.productId = productId(fields);
    if (inserted) {
        if (m_lineMode && !m_derivedKeys) {
            flushCurrentOrder();
            m_current.id = id;
            m_current.ref = orderId;
        }
        if (customerId)
            c.touchCustomer(customerId);
        if (c.deferredSales)
            c.deferredSales->addOrder(id, customerId, *orderedAt, amountMinor);
        if (m_products)
            addLine(id, 1, line);
        return RowOutcome::imported();
    }
    const auto existing = existingOrder(orderId);
    return existing ? addToExisting(*existing, orderId, line) : RowOutcome::duplicate();
}

// The product the row names, by its code (or its name when the file gives no code): added
// to the catalogue when new; its name, category and brand as this import first gives them.
qint64 TransactionWriter::productId(const std::vector<std::string_view> &fields)
{
    ImportContext &c = m_context;
    const std::string_view codeText = c.value(fields, F::ProductCode);
    const std::string_view nameText = c.value(fields, F::Product);
    ProductIds &known = codeText.empty() ? m_productsByName : m_productsByCode;
    const std::string_view text = codeText.empty() ? nameText : codeText;
    if (const auto it = known.find(text); it != known.end())
        return it->second;
    const std::string name = cleanText(nameText);
    const std::string code = codeText.empty() ? name : ContactNormalizer::id(codeText);
    qint64 id = 0;
    if (!code.empty()) {
        m_upsertProduct.bind(1, code);
        bindText(m_upsertProduct, 2, name);
        bindText(m_upsertProduct, 3, cleanText(c.value(fields, F::Category)));
        bindText(m_upsertProduct, 4, cleanText(c.value(fields, F::Brand)));
        m_upsertProduct.bind(5, static_cast<int64_t>(c.importId));
        m_upsertProduct.bind(6, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
        m_upsertProduct.executeStep();
        id = m_upsertProduct.getColumn(0).getInt64();
        m_upsertProduct.reset();
    }
    known.emplace(std::string(text), id);
    return id;
}

void TransactionWriter::addLine(qint64 orderId, int lineNo, const Line &line)
{
    m_pendingLines.push_back({orderId, lineNo, line});
    if (!m_context.bulkLoad() || m_pendingLines.size() == kLinesPerInsert)
        flushLines();
}

void TransactionWriter::flushLines()
{
    const auto bindLine = [](SQLite::Statement &statement, int first, const PendingLine &pending) {
        statement.bind(first, static_cast<int64_t>(pending.orderId));
        statement.bind(first + 1, pending.lineNo);
        const Line &line = pending.line;
        bindInteger(statement, first + 2, line.productId ? std::optional<qint64>(line.productId) : std::nullopt);
        bindInteger(statement, first + 3, line.quantity);
        bindInteger(statement, first + 4, line.unitPriceMinor);
        statement.bind(first + 5, static_cast<int64_t>(line.amountMinor));
    };
    if (m_pendingLines.size() == kLinesPerInsert) {
        for (std::size_t i = 0; i < kLinesPerInsert; ++i)
            bindLine(m_insertLines, static_cast<int>(6 * i + 1), m_pendingLines[i]);
        m_insertLines.exec();
        m_insertLines.reset();
    } else {
        for (const PendingLine &pending : m_pendingLines) {
            bindLine(m_insertLine, 1, pending);
            m_insertLine.exec();
            m_insertLine.reset();
        }
    }
    m_pendingLines.clear();
}

void TransactionWriter::finish()
{
    flushCurrentOrder();
    flushLines();
}

std::optional<TransactionWriter::ExistingOrder> TransactionWriter::existingOrder(const std::string &orderId)
{
    if (m_current.id != 0 && orderId == m_current.ref)
        return ExistingOrder{m_current.id, m_context.importId, 0};
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
RowOutcome TransactionWriter::addToExisting(const ExistingOrder &order, const std::string &orderId, const Line &line)
{
    ImportContext &c = m_context;
    // A derived key names one row: met again, it is that row again.
    if (!m_lineMode || m_derivedKeys || order.importId != c.importId)
        return RowOutcome::duplicate();
    if (order.id != m_current.id) {
        flushCurrentOrder();
        m_current.id = order.id;
        m_current.ref = orderId;
    }
    m_current.addedAmountMinor += line.amountMinor;
    if (line.quantity)
        m_current.addedQuantity = m_current.addedQuantity.value_or(0) + *line.quantity;
    m_current.added = true;
    if (c.deferredSales)
        c.deferredSales->addAmount(order.id, line.amountMinor);
    if (m_products) {
        const auto [count, first] = m_lineCounts.try_emplace(order.id, 1);
        addLine(order.id, ++count->second, line);
    }
    return RowOutcome::imported();
}

// Adds to the order the lines that came after its first: one update however many lines.
void TransactionWriter::flushCurrentOrder()
{
    if (!m_current.added)
        return;
    m_addLine.bind(1, static_cast<int64_t>(m_current.id));
    m_addLine.bind(2, static_cast<int64_t>(m_current.addedAmountMinor));
    bindInteger(m_addLine, 3, m_current.addedQuantity);
    m_addLine.exec();
    m_addLine.reset();
    m_current.added = false;
    m_current.addedAmountMinor = 0;
    m_current.addedQuantity.reset();
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
