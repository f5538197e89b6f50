#include "TextEncoding.h"

#include <QIODevice>
#include <QSet>

#include <uchardet.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace mwb {

bool TextEncoding::isValidUtf8(const char *bytes, qsizetype size, bool complete)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, code = c & 0x07;
        } else {
            return false;
        }
        if (i + length > size)
            return !complete; // cut in the middle of a character by the sample's end
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

TextEncoding::Utf8Scan TextEncoding::scanUtf8(const char *bytes, qsizetype size, bool complete)
{
    Utf8Scan scan;
    const auto *s = reinterpret_cast<const unsigned char *>(bytes);
    qsizetype i = 0;
    const auto broken = [&scan, &i] {
        if (scan.firstBroken < 0)
            scan.firstBroken = i;
        ++scan.broken;
        ++i;
    };
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if ((c & 0xE0) == 0xC0)
            length = 2, minimum = 0x80, code = c & 0x1F;
        else if ((c & 0xF0) == 0xE0)
            length = 3, minimum = 0x800, code = c & 0x0F;
        else if ((c & 0xF8) == 0xF0)
            length = 4, minimum = 0x10000, code = c & 0x07;
        if (length == 0) {
            broken();
            continue;
        }
        if (i + length > size) {
            if (complete)
                broken();
            break;
        }
        bool ok = true;
        for (int k = 1; k < length && ok; ++k) {
            ok = (s[i + k] & 0xC0) == 0x80;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        if (!ok || code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            broken();
            continue;
        }
        ++scan.characters;
        i += length;
    }
    return scan;
}

QString TextEncoding::canonicalName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper.isEmpty())
        return {};
    // GB2312 and GBK are subsets of GB18030: decoding with the superset loses nothing.
    if (upper == u"GB2312"_s || upper == u"GBK"_s || upper == u"CP936"_s || upper == u"EUC-CN"_s
        || upper == u"HZ-GB-2312"_s)
        return u"GB18030"_s;
    if (upper == u"UTF8"_s)
        return u"UTF-8"_s;
    if (upper == u"BIG5-HKSCS"_s || upper == u"BIG-5"_s || upper == u"CP950"_s)
        return u"Big5"_s;
    if (upper == u"SJIS"_s || upper == u"SHIFT-JIS"_s || upper == u"CP932"_s)
        return u"Shift_JIS"_s;
    if (upper == u"ASCII"_s || upper == u"US-ASCII"_s)
        return u"UTF-8"_s;
    QStringDecoder probe(name.trimmed().toLatin1().constData());
    return probe.isValid() ? name.trimmed() : QString();
}

DetectedEncoding TextEncoding::detect(const QByteArray &sample, bool complete)
{
    const auto *b = reinterpret_cast<const unsigned char *>(sample.constData());
    const qsizetype n = sample.size();
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        return {u"UTF-8"_s, 3, true};
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        return {u"UTF-16LE"_s, 2, true};
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        return {u"UTF-16BE"_s, 2, true};
    if (isValidUtf8(sample.constData(), n, complete))
        return {u"UTF-8"_s, 0, true};
    // Text written as UTF-8 with a few broken or overlong sequences falls to another
    // encoding below; the import then says so instead of reading it silently as that.
    const Utf8Scan scan = scanUtf8(sample.constData(), n, complete);
    // (In another encoding's text, bytes that happen to form UTF-8 characters are rare next
    // to those that do not.)
    const bool nearlyUtf8 = scan.characters >= 2
        && (scan.broken * 4 <= scan.characters || (scan.broken <= 4 && scan.characters >= 2 * scan.broken));
    const auto withScan = [&](DetectedEncoding detected) {
        if (nearlyUtf8) {
            detected.brokenUtf8At = scan.firstBroken;
            detected.brokenUtf8Count = scan.broken;
        }
        return detected;
    };

    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, sample.constData(), static_cast<size_t>(n));
    uchardet_data_end(detector);
    const QString guess = QString::fromLatin1(uchardet_get_charset(detector));
    uchardet_delete(detector);
    const QString name = canonicalName(guess);
    static const QStringList cjk = {u"GB18030"_s, u"Big5"_s, u"Shift_JIS"_s, u"EUC-KR"_s, u"EUC-JP"_s};
    // uchardet needs more text than a short member export has, and mixes up the Chinese
    // encodings on names; decide among them by which reads as common Chinese characters.
    if (name.isEmpty() || cjk.contains(name, Qt::CaseInsensitive)) {
        const QString chinese = bestChineseEncoding(sample, complete);
        if (!chinese.isEmpty())
            return withScan({chinese, 0, true});
    }
    if (name.isEmpty() || name == u"UTF-8"_s)
        return withScan({u"windows-1252"_s, 0, false}); // not UTF-8 and nothing better known
    return withScan({name, 0, true});
}

