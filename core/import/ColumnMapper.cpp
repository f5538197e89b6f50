#include "ColumnMapper.h"

#include <QHash>
#include <QSet>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace mwb {

namespace {

using F = ImportField;

struct Synonyms
{
    F field;
    std::initializer_list<const char16_t *> names; // normalised spellings
};

// Headers that mean the same in every kind of file.
const std::initializer_list<Synonyms> kCommon = {
    {F::ExternalId,
     {u"customerid", u"customerno", u"customernumber", u"customercode", u"memberid", u"memberno", u"membernumber",
      u"membercode", u"clientid",   u"clientno",       u"contactid",    u"userid",   u"recordid", u"accountid",
      u"vipno",      u"cardno",     u"membercardno",   u"crmid",        u"会员编号", u"會員編號", u"客户编号",
      u"客戶編號",   u"会员id",     u"會員id",         u"客户id",       u"客戶id",   u"会员卡号", u"會員卡號",
      u"用户id",     u"用戶id",     u"会员号",         u"會員號",       u"客户号",   u"顾客编号", u"顧客編號",
      u"卡号",       u"masterid"}},
    {F::Email,
     {u"email", u"emailaddress", u"mail", u"mailaddress", u"customeremail", u"billingemail", u"contactemail", u"邮箱",
      u"電子郵件", u"电子邮件", u"电子邮箱", u"邮件", u"電郵", u"邮箱地址", u"郵箱", u"電子信箱"}},
    {F::Phone, {u"phone",        u"mobile",      u"mobilephone",  u"cell",         u"cellphone",     u"telephone",
                u"tel",          u"phonenumber", u"mobilenumber", u"billingphone", u"shippingphone", u"customerphone",
                u"contactphone", u"手机号",      u"手机",         u"手機",         u"手機號碼",      u"手机号码",
                u"电话",         u"電話",        u"联系电话",     u"聯絡電話",     u"联系方式",      u"手机号码1",
                u"移动电话",     u"行動電話"}},
};

const std::initializer_list<Synonyms> kContacts = {
    {F::ExternalId, {u"id", u"编号", u"編號"}},
    {F::Name,
     {u"name", u"fullname", u"customername", u"contactname", u"membername", u"billingname", u"姓名", u"名字",
      u"客户名称", u"客户姓名", u"客戶姓名", u"会员姓名", u"會員姓名", u"顾客姓名", u"昵称", u"暱稱"}},
    {F::FirstName, {u"firstname", u"givenname", u"fname", u"billingfirstname", u"名"}},
    {F::LastName, {u"lastname", u"surname", u"familyname", u"lname", u"billinglastname", u"姓"}},
    {F::Address,
     {u"address",       u"streetaddress",  u"street",          u"address1",      u"addressline1",   u"mailingstreet",
      u"billingstreet", u"billingaddress", u"shippingaddress", u"postaladdress", u"mailingaddress", u"地址",
      u"详细地址",      u"詳細地址",       u"收货地址",        u"收貨地址",      u"通讯地址",       u"通訊地址",
      u"邮寄地址",      u"街道地址",       u"联系地址"}},
    {F::PostalCode,
     {u"postalcode", u"postcode", u"zip", u"zipcode", u"zippostalcode", u"mailingpostalcode", u"mailingzip",
      u"mailingzippostalcode", u"billingpostalcode", u"billingzip", u"billingzippostalcode", u"plz", u"邮编", u"郵編",
      u"邮政编码", u"郵政編碼", u"郵遞區號"}},
    {F::City, {u"city", u"mailingcity", u"billingcity", u"town", u"城市", u"所在城市", u"市"}},
    {F::Region,
     {u"state", u"province", u"region", u"stateprovince", u"mailingstateprovince", u"mailingstate", u"billingstate",
      u"county", u"省份", u"省", u"地区", u"地區", u"所在省份"}},
    {F::Country, {u"country", u"countrycode", u"mailingcountry", u"billingcountry", u"国家", u"國家", u"国家地区"}},
    {F::Gender, {u"gender", u"sex", u"性别", u"性別"}},
    {F::BirthDate, {u"birthday", u"birthdate", u"dateofbirth", u"dob", u"生日", u"出生日期", u"出生年月日"}},
    {F::SignupDate,
     {u"signupdate",   u"signup",     u"registrationdate", u"registereddate", u"registeredat", u"createdat",
      u"createddate",  u"createdate", u"joindate",         u"joined",         u"membersince",  u"optintime",
      u"subscribedat", u"注册日期",   u"註冊日期",         u"注册时间",       u"註冊時間",     u"入会日期",
      u"入會日期",     u"开卡日期",   u"开卡时间",         u"加入日期",       u"创建时间"}},
    {F::SourceChannel,
     {u"source", u"leadsource", u"acquisitionchannel", u"channel", u"signupchannel", u"originalsource", u"来源",
      u"來源", u"来源渠道", u"渠道", u"注册渠道", u"註冊渠道", u"获客渠道"}},
    {F::Tier,
     {u"tier", u"level", u"memberlevel", u"membershiplevel", u"viplevel", u"membertier", u"grade", u"会员等级",
      u"會員等級", u"等级", u"等級", u"会员级别", u"卡等级"}},
    {F::Tags, {u"tags", u"tag", u"标签", u"標籤", u"标记"}},
    {F::Referrer,
     {u"referredby", u"referrer", u"referrerid", u"referrerphone", u"referrermemberid", u"invitedby", u"inviter",
      u"inviterid", u"推荐人", u"推薦人", u"推荐人编号", u"推荐人手机", u"推荐人手机号", u"邀请人", u"邀請人",
      u"邀请人编号", u"邀请人手机", u"师傅", u"師傅"}},
};

const std::initializer_list<Synonyms> kTransactions = {
    {F::OrderId,
     {u"orderid",       u"ordernumber",   u"orderno",   u"order",         u"invoiceno", u"invoice", u"invoiceid",
      u"invoicenumber", u"transactionid", u"receiptno", u"receiptnumber", u"receiptid", u"name",    u"id",
      u"订单号",        u"訂單號",        u"订单编号",  u"訂單編號",      u"订单id",    u"訂單id",  u"单号",
      u"交易单号",      u"小票号",        u"流水号"}},
    {F::OrderDate,
     {u"orderdate", u"date",          u"createdat", u"orderedat", u"invoicedate", u"purchasedate", u"transactiondate",
      u"paidat",    u"orderdatetime", u"ordertime", u"datetime",  u"time",        u"下单时间",     u"下單時間",
      u"订单日期",  u"訂單日期",      u"支付时间",  u"付款时间",  u"付款時間",    u"交易时间",     u"交易時間",
      u"购买日期",  u"消费时间",      u"下单日期",  u"日期"}},
    {F::Amount, {u"amount",     u"total",         u"totalamount", u"ordertotal", u"revenue",  u"sales",
                 u"totalprice", u"paymentamount", u"grandtotal",  u"netsales",   u"value",    u"金额",
                 u"金額",       u"实付金额",      u"實付金額",    u"订单金额",   u"訂單金額", u"支付金额",
                 u"成交金额",   u"付款金额",      u"消费金额",    u"实收金额",   u"应付金额"}},
    {F::Quantity, {u"quantity", u"qty", u"lineitemquantity", u"units", u"cds", u"数量", u"數量", u"件数", u"购买数量"}},
    {F::UnitPrice, {u"unitprice", u"price", u"itemprice", u"lineitemprice", u"单价", u"單價", u"商品单价"}},
    {F::Product,
     {u"product", u"productname", u"description", u"item", u"itemname", u"lineitemname", u"title", u"商品", u"商品名称",
      u"商品名稱", u"产品", u"產品", u"产品名称", u"產品名稱", u"品名"}},
    {F::ProductCode,
     {u"sku",    u"stockcode",  u"productcode", u"productid",  u"productsku", u"itemcode",      u"itemid",
      u"itemno", u"itemnumber", u"lineitemsku", u"variantsku", u"articleno",  u"articlenumber", u"barcode",
      u"ean",    u"商品编码",   u"商品編碼",    u"商品编号",   u"商品編號",   u"商品id",        u"货号",
      u"貨號",   u"产品编码",   u"產品編碼",    u"条码",       u"條碼",       u"sku编码",       u"商品条码"}},
    {F::Category,
     {u"category", u"productcategory", u"categoryname", u"producttype", u"itemcategory", u"department", u"品类",
      u"品類", u"类目", u"類目", u"商品类目", u"商品類目", u"分类", u"分類", u"商品分类", u"商品分類", u"类别",
      u"類別"}},
    {F::Brand, {u"brand", u"brandname", u"vendor", u"manufacturer", u"品牌", u"品牌名称", u"品牌名稱", u"厂商"}},
    {F::LineAmount,
     {u"lineamount", u"linetotal", u"lineitemtotal", u"itemtotal", u"lineprice", u"linerevenue", u"商品金额",
      u"商品金額", u"小计", u"小計", u"行金额", u"商品总价", u"商品總價"}},
    {F::Channel,
     {u"channel", u"saleschannel", u"source", u"store", u"shop", u"platform", u"渠道", u"销售渠道", u"銷售渠道",
      u"来源", u"門市", u"门店", u"平台", u"店铺"}},
};

const std::initializer_list<Synonyms> kEvents = {
    {F::EventTime,
     {u"time", u"timestamp", u"datetime", u"date", u"occurredat", u"eventtime", u"eventdate", u"createdat", u"时间",
      u"時間", u"发生时间", u"日期", u"行为时间", u"提交时间"}},
    {F::EventType,
     {u"event", u"eventtype", u"type", u"action", u"activity", u"eventname", u"事件", u"行为", u"行為", u"类型",
      u"類型", u"事件类型"}},
    {F::Channel, {u"channel", u"source", u"medium", u"utmsource", u"渠道", u"来源", u"來源"}},
    {F::Campaign, {u"campaign", u"campaignname", u"campaignid", u"utmcampaign", u"活动", u"活動", u"活动名称"}},
    {F::Value, {u"value", u"score", u"npsscore", u"nps", u"rating", u"howlikely", u"分数", u"分數", u"评分", u"評分"}},
    {F::Detail,
     {u"detail", u"details", u"url", u"page", u"pageurl", u"subject", u"comment", u"note", u"详情", u"備註", u"备注",
      u"页面"}},
};

// Campaign results: our own list's member_token, and the reports of sending tools
// (Mailchimp and Brevo activity exports, SendGrid event exports, SMS gateways' receipts).
const std::initializer_list<Synonyms> kResults = {
    {F::MemberToken, {u"membertoken", u"token", u"成员令牌", u"會員令牌"}},
    {F::Status,
     {u"status", u"result", u"event", u"eventtype", u"action", u"activity", u"type", u"deliverystatus", u"sendstatus",
      u"状态", u"狀態", u"结果", u"結果", u"发送状态", u"發送狀態", u"回执状态", u"回執狀態"}},
    {F::Amount,
     {u"revenue", u"amount", u"ordervalue", u"ordertotal", u"conversionvalue", u"value", u"金额", u"金額", u"收入",
      u"订单金额", u"訂單金額"}},
    {F::OrderId,
     {u"orderid", u"ordernumber", u"orderref", u"orderreference", u"订单号", u"訂單號", u"订单编号", u"訂單編號"}},
    {F::EventTime,
     {u"time", u"timestamp", u"date", u"datetime", u"eventtime", u"occurredat", u"sentat", u"receipttime", u"时间",
      u"時間", u"回执时间", u"回執時間", u"发送时间", u"發送時間", u"送达时间"}},
};

// Points ledgers of member programmes (CRM and loyalty exports, 有赞/微盟 points details).
const std::initializer_list<Synonyms> kPoints = {
    {F::EventTime,
     {u"time", u"timestamp", u"date", u"datetime", u"createdat", u"occurredat", u"transactiondate", u"时间",
      u"時間", u"日期", u"变动时间", u"變動時間", u"积分时间", u"發生時間", u"发生时间", u"交易时间"}},
    {F::Points,
     {u"points", u"point", u"pointschange", u"pointsdelta", u"delta", u"amount", u"积分", u"積分", u"积分变动",
      u"積分變動", u"变动积分", u"积分数", u"积分值", u"变动值"}},
    {F::EventType,
     {u"type", u"pointstype", u"transactiontype", u"action", u"reason", u"类型", u"類型", u"变动类型", u"變動類型",
      u"积分类型", u"積分類型", u"业务类型"}},
    {F::Reference,
     {u"reference", u"ref", u"orderid", u"ordernumber", u"description", u"note", u"remark", u"备注", u"備註",
      u"说明", u"說明", u"订单号", u"訂單號", u"关联单号", u"來源單號"}},
};

// Referral programmes' reports: the referrer, the customer they brought (any identifier)
// and when ("以老带新", "以师带徒" invitation exports).
const std::initializer_list<Synonyms> kReferrals = {
    {F::Referrer,
     {u"referrer", u"referrerid", u"referredby", u"referrerphone", u"referreremail", u"inviter", u"inviterid",
      u"inviterphone", u"推荐人", u"推薦人", u"推荐人编号", u"推荐人id", u"推荐人手机", u"推荐人手机号", u"邀请人",
      u"邀請人", u"邀请人编号", u"邀请人id", u"邀请人手机", u"师傅", u"師傅", u"老会员"}},
    {F::ExternalId,
     {u"referee", u"refereeid", u"invitee", u"inviteeid", u"referred", u"referredid", u"newmember", u"newmemberid",
      u"被推荐人", u"被推薦人", u"被推荐人编号", u"被推荐人id", u"被邀请人", u"被邀請人", u"被邀请人编号",
      u"被邀请人id", u"徒弟", u"新会员", u"新会员编号"}},
    {F::Phone, {u"refereephone", u"inviteephone", u"被推荐人手机", u"被推荐人手机号", u"被邀请人手机", u"新会员手机"}},
    {F::Email, {u"refereeemail", u"inviteeemail", u"被推荐人邮箱", u"被邀请人邮箱"}},
    {F::EventTime,
     {u"time", u"date", u"referredat", u"referraldate", u"invitedat", u"invitationdate", u"joinedat", u"推荐时间",
      u"推薦時間", u"邀请时间", u"邀請時間", u"时间", u"時間", u"日期", u"注册时间"}},
};

const std::initializer_list<Synonyms> &kindTable(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Contacts: return kContacts;
    case ImportKind::Transactions: return kTransactions;
    case ImportKind::Events: return kEvents;
    case ImportKind::Results: return kResults;
    case ImportKind::Points: return kPoints;
    case ImportKind::Referrals: return kReferrals;
    }
    return kContacts;
}

