// XlsxTableWriter: a table as an XLSX workbook of one worksheet, with libxlsxwriter in
// constant-memory mode (each row goes to disk as it is written, so memory does not grow
// with the table). Text is written as text cells, which spreadsheets never evaluate, so
// it needs no formula neutralisation; numbers as numbers; days as dates.
#pragma once

#include "TableWriter.h"

#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace mwb {

class XlsxTableWriter : public TableWriter
{
public:
    // The workbook is written to `path` by finish(); `path` is created or replaced then.
    XlsxTableWriter(const QString &path, const QString &sheetName);
    ~XlsxTableWriter() override;
    XlsxTableWriter(const XlsxTableWriter &) = delete;
    XlsxTableWriter &operator=(const XlsxTableWriter &) = delete;

    // Empty when the workbook could be created.
    QString openError() const { return m_openError; }

    QString writeHeader(const QStringList &columns) override;
    QString writeRow(const ExportRow &row) override;
    QString finish() override;

    // Rows a worksheet holds, the header included.
    static constexpr qint64 kMaxRows = 1048576;

private:
    QString writeText(int column, const QString &text, lxw_format *format);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    qint64 m_row = 0;
    QString m_openError;
};

} // namespace mwb