Utf8Stream::Utf8Stream(QIODevice *device, const QString &encoding, int skipBytes)
    : m_device(device)
    , m_skip(skipBytes)
{
    if (encoding.compare(u"UTF-8"_s, Qt::CaseInsensitive) != 0)
        m_decoder = std::make_unique<QStringDecoder>(encoding.toLatin1().constData());
}

Utf8Stream::~Utf8Stream() = default;

qint64 Utf8Stream::read(char *buffer, qint64 capacity)
{
    if (m_skip > 0) {
        QByteArray skipped = m_device->read(m_skip);
        m_rawRead += skipped.size();
        m_skip = 0;
    }
    if (!m_decoder) {
        const qint64 got = m_device->read(buffer, capacity);
        if (got > 0)
            m_rawRead += got;
        return got > 0 ? got : 0;
    }
    qint64 written = 0;
    while (written < capacity) {
        if (m_pendingPos >= m_pending.size()) {
            const QByteArray raw = m_device->read(qMax<qint64>(capacity / 2, 4096));
            if (raw.isEmpty())
                break;
            m_rawRead += raw.size();
            m_pending = QString(m_decoder->decode(raw)).toUtf8();
            m_pendingPos = 0;
            continue;
        }
        const qint64 take = qMin<qint64>(capacity - written, m_pending.size() - m_pendingPos);
        std::memcpy(buffer + written, m_pending.constData() + m_pendingPos, static_cast<size_t>(take));
        written += take;
        m_pendingPos += take;
    }
    return written;
}

namespace {

// Frequent Han characters in names, places, export headers and running text, simplified
// and traditional. Text decoded in the right encoding is full of them; decoded in the
// wrong one it rarely is.
const char16_t kFrequentHan[] =
    u"的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而"
    u"能好"
    u"都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进"
    u"把法此"
    u"实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西"
    u"再平真"
    u"听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车"
    u"白应路"
    u"期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建"
    u"南度统"
    u"色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办"
    u"运武半"
    u"候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商"
    u"千片容"
    u"研像找友孩站广陈刘杨赵吴徐孙朱胡郭罗郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶魏苏吕丁沈姚卢傅钟姜崔谭陆范汪廖石"
    u"韦贾夏"
    u"付邹熊孟秦邱侯尹薛闫段雷龙黎陶贺郝顾龚邵覃戴严莫孔汤康易乔赖伟芳娜敏静丽磊洋艳勇杰娟涛超秀霞刚桂玉婷欣怡涵浩宇梓"
    u"轩雨佳"
    u"晨诺客户编号姓手码邮箱话册日期级订单额间渠道数价址省份别备注州沪津渝苏浙闽粤桂琼蜀黔滇藏陕甘宁青疆港澳"
    u"這個們來國說時會對學還後麼發當經現動兩長點實進種聲與開關問間東車話機業員張劉楊趙吳孫馬許韓馮鄧蕭葉蘇呂蔣盧鍾譚陸"
    u"賈鄒龔"
    u"萬錢嚴湯賴偉麗陽艷傑濤靜華軍剛輝編號碼郵電註冊訂單額數價備臺灣台北市區縣鄉鎮";

double frequentShare(const QString &text)
{
    static const QSet<char16_t> frequent = [] {
        QSet<char16_t> set;
        for (const char16_t *c = kFrequentHan; *c; ++c)
            set.insert(*c);
        return set;
    }();
    qsizetype wide = 0, hits = 0;
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        ++wide;
        hits += frequent.contains(c.unicode()) ? 1 : 0;
    }
    return wide == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(wide);
}

} // namespace

QString TextEncoding::bestChineseEncoding(const QByteArray &sample, bool complete)
{
    QByteArray text = sample;
    if (!complete) {
        const qsizetype cut = text.lastIndexOf('\n');
        if (cut > 0)
            text.truncate(cut + 1);
    }
    QString best;
    double bestShare = 0.25; // below this, no Chinese encoding explains the bytes
    for (const char *name : {"GB18030", "Big5"}) {
        QStringDecoder decoder(name);
        const QString decoded = decoder.decode(text);
        if (decoder.hasError())
            continue;
        const double share = frequentShare(decoded);
        if (share > bestShare) {
            bestShare = share;
            best = QString::fromLatin1(name);
        }
    }
    return best;
}

} // namespace mwb
