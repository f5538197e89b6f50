// TableExport: the one way the product writes a table to a file (customer lists, campaign
// lists): CSV or XLSX, written to a temporary file beside the target and renamed into
// place only once complete. A failed or cancelled export never leaves a half file under
// the chosen name, and an existing file there is replaced only by a complete one.
//
//   TableExport out(path, options);
//   QString error = out.begin(columns);
//   while (… && error.isEmpty()) error = out.writeRow(row);
//   if (error.isEmpty()) error = out.commit();   // else the destructor discards the file
//
// Every error names the target file.
#pragma once

#include "ExportOptions.h"
#include "TableWriter.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryFile;

namespace mwb {

class TableExport
{
public:
    TableExport(const QString &path, const ExportOptions &options);
    ~TableExport(); // discards the temporary file unless committed
    TableExport(const TableExport &) = delete;
    TableExport &operator=(const TableExport &) = delete;

    // Creates the temporary file and writes the header.
    QString begin(const QStringList &columns);
    QString writeRow(const ExportRow &row);
    // Completes the file and moves it to the target path, replacing what was there.
    QString commit();
    // Drops what was written; the target path is left as it was.
    void discard();

    qint64 rows() const { return m_rows; }
    // The target as an absolute path.
    QString filePath() const { return m_path; }

private:
    QString failed(const QString &reason);

    QString m_path;
    ExportOptions m_options;
    std::unique_ptr<QTemporaryFile> m_temp;
    QString m_tempPath;
    std::unique_ptr<TableWriter> m_writer;
    qint64 m_rows = 0;
};

} // namespace mwb
