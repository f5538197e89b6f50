// The Chinese translations: both .ts files are complete (nothing unfinished, vanished,
// obsolete or empty; every %1…%9 and %n, accelerator and HTML tag kept), the .qm files are
// built into the resources, and the main window speaks Chinese once they are installed; the
// messages core makes for people (import rejections and errors, CSV syntax errors, campaign and
// segment errors, why a workspace cannot be opened) and segment descriptions, with stages,
// RFM segments, channels and event types by their names, are translated too, and stay English
// without a translator, as the CLI shows them.
#include "DisplayFormat.h"
#include "MainWindow.h"
#include "campaigns/CampaignReportText.h"

#include "campaigns/CampaignStore.h"
#include "import/CsvReader.h"
#include "import/Importer.h"
#include "metrics/RfmScores.h"
#include "segments/SegmentDefinition.h"
#include "store/Workspace.h"
#include "store/WorkspaceLock.h"

#include <SQLiteCpp/Database.h>

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;
    qint64 line = 0;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", xml.lineNumber()};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// %1…%99 and %n, each once, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

// HTML tags as written (<b>, </b>, <br>, <a href="#compute">…), sorted.
QStringList tags(const QString &text)
{
    static const QRegularExpression re(u"</?[a-zA-Z][^<>]*>"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// A menu accelerator: "&File", not "&&" or an entity such as "&nbsp;".
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(u"(?<!&)&(?!&|[a-z]+;|#\\d+;)\\S"_s);
    return re.match(text).hasMatch();
}

QString tsPath(const QString &language)
{
    return QStringLiteral(MWB_TRANSLATIONS_DIR) + u"/marketing-workbench_"_s + language + u".ts"_s;
}

// What the sidebar, the menus and a few pages say in each language.
struct Expected
{
    const char *context;
    const char *source;
    const char *zhCN;
    const char *zhTW;
};
const Expected kExpected[] = {
    {"mwb::ui::OverviewPage", "Overview", "概览", "總覽"},
    {"mwb::ui::CustomersPage", "Customers", "客户", "顧客"},
    {"mwb::ui::LifecyclePage", "Lifecycle", "生命周期", "生命週期"},
    {"mwb::ui::SegmentsPage", "Segments", "客群", "分群"},
    {"mwb::ui::CampaignsPage", "Campaigns", "营销活动", "行銷活動"},
    {"mwb::ui::CohortsPage", "Cohorts", "同期群", "同期群組"},
    {"mwb::ui::CustomerValuePage", "Customer value", "客户价值", "顧客價值"},
    {"mwb::Figures", "Churn rate", "流失率", "流失率"},
    {"mwb::Figures", "Repeat-purchase rate", "复购率", "回購率"},
    {"mwb::ui::MainWindow", "&File", "文件(&F)", "檔案(&F)"},
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void qmIsBuiltIntoTheResources_data();
    void qmIsBuiltIntoTheResources();
    void pluralFormsKeepTheCount();
    void englishSaysOneCustomer();
    void mainWindowShowsChinesePageNames_data();
    void mainWindowShowsChinesePageNames();
    void segmentTextsFromCoreAreTranslated_data();
    void segmentTextsFromCoreAreTranslated();
    void segmentDescriptionsNameStagesChannelsAndTypes_data();
    void segmentDescriptionsNameStagesChannelsAndTypes();
    void rfmSegmentsReadByTheirNames_data();
    void rfmSegmentsReadByTheirNames();
    void coreMessagesAreTranslated_data();
    void coreMessagesAreTranslated();
    void csvAndWorkspaceErrorsAreTranslated_data();
    void csvAndWorkspaceErrorsAreTranslated();
    void monthsReadTheChineseWay();

private:
    QTranslator *m_installed = nullptr;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MarketingWorkbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_translations"_s);
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(m_installed);
        delete m_installed;
        m_installed = nullptr;
    }
}

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s;
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QVERIFY2(ts.messages.size() > 500, qPrintable(QString::number(ts.messages.size())));

    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        const QString where = u"line %1 (%2) \"%3\": "_s.arg(m.line).arg(m.context, m.source.left(60));
        if (!m.type.isEmpty()) {
            problems << where + m.type;
            continue;
        }
        if (m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(),
                           [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems << where + u"empty translation"_s;
            continue;
        }
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems << where
                        + u"placeholders %1 in the source, %2 in \"%3\""_s.arg(placeholders(m.source).join(u' '),
                                                                               placeholders(t).join(u' '), t);
            if (tags(t) != tags(m.source))
                problems << where + u"HTML tags differ in \"%1\""_s.arg(t);
            if (hasAccelerator(m.source) && !hasAccelerator(t))
                problems << where + u"accelerator lost in \"%1\""_s.arg(t);
        }
        if (m.numerus && !m.source.contains(u"%n"_s) && !m.source.contains(u"%Ln"_s))
            problems << where + u"plural without %n"_s;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems:\n"_s.arg(problems.size()) + problems.join(u'\n')));
}

