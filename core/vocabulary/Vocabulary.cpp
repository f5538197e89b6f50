#include "Vocabulary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

struct Entry
{
    const char *canonical;
    std::initializer_list<const char16_t *> synonyms; // compared lower-case, without spaces, _ and -
};

const std::initializer_list<Entry> kChannels = {
    {"web",
     {u"web", u"website", u"online", u"site", u"pc", u"h5", u"网站", u"官网", u"網站", u"官網", u"网页", u"線上",
      u"线上", u"商城", u"onlinestore", u"webshop", u"ecommerce"}},
    {"email", {u"email", u"mail", u"edm", u"newsletter", u"邮件", u"郵件", u"电子邮件", u"電子郵件", u"邮箱"}},
    {"sms", {u"sms", u"text", u"textmessage", u"短信", u"簡訊", u"简讯"}},
    {"wechat",
     {u"wechat", u"weixin", u"wx", u"微信", u"公众号", u"公眾號", u"小程序", u"miniprogram", u"企业微信", u"企微"}},
    {"app", {u"app", u"mobileapp", u"application", u"ios", u"android", u"push", u"apppush", u"应用", u"應用"}},
    {"store",
     {u"store", u"shop", u"retail", u"pos", u"offline", u"instore", u"门店", u"門市", u"门市", u"线下", u"線下",
      u"实体店", u"專櫃", u"专柜"}},
    {"ads",
     {u"ads", u"ad", u"advertising", u"paid", u"paidsocial", u"cpc", u"ppc", u"facebook", u"google", u"googleads",
      u"meta", u"douyin", u"tiktok", u"广告", u"廣告", u"投放", u"信息流"}},
    {"phone", {u"phone", u"call", u"callcenter", u"telephone", u"telesales", u"电话", u"電話", u"客服", u"呼叫中心"}},
    {"direct_mail", {u"directmail", u"dm", u"post", u"mailer", u"catalog", u"catalogue", u"直邮", u"直郵", u"邮寄"}},
};

const std::initializer_list<Entry> kEventTypes = {
    {"web_visit", {u"webvisit", u"visit", u"pageview", u"view", u"session", u"访问", u"浏览", u"瀏覽", u"訪問"}},
    {"email_open", {u"emailopen", u"open", u"opened", u"emailopened", u"打开邮件", u"邮件打开"}},
    {"email_click", {u"emailclick", u"click", u"clicked", u"emailclicked", u"点击邮件", u"邮件点击"}},
    {"sms_click", {u"smsclick", u"短信点击"}},
    {"wechat_message", {u"wechatmessage", u"wechat", u"message", u"微信消息", u"微信互动", u"留言"}},
    {"app_open", {u"appopen", u"applaunch", u"launch", u"打开app", u"启动"}},
    {"register", {u"register", u"registration", u"signup", u"signedup", u"注册", u"註冊", u"入会", u"入會"}},
    {"coupon_redeem",
     {u"couponredeem", u"coupon", u"redeem", u"redemption", u"voucher", u"核销", u"用券", u"优惠券核销"}},
    {"inquiry", {u"inquiry", u"enquiry", u"question", u"contact", u"咨询", u"諮詢", u"询价"}},
    {"referral", {u"referral", u"refer", u"referred", u"推荐", u"推薦", u"转介绍"}},
    {"nps", {u"nps", u"npssurvey", u"survey", u"npsresponse", u"满意度", u"调研", u"問卷", u"问卷"}},
    {"campaign_sent", {u"campaignsent", u"sent", u"send", u"发送"}},
    {"campaign_delivered", {u"campaigndelivered", u"delivered", u"送达", u"送達"}},
    {"campaign_bounced", {u"campaignbounced", u"bounced", u"bounce", u"hardbounce", u"softbounce", u"退信", u"失败"}},
    {"campaign_opened", {u"campaignopened"}},
    {"campaign_clicked", {u"campaignclicked"}},
    {"campaign_unsubscribed", {u"campaignunsubscribed", u"unsubscribed", u"unsubscribe", u"optout", u"退订", u"退訂"}},
    {"campaign_converted",
     {u"campaignconverted", u"converted", u"conversion", u"purchase", u"purchased", u"转化", u"轉化", u"成交"}},
};

