// Dates, numbers, phone numbers, e-mails and ids as real exports write them.
#include "identity/ContactNormalizer.h"
#include "identity/TextKeyCache.h"
#include "import/DateTimeParser.h"
#include "import/NumberParser.h"
#include "vocabulary/Vocabulary.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;

Q_DECLARE_METATYPE(mwb::DateOrder)

namespace {
qint64 utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc()).toSecsSinceEpoch();
}
} // namespace

class TestValueParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data();
    void dates();
    void dateOrderEvidence();
    void civilDaysMatchQDate();
    void numbers_data();
    void numbers();
    void decimalEvidence();
    void toMinorRounds();
    void phones_data();
    void phones();
    void textKeyCache();
    void emails_data();
    void emails();
    void ids();
    void vocabulary();
};

void TestValueParsers::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<qint64>("expected"); // -1: not a date

    const auto dmy = DateOrder::DayMonthYear;
    const auto mdy = DateOrder::MonthDayYear;
    QTest::newRow("iso date") << u"2024-05-07"_s << dmy << utc(2024, 5, 7);
    QTest::newRow("iso date-time") << u"2024-05-07 10:20:30"_s << dmy << utc(2024, 5, 7, 10, 20, 30);
    QTest::newRow("iso T minutes") << u"2024-05-07T10:20"_s << dmy << utc(2024, 5, 7, 10, 20);
    QTest::newRow("iso Z") << u"2024-05-07T10:20:30Z"_s << dmy << utc(2024, 5, 7, 10, 20, 30);
    QTest::newRow("iso offset") << u"2024-05-07T18:20:30+08:00"_s << dmy << utc(2024, 5, 7, 10, 20, 30);
    QTest::newRow("iso fraction") << u"2024-05-07T10:20:30.123Z"_s << dmy << utc(2024, 5, 7, 10, 20, 30);
    QTest::newRow("y/m/d") << u"2024/5/7"_s << dmy << utc(2024, 5, 7);
    QTest::newRow("y.m.d") << u"2024.05.07"_s << dmy << utc(2024, 5, 7);
    QTest::newRow("d.m.y") << u"07.05.2024"_s << mdy << utc(2024, 5, 7); // dots are day-first everywhere
    QTest::newRow("d/m/y") << u"07/05/2024"_s << dmy << utc(2024, 5, 7);
    QTest::newRow("m/d/y") << u"05/07/2024"_s << mdy << utc(2024, 5, 7);
    QTest::newRow("m/d/y online retail") << u"12/1/2010 8:26"_s << mdy << utc(2010, 12, 1, 8, 26);
    QTest::newRow("d-m-y two-digit year") << u"7-5-24"_s << dmy << utc(2024, 5, 7);
    QTest::newRow("am/pm") << u"5/7/2024 8:26 PM"_s << mdy << utc(2024, 5, 7, 20, 26);
    QTest::newRow("12 am") << u"5/7/2024 12:05 AM"_s << mdy << utc(2024, 5, 7, 0, 5);
    QTest::newRow("chinese") << u"2024年5月7日"_s << dmy << utc(2024, 5, 7);
    QTest::newRow("chinese time") << u"2024年5月7日 14:30"_s << dmy << utc(2024, 5, 7, 14, 30);
    QTest::newRow("chinese hao") << u"2024年05月07号"_s << dmy << utc(2024, 5, 7);
    QTest::newRow("day month-name year") << u"7 May 2024"_s << dmy << utc(2024, 5, 7);
    QTest::newRow("d-mon-y") << u"07-May-2024"_s << mdy << utc(2024, 5, 7);
    QTest::newRow("month-name day, year") << u"May 7, 2024"_s << dmy << utc(2024, 5, 7);
    QTest::newRow("weekday") << u"Tue, May 7 2024"_s << dmy << utc(2024, 5, 7);
    QTest::newRow("compact") << u"19970101"_s << dmy << utc(1997, 1, 1);
    QTest::newRow("epoch seconds") << u"1715077230"_s << dmy << qint64(1715077230);
    QTest::newRow("epoch millis") << u"1715077230123"_s << dmy << qint64(1715077230);
    QTest::newRow("leap day") << u"2024-02-29"_s << dmy << utc(2024, 2, 29);
    QTest::newRow("spaces") << u"  2024-05-07  "_s << dmy << utc(2024, 5, 7);
    QTest::newRow("not leap") << u"2023-02-29"_s << dmy << qint64(-1);
    QTest::newRow("21 digits (once an overflow)") << u"222200202002022420224"_s << dmy << qint64(-1);
    QTest::newRow("month 13 in d/m/y") << u"07/13/2024"_s << dmy << qint64(-1);
    QTest::newRow("hour 24") << u"2024-05-07 24:00"_s << dmy << qint64(-1);
    QTest::newRow("words") << u"yesterday"_s << dmy << qint64(-1);
    QTest::newRow("empty") << QString() << dmy << qint64(-1);
    QTest::newRow("trailing junk") << u"2024-05-07 abc"_s << dmy << qint64(-1);
    QTest::newRow("compact invalid") << u"20241301"_s << dmy << qint64(-1);
    QTest::newRow("six digits") << u"536365"_s << dmy << qint64(-1);
}

