// MappingPresets: named column mappings kept in the workspace. A preset remembers the
// headers it was made for, so a file with the same header set is mapped the same way
// again without asking. Mappings can also come from a JSON file:
//   {"columns": {"会员编号": "external_id", "手机号": "phone", "Notes": "ignore"}}
// Headers the file names and the mapping does not are mapped as proposed.
#pragma once

#include "FileSniffer.h"
#include "ImportKind.h"

#include <SQLiteCpp/Database.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mwb {

struct MappingPreset
{
    QString name;
    ImportKind kind = ImportKind::Contacts;
    QStringList headers;
    QList<ImportField> mapping;
    QDateTime updatedAt; // UTC; when it was last saved
};

struct LoadedMapping
{
    QList<ImportField> mapping;
    QString error;
};

class MappingPresets
{
public:
    static void save(SQLite::Database &db, const MappingPreset &preset);
    static QList<MappingPreset> list(SQLite::Database &db);
    // The preset saved for exactly these headers (compared normalised), if any.
    static std::optional<MappingPreset> forHeaders(SQLite::Database &db, ImportKind kind, const QStringList &headers);
    // The preset for the headers of the file at `path`.
    static std::optional<MappingPreset> matching(SQLite::Database &db, const QString &path, ImportKind kind,
                                                 const SniffOptions &sniff);
    // A preset name or a JSON file, applied to the headers of the file at `path`.
    static LoadedMapping resolve(SQLite::Database &db, const QString &nameOrFile, ImportKind kind, const QString &path,
                                 const SniffOptions &sniff);

    // The preset's fields for a file with `headers` (matched by normalised header); the
    // columns the preset does not name keep `proposed`.
    static LoadedMapping applyTo(const MappingPreset &preset, const QStringList &headers,
                                 const QList<ImportField> &proposed);
    // How many of `headers` the preset names (compared normalised).
    static int sharedColumns(const MappingPreset &preset, const QStringList &headers);
    // Empty on success, else why not (no such preset, the new name is taken or empty).
    static QString rename(SQLite::Database &db, const QString &from, const QString &to);
    static QString remove(SQLite::Database &db, const QString &name);

    static QString headerKey(const QStringList &headers);
};

} // namespace mwb
