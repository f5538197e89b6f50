<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampaignReportPdf</name>
    <message>
        <source>Result against the control group</source>
        <translation>与对照组比较的结果</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>实验组</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>退订</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>By lifecycle stage the day before the send</source>
        <translation>按发送前一天的生命周期阶段</translation>
    </message>
    <message>
        <source>By RFM segment at creation</source>
        <translation>按创建时的 RFM 分层</translation>
    </message>
    <message>
        <source>%1 · Marketing Workbench, %2</source>
        <translation>%1 · Marketing Workbench，%2</translation>
    </message>
    <message>
        <source>Arms (A/B test) against the control group</source>
        <translation>分组（A/B 测试）与对照组对比</translation>
    </message>
    <message>
        <source>Uplift: treatment rate − control rate, with Newcombe&apos;s 95% interval; p-value of the two-proportion z-test. Incremental revenue: treatment revenue − control revenue scaled to the treatment size. ROI: (incremental revenue − cost) / cost. Arms: each against the control group, p-values adjusted by Holm&apos;s method over the arms. Undefined figures read “—”.</source>
        <translation>提升：实验组转化率 − 对照组转化率，附 Newcombe 95% 区间；p 值来自两比例 z 检验。增量收入：实验组收入 − 按实验组规模折算的对照组收入。ROI：（增量收入 − 成本）/ 成本。分组：每组均与对照组比较，p 值经 Holm 法按组数校正。无定义的数字显示为“—”。</translation>
    </message>
</context>
<context>
    <name>CampaignReportText</name>
    <message>
        <source>%1 of %2 converted</source>
        <translation>%2 人中 %1 人转化</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Treatment conversion</source>
        <translation>实验组转化率</translation>
    </message>
    <message>
        <source>Control conversion</source>
        <translation>对照组转化率</translation>
    </message>
    <message>
        <source>No control group</source>
        <translation>无对照组</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>95% CI %1 to %2</source>
        <translation>95% 置信区间 %1 至 %2</translation>
    </message>
    <message>
        <source>Needs members in both groups</source>
        <translation>两组都需要有成员</translation>
    </message>
    <message>
        <source>Not defined: nobody or everybody converted</source>
        <translation>无法计算：无人转化或全部转化</translation>
    </message>
    <message>
        <source>Significant at 5%</source>
        <translation>在 5% 水平上显著</translation>
    </message>
    <message>
        <source>Not significant at 5%</source>
        <translation>在 5% 水平上不显著</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Incremental conversions</source>
        <translation>增量转化</translation>
    </message>
    <message>
        <source>Beyond what the control rate predicts</source>
        <translation>超出对照组转化率预期的部分</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>增量营收</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>%1 fixed + %2 per contact</source>
        <translation>固定 %1 + 每次触达 %2</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>(Incremental revenue − cost) / cost</source>
        <translation>(增量营收 − 成本) / 成本</translation>
    </message>
    <message>
        <source>Not defined without a cost</source>
        <translation>未设成本，无法计算</translation>
    </message>
    <message>
        <source>Cost per incremental conversion</source>
        <translation>每次增量转化成本</translation>
    </message>
    <message>
        <source>No incremental conversions</source>
        <translation>没有增量转化</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>发送于 %1</translation>
    </message>
    <message>
        <source>%1-day window to %2</source>
        <translation>%1 天归因窗口，截至 %2</translation>
    </message>
    <message>
        <source>segment “%1”</source>
        <translation>客群“%1”</translation>
    </message>
    <message>
        <source>control %1%2</source>
        <translation>对照组 %1%2</translation>
    </message>
    <message>
        <source> by stage</source>
        <translation> 按阶段</translation>
    </message>
    <message>
        <source>offer: %1</source>
        <translation>优惠：%1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>成本 %1</translation>
    </message>
    <message>
        <source>The attribution window runs to %1 and the data does not reach it yet: conversions may still come in, and the figures will change.</source>
        <translation>归因窗口截至 %1，而数据尚未覆盖到该日：转化可能仍会陆续产生，各项数字还会变化。</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>App push</source>
        <translation>App 推送</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>直邮</translation>
    </message>
    <message>
        <source>Ads audience</source>
        <translation>广告受众</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已触达</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>已点击</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Treatment revenue %1 (its orders in the window, refunds not subtracted)</source>
        <translation>实验组营收 %1（其在归因窗口内的订单，未扣除退款）</translation>
    </message>
    <message>
        <source>Arm %1 wins: it converts more than the control group and than every other arm (5 % test, adjusted for the number of arms).</source>
        <translation>%1 组胜出：其转化率高于对照组，也高于其他所有组（5% 检验，已按组数校正）。</translation>
    </message>
    <message>
        <source>Arm %1 beats the control group, but is not yet clearly ahead of %2.</source>
        <translation>%1 组优于对照组，但尚未明显领先于 %2。</translation>
    </message>
    <message>
        <source>No arm wins yet: none converts more than the control group.</source>
        <translation>尚无胜出的组：没有一组的转化率高于对照组。</translation>
    </message>
    <message>
        <source>No arm wins yet. %1 leads; showing its uplift would take about %2 members in each group, %3 more than now.</source>
        <translation>尚无胜出的组。%1 领先；要证实其提升，每组约需 %2 人，比现在多 %3 人。</translation>
    </message>
    <message>
        <source>No arm wins yet; %1 leads.</source>
        <translation>尚无胜出的组；%1 领先。</translation>
    </message>
</context>
<context>
    <name>ChannelStyle</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>无渠道</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Campaign contact</source>
        <translation>活动触达</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the picture could not be encoded</source>
        <translation>无法编码图片</translation>
    </message>
</context>
<context>
    <name>mwb::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>No space left on device: %1. Nothing was written; free some space and try again.</source>
        <translation>磁盘空间已满：%1。未写入任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>it is being written already</source>
        <translation>它已在写入中</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written (%2)</source>
        <translation>无法写入文件夹 %1（%2）</translation>
    </message>
    <message>
        <source>no temporary file name is free beside it</source>
        <translation>其旁边没有可用的临时文件名</translation>
    </message>
    <message>
        <source>it was not opened</source>
        <translation>它尚未打开</translation>
    </message>
    <message>
        <source>it was not completed</source>
        <translation>它尚未完成</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile</source>
        <translation>在此期间出现了同名文件</translation>
    </message>
    <message>
        <source>the rename failed (error %1)</source>
        <translation>重命名失败（错误 %1）</translation>
    </message>
</context>
<context>
    <name>mwb::BgNbd</name>
    <message>
        <source>The calibration period is too short: every customer bought for the first time on its last day.</source>
        <translation>校准期太短：每位客户都在校准期最后一天才首次购买。</translation>
    </message>
    <message>
        <source>The BG/NBD fit did not converge.</source>
        <translation>BG/NBD 拟合未收敛。</translation>
    </message>
</context>
<context>
    <name>mwb::CampaignExport</name>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>没有 ID 为 %1 的活动。</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <source>%1 could not be put in place; no contact was logged.</source>
        <translation>无法将 %1 放到目标位置；未将任何人记为已触达。</translation>
    </message>
    <message>
        <source>Cannot export the campaign list: %1. No list was written and no contact was logged.</source>
        <translation>无法导出活动名单：%1。未写入名单，也未将任何人记为已触达。</translation>
    </message>
    <message>
        <source>the disk of the workspace is full</source>
        <translation>工作区所在磁盘已满</translation>
    </message>
    <message>
        <source>Campaign &apos;%1&apos; has no arm &apos;%2&apos;.</source>
        <translation>活动“%1”没有“%2”组。</translation>
    </message>
    <message>
        <source>Campaign &apos;%1&apos; has no arms.</source>
        <translation>活动“%1”没有分组测试。</translation>
    </message>
</context>
<context>
    <name>mwb::CampaignReport</name>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>没有 ID 为 %1 的活动。</translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s results: %1</source>
        <translation>无法读取活动结果：%1</translation>
    </message>
</context>
<context>
    <name>mwb::CampaignStore</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>活动需要一个名称。</translation>
    </message>
    <message>
        <source>Unknown channel &apos;%1&apos; (known: %2).</source>
        <translation>未知渠道“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>The control group&apos;s share must be between 0 and 0.9, not %1.</source>
        <translation>对照组比例必须介于 0 和 0.9 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>The attribution window must be 1 to 365 days, not %1.</source>
        <translation>归因窗口必须为 1 到 365 天，而不是 %1。</translation>
    </message>
    <message>
        <source>Costs cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <source>The days for &apos;contacted recently&apos; cannot be negative.</source>
        <translation>“近期已触达”的天数不能为负数。</translation>
    </message>
    <message>
        <source>Choose the segment the campaign goes to.</source>
        <translation>请选择活动发送的客群。</translation>
    </message>
    <message>
        <source>There is no saved segment with id %1.</source>
        <translation>没有 ID 为 %1 的已保存客群。</translation>
    </message>
    <message>
        <source>Segment &apos;%1&apos;: %2</source>
        <translation>客群“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>无法读取工作区：%1</translation>
    </message>
    <message>
        <source>A campaign named &apos;%1&apos; already exists.</source>
        <translation>已存在名为“%1”的活动。</translation>
    </message>
    <message>
        <source>Cannot create the campaign: %1</source>
        <translation>无法创建活动：%1</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>没有 ID 为 %1 的活动。</translation>
    </message>
    <message>
        <source>Cannot delete the campaign: %1</source>
        <translation>无法删除活动：%1</translation>
    </message>
    <message>
        <source>The segment has nobody in it now.</source>
        <translation>该客群目前没有任何客户。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln has an e-mail address.</source>
        <translation>
            <numerusform>这 %Ln 位客户都没有电子邮件地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln has a phone number.</source>
        <translation>
            <numerusform>这 %Ln 位客户都没有电话号码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln has a postal address.</source>
        <translation>
            <numerusform>这 %Ln 位客户都没有邮寄地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln has an e-mail address or a phone number.</source>
        <translation>
            <numerusform>这 %Ln 位客户既没有电子邮件地址，也没有电话号码。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 have unsubscribed from this channel.</source>
        <translation>全部 %1 位客户都已退订此渠道。</translation>
    </message>
    <message>
        <source>All %1 were contacted by another campaign in the chosen days.</source>
        <translation>全部 %1 位客户在所选天数内都已被其他活动触达。</translation>
    </message>
    <message>
        <source>The %1 left after the exclusions all fall in the control group: lower its share.</source>
        <translation>排除后剩下的 %1 位客户全部落入对照组：请降低对照组比例。</translation>
    </message>
    <message>
        <source>Nobody is left to contact: of the %1 in the segment, %2 unsubscribed, %3 cannot be reached on this channel and %4 were contacted recently.</source>
        <translation>没有可触达的客户：客群中的 %1 位客户里，%2 位已退订，%3 位无法通过此渠道触达，%4 位近期已被触达。</translation>
    </message>
    <message>
        <source>An A/B test has 2 to 4 arms, not %1.</source>
        <translation>A/B 测试有 2 到 4 组，不能是 %1 组。</translation>
    </message>
    <message>
        <source>Each arm needs a name of 1 to 40 characters.</source>
        <translation>每组需要 1 到 40 个字符的名称。</translation>
    </message>
    <message>
        <source>Two arms are named &apos;%1&apos;.</source>
        <translation>有两组都叫“%1”。</translation>
    </message>
    <message>
        <source>%1 arms need %1 shares, not %2.</source>
        <translation>%1 组需要 %1 个比例，而不是 %2 个。</translation>
    </message>
    <message>
        <source>Each arm&apos;s share must be between 0 and 1, not %1.</source>
        <translation>每组比例须在 0 到 1 之间，不能是 %1。</translation>
    </message>
    <message>
        <source>The arms&apos; shares must add up to 1, not %1.</source>
        <translation>各组比例之和须为 1，而不是 %1。</translation>
    </message>
    <message>
        <source>Arm shares need the arms they are for.</source>
        <translation>设置分组比例前需先设置分组。</translation>
    </message>
</context>
<context>
    <name>mwb::ClvModel</name>
    <message>
        <source>Not drawn: the model could not be fitted.</source>
        <translation>未绘制：模型无法拟合。</translation>
    </message>
    <message>
        <source>Not drawn: there is no holdout after the calibration end.</source>
        <translation>未绘制：校准期截止后没有验证期。</translation>
    </message>
    <message>
        <source>Predicted CLV needs both models: %1</source>
        <translation>预测 CLV 需要两个模型：%1</translation>
    </message>
    <message>
        <source>Cannot store the predicted values: %1</source>
        <translation>无法保存预测值：%1</translation>
    </message>
</context>
<context>
    <name>mwb::Cohorts</name>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
</context>
<context>
    <name>mwb::ContactCap</name>
    <message>
        <source>A cap is 1 to 1000 contacts in 1 to 366 days.</source>
        <translation>频次上限为 1 至 366 天内 1 至 1000 次触达。</translation>
    </message>
</context>
<context>
    <name>mwb::CsvReader</name>
    <message>
        <source>A record longer than %1 MB; is a quote left open?</source>
        <translation>有一条记录超过 %1 MB；是否有引号没有闭合？</translation>
    </message>
    <message>
        <source>The quote opened here is never closed.</source>
        <translation>此处开始的引号始终没有闭合。</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote (a quote inside a field must be doubled).</source>
        <translation>闭合引号后出现了多余的文本（字段内的引号必须写成两个）。</translation>
    </message>
</context>
<context>
    <name>mwb::CustomerDirectory</name>
    <message>
        <source>Cannot read the customers: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
</context>
<context>
    <name>mwb::CustomerExport</name>
    <message>
        <source>An empty column name in the column list.</source>
        <translation>列清单中有空的列名。</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos; (known: %2).</source>
        <translation>未知列“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is listed twice.</source>
        <translation>列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>Cannot read the customers: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
</context>
<context>
    <name>mwb::CustomerMerge</name>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自身合并。</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Cannot merge the customers: %1</source>
        <translation>无法合并客户：%1</translation>
    </message>
</context>
<context>
    <name>mwb::CustomerPrivacy</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Cannot forget the customer: %1</source>
        <translation>无法遗忘客户：%1</translation>
    </message>
    <message>
        <source>(removed: the row named a customer who was forgotten)</source>
        <translation>（已删除：该行涉及一位已被遗忘的客户）</translation>
    </message>
</context>
<context>
    <name>mwb::CustomerProfile</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Cannot read the customer: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>标签不能为空。</translation>
    </message>
    <message>
        <source>Cannot tag the customer: %1</source>
        <translation>无法为客户添加标签：%1</translation>
    </message>
    <message>
        <source>The customer has no tag &apos;%1&apos;.</source>
        <translation>该客户没有标签“%1”。</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>无法移除标签：%1</translation>
    </message>
</context>
<context>
    <name>mwb::DemoGenerator</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation>客户数不能为负数。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 已存在；请换一个名称，或打开它。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Writing the demo workspace failed: %1</source>
        <translation>写入演示工作区失败：%1</translation>
    </message>
    <message>
        <source>Cannot move the demo workspace into place at %1.</source>
        <translation>无法将演示工作区移动到 %1。</translation>
    </message>