void TestValueParsers::dates()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(qint64, expected);
    const QByteArray utf8 = text.toUtf8();
    const auto parsed =
        DateTimeParser(order).parse(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    if (expected < 0) {
        QVERIFY2(!parsed, qPrintable(u"read as %1"_s.arg(parsed.value_or(0))));
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    }
}

void TestValueParsers::dateOrderEvidence()
{
    DateOrderEvidence a;
    for (const char *v : {"01/02/2024", "03/04/2024", "25/12/2024"})
        a.add(v);
    QCOMPARE(a.order(), DateOrder::DayMonthYear);
    QCOMPARE(a.ambiguous, qint64(2));

    DateOrderEvidence b;
    for (const char *v : {"12/1/2010 8:26", "12/13/2010 9:00"})
        b.add(v);
    QCOMPARE(b.order(), DateOrder::MonthDayYear);

    DateOrderEvidence c;
    for (const char *v : {"01/02/2024", "05/06/2024", "2024-01-30", "07/07/2024"})
        c.add(v);
    QCOMPARE(c.order(), DateOrder::Unknown); // truly ambiguous: the caller chooses
    QVERIFY(!c.conflicting());

    DateOrderEvidence d;
    d.add("13/01/2024");
    d.add("01/13/2024");
    QVERIFY(d.conflicting());
    QCOMPARE(d.order(), DateOrder::Unknown);
}

void TestValueParsers::civilDaysMatchQDate()
{
    for (QDate date(1899, 12, 25); date < QDate(2101, 1, 10); date = date.addDays(17)) {
        QCOMPARE(DateTimeParser::daysFromCivil(date.year(), date.month(), date.day()), QDate(1970, 1, 1).daysTo(date));
    }
}

