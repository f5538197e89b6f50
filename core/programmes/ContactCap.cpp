#include "ContactCap.h"

#include "store/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::ContactCap)
};
} // namespace

std::optional<ContactCap> ContactCap::read(SQLite::Database &db)
{
    const auto stored = readSetting(db, WorkspaceSetting::ContactCap);
    if (!stored)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(stored->toUtf8()).object();
    ContactCap cap{object.value(u"contacts"_s).toInt(), object.value(u"days"_s).toInt()};
    if (cap.contacts < 1 || cap.days < 1)
        return std::nullopt;
    return cap;
}

QString ContactCap::write(SQLite::Database &db, const std::optional<ContactCap> &cap)
{
    if (!cap) {
        removeSetting(db, WorkspaceSetting::ContactCap);
        return {};
    }
    if (cap->contacts < 1 || cap->contacts > 1000 || cap->days < 1 || cap->days > 366)
        return Text::tr("A cap is 1 to 1000 contacts in 1 to 366 days.");
    const QJsonObject object{{u"contacts"_s, cap->contacts}, {u"days"_s, cap->days}};
    writeSetting(db, WorkspaceSetting::ContactCap,
                 QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return {};
}

} // namespace mwb
