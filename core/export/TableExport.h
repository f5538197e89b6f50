// TableExport: the one way the product writes a table to a file (customer lists, campaign
// lists, reports, journeys, cohorts): CSV or XLSX through AtomicFile, so the target is
// checked by OutputGuard, the table written to a temporary file beside it and renamed into
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

#include "AtomicFile.h"
#include "ExportOptions.h"
#include "TableWriter.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace mwb {

class TableExport
{
public:
    // `existing`: whether a regular file at `path` may be replaced (the user chose the path).
    TableExport(const QString &path, const ExportOptions &options, ExistingFile existing = ExistingFile::Replace);
    ~TableExport(); // discards the temporary file unless committed
    TableExport(const TableExport &) = delete;
    TableExport &operator=(const TableExport &) = delete;

    // Creates the temporary file and writes the header.
    QString begin(const QStringList &columns);
    QString writeRow(const ExportRow &row);
    // Completes the file and moves it to the target path, replacing what was there.
    QString commit();
    // The two halves of commit(), for writers that record the file between them: the
    // complete file under its temporary name, then the rename.
    QString prepare();
    QString publish();
    QByteArray sha256() const { return m_file.sha256(); }
    // After prepare(): the temporary file is left where it is for another owner to publish.
    void release() { m_file.release(); }
    // Drops what was written; the target path is left as it was.
    void discard();

    qint64 rows() const { return m_rows; }
    // The target as an absolute path, symbolic links resolved.
    QString filePath() const { return m_file.target().isEmpty() ? m_path : m_file.target(); }
    QString tempPath() const { return m_file.tempPath(); }

private:
    QString failed(const QString &message);
    QString writerFailed(const QString &reason) const;

    QString m_path;
    ExportOptions m_options;
    AtomicFile m_file;
    std::unique_ptr<TableWriter> m_writer;
    qint64 m_rows = 0;
};

} // namespace mwb