void TestTranslations::qmIsBuiltIntoTheResources_data()
{
    tsFileIsComplete_data();
}

void TestTranslations::qmIsBuiltIntoTheResources()
{
    QFETCH(QString, language);
    const QString path = u":/i18n/marketing-workbench_"_s + language + u".qm"_s;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QTranslator translator;
    QVERIFY(translator.load(path));
    QCOMPARE(translator.language(), language);
    for (const Expected &e : kExpected) {
        const QString expected = QString::fromUtf8(language == u"zh_CN"_s ? e.zhCN : e.zhTW);
        QCOMPARE(translator.translate(e.context, e.source), expected);
    }
    // The same English word in another context keeps its own translation.
    QVERIFY(!translator.translate("mwb::ui::CohortTableModel", "Customers").isEmpty());
}

void TestTranslations::pluralFormsKeepTheCount()
{
    m_installed = new QTranslator;
    QVERIFY(m_installed->load(u":/i18n/marketing-workbench_zh_CN.qm"_s));
    QCoreApplication::installTranslator(m_installed);
    const QString text = QCoreApplication::translate("mwb::ui::JourneyFilterBar", "%n channels", nullptr, 3);
    QVERIFY2(text.contains(u'3') && !text.contains(u"channels"_s), qPrintable(text));
}

void TestTranslations::englishSaysOneCustomer()
{
    // Every plural of the sources has both English forms, and the count reads right.
    const TsFile ts = readTs(tsPath(u"en"_s));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(ts.messages.size() >= 10);
    for (const TsMessage &m : ts.messages) {
        QVERIFY2(m.numerus, qPrintable(m.source)); // plural forms only
        QVERIFY2(m.type.isEmpty() && m.translations.size() == 2, qPrintable(m.source));
    }
    m_installed = new QTranslator;
    QVERIFY(m_installed->load(u":/i18n/marketing-workbench_en.qm"_s));
    QCoreApplication::installTranslator(m_installed);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    const auto tr = [](const char *context, const char *source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    QCOMPARE(tr("mwb::ui::MainWindow", "%Ln campaigns", 1), u"1 campaign"_s);
    QCOMPARE(tr("mwb::ui::MainWindow", "%Ln campaigns", 0), u"0 campaigns"_s);
    QCOMPARE(tr("mwb::ui::MainWindow", "%Ln customers", 1500), u"1,500 customers"_s);
    QCOMPARE(tr("mwb::ui::CustomersPage", "%Ln customers", 1), u"1 customer"_s);
    QCOMPARE(tr("mwb::ui::OverviewPage", "%Ln refunds", 1), u"1 refund"_s);
    QCOMPARE(tr("mwb::ui::JourneyFilterBar", "%n channels", 1), u"1 channel"_s);
}

void TestTranslations::mainWindowShowsChinesePageNames_data()
{
    tsFileIsComplete_data();
}

void TestTranslations::mainWindowShowsChinesePageNames()
{
    QFETCH(QString, language);
    m_installed = new QTranslator;
    QVERIFY(m_installed->load(u":/i18n/marketing-workbench_"_s + language + u".qm"_s));
    QCoreApplication::installTranslator(m_installed);

    mwb::ui::MainWindow window;
    window.show();
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    QVERIFY(sidebar);
    QStringList pages;
    for (int i = 0; i < sidebar->count(); ++i)
        pages << sidebar->item(i)->text();
    for (const Expected &e : kExpected) {
        if (QByteArray(e.source).startsWith('&') || QByteArray(e.context) == "mwb::Figures")
            continue;
        const QString expected = QString::fromUtf8(language == u"zh_CN"_s ? e.zhCN : e.zhTW);
        QVERIFY2(pages.contains(expected), qPrintable(expected + u" not in "_s + pages.join(u", "_s)));
    }
    // No page is left in English.
    for (const QString &page : std::as_const(pages)) {
        static const QRegularExpression latin(u"^[A-Za-z ]+$"_s);
        QVERIFY2(!latin.match(page).hasMatch(), qPrintable(page));
    }
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.constFirst()->text(), QString::fromUtf8(language == u"zh_CN"_s ? "文件(&F)" : "檔案(&F)"));
}