struct DisplayName
{
    const char16_t *name;
    const char *label; // translated in context "mwb::Vocabulary"
};

const DisplayName kChannelNames[] = {
    {u"web", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Web")},
    {u"email", QT_TRANSLATE_NOOP("mwb::Vocabulary", "E-mail")},
    {u"sms", QT_TRANSLATE_NOOP("mwb::Vocabulary", "SMS")},
    {u"wechat", QT_TRANSLATE_NOOP("mwb::Vocabulary", "WeChat")},
    {u"app", QT_TRANSLATE_NOOP("mwb::Vocabulary", "App")},
    {u"store", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Store")},
    {u"ads", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Ads")},
    {u"phone", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Phone")},
    {u"direct_mail", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Direct mail")},
};

const DisplayName kEventTypeNames[] = {
    {u"web_visit", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Web visit")},
    {u"email_open", QT_TRANSLATE_NOOP("mwb::Vocabulary", "E-mail opened")},
    {u"email_click", QT_TRANSLATE_NOOP("mwb::Vocabulary", "E-mail link clicked")},
    {u"sms_click", QT_TRANSLATE_NOOP("mwb::Vocabulary", "SMS link clicked")},
    {u"wechat_message", QT_TRANSLATE_NOOP("mwb::Vocabulary", "WeChat message")},
    {u"wechat_follower", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Followed on WeChat")},
    {u"app_open", QT_TRANSLATE_NOOP("mwb::Vocabulary", "App opened")},
    {u"register", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Registered")},
    {u"coupon_redeem", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Coupon redeemed")},
    {u"inquiry", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Inquiry")},
    {u"referral", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Referred someone")},
    {u"nps", QT_TRANSLATE_NOOP("mwb::Vocabulary", "NPS answer")},
    {u"campaign_sent", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Campaign sent")},
    {u"campaign_delivered", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Campaign delivered")},
    {u"campaign_bounced", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Campaign bounced")},
    {u"campaign_opened", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Campaign opened")},
    {u"campaign_clicked", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Campaign clicked")},
    {u"campaign_unsubscribed", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Unsubscribed")},
    {u"campaign_converted", QT_TRANSLATE_NOOP("mwb::Vocabulary", "Converted")},
};

template <std::size_t N> QString displayName(const DisplayName (&table)[N], const QString &name, bool *known)
{
    for (const DisplayName &entry : table) {
        if (name == QStringView(entry.name)) {
            if (known)
                *known = true;
            return QCoreApplication::translate("mwb::Vocabulary", entry.label);
        }
    }
    if (known)
        *known = false;
    return name;
}

QString normalize(std::string_view text)
{
    const QString raw = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

std::string lookup(const std::initializer_list<Entry> &table, std::string_view text)
{
    const QString key = normalize(text);
    for (const Entry &entry : table) {
        if (key == QLatin1StringView(entry.canonical) || key == QString::fromLatin1(entry.canonical).remove(u'_'))
            return entry.canonical;
        for (const char16_t *synonym : entry.synonyms) {
            if (key == QStringView(synonym))
                return entry.canonical;
        }
    }
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).trimmed().toStdString();
}

} // namespace

std::string Vocabulary::channel(std::string_view text)
{
    return lookup(kChannels, text);
}

std::string Vocabulary::eventType(std::string_view text)
{
    return lookup(kEventTypes, text);
}

QString Vocabulary::channelDisplayName(const QString &channel, bool *known)
{
    return displayName(kChannelNames, channel, known);
}

QString Vocabulary::eventTypeDisplayName(const QString &type, bool *known)
{
    return displayName(kEventTypeNames, type, known);
}

std::string Vocabulary::gender(std::string_view text)
{
    const QString key = normalize(text);
    static const QStringList female = {u"f"_s, u"female"_s, u"woman"_s, u"w"_s, u"女"_s, u"女性"_s, u"女士"_s};
    static const QStringList male = {u"m"_s, u"male"_s, u"man"_s, u"男"_s, u"男性"_s, u"先生"_s};
    if (female.contains(key))
        return "F";
    if (male.contains(key))
        return "M";
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).trimmed().toStdString();
}

} // namespace mwb
