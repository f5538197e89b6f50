#include "MappingPresets.h"

#include "store/InputFile.h"

#include "ColumnMapper.h"

#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::MappingPresets" once the GUI has
// installed a translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::MappingPresets)
};

QString toJson(const QStringList &headers, const QList<ImportField> &mapping)
{
    QJsonObject columns;
    for (qsizetype i = 0; i < headers.size(); ++i)
        columns.insert(headers[i], importFieldName(mapping.value(i, ImportField::Ignore)));
    QJsonArray order;
    for (const QString &h : headers)
        order.append(h);
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"columns"_s, columns}, {u"headers"_s, order}}).toJson(QJsonDocument::Compact));
}

// Applies {"columns": {header: field}} to `headers`; unnamed headers keep `proposed`.
LoadedMapping apply(const QJsonObject &root, const QStringList &headers, const QList<ImportField> &proposed,
                    const QString &source)
{
    LoadedMapping loaded;
    const QJsonObject columns = root.value(u"columns"_s).toObject();
    if (columns.isEmpty()) {
        loaded.error = u"%1: expected {\"columns\": {\"header\": \"field\", …}}"_s.arg(source);
        return loaded;
    }
    loaded.mapping = proposed;
    QHash<QString, qsizetype> byHeader;
    for (qsizetype i = 0; i < headers.size(); ++i)
        byHeader.insert(ColumnMapper::normalizedHeader(headers[i]), i);
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const auto field = importFieldFromName(it.value().toString());
        if (!field) {
            loaded.error = u"%1: unknown field '%2' for column '%3'"_s.arg(source, it.value().toString(), it.key());
            return loaded;
        }
        const auto column = byHeader.constFind(ColumnMapper::normalizedHeader(it.key()));
        if (column == byHeader.constEnd())
            continue; // a column this file does not have
        // A field named explicitly is taken away from the column it was proposed for.
        for (qsizetype i = 0; i < loaded.mapping.size(); ++i) {
            if (loaded.mapping[i] == *field && *field != ImportField::Ignore && *field != ImportField::Custom)
                loaded.mapping[i] = ImportField::Ignore;
        }
        loaded.mapping[column.value()] = *field;
    }
    return loaded;
}

} // namespace

QString MappingPresets::headerKey(const QStringList &headers)
{
    QStringList normalized;
    for (const QString &h : headers)
        normalized.append(ColumnMapper::normalizedHeader(h));
    return normalized.join(QChar(0x1f));
}