void TestTranslations::segmentTextsFromCoreAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("description");
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"城市"_s << u"客户档案"_s
                           << u"城市为“上海”且最近 90 天内购买过至少 2 次的客户"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s << u"城市"_s << u"顧客資料"_s
                           << u"城市為「上海」且最近 90 天內購買過至少 2 次的顧客"_s;
}

void TestTranslations::segmentTextsFromCoreAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, city);
    QFETCH(QString, profile);
    QFETCH(QString, description);
    const mwb::SegmentParse parsed = mwb::SegmentDefinition::fromText(
        R"({"all": [{"field": "city", "op": "=", "value": "上海"},
                    {"purchase": {"min_count": 2, "within_days": 90}}]})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const mwb::SegmentField *field = mwb::SegmentFields::find(u"city");
    QVERIFY(field);
    // Without a translator: the English of core, as the CLI shows it.
    QCOMPARE(mwb::SegmentFields::displayLabel(*field), u"City"_s);
    QCOMPARE(mwb::SegmentDefinition::describe(parsed.node),
             u"Customers whose city is “上海” and who bought at least 2 times in the last 90 days"_s);

    m_installed = new QTranslator;
    QVERIFY(m_installed->load(u":/i18n/marketing-workbench_"_s + language + u".qm"_s));
    QCoreApplication::installTranslator(m_installed);
    QCOMPARE(mwb::SegmentFields::displayLabel(*field), city);
    QCOMPARE(mwb::SegmentFields::displayTopicName(mwb::SegmentTopic::Profile), profile);
    QCOMPARE(mwb::SegmentDefinition::describe(parsed.node), description);
    // The stored label stays the English source.
    QCOMPARE(field->label, u"City"_s);
}

void TestTranslations::segmentDescriptionsNameStagesChannelsAndTypes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("description");
    QTest::newRow("zh_CN")
        << u"zh_CN"_s << u"生命周期阶段为“购买”且最近 30 天内在微信渠道发生过打开邮件，至少一次且带有标签“vip”的客户"_s;
    QTest::newRow("zh_TW")
        << u"zh_TW"_s
        << u"生命週期階段為「購買」且最近 30 天內在微信通路發生過開啟郵件，至少一次且帶有標籤「vip」的顧客"_s;
}

void TestTranslations::segmentDescriptionsNameStagesChannelsAndTypes()
{
    QFETCH(QString, language);
    QFETCH(QString, description);
    const mwb::SegmentParse parsed = mwb::SegmentDefinition::fromText(
        R"({"all": [{"field": "lifecycle_stage", "op": "=", "value": "adopt"},
                    {"event": {"type": "email_open", "channel": "wechat", "within_days": 30}},
                    {"field": "tag", "op": "=", "value": "vip"}]})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    // English: the names the window shows, not the codes; the tag as typed.
    QCOMPARE(mwb::SegmentDefinition::describe(parsed.node),
             u"Customers whose lifecycle stage is “Adopt” and who had E-mail opened on WeChat at least once in the "
             "last 30 days and who have the tag “vip”"_s);
    m_installed = new QTranslator;
    QVERIFY(m_installed->load(u":/i18n/marketing-workbench_"_s + language + u".qm"_s));
    QCoreApplication::installTranslator(m_installed);
    const QString translated = mwb::SegmentDefinition::describe(parsed.node);
    for (const QString &code : {u"adopt"_s, u"email_open"_s, u"wechat"_s})
        QVERIFY2(!translated.contains(code, Qt::CaseInsensitive), qPrintable(translated));
    QCOMPARE(translated, description);
}

