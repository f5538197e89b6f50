#include "ProductService.h"

#include "lifecycle/Lifecycle.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <exception>

namespace mwb::ui {

namespace {

std::unique_ptr<SQLite::Database> readConnection(const QString &path)
{
    return Workspace::openConnection(path, Workspace::Access::ReadOnly);
}

} // namespace

ProductService::ProductService(QObject *parent)
    : WorkspaceService(parent)
{
}

void ProductService::products(const ProductReportOptions &options, QObject *context,
                              std::function<void(const ProductsAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_productsGeneration, context,
        [path = path(), options, currency = currency()]() -> ProductsAnswer {
            ProductsAnswer answer;
            answer.currency = currency;
            try {
                auto db = readConnection(path);
                answer.products = ProductReport::compute(*db, options);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void ProductService::basket(const BasketOptions &options, QObject *context,
                            std::function<void(const BasketAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_basketGeneration, context,
        [path = path(), options]() -> BasketAnswer {
            BasketAnswer answer;
            try {
                auto db = readConnection(path);
                answer.basket = BasketAnalysis::compute(*db, options);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

void ProductService::replenishment(const ReplenishmentOptions &options, QObject *context,
                                   std::function<void(const ReplenishmentAnswer &)> done)
{
    if (!isOpen())
        return;
    askLatest(
        &m_replenishmentGeneration, context,
        [path = path(), options, changeable = readOnlyReason().isEmpty()]() -> ReplenishmentAnswer {
            ReplenishmentAnswer answer;
            try {
                auto db = Workspace::openConnection(
                    path, changeable ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
                // What the segment field replenishment_due reads follows the orders too.
                if (changeable)
                    Replenishment::ensureCurrent(*db);
                answer.referenceDate =
                    options.referenceDate.isValid() ? options.referenceDate : Lifecycle::referenceDate(*db);
                answer.intervals = Replenishment::compute(*db, options);
            } catch (const std::exception &e) {
                answer.error = failure(path, e);
            }
            return answer;
        },
        std::move(done));
}

} // namespace mwb::ui