void TestValueParsers::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<qint64>("expected"); // × 10^4; INT64_MIN: not a number
    const qint64 none = std::numeric_limits<qint64>::min();
    QTest::newRow("plain") << u"12.5"_s << u"."_s << qint64(125000);
    QTest::newRow("integer") << u"17850"_s << u"."_s << qint64(178500000);
    QTest::newRow("thousands") << u"1,234.56"_s << u"."_s << qint64(12345600);
    QTest::newRow("decimal comma") << u"1.234,56"_s << u","_s << qint64(12345600);
    QTest::newRow("comma only") << u"12,5"_s << u","_s << qint64(125000);
    QTest::newRow("space thousands") << u"1 234,56"_s << u","_s << qint64(12345600);
    QTest::newRow("nbsp thousands") << u"1\u00a0234,56"_s << u","_s << qint64(12345600);
    QTest::newRow("swiss") << u"1'234.50"_s << u"."_s << qint64(12345000);
    QTest::newRow("yen sign") << u"¥1,299.00"_s << u"."_s << qint64(12990000);
    QTest::newRow("fullwidth yen") << u"￥88"_s << u"."_s << qint64(880000);
    QTest::newRow("yuan suffix") << u"88.5元"_s << u"."_s << qint64(885000);
    QTest::newRow("dollar") << u"$12.50"_s << u"."_s << qint64(125000);
    QTest::newRow("euro suffix") << u"12,50 €"_s << u","_s << qint64(125000);
    QTest::newRow("pound") << u"£3.99"_s << u"."_s << qint64(39900);
    QTest::newRow("code") << u"CNY 100"_s << u"."_s << qint64(1000000);
    QTest::newRow("accounting negative") << u"(12.50)"_s << u"."_s << qint64(-125000);
    QTest::newRow("minus") << u"-3.5"_s << u"."_s << qint64(-35000);
    QTest::newRow("minus after sign") << u"-$3.50"_s << u"."_s << qint64(-35000);
    QTest::newRow("sign then minus") << u"$-3.50"_s << u"."_s << qint64(-35000);
    QTest::newRow("trailing minus") << u"3.50-"_s << u"."_s << qint64(-35000);
    QTest::newRow("float id") << u"17850.0"_s << u"."_s << qint64(178500000);
    QTest::newRow("rounding 5th digit") << u"0.123456"_s << u"."_s << qint64(1235);
    QTest::newRow("empty") << QString() << u"."_s << none;
    QTest::newRow("text") << u"abc"_s << u"."_s << none;
    QTest::newRow("two decimals") << u"1.2.3"_s << u","_s << qint64(1230000); // dots group with a comma decimal
    QTest::newRow("two decimal points") << u"1.2.3"_s << u"."_s << none;
    QTest::newRow("sign only") << u"$"_s << u"."_s << none;
    QTest::newRow("trailing separator") << u"12,"_s << u"."_s << none;
}

void TestValueParsers::numbers()
{
    QFETCH(QString, text);
    QFETCH(QString, decimal);
    QFETCH(qint64, expected);
    const QByteArray utf8 = text.toUtf8();
    const auto parsed = NumberParser(decimal.at(0).toLatin1())
                            .parseFixed(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    if (expected == std::numeric_limits<qint64>::min()) {
        QVERIFY2(!parsed, qPrintable(u"read as %1"_s.arg(parsed.value_or(0))));
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    }
}

void TestValueParsers::decimalEvidence()
{
    DecimalEvidence european;
    for (const char *v : {"12,50", "1.234,56", "3,1", "1.000"})
        european.add(v);
    QCOMPARE(european.decimalSeparator(), ',');
    DecimalEvidence english;
    for (const char *v : {"12.50", "1,234.56", "1,000", "7"})
        english.add(v);
    QCOMPARE(english.decimalSeparator(), '.');
}

void TestValueParsers::toMinorRounds()
{
    QCOMPARE(NumberParser::toMinor(125000, 100), qint64(1250));
    QCOMPARE(NumberParser::toMinor(12345, 100), qint64(123)); // 1.2345 -> 1.23
    QCOMPARE(NumberParser::toMinor(12350, 100), qint64(124)); // half away from zero
    QCOMPARE(NumberParser::toMinor(-12350, 100), qint64(-124));
    QCOMPARE(NumberParser::toMinor(125000, 1), qint64(13)); // yen: 12.5 -> 13
    // 6 × 2.55 = 15.30 exactly, with no binary floating point on the way.
    QCOMPARE(NumberParser::toMinor(*NumberParser().parseFixed("2.55") * 6, 100), qint64(1530));
}

void TestValueParsers::phones_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: not a phone number
    QTest::newRow("cn bare") << u"CN"_s << u"13800138000"_s << u"+8613800138000"_s;
    QTest::newRow("cn spaced") << u"CN"_s << u"138 0013 8000"_s << u"+8613800138000"_s;
    QTest::newRow("cn plus") << u"GB"_s << u"+86 138-0013-8000"_s << u"+8613800138000"_s;
    QTest::newRow("cn 0086") << u"CN"_s << u"0086 13800138000"_s << u"+8613800138000"_s;
    QTest::newRow("cn float") << u"CN"_s << u"13800138000.0"_s << u"+8613800138000"_s;
    QTest::newRow("gb national") << u"GB"_s << u"07700 900123"_s << u"+447700900123"_s;
    QTest::newRow("gb international") << u"CN"_s << u"+44 7700 900123"_s << u"+447700900123"_s;
    QTest::newRow("us parentheses") << u"US"_s << u"(202) 555-0143"_s << u"+12025550143"_s;
    QTest::newRow("too short") << u"CN"_s << u"12"_s << QString();
    QTest::newRow("letters") << u"CN"_s << u"call me"_s << QString();
    // Possible but invalid numbers whose E.164 form would read back as another number.
    QTest::newRow("reads back as another") << u"CN"_s << u"0111111111111"_s << QString();
    QTest::newRow("leading zeros") << u"CN"_s << u"0006 8080n0<<<<<"_s << QString();
    QTest::newRow("letters read as digits past 15") << u"CN"_s << u" 008213 8080013 b 0un0"_s << QString();
}