void TestTranslations::rfmSegmentsReadByTheirNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("names"); // of RfmScores::segmentNames(), in its order
    QTest::addColumn<QString>("description");
    QTest::newRow("zh_CN") << u"zh_CN"_s
                           << QStringList{u"冠军客户"_s,   u"忠诚客户"_s, u"潜在忠诚客户"_s, u"新客户"_s,
                                          u"有潜力客户"_s, u"需要关注"_s, u"即将沉睡"_s,     u"有流失风险"_s,
                                          u"不可流失"_s,   u"沉睡客户"_s, u"已流失"_s}
                           << u"RFM 分层为“冠军客户”或“不可流失”且不满足（RFM 分层为“已流失”）的客户"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s
                           << QStringList{u"冠軍顧客"_s,   u"忠誠顧客"_s, u"潛在忠誠顧客"_s, u"新顧客"_s,
                                          u"有潛力顧客"_s, u"需要關注"_s, u"即將沉睡"_s,     u"有流失風險"_s,
                                          u"不可流失"_s,   u"沉睡顧客"_s, u"已流失"_s}
                           << u"RFM 分群為「冠軍顧客」或「不可流失」且不滿足（RFM 分群為「已流失」）的顧客"_s;
}

void TestTranslations::rfmSegmentsReadByTheirNames()
{
    QFETCH(QString, language);
    QFETCH(QStringList, names);
    QFETCH(QString, description);
    const mwb::SegmentParse parsed = mwb::SegmentDefinition::fromText(
        R"({"all": [{"field": "rfm_segment", "op": "in", "value": ["Champions", "Can't lose them"]},
                    {"not": {"field": "rfm_segment", "op": "=", "value": "lost"}}]})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const auto displayNames = [] {
        QStringList shown;
        for (const QString &code : mwb::RfmScores::segmentNames())
            shown << mwb::rfmSegmentDisplayName(code);
        return shown;
    };
    // Without a translator the names are the codes themselves, as the CLI shows them; a
    // definition may write them in any case.
    QCOMPARE(displayNames(), mwb::RfmScores::segmentNames());
    bool known = false;
    QCOMPARE(mwb::rfmSegmentDisplayName(u"can't LOSE them"_s, &known), u"Can't lose them"_s);
    QVERIFY(known);
    QCOMPARE(mwb::rfmSegmentDisplayName(u"Whales"_s, &known), u"Whales"_s);
    QVERIFY(!known);
    QCOMPARE(
        mwb::SegmentDefinition::describe(parsed.node),
        u"Customers whose RFM segment is “Champions” or “Can't lose them” and not (whose RFM segment is “Lost”)"_s);
    QCOMPARE(mwb::ui::CampaignReportText::rfmName(u"At risk"_s), u"At risk"_s);

    m_installed = new QTranslator;
    QVERIFY(m_installed->load(u":/i18n/marketing-workbench_"_s + language + u".qm"_s));
    QCoreApplication::installTranslator(m_installed);
    QCOMPARE(displayNames(), names);
    QCOMPARE(mwb::rfmSegmentDisplayName(u"Whales"_s), u"Whales"_s);
    QCOMPARE(mwb::SegmentDefinition::describe(parsed.node), description);
    QCOMPARE(mwb::ui::CampaignReportText::rfmName(u"At risk"_s), names.at(7));
    // The stored names stay English: they are what the workspace and definitions hold.
    QCOMPARE(mwb::RfmScores::segmentName(5, 5), u"Champions"_s);
}

void TestTranslations::coreMessagesAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("noName");
    QTest::addColumn<QString>("notAnObject");
    QTest::addColumn<QString>("badDate");
    QTest::addColumn<QString>("ragged");
    QTest::addColumn<QString>("missing");
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"活动需要一个名称。"_s << u"定义必须是一个 JSON 对象"_s
                           << u"无法识别的日期 '32/13/2025'。"_s << u"此行有 2 个字段，而表头有 3 个。"_s
                           << u"下单日期、金额（或单价）"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s << u"活動需要一個名稱。"_s << u"定義必須是一個 JSON 物件"_s
                           << u"無法辨識的日期 '32/13/2025'。"_s << u"此列有 2 個欄位，而標題列有 3 個。"_s
                           << u"下單日期、金額（或單價）"_s;
}

