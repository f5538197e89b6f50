// ProgrammeTemplates: the plays analysts run most, one per 5A stage and the replenishment
// reminder, as definitions to start from (each is then edited like any programme).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mwb {

struct ProgrammeTemplate
{
    QString key;         // "welcome", "first_purchase", …
    QString title;       // translated
    QString description; // translated: what it does
    QJsonObject definition;
};

class ProgrammeTemplates
{
public:
    static QList<ProgrammeTemplate> all();
};

} // namespace mwb