</context>
<context>
    <name>mwb::Figures</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a definition and its scope</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Every customer in the workspace: each person recognised across files, whatever they did.</source>
        <translation>工作区中的所有客户：跨文件识别出的每一个人，无论其有过什么行为。</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Orders with a positive amount, of customers and guests alike; refunds and orders of 0.00 are not orders.</source>
        <translation>金额为正的订单，客户和游客的订单均计入；退款和金额为 0.00 的订单不算作订单。</translation>
    </message>
    <message>
        <source>guests&apos; orders included</source>
        <translation>含游客订单</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>The orders&apos; amounts less the refunds, of customers and guests alike.</source>
        <translation>订单金额减去退款，客户和游客均计入。</translation>
    </message>
    <message>
        <source>net of refunds, guests&apos; orders included</source>
        <translation>扣除退款，含游客订单</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Transactions with a negative amount (cancellations and returns): revenue is net of them.</source>
        <translation>金额为负的交易（取消和退货）：营收已扣除这些交易。</translation>
    </message>
    <message>
        <source>guests&apos; refunds included</source>
        <translation>含游客退款</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Every touchpoint imported or logged: visits, opens, clicks, messages, campaign contacts and results.</source>
        <translation>所有导入或记录的触点：访问、打开、点击、消息、活动触达以及活动结果。</translation>
    </message>
    <message>
        <source>Guests&apos; orders</source>
        <translation>游客订单</translation>
    </message>
    <message>
        <source>Orders that name no customer (a guest checkout, a till sale without a member): counted in orders and revenue, in no customer&apos;s figures.</source>
        <translation>未关联任何客户的订单（如游客结账、未记录会员的收银台销售）：计入订单数和营收，但不计入任何客户的各项数字。</translation>
    </message>
    <message>
        <source>guests only</source>
        <translation>仅限游客</translation>
    </message>
    <message>
        <source>Customers known by the end of the period: their first dated fact (signup, order, refund, touchpoint) or, without any, their import falls on or before its last day.</source>
        <translation>截至期末已知的客户：其最早一条带日期的记录（注册、订单、退款、触点）在本期最后一天当天或之前；若没有任何此类记录，则以其导入日期为准。</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Customers whose first order falls in the period.</source>
        <translation>首笔订单发生在本期的客户。</translation>
    </message>
    <message>
        <source>customers&apos; orders only</source>
        <translation>仅计客户订单</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Customers with at least one order in the period.</source>
        <translation>本期至少有一笔订单的客户。</translation>
    </message>
    <message>
        <source>Orders in the period, of customers and guests alike.</source>
        <translation>本期的订单，客户和游客的订单均计入。</translation>
    </message>
    <message>
        <source>The period&apos;s orders less its refunds, of customers and guests alike.</source>
        <translation>本期订单金额减去本期退款，客户和游客均计入。</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <source>The amounts of the period&apos;s orders ÷ its orders: the value of an order as placed, refunds not subtracted.</source>
        <translation>本期订单金额 ÷ 本期订单数：即下单时每笔订单的价值，未扣除退款。</translation>
    </message>
    <message>
        <source>before refunds, guests&apos; orders included</source>
        <translation>未扣除退款，含游客订单</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>购买频次</translation>
    </message>
    <message>
        <source>Customers&apos; orders in the period ÷ active customers: how many orders each buyer placed.</source>
        <translation>本期客户订单数 ÷ 活跃客户数：每位购买客户平均下了多少笔订单。</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Share of the period&apos;s active customers who had ordered before it or ordered two or more times in it.</source>
        <translation>本期活跃客户中，在本期之前下过单或在本期内下单两次及以上的客户所占比例。</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Share of the previous period&apos;s active customers who placed no order in this one.</source>
        <translation>上期活跃客户中，本期未下任何订单的客户所占比例。</translation>
    </message>
    <message>
        <source>The customer&apos;s orders, all time.</source>
        <translation>该客户历来的全部订单。</translation>
    </message>
    <message>
        <source>refunds are not orders</source>
        <translation>退款不计为订单</translation>
    </message>
    <message>
        <source>The customer&apos;s orders less their refunds, all time.</source>
        <translation>该客户历来的全部订单金额减去其全部退款。</translation>
    </message>
    <message>
        <source>net of refunds</source>
        <translation>扣除退款</translation>
    </message>
    <message>
        <source>The customer&apos;s revenue ÷ their orders.</source>
        <translation>该客户的营收 ÷ 其订单数。</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>距最近购买天数</translation>
    </message>
    <message>
        <source>Days from the customer&apos;s last order to the last day of the data.</source>
        <translation>从该客户最后一笔订单到数据最后一天的天数。</translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation>RFM 评分</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary scores from 1 to 5 (quintiles of the customers who ordered): days since the last order, orders, and revenue net of refunds.</source>
        <translation>最近购买、购买频次和消费金额的 1 到 5 分评分（在下过单的客户中按五分位划分）：分别依据距最后一笔订单的天数、订单数，以及扣除退款后的营收。</translation>
    </message>
    <message>
        <source>net of refunds, customers&apos; orders only</source>
        <translation>扣除退款，仅计客户订单</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Share of a cohort&apos;s customers (by the month of their first order or of signing up) who ordered in each month since.</source>
        <translation>同期群（按首笔订单月份或注册月份划分）中，此后每个月有下单的客户所占比例。</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>人均营收</translation>
    </message>
    <message>
        <source>A cohort&apos;s orders less its refunds in each month since, per customer of the cohort.</source>
        <translation>同期群此后每个月的订单金额减去退款，按同期群人均计算。</translation>
    </message>
    <message>
        <source>Historical CLV</source>
        <translation>历史 CLV</translation>
    </message>
    <message>
        <source>What customers who ordered have been worth so far: their revenue net of refunds, times the margin, per customer.</source>
        <translation>下过单的客户迄今为止贡献的价值：其扣除退款后的营收乘以利润率，按人均计算。</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>预测 CLV</translation>
    </message>
    <message>
        <source>Margin × expected purchases × expected spend over the horizon, discounted monthly; the models (BG/NBD, gamma-gamma) count days with a transaction of 0.00 or more, as Fader, Hardie and Lee do.</source>
        <translation>利润率 × 预测期内的预期购买次数 × 预期消费金额，按月折现；模型（BG/NBD、Gamma-Gamma）沿用 Fader、Hardie 和 Lee 的做法，统计有金额为 0.00 或以上交易的天数。</translation>
    </message>
    <message>
        <source>refunds left out</source>
        <translation>不计退款</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化数</translation>
    </message>
    <message>
        <source>Members with an order in the attribution window after the send, or with a converted result; treatment and control alike.</source>
        <translation>发送后在归因窗口内下过单或结果为已转化的成员；实验组和对照组均计入。</translation>
    </message>
    <message>
        <source>members&apos; orders only</source>
        <translation>仅计成员订单</translation>
    </message>
    <message>
        <source>Attributed revenue</source>
        <translation>归因营收</translation>
    </message>
    <message>
        <source>The amounts of the members&apos; orders in the attribution window, refunds not subtracted.</source>
        <translation>成员在归因窗口内的订单金额，未扣除退款。</translation>
    </message>
    <message>
        <source>before refunds, members&apos; orders only</source>
        <translation>未扣除退款，仅计成员订单</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Share of promoters (9–10) minus share of detractors (0–6) among the answers, each customer&apos;s latest answer counting once.</source>
        <translation>回答中推荐者（9–10 分）占比减去贬损者（0–6 分）占比，每位客户只计其最近一次回答。</translation>
    </message>
    <message>
        <source>latest answer per customer</source>
        <translation>每位客户取最近一次回答</translation>
    </message>
    <message>
        <source>Orders with a line of the product (category, brand) bought: a positive line on an order.</source>
        <translation>订单行中购买了该商品（品类、品牌）的订单：订单上金额为正的行。</translation>
    </message>
    <message>
        <source>Known customers with an order with a line of the product bought.</source>
        <translation>有订单购买了该商品的已知客户。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>The units on the lines of the product bought.</source>
        <translation>该商品已购订单行上的件数。</translation>
    </message>
    <message>
        <source>refunded lines left out</source>
        <translation>不计退货行</translation>
    </message>
    <message>
        <source>Product revenue</source>
        <translation>商品营收</translation>
    </message>
    <message>
        <source>Every line of the product, refunded lines subtracted.</source>
        <translation>该商品的所有订单行，扣除退货行。</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>复购客户</translation>
    </message>
    <message>
        <source>Customers with two orders of the product or more.</source>
        <translation>购买该商品两次及以上的客户。</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <source>Orders with both products ÷ orders with a line bought, each product counted once per order.</source>
        <translation>同时含两件商品的订单 ÷ 含已购订单行的订单，每件商品在每笔订单中只计一次。</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Orders with both products ÷ orders with the first: how often the second joins the first.</source>
        <translation>同时含两件商品的订单 ÷ 含第一件商品的订单：第二件随第一件一起购买的频率。</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <source>Confidence ÷ the share of orders with the second product: above 1, it joins the first more often than any order.</source>
        <translation>置信度 ÷ 含第二件商品的订单占比：大于 1 表示它与第一件商品同购的频率高于随机订单。</translation>
    </message>
    <message>
        <source>Replenishment interval</source>
        <translation>补货周期</translation>
    </message>
    <message>
        <source>Median days between a customer&apos;s consecutive purchases of the product (days with a line of it bought), over the products bought again by at least 10 customers.</source>
        <translation>客户连续两次购买该商品之间天数的中位数（以有该商品已购订单行的日期计），仅限至少 10 位客户回购过的商品。</translation>
    </message>
    <message>
        <source>Replenishment due</source>
        <translation>补货到期日</translation>
    </message>
    <message>
        <source>The day of the customer&apos;s last purchase of a product with an interval, plus the interval in whole days.</source>
        <translation>客户最近一次购买有补货周期的商品的日期，加上按整天计的补货周期。</translation>
    </message>
    <message>
        <source>Step conversion</source>
        <translation>步骤转化率</translation>
    </message>
    <message>
        <source>Contacts of the step (a customer on a day) followed by an order within the programme&apos;s attribution days from the send ÷ the contacts; the step&apos;s control members alike.</source>
        <translation>该步骤的触达（某客户在某一天）在发送后的归因天数内有订单的数量 ÷ 触达数；该步骤的对照组成员同样计算。</translation>
    </message>
    <message>
        <source>Step uplift</source>
        <translation>步骤提升</translation>
    </message>
    <message>
        <source>The step&apos;s conversion of its treatment less that of its control, with a 95 % interval (Newcombe) and the two-proportion p-value.</source>
        <translation>该步骤实验组转化率减去对照组转化率，附 95% 置信区间（Newcombe）和双比例检验 p 值。</translation>
    </message>
    <message>
        <source>Programme conversion</source>
        <translation>自动化计划转化率</translation>
    </message>
    <message>
        <source>Entries followed by an order within the programme window (the longest path&apos;s waits plus the attribution days) from the day of entry ÷ the entries.</source>
        <translation>自进入当天起在自动化计划窗口（最长路径的等待天数加归因天数）内有订单的进入次数 ÷ 进入次数。</translation>
    </message>
    <message>
        <source>Incremental conversions</source>
        <translation>增量转化</translation>
    </message>
    <message>
        <source>(Treatment conversion − comparison conversion) × treatment entries, the comparison being the programme&apos;s holdout or the global control group.</source>
        <translation>（实验组转化率 − 比较组转化率）× 实验组进入次数，比较组为自动化计划的留出组或全局对照组。</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>增量收入</translation>
    </message>
    <message>
        <source>(Treatment revenue per entry − comparison revenue per entry) × treatment entries, from the orders within the programme window.</source>
        <translation>（实验组每次进入收入 − 比较组每次进入收入）× 实验组进入次数，按自动化计划窗口内的订单计算。</translation>
    </message>
    <message>
        <source>Recent conversion rate</source>
        <translation>近期转化率</translation>
    </message>
    <message>
        <source>The mean, over the last six attribution windows before the data ends, of the share of the audience with an order in the window: the rate the control group is expected to convert at.</source>
        <translation>数据结束前最近六个归因窗口中，受众在窗口内下单比例的平均值：即预期对照组的转化率。</translation>
    </message>
    <message>
        <source>Detectable uplift</source>
        <translation>可检测提升</translation>
    </message>
    <message>
        <source>The smallest rise in the conversion rate over the recent rate that the smallest arm against the control group shows with 80 % power in a two-sided test at 5 % (divided among the arms).</source>
        <translation>在 5% 双侧检验（按组数分摊）且检验功效为 80% 时，最小的一组相对对照组能显示的、高于近期转化率的最小提升。</translation>
    </message>
    <message>
        <source>two-proportion z-test, no continuity correction</source>
        <translation>两比例 z 检验，无连续性校正</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p（Holm）</translation>
    </message>
    <message>
        <source>The arm&apos;s p-value against the control group, adjusted by Holm&apos;s method over the arms, so the chance of naming any arm a winner by luck stays at 5 %.</source>
        <translation>该组相对对照组的 p 值，经 Holm 法按组数校正，使因偶然而误判任一组胜出的概率保持在 5%。</translation>
    </message>
    <message>
        <source>pooled two-proportion z-test</source>
        <translation>合并两比例 z 检验</translation>
    </message>
    <message>
        <source>Churn score</source>
        <translation>流失评分</translation>
    </message>
    <message>
        <source>The churn model&apos;s probability, from 0 to 1, that a customer who has ordered places no order in the horizon after the last day of the data.</source>
        <translation>流失模型给出的概率（0 到 1）：下过单的客户在数据最后一天之后的预测期内不再下单的可能性。</translation>
    </message>
    <message>
        <source>buyers only</source>
        <translation>仅限购买过的客户</translation>
    </message>
    <message>
        <source>Purchase score</source>
        <translation>购买评分</translation>
    </message>
    <message>
        <source>The purchase model&apos;s probability, from 0 to 1, that a known customer places an order in the horizon after the last day of the data.</source>
        <translation>购买模型给出的概率（0 到 1）：已知客户在数据最后一天之后的预测期内下单的可能性。</translation>
    </message>
    <message>
        <source>known customers</source>
        <translation>已知客户</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>The chance that a customer with the outcome scores above one without it, ties counting half: 0.5 is guessing, 1 a perfect ranking.</source>
        <translation>有该结果的客户评分高于没有该结果的客户的概率，平分计一半：0.5 等于瞎猜，1 为完美排序。</translation>
    </message>
    <message>
        <source>evaluation period</source>
        <translation>评估期</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Customers scored at or above the threshold who had the outcome ÷ customers scored at or above it.</source>
        <translation>评分达到阈值且出现该结果的客户 ÷ 评分达到阈值的客户。</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Customers with the outcome scored at or above the threshold ÷ customers with the outcome.</source>
        <translation>出现该结果且评分达到阈值的客户 ÷ 出现该结果的客户。</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>2 × precision × recall ÷ (precision + recall): one figure for both.</source>
        <translation>2 × 精确率 × 召回率 ÷（精确率 + 召回率）：兼顾两者的一个数字。</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>The score from which a customer is predicted to have the outcome: the one with the best F1 on the training period unless one is given.</source>
        <translation>客户被预测为出现该结果的起始评分：未指定时取训练期 F1 最高的那个。</translation>
    </message>
    <message>
        <source>training period</source>
        <translation>训练期</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>基准率</translation>
    </message>
    <message>
        <source>Customers with the outcome ÷ the customers evaluated.</source>
        <translation>出现该结果的客户 ÷ 参与评估的客户。</translation>
    </message>
    <message>
        <source>Lift in the top decile</source>
        <translation>前 10% 提升度</translation>
    </message>
    <message>
        <source>The outcome&apos;s rate among the tenth of customers with the highest scores ÷ the base rate.</source>
        <translation>评分最高的 10% 客户中该结果的比例 ÷ 基准率。</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>The share of all customers with the outcome found among the highest-scored tenths, decile by decile, cumulatively.</source>
        <translation>按十分位逐段累计，在评分最高的各十分位中找到的、出现该结果的客户占全部此类客户的比例。</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Per decile of score, the mean score beside the share of its customers who had the outcome: equal when the scores are probabilities to trust.</source>
        <translation>按评分十分位列出平均评分与其中出现该结果的客户比例：两者相等时，评分可作为可信的概率。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Customers known on the day (their 5A stage on it is defined), each in the tier of their last change on or before it, the lowest tier without one.</source>
        <translation>当天已知的客户（当天的 5A 阶段已确定），各按其在当天或之前最后一次等级变动所在的等级计；没有变动的计入最低等级。</translation>
    </message>
    <message>
        <source>Revenue, last 365 days</source>
        <translation>近 365 天营收</translation>
    </message>
    <message>
        <source>The tier&apos;s members&apos; orders less their refunds in the 365 days to the day.</source>
        <translation>该等级会员在截至当天的 365 天内的订单金额减去其退款。</translation>
    </message>
    <message>
        <source>Tier migration</source>
        <translation>等级迁移</translation>
    </message>
    <message>
        <source>The customers known on the second day, by their tier on the first day (or not yet known then) and on the second.</source>
        <translation>第二天已知的客户，按其在第一天的等级（或当时尚未知）与第二天的等级交叉统计。</translation>
    </message>
    <message>
        <source>Active member rate</source>
        <translation>活跃会员率</translation>
    </message>
    <message>
        <source>Members with an order or a touchpoint of their own (not our sends, deliveries, bounces or unsubscribes) in the window of days up to a month&apos;s last day ÷ the members known on that day; in a tier, the members in it on that day.</source>
        <translation>截至某月最后一天的窗口天数内，有订单或本人触点（不含我方发送、送达、退信或退订）的会员 ÷ 当天已知的会员；按等级时，分母为当天处于该等级的会员。</translation>
    </message>
    <message>
        <source>customers&apos; orders and touchpoints</source>
        <translation>客户的订单和触点</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Points earned and positive adjustments up to the end of the day.</source>
        <translation>截至当天结束时获得的积分与正向调整。</translation>
    </message>
    <message>
        <source>the points ledger as imported</source>
        <translation>按导入的积分流水</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Points redeemed up to the end of the day.</source>
        <translation>截至当天结束时兑换的积分。</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <source>Points expired up to the end of the day: the expiries recorded, and under an expiry rule what was left of each earning on its expiry day (a recorded expiry settles those first).</source>
        <translation>截至当天结束时过期的积分：已记录的过期，以及在有效期规则下每笔获得积分到期当天的剩余部分（已记录的过期先抵扣这些）。</translation>
    </message>
    <message>
        <source>Points adjusted down</source>
        <translation>调减积分</translation>
    </message>
    <message>
        <source>Negative adjustments of points up to the end of the day.</source>
        <translation>截至当天结束时积分的负向调整。</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>未使用积分</translation>
    </message>
    <message>
        <source>Points issued − redeemed − expired − adjusted down: the balances members hold at the end of the day (redemptions, expiries and adjustments use the oldest points first).</source>
        <translation>发放 − 兑换 − 过期 − 调减的积分：当天结束时会员持有的余额（兑换、过期和调整都先使用最早获得的积分）。</translation>
    </message>
    <message>
        <source>Points expiring soon</source>
        <translation>即将过期积分</translation>
    </message>
    <message>
        <source>Of the outstanding points, those the expiry rule ends within the notice period after the day.</source>
        <translation>未使用积分中，按有效期规则将在当天之后的提醒期内到期的部分。</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>积分负债</translation>
    </message>
    <message>
        <source>Outstanding points × the value of one point set in the points rules, in the workspace currency.</source>
        <translation>未使用积分 × 积分规则中设定的每分价值，以工作区货币计。</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>兑换率</translation>
    </message>
    <message>
        <source>Points redeemed ÷ points issued, up to the end of the day.</source>
        <translation>截至当天结束时兑换的积分 ÷ 发放的积分。</translation>
    </message>
    <message>
        <source>Members with points</source>
        <translation>持有积分的会员</translation>
    </message>
    <message>
        <source>Members whose points balance is above 0 at the end of the day.</source>
        <translation>当天结束时积分余额大于 0 的会员。</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Customers who referred at least one customer.</source>
        <translation>至少推荐过一位客户的客户。</translation>
    </message>
    <message>
        <source>referrals as imported</source>
        <translation>按导入的推荐关系</translation>
    </message>
    <message>
        <source>Referred customers</source>
        <translation>被推荐客户</translation>
    </message>
    <message>
        <source>Customers with a referrer on record (the first one imported stands).</source>
        <translation>有推荐人记录的客户（以最先导入的推荐人为准）。</translation>
    </message>
    <message>
        <source>First-order revenue</source>
        <translation>首单营收</translation>
    </message>
    <message>
        <source>The amount of each referred customer&apos;s first order (the earliest with a positive amount).</source>
        <translation>每位被推荐客户首笔订单（最早一笔金额为正的订单）的金额。</translation>
    </message>
    <message>
        <source>Referred revenue</source>
        <translation>被推荐客户营收</translation>
    </message>
    <message>
        <source>Referred customers&apos; orders less their refunds, all time.</source>
        <translation>被推荐客户历来的订单金额减去其退款。</translation>
    </message>
    <message>
        <source>Cost per referred customer</source>
        <translation>每位被推荐客户成本</translation>
    </message>
    <message>
        <source>(Reward per referred customer × referred customers + the programme&apos;s other costs) ÷ referred customers.</source>
        <translation>（每位被推荐客户奖励 × 被推荐客户数 + 推荐计划的其他成本）÷ 被推荐客户数。</translation>
    </message>
    <message>
        <source>the costs entered for the programme</source>
        <translation>为推荐计划录入的成本</translation>
    </message>
</context>
<context>
    <name>mwb::FileSniffer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <source>%1 holds binary data (NUL bytes), not text: is it really a CSV file?</source>
        <translation>%1 包含二进制数据（NUL 字节），不是文本：它真的是 CSV 文件吗？</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 中没有数据行。</translation>
    </message>
</context>
<context>
    <name>mwb::GammaGamma</name>
    <message>
        <source>The gamma-gamma fit did not converge.</source>
        <translation>Gamma-Gamma 拟合未收敛。</translation>
    </message>
</context>
<context>
    <name>mwb::GlobalControl</name>
    <message>
        <source>The global control share must be between 0 and %1.</source>
        <translation>全局对照组比例须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The global control group is set already (share %1, seed %2); changing it moves customers in or out of it: say --reset to do so.</source>
        <translation>全局对照组已设置（比例 %1，种子 %2）；更改会使客户进出该组：如确需更改，请加 --reset。</translation>
    </message>
</context>
<context>
    <name>mwb::ImportHistory</name>
    <message>
        <source>There is no import #%1.</source>
        <translation>没有第 %1 号导入。</translation>
    </message>
    <message>
        <source>Import #%1 was already undone.</source>
        <translation>第 %1 号导入已被撤销。</translation>
    </message>
    <message>
        <source>Import #%1 added customers that import #%2 built on; undo #%2 first.</source>
        <translation>第 %1 号导入添加的客户被第 %2 号导入所使用；请先撤销第 %2 号导入。</translation>
    </message>
    <message>
        <source>Undoing import #%1 failed: %2. Nothing was changed.</source>
        <translation>撤销第 %1 号导入失败：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>an undo of import #%1</source>
        <translation>撤销第 %1 号导入</translation>
    </message>
</context>
<context>
    <name>mwb::ImportKind</name>
    <message>
        <source>an identifier (customer id, e-mail or phone)</source>
        <translation>一个标识（客户 ID、电子邮件或电话）</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>amount (or unit price)</source>
        <translation>金额（或单价）</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>a customer identifier (id, e-mail or phone)</source>
        <translation>一个客户标识（ID、电子邮件或电话）</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>a member token or customer identifier</source>
        <translation>成员令牌或客户标识</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the missing fields</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>No column holds an order id: each row is taken as an order of its own, known by its customer, time, amount, quantity and product (and, for identical rows, how many came before it in the file), so importing the same file again adds nothing.</source>
        <translation>没有列包含订单 ID：每一行都作为一笔独立的订单，按其客户、时间、金额、数量和商品识别（完全相同的行再按它在文件中之前出现的次数区分），因此再次导入同一文件不会新增任何内容。</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>the referred customer&apos;s identifier (id, e-mail or phone)</source>
        <translation>被推荐客户的标识（编号、邮箱或手机号）</translation>
    </message>
</context>
<context>
    <name>mwb::Importer</name>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>events</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>results</source>
        <translation>活动结果</translation>
    </message>
    <message>
        <source>Cannot write to the workspace: %1</source>
        <translation>无法写入工作区：%1</translation>
    </message>
    <message>
        <source>%1: campaign results need the campaign they report on.</source>
        <translation>%1：活动结果需要指定其所属的活动。</translation>
    </message>
    <message>
        <source>%1 has %2 columns but the mapping names %3.</source>
        <translation>%1 有 %2 列，但映射指定了 %3 列。</translation>
    </message>
    <message>
        <source>The encoding could not be recognised; read as %1.</source>
        <translation>无法识别编码；已按 %1 读取。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Dates in column &apos;%1&apos; fit both day/month/year and month/day/year; read as %2.</source>
        <translation>“%1”列中的日期既符合日/月/年，也符合月/日/年；已按%2读取。</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>Dates in column &apos;%1&apos; mix day/month/year and month/day/year.</source>
        <translation>“%1”列中的日期混用了日/月/年和月/日/年。</translation>
    </message>
    <message>
        <source>%1: %2 need a column for: %3. Map one in the wizard or with --mapping.</source>
        <translation>%1：%2需要对应以下字段的列：%3。请在向导中映射一列，或使用 --mapping。</translation>
    </message>
    <message>
        <source>Skipped %1 title row(s) above the header.</source>
        <translation>已跳过表头上方的 %1 行标题。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>The row has %1 fields where the header has %2.</source>
        <translation>此行有 %1 个字段，而表头有 %2 个。</translation>
    </message>
    <message>
        <source>Bytes that are not valid UTF-8 (is the file in another encoding? choose it with --encoding).</source>
        <translation>存在无效的 UTF-8 字节（文件是否为其他编码？请选择其编码）。</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; the workspace is unchanged.</source>
        <translation>%1 的导入已取消；工作区未做更改。</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1; they were replaced by U+FFFD.</source>
        <translation>部分字节不是有效的 %1；已替换为 U+FFFD。</translation>
    </message>
    <message>
        <source>%1 identifiers already belong to other customers and were left with them.</source>
        <translation>%1 个标识已属于其他客户，仍保留在这些客户名下。</translation>
    </message>
    <message>
        <source>Importing %1 failed after %2 rows: %3. The workspace is unchanged.</source>
        <translation>导入 %1 在 %2 行后失败：%3。工作区未做更改。</translation>
    </message>
    <message>
        <source>A value of %1 MB; a value holds at most %2 MB (is a quote left open?).</source>
        <translation>值大小为 %1 MB；单个值最多 %2 MB（是否有未闭合的引号？）。</translation>
    </message>
    <message>
        <source>Bytes that are not valid %1 (is the file in another encoding? choose it with --encoding).</source>
        <translation>含有不符合 %1 编码的字节（文件是否为其他编码？可用 --encoding 指定）。</translation>
    </message>
    <message>
        <source>the disk is full (free some space and import again)</source>
        <translation>磁盘已满（请释放空间后重新导入）</translation>
    </message>
    <message>
        <source>the workspace cannot be written (a read-only file or folder)</source>
        <translation>无法写入工作区（文件或文件夹为只读）</translation>
    </message>
    <message>
        <source>%1 reads as UTF-8 but for %2 broken or overlong byte sequence(s), the first at byte %3; it was read as %4 instead. If names look wrong, import it again as UTF-8 (--encoding UTF-8): the rows with broken bytes are then refused, each with its line.</source>
        <translation>%1 除 %2 处无效或超长编码的字节序列外均可按 UTF-8 读取，第一处位于第 %3 字节；因此已改按 %4 读取。如果姓名显示不正确，请按 UTF-8 重新导入（--encoding UTF-8）：届时含无效字节的行将被拒绝，并各自注明行号。</translation>
    </message>
    <message>
        <source>an import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>The rejected rows are kept in the workspace, but no rejects file was written: %1</source>
        <translation>被拒绝的行已保留在工作区中，但未写入被拒绝行文件：%1</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>推荐关系</translation>
    </message>
</context>
<context>
    <name>mwb::InputFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>未提供文件名。</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation>%1 是指向不存在文件的链接。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); save what it gives to a file and use that.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字）；请将其输出保存到文件中，再使用该文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
</context>
<context>
    <name>mwb::JourneyAnalysis</name>
    <message>
        <source>Cannot read the touchpoints: %1</source>
        <translation>无法读取触点：%1</translation>
    </message>
</context>
<context>
    <name>mwb::KpiDashboard</name>
    <message>
        <source>A period needs a first and a last day, the first not after the last.</source>
        <translation>时间段需要开始日和结束日，且开始日不能晚于结束日。</translation>
    </message>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
</context>
<context>
    <name>mwb::Lifecycle</name>
    <message>
        <source>a recompute of every lifecycle stage</source>
        <translation>重新计算所有生命周期阶段</translation>
    </message>
</context>
<context>
    <name>mwb::LifecycleStage</name>
    <message>
        <source>Aware</source>
        <translation>认知</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>拥护</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>流失</translation>
    </message>
</context>
<context>
    <name>mwb::MappingPresets</name>
    <message>
        <source>A mapping needs a name.</source>
        <translation>映射需要一个名称。</translation>
    </message>
    <message>
        <source>A mapping named &apos;%1&apos; already exists.</source>
        <translation>已存在名为“%1”的映射。</translation>
    </message>
    <message>
        <source>No mapping named &apos;%1&apos; in this workspace.</source>
        <translation>此工作区中没有名为“%1”的映射。</translation>
    </message>
</context>
<context>
    <name>mwb::OutputGuard</name>
    <message>
        <source>write-ahead log</source>
        <translation>预写式日志</translation>
    </message>
    <message>
        <source>shared memory</source>
        <translation>共享内存文件</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>回滚日志</translation>
    </message>
    <message>
        <source>lock file</source>
        <translation>锁文件</translation>
    </message>
    <message>
        <source>activity note</source>
        <translation>操作状态记录</translation>
    </message>
    <message>
        <source>backup copy</source>
        <translation>备份副本</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>未提供文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: its symbolic links go round in a circle.</source>
        <translation>无法写入 %1：其符号链接形成了循环。</translation>
    </message>
    <message>
        <source>%1 (a link to %2)</source>
        <translation>%1（指向 %2 的链接）</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder.</source>
        <translation>无法写入 %1：%2 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：它是文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file (a device, a pipe or a socket), and only regular files are written.</source>
        <translation>无法写入 %1：它不是普通文件（而是设备、管道或套接字），而本程序只写入普通文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is the %2 of the workspace %3; choose another file name.</source>
        <translation>无法写入 %1：它是工作区 %3 的%2；请换一个文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a workspace (an SQLite database); choose another file name.</source>
        <translation>无法写入 %1：它是一个工作区（SQLite 数据库）；请换一个文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: a file of that name exists and is left as it is.</source>
        <translation>无法写入 %1：已存在同名文件，该文件保持不变。</translation>
    </message>
</context>
<context>
    <name>mwb::PendingExports</name>
    <message>
        <source>The export of campaign %1 to %2 could not be finished: %3</source>
        <translation>无法完成将活动 %1 导出到 %2 的操作：%3</translation>
    </message>
</context>
<context>
    <name>mwb::PointsLedger</name>
    <message>
        <source>unknown key &apos;%1&apos; (expiry_months, point_value, notice_days)</source>
        <translation>未知键“%1”（expiry_months、point_value、notice_days）</translation>
    </message>
    <message>
        <source>expiry_months: a whole number of months (0: points never expire)</source>
        <translation>expiry_months：整数个月（0：积分永不过期）</translation>
    </message>
    <message>
        <source>notice_days: a whole number of days</source>
        <translation>notice_days：整数天数</translation>
    </message>
    <message>
        <source>point_value: a number (what one point is worth)</source>
        <translation>point_value：一个数字（每积分的价值）</translation>
    </message>
    <message>
        <source>expiry_months: 0 to 120 months, not %1</source>
        <translation>expiry_months：应为 0 到 120 个月，而不是 %1</translation>
    </message>
    <message>
        <source>point_value: 0 to 1,000,000, not %1</source>
        <translation>point_value：应为 0 到 1,000,000，而不是 %1</translation>
    </message>
    <message>
        <source>notice_days: 1 to 365 days, not %1</source>
        <translation>notice_days：应为 1 到 365 天，而不是 %1</translation>
    </message>
</context>
<context>
    <name>mwb::ProgrammeDefinition</name>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>未知的键（可用：%1）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>takes a non-empty text, not %1</source>
        <translation>须为非空文本，而不是 %1</translation>
    </message>
    <message>
        <source>takes a whole number from %1 to %2, not %3</source>
        <translation>须为 %1 到 %2 之间的整数，而不是 %3</translation>
    </message>
    <message>
        <source>takes an object with a type</source>
        <translation>须为带 type 的对象</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos; (aware, attempt, adopt, advocate, abandon)</source>
        <translation>未知阶段“%1”（aware、attempt、adopt、advocate、abandon）</translation>
    </message>
    <message>
        <source>takes day, week or month, not &apos;%1&apos;</source>
        <translation>须为 day、week 或 month，而不是“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date field (one of: %2)</source>
        <translation>“%1”不是日期字段（可用：%2）</translation>
    </message>
    <message>
        <source>unknown trigger &apos;%1&apos; (stage_entered, segment_entered, schedule, date, event)</source>
        <translation>未知触发器“%1”（stage_entered、segment_entered、schedule、date、event）</translation>
    </message>
    <message>
        <source>takes {&quot;responded&quot;: …} or {&quot;purchased&quot;: true}</source>
        <translation>须为 {&quot;responded&quot;: …} 或 {&quot;purchased&quot;: true}</translation>
    </message>
    <message>
        <source>takes one of responded, purchased</source>
        <translation>须为 responded、purchased 之一</translation>
    </message>
    <message>
        <source>takes opened, clicked or converted, not %1</source>
        <translation>须为 opened、clicked 或 converted，而不是 %1</translation>
    </message>
    <message>
        <source>takes true</source>
        <translation>须为 true</translation>
    </message>
    <message>
        <source>unknown condition (responded, purchased)</source>
        <translation>未知条件（responded、purchased）</translation>
    </message>
    <message>
        <source>takes a list of steps</source>
        <translation>须为步骤列表</translation>
    </message>
    <message>
        <source>takes at least one step</source>
        <translation>至少需要一个步骤</translation>
    </message>
    <message>
        <source>a programme has at most %1 steps</source>
        <translation>一个自动化计划最多 %1 个步骤</translation>
    </message>
    <message>
        <source>takes one of send, wait_days, branch, exit_if</source>
        <translation>须为 send、wait_days、branch、exit_if 之一</translation>
    </message>
    <message>
        <source>takes an object with a channel</source>
        <translation>须为带 channel 的对象</translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos; (one of: %2)</source>
        <translation>未知渠道“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>takes an amount of 0 or more, not %1</source>
        <translation>须为 0 或以上的金额，而不是 %1</translation>
    </message>
    <message>
        <source>takes an object with if, then and else</source>
        <translation>须为带 if、then 和 else 的对象</translation>
    </message>
    <message>
        <source>unknown step (send, wait_days, branch, exit_if)</source>
        <translation>未知步骤（send、wait_days、branch、exit_if）</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>最多 200 个字符</translation>
    </message>
    <message>
        <source>takes a saved segment&apos;s name or a segment definition</source>
        <translation>须为已保存客群的名称或客群定义</translation>
    </message>
    <message>
        <source>takes a share from 0 to %1, not %2</source>
        <translation>须为 0 到 %1 之间的比例，而不是 %2</translation>
    </message>
    <message>
        <source>takes {&quot;folder&quot;: …, &quot;format&quot;: csv|xlsx|hashed}</source>
        <translation>须为 {&quot;folder&quot;: …, &quot;format&quot;: csv|xlsx|hashed}</translation>
    </message>
    <message>
        <source>takes csv, xlsx or hashed, not &apos;%1&apos;</source>
        <translation>须为 csv、xlsx 或 hashed，而不是“%1”</translation>
    </message>
    <message>
        <source>no send step: the programme would contact nobody</source>
        <translation>没有发送步骤：该自动化计划不会触达任何人</translation>
    </message>
    <message>
        <source>not JSON at character %1: %2</source>
        <translation>第 %1 个字符处不是有效 JSON：%2</translation>
    </message>
    <message>
        <source>a programme is a JSON object</source>
        <translation>自动化计划须为 JSON 对象</translation>
    </message>
