// Days: the day arithmetic of stored times — days since 1970-01-01 (and before), and the UTC
// day of an epoch time in seconds, as the stage histories and the per-day tables count them.
#pragma once

#include <QDate>

namespace mwb {

qint32 dayNumber(const QDate &date);
qint32 dayOfSeconds(qint64 seconds);
QDate dateOfDay(qint32 day);

} // namespace mwb