void TestTranslations::coreMessagesAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, noName);
    QFETCH(QString, notAnObject);
    QFETCH(QString, badDate);
    QFETCH(QString, ragged);
    QFETCH(QString, missing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto created = mwb::Workspace::create(dir.filePath(u"t.mwb"_s), {u"CN"_s, u"CNY"_s});
    QVERIFY(created.workspace);
    const QString csv = dir.filePath(u"orders.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("order_id,order_date,amount\nA1,2025-03-01,10\nA2,32/13/2025,12\nA3,2025-03-02\n");
    }
    mwb::ImportRequest request;
    request.path = csv;
    request.kind = mwb::ImportKind::Transactions;
    request.dryRun = true;
    request.writeRejectsFile = false;
    const auto rejects = [&] {
        const mwb::ImportResult result = mwb::Importer::run(created.workspace->db(), request);
        QStringList reasons;
        for (const mwb::RejectedRow &row : result.summary.firstRejects)
            reasons << row.reason;
        return result.error.isEmpty() ? reasons : QStringList{result.error};
    };
    const auto missingFields = [] {
        return mwb::missingFields(mwb::ImportKind::Transactions, {mwb::ImportField::Product});
    };
    // Without a translator: the English the CLI prints and the tests compare.
    QCOMPARE(mwb::CampaignStore::validate({}), u"A campaign needs a name."_s);
    QCOMPARE(mwb::SegmentDefinition::fromText("[]").error, u"a definition is one JSON object"_s);
    QCOMPARE(rejects(),
             QStringList({u"Unreadable date '32/13/2025'."_s, u"The row has 2 fields where the header has 3."_s}));
    QCOMPARE(missingFields(), u"order date, amount (or unit price)"_s);

    m_installed = new QTranslator;
    QVERIFY(m_installed->load(u":/i18n/marketing-workbench_"_s + language + u".qm"_s));
    QCoreApplication::installTranslator(m_installed);
    QCOMPARE(mwb::CampaignStore::validate({}), noName);
    QCOMPARE(mwb::SegmentDefinition::fromText("[]").error, notAnObject);
    QCOMPARE(rejects(), QStringList({badDate, ragged}));
    QCOMPARE(missingFields(), missing);
}

void TestTranslations::csvAndWorkspaceErrorsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("unclosed");
    QTest::addColumn<QString>("afterQuote");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QString>("foreign");
    QTest::addColumn<QString>("newer");
    QTest::addColumn<QString>("inUse");
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"此处开始的引号始终没有闭合。"_s
                           << u"闭合引号后出现了多余的文本（字段内的引号必须写成两个）。"_s << u"%1 不存在。"_s
                           << u"%1 是 SQLite 数据库，但不是 Marketing Workbench 工作区。"_s
                           << u"%1 由更新版本的 Marketing Workbench 写入（工作区版本 %2；此版本最高只能读取 %3）。"
                              "请更新应用程序后再打开。"_s
                           << u"%1 已在另一个 Marketing Workbench 窗口中打开（%3 上的进程 %2）。请先在那里关闭它："
                              "两个窗口同时处理一个工作区，会互相看不到对方的更改。"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s << u"此處開始的引號始終沒有閉合。"_s
                           << u"閉合引號後出現了多餘的文字（欄位內的引號必須寫成兩個）。"_s << u"%1 不存在。"_s
                           << u"%1 是 SQLite 資料庫，但不是 Marketing Workbench 工作區。"_s
                           << u"%1 由較新版本的 Marketing Workbench 寫入（工作區版本 %2；此版本最高只能讀取 %3）。"
                              "請更新應用程式後再開啟。"_s
                           << u"%1 已在另一個 Marketing Workbench 視窗中開啟（%3 上的處理程序 %2）。請先在那裡關閉它："
                              "兩個視窗同時處理一個工作區，會互相看不到對方的變更。"_s;
}

