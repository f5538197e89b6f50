// ProductService: the product questions of the open workspace, owned by the WorkspaceSession:
// what each product, category or brand sold, the pairs bought together and the replenishment
// intervals. Each runs on a worker thread with its own connection; for each live question the
// newest request wins.
#pragma once

#include "products/BasketAnalysis.h"
#include "products/ProductReport.h"
#include "products/Replenishment.h"

#include "WorkspaceService.h"

#include <functional>

namespace mwb::ui {

struct ProductsAnswer
{
    QList<ProductFigures> products;
    QString currency;
    QString error;
};

struct BasketAnswer
{
    BasketResult basket;
    QString error;
};

struct ReplenishmentAnswer
{
    QList<ReplenishmentInterval> intervals;
    QDate referenceDate;
    QString error;
};

class ProductService : public WorkspaceService
{
    Q_OBJECT

public:
    explicit ProductService(QObject *parent = nullptr);

    void products(const ProductReportOptions &options, QObject *context,
                  std::function<void(const ProductsAnswer &)> done);
    void basket(const BasketOptions &options, QObject *context, std::function<void(const BasketAnswer &)> done);
    void replenishment(const ReplenishmentOptions &options, QObject *context,
                       std::function<void(const ReplenishmentAnswer &)> done);

private:
    quint64 m_productsGeneration = 0;
    quint64 m_basketGeneration = 0;
    quint64 m_replenishmentGeneration = 0;
};

} // namespace mwb::ui