</context>
<context>
    <name>mwb::ProgrammeReport</name>
    <message>
        <source>No programme named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的自动化计划。</translation>
    </message>
</context>
<context>
    <name>mwb::ProgrammeRunner</name>
    <message>
        <source>no saved segment named &apos;%1&apos;</source>
        <translation>没有名为“%1”的已保存客群</translation>
    </message>
    <message>
        <source>%1 · step %2 · %3</source>
        <translation>%1 · 第 %2 步 · %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Programme &apos;%1&apos;: %2</source>
        <translation>自动化计划“%1”：%2</translation>
    </message>
    <message>
        <source>No programme named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的自动化计划。</translation>
    </message>
    <message>
        <source>Programme &apos;%1&apos;, %2: %3</source>
        <translation>自动化计划“%1”，%2：%3</translation>
    </message>
    <message>
        <source>A simulation needs a first and a last day, in that order.</source>
        <translation>模拟需要起止日期，且起始日期在前。</translation>
    </message>
</context>
<context>
    <name>mwb::ProgrammeStore</name>
    <message>
        <source>A programme named &apos;%1&apos; exists; say --replace to replace its definition.</source>
        <translation>已存在名为“%1”的自动化计划；如需替换其定义，请加 --replace。</translation>
    </message>
</context>
<context>
    <name>mwb::ProgrammeTemplates</name>
    <message>
        <source>Welcome series</source>
        <translation>欢迎系列</translation>
    </message>
    <message>
        <source>New customers (Aware): a welcome on the day they become known, a second message three days later unless they bought.</source>
        <translation>新客户（认知）：被识别当天发送欢迎消息，三天后未购买者再发一条。</translation>
    </message>
    <message>
        <source>First-purchase nudge</source>
        <translation>首购促进</translation>
    </message>
    <message>
        <source>Engaged but not buying (Attempt): an offer, and after a week an SMS to those who clicked and did not buy.</source>
        <translation>有互动未购买（尝试）：发送优惠，一周后向点击但未购买者发短信。</translation>
    </message>
    <message>
        <source>Second-order cross-sell</source>
        <translation>二次购买交叉销售</translation>
    </message>
    <message>
        <source>First buyers (Adopt): two weeks after the first order, what goes with it.</source>
        <translation>首购客户（采用）：首单两周后，推荐相关搭配商品。</translation>
    </message>
    <message>
        <source>Advocate referral ask</source>
        <translation>推荐者转介绍邀请</translation>
    </message>
    <message>
        <source>Loyal customers (Advocate): ask them to refer a friend.</source>
        <translation>忠诚客户（推荐）：邀请他们推荐好友。</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>流失挽回</translation>
    </message>
    <message>
        <source>Lapsed customers (Abandon): an offer, and an SMS a week later to those who did not come back.</source>
        <translation>流失客户（放弃）：发送优惠，一周后向仍未回购者发短信。</translation>
    </message>
    <message>
        <source>Replenishment reminder</source>
        <translation>补货提醒</translation>
    </message>
    <message>
        <source>Three days before a customer&apos;s product runs out (their replenishment due day): a reminder.</source>
        <translation>在客户商品用完前三天（其补货到期日）发送提醒。</translation>
    </message>
</context>
<context>
    <name>mwb::PropensityModel</name>
    <message>
        <source>The horizon must be %1 to %2 days.</source>
        <translation>预测期须为 %1 到 %2 天。</translation>
    </message>
    <message>
        <source>The threshold must be from 0 to 1.</source>
        <translation>阈值须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>The workspace holds no transactions or touchpoints to learn from.</source>
        <translation>工作区没有可供学习的交易或触点。</translation>
    </message>
    <message>
        <source>The cut-off %1 is after the last day of the data (%2): the training labels need the orders up to the cut-off.</source>
        <translation>截止日 %1 晚于数据的最后一天（%2）：训练标签需要截止日之前的订单。</translation>
    </message>
    <message>
        <source>The data starts on %1, after the training features&apos; day %2 (the cut-off %3 less the horizon of %4 days): choose a cut-off on or after %5.</source>
        <translation>数据从 %1 开始，晚于训练特征日 %2（截止日 %3 减去 %4 天预测期）：请选择 %5 或之后的截止日。</translation>
    </message>
    <message>
        <source>The data covers %1 days (%2 to %3); a horizon of %4 days needs at least %5: features as of the first of them, %4 days of orders to learn from and %4 to check against.</source>
        <translation>数据涵盖 %1 天（%2 至 %3）；%4 天的预测期至少需要 %5 天：以第一天的特征为起点，%4 天的订单用于学习，另 %4 天用于检验。</translation>
    </message>
    <message>
        <source>No evaluation: the data ends on %1, before the cut-off plus the horizon (%2).</source>
        <translation>无评估：数据在 %1 结束，早于截止日加预测期（%2）。</translation>
    </message>
    <message>
        <source>The training period (features as of %1, orders to %2) has %3 customers with the label 1 and %4 with 0; a model needs at least %5 of each.</source>
        <translation>训练期（特征截至 %1，订单至 %2）有 %3 位客户标签为 1、%4 位为 0；模型每类至少需要 %5 位。</translation>
    </message>
    <message>
        <source>No evaluation: the %1 customers as of %2 all have the label %3.</source>
        <translation>无评估：截至 %2 的 %1 位客户标签都为 %3。</translation>
    </message>
    <message>
        <source>Cannot train the model: %1</source>
        <translation>无法训练模型：%1</translation>
    </message>
    <message>
        <source>There is no %1 model yet: train one first.</source>
        <translation>还没有 %1 模型：请先训练。</translation>
    </message>
    <message>
        <source>The workspace holds no transactions or touchpoints to score.</source>
        <translation>工作区没有可用于评分的交易或触点。</translation>
    </message>
    <message>
        <source>Cannot store the scores: %1</source>
        <translation>无法保存评分：%1</translation>
    </message>
    <message>
        <source>At least one customer must be read into a model.</source>
        <translation>模型至少需要读入一位客户。</translation>
    </message>
    <message>
        <source>a training of the %1 model</source>
        <translation>%1 模型的训练</translation>
    </message>
    <message>
        <source>a scoring with the %1 model</source>
        <translation>使用 %1 模型的评分</translation>
    </message>
    <message>
        <source>The orders changed while the model was starting; try again.</source>
        <translation>模型启动期间订单发生了变化；请重试。</translation>
    </message>
</context>
<context>
    <name>mwb::Referrals</name>
    <message>
        <source>unknown key &apos;%1&apos; (reward_per_referral, other_costs)</source>
        <translation>未知键“%1”（reward_per_referral、other_costs）</translation>
    </message>
    <message>
        <source>%1: an amount of 0 or more</source>
        <translation>%1：应为 0 或以上的金额</translation>
    </message>
</context>
<context>
    <name>mwb::RejectLog</name>
    <message>
        <source> (the row is kept up to its first %1 KB of %2 MB)</source>
        <translation>（该行共 %2 MB，仅保留前 %1 KB）</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows beside %1: every name up to %2 is taken.</source>
        <translation>无法在 %1 旁边写入被拒绝的行：直到 %2 为止的所有文件名都已被占用。</translation>
    </message>
    <message>
        <source>Cannot write %1: a file of that name exists and is left as it is.</source>
        <translation>无法写入 %1：已存在同名文件，该文件保持不变。</translation>
    </message>
</context>
<context>
    <name>mwb::RepeatSummary</name>
    <message>
        <source>The workspace holds no orders of known customers.</source>
        <translation>工作区中没有已知客户的订单。</translation>
    </message>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
</context>
<context>
    <name>mwb::RfmScores</name>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>不可流失</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>mwb::RowWriter</name>
    <message>
        <source>Unreadable date %1.</source>
        <translation>无法识别的日期 %1。</translation>
    </message>
    <message>
        <source>No time.</source>
        <translation>缺少时间。</translation>
    </message>
    <message>
        <source>Unreadable time %1.</source>
        <translation>无法识别的时间 %1。</translation>
    </message>
    <message>
        <source>No event type.</source>
        <translation>缺少事件类型。</translation>
    </message>
    <message>
        <source>Unreadable value %1.</source>
        <translation>无法识别的数值 %1。</translation>
    </message>
    <message>
        <source>An NPS answer needs a whole score from 0 to 10, not %1.</source>
        <translation>NPS 回答需要 0 到 10 的整数分，而不是 %1。</translation>
    </message>
    <message>
        <source>No usable identifier (customer id, e-mail or phone).</source>
        <translation>没有可用的标识（客户 ID、电子邮件或电话）。</translation>
    </message>
    <message>
        <source>No usable identifier: %1 cannot be read.</source>
        <translation>没有可用的标识：无法识别%1。</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the unreadable columns</comment>
        <translation>和</translation>
    </message>
    <message>
        <source>No order id.</source>
        <translation>缺少订单 ID。</translation>
    </message>
    <message>
        <source>No order date.</source>
        <translation>缺少下单日期。</translation>
    </message>
    <message>
        <source>Unreadable quantity %1.</source>
        <translation>无法识别的数量 %1。</translation>
    </message>
    <message>
        <source>Unreadable unit price %1.</source>
        <translation>无法识别的单价 %1。</translation>
    </message>
    <message>
        <source>Unreadable amount %1.</source>
        <translation>无法识别的金额 %1。</translation>
    </message>
    <message>
        <source>No amount.</source>
        <translation>缺少金额。</translation>
    </message>
    <message>
        <source>The customer with this external id is not a member of this campaign.</source>
        <translation>具有此客户 ID 的客户不是此活动的成员。</translation>
    </message>
    <message>
        <source>The customer with this email is not a member of this campaign.</source>
        <translation>具有此电子邮件的客户不是此活动的成员。</translation>
    </message>
    <message>
        <source>The customer with this phone is not a member of this campaign.</source>
        <translation>具有此电话的客户不是此活动的成员。</translation>
    </message>
    <message>
        <source>The customer with this %1 is not a member of this campaign.</source>
        <translation>具有此%1的客户不是此活动的成员。</translation>
    </message>
    <message>
        <source>a campaign to report on (there is no campaign with id %1)</source>
        <translation>结果所属的活动（没有 ID 为 %1 的活动）</translation>
    </message>
    <message>
        <source>Member token %1 belongs to another campaign (id %2).</source>
        <translation>成员令牌 %1 属于另一个活动（ID %2）。</translation>
    </message>
    <message>
        <source>No member of this campaign has the member token %1.</source>
        <translation>此活动中没有成员的成员令牌为 %1。</translation>
    </message>
    <message>
        <source>No customer in the workspace has this id, e-mail or phone.</source>
        <translation>工作区中没有客户具有此 ID、电子邮件或电话。</translation>
    </message>
    <message>
        <source>No status.</source>
        <translation>缺少状态。</translation>
    </message>
    <message>
        <source>Unknown status %1 (expected %2).</source>
        <translation>未知状态 %1（应为 %2）。</translation>
    </message>
    <message>
        <source>Unreadable revenue %1.</source>
        <translation>无法识别的营收 %1。</translation>
    </message>
    <message>
        <source>Unreadable line amount %1.</source>
        <translation>无法识别的行金额 %1。</translation>
    </message>
    <message>
        <source>No points.</source>
        <translation>没有积分。</translation>
    </message>
    <message>
        <source>Points must be a whole number other than 0, not %1.</source>
        <translation>积分须为非 0 的整数，而不是 %1。</translation>
    </message>
    <message>
        <source>Unknown type of points %1: earn, redeem, expire or adjust.</source>
        <translation>未知的积分类型 %1：应为获得（earn）、兑换（redeem）、过期（expire）或调整（adjust）。</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>客户不能推荐自己。</translation>
    </message>
    <message>
        <source>Unreadable referrer %1.</source>
        <translation>无法识别的推荐人 %1。</translation>
    </message>
    <message>
        <source>The customer was already referred by another customer; the first referral stands.</source>
        <translation>该客户已由另一位客户推荐；以最先的推荐为准。</translation>
    </message>
    <message>
        <source>The referrer was referred by this customer.</source>
        <translation>该推荐人是由此客户推荐的。</translation>
    </message>
    <message>
        <source>No referrer.</source>
        <translation>没有推荐人。</translation>
    </message>
</context>
<context>
    <name>mwb::SampleSize</name>
    <message>
        <source>The baseline conversion rate must be between 0 and 1 (not included); %1 is not.</source>
        <translation>基准转化率须在 0 和 1 之间（不含两端）；%1 不符合。</translation>
    </message>
    <message>
        <source>The significance level must be between 0 and 1 (not included); %1 is not.</source>
        <translation>显著性水平须在 0 和 1 之间（不含两端）；%1 不符合。</translation>
    </message>
    <message>
        <source>The power must be between 0 and 1 (not included); %1 is not.</source>
        <translation>检验功效须在 0 和 1 之间（不含两端）；%1 不符合。</translation>
    </message>
    <message>
        <source>A test has 1 to 10 arms besides the control group; %1 is not.</source>
        <translation>除对照组外，测试有 1 到 10 组；%1 不符合。</translation>
    </message>
    <message>
        <source>The uplift to detect must be above 0 and keep the rate below 1 (baseline %1 + uplift %2 = %3).</source>
        <translation>要检测的提升须大于 0，且转化率保持在 1 以下（基准 %1 + 提升 %2 = %3）。</translation>
    </message>
    <message>
        <source>An uplift of %1 is too small to plan for.</source>
        <translation>%1 的提升太小，无法规划。</translation>
    </message>
    <message>
        <source>Both the treatment and the control group need members.</source>
        <translation>实验组和对照组都需要有成员。</translation>
    </message>
</context>
<context>
    <name>mwb::SegmentDefinition</name>
    <message>
        <source>expected an object (a group or a condition), found %1</source>
        <translation>应为对象（条件组或条件），实际为 %1</translation>
    </message>
    <message>
        <source>an empty object is neither a group nor a condition</source>
        <translation>空对象既不是条件组也不是条件</translation>
    </message>
    <message>
        <source>a group or behaviour condition takes exactly one key, found %1</source>
        <translation>条件组或行为条件只能有一个键，实际为 %1</translation>
    </message>
    <message>
        <source>expected a list of nodes, found %1</source>
        <translation>应为节点列表，实际为 %1</translation>
    </message>
    <message>
        <source>expected one node, found %1</source>
        <translation>应为一个节点，实际为 %1</translation>
    </message>
    <message>
        <source>unknown key %1 (expected all, any, not, field, event or purchase)</source>
        <translation>未知键 %1（应为 all、any、not、field、event 或 purchase）</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>未知键 %1</translation>
    </message>
    <message>
        <source>field %1 takes text, not %2</source>
        <translation>字段 %1 需要文本，而不是 %2</translation>
    </message>
    <message>
        <source>unknown value %1 for field %2 (one of: %3)</source>
        <translation>字段 %2 的值 %1 未知（可选：%3）</translation>
    </message>
    <message>
        <source>field %1 takes a number, not %2</source>
        <translation>字段 %1 需要数字，而不是 %2</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>field %1 takes a date (&quot;YYYY-MM-DD&quot; or {&quot;days_ago&quot;: N}), not %2</source>
        <translation>字段 %1 需要日期（&quot;YYYY-MM-DD&quot; 或 {&quot;days_ago&quot;: N}），而不是 %2</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>未知字段 %1</translation>
    </message>
    <message>
        <source>missing operator</source>
        <translation>缺少运算符</translation>
    </message>
    <message>
        <source>unknown operator %1</source>
        <translation>未知运算符 %1</translation>
    </message>
    <message>
        <source>operator %1 does not apply to field %2</source>
        <translation>运算符 %1 不适用于字段 %2</translation>
    </message>
    <message>
        <source>operator %1 takes no value</source>
        <translation>运算符 %1 不需要值</translation>
    </message>
    <message>
        <source>operator %1 takes a non-empty list</source>
        <translation>运算符 %1 需要非空列表</translation>
    </message>
    <message>
        <source>operator &apos;between&apos; takes [low, high]</source>
        <translation>运算符 &apos;between&apos; 需要 [下限, 上限]</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>expected non-empty text, found %1</source>
        <translation>应为非空文本，实际为 %1</translation>
    </message>
    <message>
        <source>expected a whole number of days of at least 1</source>
        <translation>应为不小于 1 的整数天数</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, found %1</source>
        <translation>应为 YYYY-MM-DD 格式的日期，实际为 %1</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>时间段的结束早于开始</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation>应为不小于 1 的整数</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>an event condition needs a type or a channel</source>
        <translation>事件条件需要类型或渠道</translation>
    </message>
    <message>
        <source>expected a campaign id or name, found %1</source>
        <translation>应为活动 ID 或名称，实际为 %1</translation>
    </message>
    <message>
        <source>expected an amount of at least 0, found %1</source>
        <translation>应为不小于 0 的金额，实际为 %1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>不是有效的 JSON（偏移量 %1）：%2</translation>
    </message>
    <message>
        <source>a definition is one JSON object</source>
        <translation>定义必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>: a &quot;not&quot; takes exactly one node, found %1</source>
        <translation>：&quot;not&quot; 只能包含一个节点，实际为 %1</translation>
    </message>
    <message>
        <source>groups are nested more than %1 levels deep</source>
        <translation>条件组嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a value holds a NUL character</source>
        <translation>某个值包含 NUL 字符</translation>
    </message>
    <message>
        <source>the definition lists more than %1 values</source>
        <translation>定义中列出的值超过 %1 个</translation>
    </message>
    <message>
        <source>a definition holds at most %1 MB; this one has %2 MB</source>
        <translation>定义最多 %1 MB；此定义有 %2 MB</translation>
    </message>
    <message>
        <source>expected a whole number of days (negative: days after the reference day)</source>
        <translation>应为整数天数（负数表示参考日之后的天数）</translation>
    </message>
    <message>
        <source>expected non-empty text or a list of them, found %1</source>
        <translation>应为非空文本或文本列表，实际为 %1</translation>
    </message>
    <message>
        <source>only lifecycle_stage and tier take as_of</source>
        <translation>只有 lifecycle_stage 和 tier 可以带 as_of</translation>
    </message>
</context>
<context>
    <name>mwb::SegmentDescription</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>the reference day</source>
        <translation>参考日</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>who have the tag %1</source>
        <translation>带有标签%1</translation>
    </message>
    <message>
        <source>who do not have the tag %1</source>
        <translation>不带标签%1</translation>
    </message>
    <message>
        <source>who have none of the tags %1</source>
        <translation>不带%1中的任何标签</translation>
    </message>
    <message>
        <source>who have a tag containing %1</source>
        <translation>带有包含%1的标签</translation>
    </message>
    <message>
        <source>who have a tag starting with %1</source>
        <translation>带有以%1开头的标签</translation>
    </message>
    <message>
        <source>who have no tags</source>
        <translation>没有任何标签</translation>
    </message>
    <message>
        <source>who have a tag</source>
        <translation>带有标签</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a field as it was on a day</comment>
        <translation>%2 当天的%1</translation>
    </message>
    <message>
        <source>whose %1 is on %2</source>
        <translation>%1为 %2</translation>
    </message>
    <message>
        <source>whose %1 is %2</source>
        <translation>%1为%2</translation>
    </message>
    <message>
        <source>whose %1 is not on %2</source>
        <translation>%1不为 %2</translation>
    </message>
    <message>
        <source>whose %1 is not %2</source>
        <translation>%1不为%2</translation>
    </message>
    <message>
        <source>whose %1 is before %2</source>
        <translation>%1早于 %2</translation>
    </message>
    <message>
        <source>whose %1 is less than %2</source>
        <translation>%1小于 %2</translation>
    </message>
    <message>
        <source>whose %1 is on or before %2</source>
        <translation>%1不晚于 %2</translation>
    </message>
    <message>
        <source>whose %1 is at most %2</source>
        <translation>%1不超过 %2</translation>
    </message>
    <message>
        <source>whose %1 is after %2</source>
        <translation>%1晚于 %2</translation>
    </message>
    <message>
        <source>whose %1 is more than %2</source>
        <translation>%1大于 %2</translation>
    </message>
    <message>
        <source>whose %1 is on or after %2</source>
        <translation>%1不早于 %2</translation>
    </message>
    <message>
        <source>whose %1 is at least %2</source>
        <translation>%1至少为 %2</translation>
    </message>
    <message>
        <source>whose %1 is between %2 and %3</source>
        <translation>%1介于 %2 和 %3 之间</translation>
    </message>
    <message>
        <source>whose %1 is neither %2</source>
        <translation>%1不是%2中的任何一个</translation>
    </message>
    <message>
        <source>%1 nor %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>whose %1 contains %2</source>
        <translation>%1包含%2</translation>
    </message>
    <message>
        <source>whose %1 starts with %2</source>
        <translation>%1以%2开头</translation>
    </message>
    <message>
        <source>whose %1 is empty</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <source>whose %1 is not empty</source>
        <translation>%1不为空</translation>
    </message>
    <message>
        <source>at least once</source>
        <translation>至少一次</translation>
    </message>
    <message>
        <source>at least %1 times</source>
        <translation>至少 %1 次</translation>
    </message>
    <message>
        <source> on the reference day</source>
        <translation>参考日当天</translation>
    </message>
    <message>
        <source> in the last %1 days</source>
        <translation>最近 %1 天内</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>%1 当天</translation>
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation>%1 至 %2 期间</translation>
    </message>
    <message>
        <source> on or after %1</source>
        <translation>%1 及之后</translation>
    </message>
    <message>
        <source> on or before %1</source>
        <translation>%1 及之前</translation>
    </message>
    <message>
        <source> for at least %1</source>
        <translation>，金额至少 %1</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation>，渠道为%1</translation>
    </message>
    <message>
        <source> a product containing %1</source>
        <translation>，商品名称包含%1</translation>
    </message>
    <message>
        <source>who bought %1%2%3</source>
        <comment>%1: how often, %2: amount, channel and product, %3: when</comment>
        <translation>%3购买过%1%2</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source> on %1</source>
        <comment>an event on a channel</comment>
        <translation>在%1渠道</translation>
    </message>
    <message>
        <source> of campaign %1</source>
        <translation>针对活动%1</translation>
    </message>
    <message>
        <source>who had %1%2 %3%4</source>
        <comment>%1: the event, %2: channel and campaign, %3: how often, %4: when</comment>
        <translation>%4%2发生过%1，%3</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>（所有人）</translation>
    </message>
    <message>
        <source>(no one)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source> and </source>
        <translation>且</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>不满足%1</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无条件）</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>没有客户</translation>
    </message>
    <message>
        <source>Customers %1</source>
        <translation>%1的客户</translation>
    </message>
    <message>
        <source>1 day after the reference day</source>
        <translation>参考日之后 1 天</translation>
    </message>
    <message>
        <source>%1 days after the reference day</source>
        <translation>参考日之后 %1 天</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between alternatives</comment>
        <translation>或</translation>
    </message>
    <message>
        <source> product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source> in category %1</source>
        <translation>品类 %1</translation>
    </message>
    <message>
        <source> of brand %1</source>
        <translation>品牌 %1</translation>
    </message>
</context>
<context>
    <name>mwb::SegmentField</name>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Membership tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Signup date</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>最近消费天数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Predicted lifetime value</source>
        <translation>预测终身价值</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>最近消费评分（R）</translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation>消费频次评分（F）</translation>
    </message>
    <message>
        <source>Monetary score</source>
        <translation>消费金额评分（M）</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分层</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Latest NPS answer</source>
        <translation>最近一次净推荐值评分</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Different products bought</source>
        <translation>购买过的不同商品数</translation>
    </message>
    <message>
        <source>products</source>
        <translation>件商品</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>最常购买的品类</translation>
    </message>
    <message>
        <source>Replenishment due</source>
        <translation>补货到期日</translation>
    </message>
    <message>
        <source>In the global control group</source>
        <translation>在全局对照组中</translation>
    </message>
    <message>
        <source>Churn score</source>
        <translation>流失评分</translation>
    </message>
    <message>
        <source>Purchase score</source>
        <translation>购买评分</translation>
    </message>
    <message>
        <source>In the tier since</source>
        <translation>进入当前等级的日期</translation>
    </message>
    <message>
        <source>Goes down a tier at the next review on</source>
        <translation>将在下次评审日降级的日期</translation>
    </message>
    <message>
        <source>Last tier move (up or down)</source>
        <translation>最近一次等级变动（升或降）</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Points expiring within the notice period</source>
        <translation>提醒期内即将过期的积分</translation>
    </message>
    <message>
        <source>Oldest points expire on</source>
        <translation>最早积分的到期日</translation>
    </message>
    <message>
        <source>Customers referred</source>
        <translation>推荐的客户数</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>位客户</translation>
    </message>
    <message>
        <source>Referred by a known customer</source>
        <translation>由已知客户推荐</translation>
    </message>
    <message>
        <source>Member programme</source>
        <translation>会员计划</translation>
    </message>
</context>
<context>
    <name>mwb::SegmentQuery</name>
    <message>
        <source>unknown campaign %1</source>
        <translation>未知活动 %1</translation>
    </message>
    <message>
        <source>unknown campaign &apos;%1&apos;</source>
        <translation>未知活动“%1”</translation>
    </message>
    <message>
        <source>overlap takes two or three segments</source>
        <translation>重叠分析需要两个或三个客群</translation>
    </message>
    <message>
        <source>segment %1: %2</source>
        <translation>客群 %1：%2</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>未知字段“%1”</translation>
    </message>
