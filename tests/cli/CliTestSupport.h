// What the `mwb` tests share: running the binary, reading its JSON, and reading back the
// files it writes (workspaces with SQLite, exports as CSV or XLSX).
#pragma once

#include <SQLiteCpp/Database.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

namespace clitest {

using namespace Qt::StringLiterals;

struct Run
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline Run runMwb(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(MWB_CLI_PATH), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// `--json` output is exactly one JSON object on one line: nothing before or after it.
inline bool isOneJsonObject(const QByteArray &out, QJsonObject *object = nullptr)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    if (!out.endsWith('\n') || out.count('\n') != 1 || out.startsWith(' ') || out.startsWith('\n'))
        return false;
    if (object)
        *object = document.object();
    return true;
}

inline QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline qint64 sqlCount(const QString &path, const char *sql)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
}

inline QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

inline const QRegularExpression kIsoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);

// An RFC 4180 reader for what `mwb export` writes: quoted fields may hold the delimiter,
// doubled quotes and line breaks; records end with CRLF. Empty when malformed.
inline QList<QStringList> parseCsv(const QByteArray &bytes, char delimiter = ',')
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(delimiter)) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'"' || c == u'\n' || c == u'\r' || wasQuoted) {
            return {}; // a quote inside an unquoted field, a bare line break, text after a closing quote
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return {}; // the last record must end with CRLF
    return records;
}

// The rows of the first worksheet of an XLSX file; -1 when unzip(1) is not there to read it.
inline qint64 xlsxRows(const QString &path)
{
    const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
    if (unzip.isEmpty())
        return -1;
    QProcess process;
    process.start(unzip, {u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s});
    process.waitForFinished();
    return process.readAllStandardOutput().count("<row ");
}

} // namespace clitest
