#include "XlsxTableWriter.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#define MWB_DUP _dup
#define MWB_DUP2 _dup2
#define MWB_OPEN _open
#define MWB_CLOSE _close
#define MWB_FILENO _fileno
#define MWB_WRITE_ONLY _O_WRONLY
static const char kNullDevice[] = "NUL";
#else
#include <fcntl.h>
#include <unistd.h>
#define MWB_DUP dup
#define MWB_DUP2 dup2
#define MWB_OPEN open
#define MWB_CLOSE close
#define MWB_FILENO fileno
#define MWB_WRITE_ONLY O_WRONLY
static const char kNullDevice[] = "/dev/null";
#endif
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

// Messages for people, translated in context "mwb::XlsxTableWriter" once the GUI has installed a
// translator; English otherwise (the CLI installs none).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mwb::XlsxTableWriter)
};

// libxlsxwriter prints its own "[ERROR] …" lines on stderr when it fails (a full disk); the
// failure comes back as an error code the caller words for the user, so those lines are
// kept off the terminal while the workbook is written out.
class StderrSilenced
{
public:
    StderrSilenced()
    {
        std::fflush(stderr);
        m_saved = MWB_DUP(MWB_FILENO(stderr));
        const int null = MWB_OPEN(kNullDevice, MWB_WRITE_ONLY);
        if (m_saved >= 0 && null >= 0)
            MWB_DUP2(null, MWB_FILENO(stderr));
        if (null >= 0)
            MWB_CLOSE(null);
    }
    ~StderrSilenced()
    {
        std::fflush(stderr);
        if (m_saved >= 0) {
            MWB_DUP2(m_saved, MWB_FILENO(stderr));
            MWB_CLOSE(m_saved);
        }
    }
    StderrSilenced(const StderrSilenced &) = delete;
    StderrSilenced &operator=(const StderrSilenced &) = delete;

private:
    int m_saved = -1;
};

QString lxwMessage(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

// Excel refuses longer cell texts.
constexpr qsizetype kMaxCellChars = 32767;

// In a workbook, "_xHHHH_" inside a text stands for the character HHHH (how the format
// carries control characters); a text that holds those seven characters itself has its
// underscore written as "_x005F_" so spreadsheets show it as it was.
QString escapedForWorkbook(const QString &text)
{
    static const QRegularExpression escape(u"_([xX][0-9A-Fa-f]{4}_)"_s);
    if (!text.contains(u"_x"_s, Qt::CaseInsensitive))
        return text;
    return QString(text).replace(escape, u"_x005F_\\1"_s);
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const QString &path, const QString &sheetName)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE; // a very large list must not fail at the very end
    const QByteArray fileName = QFile::encodeName(path);
    m_workbook = workbook_new_opt(fileName.constData(), &options);
    if (!m_workbook) {
        m_openError = Text::tr("cannot create the workbook");
        return;
    }
    const QByteArray sheet = sheetName.left(31).toUtf8(); // Excel's limit for sheet names
    m_sheet = workbook_add_worksheet(m_workbook, sheet.isEmpty() ? nullptr : sheet.constData());
    if (!m_sheet) {
        m_openError = Text::tr("invalid worksheet name '%1'").arg(sheetName);
        return;
    }
    m_headerFormat = workbook_add_format(m_workbook);
    format_set_bold(m_headerFormat);
    m_dateFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateFormat, "yyyy-mm-dd");
}

XlsxTableWriter::~XlsxTableWriter()
{
    // Not finished: free without writing the file.
    if (m_workbook)
        lxw_workbook_free(m_workbook);
}

QString XlsxTableWriter::writeText(int column, const QString &text, lxw_format *format)
{
    if (text.size() > kMaxCellChars)
        return Text::tr("row %1 has a text of more than 32,767 characters, more than an XLSX cell holds").arg(m_row);
    const QByteArray utf8 = escapedForWorkbook(text).toUtf8();
    const lxw_error error = worksheet_write_string(m_sheet, static_cast<lxw_row_t>(m_row),
                                                   static_cast<lxw_col_t>(column), utf8.constData(), format);
    return error == LXW_NO_ERROR ? QString() : lxwMessage(error);
}

QString XlsxTableWriter::writeHeader(const QStringList &columns)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString error = writeText(static_cast<int>(i), columns[i], m_headerFormat);
        if (!error.isEmpty())
            return error;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    ++m_row;
    return {};
}

QString XlsxTableWriter::writeRow(const ExportRow &row)
{
    if (m_row >= kMaxRows)
        return Text::tr("an XLSX worksheet holds at most %1 rows; export as CSV instead").arg(kMaxRows - 1);
    for (qsizetype i = 0; i < row.size(); ++i) {
        const auto r = static_cast<lxw_row_t>(m_row);
        const auto c = static_cast<lxw_col_t>(i);
        lxw_error error = LXW_NO_ERROR;
        const ExportCell &cell = row[i];
        if (const auto *text = std::get_if<QString>(&cell)) {
            if (text->isEmpty())
                continue;
            const QString message = writeText(static_cast<int>(i), *text, nullptr);
            if (!message.isEmpty())
                return message;
        } else if (const auto *integer = std::get_if<qint64>(&cell)) {
            error = worksheet_write_number(m_sheet, r, c, static_cast<double>(*integer), nullptr);
        } else if (const auto *number = std::get_if<double>(&cell)) {
            error = worksheet_write_number(m_sheet, r, c, *number, nullptr);
        } else if (const auto *date = std::get_if<QDate>(&cell)) {
            if (date->isValid()) {
                lxw_datetime dt{date->year(), date->month(), date->day(), 0, 0, 0.0};
                error = worksheet_write_datetime(m_sheet, r, c, &dt, m_dateFormat);
            }
        }
        if (error != LXW_NO_ERROR)
            return lxwMessage(error);
    }
    ++m_row;
    return {};
}

QString XlsxTableWriter::finish()
{
    lxw_workbook *workbook = m_workbook;
    m_workbook = nullptr; // workbook_close frees it, whatever it returns
    lxw_error error = LXW_NO_ERROR;
    {
        const StderrSilenced quiet;
        error = workbook_close(workbook);
    }
    return error == LXW_NO_ERROR ? QString() : lxwMessage(error);
}

} // namespace mwb