F lookup(const std::initializer_list<Synonyms> &table, const QString &normalized)
{
    for (const Synonyms &s : table) {
        for (const char16_t *name : s.names) {
            if (normalized == QStringView(name))
                return s.field;
        }
    }
    return F::Ignore;
}

} // namespace

QString ColumnMapper::normalizedHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header.trimmed()) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

ImportField ColumnMapper::fieldForHeader(ImportKind kind, const QString &header)
{
    const QString normalized = normalizedHeader(header);
    // The kind's own meaning wins ("id" is a customer in contacts, an order in orders).
    const F own = lookup(kindTable(kind), normalized);
    if (own != F::Ignore)
        return own;
    return lookup(kCommon, normalized);
}

QList<ImportField> ColumnMapper::propose(ImportKind kind, const QStringList &headers)
{
    QList<ImportField> fields;
    QSet<int> used;
    for (const QString &header : headers) {
        F field = fieldForHeader(kind, header);
        // A field taken by an earlier column is not proposed twice (Shopify has two "Phone"s).
        if (field != F::Ignore && used.contains(static_cast<int>(field)))
            field = F::Ignore;
        if (field != F::Ignore)
            used.insert(static_cast<int>(field));
        if (field == F::Ignore && kind == ImportKind::Contacts && !normalizedHeader(header).isEmpty())
            field = F::Custom;
        fields.append(field);
    }
    return fields;
}

} // namespace mwb