void TestValueParsers::phones()
{
    QFETCH(QString, region);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    // The second reading comes from the normaliser's memory of the first.
    const ContactNormalizer normalizer(region);
    for (int reading = 0; reading < 2; ++reading) {
        const auto phone = normalizer.phone(text.toStdString());
        if (expected.isEmpty()) {
            QVERIFY(!phone);
        } else {
            QVERIFY(phone.has_value());
            QCOMPARE(QString::fromStdString(*phone), expected);
        }
    }
}

// The memory of texts: every key found with its value after the array has grown many
// times, kinds apart, nothing found after clear().
void TestValueParsers::textKeyCache()
{
    TextKeyCache cache;
    QVERIFY(!cache.find(TextKeyCache::key("phone", "13800138000")));
    for (qint64 i = 0; i < 50000; ++i)
        cache.insert(TextKeyCache::key("phone", std::to_string(i)), i * 3);
    cache.insert(TextKeyCache::key("email", "7"), -1);
    cache.insert(TextKeyCache::key("phone", "7"), 70); // replaces
    QCOMPARE(cache.size(), 50001);
    for (qint64 i = 0; i < 50000; ++i) {
        const qint64 *value = cache.find(TextKeyCache::key("phone", std::to_string(i)));
        QVERIFY(value);
        QCOMPARE(*value, i == 7 ? 70 : i * 3);
    }
    QCOMPARE(*cache.find(TextKeyCache::key("email", "7")), -1);
    QVERIFY(!cache.find(TextKeyCache::key("email", "8")));
    QVERIFY(!cache.find(TextKeyCache::key("phone", "50000")));
    cache.clear();
    QCOMPARE(cache.size(), 0);
    QVERIFY(!cache.find(TextKeyCache::key("phone", "7")));
}