</context>
<context>
    <name>mwb::SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>客群需要一个名称。</translation>
    </message>
    <message>
        <source>A segment named &apos;%1&apos; already exists.</source>
        <translation>已存在名为“%1”的客群。</translation>
    </message>
    <message>
        <source>The definition is not valid: %1</source>
        <translation>定义无效：%1</translation>
    </message>
    <message>
        <source>There is no segment %1.</source>
        <translation>没有客群 %1。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
</context>
<context>
    <name>mwb::TableExport</name>
    <message>
        <source>the export was already started</source>
        <translation>导出已经开始</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot separate CSV fields</source>
        <translation>“%1”不能用作 CSV 字段分隔符</translation>
    </message>
    <message>
        <source>the export was not started</source>
        <translation>导出尚未开始</translation>
    </message>
</context>
<context>
    <name>mwb::TierRules</name>
    <message>
        <source>unknown key &apos;%1&apos; (known: measure, window_days, review, grace_days, tiers)</source>
        <translation>未知的键“%1”（可用：measure、window_days、review、grace_days、tiers）</translation>
    </message>
    <message>
        <source>window_days: a whole number of days</source>
        <translation>window_days：须为整数天</translation>
    </message>
    <message>
        <source>review: &apos;%1&apos; is not &apos;monthly&apos;, &apos;quarterly&apos; or &apos;yearly&apos;</source>
        <translation>review：“%1”不是“monthly”“quarterly”或“yearly”</translation>
    </message>
    <message>
        <source>grace_days: a whole number of days</source>
        <translation>grace_days：须为整数天</translation>
    </message>
    <message>
        <source>tiers: a list of {&quot;name&quot;: …, &quot;min&quot;: …}, lowest first</source>
        <translation>tiers：{&quot;name&quot;: …, &quot;min&quot;: …} 的列表，从最低等级开始</translation>
    </message>
    <message>
        <source>tiers[%1]: needs a &quot;name&quot; (text) and a &quot;min&quot; (number)</source>
        <translation>tiers[%1]：需要 &quot;name&quot;（文本）和 &quot;min&quot;（数字）</translation>
    </message>
    <message>
        <source>tiers: 2 to 12 tiers, not %1</source>
        <translation>tiers：须有 2 到 12 个等级，而不是 %1 个</translation>
    </message>
    <message>
        <source>window_days: 1 to 1095 days, not %1</source>
        <translation>window_days：须为 1 到 1095 天，而不是 %1</translation>
    </message>
    <message>
        <source>grace_days: 0 to 730 days, not %1</source>
        <translation>grace_days：须为 0 到 730 天，而不是 %1</translation>
    </message>
    <message>
        <source>tiers[%1]: a name of 1 to 40 characters</source>
        <translation>tiers[%1]：名称须为 1 到 40 个字符</translation>
    </message>
    <message>
        <source>tiers[%1]: the name &apos;%2&apos; is taken by another tier</source>
        <translation>tiers[%1]：名称“%2”已被其他等级使用</translation>
    </message>
    <message>
        <source>tiers[%1]: min must be a number</source>
        <translation>tiers[%1]：min 须为数字</translation>
    </message>
    <message>
        <source>tiers[0]: the lowest tier&apos;s min is 0 (everyone starts there), not %1</source>
        <translation>tiers[0]：最低等级的 min 为 0（所有人都从这里开始），而不是 %1</translation>
    </message>
    <message>
        <source>tiers[%1]: min %2 must be above the tier below&apos;s %3</source>
        <translation>tiers[%1]：min %2 须高于下一级的 %3</translation>
    </message>
    <message>
        <source>measure: &apos;%1&apos; is not &apos;spend&apos;, &apos;orders&apos; or &apos;points&apos;</source>
        <translation>measure：“%1”不是“spend”、“orders”或“points”</translation>
    </message>
</context>
<context>
    <name>mwb::Vocabulary</name>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>直邮</translation>
    </message>
    <message>
        <source>Web visit</source>
        <translation>网站访问</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>打开邮件</translation>
    </message>
    <message>
        <source>E-mail link clicked</source>
        <translation>点击邮件链接</translation>
    </message>
    <message>
        <source>SMS link clicked</source>
        <translation>点击短信链接</translation>
    </message>
    <message>
        <source>WeChat message</source>
        <translation>微信消息</translation>
    </message>
    <message>
        <source>Followed on WeChat</source>
        <translation>关注微信</translation>
    </message>
    <message>
        <source>App opened</source>
        <translation>打开 App</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Coupon redeemed</source>
        <translation>核销优惠券</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Referred someone</source>
        <translation>推荐他人</translation>
    </message>
    <message>
        <source>NPS answer</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <source>Campaign sent</source>
        <translation>活动已发送</translation>
    </message>
    <message>
        <source>Campaign delivered</source>
        <translation>活动已送达</translation>
    </message>
    <message>
        <source>Campaign bounced</source>
        <translation>活动被退回</translation>
    </message>
    <message>
        <source>Campaign opened</source>
        <translation>活动已打开</translation>
    </message>
    <message>
        <source>Campaign clicked</source>
        <translation>活动已点击</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>退订</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
</context>
<context>
    <name>mwb::Workspace</name>
    <message>
        <source>%1 is not a Marketing Workbench workspace (not an SQLite database).</source>
        <translation>%1 不是 Marketing Workbench 工作区（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a file and what went wrong</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Marketing Workbench workspace.</source>
        <translation>%1 是 SQLite 数据库，但不是 Marketing Workbench 工作区。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Marketing Workbench (workspace version %2; this version reads up to %3). Update the application to open it.</source>
        <translation>%1 由更新版本的 Marketing Workbench 写入（工作区版本 %2；此版本最高只能读取 %3）。请更新应用程序后再打开。</translation>
    </message>
    <message>
        <source>%1 is truncated (%2 of %3 bytes). Restore it from a backup copy.</source>
        <translation>%1 不完整（只有 %3 字节中的 %2 字节）。请从备份副本恢复。</translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1: %2</source>
        <translation>无法写入备份副本 %1：%2</translation>
    </message>
    <message>
        <source>Upgrading %1 from version %2 to %3 failed: %4. The file was left unchanged.</source>
        <translation>将 %1 从版本 %2 升级到 %3 失败：%4。文件未做更改。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 已存在；请换一个名称，或者打开它。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from version %2 and was opened read-only.</source>
        <translation>%1 需要从版本 %2 升级，但它是以只读方式打开的。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed. `mwb check %3` tells what is damaged; `mwb recover %3 --out NEW.mwb` saves what can still be read into a new workspace (in the window: File › Recover Workspace…); or restore a backup copy.</source>
        <translation>%1 已损坏（%2）。未做任何更改。`mwb check %3` 可查看哪些部分已损坏；`mwb recover %3 --out NEW.mwb` 可将仍可读取的内容保存到一个新工作区（在窗口中：文件 › 恢复工作区…）；或者从备份副本恢复。</translation>
    </message>
    <message>
        <source>No space left on device: %1. Nothing was changed; free some space and try again.</source>
        <translation>磁盘空间已满：%1。未做任何更改；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be changed (%2).</source>
        <translation>%1 无法更改（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2.</source>
        <translation>%1 无法更改：%2。</translation>
    </message>
    <message>
        <source>the disk it is on (%1) is mounted read-only</source>
        <translation>其所在磁盘（%1）以只读方式挂载</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>该文件为只读</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written (SQLite keeps its log beside the workspace)</source>
        <translation>无法写入其所在文件夹 %1（SQLite 会在工作区旁边存放其日志）</translation>
    </message>
</context>
<context>
    <name>mwb::WorkspaceActivity</name>
    <message>
        <source>%1 is being changed by another program and did not come free in %2 s. Try again when it is done.</source>
        <translation>%1 正在被另一个程序修改，在 %2 秒内未能释放。请在其完成后重试。</translation>
    </message>
    <message>
        <source>%1 %, </source>
        <translation>%1%，</translation>
    </message>
    <message>
        <source>since %1, process %2</source>
        <translation>自 %1 起，进程 %2</translation>
    </message>
    <message>
        <source>%1 is being changed by %2 (%3) and did not come free in %4 s. Try again when it is done.</source>
        <translation>%1 正因%2而被修改（%3），在 %4 秒内未能释放。请在其完成后重试。</translation>
    </message>
</context>
<context>
    <name>mwb::WorkspaceCheck</name>
    <message>
        <source>%1 customers, %2 in the search index</source>
        <translation>%1 位客户，搜索索引中有 %2 位</translation>
    </message>
    <message>
        <source>%1 customers are indexed with other details than they have</source>
        <translation>%1 位客户在搜索索引中的信息与其实际信息不符</translation>
    </message>
</context>
<context>
    <name>mwb::WorkspaceLock</name>
    <message>
        <source>%1 is open in another Marketing Workbench window (process %2 on %3). Close it there first: two windows working on one workspace would each miss the other&apos;s changes.</source>
        <translation>%1 已在另一个 Marketing Workbench 窗口中打开（%3 上的进程 %2）。请先在那里关闭它：两个窗口同时处理一个工作区，会互相看不到对方的更改。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>mwb::WorkspaceRecovery</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 already exists; the recovered workspace is written to a new file.</source>
        <translation>%1 已存在；恢复的工作区只能写入新文件。</translation>
    </message>
    <message>
        <source>%1 is not a Marketing Workbench workspace.</source>
        <translation>%1 不是 Marketing Workbench 工作区。</translation>
    </message>
    <message>
        <source>%1 cannot be read at all (%2); nothing can be recovered from it.</source>
        <translation>%1 完全无法读取（%2）；无法从中恢复任何内容。</translation>
    </message>
    <message>
        <source>Recovering %1 into %2 failed: %3. Nothing was written.</source>
        <translation>将 %1 恢复到 %2 失败：%3。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>mwb::XlsxTableWriter</name>
    <message>
        <source>cannot create the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>invalid worksheet name &apos;%1&apos;</source>
        <translation>无效的工作表名称“%1”</translation>
    </message>
    <message>
        <source>row %1 has a text of more than 32,767 characters, more than an XLSX cell holds</source>
        <translation>第 %1 行的文本超过 32,767 个字符，超出 XLSX 单元格的容量</translation>
    </message>
    <message>
        <source>an XLSX worksheet holds at most %1 rows; export as CSV instead</source>
        <translation>XLSX 工作表最多容纳 %1 行；请改为导出 CSV</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ActiveMemberChart</name>
    <message>
        <source>Active member rate by month</source>
        <translation>按月活跃会员率</translation>
    </message>
    <message>
        <source>%1, sent %2. It held a control group: its campaign report gives the part of the change it caused.</source>
        <translation>%1，发送于 %2。该活动设有对照组：其活动报告给出变化中由它带来的部分。</translation>
    </message>
    <message>
        <source>%1, sent %2. No control group: a change after it is not shown to be its doing.</source>
        <translation>%1，发送于 %2。没有对照组：其后的变化不能证明是它带来的。</translation>
    </message>
    <message numerus="yes">
        <source>Active member rate by month (active in the last %Ln days)</source>
        <translation>
            <numerusform>按月活跃会员率（近 %Ln 天内活跃）</numerusform>
        </translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部会员</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Not enough data yet: no member is known in these months.</source>
        <translation>数据尚不足：这些月份中没有已知会员。</translation>
    </message>
    <message>
        <source>Active members (%)</source>
        <translation>活跃会员（%）</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4 of %5 members active)</source>
        <translation>%1 在 %2：%3（%5 位会员中 %4 位活跃）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ActiveMembersPanel</name>
    <message>
        <source>A line per tier</source>
        <translation>按等级分线</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message numerus="yes">
        <source>the last %n months</source>
        <translation>
            <numerusform>近 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Active: an order or a touchpoint of their own in the last</source>
        <translation>活跃：在以下天数内有订单或本人触点</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Reading every member&apos;s orders and touchpoints…</source>
        <translation>正在读取每位会员的订单和触点…</translation>
    </message>
    <message>
        <source>The active member rate could not be loaded: %1</source>
        <translation>无法加载活跃会员率：%1</translation>
    </message>
    <message>
        <source> Tiers by the tier rules, each member in their tier on the day.</source>
        <translation>等级按等级规则计，每位会员取其当天所在等级。</translation>
    </message>
    <message>
        <source> Tiers as imported with each customer (no tier rules); members without an imported tier count in the line of all members only.</source>
        <translation>等级按每位客户导入时的等级计（未设等级规则）；没有导入等级的会员只计入全部会员线。</translation>
    </message>
    <message>
        <source> No campaign was sent in these months.</source>
        <translation>这些月份中没有发送过活动。</translation>
    </message>
    <message numerus="yes">
        <source> Vertical marks: the %Ln campaigns sent in these months (hover one for its name); solid red ones held a control group, and their campaign report gives the part of any change they caused — a rise after a dashed one is not shown to be its doing.</source>
        <translation>
            <numerusform>竖线：这些月份中发送的 %Ln 个活动（悬停可见名称）；红色实线表示设有对照组，其活动报告给出变化中由它带来的部分——虚线之后的上升不能证明是它带来的。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.%3%4</source>
        <translation>%1：%2。%3%4</translation>
    </message>
</context>
<context>
    <name>mwb::ui::AttributionChart</name>
    <message>
        <source>First-purchase revenue by channel and attribution model</source>
        <translation>按渠道和归因模型的首购营收</translation>
    </message>
    <message>
        <source>First-purchase revenue by channel</source>
        <translation>按渠道的首购营收</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>首次触点</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>末次触点</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Time decay</source>
        <translation>时间衰减</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>营收（%1）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not enough data yet: no first purchase follows a touchpoint.</source>
        <translation>数据尚不足：还没有发生在触点之后的首次购买。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::AttributionTable</name>
    <message>
        <source>First-purchase revenue by channel and model</source>
        <translation>按渠道和模型的首购营收</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::BehaviourEditor</name>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Campaign #%1</source>
        <translation>活动 #%1</translation>
    </message>
    <message>
        <source>no campaign yet</source>
        <translation>暂无活动</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>each at least</source>
        <translation>每笔至少</translation>
    </message>
    <message>
        <source>Minimum amount of each order</source>
        <translation>每笔订单的最低金额</translation>
    </message>
    <message>
        <source>in channel</source>
        <translation>渠道为</translation>
    </message>
    <message>
        <source>on</source>
        <translation>于</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>任意渠道</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>在最近</translation>
    </message>
    <message>
        <source>Within the last days</source>
        <translation>在最近几天内</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>At least this many times</source>
        <translation>至少发生这么多次</translation>
    </message>
    <message>
        <source> order(s)</source>
        <translation> 笔订单</translation>
    </message>
    <message>
        <source> time(s)</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Product contains</source>
        <translation>商品包含</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>任意商品</translation>
    </message>
    <message>
        <source>of product</source>
        <translation>商品为</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>in category</source>
        <translation>品类为</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>of brand</source>
        <translation>品牌为</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>name contains</source>
        <translation>名称包含</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignArmsTable</name>
    <message>
        <source>Arm</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Uplift (95 % CI)</source>
        <translation>提升（95% 置信区间）</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p（Holm）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>对照组</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignBreakdownTable</name>
    <message>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>实验组</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>提升</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignComparisonTable</name>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>实验组</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已触达</translation>
    </message>
    <message>
        <source>Treatment
rate</source>
        <translation>实验组
转化率</translation>
    </message>
    <message>
        <source>Control
rate</source>
        <translation>对照组
转化率</translation>
    </message>
    <message>
        <source>Uplift
(95% CI)</source>
        <translation>提升
（95% 置信区间）</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Incremental
revenue</source>
        <translation>增量
营收</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignExportDialog</name>
    <message>
        <source>Byte order mark (for Excel)</source>
        <translation>字节顺序标记（供 Excel 使用）</translation>
    </message>
    <message>
        <source>Record the members as contacted on the send date</source>
        <translation>在发送日期将成员记为已触达</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export the list of “%1”</source>
        <translation>导出“%1”的名单</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <source>Hashed audience for ads platforms (SHA-256 of e-mail and phone)</source>
        <translation>广告平台哈希受众（电子邮件和电话的 SHA-256）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Each member gets one “campaign sent” touchpoint, once however often the list is exported. Leave it off for a file to look at.</source>
        <translation>每位成员获得一条“活动已发送”触点，无论名单导出多少次都只记一次。仅为查看而导出文件时请不要勾选。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The list holds the %1 members of the treatment group; the control group is never contacted. member_token leads every row, so results come back exactly.</source>
        <translation>名单包含实验组的 %1 位成员；对照组永远不会被触达。每行以 member_token 开头，因此结果可以准确回传。</translation>
    </message>
    <message>
        <source>Columns after member_token</source>
        <translation>member_token 之后的列</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>%1 of %2 rows written…</source>
        <translation>已写入 %1 / %2 行…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export campaign list</source>
        <translation>导出活动名单</translation>
    </message>
    <message>
        <source>Choose at least one column to go with member_token.</source>
        <translation>请至少选择一列与 member_token 一同导出。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>正在写入名单…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written and nobody was logged as contacted.</source>
        <translation>已取消：未写入文件，也没有人被记为已触达。</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2. %3 members logged as contacted.</source>
        <translation>已将 %1 行写入 %2。%3 位成员被记为已触达。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <source>One file per arm, named after the file chosen (…-A.csv, …-B.csv)</source>
        <translation>每组一个文件，按所选文件命名（…-A.csv、…-B.csv）</translation>
    </message>
    <message>
        <source>Each arm&apos;s members in a file of their own, for tools that send one version per list; every list has the arm column either way</source>
        <translation>每组成员单独一个文件，适用于每个名单只发一个版本的工具；无论哪种方式，名单都带有分组列</translation>
    </message>
    <message>
        <source>Arms: %1; the arm column follows member_token.</source>
        <translation>分组：%1；分组列紧跟在 member_token 之后。</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Writing the list of arm %1…</source>
        <translation>正在写入 %1 组的名单…</translation>
    </message>
    <message>
        <source>Wrote %1 rows in %2 files (one per arm) to %3. %4 members logged as contacted.</source>
        <translation>已将 %1 行写入 %3 中的 %2 个文件（每组一个）。已记录 %4 位成员为已触达。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignFunnelChart</name>
    <message>
        <source>Funnel, as a share of each group&apos;s members</source>
        <translation>漏斗（占各组成员的比例）</translation>
    </message>
    <message>
        <source>Treatment (%1)</source>
        <translation>实验组（%1）</translation>
    </message>
    <message>
        <source>Control (%1, not contacted)</source>
        <translation>对照组（%1，未触达）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>实验组</translation>
    </message>
    <message>
        <source>Treatment share</source>
        <translation>实验组占比</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Control share</source>
        <translation>对照组占比</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignReportView</name>
    <message>
        <source>By lifecycle stage</source>
        <translation>按生命周期阶段</translation>
    </message>
    <message>
        <source>By RFM segment</source>
        <translation>按 RFM 分层</translation>
    </message>
    <message>
        <source>No campaign chosen</source>
        <translation>未选择活动</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>无法计算报告：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment&lt;/b&gt; %1 members, %2 contacted, %3 converted, revenue %4 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Control&lt;/b&gt; %5 members (never contacted), %6 converted, revenue %7</source>
        <translation>&lt;b&gt;实验组&lt;/b&gt; %1 位成员，%2 位已触达，%3 位已转化，营收 %4 &amp;nbsp;·&amp;nbsp; &lt;b&gt;对照组&lt;/b&gt; %5 位成员（从未触达），%6 位已转化，营收 %7</translation>
    </message>
    <message>
        <source>Results by lifecycle stage</source>
        <translation>按生命周期阶段的结果</translation>
    </message>
    <message>
        <source>Results by RFM segment</source>
        <translation>按 RFM 分层的结果</translation>
    </message>
    <message>
        <source>Arms against the control group</source>
        <translation>各组与对照组对比</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignsPage</name>
    <message>
        <source>New Campaign…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Send a saved segment, with a random control group held out</source>
        <translation>向已保存的客群发送，并随机留出对照组</translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation>导出名单…</translation>
    </message>
    <message>
        <source>Write the treatment group&apos;s list for the e-mail, SMS or ads tool</source>
        <translation>为邮件、短信或广告工具写出实验组名单</translation>
    </message>
    <message>
        <source>Import Results…</source>
        <translation>导入结果…</translation>
    </message>
    <message>
        <source>Read back what the sending tool reports: delivered, opened, clicked, converted…</source>
        <translation>读回发送工具的报告：送达、打开、点击、转化…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the chosen campaign</source>
        <translation>删除所选活动</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Save the chosen campaign&apos;s report</source>
        <translation>保存所选活动的报告</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Computing the reports…</source>
        <translation>正在计算报告…</translation>
    </message>
    <message>
        <source>The campaigns could not be read: %1</source>
        <translation>无法读取活动：%1</translation>
    </message>
    <message>
        <source>No campaigns yet. A campaign sends a saved segment and holds out a random control group, so its effect can be measured.</source>
        <translation>暂无活动。活动向已保存的客群发送，并随机留出对照组，以便衡量效果。</translation>
    </message>
    <message>
        <source>%1 · %2 customers contacted · each measured against its own random control group</source>
        <translation>%1 · 已触达 %2 位客户 · 每个活动都与其自身的随机对照组比较</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>暂无活动</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1 报告</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 文档 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>将报告导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete the campaign “%1” and its members? The touchpoints it left on customers stay, without the campaign.</source>
        <translation>删除活动“%1”及其成员？它在客户身上留下的触点会保留，但不再关联该活动。</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln 个活动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::ChannelMixChart</name>
    <message>
        <source>Revenue by channel</source>
        <translation>按渠道的营收</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（无渠道）</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Other  %1</source>
        <translation>其他  %1</translation>
    </message>
    <message>
        <source>%1 in the period</source>
        <translation>本期 %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>营收（%1）</translation>
    </message>
    <message>
        <source>No revenue in this period.</source>
        <translation>本期没有营收。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ChartExport</name>
    <message>
        <source>Save Picture as PNG…</source>
        <translation>将图片保存为 PNG…</translation>
    </message>
    <message>
        <source>Save Picture as SVG…</source>
        <translation>将图片保存为 SVG…</translation>
    </message>
    <message>
        <source>Save Figures as CSV or Excel…</source>
        <translation>将数据保存为 CSV 或 Excel…</translation>
    </message>
    <message>
        <source>Save this chart as a picture, or the figures it shows as a table</source>
        <translation>将此图表保存为图片，或将其显示的数据保存为表格</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ClvFitPanel</name>
    <message>
        <source>Fit model</source>
        <translation>拟合模型</translation>
    </message>
    <message>
        <source>Fit the model to see how well it predicts the holdout.</source>
        <translation>拟合模型后即可查看它对验证期的预测效果。</translation>
    </message>
    <message>
        <source>Calibration ends</source>
        <translation>校准期截止</translation>
    </message>
    <message>
        <source>The model learns from the orders up to this day and is checked against the orders after it.</source>
        <translation>模型从截至这一天的订单中学习，并用之后的订单检验。</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>时间单位</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Fitted parameters</source>
        <translation>拟合参数</translation>
    </message>
    <message>
        <source>BG/NBD: repeat purchases</source>
        <translation>BG/NBD：复购</translation>
    </message>
    <message>
        <source>shape of the purchase rate</source>
        <translation>购买率的形状参数</translation>
    </message>
    <message>
        <source>scale of the purchase rate</source>
        <translation>购买率的尺度参数</translation>
    </message>
    <message>
        <source>dropout, beta a</source>
        <translation>流失，beta a</translation>
    </message>
    <message>
        <source>dropout, beta b</source>
        <translation>流失，beta b</translation>
    </message>
    <message>
        <source>log-lik.</source>
        <translation>对数似然</translation>
    </message>
    <message>
        <source>log-likelihood of the fit</source>
        <translation>拟合的对数似然值</translation>
    </message>
    <message>
        <source>Gamma-gamma: spend per order</source>
        <translation>Gamma-Gamma：每单消费</translation>
    </message>
    <message>
        <source>shape of the spend</source>
        <translation>消费的形状参数</translation>
    </message>
    <message>
        <source>shape across customers</source>
        <translation>客户间的形状参数</translation>
    </message>
    <message>
        <source>scale across customers</source>
        <translation>客户间的尺度参数</translation>
    </message>
    <message>
        <source>Fitting on the orders up to %1…</source>
        <translation>正在用截至 %1 的订单拟合…</translation>
    </message>
    <message>
        <source>The model could not be fitted: %1</source>
        <translation>无法拟合模型：%1</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>%1 customers (%2 with repeat purchases) up to %3; holdout to %4 (%5 %6, %7 repeat purchases).</source>
        <translation>截至 %3 共 %1 位客户（其中 %2 位有复购）；验证期至 %4（%5 %6，%7 次复购）。</translation>
    </message>
    <message>
        <source>%1 Fitted on %2; fit again to use the data imported since.</source>
        <translation>%1拟合于 %2；如需使用此后导入的数据，请重新拟合。</translation>
    </message>
    <message>
        <source>%1 Fitted in %2 s.</source>
        <translation>%1拟合用时 %2 秒。</translation>
    </message>
    <message>
        <source>Not fitted: %1</source>
        <translation>未拟合：%1</translation>
    </message>
    <message>
        <source>Tracking: cumulative repeat purchases</source>
        <translation>跟踪：累计复购次数</translation>
    </message>
    <message>
        <source>Tracking: not drawn</source>
        <translation>跟踪：未绘制</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ClvScoringPanel</name>
    <message>
        <source>Score customers</source>
        <translation>为客户评分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Annual discount rate</source>
        <translation>年折现率</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <source>Fits the model on all the data and stores each buyer&apos;s predicted CLV, for segments (field “Predicted CLV”).</source>
        <translation>用全部数据拟合模型，并保存每位购买客户的预测 CLV，供客群使用（字段“预测 CLV”）。</translation>
    </message>
    <message>
        <source>Stops scoring; the stored predicted CLV stays as it was.</source>
        <translation>停止评分；已保存的预测 CLV 保持不变。</translation>
    </message>
    <message>
        <source>Double-click a customer to open them.</source>
        <translation>双击客户即可打开。</translation>
    </message>
    <message>
        <source>Predict over</source>
        <translation>预测未来</translation>
    </message>
    <message>
        <source>discounted at</source>
        <translation>按年折现率</translation>
    </message>
    <message>
        <source>a year, margin</source>
        <translation>折现，利润率</translation>
    </message>
    <message>
        <source>Most valuable customers</source>
        <translation>最有价值客户</translation>
    </message>
    <message>
        <source>%1 of %2 customers scored…</source>
        <translation>已为 %1 / %2 位客户评分…</translation>
    </message>
    <message>
        <source>Fitting the model on all the data…</source>
        <translation>正在用全部数据拟合模型…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Scoring cancelled: the stored predicted CLV is as it was.</source>
        <translation>已取消评分：已保存的预测 CLV 保持不变。</translation>
    </message>
    <message>
        <source>Customers could not be scored: %1</source>
        <translation>无法为客户评分：%1</translation>
    </message>
    <message>
        <source>%1 customers scored · predicted CLV %2 in total (in %3 s)</source>
        <translation>已为 %1 位客户评分 · 预测 CLV 合计 %2（用时 %3 秒）</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Scored %1 customers on %2 over %3, discounted at %4 a year, margin %5</source>
        <translation>于 %2 为 %1 位客户评分，预测期 %3，年折现率 %4，利润率 %5</translation>
    </message>
    <message>
        <source>The stored scores could not be read: %1</source>
        <translation>无法读取已保存的评分：%1</translation>
    </message>
    <message>
        <source>No customer has been scored yet: score them to see who the model values most.</source>
        <translation>尚未为任何客户评分：评分后即可查看模型认为最有价值的客户。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CohortTableModel</name>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>人均营收</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>人均累计营收</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cohort of %1&lt;/b&gt;, month %2 (%3)&lt;br&gt;%4 customers in the cohort&lt;br&gt;%5 bought that month (retention %6)&lt;br&gt;Revenue that month: %7&lt;br&gt;Revenue to date: %8</source>
        <translation>&lt;b&gt;%1 同期群&lt;/b&gt;，第 %2 个月（%3）&lt;br&gt;同期群客户 %4 位&lt;br&gt;当月购买 %5 位（留存率 %6）&lt;br&gt;当月营收：%7&lt;br&gt;累计营收：%8</translation>
    </message>
    <message>
        <source>Months after the cohort&apos;s month (0: the month itself)</source>
        <translation>同期群所在月之后的月数（0：当月）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers in the cohort of %1</source>
        <translation>
            <numerusform>%1 同期群中的 %Ln 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::CohortsPage</name>
    <message>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Cohorts by</source>
        <translation>同期群划分依据</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Cohort table</source>
        <translation>同期群表</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Computing cohorts…</source>
        <translation>正在计算同期群…</translation>
    </message>
    <message>
        <source>The cohorts could not be computed: %1</source>
        <translation>无法计算同期群：%1</translation>
    </message>
    <message>
        <source>No cohorts yet: the workspace holds no orders.</source>
        <translation>暂无同期群：工作区中没有订单。</translation>
    </message>
    <message>
        <source>%1 cohorts from %2 to %3 · %4 customers</source>
        <translation>%2 至 %3 共 %1 个同期群 · %4 位客户</translation>
    </message>
    <message>
        <source>One cohort, %1 · %2 customers</source>
        <translation>%1的一个同期群 · %2 位客户</translation>
    </message>
    <message>
        <source>Each row is the customers who signed up in that month</source>
        <translation>每一行是在该月注册的客户</translation>
    </message>
    <message>
        <source>Each row is the customers whose first purchase fell in that month</source>
        <translation>每一行是首次购买发生在该月的客户</translation>
    </message>
    <message>
        <source>the share of them who bought in each month since (M0: the month itself)</source>
        <translation>其中在此后每个月购买的比例（M0：当月）</translation>
    </message>
    <message>
        <source>%1; the cells show %2. Hover a cell for the counts behind it.</source>
        <translation>%1；单元格显示%2。将鼠标悬停在单元格上可查看背后的人数。</translation>
    </message>
    <message>
        <source>Export cohorts</source>
        <translation>导出同期群</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save cohort picture</source>
        <translation>保存同期群图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>what they spent in each month since (net of refunds), per customer of the cohort</source>
        <translation>他们此后每个月的消费（扣除退款），按同期群人均计算</translation>
    </message>
    <message>
        <source>what they spent up to each month since (net of refunds), per customer of the cohort</source>
        <translation>他们截至此后每个月的累计消费（扣除退款），按同期群人均计算</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ConditionRowEditor</name>
    <message>
        <source>has the tag</source>
        <translation>带有标签</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>为</translation>
    </message>
    <message>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>does not have the tag</source>
        <translation>没有标签</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>不为</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不等于</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>早于</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>不晚于</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>晚于</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>不早于</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>has any of the tags</source>
        <translation>带有任一标签</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>属于其中任一</translation>
    </message>
    <message>
        <source>has none of the tags</source>
        <translation>不带以下任何标签</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>不属于其中任何一个</translation>
    </message>
    <message>
        <source>has a tag containing</source>
        <translation>带有包含以下内容的标签</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>has a tag starting with</source>
        <translation>带有以下开头的标签</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头是</translation>
    </message>
    <message>
        <source>has no tags</source>
        <translation>没有任何标签</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>has any tag</source>
        <translation>带有任意标签</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Bought (orders)</source>
        <translation>购买过（订单）</translation>
    </message>
    <message>
        <source>Did an event</source>
        <translation>发生过事件</translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation>活动响应</translation>
    </message>
    <message>
        <source>The stage or tier customers were in on a given day</source>
        <translation>客户在某一天所处的阶段或等级</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerFactsView</name>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>实验组</translation>
    </message>
    <message>
        <source>Control (held out)</source>
        <translation>对照组（留出）</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>clicked</source>
        <translation>已点击</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>身份标识</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Campaigns received</source>
        <translation>收到的活动</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>距最近购买天数</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>进入阶段日期</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分层</translation>
    </message>
    <message>
        <source>R score</source>
        <translation>R 分</translation>
    </message>
    <message>
        <source>F score</source>
        <translation>F 分</translation>
    </message>
    <message>
        <source>M score</source>
        <translation>M 分</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>预测 CLV</translation>
    </message>
    <message>
        <source>Latest NPS answer</source>
        <translation>最近一次 NPS 回答</translation>
    </message>
    <message>
        <source>Contact and identities</source>
        <translation>联系方式与身份标识</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>生于 %1</translation>
    </message>
    <message>
        <source>signed up %1</source>
        <translation>注册于 %1</translation>
    </message>
    <message>
        <source>came through %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>bought in the window</source>
        <translation>在窗口期内购买</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>No campaign has reached this customer yet.</source>
        <translation>尚无活动触达过此客户。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>%1 (%2 expire on %3)</source>
        <translation>%1（%2 分将于 %3 过期）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerListDialog</name>
    <message>
        <source>Finding the customers…</source>
        <translation>正在查找客户…</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>另存为客群…</translation>
    </message>
    <message>
        <source>Saves a segment that selects exactly these customers</source>
        <translation>保存一个恰好选中这些客户的客群</translation>
    </message>
    <message>
        <source>The customers could not be listed: %1</source>
        <translation>无法列出客户：%1</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>另存为客群</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>客群名称：</translation>
    </message>
    <message>
        <source>Saved the segment “%1” (%2 customers now).</source>
        <translation>已保存客群“%1”（当前 %2 位客户）。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Write every customer of this list to a CSV or Excel file</source>
        <translation>将此列表中的所有客户写入 CSV 或 Excel 文件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers.</source>
        <translation>
            <numerusform>共 %Ln 位客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerListExporter</name>
    <message>
        <source>Export Customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>customers.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>已导出 %1 位客户到 %2</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerProfileDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>正在加载档案…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Merge with another customer</source>
        <translation>与另一位客户合并</translation>
    </message>
    <message>
        <source>Make another customer who is the same person one with this one</source>
        <translation>将同一人的另一条客户记录合并到此客户</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>无法读取档案：%1</translation>
    </message>
    <message>
        <source>%1 — Customer profile</source>
        <translation>%1 — 客户档案</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Reading the other customer…</source>
        <translation>正在读取另一位客户…</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Merge “%1” (%2) into “%3” (%4)?