void TestTranslations::csvAndWorkspaceErrorsAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, unclosed);
    QFETCH(QString, afterQuote);
    QFETCH(QString, missing);
    QFETCH(QString, foreign);
    QFETCH(QString, newer);
    QFETCH(QString, inUse);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto csvError = [](const char *text) {
        mwb::CsvReader reader(mwb::CsvReader::bytesSource(QByteArray(text)), {});
        mwb::CsvRecord record;
        while (reader.next(record)) { }
        return reader.error().message;
    };
    const QString absent = dir.filePath(u"absent.mwb"_s);
    const QString other = dir.filePath(u"other.db"_s);
    {
        SQLite::Database db(other.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE notes(text)");
    }
    const QString later = dir.filePath(u"later.mwb"_s);
    int newest = 0;
    {
        auto created = mwb::Workspace::create(later, {u"CN"_s, u"CNY"_s});
        QVERIFY(created.workspace);
        newest = created.workspace->schemaVersion();
        created.workspace->db().exec("PRAGMA user_version = " + std::to_string(newest + 1));
    }
    const QString locked = dir.filePath(u"locked.mwb"_s);
    const auto held = mwb::WorkspaceLock::acquire(locked, nullptr);
    QVERIFY(held);
    const auto errors = [&] {
        mwb::StoreError inUseError;
        const bool acquired = mwb::WorkspaceLock::acquire(locked, &inUseError) != nullptr;
        return QStringList{
            csvError("a,b\n1,\"never closed\n"),        csvError("a,b\n\"1\"x,2\n"),
            mwb::Workspace::open(absent).error.message, mwb::Workspace::open(other).error.message,
            mwb::Workspace::open(later).error.message,  acquired ? u"locked twice"_s : inUseError.message};
    };
    // The host QLockFile records, as the message names it.
    const QString host = QSysInfo::machineHostName();
    const qint64 pid = QCoreApplication::applicationPid();
    // Without a translator: the English the CLI prints and the tests compare.
    QCOMPARE(
        errors(),
        QStringList({u"The quote opened here is never closed."_s,
                     u"Unexpected text after a closing quote (a quote inside a field must be doubled)."_s,
                     u"%1 does not exist."_s.arg(absent),
                     u"other.db is an SQLite database, but not a Marketing Workbench workspace."_s,
                     u"later.mwb was written by a newer Marketing Workbench (workspace version %1; this version "
                     "reads up to %2). Update the application to open it."_s.arg(newest + 1)
                         .arg(newest),
                     u"locked.mwb is open in another Marketing Workbench window (process %1 on %2). Close it "
                     "there first: two windows working on one workspace would each miss the other's changes."_s.arg(pid)
                         .arg(host.isEmpty() ? u"this computer"_s : host)}));

    m_installed = new QTranslator;
    QVERIFY(m_installed->load(u":/i18n/marketing-workbench_"_s + language + u".qm"_s));
    QCoreApplication::installTranslator(m_installed);
    const QString here = language == u"zh_CN"_s ? u"本机"_s : u"本機"_s;
    QCOMPARE(errors(),
             QStringList({unclosed, afterQuote, missing.arg(absent), foreign.arg(u"other.db"_s),
                          newer.arg(u"later.mwb"_s).arg(newest + 1).arg(newest),
                          inUse.arg(u"locked.mwb"_s).arg(pid).arg(host.isEmpty() ? here : host)}));
}

void TestTranslations::monthsReadTheChineseWay()
{
    const QLocale before;
    const QDate may(2026, 5, 1);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString chinese = mwb::ui::DisplayFormat::month(may);
    const QString chineseShort = mwb::ui::DisplayFormat::month(may, false);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = mwb::ui::DisplayFormat::month(may);
    const QString englishShort = mwb::ui::DisplayFormat::month(may, false);
    QLocale::setDefault(before);
    QCOMPARE(chinese, u"2026年5月"_s);
    QCOMPARE(chineseShort, u"2026年5月"_s);
    QCOMPARE(english, u"May 2026"_s);
    QCOMPARE(englishShort, u"May 2026"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
