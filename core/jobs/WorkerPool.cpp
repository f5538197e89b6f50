#include "WorkerPool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace mwb {

QThreadPool &workerPool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool; // never deleted: outlives every window and service
        created->setObjectName(QStringLiteral("mwb workers"));
        created->setMaxThreadCount(std::max(4, 2 * QThread::idealThreadCount()));
        created->setExpiryTimeout(60000);
        return created;
    }();
    return *pool;
}

QThreadPool &backgroundPool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;
        created->setObjectName(QStringLiteral("mwb background"));
        created->setMaxThreadCount(1);
        created->setExpiryTimeout(60000);
        return created;
    }();
    return *pool;
}

} // namespace mwb