Moves to “%3”: %5 identities, %6 orders, %7 touchpoints, %8 new tags and %9 campaign memberships; their empty details are filled from “%1”.

“%1” is then removed. The merge is logged, but it cannot be undone here.</source>
        <translation>将“%1”(%2) 合并到“%3”(%4)？

移至“%3”的内容：%5 个身份标识、%6 笔订单、%7 个触点、%8 个新标签和 %9 个活动成员资格；其空白信息将由“%1”补全。

随后“%1”将被删除。此次合并会被记录，但无法在此撤销。</translation>
    </message>
    <message>
        <source>Not merged.</source>
        <translation>未合并。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>Forget Customer…</source>
        <translation>遗忘客户…</translation>
    </message>
    <message>
        <source>Forget this customer</source>
        <translation>遗忘此客户</translation>
    </message>
    <message>
        <source>Remove everything that identifies this person (a request to erase their data); their orders and touchpoints stay, anonymous</source>
        <translation>删除能识别此人的全部信息（删除个人数据的请求）；其订单和触点以匿名方式保留</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”(%2)</translation>
    </message>
    <message>
        <source>Forget %1?

Removed: their %2 identifiers (customer id, e-mail address, phone number), their name, city, region, country, gender, birth date, custom attributes and %3 tags, the free text of their touchpoints, and what undoing an import would restore for them. Their member tokens in %4 campaigns are replaced, so a list already sent can no longer be tied back to them.

Kept, no longer tied to a person: their orders and revenue, the type, channel and time of their touchpoints, their sign-up date, tier and source channel, their lifecycle stage and their campaign groups and results, so every figure stays as it is.

The request is logged without personal data. This cannot be undone.</source>
        <translation>遗忘%1？

将删除：其 %2 个身份标识（客户 ID、电子邮件地址、电话号码），其姓名、城市、地区、国家、性别、出生日期、自定义属性和 %3 个标签，其触点的自由文本，以及撤销导入时会为其恢复的内容。其在 %4 个活动中的成员令牌将被替换，已发出的名单因此无法再关联到此人。

将保留（不再与任何人关联）：其订单和营收，其触点的类型、渠道和时间，其注册日期、会员等级和来源渠道，其生命周期阶段，以及其活动分组和结果，因此所有数字保持不变。

此请求会被记录，但不含个人数据。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Forget customer</source>
        <translation>遗忘客户</translation>
    </message>
    <message>
        <source>Not forgotten.</source>
        <translation>未遗忘。</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>正在遗忘…</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerService</name>
    <message>
        <source>There are no customers to export.</source>
        <translation>没有可导出的客户。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerTable</name>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerTableModel</name>
    <message>
        <source>(no longer in the workspace)</source>
        <translation>（已不在工作区中）</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分层</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>预测 CLV</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列无法排序</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerTagEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Remove the chosen tag</source>
        <translation>移除所选标签</translation>
    </message>
    <message>
        <source>No tags yet: type one below and press Add</source>
        <translation>暂无标签：在下方输入后点击“添加”</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerValuePage</name>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Predicted value (BG/NBD + gamma-gamma)</source>
        <translation>预测价值（BG/NBD + Gamma-Gamma）</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>终身价值</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>What customers have been worth from %1 to %2, what the model expects of them, and what they say.</source>
        <translation>客户在 %1 至 %2 期间贡献的价值、模型对他们的预期，以及他们的评价。</translation>
    </message>
    <message>
        <source>This workspace holds no orders yet.</source>
        <translation>此工作区中还没有订单。</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomersPage</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Search by customer ID, e-mail, phone or name</source>
        <translation>按客户 ID、电子邮件、电话或姓名搜索</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Show customers of</source>
        <translation>显示客户范围</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>选择列</translation>
    </message>
    <message>
        <source>Choose the columns the table shows</source>
        <translation>选择表格显示的列</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Write the customers listed here to a CSV or Excel file</source>
        <translation>将此处列出的客户写入 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The customers could not be listed: %1</source>
        <translation>无法列出客户：%1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>客群：%1</translation>
    </message>
    <message>
        <source>Finding the customers…</source>
        <translation>正在查找客户…</translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation>正在统计客户…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::DateValueEditor</name>
    <message>
        <source>the day</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>days ago</source>
        <translation>天前</translation>
    </message>
    <message>
        <source>Fixed day or days ago</source>
        <translation>固定日期或几天前</translation>
    </message>
    <message>
        <source>A fixed day, or a number of days before the last day of the data</source>
        <translation>固定日期，或数据最后一天之前的天数</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Days ago</source>
        <translation>天数</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> 天前</translation>
    </message>
</context>
<context>
    <name>mwb::ui::DragHandle</name>
    <message>
        <source>Drag to move this row</source>
        <translation>拖动以移动此行</translation>
    </message>
    <message>
        <source>Drag to move this row or put it into another group</source>
        <translation>拖动以移动此行，或将其放入另一个组</translation>
    </message>
</context>
<context>
    <name>mwb::ui::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Copy the selection; from a table, the selected cells with their column headers</source>
        <translation>复制所选内容；在表格中则复制所选单元格及其列标题</translation>
    </message>
</context>
<context>
    <name>mwb::ui::GroupRowEditor</name>
    <message>
        <source>&lt;b&gt;Not&lt;/b&gt;</source>
        <translation>&lt;b&gt;非&lt;/b&gt;</translation>
    </message>
    <message>
        <source>customers who do not match the row below</source>
        <translation>不满足下方条件的客户</translation>
    </message>
    <message>
        <source>Group matches</source>
        <translation>组匹配</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>全部满足</translation>
    </message>
    <message>
        <source>Any of</source>
        <translation>任一满足</translation>
    </message>
    <message>
        <source>All of: customers matching every row below. Any of: customers matching at least one.</source>
        <translation>全部满足：满足下方每一行的客户。任一满足：至少满足其中一行的客户。</translation>
    </message>
    <message>
        <source>the following</source>
        <translation>以下条件</translation>
    </message>
    <message>
        <source>(no conditions yet: every customer)</source>
        <translation>（尚无条件：所有客户）</translation>
    </message>
    <message>
        <source>(no conditions yet: no customer)</source>
        <translation>（尚无条件：没有客户）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::GuideDialog</name>
    <message>
        <source>Marketing Workbench — User Guide</source>
        <translation>Marketing Workbench — 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>mwb::ui::HistoricalClvPanel</name>
    <message>
        <source>Historical value</source>
        <translation>历史价值</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <source>The share of revenue that is profit; 100 % gives the value in revenue.</source>
        <translation>营收中属于利润的比例；设为 100% 时即按营收计算价值。</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>购买过的客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <source>= revenue ÷ orders</source>
        <translation>= 营收 ÷ 订单数</translation>
    </message>
    <message>
        <source>Purchases per customer</source>
        <translation>人均购买次数</translation>
    </message>
    <message>
        <source>= orders ÷ customers</source>
        <translation>= 订单数 ÷ 客户数</translation>
    </message>
    <message>
        <source>Average lifespan</source>
        <translation>平均生命周期</translation>
    </message>
    <message>
        <source>= mean of first to last purchase</source>
        <translation>= 首次到末次购买间隔的平均值</translation>
    </message>
    <message>
        <source>CLV per customer</source>
        <translation>人均 CLV</translation>
    </message>
    <message>
        <source>= revenue ÷ customers × margin</source>
        <translation>= 营收 ÷ 客户数 × 利润率</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Could not be computed: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>customers&apos; orders only</source>
        <translation>仅计客户订单</translation>
    </message>
    <message>
        <source>net of refunds, customers&apos; orders only</source>
        <translation>扣除退款，仅计客户订单</translation>
    </message>
</context>
<context>
    <name>mwb::ui::HoldoutChart</name>
    <message>
        <source>Holdout: actual vs expected purchases</source>
        <translation>验证期：实际与预期购买次数</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Repeat purchases in calibration</source>
        <translation>校准期内的复购次数</translation>
    </message>
    <message>
        <source>Mean in holdout</source>
        <translation>验证期平均值</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Actual mean in holdout</source>
        <translation>验证期实际平均值</translation>
    </message>
    <message>
        <source>Expected mean in holdout</source>
        <translation>验证期预期平均值</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportCheckPage</name>
    <message>
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Every row is read and checked as in a real import; nothing is written yet.</source>
        <translation>逐行读取并检查，与正式导入相同；目前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Would be rejected because</source>
        <translation>将被拒绝，原因是</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行内容</translation>
    </message>
    <message>
        <source>%1 rows checked…</source>
        <translation>已检查 %1 行…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>%1 rows: %2 would be imported, %3 are already in the workspace, %4 would be rejected.</source>
        <translation>%1 行：%2 行将被导入，%3 行已在工作区中，%4 行将被拒绝。</translation>
    </message>
    <message>
        <source>%1 new customers, %2 existing ones matched.</source>
        <translation>%1 位新客户，%2 位已有客户被匹配。</translation>
    </message>
    <message>
        <source>Why rows would be rejected</source>
        <translation>行将被拒绝的原因</translation>
    </message>
    <message>
        <source>The first rows that would be rejected</source>
        <translation>将被拒绝的前几行</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportFilePage</name>
    <message>
        <source>The first row holds column names</source>
        <translation>第一行是列名</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Contacts (customers, members, leads)</source>
        <translation>联系人（客户、会员、潜在客户）</translation>
    </message>
    <message>
        <source>Orders (transactions, receipts, refunds)</source>
        <translation>订单（交易、小票、退款）</translation>
    </message>
    <message>
        <source>Touchpoints (visits, opens, clicks, NPS…)</source>
        <translation>触点（访问、打开、点击、NPS…）</translation>
    </message>
    <message>
        <source>Campaign results (delivered, opened, clicked, converted…)</source>
        <translation>活动结果（送达、打开、点击、转化…）</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>The campaign whose exported list the results report on</source>
        <translation>结果所对应的已导出名单的活动</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>正在加载活动…</translation>
    </message>
    <message>
        <source>%1 · %2 · sent %3</source>
        <translation>%1 · %2 · 发送于 %3</translation>
    </message>
    <message>
        <source>This workspace has no campaigns yet</source>
        <translation>此工作区中还没有活动</translation>
    </message>
    <message>
        <source>Choose the campaign</source>
        <translation>选择活动</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 和文本文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the start of the file…</source>
        <translation>正在读取文件开头…</translation>
    </message>
    <message>
        <source>%1 · delimiter: %2 · %3 · about %4 rows (%5)</source>
        <translation>%1 · 分隔符：%2 · %3 · 约 %4 行（%5）</translation>
    </message>
    <message>
        <source>first row is the header</source>
        <translation>第一行为表头</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>无表头行</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>This workspace is empty: this first import also sets where its customers are and what its amounts are in.</source>
        <translation>此工作区是空的：这次首次导入还将设定其客户所在的地区以及金额所用的货币。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Contacts from a CRM or member system, orders from a shop or POS, touchpoints from marketing tools, or a member programme&apos;s points and referrals. Nothing is written until the last step.</source>
        <translation>来自 CRM 或会员系统的联系人、来自商城或收银系统的订单、来自营销工具的触点，或会员计划的积分与推荐关系。在最后一步之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Member points (earned, redeemed, expired, adjusted)</source>
        <translation>会员积分（获得、兑换、过期、调整）</translation>
    </message>
    <message>
        <source>Referrals (who brought whom)</source>
        <translation>推荐关系（谁带来了谁）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportMappingPage</name>
    <message>
        <source>— leave out —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Keep as custom attribute</source>
        <translation>保留为自定义属性</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>地区 / 省份</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Signup date</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>获客渠道</translation>
    </message>
    <message>
        <source>Tier / level</source>
        <translation>等级 / 级别</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Value / score</source>
        <translation>数值 / 评分</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Member token</source>
        <translation>成员令牌</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Each column goes to a field of the workspace. The proposals come from the column names; change any of them.</source>
        <translation>每一列对应工作区中的一个字段。建议的对应关系来自列名，可逐项修改。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>看起来像</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>对应到</translation>
    </message>
    <message>
        <source>As the values show (else month/day/year, as this computer writes dates)</source>
        <translation>按数据值判断（否则按本机的日期写法，即月/日/年）</translation>
    </message>
    <message>
        <source>As the values show (else day/month/year, as this computer writes dates)</source>
        <translation>按数据值判断（否则按本机的日期写法，即日/月/年）</translation>
    </message>
    <message>
        <source>Day/month/year (07/05/2024 is 7 May)</source>
        <translation>日/月/年（07/05/2024 为 5 月 7 日）</translation>
    </message>
    <message>
        <source>Month/day/year (05/07/2024 is 7 May)</source>
        <translation>月/日/年（05/07/2024 为 5 月 7 日）</translation>
    </message>
    <message>
        <source>optional, e.g. “Shop orders export”</source>
        <translation>可选，例如“网店订单导出”</translation>
    </message>
    <message>
        <source>Dates like 03/04/2024</source>
        <translation>类似 03/04/2024 的日期</translation>
    </message>
    <message>
        <source>Save this mapping as</source>
        <translation>将此映射保存为</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>第 %1 列的字段</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>仍需指定：%1。</translation>
    </message>
    <message>
        <source>The file&apos;s columns and the fields they go to</source>
        <translation>文件的各列及其对应的字段</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <source>Saved mapping to use</source>
        <translation>要使用的已保存映射</translation>
    </message>
    <message>
        <source>Rename or delete the mappings saved in this workspace</source>
        <translation>重命名或删除此工作区中保存的映射</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>Proposed from the column names</source>
        <translation>根据列名建议</translation>
    </message>
    <message>
        <source>Saved %1 for the columns: %2</source>
        <translation>保存于 %1，适用于以下列：%2</translation>
    </message>
    <message>
        <source>The saved mappings could not be read: %1</source>
        <translation>无法读取已保存的映射：%1</translation>
    </message>
    <message>
        <source>No saved mapping is for exactly these columns; the fields are proposed from the column names.</source>
        <translation>没有与这些列完全对应的已保存映射；字段根据列名建议。</translation>
    </message>
    <message>
        <source>Using the mapping “%1”, saved on %2 for these columns.</source>
        <translation>正在使用映射“%1”（于 %2 为这些列保存）。</translation>
    </message>
    <message numerus="yes">
        <source>Using the mapping “%1” (saved on %2): it names %n of this file&apos;s columns; the others keep the proposals from their names.</source>
        <translation>
            <numerusform>正在使用映射“%1”（保存于 %2）：它指定了此文件中的 %n 列；其余列保留根据列名给出的建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Product code (SKU)</source>
        <translation>商品编码（SKU）</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>商品品类</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>行金额</translation>
    </message>
    <message>
        <source>Points (+ earned, − spent)</source>
        <translation>积分（+ 获得，− 使用）</translation>
    </message>
    <message>
        <source>Reference (order, reward, note)</source>
        <translation>备注（订单、奖励、说明）</translation>
    </message>
    <message>
        <source>Referred by (their id, e-mail or phone)</source>
        <translation>推荐人（其编号、邮箱或手机号）</translation>
    </message>
    <message>
        <source>Type (earned, redeemed, expired, adjusted)</source>
        <translation>类型（获得、兑换、过期、调整）</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>推荐日期</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Open Rejected Rows</source>
        <translation>打开被拒绝的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The import is one transaction: cancelled or interrupted, it leaves the workspace as it was.</source>
        <translation>导入作为一个事务进行：若被取消或中断，工作区将保持原样。</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s · about %3 s left</source>
        <translation>%1 行 · %2 行/秒 · 约剩 %3 秒</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelled. The workspace is as it was before the import.</source>
        <translation>已取消。工作区与导入前相同。</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows in %3 s: %4 already in the workspace, %5 rejected. %6 new customers, %7 existing customers matched.</source>
        <translation>用时 %3 秒导入了 %2 行中的 %1 行：%4 行已在工作区中，%5 行被拒绝。新客户 %6 位，匹配到已有客户 %7 位。</translation>
    </message>
    <message>
        <source>The rejected rows, with line and reason, are in %1.</source>
        <translation>被拒绝的行及其行号和原因保存在 %1 中。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportWizard</name>
    <message>
        <source>Import a File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 行按%2匹配</translation>
    </message>
    <message>
        <source>%1 rows matched a campaign member, %2 matched none.</source>
        <translation>%1 行匹配到活动成员，%2 行未匹配。</translation>
    </message>
    <message>
        <source>Matched: %1.</source>
        <translation>匹配方式：%1。</translation>
    </message>
    <message>
        <source>member token</source>
        <translation>成员令牌</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportsPage</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Open Rejected Rows</source>
        <translation>打开被拒绝的行</translation>
    </message>
    <message>
        <source>Undo Import…</source>
        <translation>撤销导入…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Remove everything import #%1 (%2) added, and restore what it changed?</source>
        <translation>删除第 %1 次导入（%2）添加的所有内容，并恢复它所做的更改？</translation>
    </message>
    <message>
        <source>Cannot Undo Import</source>
        <translation>无法撤销导入</translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneyFilterBar</name>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Include campaign contacts</source>
        <translation>包含活动触达</translation>
    </message>
    <message>
        <source>Every journey, whenever it started</source>
        <translation>所有旅程，不论何时开始</translation>
    </message>
    <message>
        <source>Journeys starting on or after</source>
        <translation>旅程开始日期不早于</translation>
    </message>
    <message>
        <source>Journeys starting on or before</source>
        <translation>旅程开始日期不晚于</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Steps by</source>
        <translation>步骤依据</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Count our own campaign sends and their results as steps</source>
        <translation>将我们自己的活动发送及其结果计为步骤</translation>
    </message>
    <message>
        <source>Most steps in a path</source>
        <translation>路径中最多步骤数</translation>
    </message>
    <message>
        <source>Longer journeys keep their last steps after a leading “…”</source>
        <translation>更长的旅程保留最后几步，前面以“…”省略</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Journeys starting</source>
        <translation>旅程开始于</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
        <translation>该客群已不存在。</translation>
    </message>
    <message>
        <source>Tick at least one channel.</source>
        <translation>请至少勾选一个渠道。</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>无渠道</translation>
    </message>
    <message numerus="yes">
        <source>%n channels</source>
        <translation>
            <numerusform>%n 个渠道</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneyFlowLayout</name>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>未购买</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneyFlowView</name>
    <message>
        <source>Journey flow</source>
        <translation>旅程流向</translation>
    </message>
    <message numerus="yes">
        <source>%n customers on the paths drawn</source>
        <translation>
            <numerusform>所绘路径上共 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>未购买</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 → %4&lt;br&gt;%5 customers&lt;br&gt;%6 of %1 at %3 · %7 of all journeys</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 → %4&lt;br&gt;%5 位客户&lt;br&gt;占 %3 处 %1 的 %6 · 占全部旅程的 %7</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 customers · %3 of all journeys</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 位客户 · 占全部旅程的 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2&lt;br&gt;%3 customers · %4 of all journeys</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;%3 位客户 · 占全部旅程的 %4</translation>
    </message>
    <message>
        <source>Customer journeys</source>
        <translation>客户旅程</translation>
    </message>
    <message>
        <source>Paths to the first purchase, drawn by Marketing Workbench</source>
        <translation>首次购买路径，由 Marketing Workbench 绘制</translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneyPathModel</name>
    <message>
        <source>(no touchpoint)</source>
        <translation>（无触点）</translation>
    </message>
    <message>
        <source>Every path beyond the ones listed, counted together</source>
        <translation>未列出的所有其他路径合计</translation>
    </message>
    <message>
        <source>Other paths</source>
        <translation>其他路径</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买客户</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Median days to buy</source>
        <translation>购买所需天数中位数</translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneyTimeline</name>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Show the newest entries first, or the oldest</source>
        <translation>按最新或最早的记录在前显示</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Campaign contacts</source>
        <translation>活动触达</translation>
    </message>
    <message>
        <source>Orders and refunds</source>
        <translation>订单和退款</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>%1   ·   1 entry</source>
        <translation>%1   ·   1 条记录</translation>
    </message>
    <message>
        <source>%1   ·   %2 entries</source>
        <translation>%1   ·   %2 条记录</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%2 条记录中的 %1 条</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>数值 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more product(s)</source>
        <translation>
            <numerusform>%1 及另外 %n 件商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneysPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Touchpoints read</source>
        <translation>已读取的触点</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流向</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>归因</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>客户旅程</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>保存 SVG…</translation>
    </message>
    <message>
        <source>Computing the journeys…</source>
        <translation>正在计算旅程…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Each customer&apos;s touchpoints before their first order (all of them for the others), repeats collapsed; the days run from the first touch to the first order.</source>
        <translation>每位客户首次下单前的触点（未购买者为全部触点），连续重复的合并；天数从首次触达算到首次下单。</translation>
    </message>
    <message>
        <source>Save chart PNG…</source>
        <translation>保存图表 PNG…</translation>
    </message>
    <message>
        <source>Save chart SVG…</source>
        <translation>保存图表 SVG…</translation>
    </message>
    <message>
        <source>Each buyer&apos;s first order credited to the touchpoints before it: all to the first, all to the last, equal parts, or parts halving every 7 days before the order. Buyers with no touchpoint before it count as (direct).</source>
        <translation>每位购买客户的首笔订单归因于其之前的触点：全部归于首个、全部归于最后一个、平均分配，或每往前 7 天权重减半。下单前没有触点的购买客户计为（直接）。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Cancelled: the figures are still those of the previous filters. &lt;a href=&quot;#compute&quot;&gt;Compute again&lt;/a&gt;</source>
        <translation>已取消：显示的仍是之前筛选条件下的数字。&lt;a href=&quot;#compute&quot;&gt;重新计算&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cancelled. &lt;a href=&quot;#compute&quot;&gt;Compute&lt;/a&gt;</source>
        <translation>已取消。&lt;a href=&quot;#compute&quot;&gt;计算&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The journeys could not be computed: %1</source>
        <translation>无法计算旅程：%1</translation>
    </message>
    <message>
        <source>%1 customers with a journey · %2 buyers · %3 touchpoints read · %4 first-purchase revenue</source>
        <translation>%1 位客户有旅程 · %2 位购买客户 · 已读取 %3 个触点 · 首购营收 %4</translation>
    </message>
    <message>
        <source>No journeys for these filters.</source>
        <translation>在这些筛选条件下没有旅程。</translation>
    </message>
    <message>
        <source>Export journey paths</source>
        <translation>导出旅程路径</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export attribution</source>
        <translation>导出归因</translation>
    </message>
    <message>
        <source>Save journey flow</source>
        <translation>保存旅程流向图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Save attribution chart</source>
        <translation>保存归因图表</translation>
    </message>
    <message>
        <source>The most common paths, from the first step to the first purchase or none. Hover a band or a step for its customers.</source>
        <translation>最常见的路径，从第一步到首次购买或未购买。将鼠标悬停在色带或步骤上可查看对应客户。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::KpiText</name>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>▲ new</source>
        <translation>▲ 新增</translation>
    </message>