void MappingPresets::save(SQLite::Database &db, const MappingPreset &preset)
{
    SQLite::Statement upsert(db,
                             "INSERT INTO mapping_presets(name, kind, header_key, mapping, updated_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, "
                             "header_key = excluded.header_key, mapping = excluded.mapping, "
                             "updated_at = excluded.updated_at");
    upsert.bind(1, preset.name.toStdString());
    upsert.bind(2, importKindName(preset.kind).toStdString());
    upsert.bind(3, headerKey(preset.headers).toStdString());
    upsert.bind(4, toJson(preset.headers, preset.mapping).toStdString());
    upsert.bind(5, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
    upsert.exec();
}

QList<MappingPreset> MappingPresets::list(SQLite::Database &db)
{
    QList<MappingPreset> presets;
    SQLite::Statement query(db, "SELECT name, kind, mapping, updated_at FROM mapping_presets ORDER BY name");
    while (query.executeStep()) {
        MappingPreset preset;
        preset.name = QString::fromStdString(query.getColumn(0).getString());
        preset.kind =
            importKindFromName(QString::fromStdString(query.getColumn(1).getString())).value_or(ImportKind::Contacts);
        preset.updatedAt = QDateTime::fromSecsSinceEpoch(query.getColumn(3).getInt64(), QTimeZone::utc());
        const QJsonObject root =
            QJsonDocument::fromJson(QByteArray::fromStdString(query.getColumn(2).getString())).object();
        const QJsonObject columns = root.value(u"columns"_s).toObject();
        for (const QJsonValue &h : root.value(u"headers"_s).toArray()) {
            preset.headers.append(h.toString());
            preset.mapping.append(
                importFieldFromName(columns.value(h.toString()).toString()).value_or(ImportField::Ignore));
        }
        presets.append(preset);
    }
    return presets;
}

std::optional<MappingPreset> MappingPresets::forHeaders(SQLite::Database &db, ImportKind kind,
                                                        const QStringList &headers)
{
    SQLite::Statement query(db,
                            "SELECT name FROM mapping_presets WHERE kind = ?1 AND header_key = ?2 "
                            "ORDER BY updated_at DESC LIMIT 1");
    query.bind(1, importKindName(kind).toStdString());
    query.bind(2, headerKey(headers).toStdString());
    if (!query.executeStep())
        return std::nullopt;
    const QString name = QString::fromStdString(query.getColumn(0).getString());
    const QList<MappingPreset> all = list(db);
    for (const MappingPreset &preset : all) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

std::optional<MappingPreset> MappingPresets::matching(SQLite::Database &db, const QString &path, ImportKind kind,
                                                      const SniffOptions &sniff)
{
    SniffOptions options = sniff;
    options.kind = kind;
    const SniffResult found = FileSniffer::sniff(path, options);
    if (!found.error.isEmpty() || !found.hasHeader)
        return std::nullopt;
    return forHeaders(db, kind, found.headers);
}

LoadedMapping MappingPresets::resolve(SQLite::Database &db, const QString &nameOrFile, ImportKind kind,
                                      const QString &path, const SniffOptions &sniff)
{
    SniffOptions options = sniff;
    options.kind = kind;
    const SniffResult found = FileSniffer::sniff(path, options);
    if (!found.error.isEmpty())
        return {{}, found.error};

    if (nameOrFile.endsWith(u".json"_s, Qt::CaseInsensitive) || QFileInfo::exists(nameOrFile)) {
        if (const QString problem = InputFile::problem(nameOrFile); !problem.isEmpty())
            return {{}, problem};
        if (QFileInfo(nameOrFile).size() > (1 << 20))
            return {{}, u"The mapping %1 is larger than 1 MB; a mapping is a short JSON object."_s.arg(nameOrFile)};
        QFile file(nameOrFile);
        if (!file.open(QIODevice::ReadOnly))
            return {{}, u"Cannot read the mapping %1: %2"_s.arg(nameOrFile, file.errorString())};
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError) {
            return {{},
                    u"%1, offset %2: %3"_s.arg(QFileInfo(nameOrFile).fileName())
                        .arg(error.offset)
                        .arg(error.errorString())};
        }
        return apply(document.object(), found.headers, found.proposed, QFileInfo(nameOrFile).fileName());
    }

    const QList<MappingPreset> presets = list(db);
    for (const MappingPreset &preset : presets) {
        if (preset.name != nameOrFile)
            continue;
        if (preset.kind != kind) {
            return {{},
                    u"The mapping '%1' is for %2, not %3."_s.arg(preset.name, importKindName(preset.kind),
                                                                 importKindName(kind))};
        }
        return applyTo(preset, found.headers, found.proposed);
    }
    return {{}, u"No mapping named '%1' in this workspace."_s.arg(nameOrFile)};
}

LoadedMapping MappingPresets::applyTo(const MappingPreset &preset, const QStringList &headers,
                                      const QList<ImportField> &proposed)
{
    QJsonObject columns;
    for (qsizetype i = 0; i < preset.headers.size(); ++i)
        columns.insert(preset.headers[i], importFieldName(preset.mapping.value(i, ImportField::Ignore)));
    if (columns.isEmpty())
        return {proposed, {}};
    return apply(QJsonObject{{u"columns"_s, columns}}, headers, proposed, preset.name);
}

int MappingPresets::sharedColumns(const MappingPreset &preset, const QStringList &headers)
{
    QSet<QString> named;
    for (const QString &h : preset.headers)
        named.insert(ColumnMapper::normalizedHeader(h));
    int shared = 0;
    for (const QString &h : headers)
        shared += named.contains(ColumnMapper::normalizedHeader(h)) ? 1 : 0;
    return shared;
}

QString MappingPresets::rename(SQLite::Database &db, const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    if (name.isEmpty())
        return Text::tr("A mapping needs a name.");
    if (name == from)
        return {};
    SQLite::Statement taken(db, "SELECT 1 FROM mapping_presets WHERE name = ?1");
    taken.bind(1, name.toStdString());
    if (taken.executeStep())
        return Text::tr("A mapping named '%1' already exists.").arg(name);
    SQLite::Statement update(db, "UPDATE mapping_presets SET name = ?2 WHERE name = ?1");
    update.bind(1, from.toStdString());
    update.bind(2, name.toStdString());
    if (update.exec() == 0)
        return Text::tr("No mapping named '%1' in this workspace.").arg(from);
    return {};
}

QString MappingPresets::remove(SQLite::Database &db, const QString &name)
{
    SQLite::Statement remove(db, "DELETE FROM mapping_presets WHERE name = ?1");
    remove.bind(1, name.toStdString());
    if (remove.exec() == 0)
        return Text::tr("No mapping named '%1' in this workspace.").arg(name);
    return {};
}

} // namespace mwb