void TestValueParsers::emails_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"wei.wang@example.cn"_s << u"wei.wang@example.cn"_s;
    QTest::newRow("case and spaces") << u"  Wei.Wang@Example.CN "_s << u"wei.wang@example.cn"_s;
    QTest::newRow("angle brackets") << u"<a@example.com>"_s << u"a@example.com"_s;
    QTest::newRow("mailto") << u"mailto:a@example.com"_s << u"a@example.com"_s;
    QTest::newRow("no at") << u"example.com"_s << QString();
    QTest::newRow("two ats") << u"a@b@example.com"_s << QString();
    QTest::newRow("no dot in domain") << u"a@localhost"_s << QString();
    QTest::newRow("space inside") << u"a b@example.com"_s << QString();
    QTest::newRow("two addresses") << u"a@example.com;b@example.com"_s << QString();
    // Characters nobody sees, pasted from web pages and chats, are not part of an address.
    QTest::newRow("zero-width space") << u"wei\u200B.wang@example.cn"_s << u"wei.wang@example.cn"_s;
    QTest::newRow("zero-width joiner") << u"wei.wang@exa\u200Dmple.cn"_s << u"wei.wang@example.cn"_s;
    QTest::newRow("right-to-left override") << u"\u202Ewei.wang@example.cn\u202C"_s << u"wei.wang@example.cn"_s;
    QTest::newRow("isolates and marks") << u"\u2066wei.wang@example.cn\u2069\u200E"_s << u"wei.wang@example.cn"_s;
    QTest::newRow("byte-order mark") << u"\uFEFFwei.wang@example.cn"_s << u"wei.wang@example.cn"_s;
    // An internationalised domain and its ASCII form are one domain (RFC 3492's example
    // of "bücher": xn--bcher-kva).
    QTest::newRow("unicode domain") << u"anna@bücher.de"_s << u"anna@xn--bcher-kva.de"_s;
    QTest::newRow("ascii form") << u"Anna@XN--BCHER-KVA.DE"_s << u"anna@xn--bcher-kva.de"_s;
    QTest::newRow("chinese domain") << u"wang@例子.中国"_s << u"wang@xn--fsqu00a.xn--fiqs8s"_s;
}

void TestValueParsers::emails()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto email = ContactNormalizer::email(text.toStdString());
    if (expected.isEmpty()) {
        QVERIFY(!email);
    } else {
        QVERIFY(email.has_value());
        QCOMPARE(QString::fromStdString(*email), expected);
    }
}

void TestValueParsers::ids()
{
    QCOMPARE(ContactNormalizer::id(" 17850.0 "), std::string("17850"));
    QCOMPARE(ContactNormalizer::id("007"), std::string("007")); // leading zeros kept
    QCOMPARE(ContactNormalizer::id("0012.00"), std::string("0012"));
    QCOMPARE(ContactNormalizer::id("12.5"), std::string("12.5")); // not an artefact
    QCOMPARE(ContactNormalizer::id("A-17850.0"), std::string("A-17850.0"));
    QCOMPARE(ContactNormalizer::id("M\u200B001\u200F"), std::string("M001")); // invisible characters go
    QCOMPARE(ContactNormalizer::id("\xC2\xAD"
                                   "17850.0"),
             std::string("17850")); // a soft hyphen too
    QCOMPARE(ContactNormalizer::id("会员\u2060一"), std::string("会员一"));
    QVERIFY(!ContactNormalizer::hasInvisible("王小明 wang@example.cn"));
    // A phone number with a zero-width space is the same number.
    const ContactNormalizer cn(u"CN"_s);
    QCOMPARE(cn.phone("138\u200B0013\u200B8000").value_or(""), std::string("+8613800138000"));
}

void TestValueParsers::vocabulary()
{
    QCOMPARE(Vocabulary::channel("WeChat"), std::string("wechat"));
    QCOMPARE(Vocabulary::channel("微信"), std::string("wechat"));
    QCOMPARE(Vocabulary::channel("E-mail"), std::string("email"));
    QCOMPARE(Vocabulary::channel("门店"), std::string("store"));
    QCOMPARE(Vocabulary::channel("Direct Mail"), std::string("direct_mail"));
    QCOMPARE(Vocabulary::channel(" Pinduoduo "), std::string("Pinduoduo")); // unknown: kept as written
    QCOMPARE(Vocabulary::eventType("Page View"), std::string("web_visit"));
    QCOMPARE(Vocabulary::eventType("NPS"), std::string("nps"));
    QCOMPARE(Vocabulary::eventType("注册"), std::string("register"));
    QCOMPARE(Vocabulary::eventType("webinar_attended"), std::string("webinar_attended"));
    QCOMPARE(Vocabulary::gender("女"), std::string("F"));
    QCOMPARE(Vocabulary::gender("Male"), std::string("M"));
}

QTEST_GUILESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"