</context>
<context>
    <name>mwb::ui::KpiTrendChart</name>
    <message>
        <source>Revenue and active customers by month</source>
        <translation>按月的营收和活跃客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>所选时段</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Revenue (%1 thousand)</source>
        <translation>营收（千%1）</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>营收（%1）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Revenue and active customers by week</source>
        <translation>按周的营收和活跃客户</translation>
    </message>
    <message>
        <source>Revenue and active customers by day</source>
        <translation>按日的营收和活跃客户</translation>
    </message>
    <message>
        <source>Not enough data yet: the trend appears with the first orders.</source>
        <translation>数据尚不足：有了首批订单后才会显示趋势。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::LifecyclePage</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>Of the customers who reached a stage (and are not lapsed), the share who went on to the next one.</source>
        <translation>在到达某一阶段（且未流失）的客户中，继续进入下一阶段的比例。</translation>
    </message>
    <message>
        <source>Stages on</source>
        <translation>阶段日期</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>对比日期</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>运营策略</translation>
    </message>
    <message>
        <source>Create segment</source>
        <translation>创建客群</translation>
    </message>
    <message>
        <source>Saves a segment of the customers in %1 now</source>
        <translation>将当前处于%1阶段的客户保存为客群</translation>
    </message>
    <message>
        <source>&lt;b&gt;Migration&lt;/b&gt; – where the customers of one day stood on the other. Click a cell for its customers.</source>
        <translation>&lt;b&gt;迁移&lt;/b&gt; – 某一天各阶段的客户在另一天所处的阶段。点击单元格可查看对应客户。</translation>
    </message>
    <message>
        <source>Loading stages…</source>
        <translation>正在加载阶段…</translation>
    </message>
    <message>
        <source>The stages could not be loaded: %1</source>
        <translation>无法加载阶段：%1</translation>
    </message>
    <message>
        <source>%1 → %2: %3%</source>
        <translation>%1 → %2：%3%</translation>
    </message>
    <message>
        <source>Conversion  </source>
        <translation>转化率  </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not yet known on %1</source>
        <translation>%1 尚未出现</translation>
    </message>
    <message>
        <source>These customers cannot be listed: %1</source>
        <translation>无法列出这些客户：%1</translation>
    </message>
    <message>
        <source>Recomputing every stage…</source>
        <translation>正在重新计算所有阶段…</translation>
    </message>
    <message>
        <source>Lifecycle rules</source>
        <translation>生命周期规则</translation>
    </message>
    <message>
        <source>The rules could not be applied: %1</source>
        <translation>无法应用规则：%1</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>客群名称：</translation>
    </message>
    <message>
        <source>Saved the segment “%1”: the customers in %2, kept up to date.</source>
        <translation>已保存客群“%1”：%2阶段的客户，并自动保持更新。</translation>
    </message>
    <message>
        <source>%1 known on %2 · the data runs to %3</source>
        <translation>%2 已知 %1 · 数据截至 %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Replenishment reminder&lt;/b&gt; – remind customers before what they buy again and again runs out: due in the next 7 days (intervals on the Products page).</source>
        <translation>&lt;b&gt;补货提醒&lt;/b&gt; – 在客户反复购买的商品用完之前提醒他们：未来 7 天内到期（补货周期见“商品”页）。</translation>
    </message>
    <message>
        <source>Saves a segment of the customers whose replenishment falls due in the next 7 days</source>
        <translation>将补货在未来 7 天内到期的客户保存为客群</translation>
    </message>
    <message>
        <source>Replenishment due in 7 days</source>
        <translation>7 天内补货到期</translation>
    </message>
    <message>
        <source>Saved the segment “%1”: the customers whose replenishment falls due in the next 7 days, kept up to date.</source>
        <translation>已保存客群“%1”：补货在未来 7 天内到期的客户，并自动保持更新。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::LifecycleRulesDialog</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Customers who referred someone are advocates</source>
        <translation>推荐过他人的客户视为拥护者</translation>
    </message>
    <message>
        <source>Lifecycle rules</source>
        <translation>生命周期规则</translation>
    </message>
    <message>
        <source>Aware: known, no engagement yet. Attempt: engaged, never bought. Adopt: has bought. Advocate and Abandon as set below. Every stage is recomputed when you apply new rules.</source>
        <translation>认知：已知，尚无互动。尝试：有互动，从未购买。购买：已购买。拥护和流失按下方设置。应用新规则时会重新计算所有阶段。</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>拥护</translation>
    </message>
    <message>
        <source>At least this many purchases…</source>
        <translation>购买次数至少为…</translation>
    </message>
    <message>
        <source>…within the last</source>
        <translation>…在最近</translation>
    </message>
    <message>
        <source>or a latest NPS answer of at least</source>
        <translation>或最近一次 NPS 回答至少为</translation>
    </message>
    <message>
        <source>Abandon: no purchase or engagement for</source>
        <translation>流失：无购买或互动达</translation>
    </message>
    <message>
        <source>Attempt customers</source>
        <translation>尝试阶段客户</translation>
    </message>
    <message>
        <source>Adopt customers</source>
        <translation>购买阶段客户</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>拥护者</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>mwb::ui::MainWindow</name>
    <message>
        <source>Marketing Workbench workspaces (*.mwb);;All files (*)</source>
        <translation>Marketing Workbench 工作区 (*.mwb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Marketing Workbench</source>
        <translation>关于 Marketing Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>%1 — Marketing Workbench</source>
        <translation>%1 — Marketing Workbench</translation>
    </message>
    <message>
        <source>Marketing Workbench</source>
        <translation>Marketing Workbench</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>正在创建演示工作区…</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>无法创建演示工作区</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近使用的工作区</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>About Marketing Workbench</source>
        <translation>关于 Marketing Workbench</translation>
    </message>
    <message>
        <source>Marketing Workbench %1

Customer journeys, the 5A lifecycle, segments and closed-loop campaigns for marketing and CRM analysts.</source>
        <translation>Marketing Workbench %1

为营销和 CRM 分析师提供客户旅程、5A 生命周期、客群与闭环营销活动分析。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Customer %1 was forgotten: everything that identified them was removed.</source>
        <translation>客户 %1 已被遗忘：能识别此人的全部信息均已删除。</translation>
    </message>
    <message>
        <source>Figures unavailable</source>
        <translation>数据不可用</translation>
    </message>
    <message>
        <source>Campaign lists</source>
        <translation>活动名单</translation>
    </message>
    <message>
        <source>&amp;Recover Workspace…</source>
        <translation>恢复工作区(&amp;R)…</translation>
    </message>
    <message>
        <source>Save what a damaged workspace still holds into a new one</source>
        <translation>将损坏工作区中仍可读取的内容保存到新工作区</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read only:&lt;/b&gt; %1 cannot be changed (%2). Every page shows its figures; importing, saving and editing are switched off. Copy it somewhere you may write to change it.</source>
        <translation>&lt;b&gt;只读：&lt;/b&gt;%1 无法更改（%2）。各页面仍会显示数据；导入、保存和编辑功能已关闭。如需修改，请将其复制到你有写入权限的位置。</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <source>Part of %1 cannot be read: the file is damaged (%2). Nothing was changed.

Recover now? What can still be read is saved into a new workspace, and this one is left as it is. (A backup copy, if you keep one, holds everything up to the day it was made.)</source>
        <translation>%1 的部分内容无法读取：文件已损坏（%2）。未做任何更改。

现在恢复吗？仍可读取的内容将保存到一个新工作区，当前工作区保持原样。（如果你保留了备份副本，它包含截至备份当天的全部内容。）</translation>
    </message>
    <message>
        <source>Recover Workspace: the damaged workspace</source>
        <translation>恢复工作区：损坏的工作区</translation>
    </message>
    <message>
        <source>Recover Workspace: the new workspace</source>
        <translation>恢复工作区：新工作区</translation>
    </message>
    <message>
        <source>%1 (recovered).mwb</source>
        <translation>%1（已恢复）.mwb</translation>
    </message>
    <message>
        <source>Recover Workspace</source>
        <translation>恢复工作区</translation>
    </message>
    <message>
        <source>%1 already exists; the recovered workspace is written to a new file.</source>
        <translation>%1 已存在；恢复的工作区只能写入新文件。</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1：%2 行</translation>
    </message>
    <message numerus="yes">
        <source>, %n damaged stretch(es) skipped</source>
        <translation>
            <numerusform>，跳过 %n 处损坏区段</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 left out (they referred to lost rows)</source>
        <translation>，%1 行未纳入（它们引用了已丢失的行）</translation>
    </message>
    <message>
        <source>Saved into %1:

%2

Open the recovered workspace?</source>
        <translation>已保存到 %1：

%2

要打开恢复的工作区吗？</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln 笔订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touchpoints</source>
        <translation>
            <numerusform>%Ln 个触点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln 个活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation>订单：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n programme day(s) due: Programmes › Run due programmes.</source>
        <translation>
            <numerusform>有 %n 个计划日待运行：自动化计划 › 运行到期的计划。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::MappingPresetsDialog</name>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Saved Column Mappings</source>
        <translation>已保存的列映射</translation>
    </message>
    <message>
        <source>A mapping saved at an import is proposed again for every file with the same columns. Rename or delete the ones you no longer need.</source>
        <translation>导入时保存的映射，会再次建议用于所有列相同的文件。不再需要的映射可以重命名或删除。</translation>
    </message>
    <message>
        <source>Saved column mappings</source>
        <translation>已保存的列映射</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日期</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>活动结果</translation>
    </message>
    <message>
        <source>Rename Mapping</source>
        <translation>重命名映射</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete Mapping</source>
        <translation>删除映射</translation>
    </message>
    <message>
        <source>Delete the saved mapping “%1”? Files with its columns will get the proposals from the column names again.</source>
        <translation>删除已保存的映射“%1”？含有这些列的文件将重新根据列名获得建议。</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐关系</translation>
    </message>
</context>
<context>
    <name>mwb::ui::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>The member programme: who is in which tier and how they move, and how many members are active month by month, the points they hold and whom they brought.</source>
        <translation>会员计划：谁在哪个等级、如何升降，每月有多少会员活跃，他们持有的积分，以及他们带来了谁。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃会员</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
</context>
<context>
    <name>mwb::ui::MergeCustomerDialog</name>
    <message>
        <source>Keep the chosen customer instead (this one moves into it)</source>
        <translation>改为保留所选客户（当前客户并入该客户）</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Find the customer who is the same person as %1. Their identities, orders, touchpoints, tags and campaigns move to %1, and they are removed.</source>
        <translation>查找与 %1 为同一人的客户。其身份标识、订单、触点、标签和活动将移至 %1，随后该客户被删除。</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>此客户</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Customer ID, e-mail, phone or name</source>
        <translation>客户 ID、电子邮件、电话或姓名</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>匹配的客户</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>输入以搜索。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>No other customer matches.</source>
        <translation>没有其他匹配的客户。</translation>
    </message>
    <message>
        <source>%1 shown; choose one and press Merge.</source>
        <translation>显示 %1 位；选择一位后点击“合并”。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln 笔订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::MigrationTable</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>New since %1</source>
        <translation>自 %1 起新增</translation>
    </message>
    <message>
        <source>%1
%2%</source>
        <translation>%1
%2%</translation>
    </message>
    <message>
        <source>%1 customers: %2 of the row</source>
        <translation>%1 位客户：占该行的 %2</translation>
    </message>
    <message>
        <source>Migration between stages</source>
        <translation>阶段间迁移</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ModelGainChart</name>
    <message>
        <source>Gain: share of all positives in the top customers by score</source>
        <translation>增益：评分最高的客户中找到的正例占全部正例的比例</translation>
    </message>
    <message>
        <source>Top % of customers</source>
        <translation>前 % 客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Positives</source>
        <translation>正例</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>Not enough data yet: the model has no held-out period to be judged on.</source>
        <translation>数据尚不足：模型没有可用于评估的留出期。</translation>
    </message>
    <message>
        <source>customers, highest scores first</source>
        <translation>客户（评分从高到低）</translation>
    </message>
    <message>
        <source>positives found</source>
        <translation>找到的正例</translation>
    </message>
</context>
<context>
    <name>mwb::ui::MostValuableTable</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(存活)</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>预期购买次数</translation>
    </message>
    <message>
        <source>Spend per purchase</source>
        <translation>每次购买消费</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>预测 CLV</translation>
    </message>
    <message>
        <source>The probability that the customer is still buying</source>
        <translation>客户仍在持续购买的概率</translation>
    </message>
    <message>
        <source>Purchases the model expects within the horizon</source>
        <translation>模型预计在预测期内的购买次数</translation>
    </message>
    <message>
        <source>The spend the model expects per purchase</source>
        <translation>模型预计的每次购买消费</translation>
    </message>
    <message>
        <source>Discounted and margin-adjusted value over the horizon</source>
        <translation>预测期内经折现和利润率调整后的价值</translation>
    </message>
    <message>
        <source>Most valuable customers</source>
        <translation>最有价值客户</translation>
    </message>
</context>
<context>
    <name>mwb::ui::MultiValueEditor</name>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Choose the values</source>
        <translation>选择值</translation>
    </message>
    <message>
        <source>Values to match</source>
        <translation>要匹配的值</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>添加值</translation>
    </message>
    <message>
        <source>Add a number, press Enter</source>
        <translation>添加数字，按 Enter</translation>
    </message>
    <message>
        <source>Add a value, press Enter</source>
        <translation>添加值，按 Enter</translation>
    </message>
    <message>
        <source>Choose values…</source>
        <translation>选择值…</translation>
    </message>
</context>
<context>
    <name>mwb::ui::NewCampaignDialog</name>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>Split each lifecycle stage on its own (same control share in each)</source>
        <translation>每个生命周期阶段单独拆分（各阶段对照组比例相同）</translation>
    </message>
    <message>
        <source>Contacted by another campaign in the last</source>
        <translation>被其他活动触达过，在最近</translation>
    </message>
    <message>
        <source>Opted out of this channel</source>
        <translation>已退订此渠道</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>e.g. Mid-autumn tea gift, VIP e-mail</source>
        <translation>例如：中秋茶礼、VIP 邮件</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>e.g. 15% off oolong, free shipping</source>
        <translation>例如：乌龙茶 85 折、包邮</translation>
    </message>
    <message>
        <source>Audience segment</source>
        <translation>受众客群</translation>
    </message>
    <message>
        <source>No saved segment: save one on the Segments page</source>
        <translation>没有已保存的客群：请先在“客群”页面保存一个</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Attribution window</source>
        <translation>归因窗口</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation>固定成本</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>每次触达成本</translation>
    </message>
    <message>
        <source>Control share</source>
        <translation>对照组比例</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same audience, share and seed always give the same split</source>
        <translation>相同的受众、比例和种子总会得到相同的拆分结果</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Create Campaign</source>
        <translation>创建活动</translation>
    </message>
    <message>
        <source>fixed, plus</source>
        <translation>固定，另加</translation>
    </message>
    <message>
        <source>per contact</source>
        <translation>每次触达</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Hold out</source>
        <translation>留出</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>%1 opted out</source>
        <translation>%1 位已退订</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 位无法触达</translation>
    </message>
    <message>
        <source>%1 contacted recently</source>
        <translation>%1 位近期已被触达</translation>
    </message>
    <message>
        <source>Treatment %1 · Control %2</source>
        <translation>实验组 %1 · 对照组 %2</translation>
    </message>
    <message>
        <source>nobody excluded</source>
        <translation>未排除任何人</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message>
        <source>%1 in the segment now</source>
        <translation>当前客群中有 %1 位</translation>
    </message>
    <message>
        <source>Save a segment on the Segments page first: a campaign goes to a saved segment.</source>
        <translation>请先在“客群”页面保存客群：活动的发送对象是已保存的客群。</translation>
    </message>
    <message>
        <source>Choose the audience: the saved segment the campaign goes to.</source>
        <translation>选择受众：活动发送对象的已保存客群。</translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <translation>%1（更新中…）</translation>
    </message>
    <message>
        <source>Planning the split…</source>
        <translation>正在规划拆分…</translation>
    </message>
    <message>
        <source>The split cannot be planned: %1</source>
        <translation>无法规划拆分：%1</translation>
    </message>
    <message>
        <source>Creating the campaign…</source>
        <translation>正在创建活动…</translation>
    </message>
    <message>
        <source>Unreachable on this channel (no e-mail address, phone or postal address)</source>
        <translation>无法通过此渠道触达（无电子邮件地址、电话或邮寄地址）</translation>
    </message>
    <message>
        <source>Nothing to create: %1</source>
        <translation>无法创建：%1</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>One version (no A/B test)</source>
        <translation>单一版本（不做 A/B 测试）</translation>
    </message>
    <message>
        <source> arms</source>
        <translation> 组</translation>
    </message>
    <message>
        <source>Split the treatment at random into 2 to 4 arms, one version of the message each; each arm is compared with the control group</source>
        <translation>将实验组随机分成 2 到 4 组，每组一个信息版本；每组都与对照组比较</translation>
    </message>
    <message>
        <source>Arm names</source>
        <translation>组名</translation>
    </message>
    <message>
        <source>Arm shares</source>
        <translation>分组比例</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>均分</translation>
    </message>
    <message>
        <source>Each arm&apos;s share of the treatment in per cent, e.g. 50, 30, 20; empty: equal</source>
        <translation>每组占实验组的百分比，例如 50, 30, 20；留空：均分</translation>
    </message>
    <message>
        <source>Control group and arms</source>
        <translation>对照组与分组</translation>
    </message>
    <message>
        <source>shares %</source>
        <translation>比例 %</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <source>No orders in the data yet to estimate the audience&apos;s conversion rate.</source>
        <translation>数据中还没有订单，无法估计受众的转化率。</translation>
    </message>
    <message>
        <source>Recent conversion rate %1</source>
        <translation>近期转化率 %1</translation>
    </message>
    <message>
        <source>No control group: nothing will show what the campaign did.</source>
        <translation>没有对照组：将无法看出活动的效果。</translation>
    </message>
    <message>
        <source>%1 · the control group is too small to show anything a campaign could do: only an uplift of %2 or more would show. Hold out more.</source>
        <translation>%1 · 对照组太小，看不出活动可能带来的效果：只有 %2 或以上的提升才能显现。请留出更多人。</translation>
    </message>
    <message>
        <source>%1 · the control group is too small to show any uplift. Hold out more.</source>
        <translation>%1 · 对照组太小，看不出任何提升。请留出更多人。</translation>
    </message>
    <message>
        <source>%1 · these groups can show an uplift of %2 or more (5 % test, 80 % power)</source>
        <translation>%1 · 这些分组能显示 %2 或以上的提升（5% 检验，80% 功效）</translation>
    </message>
    <message>
        <source>Arms: %1</source>
        <translation>分组：%1</translation>
    </message>
</context>
<context>
    <name>mwb::ui::NewWorkspaceDialog</name>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: where are its customers, and in which currency are its amounts? Both can be changed later in Preferences; amounts are not converted.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：其客户位于哪个地区，金额使用哪种货币？两者以后都可以在偏好设置中更改；金额不会换算。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>mwb::ui::NpsPanel</name>
    <message>
        <source>NPS by month</source>
        <translation>按月 NPS</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>NPS of a segment</source>
        <translation>客群 NPS</translation>
    </message>
    <message>
        <source>Customers in</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>NPS = % promoters (answers 9–10) − % detractors (0–6); passives answer 7–8. By month: every answer given that month. For a segment: each customer&apos;s latest answer.</source>
        <translation>NPS = 推荐者占比（回答 9–10）− 贬损者占比（0–6）；被动者回答 7–8。按月：当月给出的所有回答。按客群：每位客户最近一次回答。</translation>
    </message>
    <message>
        <source>Reading the answers…</source>
        <translation>正在读取回答…</translation>
    </message>
    <message>
        <source>NPS could not be read: %1</source>
        <translation>无法读取 NPS：%1</translation>
    </message>
    <message>
        <source>No NPS answers in this workspace yet (events of type “nps”).</source>
        <translation>此工作区中还没有 NPS 回答（类型为“nps”的事件）。</translation>
    </message>
    <message>
        <source>%1 answers over %2 months; NPS of every answer: %3</source>
        <translation>%2 个月共 %1 条回答；全部回答的 NPS：%3</translation>
    </message>
    <message>
        <source>This segment cannot be read: %1</source>
        <translation>无法读取此客群：%1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>NPS could not be computed: %1</source>
        <translation>无法计算 NPS：%1</translation>
    </message>
    <message>
        <source>No one in this segment has answered the NPS question.</source>
        <translation>此客群中还没有人回答过 NPS 问题。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1e8e3e&apos;&gt;%1 promoters&lt;/span&gt; · %2 passives · &lt;span style=&apos;color:#c5221f&apos;&gt;%3 detractors&lt;/span&gt; — %4 customers answered</source>
        <translation>&lt;span style=&apos;color:#1e8e3e&apos;&gt;%1 位推荐者&lt;/span&gt; · %2 位被动者 · &lt;span style=&apos;color:#c5221f&apos;&gt;%3 位贬损者&lt;/span&gt; — 共 %4 位客户回答</translation>
    </message>
</context>
<context>
    <name>mwb::ui::NpsTrendChart</name>
    <message>
        <source>Net Promoter Score by month</source>
        <translation>按月净推荐值</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>Not enough data yet: no NPS answers have been imported.</source>
        <translation>数据尚不足：尚未导入任何 NPS 回答。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::OverlapPanel</name>
    <message>
        <source>Segment A</source>
        <translation>客群 A</translation>
    </message>
    <message>
        <source>Segment B</source>
        <translation>客群 B</translation>
    </message>
    <message>
        <source>Segment C</source>
        <translation>客群 C</translation>
    </message>
    <message>
        <source>Customers in each region</source>
        <translation>各区域的客户数</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>How many customers two or three saved segments share. Each region counts the customers in exactly those segments.</source>
        <translation>两个或三个已保存客群共有多少客户。每个区域统计恰好属于这些客群的客户。</translation>
    </message>
    <message>
        <source>Save two segments to compare them.</source>
        <translation>保存两个客群后即可比较。</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>“%1” cannot be counted: %2</source>
        <translation>无法统计“%1”：%2</translation>
    </message>
    <message>
        <source>Pick two different segments (and a third, if you like).</source>
        <translation>请选择两个不同的客群（如需要，可再选第三个）。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者皆有</translation>
    </message>
    <message>
        <source>All three</source>
        <translation>三者皆有</translation>
    </message>
    <message>
        <source>%1 and %2 only</source>
        <translation>仅 %1 和 %2</translation>
    </message>
    <message>
        <source>The overlap could not be counted: %1</source>
        <translation>无法统计重叠：%1</translation>
    </message>
    <message>
        <source>In any of them</source>
        <translation>属于其中任一</translation>
    </message>
    <message>
        <source>Shares are of the %1 customers in at least one segment; %2 are in none.</source>
        <translation>占比以至少属于一个客群的 %1 位客户为基数；%2 位不属于任何客群。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::OverlapView</name>
    <message>
        <source>Overlap of the segments</source>
        <translation>客群重叠</translation>
    </message>
</context>
<context>
    <name>mwb::ui::OverviewPage</name>
    <message>
        <source>Click for the customers behind this figure.</source>
        <translation>点击查看此数字背后的客户。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Loading figures…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>数据范围：%1 至 %2</translation>
    </message>
    <message>
        <source>This workspace holds no orders or touchpoints yet.</source>
        <translation>此工作区中还没有订单或触点。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算数据：%1</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 (%4 to %5)</source>
        <translation>%1 至 %2，对比 %3（%4 至 %5）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <source>Better than the period before</source>
        <translation>优于上一期</translation>
    </message>
    <message>
        <source>Worse than the period before</source>
        <translation>差于上一期</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The figures could not be read (point here for why).</source>
        <translation>无法读取数据（将鼠标悬停在此处可查看原因）。</translation>
    </message>
    <message>
        <source>All time: %1 · %2 · %3 revenue (net of refunds) · %4</source>
        <translation>全部时间：%1 · %2 · 营收 %3（扣除退款） · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln 笔订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touchpoints</source>
        <translation>
            <numerusform>%Ln 个触点</numerusform>
        </translation>
    </message>
    <message>
        <source>of which %1 (%2) and %3 (%4)</source>
        <translation>其中 %1（%2）和 %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest orders</source>
        <translation>
            <numerusform>%Ln 笔游客订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refunds</source>
        <translation>
            <numerusform>%Ln 笔退款</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::PeriodPicker</name>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>上一时段</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一时段</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>下一时段</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>下一时段</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2 年第 %1 季度</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>mwb::ui::PointsPanel</name>
    <message>
        <source>Apply Rules</source>
        <translation>应用规则</translation>
    </message>
    <message>
        <source>Points on</source>
        <translation>积分截至</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>积分有效期</translation>
    </message>
    <message>
        <source>Points expire this many months after the day they were earned; what is left of them then is expired (0: points never expire by themselves).</source>
        <translation>积分在获得当天之后这么多个月到期，届时剩余部分即过期（0：积分永不自动过期）。</translation>
    </message>
    <message>
        <source>Value of one point</source>
        <translation>每积分价值</translation>
    </message>
    <message>
        <source>What one point is worth when redeemed, in the workspace currency: the points liability is the outstanding points times this (0: not set).</source>
        <translation>兑换时每积分值多少（以工作区货币计）：积分负债 = 未使用积分 × 此值（0：未设定）。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Expiring soon within</source>
        <translation>即将过期提醒期</translation>
    </message>
    <message>
        <source>Points that expire within this many days count as expiring soon (the segment field points_expiring).</source>
        <translation>在这么多天内到期的积分计为即将过期（客群字段 points_expiring）。</translation>
    </message>
    <message>
        <source>Points rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>One point is worth</source>
        <translation>每积分价值</translation>
    </message>
    <message>
        <source>Expiring soon: within</source>
        <translation>即将过期：提醒期</translation>
    </message>
    <message>
        <source>Points are used oldest first: each redemption, expiry or adjustment down takes the points earned earliest. A member who spent more than they held owes the rest, which their next points pay back. The ledger is what the programme recorded, imported as Member points.</source>
        <translation>积分按先进先出使用：每次兑换、过期或调减都先扣最早获得的积分。会员使用超过持有的积分时，差额记为欠分，由其下次获得的积分先行抵补。流水以会员计划的记录为准，通过“会员积分”导入。</translation>
    </message>
    <message>
        <source>Points Rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>The points rules were not stored: %1</source>
        <translation>积分规则未保存：%1</translation>
    </message>
    <message>
        <source>The workspace holds no data yet.</source>
        <translation>工作区中还没有数据。</translation>
    </message>
    <message>
        <source>No points by %1. Import a points ledger (File ▸ Import…, Member points) with each member&apos;s points earned, redeemed, expired or adjusted.</source>
        <translation>截至 %1 没有积分。请导入积分流水（文件 ▸ 导入…，会员积分），包含每位会员获得、兑换、过期或调整的积分。</translation>
    </message>
    <message>
        <source>On %1 members hold %2 points</source>
        <translation>截至 %1，会员持有 %2 积分</translation>
    </message>
    <message>
        <source>, a liability of %1</source>
        <translation>，负债 %1</translation>
    </message>
    <message>
        <source>; %1 of them expire within %2 days.</source>
        <translation>；其中 %1 分将在 %2 天内过期。</translation>
    </message>
    <message>
        <source>; points never expire by themselves.</source>
        <translation>；积分不会自动过期。</translation>
    </message>
    <message numerus="yes">
        <source>after %n month(s)</source>
        <translation>
            <numerusform>%n 个月后</numerusform>
        </translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>按记录</translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>%n 天内</numerusform>
        </translation>
    </message>
    <message>
        <source>set the value of a point</source>
        <translation>请设定每积分价值</translation>
    </message>
</context>
<context>
    <name>mwb::ui::PredictionsPanel</name>
    <message>
        <source>Train Model</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <source>Score Customers</source>
        <translation>为客户评分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Customers by score</source>
        <translation>按评分划分的客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>实际比例</translation>
    </message>
    <message>
        <source>Positives found</source>
        <translation>找到的正例</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>What to predict</source>
        <translation>预测目标</translation>
    </message>
    <message>
        <source>Who stops buying (churn)</source>
        <translation>谁会停止购买（流失）</translation>
    </message>
    <message>
        <source>Who buys (purchase)</source>
        <translation>谁会购买（购买）</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Logistic regression (LIBLINEAR)</source>
        <translation>逻辑回归（LIBLINEAR）</translation>
    </message>
    <message>
        <source>Gradient boosted trees (XGBoost)</source>
        <translation>梯度提升树（XGBoost）</translation>
    </message>
    <message>
        <source>Stores every customer&apos;s score as of the last day of the data; segments, exports and programmes read it</source>
        <translation>保存每位客户截至数据最后一天的评分；客群、导出和自动化计划都会读取</translation>
    </message>
    <message>
        <source>Calibration by decile</source>
        <translation>按十分位的校准</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>within</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>with</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Reading every customer&apos;s history and training…</source>
        <translation>正在读取每位客户的历史并训练…</translation>
    </message>
    <message>
        <source>Training cancelled: the stored model is as it was.</source>
        <translation>训练已取消：保存的模型保持不变。</translation>
    </message>
    <message>
        <source>The model could not be trained: %1</source>
        <translation>无法训练模型：%1</translation>
    </message>
    <message>
        <source>in under a second</source>
        <translation>用时不到一秒</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>用时 %1 秒</translation>
    </message>
    <message>
        <source>Trained %1. Score the customers to use the scores in segments, exports and programmes.</source>
        <translation>训练完成，%1。为客户评分后，即可在客群、导出和自动化计划中使用评分。</translation>
    </message>
    <message>
        <source>Scoring every customer…</source>
        <translation>正在为每位客户评分…</translation>
    </message>
    <message>
        <source>Scoring cancelled: the stored scores are as they were.</source>
        <translation>评分已取消：保存的评分保持不变。</translation>
    </message>
    <message>
        <source>The customers could not be scored: %1</source>
        <translation>无法为客户评分：%1</translation>
    </message>
    <message>
        <source>Scored %1 customers as of %2: %3 at or above the threshold %4, mean score %5. Segments read them as “%6”.</source>
        <translation>已为截至 %2 的 %1 位客户评分：%3 位达到阈值 %4，平均评分 %5。客群以“%6”读取。</translation>
    </message>
    <message>
        <source>No model yet: train one. It learns from the workspace&apos;s own history and is judged on the latest stretch of it before you use it.</source>
        <translation>还没有模型：请训练一个。模型从工作区自身的历史中学习，并在使用前用最近一段数据评估。</translation>
    </message>
    <message>
        <source>Stored model, trained %1, scores stored %2.</source>
        <translation>已保存的模型，训练于 %1，评分保存于 %2。</translation>
    </message>
    <message>
        <source>Stored model, trained %1; no scores stored yet.</source>
        <translation>已保存的模型，训练于 %1；尚未保存评分。</translation>
    </message>
    <message>
        <source>Of the 10 % the model ranks highest, %1 stopped buying, against %2 overall: %3 of all who stopped are in that tenth.</source>
        <translation>模型排名前 10% 的客户中，%1 停止了购买，而整体为 %2：所有停止购买者中有 %3 在这 10% 里。</translation>
    </message>
    <message>
        <source>Of the 10 % the model ranks highest, %1 bought, against %2 overall: %3 of all who bought are in that tenth.</source>
        <translation>模型排名前 10% 的客户中，%1 进行了购买，而整体为 %2：所有购买者中有 %3 在这 10% 里。</translation>
    </message>
    <message>
        <source>Learned from %1 customers as they were on %2 and what they did in the %3 days after; </source>
        <translation>从 %1 位客户在 %2 时的状态及其之后 %3 天的行为中学习；</translation>
    </message>
    <message>
        <source>judged on %1 customers as they were on %2 and what they did up to %3.</source>
        <translation>用 %1 位客户在 %2 时的状态及其到 %3 为止的行为评估。</translation>
    </message>
    <message>
        <source>not judged yet: %1</source>
        <translation>尚未评估：%1</translation>
    </message>
    <message>
        <source>(a fixed sample of %1 of the customers, chosen by id)</source>
        <translation>（按 ID 固定抽取 %1 的客户）</translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation>按所选</translation>
    </message>
    <message>
        <source>best F1 on the training period</source>
        <translation>训练期 F1 最佳</translation>
    </message>
    <message>
        <source>held-out period</source>
        <translation>留出期</translation>
    </message>
    <message>
        <source>0.5 is chance, 1 is perfect</source>
        <translation>0.5 为随机，1 为完美</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>top 10 % against the base rate</source>
        <translation>前 10% 相对基准率</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2%</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>%1 features, by their share of the trees&apos; gain.</source>
        <translation>%1 个特征，按其在树模型增益中的占比排序。</translation>
    </message>
    <message>
        <source>%1 features, by the size of their weight (on standardised values: + raises the score, − lowers it).</source>
        <translation>%1 个特征，按权重大小排序（基于标准化值：+ 提高评分，− 降低评分）。</translation>
    </message>
    <message>
        <source>Days since the last order</source>
        <translation>距上次下单天数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Spend less refunds</source>
        <translation>消费额（扣除退款）</translation>
    </message>
    <message>
        <source>Days known</source>
        <translation>已知天数</translation>
    </message>
    <message>
        <source>Days since the first order</source>
        <translation>距首次下单天数</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>最近消费评分（R）</translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation>消费频次评分（F）</translation>
    </message>
    <message>
        <source>Monetary score</source>
        <translation>消费金额评分（M）</translation>
    </message>
    <message>
        <source>Days in the lifecycle stage</source>
        <translation>处于当前生命周期阶段的天数</translation>
    </message>
    <message>
        <source>Latest NPS answer</source>
        <translation>最近一次 NPS 评分</translation>
    </message>
    <message>
        <source>Answered NPS</source>
        <translation>参与过 NPS</translation>
    </message>
    <message>
        <source>Orders, last %1 days</source>
        <translation>近 %1 天订单数</translation>
    </message>
    <message>
        <source>Spend less refunds, last %1 days</source>
        <translation>近 %1 天消费额（扣除退款）</translation>
    </message>
    <message>
        <source>Campaigns received, last %1 days</source>
        <translation>近 %1 天收到的活动</translation>
    </message>
    <message>
        <source>Campaigns opened, last %1 days</source>
        <translation>近 %1 天打开的活动</translation>
    </message>
    <message>
        <source>Campaigns clicked, last %1 days</source>
        <translation>近 %1 天点击的活动</translation>
    </message>
    <message>
        <source>Campaign conversions, last %1 days</source>
        <translation>近 %1 天活动转化</translation>
    </message>
    <message>
        <source>Touchpoints “%1”, last %2 days</source>
        <translation>近 %2 天“%1”触点</translation>
    </message>
    <message>
        <source>Touchpoints on %1, last %2 days</source>
        <translation>近 %2 天 %1 渠道触点</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Share of spend on %1</source>
        <translation>%1 消费占比</translation>
    </message>
    <message>
        <source>Membership tier (0 = the lowest)</source>
        <translation>会员等级（0 = 最低）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::PreferencesDialog</name>
    <message>
        <source>Ask before deleting, undoing an import or merging customers</source>
        <translation>删除、撤销导入或合并客户前先确认</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language applies when the application starts again.</source>
        <translation>新语言将在应用程序下次启动时生效。</translation>
    </message>
    <message>
        <source>Phone region of new workspaces</source>
        <translation>新工作区的电话地区</translation>
    </message>
    <message>
        <source>Currency of new workspaces</source>
        <translation>新工作区的货币</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>New workspaces: phone region</source>
        <translation>新工作区：电话地区</translation>
    </message>
    <message>
        <source>New workspaces: currency</source>
        <translation>新工作区：货币</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>当前工作区</translation>
    </message>
    <message>
        <source>This workspace: %1</source>
        <translation>当前工作区：%1</translation>
    </message>
    <message>
        <source>Phone region of this workspace</source>
        <translation>当前工作区的电话地区</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>电话地区</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this region in imports and segment conditions.</source>
        <translation>导入和客群条件中不带国家代码的电话号码，按此地区的号码解读。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>5A Lifecycle Rules…</source>
        <translation>5A 生命周期规则…</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Currency of this workspace</source>
        <translation>当前工作区的货币</translation>
    </message>
    <message>
        <source>The currency the workspace&apos;s amounts are in. Changing it changes the label of every amount; the amounts themselves are not converted.</source>
        <translation>工作区金额所用的货币。更改后，每个金额的货币标示都会随之改变，但金额本身不会换算。</translation>
    </message>
    <message>
        <source>Write dates as %1 (ISO 8601) rather than as this computer does (%2)</source>
        <translation>日期写作 %1（ISO 8601），而不按本机的写法（%2）</translation>
    </message>
    <message>
        <source>Applies to everything shown from now on; open pages follow when they are shown again.</source>
        <translation>对此后显示的所有内容生效；已打开的页面在再次显示时更新。</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ProductsPage</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>What each product sold</source>
        <translation>各商品销售情况</translation>
    </message>
    <message>
        <source>Bought together</source>
        <translation>同单购买</translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation>补货</translation>
    </message>
    <message>
        <source>Save cross-sell segment…</source>
        <translation>保存交叉销售客群…</translation>
    </message>
    <message>
        <source>Save reminder segment…</source>
        <translation>保存提醒客群…</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Customers who bought the first and never the second: whom to offer it.</source>
        <translation>买过第一件、从未买过第二件的客户：可向其推荐第二件。</translation>
    </message>
    <message>
        <source>Customers whose replenishment falls due in the next %1 days: whom to remind.</source>
        <translation>补货在未来 %1 天内到期的客户：需要提醒的对象。</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No order lines name a product yet. Import a file of order lines with a product code (SKU, StockCode, 商品编码) or name to see what sold.</source>
        <translation>尚无订单行关联商品。导入含商品编码（SKU、StockCode、商品编码）或商品名称的订单行文件后即可查看销售情况。</translation>
    </message>
    <message>
        <source>By revenue, all time; the %1 that sold most. Point at a column for what it counts.</source>
        <translation>按营收排序，全部时间；销量最高的 %1 项。将鼠标指向列标题可查看其统计口径。</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation>同时购买</translation>
    </message>
    <message>
        <source>Orders with both</source>
        <translation>同时含两者的订单</translation>
    </message>
    <message>
        <source>No two products were bought together in at least 0.1% of the %1 orders.</source>
        <translation>在 %1 笔订单中，没有任何两件商品的同单占比达到 0.1%。</translation>
    </message>
    <message>
        <source>Pairs in at least 0.1% of the %1 orders with a line bought, by lift. Pick a pair to save who bought the first and never the second.</source>
        <translation>在含已购订单行的 %1 笔订单中占比至少 0.1% 的商品组合，按提升度排序。选中一组可保存“买过第一件、从未买过第二件”的客户。</translation>
    </message>
    <message>
        <source>Bought again by</source>
        <translation>回购客户数</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>%1 天内到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Nothing was bought again by 10 customers yet: no replenishment interval to go by.</source>
        <translation>尚无商品被 10 位客户回购：没有可依据的补货周期。</translation>
    </message>
    <message>
        <source>Bought again by at least 10 customers; due counted from %1, the last day of the data. Pick a product to save who is due for it in the next %2 days, or save everyone due.</source>
        <translation>至少被 10 位客户回购；到期日从数据最后一天 %1 起算。选中一件商品可保存未来 %2 天内该商品到期的客户，或保存所有到期客户。</translation>
    </message>
    <message>
        <source>Bought %1, not yet %2</source>
        <translation>买过 %1，尚未买 %2</translation>
    </message>
    <message>
        <source>Replenishment due in %1 days</source>
        <translation>%1 天内补货到期</translation>
    </message>
    <message>
        <source>%1 due in %2 days</source>
        <translation>%1 在 %2 天内到期</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存客群</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>客群名称：</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ProgrammeDesignForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Entered a 5A stage</source>
        <translation>进入某个 5A 阶段</translation>
    </message>
    <message>
        <source>Joined a segment</source>
        <translation>加入某个客群</translation>
    </message>
    <message>
        <source>On a schedule, a segment&apos;s members</source>
        <translation>按计划，某客群的成员</translation>
    </message>
    <message>
        <source>A date of the customer comes round</source>
        <translation>客户的某个日期到来</translation>
    </message>
    <message>
        <source>A touchpoint of a type</source>
        <translation>某类触点</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source> days after</source>
        <translation> 天后</translation>
    </message>
    <message>
        <source>Days after the date</source>
        <translation>日期后的天数</translation>
    </message>
    <message>
        <source>touchpoint type, e.g. inquiry</source>
        <translation>触点类型，例如 inquiry</translation>
    </message>
    <message>
        <source>Touchpoint type</source>
        <translation>触点类型</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>留出组</translation>
    </message>
    <message>
        <source>The share of entrants kept out of every list, to measure what the programme earns.</source>
        <translation>不进入任何名单的进入者比例，用于衡量计划带来的收益。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source> days after entering</source>
        <translation> 天后可再次进入</translation>
    </message>
    <message>
        <source>Re-entry</source>
        <translation>再次进入</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>1 first: under the frequency cap, the higher priority contacts.</source>
        <translation>1 最先：受频次上限约束时，优先级高的计划先触达。</translation>
    </message>
    <message>
        <source>no files (export the waves as campaigns)</source>
        <translation>不写文件（可将各批次作为营销活动导出）</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Hashed (ads audiences)</source>
        <translation>哈希（广告受众）</translation>
    </message>
    <message>
        <source>List format</source>
        <translation>名单格式</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder for the lists</source>
        <translation>名单文件夹</translation>
    </message>
    <message>
        <source>Enter when</source>
        <translation>进入条件</translation>
    </message>
    <message>
        <source>Only if in</source>
        <translation>仅限于</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Lists to</source>
        <translation>名单写入</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ProgrammeService</name>
    <message>
        <source>No programme named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的自动化计划。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ProgrammeStepChart</name>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>实验组</translation>
    </message>
    <message>
        <source>Treatment converted</source>
        <translation>实验组已转化</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Control converted</source>
        <translation>对照组已转化</translation>
    </message>
    <message>
        <source>Not enough data yet: no send step has been reached.</source>
        <translation>数据尚不足：还没有人到达发送步骤。</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>第 %1 步（%2）</translation>
    </message>
    <message>
        <source>Members reaching each send step</source>
        <translation>到达各发送步骤的人数</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ProgrammeUpliftChart</name>
    <message>
        <source>Cumulative incremental conversions by week of entry</source>
        <translation>按进入周统计的累计增量转化</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Treatment entries</source>
        <translation>实验组进入数</translation>
    </message>
    <message>
        <source>Control entries</source>
        <translation>对照组进入数</translation>
    </message>
    <message>
        <source>Incremental conversions</source>
        <translation>增量转化</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Not enough data yet: no week has both treatment and control entries.</source>
        <translation>数据尚不足：还没有同时有实验组和对照组进入的周。</translation>
    </message>
    <message>
        <source>Cumulative incremental conversions</source>
        <translation>累计增量转化</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ProgrammesPage</name>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>自动化计划</translation>
    </message>
    <message>
        <source>Run due programmes</source>
        <translation>运行到期的计划</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save programme</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Simulate on past data</source>
        <translation>用历史数据模拟</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Report by step</source>
        <translation>按步骤报告</translation>
    </message>
    <message>
        <source>Runs every programme for each day since it last ran, up to the last day of the data, and writes the lists to each programme&apos;s folder.</source>
        <translation>从每个计划上次运行后的每一天运行到数据的最后一天，并将名单写入各计划的文件夹。</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>How many would have entered and been sent each week over the last six months.</source>
        <translation>过去六个月中每周会有多少人进入、多少人被发送。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>实验组</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已触达</translation>
    </message>
    <message>
        <source>Capped</source>
        <translation>受频次限制</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Control conversion</source>
        <translation>对照组转化率</translation>
    </message>
    <message>
        <source>Uplift (95 %)</source>
        <translation>提升（95%）</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Global control</source>
        <translation>全局对照组</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message numerus="yes">
        <source>Last run for %1; %n in it now</source>
        <translation>
            <numerusform>已运行至 %1；当前有 %n 人在计划中</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>No programme yet: start one from a template, change it, save it, and run it every day.</source>
        <translation>还没有自动化计划：从模板新建一个，修改、保存，然后每天运行。</translation>
    </message>
    <message>
        <source>Every programme has run up to %1, the last day of the data.</source>
        <translation>所有计划均已运行至 %1（数据的最后一天）。</translation>
    </message>
    <message numerus="yes">
        <source>%n programme day(s) due up to %1, the last day of the data.</source>
        <translation>
            <numerusform>截至 %1（数据的最后一天）有 %n 个计划日待运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Nobody has entered yet.</source>
        <translation>尚无人进入。</translation>
    </message>
    <message>
        <source>%1 conversions, %2</source>
        <translation>%1 次转化，%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 entries (%2 in the holdout, %3 in the global control group); programme conversion %4 against %5 in the holdout, within %n day(s) of entering.
Incremental against the holdout: %6; against the global control group: %7.</source>
        <translation>
            <numerusform>%1 次进入（留出组 %2，全局对照组 %3）；计划转化率 %4，留出组为 %5（进入后 %n 天内）。
相对留出组的增量：%6；相对全局对照组：%7。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved. It runs from the last day of the data when programmes next run.</source>
        <translation>已保存。下次运行计划时，它将从数据的最后一天开始运行。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message numerus="yes">
        <source>Ran %n programme day(s): %1 sent.</source>
        <translation>
            <numerusform>已运行 %n 个计划日：发送 %1 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>正在模拟…</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>无法模拟：%1</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Delete the programme &apos;%1&apos;? Its waves stay as campaigns.</source>
        <translation>删除计划“%1”？其各批次仍作为营销活动保留。</translation>
    </message>
    <message>
        <source>Simulation by week</source>
        <translation>按周模拟</translation>
    </message>
    <message>
        <source>The design as it is, simulated over the last four weeks of the data.</source>
        <translation>按当前设计，用数据的最近四周模拟。</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Step %1 sent</source>
        <translation>第 %1 步发送</translation>
    </message>
    <message>
        <source>Over the last six months: about %1 a week would have entered.</source>
        <translation>过去六个月：每周约有 %1 人会进入。</translation>
    </message>
    <message>
        <source>Not valid yet: %1</source>
        <translation>尚不完整：%1</translation>
    </message>
    <message>
        <source>About %1 a week enter (the last four weeks).</source>
        <translation>每周约 %1 人进入（最近四周）。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ReferralTreeView</name>
    <message>
        <source>Customers referred</source>
        <translation>推荐的客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>推荐日期</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Everyone this customer referred, and whom they referred in turn. Revenue: each customer&apos;s orders less refunds, all time. Double-click a customer to open their profile.</source>
        <translation>此客户推荐的每个人，以及他们再推荐的人。营收：每位客户历来的订单金额减去退款。双击客户可打开其档案。</translation>
    </message>
    <message>
        <source>Referred by no one on record.</source>
        <translation>没有推荐人记录。</translation>
    </message>
    <message>
        <source>Referred by %1.</source>
        <translation>推荐人：%1。</translation>
    </message>
    <message>
        <source>Has referred no one.</source>
        <translation>尚未推荐任何人。</translation>
    </message>
    <message numerus="yes">
        <source>Referred %n customer(s) directly</source>
        <translation>
            <numerusform>直接推荐了 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in all down the tree.</source>
        <translation>
            <numerusform>，整个推荐树共 %n 位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::ReferralsPanel</name>
    <message>
        <source>Apply Costs</source>
        <translation>应用成本</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>推荐排行</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Later revenue</source>
        <translation>后续营收</translation>
    </message>
    <message>
        <source>The customers this referrer brought.</source>
        <translation>该推荐人带来的客户。</translation>
    </message>
    <message>
        <source>Referred revenue less first-order revenue: what the referred customers bought after their first order.</source>
        <translation>被推荐客户营收减去首单营收：被推荐客户在首单之后的消费。</translation>
    </message>
    <message>
        <source>Double-click a referrer to open their profile and referral tree.</source>
        <translation>双击推荐人可打开其档案和推荐树。</translation>
    </message>
    <message>
        <source>Reward per referred customer</source>
        <translation>每位被推荐客户奖励</translation>
    </message>
    <message>
        <source>Other costs of the programme</source>
        <translation>推荐计划的其他成本</translation>
    </message>
    <message>
        <source>What else the referral programme cost: its campaigns, materials, prizes.</source>
        <translation>推荐计划的其他花费：活动、物料、奖品。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top referrers&lt;/b&gt; – most customers brought first, then most revenue.</source>
        <translation>&lt;b&gt;推荐排行&lt;/b&gt; – 先按带来的客户数，再按营收排序。</translation>
    </message>
    <message>
        <source>Programme costs</source>
        <translation>推荐计划成本</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>其他成本</translation>
    </message>
    <message>
        <source>Who brought whom comes from a referral file (File ▸ Import…, Referrals) or the referred-by column of contacts. A customer has one referrer: the first one imported.</source>
        <translation>推荐关系来自推荐文件（文件 ▸ 导入…，推荐关系）或联系人文件中的推荐人列。每位客户只有一位推荐人：以最先导入的为准。</translation>
    </message>
    <message>
        <source>Programme Costs</source>
        <translation>推荐计划成本</translation>
    </message>
    <message>
        <source>The costs were not stored: %1</source>
        <translation>成本未保存：%1</translation>
    </message>
    <message>
        <source>No referrals yet. Import who brought whom (File ▸ Import…, Referrals), or contacts with a referred-by column.</source>
        <translation>还没有推荐关系。请导入推荐关系（文件 ▸ 导入…，推荐关系），或带推荐人列的联系人。</translation>
    </message>
    <message>
        <source>%1 referrers brought %2 customers, %3 of whom have bought.</source>
        <translation>%1 位推荐人带来了 %2 位客户，其中 %3 位已购买。</translation>
    </message>
    <message>
        <source> The programme cost %1, %2 per referred customer.</source>
        <translation>推荐计划成本 %1，每位被推荐客户 %2。</translation>
    </message>
    <message>
        <source> Enter the programme&apos;s costs below for the cost per referred customer.</source>
        <translation>在下方录入推荐计划的成本，即可得到每位被推荐客户成本。</translation>
    </message>
    <message>
        <source>%1 bought</source>
        <translation>%1 位已购买</translation>
    </message>
    <message>
        <source>enter the costs</source>
        <translation>请录入成本</translation>
    </message>
</context>
<context>
    <name>mwb::ui::RegionCurrencyPicker</name>
    <message>
        <source>Phone region</source>
        <translation>电话地区</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this region.</source>
        <translation>不带国家代码的电话号码，按此地区的号码解读。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>The currency every amount of the workspace is in.</source>
        <translation>工作区所有金额所用的货币。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::RfmGridView</name>
    <message>
        <source>RFM grid: recency by frequency</source>
        <translation>RFM 网格：最近购买 × 购买频次</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Recency score %2 · frequency score %3&lt;br&gt;%4 customers (%5% of buyers)&lt;br&gt;%6 revenue&lt;br&gt;&lt;i&gt;Click for the customers&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;最近购买分 %2 · 频次分 %3&lt;br&gt;%4 位客户（占购买客户的 %5%）&lt;br&gt;营收 %6&lt;br&gt;&lt;i&gt;点击查看客户&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Frequency score (F): 1 fewest orders → 5 most orders</source>
        <translation>频次分 (F)：1 订单最少 → 5 订单最多</translation>
    </message>
    <message>
        <source>Recency score (R): 5 most recent ↑</source>
        <translation>最近购买分 (R)：5 最近 ↑</translation>
    </message>
</context>
<context>
    <name>mwb::ui::RfmPanel</name>
    <message>
        <source>Named RFM segments</source>
        <translation>RFM 命名分层</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分层</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Double-click a segment for its customers</source>
        <translation>双击分层可查看其客户</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message>
        <source>The RFM scores could not be read: %1</source>
        <translation>无法读取 RFM 评分：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 customers who bought&lt;/b&gt;, scored 1–5 on recency, frequency and revenue against each other. Colour shows customers; click a cell for its customers.</source>
        <translation>&lt;b&gt;%1 位购买过的客户&lt;/b&gt;，按最近购买、频次和金额相互比较评为 1–5 分。颜色表示客户数；点击单元格可查看对应客户。</translation>
    </message>
    <message>
        <source>%1 · R %2 · F %3</source>
        <translation>%1 · R %2 · F %3</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM：%1</translation>
    </message>
</context>
<context>
    <name>mwb::ui::SavedSegmentList</name>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>统计时间</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>已保存的客群</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未统计</translation>
    </message>
    <message>
        <source>Counted on %1</source>
        <translation>统计于 %1</translation>
    </message>
    <message>
        <source>Not counted since it was saved</source>
        <translation>保存后尚未统计</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>No saved segments yet.
Build one on the right and choose Save as…, or import a JSON definition.</source>
        <translation>还没有已保存的客群。
在右侧构建客群后选择“另存为…”，或导入 JSON 定义。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::SegmentBuilder</name>
    <message>
        <source>An event condition needs an event type or a channel.</source>
        <translation>事件条件需要指定事件类型或渠道。</translation>
    </message>
    <message>
        <source>%1: choose at least one value.</source>
        <translation>%1：请至少选择一个值。</translation>
    </message>
    <message>
        <source>%1: enter a value.</source>
        <translation>%1：请输入一个值。</translation>
    </message>
    <message>
        <source>Segment conditions</source>
        <translation>客群条件</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Add a condition to the selected group</source>
        <translation>向所选组添加条件</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加组</translation>
    </message>
    <message>
        <source>Add a group of conditions (all of / any of)</source>
        <translation>添加一组条件（全部满足 / 任一满足）</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>取反</translation>
    </message>
    <message>
        <source>Match the customers who do not match the selected row, or undo that</source>
        <translation>匹配不满足所选行的客户，或撤销取反</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo the change</source>
        <translation>重做更改</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>编辑条件</translation>
    </message>
    <message>
        <source>Match all</source>
        <translation>全部满足</translation>
    </message>
    <message>
        <source>Match any</source>
        <translation>任一满足</translation>
    </message>
    <message>
        <source>Remove negation</source>
        <translation>取消取反</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>移动行</translation>
    </message>
</context>
<context>
    <name>mwb::ui::SegmentEditor</name>
    <message>
        <source>All customers…</source>
        <translation>所有客户…</translation>
    </message>
    <message>
        <source>The definition in words</source>
        <translation>定义说明</translation>
    </message>
    <message>
        <source>Customers in the segment</source>
        <translation>客群中的客户</translation>
    </message>
    <message>
        <source>Share of all customers</source>
        <translation>占所有客户的比例</translation>
    </message>
    <message>
        <source>First customers of the segment</source>
        <translation>客群的前几位客户</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The definition is not complete yet.</source>
        <translation>定义尚不完整。</translation>
    </message>
    <message>
        <source>Not countable yet</source>
        <translation>暂无法统计</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>无法统计</translation>
    </message>
    <message>
        <source>· %1% of %2</source>
        <translation>· 占 %2 的 %1%</translation>
    </message>
    <message>
        <source>Counted in %1 ms</source>
        <translation>统计用时 %1 毫秒</translation>
    </message>
    <message>
        <source>The customers could not be listed: %1</source>
        <translation>无法列出客户：%1</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;First customers&lt;/b&gt; · by customer number</source>
        <translation>&lt;b&gt;前几位客户&lt;/b&gt; · 按客户编号</translation>
    </message>
    <message>
        <source>List every customer of this definition, export them or save them as a segment</source>
        <translation>列出符合此定义的所有客户，可将其导出或保存为客群</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::SegmentPicker</name>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>%1 (%2 when last counted)</source>
        <translation>%1（上次统计时为 %2）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::SegmentService</name>
    <message>
        <source>The snapshot could not be taken.</source>
        <translation>无法创建快照。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::SegmentsPage</name>
    <message>
        <source>Segment definitions (*.json);;All files (*)</source>
        <translation>客群定义 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Save Segment</source>
        <translation>保存客群</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新客群</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved segments&lt;/b&gt;</source>
        <translation>&lt;b&gt;已保存的客群&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Start a new segment of everyone</source>
        <translation>新建一个包含所有人的客群</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save a copy of the chosen segment</source>
        <translation>保存所选客群的副本</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename the chosen segment</source>
        <translation>重命名所选客群</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the chosen segment</source>
        <translation>删除所选客群</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>导入 JSON…</translation>
    </message>
    <message>
        <source>Save a segment from a definition file</source>
        <translation>从定义文件保存客群</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Write the definition to a file (for another workspace or the mwb command)</source>
        <translation>将定义写入文件（供其他工作区或 mwb 命令使用）</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Freeze today&apos;s members of the chosen segment</source>
        <translation>冻结所选客群今天的成员</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the definition (Ctrl+S)</source>
        <translation>保存定义 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the definition as a new segment</source>
        <translation>将定义另存为新客群</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>● not saved yet</source>
        <translation>● 尚未保存</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>● unsaved changes</source>
        <translation>● 有未保存的更改</translation>
    </message>
    <message>
        <source>saved · counted %1</source>
        <translation>已保存 · 统计于 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1” first?</source>
        <translation>是否先保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>The changes to “%1” are not complete. Discard them?</source>
        <translation>对“%1”的更改尚不完整。是否放弃？</translation>
    </message>
    <message>
        <source>Open segment</source>
        <translation>打开客群</translation>
    </message>
    <message>
        <source>The segment “%1” cannot be read: %2</source>
        <translation>无法读取客群“%1”：%2</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存客群</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Save segment as</source>
        <translation>客群另存为</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>客群名称：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>复制客群</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>重命名客群</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除客群</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Its definition and snapshots are removed; the customers stay.</source>
        <translation>删除客群“%1”？其定义和快照将被删除；客户会保留。</translation>
    </message>
    <message>
        <source>Import segment definition</source>
        <translation>导入客群定义</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a segment definition: %2</source>
        <translation>%1 不是客群定义：%2</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Export segment definition</source>
        <translation>导出客群定义</translation>
    </message>
    <message>
        <source>“%1” could not be frozen: %2</source>
        <translation>无法冻结“%1”：%2</translation>
    </message>
    <message>
        <source>Froze the %1 customers of “%2” as of %3.</source>
        <translation>已冻结“%2”截至 %3 的 %1 位客户。</translation>
    </message>
    <message>
        <source>%1 is larger than a segment definition can be (%2 MB).</source>
        <translation>%1 超出了客群定义的大小上限（%2 MB）。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::StageFunnelChart</name>
    <message>
        <source>Customers by stage</source>
        <translation>各阶段客户数</translation>
    </message>
    <message>
        <source>Customers by stage on %1</source>
        <translation>%1 各阶段客户数</translation>
    </message>
    <message>
        <source>%1  %2 · %3%</source>
        <translation>%1  %2 · %3%</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Customers on %1</source>
        <translation>%1 的客户数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>mwb::ui::StageStyle</name>
    <message>
        <source>Awareness content: introduce the brand, invite a first visit.</source>
        <translation>认知内容：介绍品牌，吸引首次访问。</translation>
    </message>
    <message>
        <source>Trial offers and samples: turn interest into a first order.</source>
        <translation>试用优惠和小样：把兴趣转化为首单。</translation>
    </message>
    <message>
        <source>Onboarding and cross-sell: a second order, a second category.</source>
        <translation>新客引导与交叉销售：促成第二单、第二个品类。</translation>
    </message>
    <message>
        <source>Referral and member rewards: thank them, let them bring friends.</source>
        <translation>推荐与会员奖励：感谢他们，让他们带来朋友。</translation>
    </message>
    <message>
        <source>Win-back offers: remind, reward the return.</source>
        <translation>召回优惠：提醒回访，奖励回归。</translation>
    </message>
    <message>
        <source>Aware – awareness content</source>
        <translation>认知 – 认知内容</translation>
    </message>
    <message>
        <source>Attempt – trial offer</source>
        <translation>尝试 – 试用优惠</translation>
    </message>
    <message>
        <source>Adopt – onboarding and cross-sell</source>
        <translation>购买 – 新客引导与交叉销售</translation>
    </message>
    <message>
        <source>Advocate – referral rewards</source>
        <translation>拥护 – 推荐奖励</translation>
    </message>
    <message>
        <source>Abandon – win-back</source>
        <translation>流失 – 召回</translation>
    </message>
</context>
<context>
    <name>mwb::ui::StageTrendChart</name>
    <message>
        <source>Stage sizes by month</source>
        <translation>按月的阶段规模</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stage sizes by week</source>
        <translation>按周的阶段规模</translation>
    </message>
    <message>
        <source>Stage sizes by day</source>
        <translation>按日的阶段规模</translation>
    </message>
    <message>
        <source>Not enough data yet: the stages are drawn over time from the second day with data.</source>
        <translation>数据尚不足：从有数据的第二天起，才会按时间绘制各阶段。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::StartPanel</name>
    <message>
        <source>This workspace is empty. Import a file your CRM, shop, till or marketing tool exported — contacts, orders or order lines, touchpoints — in any encoding, with English or Chinese headers. Nothing is written before you have seen what each column becomes and which rows would be refused.</source>
        <translation>此工作区是空的。请导入由 CRM、网店、收银系统或营销工具导出的文件——联系人、订单或订单明细、触点——任何编码均可，表头可以是英文或中文。在你看到每一列会变成什么、哪些行会被拒绝之前，不会写入任何内容。</translation>
    </message>
    <message>
        <source>Import Your First File…</source>
        <translation>导入第一个文件…</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <source>Read the User Guide</source>
        <translation>阅读用户指南</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 已就绪</translation>
    </message>
</context>
<context>
    <name>mwb::ui::StepFlowEditor</name>
    <message>
        <source>purchased since entering</source>
        <translation>进入后已购买</translation>
    </message>
    <message>
        <source>opened a message</source>
        <translation>打开了消息</translation>
    </message>
    <message>
        <source>clicked a message</source>
        <translation>点击了消息</translation>
    </message>
    <message>
        <source>converted (results)</source>
        <translation>已转化（回传结果）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>If</source>
        <translation>如果</translation>
    </message>
    <message>
        <source>Exit if</source>
        <translation>退出条件</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>添加：</translation>
    </message>
    <message>
        <source>Add a step: %1</source>
        <translation>添加步骤：%1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>offer code</source>
        <translation>优惠码</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>cost </source>
        <translation>成本 </translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>每次触达成本</translation>
    </message>
    <message>
        <source>Cost per contact, in the workspace&apos;s currency</source>
        <translation>每次触达成本，以工作区货币计</translation>
    </message>
    <message>
        <source>by</source>
        <translation>通过</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days to wait</source>
        <translation>等待天数</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>删除该步骤</translation>
    </message>
    <message>
        <source>then</source>
        <translation>则</translation>
    </message>
    <message>
        <source>else</source>
        <translation>否则</translation>
    </message>
</context>
<context>
    <name>mwb::ui::TierChart</name>
    <message>
        <source>Members by tier</source>
        <translation>各等级会员</translation>
    </message>
    <message>
        <source>Members by tier on %1</source>
        <translation>%1 各等级会员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Not enough data yet: nobody is a member on this day.</source>
        <translation>数据尚不足：这一天没有会员。</translation>
    </message>
    <message>
        <source>%1: %2 members, %3 of all</source>
        <translation>%1：%2 位会员，占全部的 %3</translation>
    </message>
</context>
<context>
    <name>mwb::ui::TierMigrationTable</name>
    <message>
        <source>Migration between tiers</source>
        <translation>等级间迁移</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>New since %1</source>
        <translation>自 %1 起新增</translation>
    </message>
    <message>
        <source>%1 members: %2 of the row</source>
        <translation>%1 位会员：占该行的 %2</translation>
    </message>
</context>
<context>
    <name>mwb::ui::TierRulesDialog</name>
    <message>
        <source>Tier rules</source>
        <translation>等级规则</translation>
    </message>
    <message>
        <source>Spend (orders less refunds)</source>
        <translation>消费（订单减退款）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Monthly (the first of every month)</source>
        <translation>每月（每月 1 日）</translation>
    </message>
    <message>
        <source>Quarterly (1 January, April, July, October)</source>
        <translation>每季度（1 月、4 月、7 月、10 月的 1 日）</translation>
    </message>
    <message>
        <source>Yearly (1 January)</source>
        <translation>每年（1 月 1 日）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <source>Over the last</source>
        <translation>统计近</translation>
    </message>
    <message>
        <source>Moves down reviewed</source>
        <translation>降级评审</translation>
    </message>
    <message>
        <source>Grace before moving down</source>
        <translation>降级宽限期</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Members move up the day their measure over the window reaches a higher tier&apos;s minimum, and down only on a review day, after not qualifying for the grace days. The lowest tier&apos;s minimum is 0: everyone starts there.</source>
        <translation>会员在窗口内的指标达到更高等级门槛的当天即升级；只在评审日、且连续不达标满宽限天数后才降级。最低等级的门槛为 0：所有人都从这里开始。</translation>
    </message>
    <message>
        <source>Tiers, lowest first:</source>
        <translation>等级（从低到高）：</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>The same rules as the file “mwb tiers WORKSPACE --rules FILE.json” reads.</source>
        <translation>与“mwb tiers WORKSPACE --rules FILE.json”读取的文件是同一套规则。</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>以 JSON 编辑</translation>
    </message>
    <message>
        <source>Save and recompute</source>
        <translation>保存并重新计算</translation>
    </message>
    <message>
        <source>Clear rules</source>
        <translation>清除规则</translation>
    </message>
    <message>
        <source>Removes the rules: each customer&apos;s imported tier stands again.</source>
        <translation>移除规则：每位客户导入时的等级重新生效。</translation>
    </message>
    <message>
        <source>Remove the tier rules? Every customer&apos;s tier goes back to the one imported with them, and the tier histories are deleted.</source>
        <translation>要移除等级规则吗？每位客户的等级将恢复为导入时的等级，等级历史将被删除。</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Minimum spend (%1)</source>
        <translation>最低消费（%1）</translation>
    </message>
    <message>
        <source>Minimum orders</source>
        <translation>最少订单数</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>The rules are one JSON object: {&quot;measure&quot;: …, &quot;tiers&quot;: […]}.</source>
        <translation>规则是一个 JSON 对象：{&quot;measure&quot;: …, &quot;tiers&quot;: […]}。</translation>
    </message>
    <message>
        <source>The JSON cannot be shown as a form: %1</source>
        <translation>该 JSON 无法以表单显示：%1</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Minimum points</source>
        <translation>最低积分</translation>
    </message>
</context>
<context>
    <name>mwb::ui::TiersPanel</name>
    <message>
        <source>Tier rules…</source>
        <translation>等级规则…</translation>
    </message>
    <message>
        <source>Members by tier</source>
        <translation>各等级会员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>The tier&apos;s members ÷ every member on the day.</source>
        <translation>该等级会员 ÷ 当天全部会员。</translation>
    </message>
    <message>
        <source>Members on</source>
        <translation>会员截至</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>对比日期</translation>
    </message>
    <message>
        <source>&lt;b&gt;Migration&lt;/b&gt; – the members of the later day by their tier on the earlier day (rows) and on the later day (columns); green moved up, red moved down.</source>
        <translation>&lt;b&gt;迁移&lt;/b&gt; – 较晚日期的会员，按其在较早日期的等级（行）和较晚日期的等级（列）统计；绿色为升级，红色为降级。</translation>
    </message>
    <message>
        <source>The tiers could not be loaded: %1</source>
        <translation>无法加载等级：%1</translation>
    </message>
    <message>
        <source>Set tier rules…</source>
        <translation>设置等级规则…</translation>
    </message>
    <message>
        <source>No tier rules: each customer keeps the tier imported with them (the tier column of a contacts file), and lists, exports and segments show it. Set tier rules to have every member&apos;s tier follow their orders, moving up and down by the rules.</source>
        <translation>未设等级规则：每位客户保留导入时的等级（联系人文件中的等级列），列表、导出和客群都显示该等级。设置等级规则后，每位会员的等级将随其订单按规则升降。</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 moved up a tier or more, %4 moved down, of %5 members on %2.</source>
        <translation>从 %1 到 %2：%3 位升了一级或以上，%4 位降级，%2 共有 %5 位会员。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（%2 起）</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message numerus="yes">
        <source>spend in the last %Ln days</source>
        <translation>
            <numerusform>近 %Ln 天的消费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>orders in the last %Ln days</source>
        <translation>
            <numerusform>近 %Ln 天的订单数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tiers by rules: %1; moves down reviewed %2, after %Ln days&apos; grace. %3.</source>
        <translation>
            <numerusform>按规则定级：%1；降级于%2评审，宽限 %Ln 天。%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the rules and recomputing every member&apos;s tier…</source>
        <translation>正在保存规则并重新计算每位会员的等级…</translation>
    </message>
    <message>
        <source>Clearing the rules: the imported tiers stand again…</source>
        <translation>正在清除规则：导入的等级重新生效…</translation>
    </message>
    <message>
        <source>Tier rules</source>
        <translation>等级规则</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>规则未保存：%1</translation>
    </message>
    <message>
        <source>the points balance on the day</source>
        <translation>当天的积分余额</translation>
    </message>
</context>
<context>
    <name>mwb::ui::TrackingChart</name>
    <message>
        <source>Tracking: cumulative repeat purchases</source>
        <translation>跟踪：累计复购次数</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Calibration end</source>
        <translation>校准期截止</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>复购次数</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Actual cumulative repeat purchases</source>
        <translation>实际累计复购次数</translation>
    </message>
    <message>
        <source>Expected cumulative repeat purchases</source>
        <translation>预期累计复购次数</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ValueEditor</name>
    <message>
        <source>and</source>
        <translation>且</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>mwb::ui::WelcomePage</name>
    <message>
        <source>Marketing Workbench</source>
        <translation>Marketing Workbench</translation>
    </message>
    <message>
        <source>Bring your CRM, order and touchpoint exports together, follow each customer&apos;s journey, build segments and measure campaigns against a control group — offline, in one workspace file.</source>
        <translation>把你的 CRM、订单和触点导出数据汇集在一起，追踪每位客户的旅程，构建客群，并以对照组衡量营销活动——离线完成，只需一个工作区文件。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::WorkspaceService</name>
    <message>
        <source>it was opened for reading only</source>
        <translation>它是以只读方式打开的</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2.</source>
        <translation>%1 无法更改：%2。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::WorkspaceSession</name>
    <message>
        <source>The campaign list %1, left unfinished when the application stopped, was put in place.</source>
        <translation>活动名单 %1 在应用程序停止时尚未完成，现已放到目标位置。</translation>
    </message>
    <message>
        <source>The campaign list %1, left unfinished when the application stopped, could not be put in place; its contacts were taken back.</source>
        <translation>活动名单 %1 在应用程序停止时尚未完成，且无法放到目标位置；其触达记录已撤回。</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>它是以只读方式打开的</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2.</source>
        <translation>%1 无法更改：%2。</translation>
    </message>
    <message>
        <source>Amounts are kept in %1&apos;s minor units (%2 to one %1); %3 has %4, so every amount would read differently. Choose a currency with as many.</source>
        <translation>金额以 %1 的最小单位保存（1 %1 = %2 个最小单位）；%3 则是 %4 个，因此每个金额的读数都会不同。请选择最小单位数相同的货币。</translation>
    </message>
</context>
</TS>
