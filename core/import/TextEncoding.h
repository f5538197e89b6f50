// TextEncoding: finds the encoding of a file and decodes it to UTF-8 as a stream.
// A byte-order mark decides (UTF-8, UTF-16LE/BE); without one, text that is valid UTF-8
// is UTF-8; anything else is identified by uchardet (GB18030/GBK, Big5, Shift_JIS,
// windows-1252, …). The caller can always name the encoding instead.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <memory>

class QIODevice;

namespace mwb {

struct DetectedEncoding
{
    QString name;          // as QStringDecoder knows it: "UTF-8", "GB18030", "Big5", …
    int bomLength = 0;     // bytes to skip at the start of the file
    bool detected = false; // false when guessed for lack of evidence
    // Not UTF-8, but nearly: well-formed multi-byte characters with a few broken or overlong
    // sequences among them. The first such byte's offset (-1 when the text is not like UTF-8).
    qsizetype brokenUtf8At = -1;
    qsizetype brokenUtf8Count = 0;
};

class TextEncoding
{
public:
    // Looks at the first bytes of a file (`complete` when the sample is the whole file).
    static DetectedEncoding detect(const QByteArray &sample, bool complete);
    // True when `bytes` is well-formed UTF-8; an incomplete sequence at the very end is
    // accepted unless `complete`.
    static bool isValidUtf8(const char *bytes, qsizetype size, bool complete = true);
    struct Utf8Scan
    {
        qsizetype characters = 0; // well-formed multi-byte characters
        qsizetype broken = 0;     // bytes that start no well-formed character (overlong ones included)
        qsizetype firstBroken = -1;
    };
    static Utf8Scan scanUtf8(const char *bytes, qsizetype size, bool complete);
    // GB18030 or Big5, whichever decodes `sample` into common Chinese characters (empty
    // when neither does).
    static QString bestChineseEncoding(const QByteArray &sample, bool complete);
    // The canonical name for `name`, or empty if this build cannot decode it.
    static QString canonicalName(const QString &name);
};

// Reads a device and hands out its text as UTF-8, skipping a byte-order mark.
class Utf8Stream
{
public:
    Utf8Stream(QIODevice *device, const QString &encoding, int skipBytes);
    ~Utf8Stream();

    // Fills up to `capacity` bytes; 0 at the end.
    qint64 read(char *buffer, qint64 capacity);
    // True if any byte could not be decoded in the declared encoding (shown as U+FFFD).
    bool hadDecodingErrors() const { return m_decoder && m_decoder->hasError(); }
    qint64 rawBytesRead() const { return m_rawRead; }

private:
    QIODevice *m_device;
    std::unique_ptr<QStringDecoder> m_decoder; // null for UTF-8: bytes pass through
    QByteArray m_pending;
    qsizetype m_pendingPos = 0;
    qint64 m_rawRead = 0;
    int m_skip = 0;
};

} // namespace mwb
