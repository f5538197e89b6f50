<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CampaignReportPdf</name>
    <message>
        <source>Result against the control group</source>
        <translation>與對照組比較的結果</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>實驗組</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>對照組</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>退訂</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>By lifecycle stage the day before the send</source>
        <translation>按傳送前一天的生命週期階段</translation>
    </message>
    <message>
        <source>By RFM segment at creation</source>
        <translation>按建立時的 RFM 分層</translation>
    </message>
    <message>
        <source>%1 · Marketing Workbench, %2</source>
        <translation>%1 · Marketing Workbench，%2</translation>
    </message>
    <message>
        <source>Arms (A/B test) against the control group</source>
        <translation>分組（A/B 測試）與對照組對比</translation>
    </message>
    <message>
        <source>Uplift: treatment rate − control rate, with Newcombe&apos;s 95% interval; p-value of the two-proportion z-test. Incremental revenue: treatment revenue − control revenue scaled to the treatment size. ROI: (incremental revenue − cost) / cost. Arms: each against the control group, p-values adjusted by Holm&apos;s method over the arms. Undefined figures read “—”.</source>
        <translation>提升：實驗組轉換率 − 對照組轉換率，附 Newcombe 95% 區間；p 值來自兩比例 z 檢定。增量營收：實驗組營收 − 按實驗組規模折算的對照組營收。ROI：（增量營收 − 成本）/ 成本。分組：每組均與對照組比較，p 值經 Holm 法按組數校正。無定義的數字顯示為「—」。</translation>
    </message>
</context>
<context>
    <name>CampaignReportText</name>
    <message>
        <source>%1 of %2 converted</source>
        <translation>%2 人中 %1 人轉換</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Treatment conversion</source>
        <translation>實驗組轉換率</translation>
    </message>
    <message>
        <source>Control conversion</source>
        <translation>對照組轉換率</translation>
    </message>
    <message>
        <source>No control group</source>
        <translation>無對照組</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>95% CI %1 to %2</source>
        <translation>95% 信賴區間 %1 至 %2</translation>
    </message>
    <message>
        <source>Needs members in both groups</source>
        <translation>兩組都需要有成員</translation>
    </message>
    <message>
        <source>Not defined: nobody or everybody converted</source>
        <translation>無法計算：無人轉換或全部轉換</translation>
    </message>
    <message>
        <source>Significant at 5%</source>
        <translation>在 5% 水準上顯著</translation>
    </message>
    <message>
        <source>Not significant at 5%</source>
        <translation>在 5% 水準上不顯著</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Incremental conversions</source>
        <translation>增量轉換</translation>
    </message>
    <message>
        <source>Beyond what the control rate predicts</source>
        <translation>超出對照組轉換率預期的部分</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>增量營收</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>%1 fixed + %2 per contact</source>
        <translation>固定 %1 + 每次觸及 %2</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>(Incremental revenue − cost) / cost</source>
        <translation>(增量營收 − 成本) / 成本</translation>
    </message>
    <message>
        <source>Not defined without a cost</source>
        <translation>未設成本，無法計算</translation>
    </message>
    <message>
        <source>Cost per incremental conversion</source>
        <translation>每次增量轉換成本</translation>
    </message>
    <message>
        <source>No incremental conversions</source>
        <translation>沒有增量轉換</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>傳送於 %1</translation>
    </message>
    <message>
        <source>%1-day window to %2</source>
        <translation>%1 天歸因期間，截至 %2</translation>
    </message>
    <message>
        <source>segment “%1”</source>
        <translation>分群「%1」</translation>
    </message>
    <message>
        <source>control %1%2</source>
        <translation>對照組 %1%2</translation>
    </message>
    <message>
        <source> by stage</source>
        <translation> 按階段</translation>
    </message>
    <message>
        <source>offer: %1</source>
        <translation>優惠：%1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>成本 %1</translation>
    </message>
    <message>
        <source>The attribution window runs to %1 and the data does not reach it yet: conversions may still come in, and the figures will change.</source>
        <translation>歸因期間截至 %1，而資料尚未覆蓋到該日：轉換可能仍會陸續產生，各項數字還會變化。</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>App push</source>
        <translation>App 推播</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>直效郵件</translation>
    </message>
    <message>
        <source>Ads audience</source>
        <translation>廣告受眾</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>門市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已觸及</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已開啟</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>已點選</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已轉換</translation>
    </message>
    <message>
        <source>Treatment revenue %1 (its orders in the window, refunds not subtracted)</source>
        <translation>實驗組營收 %1（其在歸因期間內的訂單，未扣除退款）</translation>
    </message>
    <message>
        <source>Arm %1 wins: it converts more than the control group and than every other arm (5 % test, adjusted for the number of arms).</source>
        <translation>%1 組勝出：其轉換率高於對照組，也高於其他所有組（5% 檢定，已按組數校正）。</translation>
    </message>
    <message>
        <source>Arm %1 beats the control group, but is not yet clearly ahead of %2.</source>
        <translation>%1 組優於對照組，但尚未明顯領先於 %2。</translation>
    </message>
    <message>
        <source>No arm wins yet: none converts more than the control group.</source>
        <translation>尚無勝出的組：沒有一組的轉換率高於對照組。</translation>
    </message>
    <message>
        <source>No arm wins yet. %1 leads; showing its uplift would take about %2 members in each group, %3 more than now.</source>
        <translation>尚無勝出的組。%1 領先；要證實其提升，每組約需 %2 人，比現在多 %3 人。</translation>
    </message>
    <message>
        <source>No arm wins yet; %1 leads.</source>
        <translation>尚無勝出的組；%1 領先。</translation>
    </message>
</context>
<context>
    <name>ChannelStyle</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>無通路</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Campaign contact</source>
        <translation>活動觸及</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the picture could not be encoded</source>
        <translation>無法編碼圖片</translation>
    </message>
</context>
<context>
    <name>mwb::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>無法寫入 %1：%2。</translation>
    </message>
    <message>
        <source>No space left on device: %1. Nothing was written; free some space and try again.</source>
        <translation>磁碟空間已滿：%1。未寫入任何內容；請釋放一些空間後重試。</translation>
    </message>
    <message>
        <source>it is being written already</source>
        <translation>它已在寫入中</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written (%2)</source>
        <translation>無法寫入資料夾 %1（%2）</translation>
    </message>
    <message>
        <source>no temporary file name is free beside it</source>
        <translation>其旁邊沒有可用的暫存檔名稱</translation>
    </message>
    <message>
        <source>it was not opened</source>
        <translation>它尚未開啟</translation>
    </message>
    <message>
        <source>it was not completed</source>
        <translation>它尚未完成</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile</source>
        <translation>在此期間出現了同名檔案</translation>
    </message>
    <message>
        <source>the rename failed (error %1)</source>
        <translation>重新命名失敗（錯誤 %1）</translation>
    </message>
</context>
<context>
    <name>mwb::BgNbd</name>
    <message>
        <source>The calibration period is too short: every customer bought for the first time on its last day.</source>
        <translation>校準期太短：每位顧客都在校準期最後一天才首次購買。</translation>
    </message>
    <message>
        <source>The BG/NBD fit did not converge.</source>
        <translation>BG/NBD 擬合未收斂。</translation>
    </message>
</context>
<context>
    <name>mwb::CampaignExport</name>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>沒有 ID 為 %1 的活動。</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>無法開啟工作區：%1</translation>
    </message>
    <message>
        <source>%1 could not be put in place; no contact was logged.</source>
        <translation>無法將 %1 放到目標位置；未將任何人記為已觸及。</translation>
    </message>
    <message>
        <source>Cannot export the campaign list: %1. No list was written and no contact was logged.</source>
        <translation>無法匯出活動名單：%1。未寫入名單，也未將任何人記為已觸及。</translation>
    </message>
    <message>
        <source>the disk of the workspace is full</source>
        <translation>工作區所在磁碟已滿</translation>
    </message>
    <message>
        <source>Campaign &apos;%1&apos; has no arm &apos;%2&apos;.</source>
        <translation>活動「%1」沒有「%2」組。</translation>
    </message>
    <message>
        <source>Campaign &apos;%1&apos; has no arms.</source>
        <translation>活動「%1」沒有分組測試。</translation>
    </message>
</context>
<context>
    <name>mwb::CampaignReport</name>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>沒有 ID 為 %1 的活動。</translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s results: %1</source>
        <translation>無法讀取活動結果：%1</translation>
    </message>
</context>
<context>
    <name>mwb::CampaignStore</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>活動需要一個名稱。</translation>
    </message>
    <message>
        <source>Unknown channel &apos;%1&apos; (known: %2).</source>
        <translation>未知通路「%1」（可用：%2）。</translation>
    </message>
    <message>
        <source>The control group&apos;s share must be between 0 and 0.9, not %1.</source>
        <translation>對照組比例必須介於 0 和 0.9 之間，而不是 %1。</translation>
    </message>
    <message>
        <source>The attribution window must be 1 to 365 days, not %1.</source>
        <translation>歸因期間必須為 1 到 365 天，而不是 %1。</translation>
    </message>
    <message>
        <source>Costs cannot be negative.</source>
        <translation>成本不能為負數。</translation>
    </message>
    <message>
        <source>The days for &apos;contacted recently&apos; cannot be negative.</source>
        <translation>「近期已觸及」的天數不能為負數。</translation>
    </message>
    <message>
        <source>Choose the segment the campaign goes to.</source>
        <translation>請選擇活動傳送的分群。</translation>
    </message>
    <message>
        <source>There is no saved segment with id %1.</source>
        <translation>沒有 ID 為 %1 的已儲存分群。</translation>
    </message>
    <message>
        <source>Segment &apos;%1&apos;: %2</source>
        <translation>分群「%1」：%2</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>無法讀取工作區：%1</translation>
    </message>
    <message>
        <source>A campaign named &apos;%1&apos; already exists.</source>
        <translation>已有名為「%1」的活動。</translation>
    </message>
    <message>
        <source>Cannot create the campaign: %1</source>
        <translation>無法建立活動：%1</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>沒有 ID 為 %1 的活動。</translation>
    </message>
    <message>
        <source>Cannot delete the campaign: %1</source>
        <translation>無法刪除活動：%1</translation>
    </message>
    <message>
        <source>The segment has nobody in it now.</source>
        <translation>該分群目前沒有任何顧客。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln has an e-mail address.</source>
        <translation>
            <numerusform>這 %Ln 位顧客都沒有電子郵件地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln has a phone number.</source>
        <translation>
            <numerusform>這 %Ln 位顧客都沒有電話號碼。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln has a postal address.</source>
        <translation>
            <numerusform>這 %Ln 位顧客都沒有郵寄地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln has an e-mail address or a phone number.</source>
        <translation>
            <numerusform>這 %Ln 位顧客既沒有電子郵件地址，也沒有電話號碼。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 have unsubscribed from this channel.</source>
        <translation>全部 %1 位顧客都已退訂此通路。</translation>
    </message>
    <message>
        <source>All %1 were contacted by another campaign in the chosen days.</source>
        <translation>全部 %1 位顧客在所選天數內都已被其他活動觸及。</translation>
    </message>
    <message>
        <source>The %1 left after the exclusions all fall in the control group: lower its share.</source>
        <translation>排除後剩下的 %1 位顧客全部落入對照組：請降低對照組比例。</translation>
    </message>
    <message>
        <source>Nobody is left to contact: of the %1 in the segment, %2 unsubscribed, %3 cannot be reached on this channel and %4 were contacted recently.</source>
        <translation>沒有可觸及的顧客：分群中的 %1 位顧客裡，%2 位已退訂，%3 位無法透過此通路觸及，%4 位近期已被觸及。</translation>
    </message>
    <message>
        <source>An A/B test has 2 to 4 arms, not %1.</source>
        <translation>A/B 測試有 2 到 4 組，不能是 %1 組。</translation>
    </message>
    <message>
        <source>Each arm needs a name of 1 to 40 characters.</source>
        <translation>每組需要 1 到 40 個字元的名稱。</translation>
    </message>
    <message>
        <source>Two arms are named &apos;%1&apos;.</source>
        <translation>有兩組都叫「%1」。</translation>
    </message>
    <message>
        <source>%1 arms need %1 shares, not %2.</source>
        <translation>%1 組需要 %1 個比例，而不是 %2 個。</translation>
    </message>
    <message>
        <source>Each arm&apos;s share must be between 0 and 1, not %1.</source>
        <translation>每組比例須在 0 到 1 之間，不能是 %1。</translation>
    </message>
    <message>
        <source>The arms&apos; shares must add up to 1, not %1.</source>
        <translation>各組比例之和須為 1，而不是 %1。</translation>
    </message>
    <message>
        <source>Arm shares need the arms they are for.</source>
        <translation>設定分組比例前需先設定分組。</translation>
    </message>
</context>
<context>
    <name>mwb::ClvModel</name>
    <message>
        <source>Not drawn: the model could not be fitted.</source>
        <translation>未繪製：模型無法擬合。</translation>
    </message>
    <message>
        <source>Not drawn: there is no holdout after the calibration end.</source>
        <translation>未繪製：校準期截止後沒有驗證期。</translation>
    </message>
    <message>
        <source>Predicted CLV needs both models: %1</source>
        <translation>預測 CLV 需要兩個模型：%1</translation>
    </message>
    <message>
        <source>Cannot store the predicted values: %1</source>
        <translation>無法儲存預測值：%1</translation>
    </message>
</context>
<context>
    <name>mwb::Cohorts</name>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation>無法讀取訂單：%1</translation>
    </message>
</context>
<context>
    <name>mwb::ContactCap</name>
    <message>
        <source>A cap is 1 to 1000 contacts in 1 to 366 days.</source>
        <translation>頻次上限為 1 至 366 天內 1 至 1000 次觸達。</translation>
    </message>
</context>
<context>
    <name>mwb::CsvReader</name>
    <message>
        <source>A record longer than %1 MB; is a quote left open?</source>
        <translation>有一筆記錄超過 %1 MB；是否有引號沒有閉合？</translation>
    </message>
    <message>
        <source>The quote opened here is never closed.</source>
        <translation>此處開始的引號始終沒有閉合。</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote (a quote inside a field must be doubled).</source>
        <translation>閉合引號後出現了多餘的文字（欄位內的引號必須寫成兩個）。</translation>
    </message>
</context>
<context>
    <name>mwb::CustomerDirectory</name>
    <message>
        <source>Cannot read the customers: %1</source>
        <translation>無法讀取顧客：%1</translation>
    </message>
</context>
<context>
    <name>mwb::CustomerExport</name>
    <message>
        <source>An empty column name in the column list.</source>
        <translation>欄位清單中有空白的欄名。</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos; (known: %2).</source>
        <translation>未知欄位「%1」（可用：%2）。</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is listed twice.</source>
        <translation>欄位「%1」出現了兩次。</translation>
    </message>
    <message>
        <source>Cannot read the customers: %1</source>
        <translation>無法讀取顧客：%1</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>無法開啟工作區：%1</translation>
    </message>
</context>
<context>
    <name>mwb::CustomerMerge</name>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>顧客不能與自身合併。</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>沒有 ID 為 %1 的顧客。</translation>
    </message>
    <message>
        <source>Cannot merge the customers: %1</source>
        <translation>無法合併顧客：%1</translation>
    </message>
</context>
<context>
    <name>mwb::CustomerPrivacy</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>沒有 ID 為 %1 的顧客。</translation>
    </message>
    <message>
        <source>Cannot forget the customer: %1</source>
        <translation>無法遺忘顧客：%1</translation>
    </message>
    <message>
        <source>(removed: the row named a customer who was forgotten)</source>
        <translation>（已刪除：該列涉及一位已被遺忘的顧客）</translation>
    </message>
</context>
<context>
    <name>mwb::CustomerProfile</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>沒有 ID 為 %1 的顧客。</translation>
    </message>
    <message>
        <source>Cannot read the customer: %1</source>
        <translation>無法讀取顧客：%1</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>標籤不能為空白。</translation>
    </message>
    <message>
        <source>Cannot tag the customer: %1</source>
        <translation>無法為顧客新增標籤：%1</translation>
    </message>
    <message>
        <source>The customer has no tag &apos;%1&apos;.</source>
        <translation>該顧客沒有標籤「%1」。</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>無法移除標籤：%1</translation>
    </message>
</context>
<context>
    <name>mwb::DemoGenerator</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation>顧客數不能為負數。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 已存在；請換一個名稱，或開啟它。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Writing the demo workspace failed: %1</source>
        <translation>寫入示範工作區失敗：%1</translation>
    </message>
    <message>
        <source>Cannot move the demo workspace into place at %1.</source>
        <translation>無法將示範工作區移動到 %1。</translation>
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
        <translation>顧客數</translation>
    </message>
    <message>
        <source>Every customer in the workspace: each person recognised across files, whatever they did.</source>
        <translation>工作區中的所有顧客：跨檔案識別出的每一個人，無論其有過什麼行為。</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>所有顧客</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Orders with a positive amount, of customers and guests alike; refunds and orders of 0.00 are not orders.</source>
        <translation>金額為正的訂單，顧客和訪客的訂單均計入；退款和金額為 0.00 的訂單不算作訂單。</translation>
    </message>
    <message>
        <source>guests&apos; orders included</source>
        <translation>含訪客訂單</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>The orders&apos; amounts less the refunds, of customers and guests alike.</source>
        <translation>訂單金額減去退款，顧客和訪客均計入。</translation>
    </message>
    <message>
        <source>net of refunds, guests&apos; orders included</source>
        <translation>扣除退款，含訪客訂單</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Transactions with a negative amount (cancellations and returns): revenue is net of them.</source>
        <translation>金額為負的交易（取消與退貨）：營收已扣除這些交易。</translation>
    </message>
    <message>
        <source>guests&apos; refunds included</source>
        <translation>含訪客退款</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Every touchpoint imported or logged: visits, opens, clicks, messages, campaign contacts and results.</source>
        <translation>所有匯入或記錄的接觸點：造訪、開啟、點選、訊息、活動觸及以及活動結果。</translation>
    </message>
    <message>
        <source>Guests&apos; orders</source>
        <translation>訪客訂單</translation>
    </message>
    <message>
        <source>Orders that name no customer (a guest checkout, a till sale without a member): counted in orders and revenue, in no customer&apos;s figures.</source>
        <translation>未關聯任何顧客的訂單（如訪客結帳、未記錄會員的收銀台銷售）：計入訂單數和營收，但不計入任何顧客的各項數字。</translation>
    </message>
    <message>
        <source>guests only</source>
        <translation>僅限訪客</translation>
    </message>
    <message>
        <source>Customers known by the end of the period: their first dated fact (signup, order, refund, touchpoint) or, without any, their import falls on or before its last day.</source>
        <translation>截至期末已知的顧客：其最早一筆帶日期的紀錄（註冊、訂單、退款、接觸點）在本期最後一天當天或之前；若沒有任何此類紀錄，則以其匯入日期為準。</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新顧客</translation>
    </message>
    <message>
        <source>Customers whose first order falls in the period.</source>
        <translation>首筆訂單發生在本期的顧客。</translation>
    </message>
    <message>
        <source>customers&apos; orders only</source>
        <translation>僅計顧客訂單</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活躍顧客</translation>
    </message>
    <message>
        <source>Customers with at least one order in the period.</source>
        <translation>本期至少有一筆訂單的顧客。</translation>
    </message>
    <message>
        <source>Orders in the period, of customers and guests alike.</source>
        <translation>本期的訂單，顧客和訪客的訂單均計入。</translation>
    </message>
    <message>
        <source>The period&apos;s orders less its refunds, of customers and guests alike.</source>
        <translation>本期訂單金額減去本期退款，顧客和訪客均計入。</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均訂單金額</translation>
    </message>
    <message>
        <source>The amounts of the period&apos;s orders ÷ its orders: the value of an order as placed, refunds not subtracted.</source>
        <translation>本期訂單金額 ÷ 本期訂單數：即下單時每筆訂單的價值，未扣除退款。</translation>
    </message>
    <message>
        <source>before refunds, guests&apos; orders included</source>
        <translation>未扣除退款，含訪客訂單</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>購買頻次</translation>
    </message>
    <message>
        <source>Customers&apos; orders in the period ÷ active customers: how many orders each buyer placed.</source>
        <translation>本期顧客訂單數 ÷ 活躍顧客數：每位購買顧客平均下了多少筆訂單。</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>回購率</translation>
    </message>
    <message>
        <source>Share of the period&apos;s active customers who had ordered before it or ordered two or more times in it.</source>
        <translation>本期活躍顧客中，在本期之前下過單或在本期內下單兩次及以上的顧客所佔比例。</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Share of the previous period&apos;s active customers who placed no order in this one.</source>
        <translation>上期活躍顧客中，本期未下任何訂單的顧客所佔比例。</translation>
    </message>
    <message>
        <source>The customer&apos;s orders, all time.</source>
        <translation>該顧客歷來的全部訂單。</translation>
    </message>
    <message>
        <source>refunds are not orders</source>
        <translation>退款不計為訂單</translation>
    </message>
    <message>
        <source>The customer&apos;s orders less their refunds, all time.</source>
        <translation>該顧客歷來的全部訂單金額減去其全部退款。</translation>
    </message>
    <message>
        <source>net of refunds</source>
        <translation>扣除退款</translation>
    </message>
    <message>
        <source>The customer&apos;s revenue ÷ their orders.</source>
        <translation>該顧客的營收 ÷ 其訂單數。</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>距最近購買天數</translation>
    </message>
    <message>
        <source>Days from the customer&apos;s last order to the last day of the data.</source>
        <translation>從該顧客最後一筆訂單到資料最後一天的天數。</translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation>RFM 評分</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary scores from 1 to 5 (quintiles of the customers who ordered): days since the last order, orders, and revenue net of refunds.</source>
        <translation>最近購買、購買頻次和消費金額的 1 到 5 分評分（在下過單的顧客中按五分位劃分）：分別依據距最後一筆訂單的天數、訂單數，以及扣除退款後的營收。</translation>
    </message>
    <message>
        <source>net of refunds, customers&apos; orders only</source>
        <translation>扣除退款，僅計顧客訂單</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Share of a cohort&apos;s customers (by the month of their first order or of signing up) who ordered in each month since.</source>
        <translation>同期群組（按首筆訂單月份或註冊月份劃分）中，此後每個月有下單的顧客所佔比例。</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>人均營收</translation>
    </message>
    <message>
        <source>A cohort&apos;s orders less its refunds in each month since, per customer of the cohort.</source>
        <translation>同期群組此後每個月的訂單金額減去退款，按同期群組人均計算。</translation>
    </message>
    <message>
        <source>Historical CLV</source>
        <translation>歷史 CLV</translation>
    </message>
    <message>
        <source>What customers who ordered have been worth so far: their revenue net of refunds, times the margin, per customer.</source>
        <translation>下過單的顧客迄今為止貢獻的價值：其扣除退款後的營收乘以利潤率，按人均計算。</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>預測 CLV</translation>
    </message>
    <message>
        <source>Margin × expected purchases × expected spend over the horizon, discounted monthly; the models (BG/NBD, gamma-gamma) count days with a transaction of 0.00 or more, as Fader, Hardie and Lee do.</source>
        <translation>利潤率 × 預測期內的預期購買次數 × 預期消費金額，按月折現；模型（BG/NBD、Gamma-Gamma）沿用 Fader、Hardie 和 Lee 的做法，統計有金額為 0.00 或以上交易的天數。</translation>
    </message>
    <message>
        <source>refunds left out</source>
        <translation>不計退款</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>轉換數</translation>
    </message>
    <message>
        <source>Members with an order in the attribution window after the send, or with a converted result; treatment and control alike.</source>
        <translation>傳送後在歸因期間內下過單或結果為已轉換的成員；實驗組和對照組均計入。</translation>
    </message>
    <message>
        <source>members&apos; orders only</source>
        <translation>僅計成員訂單</translation>
    </message>
    <message>
        <source>Attributed revenue</source>
        <translation>歸因營收</translation>
    </message>
    <message>
        <source>The amounts of the members&apos; orders in the attribution window, refunds not subtracted.</source>
        <translation>成員在歸因期間內的訂單金額，未扣除退款。</translation>
    </message>
    <message>
        <source>before refunds, members&apos; orders only</source>
        <translation>未扣除退款，僅計成員訂單</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Share of promoters (9–10) minus share of detractors (0–6) among the answers, each customer&apos;s latest answer counting once.</source>
        <translation>回答中推薦者（9–10 分）佔比減去貶損者（0–6 分）佔比，每位顧客只計其最近一次回答。</translation>
    </message>
    <message>
        <source>latest answer per customer</source>
        <translation>每位顧客取最近一次回答</translation>
    </message>
    <message>
        <source>Orders with a line of the product (category, brand) bought: a positive line on an order.</source>
        <translation>訂單行中購買了該商品（品類、品牌）的訂單：訂單上金額為正的行。</translation>
    </message>
    <message>
        <source>Known customers with an order with a line of the product bought.</source>
        <translation>有訂單購買了該商品的已知客戶。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>The units on the lines of the product bought.</source>
        <translation>該商品已購訂單行上的件數。</translation>
    </message>
    <message>
        <source>refunded lines left out</source>
        <translation>不計退貨行</translation>
    </message>
    <message>
        <source>Product revenue</source>
        <translation>商品營收</translation>
    </message>
    <message>
        <source>Every line of the product, refunded lines subtracted.</source>
        <translation>該商品的所有訂單行，扣除退貨行。</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>複購客戶</translation>
    </message>
    <message>
        <source>Customers with two orders of the product or more.</source>
        <translation>購買該商品兩次及以上的客戶。</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <source>Orders with both products ÷ orders with a line bought, each product counted once per order.</source>
        <translation>同時含兩件商品的訂單 ÷ 含已購訂單行的訂單，每件商品在每筆訂單中只計一次。</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Orders with both products ÷ orders with the first: how often the second joins the first.</source>
        <translation>同時含兩件商品的訂單 ÷ 含第一件商品的訂單：第二件隨第一件一起購買的頻率。</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <source>Confidence ÷ the share of orders with the second product: above 1, it joins the first more often than any order.</source>
        <translation>置信度 ÷ 含第二件商品的訂單佔比：大於 1 表示它與第一件商品同購的頻率高於隨機訂單。</translation>
    </message>
    <message>
        <source>Replenishment interval</source>
        <translation>補貨週期</translation>
    </message>
    <message>
        <source>Median days between a customer&apos;s consecutive purchases of the product (days with a line of it bought), over the products bought again by at least 10 customers.</source>
        <translation>客戶連續兩次購買該商品之間天數的中位數（以有該商品已購訂單行的日期計），僅限至少 10 位客戶回購過的商品。</translation>
    </message>
    <message>
        <source>Replenishment due</source>
        <translation>補貨到期日</translation>
    </message>
    <message>
        <source>The day of the customer&apos;s last purchase of a product with an interval, plus the interval in whole days.</source>
        <translation>客戶最近一次購買有補貨週期的商品的日期，加上按整天計的補貨週期。</translation>
    </message>
    <message>
        <source>Step conversion</source>
        <translation>步驟轉換率</translation>
    </message>
    <message>
        <source>Contacts of the step (a customer on a day) followed by an order within the programme&apos;s attribution days from the send ÷ the contacts; the step&apos;s control members alike.</source>
        <translation>該步驟的觸達（某客戶在某一天）在發送後的歸因天數內有訂單的數量 ÷ 觸達數；該步驟的對照組成員同樣計算。</translation>
    </message>
    <message>
        <source>Step uplift</source>
        <translation>步驟提升</translation>
    </message>
    <message>
        <source>The step&apos;s conversion of its treatment less that of its control, with a 95 % interval (Newcombe) and the two-proportion p-value.</source>
        <translation>該步驟實驗組轉換率減去對照組轉換率，附 95% 信賴區間（Newcombe）和雙比例檢定 p 值。</translation>
    </message>
    <message>
        <source>Programme conversion</source>
        <translation>自動化計畫轉換率</translation>
    </message>
    <message>
        <source>Entries followed by an order within the programme window (the longest path&apos;s waits plus the attribution days) from the day of entry ÷ the entries.</source>
        <translation>自進入當天起在自動化計畫窗口（最長路徑的等待天數加歸因天數）內有訂單的進入次數 ÷ 進入次數。</translation>
    </message>
    <message>
        <source>Incremental conversions</source>
        <translation>增量轉換</translation>
    </message>
    <message>
        <source>(Treatment conversion − comparison conversion) × treatment entries, the comparison being the programme&apos;s holdout or the global control group.</source>
        <translation>（實驗組轉換率 − 比較組轉換率）× 實驗組進入次數，比較組為自動化計畫的保留組或全域對照組。</translation>
    </message>
    <message>
        <source>Incremental revenue</source>
        <translation>增量營收</translation>
    </message>
    <message>
        <source>(Treatment revenue per entry − comparison revenue per entry) × treatment entries, from the orders within the programme window.</source>
        <translation>（實驗組每次進入營收 − 比較組每次進入營收）× 實驗組進入次數，按自動化計畫窗口內的訂單計算。</translation>
    </message>
    <message>
        <source>Recent conversion rate</source>
        <translation>近期轉換率</translation>
    </message>
    <message>
        <source>The mean, over the last six attribution windows before the data ends, of the share of the audience with an order in the window: the rate the control group is expected to convert at.</source>
        <translation>資料結束前最近六個歸因窗口中，受眾在窗口內下單比例的平均值：即預期對照組的轉換率。</translation>
    </message>
    <message>
        <source>Detectable uplift</source>
        <translation>可偵測提升</translation>
    </message>
    <message>
        <source>The smallest rise in the conversion rate over the recent rate that the smallest arm against the control group shows with 80 % power in a two-sided test at 5 % (divided among the arms).</source>
        <translation>在 5% 雙側檢定（按組數分攤）且檢定力為 80% 時，最小的一組相對對照組能顯示的、高於近期轉換率的最小提升。</translation>
    </message>
    <message>
        <source>two-proportion z-test, no continuity correction</source>
        <translation>兩比例 z 檢定，無連續性校正</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p（Holm）</translation>
    </message>
    <message>
        <source>The arm&apos;s p-value against the control group, adjusted by Holm&apos;s method over the arms, so the chance of naming any arm a winner by luck stays at 5 %.</source>
        <translation>該組相對對照組的 p 值，經 Holm 法按組數校正，使因偶然而誤判任一組勝出的機率保持在 5%。</translation>
    </message>
    <message>
        <source>pooled two-proportion z-test</source>
        <translation>合併兩比例 z 檢定</translation>
    </message>
    <message>
        <source>Churn score</source>
        <translation>流失分數</translation>
    </message>
    <message>
        <source>The churn model&apos;s probability, from 0 to 1, that a customer who has ordered places no order in the horizon after the last day of the data.</source>
        <translation>流失模型給出的機率（0 到 1）：下過單的顧客在資料最後一天之後的預測期內不再下單的可能性。</translation>
    </message>
    <message>
        <source>buyers only</source>
        <translation>僅限購買過的顧客</translation>
    </message>
    <message>
        <source>Purchase score</source>
        <translation>購買分數</translation>
    </message>
    <message>
        <source>The purchase model&apos;s probability, from 0 to 1, that a known customer places an order in the horizon after the last day of the data.</source>
        <translation>購買模型給出的機率（0 到 1）：已知顧客在資料最後一天之後的預測期內下單的可能性。</translation>
    </message>
    <message>
        <source>known customers</source>
        <translation>已知顧客</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>The chance that a customer with the outcome scores above one without it, ties counting half: 0.5 is guessing, 1 a perfect ranking.</source>
        <translation>有該結果的顧客分數高於沒有該結果的顧客的機率，同分計一半：0.5 等於亂猜，1 為完美排序。</translation>
    </message>
    <message>
        <source>evaluation period</source>
        <translation>評估期</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精確率</translation>
    </message>
    <message>
        <source>Customers scored at or above the threshold who had the outcome ÷ customers scored at or above it.</source>
        <translation>分數達到閾值且出現該結果的顧客 ÷ 分數達到閾值的顧客。</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Customers with the outcome scored at or above the threshold ÷ customers with the outcome.</source>
        <translation>出現該結果且分數達到閾值的顧客 ÷ 出現該結果的顧客。</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>2 × precision × recall ÷ (precision + recall): one figure for both.</source>
        <translation>2 × 精確率 × 召回率 ÷（精確率 + 召回率）：兼顧兩者的一個數字。</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>閾值</translation>
    </message>
    <message>
        <source>The score from which a customer is predicted to have the outcome: the one with the best F1 on the training period unless one is given.</source>
        <translation>顧客被預測為出現該結果的起始分數：未指定時取訓練期 F1 最高的那個。</translation>
    </message>
    <message>
        <source>training period</source>
        <translation>訓練期</translation>
    </message>
    <message>
        <source>Base rate</source>
        <translation>基準率</translation>
    </message>
    <message>
        <source>Customers with the outcome ÷ the customers evaluated.</source>
        <translation>出現該結果的顧客 ÷ 參與評估的顧客。</translation>
    </message>
    <message>
        <source>Lift in the top decile</source>
        <translation>前 10% 提升度</translation>
    </message>
    <message>
        <source>The outcome&apos;s rate among the tenth of customers with the highest scores ÷ the base rate.</source>
        <translation>分數最高的 10% 顧客中該結果的比例 ÷ 基準率。</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>The share of all customers with the outcome found among the highest-scored tenths, decile by decile, cumulatively.</source>
        <translation>按十分位逐段累計，在分數最高的各十分位中找到的、出現該結果的顧客占全部此類顧客的比例。</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校準</translation>
    </message>
    <message>
        <source>Per decile of score, the mean score beside the share of its customers who had the outcome: equal when the scores are probabilities to trust.</source>
        <translation>按分數十分位列出平均分數與其中出現該結果的顧客比例：兩者相等時，分數可作為可信的機率。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Customers known on the day (their 5A stage on it is defined), each in the tier of their last change on or before it, the lowest tier without one.</source>
        <translation>當天已知的顧客（當天的 5A 階段已確定），各按其在當天或之前最後一次等級變動所在的等級計；沒有變動的計入最低等級。</translation>
    </message>
    <message>
        <source>Revenue, last 365 days</source>
        <translation>近 365 天營收</translation>
    </message>
    <message>
        <source>The tier&apos;s members&apos; orders less their refunds in the 365 days to the day.</source>
        <translation>該等級會員在截至當天的 365 天內的訂單金額減去其退款。</translation>
    </message>
    <message>
        <source>Tier migration</source>
        <translation>等級遷移</translation>
    </message>
    <message>
        <source>The customers known on the second day, by their tier on the first day (or not yet known then) and on the second.</source>
        <translation>第二天已知的顧客，按其在第一天的等級（或當時尚未知）與第二天的等級交叉統計。</translation>
    </message>
    <message>
        <source>Active member rate</source>
        <translation>活躍會員率</translation>
    </message>
    <message>
        <source>Members with an order or a touchpoint of their own (not our sends, deliveries, bounces or unsubscribes) in the window of days up to a month&apos;s last day ÷ the members known on that day; in a tier, the members in it on that day.</source>
        <translation>截至某月最後一天的視窗天數內，有訂單或本人接觸點（不含我方傳送、送達、退信或退訂）的會員 ÷ 當天已知的會員；按等級時，分母為當天處於該等級的會員。</translation>
    </message>
    <message>
        <source>customers&apos; orders and touchpoints</source>
        <translation>顧客的訂單和接觸點</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>發放積分</translation>
    </message>
    <message>
        <source>Points earned and positive adjustments up to the end of the day.</source>
        <translation>截至當天結束時獲得的積分與正向調整。</translation>
    </message>
    <message>
        <source>the points ledger as imported</source>
        <translation>按匯入的積分流水</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兌換積分</translation>
    </message>
    <message>
        <source>Points redeemed up to the end of the day.</source>
        <translation>截至當天結束時兌換的積分。</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>過期積分</translation>
    </message>
    <message>
        <source>Points expired up to the end of the day: the expiries recorded, and under an expiry rule what was left of each earning on its expiry day (a recorded expiry settles those first).</source>
        <translation>截至當天結束時過期的積分：已記錄的過期，以及在有效期規則下每筆獲得積分到期當天的剩餘部分（已記錄的過期先抵扣這些）。</translation>
    </message>
    <message>
        <source>Points adjusted down</source>
        <translation>調減積分</translation>
    </message>
    <message>
        <source>Negative adjustments of points up to the end of the day.</source>
        <translation>截至當天結束時積分的負向調整。</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>未使用積分</translation>
    </message>
    <message>
        <source>Points issued − redeemed − expired − adjusted down: the balances members hold at the end of the day (redemptions, expiries and adjustments use the oldest points first).</source>
        <translation>發放 − 兌換 − 過期 − 調減的積分：當天結束時會員持有的餘額（兌換、過期和調整都先使用最早獲得的積分）。</translation>
    </message>
    <message>
        <source>Points expiring soon</source>
        <translation>即將過期積分</translation>
    </message>
    <message>
        <source>Of the outstanding points, those the expiry rule ends within the notice period after the day.</source>
        <translation>未使用積分中，按有效期規則將在當天之後的提醒期內到期的部分。</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>積分負債</translation>
    </message>
    <message>
        <source>Outstanding points × the value of one point set in the points rules, in the workspace currency.</source>
        <translation>未使用積分 × 積分規則中設定的每分價值，以工作區貨幣計。</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>兌換率</translation>
    </message>
    <message>
        <source>Points redeemed ÷ points issued, up to the end of the day.</source>
        <translation>截至當天結束時兌換的積分 ÷ 發放的積分。</translation>
    </message>
    <message>
        <source>Members with points</source>
        <translation>持有積分的會員</translation>
    </message>
    <message>
        <source>Members whose points balance is above 0 at the end of the day.</source>
        <translation>當天結束時積分餘額大於 0 的會員。</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>推薦人</translation>
    </message>
    <message>
        <source>Customers who referred at least one customer.</source>
        <translation>至少推薦過一位顧客的顧客。</translation>
    </message>
    <message>
        <source>referrals as imported</source>
        <translation>按匯入的推薦關係</translation>
    </message>
    <message>
        <source>Referred customers</source>
        <translation>被推薦顧客</translation>
    </message>
    <message>
        <source>Customers with a referrer on record (the first one imported stands).</source>
        <translation>有推薦人記錄的顧客（以最先匯入的推薦人為準）。</translation>
    </message>
    <message>
        <source>First-order revenue</source>
        <translation>首單營收</translation>
    </message>
    <message>
        <source>The amount of each referred customer&apos;s first order (the earliest with a positive amount).</source>
        <translation>每位被推薦顧客首筆訂單（最早一筆金額為正的訂單）的金額。</translation>
    </message>
    <message>
        <source>Referred revenue</source>
        <translation>被推薦顧客營收</translation>
    </message>
    <message>
        <source>Referred customers&apos; orders less their refunds, all time.</source>
        <translation>被推薦顧客歷來的訂單金額減去其退款。</translation>
    </message>
    <message>
        <source>Cost per referred customer</source>
        <translation>每位被推薦顧客成本</translation>
    </message>
    <message>
        <source>(Reward per referred customer × referred customers + the programme&apos;s other costs) ÷ referred customers.</source>
        <translation>（每位被推薦顧客獎勵 × 被推薦顧客數 + 推薦計劃的其他成本）÷ 被推薦顧客數。</translation>
    </message>
    <message>
        <source>the costs entered for the programme</source>
        <translation>為推薦計劃錄入的成本</translation>
    </message>
</context>
<context>
    <name>mwb::FileSniffer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空白檔案。</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;.</source>
        <translation>未知編碼「%1」。</translation>
    </message>
    <message>
        <source>%1 holds binary data (NUL bytes), not text: is it really a CSV file?</source>
        <translation>%1 包含二進位資料（NUL 位元組），不是文字：它真的是 CSV 檔案嗎？</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 中沒有資料列。</translation>
    </message>
</context>
<context>
    <name>mwb::GammaGamma</name>
    <message>
        <source>The gamma-gamma fit did not converge.</source>
        <translation>Gamma-Gamma 擬合未收斂。</translation>
    </message>
</context>
<context>
    <name>mwb::GlobalControl</name>
    <message>
        <source>The global control share must be between 0 and %1.</source>
        <translation>全域對照組比例須在 0 到 %1 之間。</translation>
    </message>
    <message>
        <source>The global control group is set already (share %1, seed %2); changing it moves customers in or out of it: say --reset to do so.</source>
        <translation>全域對照組已設定（比例 %1，種子 %2）；變更會使客戶進出該組：如確需變更，請加 --reset。</translation>
    </message>
</context>
<context>
    <name>mwb::ImportHistory</name>
    <message>
        <source>There is no import #%1.</source>
        <translation>沒有第 %1 號匯入。</translation>
    </message>
    <message>
        <source>Import #%1 was already undone.</source>
        <translation>第 %1 號匯入已被撤銷。</translation>
    </message>
    <message>
        <source>Import #%1 added customers that import #%2 built on; undo #%2 first.</source>
        <translation>第 %1 號匯入新增的顧客被第 %2 號匯入所使用；請先撤銷第 %2 號匯入。</translation>
    </message>
    <message>
        <source>Undoing import #%1 failed: %2. Nothing was changed.</source>
        <translation>撤銷第 %1 號匯入失敗：%2。未做任何變更。</translation>
    </message>
    <message>
        <source>an undo of import #%1</source>
        <translation>撤銷第 %1 號匯入</translation>
    </message>
</context>
<context>
    <name>mwb::ImportKind</name>
    <message>
        <source>an identifier (customer id, e-mail or phone)</source>
        <translation>一個識別（顧客 ID、電子郵件或電話）</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>下單日期</translation>
    </message>
    <message>
        <source>amount (or unit price)</source>
        <translation>金額（或單價）</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>事件類型</translation>
    </message>
    <message>
        <source>a customer identifier (id, e-mail or phone)</source>
        <translation>一個顧客識別（ID、電子郵件或電話）</translation>
    </message>
    <message>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>a member token or customer identifier</source>
        <translation>成員權杖或顧客識別</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the missing fields</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>No column holds an order id: each row is taken as an order of its own, known by its customer, time, amount, quantity and product (and, for identical rows, how many came before it in the file), so importing the same file again adds nothing.</source>
        <translation>沒有欄位包含訂單 ID：每一列都作為一筆獨立的訂單，依其客戶、時間、金額、數量和商品識別（完全相同的列再依它在檔案中之前出現的次數區分），因此再次匯入同一檔案不會新增任何內容。</translation>
    </message>
    <message>
        <source>points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>referrer</source>
        <translation>推薦人</translation>
    </message>
    <message>
        <source>the referred customer&apos;s identifier (id, e-mail or phone)</source>
        <translation>被推薦顧客的標識（編號、郵箱或手機號）</translation>
    </message>
</context>
<context>
    <name>mwb::Importer</name>
    <message>
        <source>contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>events</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>results</source>
        <translation>活動結果</translation>
    </message>
    <message>
        <source>Cannot write to the workspace: %1</source>
        <translation>無法寫入工作區：%1</translation>
    </message>
    <message>
        <source>%1: campaign results need the campaign they report on.</source>
        <translation>%1：活動結果需要指定其所屬的活動。</translation>
    </message>
    <message>
        <source>%1 has %2 columns but the mapping names %3.</source>
        <translation>%1 有 %2 欄，但對應指定了 %3 欄。</translation>
    </message>
    <message>
        <source>The encoding could not be recognised; read as %1.</source>
        <translation>無法辨識編碼；已按 %1 讀取。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Dates in column &apos;%1&apos; fit both day/month/year and month/day/year; read as %2.</source>
        <translation>「%1」欄中的日期既符合日/月/年，也符合月/日/年；已按%2讀取。</translation>
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
        <translation>「%1」欄中的日期混用了日/月/年和月/日/年。</translation>
    </message>
    <message>
        <source>%1: %2 need a column for: %3. Map one in the wizard or with --mapping.</source>
        <translation>%1：%2需要對應以下欄位的欄：%3。請在精靈中對應一欄，或使用 --mapping。</translation>
    </message>
    <message>
        <source>Skipped %1 title row(s) above the header.</source>
        <translation>已略過標題列上方的 %1 列標題。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>The row has %1 fields where the header has %2.</source>
        <translation>此列有 %1 個欄位，而標題列有 %2 個。</translation>
    </message>
    <message>
        <source>Bytes that are not valid UTF-8 (is the file in another encoding? choose it with --encoding).</source>
        <translation>存在無效的 UTF-8 位元組（檔案是否為其他編碼？請選擇其編碼）。</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; the workspace is unchanged.</source>
        <translation>%1 的匯入已取消；工作區未做變更。</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1; they were replaced by U+FFFD.</source>
        <translation>部分位元組不是有效的 %1；已取代為 U+FFFD。</translation>
    </message>
    <message>
        <source>%1 identifiers already belong to other customers and were left with them.</source>
        <translation>%1 個識別已屬於其他顧客，仍保留在這些顧客名下。</translation>
    </message>
    <message>
        <source>Importing %1 failed after %2 rows: %3. The workspace is unchanged.</source>
        <translation>匯入 %1 在 %2 列後失敗：%3。工作區未做變更。</translation>
    </message>
    <message>
        <source>A value of %1 MB; a value holds at most %2 MB (is a quote left open?).</source>
        <translation>值大小為 %1 MB；單一值最多 %2 MB（是否有未閉合的引號？）。</translation>
    </message>
    <message>
        <source>Bytes that are not valid %1 (is the file in another encoding? choose it with --encoding).</source>
        <translation>含有不符合 %1 編碼的位元組（檔案是否為其他編碼？可用 --encoding 指定）。</translation>
    </message>
    <message>
        <source>the disk is full (free some space and import again)</source>
        <translation>磁碟已滿（請釋放空間後重新匯入）</translation>
    </message>
    <message>
        <source>the workspace cannot be written (a read-only file or folder)</source>
        <translation>無法寫入工作區（檔案或資料夾為唯讀）</translation>
    </message>
    <message>
        <source>%1 reads as UTF-8 but for %2 broken or overlong byte sequence(s), the first at byte %3; it was read as %4 instead. If names look wrong, import it again as UTF-8 (--encoding UTF-8): the rows with broken bytes are then refused, each with its line.</source>
        <translation>%1 除 %2 處無效或過長編碼的位元組序列外皆可按 UTF-8 讀取，第一處位於第 %3 位元組；因此已改按 %4 讀取。如果姓名顯示不正確，請按 UTF-8 重新匯入（--encoding UTF-8）：屆時含無效位元組的列將被拒絕，並各自註明行號。</translation>
    </message>
    <message>
        <source>an import of %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <source>The rejected rows are kept in the workspace, but no rejects file was written: %1</source>
        <translation>被拒絕的列已保留在工作區中，但未寫入被拒絕列檔案：%1</translation>
    </message>
    <message>
        <source>points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>推薦關係</translation>
    </message>
</context>
<context>
    <name>mwb::InputFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>未提供檔案名稱。</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation>%1 是指向不存在檔案的連結。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); save what it gives to a file and use that.</source>
        <translation>%1 不是一般檔案（而是裝置、管線或通訊端）；請將其輸出儲存到檔案中，再使用該檔案。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>無法讀取 %1：%2。</translation>
    </message>
</context>
<context>
    <name>mwb::JourneyAnalysis</name>
    <message>
        <source>Cannot read the touchpoints: %1</source>
        <translation>無法讀取接觸點：%1</translation>
    </message>
</context>
<context>
    <name>mwb::KpiDashboard</name>
    <message>
        <source>A period needs a first and a last day, the first not after the last.</source>
        <translation>期間需要開始日和結束日，且開始日不能晚於結束日。</translation>
    </message>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation>無法讀取訂單：%1</translation>
    </message>
</context>
<context>
    <name>mwb::Lifecycle</name>
    <message>
        <source>a recompute of every lifecycle stage</source>
        <translation>重新計算所有生命週期階段</translation>
    </message>
</context>
<context>
    <name>mwb::LifecycleStage</name>
    <message>
        <source>Aware</source>
        <translation>認知</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>嘗試</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>擁護</translation>
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
        <translation>對應需要一個名稱。</translation>
    </message>
    <message>
        <source>A mapping named &apos;%1&apos; already exists.</source>
        <translation>已有名為「%1」的對應。</translation>
    </message>
    <message>
        <source>No mapping named &apos;%1&apos; in this workspace.</source>
        <translation>此工作區中沒有名為「%1」的對應。</translation>
    </message>
</context>
<context>
    <name>mwb::OutputGuard</name>
    <message>
        <source>write-ahead log</source>
        <translation>預寫式日誌</translation>
    </message>
    <message>
        <source>shared memory</source>
        <translation>共用記憶體檔案</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>回復日誌</translation>
    </message>
    <message>
        <source>lock file</source>
        <translation>鎖定檔案</translation>
    </message>
    <message>
        <source>activity note</source>
        <translation>作業狀態紀錄</translation>
    </message>
    <message>
        <source>backup copy</source>
        <translation>備份副本</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>未提供檔案名稱。</translation>
    </message>
    <message>
        <source>Cannot write %1: its symbolic links go round in a circle.</source>
        <translation>無法寫入 %1：其符號連結形成了循環。</translation>
    </message>
    <message>
        <source>%1 (a link to %2)</source>
        <translation>%1（指向 %2 的連結）</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>無法寫入 %1：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder.</source>
        <translation>無法寫入 %1：%2 不是資料夾。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>無法寫入 %1：它是資料夾。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file (a device, a pipe or a socket), and only regular files are written.</source>
        <translation>無法寫入 %1：它不是一般檔案（而是裝置、管線或通訊端），而本程式只寫入一般檔案。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is the %2 of the workspace %3; choose another file name.</source>
        <translation>無法寫入 %1：它是工作區 %3 的%2；請換一個檔案名稱。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a workspace (an SQLite database); choose another file name.</source>
        <translation>無法寫入 %1：它是一個工作區（SQLite 資料庫）；請換一個檔案名稱。</translation>
    </message>
    <message>
        <source>Cannot write %1: a file of that name exists and is left as it is.</source>
        <translation>無法寫入 %1：已存在同名檔案，該檔案保持不變。</translation>
    </message>
</context>
<context>
    <name>mwb::PendingExports</name>
    <message>
        <source>The export of campaign %1 to %2 could not be finished: %3</source>
        <translation>無法完成將活動 %1 匯出到 %2 的作業：%3</translation>
    </message>
</context>
<context>
    <name>mwb::PointsLedger</name>
    <message>
        <source>unknown key &apos;%1&apos; (expiry_months, point_value, notice_days)</source>
        <translation>未知鍵“%1”（expiry_months、point_value、notice_days）</translation>
    </message>
    <message>
        <source>expiry_months: a whole number of months (0: points never expire)</source>
        <translation>expiry_months：整數個月（0：積分永不過期）</translation>
    </message>
    <message>
        <source>notice_days: a whole number of days</source>
        <translation>notice_days：整數天數</translation>
    </message>
    <message>
        <source>point_value: a number (what one point is worth)</source>
        <translation>point_value：一個數字（每積分的價值）</translation>
    </message>
    <message>
        <source>expiry_months: 0 to 120 months, not %1</source>
        <translation>expiry_months：應為 0 到 120 個月，而不是 %1</translation>
    </message>
    <message>
        <source>point_value: 0 to 1,000,000, not %1</source>
        <translation>point_value：應為 0 到 1,000,000，而不是 %1</translation>
    </message>
    <message>
        <source>notice_days: 1 to 365 days, not %1</source>
        <translation>notice_days：應為 1 到 365 天，而不是 %1</translation>
    </message>
</context>
<context>
    <name>mwb::ProgrammeDefinition</name>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>未知的鍵（可用：%1）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>takes a non-empty text, not %1</source>
        <translation>須為非空文字，而不是 %1</translation>
    </message>
    <message>
        <source>takes a whole number from %1 to %2, not %3</source>
        <translation>須為 %1 到 %2 之間的整數，而不是 %3</translation>
    </message>
    <message>
        <source>takes an object with a type</source>
        <translation>須為帶 type 的物件</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos; (aware, attempt, adopt, advocate, abandon)</source>
        <translation>未知階段「%1」（aware、attempt、adopt、advocate、abandon）</translation>
    </message>
    <message>
        <source>takes day, week or month, not &apos;%1&apos;</source>
        <translation>須為 day、week 或 month，而不是「%1」</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date field (one of: %2)</source>
        <translation>「%1」不是日期欄位（可用：%2）</translation>
    </message>
    <message>
        <source>unknown trigger &apos;%1&apos; (stage_entered, segment_entered, schedule, date, event)</source>
        <translation>未知觸發器「%1」（stage_entered、segment_entered、schedule、date、event）</translation>
    </message>
    <message>
        <source>takes {&quot;responded&quot;: …} or {&quot;purchased&quot;: true}</source>
        <translation>須為 {&quot;responded&quot;: …} 或 {&quot;purchased&quot;: true}</translation>
    </message>
    <message>
        <source>takes one of responded, purchased</source>
        <translation>須為 responded、purchased 之一</translation>
    </message>
    <message>
        <source>takes opened, clicked or converted, not %1</source>
        <translation>須為 opened、clicked 或 converted，而不是 %1</translation>
    </message>
    <message>
        <source>takes true</source>
        <translation>須為 true</translation>
    </message>
    <message>
        <source>unknown condition (responded, purchased)</source>
        <translation>未知條件（responded、purchased）</translation>
    </message>
    <message>
        <source>takes a list of steps</source>
        <translation>須為步驟清單</translation>
    </message>
    <message>
        <source>takes at least one step</source>
        <translation>至少需要一個步驟</translation>
    </message>
    <message>
        <source>a programme has at most %1 steps</source>
        <translation>一個自動化計畫最多 %1 個步驟</translation>
    </message>
    <message>
        <source>takes one of send, wait_days, branch, exit_if</source>
        <translation>須為 send、wait_days、branch、exit_if 之一</translation>
    </message>
    <message>
        <source>takes an object with a channel</source>
        <translation>須為帶 channel 的物件</translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos; (one of: %2)</source>
        <translation>未知管道「%1」（可用：%2）</translation>
    </message>
    <message>
        <source>takes an amount of 0 or more, not %1</source>
        <translation>須為 0 或以上的金額，而不是 %1</translation>
    </message>
    <message>
        <source>takes an object with if, then and else</source>
        <translation>須為帶 if、then 和 else 的物件</translation>
    </message>
    <message>
        <source>unknown step (send, wait_days, branch, exit_if)</source>
        <translation>未知步驟（send、wait_days、branch、exit_if）</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>最多 200 個字元</translation>
    </message>
    <message>
        <source>takes a saved segment&apos;s name or a segment definition</source>
        <translation>須為已儲存分群的名稱或分群定義</translation>
    </message>
    <message>
        <source>takes a share from 0 to %1, not %2</source>
        <translation>須為 0 到 %1 之間的比例，而不是 %2</translation>
    </message>
    <message>
        <source>takes {&quot;folder&quot;: …, &quot;format&quot;: csv|xlsx|hashed}</source>
        <translation>須為 {&quot;folder&quot;: …, &quot;format&quot;: csv|xlsx|hashed}</translation>
    </message>
    <message>
        <source>takes csv, xlsx or hashed, not &apos;%1&apos;</source>
        <translation>須為 csv、xlsx 或 hashed，而不是「%1」</translation>
    </message>
    <message>
        <source>no send step: the programme would contact nobody</source>
        <translation>沒有發送步驟：該自動化計畫不會觸達任何人</translation>
    </message>
    <message>
        <source>not JSON at character %1: %2</source>
        <translation>第 %1 個字元處不是有效 JSON：%2</translation>
    </message>
    <message>
        <source>a programme is a JSON object</source>
        <translation>自動化計畫須為 JSON 物件</translation>
    </message>
</context>
<context>
    <name>mwb::ProgrammeReport</name>
    <message>
        <source>No programme named &apos;%1&apos;.</source>
        <translation>沒有名為「%1」的自動化計畫。</translation>
    </message>
</context>
<context>
    <name>mwb::ProgrammeRunner</name>
    <message>
        <source>no saved segment named &apos;%1&apos;</source>
        <translation>沒有名為「%1」的已儲存分群</translation>
    </message>
    <message>
        <source>%1 · step %2 · %3</source>
        <translation>%1 · 第 %2 步 · %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Programme &apos;%1&apos;: %2</source>
        <translation>自動化計畫「%1」：%2</translation>
    </message>
    <message>
        <source>No programme named &apos;%1&apos;.</source>
        <translation>沒有名為「%1」的自動化計畫。</translation>
    </message>
    <message>
        <source>Programme &apos;%1&apos;, %2: %3</source>
        <translation>自動化計畫「%1」，%2：%3</translation>
    </message>
    <message>
        <source>A simulation needs a first and a last day, in that order.</source>
        <translation>模擬需要起訖日期，且起始日期在前。</translation>
    </message>
</context>
<context>
    <name>mwb::ProgrammeStore</name>
    <message>
        <source>A programme named &apos;%1&apos; exists; say --replace to replace its definition.</source>
        <translation>已存在名為「%1」的自動化計畫；如需取代其定義，請加 --replace。</translation>
    </message>
</context>
<context>
    <name>mwb::ProgrammeTemplates</name>
    <message>
        <source>Welcome series</source>
        <translation>歡迎系列</translation>
    </message>
    <message>
        <source>New customers (Aware): a welcome on the day they become known, a second message three days later unless they bought.</source>
        <translation>新客戶（認知）：被識別當天發送歡迎訊息，三天後未購買者再發一則。</translation>
    </message>
    <message>
        <source>First-purchase nudge</source>
        <translation>首購促進</translation>
    </message>
    <message>
        <source>Engaged but not buying (Attempt): an offer, and after a week an SMS to those who clicked and did not buy.</source>
        <translation>有互動未購買（嘗試）：發送優惠，一週後向點擊但未購買者發簡訊。</translation>
    </message>
    <message>
        <source>Second-order cross-sell</source>
        <translation>二次購買交叉銷售</translation>
    </message>
    <message>
        <source>First buyers (Adopt): two weeks after the first order, what goes with it.</source>
        <translation>首購客戶（採用）：首單兩週後，推薦相關搭配商品。</translation>
    </message>
    <message>
        <source>Advocate referral ask</source>
        <translation>推薦者轉介紹邀請</translation>
    </message>
    <message>
        <source>Loyal customers (Advocate): ask them to refer a friend.</source>
        <translation>忠誠客戶（推薦）：邀請他們推薦好友。</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>流失挽回</translation>
    </message>
    <message>
        <source>Lapsed customers (Abandon): an offer, and an SMS a week later to those who did not come back.</source>
        <translation>流失客戶（放棄）：發送優惠，一週後向仍未回購者發簡訊。</translation>
    </message>
    <message>
        <source>Replenishment reminder</source>
        <translation>補貨提醒</translation>
    </message>
    <message>
        <source>Three days before a customer&apos;s product runs out (their replenishment due day): a reminder.</source>
        <translation>在客戶商品用完前三天（其補貨到期日）發送提醒。</translation>
    </message>
</context>
<context>
    <name>mwb::PropensityModel</name>
    <message>
        <source>The horizon must be %1 to %2 days.</source>
        <translation>預測期須為 %1 到 %2 天。</translation>
    </message>
    <message>
        <source>The threshold must be from 0 to 1.</source>
        <translation>閾值須在 0 到 1 之間。</translation>
    </message>
    <message>
        <source>The workspace holds no transactions or touchpoints to learn from.</source>
        <translation>工作區沒有可供學習的交易或接觸點。</translation>
    </message>
    <message>
        <source>The cut-off %1 is after the last day of the data (%2): the training labels need the orders up to the cut-off.</source>
        <translation>截止日 %1 晚於資料的最後一天（%2）：訓練標籤需要截止日之前的訂單。</translation>
    </message>
    <message>
        <source>The data starts on %1, after the training features&apos; day %2 (the cut-off %3 less the horizon of %4 days): choose a cut-off on or after %5.</source>
        <translation>資料從 %1 開始，晚於訓練特徵日 %2（截止日 %3 減去 %4 天預測期）：請選擇 %5 或之後的截止日。</translation>
    </message>
    <message>
        <source>The data covers %1 days (%2 to %3); a horizon of %4 days needs at least %5: features as of the first of them, %4 days of orders to learn from and %4 to check against.</source>
        <translation>資料涵蓋 %1 天（%2 至 %3）；%4 天的預測期至少需要 %5 天：以第一天的特徵為起點，%4 天的訂單用於學習，另 %4 天用於檢驗。</translation>
    </message>
    <message>
        <source>No evaluation: the data ends on %1, before the cut-off plus the horizon (%2).</source>
        <translation>無評估：資料在 %1 結束，早於截止日加預測期（%2）。</translation>
    </message>
    <message>
        <source>The training period (features as of %1, orders to %2) has %3 customers with the label 1 and %4 with 0; a model needs at least %5 of each.</source>
        <translation>訓練期（特徵截至 %1，訂單至 %2）有 %3 位顧客標籤為 1、%4 位為 0；模型每類至少需要 %5 位。</translation>
    </message>
    <message>
        <source>No evaluation: the %1 customers as of %2 all have the label %3.</source>
        <translation>無評估：截至 %2 的 %1 位顧客標籤都為 %3。</translation>
    </message>
    <message>
        <source>Cannot train the model: %1</source>
        <translation>無法訓練模型：%1</translation>
    </message>
    <message>
        <source>There is no %1 model yet: train one first.</source>
        <translation>還沒有 %1 模型：請先訓練。</translation>
    </message>
    <message>
        <source>The workspace holds no transactions or touchpoints to score.</source>
        <translation>工作區沒有可用於評分的交易或接觸點。</translation>
    </message>
    <message>
        <source>Cannot store the scores: %1</source>
        <translation>無法儲存分數：%1</translation>
    </message>
    <message>
        <source>At least one customer must be read into a model.</source>
        <translation>模型至少需要讀入一位顧客。</translation>
    </message>
    <message>
        <source>a training of the %1 model</source>
        <translation>%1 模型的訓練</translation>
    </message>
    <message>
        <source>a scoring with the %1 model</source>
        <translation>使用 %1 模型的評分</translation>
    </message>
    <message>
        <source>The orders changed while the model was starting; try again.</source>
        <translation>模型啟動期間訂單發生了變化；請重試。</translation>
    </message>
</context>
<context>
    <name>mwb::Referrals</name>
    <message>
        <source>unknown key &apos;%1&apos; (reward_per_referral, other_costs)</source>
        <translation>未知鍵“%1”（reward_per_referral、other_costs）</translation>
    </message>
    <message>
        <source>%1: an amount of 0 or more</source>
        <translation>%1：應為 0 或以上的金額</translation>
    </message>
</context>
<context>
    <name>mwb::RejectLog</name>
    <message>
        <source> (the row is kept up to its first %1 KB of %2 MB)</source>
        <translation>（該列共 %2 MB，僅保留前 %1 KB）</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows beside %1: every name up to %2 is taken.</source>
        <translation>無法在 %1 旁邊寫入被拒絕的列：直到 %2 為止的所有檔案名稱都已被佔用。</translation>
    </message>
    <message>
        <source>Cannot write %1: a file of that name exists and is left as it is.</source>
        <translation>無法寫入 %1：已存在同名檔案，該檔案保持不變。</translation>
    </message>
</context>
<context>
    <name>mwb::RepeatSummary</name>
    <message>
        <source>The workspace holds no orders of known customers.</source>
        <translation>工作區中沒有已知顧客的訂單。</translation>
    </message>
    <message>
        <source>Cannot read the orders: %1</source>
        <translation>無法讀取訂單：%1</translation>
    </message>
</context>
<context>
    <name>mwb::RfmScores</name>
    <message>
        <source>Champions</source>
        <translation>冠軍顧客</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠誠顧客</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>潛在忠誠顧客</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新顧客</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潛力顧客</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要關注</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即將沉睡</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失風險</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>不可流失</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡顧客</translation>
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
        <translation>無法辨識的日期 %1。</translation>
    </message>
    <message>
        <source>No time.</source>
        <translation>缺少時間。</translation>
    </message>
    <message>
        <source>Unreadable time %1.</source>
        <translation>無法辨識的時間 %1。</translation>
    </message>
    <message>
        <source>No event type.</source>
        <translation>缺少事件類型。</translation>
    </message>
    <message>
        <source>Unreadable value %1.</source>
        <translation>無法辨識的數值 %1。</translation>
    </message>
    <message>
        <source>An NPS answer needs a whole score from 0 to 10, not %1.</source>
        <translation>NPS 回答需要 0 到 10 的整數分，而不是 %1。</translation>
    </message>
    <message>
        <source>No usable identifier (customer id, e-mail or phone).</source>
        <translation>沒有可用的識別（顧客 ID、電子郵件或電話）。</translation>
    </message>
    <message>
        <source>No usable identifier: %1 cannot be read.</source>
        <translation>沒有可用的識別：無法辨識%1。</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the unreadable columns</comment>
        <translation>和</translation>
    </message>
    <message>
        <source>No order id.</source>
        <translation>缺少訂單 ID。</translation>
    </message>
    <message>
        <source>No order date.</source>
        <translation>缺少下單日期。</translation>
    </message>
    <message>
        <source>Unreadable quantity %1.</source>
        <translation>無法辨識的數量 %1。</translation>
    </message>
    <message>
        <source>Unreadable unit price %1.</source>
        <translation>無法辨識的單價 %1。</translation>
    </message>
    <message>
        <source>Unreadable amount %1.</source>
        <translation>無法辨識的金額 %1。</translation>
    </message>
    <message>
        <source>No amount.</source>
        <translation>缺少金額。</translation>
    </message>
    <message>
        <source>The customer with this external id is not a member of this campaign.</source>
        <translation>具有此顧客 ID 的顧客不是此活動的成員。</translation>
    </message>
    <message>
        <source>The customer with this email is not a member of this campaign.</source>
        <translation>具有此電子郵件的顧客不是此活動的成員。</translation>
    </message>
    <message>
        <source>The customer with this phone is not a member of this campaign.</source>
        <translation>具有此電話的顧客不是此活動的成員。</translation>
    </message>
    <message>
        <source>The customer with this %1 is not a member of this campaign.</source>
        <translation>具有此%1的顧客不是此活動的成員。</translation>
    </message>
    <message>
        <source>a campaign to report on (there is no campaign with id %1)</source>
        <translation>結果所屬的活動（沒有 ID 為 %1 的活動）</translation>
    </message>
    <message>
        <source>Member token %1 belongs to another campaign (id %2).</source>
        <translation>成員權杖 %1 屬於另一個活動（ID %2）。</translation>
    </message>
    <message>
        <source>No member of this campaign has the member token %1.</source>
        <translation>此活動中沒有成員的成員權杖為 %1。</translation>
    </message>
    <message>
        <source>No customer in the workspace has this id, e-mail or phone.</source>
        <translation>工作區中沒有顧客具有此 ID、電子郵件或電話。</translation>
    </message>
    <message>
        <source>No status.</source>
        <translation>缺少狀態。</translation>
    </message>
    <message>
        <source>Unknown status %1 (expected %2).</source>
        <translation>未知狀態 %1（應為 %2）。</translation>
    </message>
    <message>
        <source>Unreadable revenue %1.</source>
        <translation>無法辨識的營收 %1。</translation>
    </message>
    <message>
        <source>Unreadable line amount %1.</source>
        <translation>無法識別的行金額 %1。</translation>
    </message>
    <message>
        <source>No points.</source>
        <translation>沒有積分。</translation>
    </message>
    <message>
        <source>Points must be a whole number other than 0, not %1.</source>
        <translation>積分須為非 0 的整數，而不是 %1。</translation>
    </message>
    <message>
        <source>Unknown type of points %1: earn, redeem, expire or adjust.</source>
        <translation>未知的積分型別 %1：應為獲得（earn）、兌換（redeem）、過期（expire）或調整（adjust）。</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>顧客不能推薦自己。</translation>
    </message>
    <message>
        <source>Unreadable referrer %1.</source>
        <translation>無法識別的推薦人 %1。</translation>
    </message>
    <message>
        <source>The customer was already referred by another customer; the first referral stands.</source>
        <translation>該顧客已由另一位顧客推薦；以最先的推薦為準。</translation>
    </message>
    <message>
        <source>The referrer was referred by this customer.</source>
        <translation>該推薦人是由此顧客推薦的。</translation>
    </message>
    <message>
        <source>No referrer.</source>
        <translation>沒有推薦人。</translation>
    </message>
</context>
<context>
    <name>mwb::SampleSize</name>
    <message>
        <source>The baseline conversion rate must be between 0 and 1 (not included); %1 is not.</source>
        <translation>基準轉換率須在 0 和 1 之間（不含兩端）；%1 不符合。</translation>
    </message>
    <message>
        <source>The significance level must be between 0 and 1 (not included); %1 is not.</source>
        <translation>顯著水準須在 0 和 1 之間（不含兩端）；%1 不符合。</translation>
    </message>
    <message>
        <source>The power must be between 0 and 1 (not included); %1 is not.</source>
        <translation>檢定力須在 0 和 1 之間（不含兩端）；%1 不符合。</translation>
    </message>
    <message>
        <source>A test has 1 to 10 arms besides the control group; %1 is not.</source>
        <translation>除對照組外，測試有 1 到 10 組；%1 不符合。</translation>
    </message>
    <message>
        <source>The uplift to detect must be above 0 and keep the rate below 1 (baseline %1 + uplift %2 = %3).</source>
        <translation>要偵測的提升須大於 0，且轉換率保持在 1 以下（基準 %1 + 提升 %2 = %3）。</translation>
    </message>
    <message>
        <source>An uplift of %1 is too small to plan for.</source>
        <translation>%1 的提升太小，無法規劃。</translation>
    </message>
    <message>
        <source>Both the treatment and the control group need members.</source>
        <translation>實驗組和對照組都需要有成員。</translation>
    </message>
</context>
<context>
    <name>mwb::SegmentDefinition</name>
    <message>
        <source>expected an object (a group or a condition), found %1</source>
        <translation>應為物件（條件組或條件），實際為 %1</translation>
    </message>
    <message>
        <source>an empty object is neither a group nor a condition</source>
        <translation>空物件既不是條件組也不是條件</translation>
    </message>
    <message>
        <source>a group or behaviour condition takes exactly one key, found %1</source>
        <translation>條件組或行為條件只能有一個鍵，實際為 %1</translation>
    </message>
    <message>
        <source>expected a list of nodes, found %1</source>
        <translation>應為節點清單，實際為 %1</translation>
    </message>
    <message>
        <source>expected one node, found %1</source>
        <translation>應為一個節點，實際為 %1</translation>
    </message>
    <message>
        <source>unknown key %1 (expected all, any, not, field, event or purchase)</source>
        <translation>未知鍵 %1（應為 all、any、not、field、event 或 purchase）</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>未知鍵 %1</translation>
    </message>
    <message>
        <source>field %1 takes text, not %2</source>
        <translation>欄位 %1 需要文字，而不是 %2</translation>
    </message>
    <message>
        <source>unknown value %1 for field %2 (one of: %3)</source>
        <translation>欄位 %2 的值 %1 未知（可選：%3）</translation>
    </message>
    <message>
        <source>field %1 takes a number, not %2</source>
        <translation>欄位 %1 需要數字，而不是 %2</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>field %1 takes a date (&quot;YYYY-MM-DD&quot; or {&quot;days_ago&quot;: N}), not %2</source>
        <translation>欄位 %1 需要日期（&quot;YYYY-MM-DD&quot; 或 {&quot;days_ago&quot;: N}），而不是 %2</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>未知欄位 %1</translation>
    </message>
    <message>
        <source>missing operator</source>
        <translation>缺少運算子</translation>
    </message>
    <message>
        <source>unknown operator %1</source>
        <translation>未知運算子 %1</translation>
    </message>
    <message>
        <source>operator %1 does not apply to field %2</source>
        <translation>運算子 %1 不適用於欄位 %2</translation>
    </message>
    <message>
        <source>operator %1 takes no value</source>
        <translation>運算子 %1 不需要值</translation>
    </message>
    <message>
        <source>operator %1 takes a non-empty list</source>
        <translation>運算子 %1 需要非空清單</translation>
    </message>
    <message>
        <source>operator &apos;between&apos; takes [low, high]</source>
        <translation>運算子 &apos;between&apos; 需要 [下限, 上限]</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>expected non-empty text, found %1</source>
        <translation>應為非空文字，實際為 %1</translation>
    </message>
    <message>
        <source>expected a whole number of days of at least 1</source>
        <translation>應為不小於 1 的整數天數</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, found %1</source>
        <translation>應為 YYYY-MM-DD 格式的日期，實際為 %1</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>期間的結束早於開始</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation>應為不小於 1 的整數</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <source>an event condition needs a type or a channel</source>
        <translation>事件條件需要類型或通路</translation>
    </message>
    <message>
        <source>expected a campaign id or name, found %1</source>
        <translation>應為活動 ID 或名稱，實際為 %1</translation>
    </message>
    <message>
        <source>expected an amount of at least 0, found %1</source>
        <translation>應為不小於 0 的金額，實際為 %1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>不是有效的 JSON（位移 %1）：%2</translation>
    </message>
    <message>
        <source>a definition is one JSON object</source>
        <translation>定義必須是一個 JSON 物件</translation>
    </message>
    <message>
        <source>: a &quot;not&quot; takes exactly one node, found %1</source>
        <translation>：&quot;not&quot; 只能包含一個節點，實際為 %1</translation>
    </message>
    <message>
        <source>groups are nested more than %1 levels deep</source>
        <translation>條件組巢狀超過 %1 層</translation>
    </message>
    <message>
        <source>a value holds a NUL character</source>
        <translation>某個值包含 NUL 字元</translation>
    </message>
    <message>
        <source>the definition lists more than %1 values</source>
        <translation>定義中列出的值超過 %1 個</translation>
    </message>
    <message>
        <source>a definition holds at most %1 MB; this one has %2 MB</source>
        <translation>定義最多 %1 MB；此定義有 %2 MB</translation>
    </message>
    <message>
        <source>expected a whole number of days (negative: days after the reference day)</source>
        <translation>應為整數天數（負數表示參考日之後的天數）</translation>
    </message>
    <message>
        <source>expected non-empty text or a list of them, found %1</source>
        <translation>應為非空文本或文本列表，實際為 %1</translation>
    </message>
    <message>
        <source>only lifecycle_stage and tier take as_of</source>
        <translation>只有 lifecycle_stage 和 tier 可以帶 as_of</translation>
    </message>
</context>
<context>
    <name>mwb::SegmentDescription</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>the reference day</source>
        <translation>參考日</translation>
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
        <translation>帶有標籤%1</translation>
    </message>
    <message>
        <source>who do not have the tag %1</source>
        <translation>不帶標籤%1</translation>
    </message>
    <message>
        <source>who have none of the tags %1</source>
        <translation>不帶%1中的任何標籤</translation>
    </message>
    <message>
        <source>who have a tag containing %1</source>
        <translation>帶有包含%1的標籤</translation>
    </message>
    <message>
        <source>who have a tag starting with %1</source>
        <translation>帶有以%1開頭的標籤</translation>
    </message>
    <message>
        <source>who have no tags</source>
        <translation>沒有任何標籤</translation>
    </message>
    <message>
        <source>who have a tag</source>
        <translation>帶有標籤</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a field as it was on a day</comment>
        <translation>%2 當天的%1</translation>
    </message>
    <message>
        <source>whose %1 is on %2</source>
        <translation>%1為 %2</translation>
    </message>
    <message>
        <source>whose %1 is %2</source>
        <translation>%1為%2</translation>
    </message>
    <message>
        <source>whose %1 is not on %2</source>
        <translation>%1不為 %2</translation>
    </message>
    <message>
        <source>whose %1 is not %2</source>
        <translation>%1不為%2</translation>
    </message>
    <message>
        <source>whose %1 is before %2</source>
        <translation>%1早於 %2</translation>
    </message>
    <message>
        <source>whose %1 is less than %2</source>
        <translation>%1小於 %2</translation>
    </message>
    <message>
        <source>whose %1 is on or before %2</source>
        <translation>%1不晚於 %2</translation>
    </message>
    <message>
        <source>whose %1 is at most %2</source>
        <translation>%1不超過 %2</translation>
    </message>
    <message>
        <source>whose %1 is after %2</source>
        <translation>%1晚於 %2</translation>
    </message>
    <message>
        <source>whose %1 is more than %2</source>
        <translation>%1大於 %2</translation>
    </message>
    <message>
        <source>whose %1 is on or after %2</source>
        <translation>%1不早於 %2</translation>
    </message>
    <message>
        <source>whose %1 is at least %2</source>
        <translation>%1至少為 %2</translation>
    </message>
    <message>
        <source>whose %1 is between %2 and %3</source>
        <translation>%1介於 %2 和 %3 之間</translation>
    </message>
    <message>
        <source>whose %1 is neither %2</source>
        <translation>%1不是%2中的任何一個</translation>
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
        <translation>%1以%2開頭</translation>
    </message>
    <message>
        <source>whose %1 is empty</source>
        <translation>%1為空</translation>
    </message>
    <message>
        <source>whose %1 is not empty</source>
        <translation>%1不為空</translation>
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
        <translation>參考日當天</translation>
    </message>
    <message>
        <source> in the last %1 days</source>
        <translation>最近 %1 天內</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>%1 當天</translation>
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation>%1 至 %2 期間</translation>
    </message>
    <message>
        <source> on or after %1</source>
        <translation>%1 及之後</translation>
    </message>
    <message>
        <source> on or before %1</source>
        <translation>%1 及之前</translation>
    </message>
    <message>
        <source> for at least %1</source>
        <translation>，金額至少 %1</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation>，通路為%1</translation>
    </message>
    <message>
        <source> a product containing %1</source>
        <translation>，商品名稱包含%1</translation>
    </message>
    <message>
        <source>who bought %1%2%3</source>
        <comment>%1: how often, %2: amount, channel and product, %3: when</comment>
        <translation>%3購買過%1%2</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source> on %1</source>
        <comment>an event on a channel</comment>
        <translation>在%1通路</translation>
    </message>
    <message>
        <source> of campaign %1</source>
        <translation>針對活動%1</translation>
    </message>
    <message>
        <source>who had %1%2 %3%4</source>
        <comment>%1: the event, %2: channel and campaign, %3: how often, %4: when</comment>
        <translation>%4%2發生過%1，%3</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>（所有人）</translation>
    </message>
    <message>
        <source>(no one)</source>
        <translation>（無人）</translation>
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
        <translation>不滿足%1</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（無條件）</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有顧客</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>沒有顧客</translation>
    </message>
    <message>
        <source>Customers %1</source>
        <translation>%1的顧客</translation>
    </message>
    <message>
        <source>1 day after the reference day</source>
        <translation>參考日之後 1 天</translation>
    </message>
    <message>
        <source>%1 days after the reference day</source>
        <translation>參考日之後 %1 天</translation>
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
        <translation>品類 %1</translation>
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
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Membership tier</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>來源通路</translation>
    </message>
    <message>
        <source>Signup date</source>
        <translation>註冊日期</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>消費次數</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>消費金額</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客單價</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次購買</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近購買</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>最近消費天數</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Predicted lifetime value</source>
        <translation>預測終身價值</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>最近消費評分（R）</translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation>消費頻次評分（F）</translation>
    </message>
    <message>
        <source>Monetary score</source>
        <translation>消費金額評分（M）</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>Latest NPS answer</source>
        <translation>最近一次淨推薦值評分</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>顧客資料</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>購買紀錄</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行為</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Different products bought</source>
        <translation>購買過的不同商品數</translation>
    </message>
    <message>
        <source>products</source>
        <translation>件商品</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>最常購買的品類</translation>
    </message>
    <message>
        <source>Replenishment due</source>
        <translation>補貨到期日</translation>
    </message>
    <message>
        <source>In the global control group</source>
        <translation>在全域對照組中</translation>
    </message>
    <message>
        <source>Churn score</source>
        <translation>流失分數</translation>
    </message>
    <message>
        <source>Purchase score</source>
        <translation>購買分數</translation>
    </message>
    <message>
        <source>In the tier since</source>
        <translation>進入目前等級的日期</translation>
    </message>
    <message>
        <source>Goes down a tier at the next review on</source>
        <translation>將在下次評審日降級的日期</translation>
    </message>
    <message>
        <source>Last tier move (up or down)</source>
        <translation>最近一次等級變動（升或降）</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>積分餘額</translation>
    </message>
    <message>
        <source>points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Points expiring within the notice period</source>
        <translation>提醒期內即將過期的積分</translation>
    </message>
    <message>
        <source>Oldest points expire on</source>
        <translation>最早積分的到期日</translation>
    </message>
    <message>
        <source>Customers referred</source>
        <translation>推薦的顧客數</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>位顧客</translation>
    </message>
    <message>
        <source>Referred by a known customer</source>
        <translation>由已知顧客推薦</translation>
    </message>
    <message>
        <source>Member programme</source>
        <translation>會員計劃</translation>
    </message>
</context>
<context>
    <name>mwb::SegmentQuery</name>
    <message>
        <source>unknown campaign %1</source>
        <translation>未知活動 %1</translation>
    </message>
    <message>
        <source>unknown campaign &apos;%1&apos;</source>
        <translation>未知活動「%1」</translation>
    </message>
    <message>
        <source>overlap takes two or three segments</source>
        <translation>重疊分析需要兩個或三個分群</translation>
    </message>
    <message>
        <source>segment %1: %2</source>
        <translation>分群 %1：%2</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>未知欄位「%1」</translation>
    </message>
</context>
<context>
    <name>mwb::SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>分群需要一個名稱。</translation>
    </message>
    <message>
        <source>A segment named &apos;%1&apos; already exists.</source>
        <translation>已有名為「%1」的分群。</translation>
    </message>
    <message>
        <source>The definition is not valid: %1</source>
        <translation>定義無效：%1</translation>
    </message>
    <message>
        <source>There is no segment %1.</source>
        <translation>沒有分群 %1。</translation>
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
        <translation>匯出已經開始</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot separate CSV fields</source>
        <translation>「%1」不能用作 CSV 欄位分隔符號</translation>
    </message>
    <message>
        <source>the export was not started</source>
        <translation>匯出尚未開始</translation>
    </message>
</context>
<context>
    <name>mwb::TierRules</name>
    <message>
        <source>unknown key &apos;%1&apos; (known: measure, window_days, review, grace_days, tiers)</source>
        <translation>未知的鍵「%1」（可用：measure、window_days、review、grace_days、tiers）</translation>
    </message>
    <message>
        <source>window_days: a whole number of days</source>
        <translation>window_days：須為整數天</translation>
    </message>
    <message>
        <source>review: &apos;%1&apos; is not &apos;monthly&apos;, &apos;quarterly&apos; or &apos;yearly&apos;</source>
        <translation>review：「%1」不是「monthly」「quarterly」或「yearly」</translation>
    </message>
    <message>
        <source>grace_days: a whole number of days</source>
        <translation>grace_days：須為整數天</translation>
    </message>
    <message>
        <source>tiers: a list of {&quot;name&quot;: …, &quot;min&quot;: …}, lowest first</source>
        <translation>tiers：{&quot;name&quot;: …, &quot;min&quot;: …} 的清單，從最低等級開始</translation>
    </message>
    <message>
        <source>tiers[%1]: needs a &quot;name&quot; (text) and a &quot;min&quot; (number)</source>
        <translation>tiers[%1]：需要 &quot;name&quot;（文字）和 &quot;min&quot;（數字）</translation>
    </message>
    <message>
        <source>tiers: 2 to 12 tiers, not %1</source>
        <translation>tiers：須有 2 到 12 個等級，而不是 %1 個</translation>
    </message>
    <message>
        <source>window_days: 1 to 1095 days, not %1</source>
        <translation>window_days：須為 1 到 1095 天，而不是 %1</translation>
    </message>
    <message>
        <source>grace_days: 0 to 730 days, not %1</source>
        <translation>grace_days：須為 0 到 730 天，而不是 %1</translation>
    </message>
    <message>
        <source>tiers[%1]: a name of 1 to 40 characters</source>
        <translation>tiers[%1]：名稱須為 1 到 40 個字元</translation>
    </message>
    <message>
        <source>tiers[%1]: the name &apos;%2&apos; is taken by another tier</source>
        <translation>tiers[%1]：名稱「%2」已被其他等級使用</translation>
    </message>
    <message>
        <source>tiers[%1]: min must be a number</source>
        <translation>tiers[%1]：min 須為數字</translation>
    </message>
    <message>
        <source>tiers[0]: the lowest tier&apos;s min is 0 (everyone starts there), not %1</source>
        <translation>tiers[0]：最低等級的 min 為 0（所有人都從這裡開始），而不是 %1</translation>
    </message>
    <message>
        <source>tiers[%1]: min %2 must be above the tier below&apos;s %3</source>
        <translation>tiers[%1]：min %2 須高於下一級的 %3</translation>
    </message>
    <message>
        <source>measure: &apos;%1&apos; is not &apos;spend&apos;, &apos;orders&apos; or &apos;points&apos;</source>
        <translation>measure：「%1」不是「spend」、「orders」或「points」</translation>
    </message>
</context>
<context>
    <name>mwb::Vocabulary</name>
    <message>
        <source>Web</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>簡訊</translation>
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
        <translation>門市</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>廣告</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>直效郵件</translation>
    </message>
    <message>
        <source>Web visit</source>
        <translation>網站造訪</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>開啟郵件</translation>
    </message>
    <message>
        <source>E-mail link clicked</source>
        <translation>點選郵件連結</translation>
    </message>
    <message>
        <source>SMS link clicked</source>
        <translation>點選簡訊連結</translation>
    </message>
    <message>
        <source>WeChat message</source>
        <translation>微信訊息</translation>
    </message>
    <message>
        <source>Followed on WeChat</source>
        <translation>關注微信</translation>
    </message>
    <message>
        <source>App opened</source>
        <translation>開啟 App</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>註冊</translation>
    </message>
    <message>
        <source>Coupon redeemed</source>
        <translation>兌換優惠券</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <source>Referred someone</source>
        <translation>推薦他人</translation>
    </message>
    <message>
        <source>NPS answer</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <source>Campaign sent</source>
        <translation>活動已傳送</translation>
    </message>
    <message>
        <source>Campaign delivered</source>
        <translation>活動已送達</translation>
    </message>
    <message>
        <source>Campaign bounced</source>
        <translation>活動被退回</translation>
    </message>
    <message>
        <source>Campaign opened</source>
        <translation>活動已開啟</translation>
    </message>
    <message>
        <source>Campaign clicked</source>
        <translation>活動已點選</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>退訂</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已轉換</translation>
    </message>
</context>
<context>
    <name>mwb::Workspace</name>
    <message>
        <source>%1 is not a Marketing Workbench workspace (not an SQLite database).</source>
        <translation>%1 不是 Marketing Workbench 工作區（不是 SQLite 資料庫）。</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>無法使用 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a file and what went wrong</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Marketing Workbench workspace.</source>
        <translation>%1 是 SQLite 資料庫，但不是 Marketing Workbench 工作區。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Marketing Workbench (workspace version %2; this version reads up to %3). Update the application to open it.</source>
        <translation>%1 由較新版本的 Marketing Workbench 寫入（工作區版本 %2；此版本最高只能讀取 %3）。請更新應用程式後再開啟。</translation>
    </message>
    <message>
        <source>%1 is truncated (%2 of %3 bytes). Restore it from a backup copy.</source>
        <translation>%1 不完整（只有 %3 位元組中的 %2 位元組）。請從備份副本還原。</translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1: %2</source>
        <translation>無法寫入備份副本 %1：%2</translation>
    </message>
    <message>
        <source>Upgrading %1 from version %2 to %3 failed: %4. The file was left unchanged.</source>
        <translation>將 %1 從版本 %2 升級到 %3 失敗：%4。檔案未做變更。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 已存在；請換一個名稱，或者開啟它。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是檔案。</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from version %2 and was opened read-only.</source>
        <translation>%1 需要從版本 %2 升級，但它是以唯讀方式開啟的。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed. `mwb check %3` tells what is damaged; `mwb recover %3 --out NEW.mwb` saves what can still be read into a new workspace (in the window: File › Recover Workspace…); or restore a backup copy.</source>
        <translation>%1 已損毀（%2）。未做任何變更。`mwb check %3` 可檢視哪些部分已損毀；`mwb recover %3 --out NEW.mwb` 可將仍可讀取的內容儲存到一個新工作區（在視窗中：檔案 › 復原工作區…）；或者從備份副本還原。</translation>
    </message>
    <message>
        <source>No space left on device: %1. Nothing was changed; free some space and try again.</source>
        <translation>磁碟空間已滿：%1。未做任何變更；請釋放一些空間後重試。</translation>
    </message>
    <message>
        <source>%1 cannot be changed (%2).</source>
        <translation>%1 無法變更（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2.</source>
        <translation>%1 無法變更：%2。</translation>
    </message>
    <message>
        <source>the disk it is on (%1) is mounted read-only</source>
        <translation>其所在磁碟（%1）以唯讀方式掛接</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>該檔案為唯讀</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written (SQLite keeps its log beside the workspace)</source>
        <translation>無法寫入其所在資料夾 %1（SQLite 會在工作區旁邊存放其日誌）</translation>
    </message>
</context>
<context>
    <name>mwb::WorkspaceActivity</name>
    <message>
        <source>%1 is being changed by another program and did not come free in %2 s. Try again when it is done.</source>
        <translation>%1 正在被另一個程式修改，在 %2 秒內未能釋放。請在其完成後重試。</translation>
    </message>
    <message>
        <source>%1 %, </source>
        <translation>%1%，</translation>
    </message>
    <message>
        <source>since %1, process %2</source>
        <translation>自 %1 起，處理程序 %2</translation>
    </message>
    <message>
        <source>%1 is being changed by %2 (%3) and did not come free in %4 s. Try again when it is done.</source>
        <translation>%1 正因%2而被修改（%3），在 %4 秒內未能釋放。請在其完成後重試。</translation>
    </message>
</context>
<context>
    <name>mwb::WorkspaceCheck</name>
    <message>
        <source>%1 customers, %2 in the search index</source>
        <translation>%1 位顧客，搜尋索引中有 %2 位</translation>
    </message>
    <message>
        <source>%1 customers are indexed with other details than they have</source>
        <translation>%1 位顧客在搜尋索引中的資訊與其實際資訊不符</translation>
    </message>
</context>
<context>
    <name>mwb::WorkspaceLock</name>
    <message>
        <source>%1 is open in another Marketing Workbench window (process %2 on %3). Close it there first: two windows working on one workspace would each miss the other&apos;s changes.</source>
        <translation>%1 已在另一個 Marketing Workbench 視窗中開啟（%3 上的處理程序 %2）。請先在那裡關閉它：兩個視窗同時處理一個工作區，會互相看不到對方的變更。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本機</translation>
    </message>
</context>
<context>
    <name>mwb::WorkspaceRecovery</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是檔案。</translation>
    </message>
    <message>
        <source>%1 already exists; the recovered workspace is written to a new file.</source>
        <translation>%1 已存在；復原的工作區只能寫入新檔案。</translation>
    </message>
    <message>
        <source>%1 is not a Marketing Workbench workspace.</source>
        <translation>%1 不是 Marketing Workbench 工作區。</translation>
    </message>
    <message>
        <source>%1 cannot be read at all (%2); nothing can be recovered from it.</source>
        <translation>%1 完全無法讀取（%2）；無法從中復原任何內容。</translation>
    </message>
    <message>
        <source>Recovering %1 into %2 failed: %3. Nothing was written.</source>
        <translation>將 %1 復原到 %2 失敗：%3。未寫入任何內容。</translation>
    </message>
</context>
<context>
    <name>mwb::XlsxTableWriter</name>
    <message>
        <source>cannot create the workbook</source>
        <translation>無法建立活頁簿</translation>
    </message>
    <message>
        <source>invalid worksheet name &apos;%1&apos;</source>
        <translation>無效的工作表名稱「%1」</translation>
    </message>
    <message>
        <source>row %1 has a text of more than 32,767 characters, more than an XLSX cell holds</source>
        <translation>第 %1 列的文字超過 32,767 個字元，超出 XLSX 儲存格的容量</translation>
    </message>
    <message>
        <source>an XLSX worksheet holds at most %1 rows; export as CSV instead</source>
        <translation>XLSX 工作表最多容納 %1 列；請改為匯出 CSV</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ActiveMemberChart</name>
    <message>
        <source>Active member rate by month</source>
        <translation>按月活躍會員率</translation>
    </message>
    <message>
        <source>%1, sent %2. It held a control group: its campaign report gives the part of the change it caused.</source>
        <translation>%1，傳送於 %2。該活動設有對照組：其活動報告給出變化中由它帶來的部分。</translation>
    </message>
    <message>
        <source>%1, sent %2. No control group: a change after it is not shown to be its doing.</source>
        <translation>%1，傳送於 %2。沒有對照組：其後的變化不能證明是它帶來的。</translation>
    </message>
    <message numerus="yes">
        <source>Active member rate by month (active in the last %Ln days)</source>
        <translation>
            <numerusform>按月活躍會員率（近 %Ln 天內活躍）</numerusform>
        </translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部會員</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活躍</translation>
    </message>
    <message>
        <source>Not enough data yet: no member is known in these months.</source>
        <translation>資料尚不足：這些月份中沒有已知會員。</translation>
    </message>
    <message>
        <source>Active members (%)</source>
        <translation>活躍會員（%）</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4 of %5 members active)</source>
        <translation>%1 在 %2：%3（%5 位會員中 %4 位活躍）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ActiveMembersPanel</name>
    <message>
        <source>A line per tier</source>
        <translation>按等級分線</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message numerus="yes">
        <source>the last %n months</source>
        <translation>
            <numerusform>近 %n 個月</numerusform>
        </translation>
    </message>
    <message>
        <source>Active: an order or a touchpoint of their own in the last</source>
        <translation>活躍：在以下天數內有訂單或本人接觸點</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Reading every member&apos;s orders and touchpoints…</source>
        <translation>正在讀取每位會員的訂單和接觸點…</translation>
    </message>
    <message>
        <source>The active member rate could not be loaded: %1</source>
        <translation>無法載入活躍會員率：%1</translation>
    </message>
    <message>
        <source> Tiers by the tier rules, each member in their tier on the day.</source>
        <translation>等級按等級規則計，每位會員取其當天所在等級。</translation>
    </message>
    <message>
        <source> Tiers as imported with each customer (no tier rules); members without an imported tier count in the line of all members only.</source>
        <translation>等級按每位顧客匯入時的等級計（未設等級規則）；沒有匯入等級的會員只計入全部會員線。</translation>
    </message>
    <message>
        <source> No campaign was sent in these months.</source>
        <translation>這些月份中沒有傳送過活動。</translation>
    </message>
    <message numerus="yes">
        <source> Vertical marks: the %Ln campaigns sent in these months (hover one for its name); solid red ones held a control group, and their campaign report gives the part of any change they caused — a rise after a dashed one is not shown to be its doing.</source>
        <translation>
            <numerusform>豎線：這些月份中傳送的 %Ln 個活動（懸停可見名稱）；紅色實線表示設有對照組，其活動報告給出變化中由它帶來的部分——虛線之後的上升不能證明是它帶來的。</numerusform>
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
        <translation>按通路和歸因模型的首購營收</translation>
    </message>
    <message>
        <source>First-purchase revenue by channel</source>
        <translation>按通路的首購營收</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>首次接觸點</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>末次接觸點</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>線性</translation>
    </message>
    <message>
        <source>Time decay</source>
        <translation>時間衰減</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>營收（%1）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not enough data yet: no first purchase follows a touchpoint.</source>
        <translation>資料尚不足：還沒有發生在接觸點之後的首次購買。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::AttributionTable</name>
    <message>
        <source>First-purchase revenue by channel and model</source>
        <translation>按通路和模型的首購營收</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::BehaviourEditor</name>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Campaign #%1</source>
        <translation>活動 #%1</translation>
    </message>
    <message>
        <source>no campaign yet</source>
        <translation>暫無活動</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件類型</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>任意類型</translation>
    </message>
    <message>
        <source>each at least</source>
        <translation>每筆至少</translation>
    </message>
    <message>
        <source>Minimum amount of each order</source>
        <translation>每筆訂單的最低金額</translation>
    </message>
    <message>
        <source>in channel</source>
        <translation>通路為</translation>
    </message>
    <message>
        <source>on</source>
        <translation>於</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>任意通路</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>在最近</translation>
    </message>
    <message>
        <source>Within the last days</source>
        <translation>在最近幾天內</translation>
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
        <translation>至少發生這麼多次</translation>
    </message>
    <message>
        <source> order(s)</source>
        <translation> 筆訂單</translation>
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
        <translation>商品為</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>in category</source>
        <translation>品類為</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品類</translation>
    </message>
    <message>
        <source>of brand</source>
        <translation>品牌為</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>name contains</source>
        <translation>名稱包含</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignArmsTable</name>
    <message>
        <source>Arm</source>
        <translation>組</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已轉換</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>轉換率</translation>
    </message>
    <message>
        <source>Uplift (95 % CI)</source>
        <translation>提升（95% 信賴區間）</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p（Holm）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>對照組</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignBreakdownTable</name>
    <message>
        <source>Group</source>
        <translation>組別</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>實驗組</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已轉換</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>對照組</translation>
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
        <translation>活動</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>傳送日期</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>實驗組</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>對照組</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已觸及</translation>
    </message>
    <message>
        <source>Treatment
rate</source>
        <translation>實驗組
轉換率</translation>
    </message>
    <message>
        <source>Control
rate</source>
        <translation>對照組
轉換率</translation>
    </message>
    <message>
        <source>Uplift
(95% CI)</source>
        <translation>提升
（95% 信賴區間）</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Incremental
revenue</source>
        <translation>增量
營收</translation>
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
        <translation>位元組順序標記（供 Excel 使用）</translation>
    </message>
    <message>
        <source>Record the members as contacted on the send date</source>
        <translation>在傳送日期將成員記為已觸及</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Export the list of “%1”</source>
        <translation>匯出「%1」的名單</translation>
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
        <translation>Excel 活頁簿 (XLSX)</translation>
    </message>
    <message>
        <source>Hashed audience for ads platforms (SHA-256 of e-mail and phone)</source>
        <translation>廣告平台雜湊受眾（電子郵件和電話的 SHA-256）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符號</translation>
    </message>
    <message>
        <source>Each member gets one “campaign sent” touchpoint, once however often the list is exported. Leave it off for a file to look at.</source>
        <translation>每位成員獲得一條「活動已傳送」接觸點，無論名單匯出多少次都只記一次。僅為檢視而匯出檔案時請不要勾選。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>The list holds the %1 members of the treatment group; the control group is never contacted. member_token leads every row, so results come back exactly.</source>
        <translation>名單包含實驗組的 %1 位成員；對照組永遠不會被觸及。每列以 member_token 開頭，因此結果可以準確回傳。</translation>
    </message>
    <message>
        <source>Columns after member_token</source>
        <translation>member_token 之後的欄</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>%1 of %2 rows written…</source>
        <translation>已寫入 %1 / %2 列…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 活頁簿 (*.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export campaign list</source>
        <translation>匯出活動名單</translation>
    </message>
    <message>
        <source>Choose at least one column to go with member_token.</source>
        <translation>請至少選擇一欄與 member_token 一同匯出。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>正在寫入名單…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written and nobody was logged as contacted.</source>
        <translation>已取消：未寫入檔案，也沒有人被記為已觸及。</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2. %3 members logged as contacted.</source>
        <translation>已將 %1 列寫入 %2。%3 位成員被記為已觸及。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗號 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分號 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>定位字元 (Tab)</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>豎線 (|)</translation>
    </message>
    <message>
        <source>One file per arm, named after the file chosen (…-A.csv, …-B.csv)</source>
        <translation>每組一個檔案，按所選檔案命名（…-A.csv、…-B.csv）</translation>
    </message>
    <message>
        <source>Each arm&apos;s members in a file of their own, for tools that send one version per list; every list has the arm column either way</source>
        <translation>每組成員單獨一個檔案，適用於每份名單只發一個版本的工具；無論哪種方式，名單都帶有分組欄</translation>
    </message>
    <message>
        <source>Arms: %1; the arm column follows member_token.</source>
        <translation>分組：%1；分組欄緊接在 member_token 之後。</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>分組</translation>
    </message>
    <message>
        <source>Writing the list of arm %1…</source>
        <translation>正在寫入 %1 組的名單…</translation>
    </message>
    <message>
        <source>Wrote %1 rows in %2 files (one per arm) to %3. %4 members logged as contacted.</source>
        <translation>已將 %1 列寫入 %3 中的 %2 個檔案（每組一個）。已記錄 %4 位成員為已接觸。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignFunnelChart</name>
    <message>
        <source>Funnel, as a share of each group&apos;s members</source>
        <translation>漏斗（佔各組成員的比例）</translation>
    </message>
    <message>
        <source>Treatment (%1)</source>
        <translation>實驗組（%1）</translation>
    </message>
    <message>
        <source>Control (%1, not contacted)</source>
        <translation>對照組（%1，未觸及）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>實驗組</translation>
    </message>
    <message>
        <source>Treatment share</source>
        <translation>實驗組佔比</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>對照組</translation>
    </message>
    <message>
        <source>Control share</source>
        <translation>對照組佔比</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignReportView</name>
    <message>
        <source>By lifecycle stage</source>
        <translation>按生命週期階段</translation>
    </message>
    <message>
        <source>By RFM segment</source>
        <translation>按 RFM 分層</translation>
    </message>
    <message>
        <source>No campaign chosen</source>
        <translation>未選擇活動</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>無法計算報告：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment&lt;/b&gt; %1 members, %2 contacted, %3 converted, revenue %4 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Control&lt;/b&gt; %5 members (never contacted), %6 converted, revenue %7</source>
        <translation>&lt;b&gt;實驗組&lt;/b&gt; %1 位成員，%2 位已觸及，%3 位已轉換，營收 %4 &amp;nbsp;·&amp;nbsp; &lt;b&gt;對照組&lt;/b&gt; %5 位成員（從未觸及），%6 位已轉換，營收 %7</translation>
    </message>
    <message>
        <source>Results by lifecycle stage</source>
        <translation>按生命週期階段的結果</translation>
    </message>
    <message>
        <source>Results by RFM segment</source>
        <translation>按 RFM 分層的結果</translation>
    </message>
    <message>
        <source>Arms against the control group</source>
        <translation>各組與對照組對比</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignsPage</name>
    <message>
        <source>New Campaign…</source>
        <translation>新增活動…</translation>
    </message>
    <message>
        <source>Send a saved segment, with a random control group held out</source>
        <translation>向已儲存的分群傳送，並隨機留出對照組</translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation>匯出名單…</translation>
    </message>
    <message>
        <source>Write the treatment group&apos;s list for the e-mail, SMS or ads tool</source>
        <translation>為郵件、簡訊或廣告工具寫出實驗組名單</translation>
    </message>
    <message>
        <source>Import Results…</source>
        <translation>匯入結果…</translation>
    </message>
    <message>
        <source>Read back what the sending tool reports: delivered, opened, clicked, converted…</source>
        <translation>讀回傳送工具的報告：送達、開啟、點選、轉換…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Delete the chosen campaign</source>
        <translation>刪除所選活動</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>Save the chosen campaign&apos;s report</source>
        <translation>儲存所選活動的報告</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>匯出為 PDF…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>匯出為 CSV…</translation>
    </message>
    <message>
        <source>Computing the reports…</source>
        <translation>正在計算報告…</translation>
    </message>
    <message>
        <source>The campaigns could not be read: %1</source>
        <translation>無法讀取活動：%1</translation>
    </message>
    <message>
        <source>No campaigns yet. A campaign sends a saved segment and holds out a random control group, so its effect can be measured.</source>
        <translation>暫無活動。活動向已儲存的分群傳送，並隨機留出對照組，以便衡量效果。</translation>
    </message>
    <message>
        <source>%1 · %2 customers contacted · each measured against its own random control group</source>
        <translation>%1 · 已觸及 %2 位顧客 · 每個活動都與其自身的隨機對照組比較</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>暫無活動</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1 報告</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>將報告匯出為 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 檔案 (*.pdf);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>將報告匯出為 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>刪除活動</translation>
    </message>
    <message>
        <source>Delete the campaign “%1” and its members? The touchpoints it left on customers stay, without the campaign.</source>
        <translation>刪除活動「%1」及其成員？它在顧客身上留下的接觸點會保留，但不再關聯該活動。</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>無法刪除「%1」：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln 個活動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::ChannelMixChart</name>
    <message>
        <source>Revenue by channel</source>
        <translation>按通路的營收</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（無通路）</translation>
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
        <translation>通路</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>營收（%1）</translation>
    </message>
    <message>
        <source>No revenue in this period.</source>
        <translation>本期沒有營收。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ChartExport</name>
    <message>
        <source>Save Picture as PNG…</source>
        <translation>將圖片儲存為 PNG…</translation>
    </message>
    <message>
        <source>Save Picture as SVG…</source>
        <translation>將圖片儲存為 SVG…</translation>
    </message>
    <message>
        <source>Save Figures as CSV or Excel…</source>
        <translation>將資料儲存為 CSV 或 Excel…</translation>
    </message>
    <message>
        <source>Save this chart as a picture, or the figures it shows as a table</source>
        <translation>將此圖表儲存為圖片，或將其顯示的資料儲存為表格</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 檔案 (*.csv);;Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>儲存圖表</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ClvFitPanel</name>
    <message>
        <source>Fit model</source>
        <translation>擬合模型</translation>
    </message>
    <message>
        <source>Fit the model to see how well it predicts the holdout.</source>
        <translation>擬合模型後即可檢視它對驗證期的預測效果。</translation>
    </message>
    <message>
        <source>Calibration ends</source>
        <translation>校準期截止</translation>
    </message>
    <message>
        <source>The model learns from the orders up to this day and is checked against the orders after it.</source>
        <translation>模型從截至這一天的訂單中學習，並用之後的訂單檢驗。</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>時間單位</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Fitted parameters</source>
        <translation>擬合參數</translation>
    </message>
    <message>
        <source>BG/NBD: repeat purchases</source>
        <translation>BG/NBD：回購</translation>
    </message>
    <message>
        <source>shape of the purchase rate</source>
        <translation>購買率的形狀參數</translation>
    </message>
    <message>
        <source>scale of the purchase rate</source>
        <translation>購買率的尺度參數</translation>
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
        <translation>對數概似</translation>
    </message>
    <message>
        <source>log-likelihood of the fit</source>
        <translation>擬合的對數概似值</translation>
    </message>
    <message>
        <source>Gamma-gamma: spend per order</source>
        <translation>Gamma-Gamma：每單消費</translation>
    </message>
    <message>
        <source>shape of the spend</source>
        <translation>消費的形狀參數</translation>
    </message>
    <message>
        <source>shape across customers</source>
        <translation>顧客間的形狀參數</translation>
    </message>
    <message>
        <source>scale across customers</source>
        <translation>顧客間的尺度參數</translation>
    </message>
    <message>
        <source>Fitting on the orders up to %1…</source>
        <translation>正在用截至 %1 的訂單擬合…</translation>
    </message>
    <message>
        <source>The model could not be fitted: %1</source>
        <translation>無法擬合模型：%1</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>%1 customers (%2 with repeat purchases) up to %3; holdout to %4 (%5 %6, %7 repeat purchases).</source>
        <translation>截至 %3 共 %1 位顧客（其中 %2 位有回購）；驗證期至 %4（%5 %6，%7 次回購）。</translation>
    </message>
    <message>
        <source>%1 Fitted on %2; fit again to use the data imported since.</source>
        <translation>%1擬合於 %2；如需使用此後匯入的資料，請重新擬合。</translation>
    </message>
    <message>
        <source>%1 Fitted in %2 s.</source>
        <translation>%1擬合耗時 %2 秒。</translation>
    </message>
    <message>
        <source>Not fitted: %1</source>
        <translation>未擬合：%1</translation>
    </message>
    <message>
        <source>Tracking: cumulative repeat purchases</source>
        <translation>追蹤：累計回購次數</translation>
    </message>
    <message>
        <source>Tracking: not drawn</source>
        <translation>追蹤：未繪製</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ClvScoringPanel</name>
    <message>
        <source>Score customers</source>
        <translation>為顧客評分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>預測期</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>Annual discount rate</source>
        <translation>年折現率</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利潤率</translation>
    </message>
    <message>
        <source>Fits the model on all the data and stores each buyer&apos;s predicted CLV, for segments (field “Predicted CLV”).</source>
        <translation>用全部資料擬合模型，並儲存每位購買顧客的預測 CLV，供分群使用（欄位「預測 CLV」）。</translation>
    </message>
    <message>
        <source>Stops scoring; the stored predicted CLV stays as it was.</source>
        <translation>停止評分；已儲存的預測 CLV 保持不變。</translation>
    </message>
    <message>
        <source>Double-click a customer to open them.</source>
        <translation>按兩下顧客即可開啟。</translation>
    </message>
    <message>
        <source>Predict over</source>
        <translation>預測未來</translation>
    </message>
    <message>
        <source>discounted at</source>
        <translation>按年折現率</translation>
    </message>
    <message>
        <source>a year, margin</source>
        <translation>折現，利潤率</translation>
    </message>
    <message>
        <source>Most valuable customers</source>
        <translation>最有價值顧客</translation>
    </message>
    <message>
        <source>%1 of %2 customers scored…</source>
        <translation>已為 %1 / %2 位顧客評分…</translation>
    </message>
    <message>
        <source>Fitting the model on all the data…</source>
        <translation>正在用全部資料擬合模型…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Scoring cancelled: the stored predicted CLV is as it was.</source>
        <translation>已取消評分：已儲存的預測 CLV 保持不變。</translation>
    </message>
    <message>
        <source>Customers could not be scored: %1</source>
        <translation>無法為顧客評分：%1</translation>
    </message>
    <message>
        <source>%1 customers scored · predicted CLV %2 in total (in %3 s)</source>
        <translation>已為 %1 位顧客評分 · 預測 CLV 合計 %2（耗時 %3 秒）</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 個月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 個月</translation>
    </message>
    <message>
        <source>Scored %1 customers on %2 over %3, discounted at %4 a year, margin %5</source>
        <translation>於 %2 為 %1 位顧客評分，預測期 %3，年折現率 %4，利潤率 %5</translation>
    </message>
    <message>
        <source>The stored scores could not be read: %1</source>
        <translation>無法讀取已儲存的評分：%1</translation>
    </message>
    <message>
        <source>No customer has been scored yet: score them to see who the model values most.</source>
        <translation>尚未為任何顧客評分：評分後即可檢視模型認為最有價值的顧客。</translation>
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
        <translation>人均營收</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>人均累計營收</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cohort of %1&lt;/b&gt;, month %2 (%3)&lt;br&gt;%4 customers in the cohort&lt;br&gt;%5 bought that month (retention %6)&lt;br&gt;Revenue that month: %7&lt;br&gt;Revenue to date: %8</source>
        <translation>&lt;b&gt;%1 同期群組&lt;/b&gt;，第 %2 個月（%3）&lt;br&gt;同期群組顧客 %4 位&lt;br&gt;當月購買 %5 位（留存率 %6）&lt;br&gt;當月營收：%7&lt;br&gt;累計營收：%8</translation>
    </message>
    <message>
        <source>Months after the cohort&apos;s month (0: the month itself)</source>
        <translation>同期群組所在月之後的月數（0：當月）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers in the cohort of %1</source>
        <translation>
            <numerusform>%1 同期群組中的 %Ln 位顧客</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::CohortsPage</name>
    <message>
        <source>Cohorts</source>
        <translation>同期群組</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>儲存圖片…</translation>
    </message>
    <message>
        <source>Cohorts by</source>
        <translation>同期群組劃分依據</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次購買</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>註冊</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Cohort table</source>
        <translation>同期群組表</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Computing cohorts…</source>
        <translation>正在計算同期群組…</translation>
    </message>
    <message>
        <source>The cohorts could not be computed: %1</source>
        <translation>無法計算同期群組：%1</translation>
    </message>
    <message>
        <source>No cohorts yet: the workspace holds no orders.</source>
        <translation>暫無同期群組：工作區中沒有訂單。</translation>
    </message>
    <message>
        <source>%1 cohorts from %2 to %3 · %4 customers</source>
        <translation>%2 至 %3 共 %1 個同期群組 · %4 位顧客</translation>
    </message>
    <message>
        <source>One cohort, %1 · %2 customers</source>
        <translation>%1的一個同期群組 · %2 位顧客</translation>
    </message>
    <message>
        <source>Each row is the customers who signed up in that month</source>
        <translation>每一列是在該月註冊的顧客</translation>
    </message>
    <message>
        <source>Each row is the customers whose first purchase fell in that month</source>
        <translation>每一列是首次購買發生在該月的顧客</translation>
    </message>
    <message>
        <source>the share of them who bought in each month since (M0: the month itself)</source>
        <translation>其中在此後每個月購買的比例（M0：當月）</translation>
    </message>
    <message>
        <source>%1; the cells show %2. Hover a cell for the counts behind it.</source>
        <translation>%1；儲存格顯示%2。將滑鼠移到儲存格上可檢視背後的人數。</translation>
    </message>
    <message>
        <source>Export cohorts</source>
        <translation>匯出同期群組</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save cohort picture</source>
        <translation>儲存同期群組圖片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>what they spent in each month since (net of refunds), per customer of the cohort</source>
        <translation>他們此後每個月的消費（扣除退款），按同期群組人均計算</translation>
    </message>
    <message>
        <source>what they spent up to each month since (net of refunds), per customer of the cohort</source>
        <translation>他們截至此後每個月的累計消費（扣除退款），按同期群組人均計算</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ConditionRowEditor</name>
    <message>
        <source>has the tag</source>
        <translation>帶有標籤</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>為</translation>
    </message>
    <message>
        <source>is</source>
        <translation>等於</translation>
    </message>
    <message>
        <source>does not have the tag</source>
        <translation>沒有標籤</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>不為</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不等於</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>早於</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>小於</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>不晚於</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>不超過</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>晚於</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>大於</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>不早於</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>不少於</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>介於</translation>
    </message>
    <message>
        <source>has any of the tags</source>
        <translation>帶有任一標籤</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>屬於其中任一</translation>
    </message>
    <message>
        <source>has none of the tags</source>
        <translation>不帶以下任何標籤</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>不屬於其中任何一個</translation>
    </message>
    <message>
        <source>has a tag containing</source>
        <translation>帶有包含以下內容的標籤</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>has a tag starting with</source>
        <translation>帶有以下開頭的標籤</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>開頭是</translation>
    </message>
    <message>
        <source>has no tags</source>
        <translation>沒有任何標籤</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>為空</translation>
    </message>
    <message>
        <source>has any tag</source>
        <translation>帶有任意標籤</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不為空</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>運算子</translation>
    </message>
    <message>
        <source>Bought (orders)</source>
        <translation>購買過（訂單）</translation>
    </message>
    <message>
        <source>Did an event</source>
        <translation>發生過事件</translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation>活動回應</translation>
    </message>
    <message>
        <source>The stage or tier customers were in on a given day</source>
        <translation>顧客在某一天所處的階段或等級</translation>
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
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>實驗組</translation>
    </message>
    <message>
        <source>Control (held out)</source>
        <translation>對照組（留出）</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>已開啟</translation>
    </message>
    <message>
        <source>clicked</source>
        <translation>已點選</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>已退訂</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>已轉換</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>身分識別</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>傳送日期</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>組別</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Campaigns received</source>
        <translation>收到的活動</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>關鍵資料</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均訂單金額</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次購買</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近購買</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>距最近購買天數</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>進入階段日期</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分層</translation>
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
        <translation>預測 CLV</translation>
    </message>
    <message>
        <source>Latest NPS answer</source>
        <translation>最近一次 NPS 回答</translation>
    </message>
    <message>
        <source>Contact and identities</source>
        <translation>聯絡方式與身分識別</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>等級 %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>生於 %1</translation>
    </message>
    <message>
        <source>signed up %1</source>
        <translation>註冊於 %1</translation>
    </message>
    <message>
        <source>came through %1</source>
        <translation>來自 %1</translation>
    </message>
    <message>
        <source>bought in the window</source>
        <translation>在歸因期間內購買</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>無回應</translation>
    </message>
    <message>
        <source>No campaign has reached this customer yet.</source>
        <translation>尚無活動觸及過此顧客。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 積分</translation>
    </message>
    <message>
        <source>%1 (%2 expire on %3)</source>
        <translation>%1（%2 分將於 %3 過期）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerListDialog</name>
    <message>
        <source>Finding the customers…</source>
        <translation>正在尋找顧客…</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>另存為分群…</translation>
    </message>
    <message>
        <source>Saves a segment that selects exactly these customers</source>
        <translation>儲存一個恰好選中這些顧客的分群</translation>
    </message>
    <message>
        <source>The customers could not be listed: %1</source>
        <translation>無法列出顧客：%1</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>另存為分群</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>分群名稱：</translation>
    </message>
    <message>
        <source>Saved the segment “%1” (%2 customers now).</source>
        <translation>已儲存分群「%1」（目前 %2 位顧客）。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Write every customer of this list to a CSV or Excel file</source>
        <translation>將此清單中的所有顧客寫入 CSV 或 Excel 檔案</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers.</source>
        <translation>
            <numerusform>共 %Ln 位顧客。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerListExporter</name>
    <message>
        <source>Export Customers</source>
        <translation>匯出顧客</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>customers.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 檔案 (*.csv);;Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>已匯出 %1 位顧客到 %2</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerProfileDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>顧客 %1</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>正在載入顧客資料…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>合併到…</translation>
    </message>
    <message>
        <source>Merge with another customer</source>
        <translation>與另一位顧客合併</translation>
    </message>
    <message>
        <source>Make another customer who is the same person one with this one</source>
        <translation>將同一人的另一筆顧客紀錄合併到此顧客</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>無法讀取顧客資料：%1</translation>
    </message>
    <message>
        <source>%1 — Customer profile</source>
        <translation>%1 — 顧客資料</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Reading the other customer…</source>
        <translation>正在讀取另一位顧客…</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合併顧客</translation>
    </message>
    <message>
        <source>Merge “%1” (%2) into “%3” (%4)?

Moves to “%3”: %5 identities, %6 orders, %7 touchpoints, %8 new tags and %9 campaign memberships; their empty details are filled from “%1”.

“%1” is then removed. The merge is logged, but it cannot be undone here.</source>
        <translation>將「%1」(%2) 合併到「%3」(%4)？

移至「%3」的內容：%5 個身分識別、%6 筆訂單、%7 個接觸點、%8 個新標籤和 %9 個活動成員資格；其空白資訊將由「%1」補全。

隨後「%1」將被刪除。此次合併會被記錄，但無法在此撤銷。</translation>
    </message>
    <message>
        <source>Not merged.</source>
        <translation>未合併。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合併…</translation>
    </message>
    <message>
        <source>Forget Customer…</source>
        <translation>遺忘顧客…</translation>
    </message>
    <message>
        <source>Forget this customer</source>
        <translation>遺忘此顧客</translation>
    </message>
    <message>
        <source>Remove everything that identifies this person (a request to erase their data); their orders and touchpoints stay, anonymous</source>
        <translation>刪除能識別此人的全部資訊（刪除個人資料的請求）；其訂單和接觸點以匿名方式保留</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>「%1」(%2)</translation>
    </message>
    <message>
        <source>Forget %1?

Removed: their %2 identifiers (customer id, e-mail address, phone number), their name, city, region, country, gender, birth date, custom attributes and %3 tags, the free text of their touchpoints, and what undoing an import would restore for them. Their member tokens in %4 campaigns are replaced, so a list already sent can no longer be tied back to them.

Kept, no longer tied to a person: their orders and revenue, the type, channel and time of their touchpoints, their sign-up date, tier and source channel, their lifecycle stage and their campaign groups and results, so every figure stays as it is.

The request is logged without personal data. This cannot be undone.</source>
        <translation>遺忘%1？

將刪除：其 %2 個身分識別（顧客 ID、電子郵件地址、電話號碼），其姓名、城市、地區、國家、性別、出生日期、自訂屬性和 %3 個標籤，其接觸點的自由文字，以及撤銷匯入時會為其還原的內容。其在 %4 個活動中的成員權杖將被替換，已發出的名單因此無法再關聯到此人。

將保留（不再與任何人關聯）：其訂單和營收，其接觸點的類型、通路和時間，其註冊日期、會員等級和來源通路，其生命週期階段，以及其活動分組和結果，因此所有數字保持不變。

此請求會被記錄，但不含個人資料。此操作無法撤銷。</translation>
    </message>
    <message>
        <source>Forget customer</source>
        <translation>遺忘顧客</translation>
    </message>
    <message>
        <source>Not forgotten.</source>
        <translation>未遺忘。</translation>
    </message>
    <message>
        <source>Forgetting…</source>
        <translation>正在遺忘…</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推薦</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerService</name>
    <message>
        <source>There are no customers to export.</source>
        <translation>沒有可匯出的顧客。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerTable</name>
    <message>
        <source>Customer ID</source>
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation>目前階段</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近購買</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerTableModel</name>
    <message>
        <source>(no longer in the workspace)</source>
        <translation>（已不在工作區中）</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近購買</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分層</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>預測 CLV</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此欄無法排序</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerTagEditor</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新標籤</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <source>Remove the chosen tag</source>
        <translation>移除所選標籤</translation>
    </message>
    <message>
        <source>No tags yet: type one below and press Add</source>
        <translation>暫無標籤：在下方輸入後點選「新增」</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerValuePage</name>
    <message>
        <source>Customer value</source>
        <translation>顧客價值</translation>
    </message>
    <message>
        <source>Predicted value (BG/NBD + gamma-gamma)</source>
        <translation>預測價值（BG/NBD + Gamma-Gamma）</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>終身價值</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>淨推薦值</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>What customers have been worth from %1 to %2, what the model expects of them, and what they say.</source>
        <translation>顧客在 %1 至 %2 期間貢獻的價值、模型對他們的預期，以及他們的評價。</translation>
    </message>
    <message>
        <source>This workspace holds no orders yet.</source>
        <translation>此工作區中還沒有訂單。</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>預測</translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomersPage</name>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Search by customer ID, e-mail, phone or name</source>
        <translation>按顧客 ID、電子郵件、電話或姓名搜尋</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜尋顧客</translation>
    </message>
    <message>
        <source>Show customers of</source>
        <translation>顯示顧客範圍</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>選擇欄</translation>
    </message>
    <message>
        <source>Choose the columns the table shows</source>
        <translation>選擇表格顯示的欄</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>匯出顧客</translation>
    </message>
    <message>
        <source>Write the customers listed here to a CSV or Excel file</source>
        <translation>將此處列出的顧客寫入 CSV 或 Excel 檔案</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>The customers could not be listed: %1</source>
        <translation>無法列出顧客：%1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有顧客</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>階段：%1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>分群：%1</translation>
    </message>
    <message>
        <source>Finding the customers…</source>
        <translation>正在尋找顧客…</translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation>正在統計顧客…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位顧客</numerusform>
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
        <translation>固定日期或幾天前</translation>
    </message>
    <message>
        <source>A fixed day, or a number of days before the last day of the data</source>
        <translation>固定日期，或資料最後一天之前的天數</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Days ago</source>
        <translation>天數</translation>
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
        <translation>拖曳以移動此列</translation>
    </message>
    <message>
        <source>Drag to move this row or put it into another group</source>
        <translation>拖曳以移動此列，或將其放入另一個群組</translation>
    </message>
</context>
<context>
    <name>mwb::ui::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>Copy the selection; from a table, the selected cells with their column headers</source>
        <translation>複製所選內容；在表格中則複製所選儲存格及其欄標題</translation>
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
        <translation>不滿足下方條件的顧客</translation>
    </message>
    <message>
        <source>Group matches</source>
        <translation>群組比對</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>全部滿足</translation>
    </message>
    <message>
        <source>Any of</source>
        <translation>任一滿足</translation>
    </message>
    <message>
        <source>All of: customers matching every row below. Any of: customers matching at least one.</source>
        <translation>全部滿足：滿足下方每一列的顧客。任一滿足：至少滿足其中一列的顧客。</translation>
    </message>
    <message>
        <source>the following</source>
        <translation>以下條件</translation>
    </message>
    <message>
        <source>(no conditions yet: every customer)</source>
        <translation>（尚無條件：所有顧客）</translation>
    </message>
    <message>
        <source>(no conditions yet: no customer)</source>
        <translation>（尚無條件：沒有顧客）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::GuideDialog</name>
    <message>
        <source>Marketing Workbench — User Guide</source>
        <translation>Marketing Workbench — 使用者指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用者指南</translation>
    </message>
</context>
<context>
    <name>mwb::ui::HistoricalClvPanel</name>
    <message>
        <source>Historical value</source>
        <translation>歷史價值</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利潤率</translation>
    </message>
    <message>
        <source>The share of revenue that is profit; 100 % gives the value in revenue.</source>
        <translation>營收中屬於利潤的比例；設為 100% 時即按營收計算價值。</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>購買過的顧客</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均訂單金額</translation>
    </message>
    <message>
        <source>= revenue ÷ orders</source>
        <translation>= 營收 ÷ 訂單數</translation>
    </message>
    <message>
        <source>Purchases per customer</source>
        <translation>人均購買次數</translation>
    </message>
    <message>
        <source>= orders ÷ customers</source>
        <translation>= 訂單數 ÷ 顧客數</translation>
    </message>
    <message>
        <source>Average lifespan</source>
        <translation>平均生命週期</translation>
    </message>
    <message>
        <source>= mean of first to last purchase</source>
        <translation>= 首次到末次購買間隔的平均值</translation>
    </message>
    <message>
        <source>CLV per customer</source>
        <translation>人均 CLV</translation>
    </message>
    <message>
        <source>= revenue ÷ customers × margin</source>
        <translation>= 營收 ÷ 顧客數 × 利潤率</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>Could not be computed: %1</source>
        <translation>無法計算：%1</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>customers&apos; orders only</source>
        <translation>僅計顧客訂單</translation>
    </message>
    <message>
        <source>net of refunds, customers&apos; orders only</source>
        <translation>扣除退款，僅計顧客訂單</translation>
    </message>
</context>
<context>
    <name>mwb::ui::HoldoutChart</name>
    <message>
        <source>Holdout: actual vs expected purchases</source>
        <translation>驗證期：實際與預期購買次數</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預期</translation>
    </message>
    <message>
        <source>Repeat purchases in calibration</source>
        <translation>校準期內的回購次數</translation>
    </message>
    <message>
        <source>Mean in holdout</source>
        <translation>驗證期平均值</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>Actual mean in holdout</source>
        <translation>驗證期實際平均值</translation>
    </message>
    <message>
        <source>Expected mean in holdout</source>
        <translation>驗證期預期平均值</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportCheckPage</name>
    <message>
        <source>Check the file</source>
        <translation>檢查檔案</translation>
    </message>
    <message>
        <source>Every row is read and checked as in a real import; nothing is written yet.</source>
        <translation>逐列讀取並檢查，與正式匯入相同；目前不會寫入任何內容。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <source>Would be rejected because</source>
        <translation>將被拒絕，原因是</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>列號</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列內容</translation>
    </message>
    <message>
        <source>%1 rows checked…</source>
        <translation>已檢查 %1 列…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>%1 rows: %2 would be imported, %3 are already in the workspace, %4 would be rejected.</source>
        <translation>%1 列：%2 列將被匯入，%3 列已在工作區中，%4 列將被拒絕。</translation>
    </message>
    <message>
        <source>%1 new customers, %2 existing ones matched.</source>
        <translation>%1 位新顧客，%2 位既有顧客被比對。</translation>
    </message>
    <message>
        <source>Why rows would be rejected</source>
        <translation>列將被拒絕的原因</translation>
    </message>
    <message>
        <source>The first rows that would be rejected</source>
        <translation>將被拒絕的前幾列</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportFilePage</name>
    <message>
        <source>The first row holds column names</source>
        <translation>第一列是欄位名稱</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>Contacts (customers, members, leads)</source>
        <translation>聯絡人（顧客、會員、潛在顧客）</translation>
    </message>
    <message>
        <source>Orders (transactions, receipts, refunds)</source>
        <translation>訂單（交易、收據、退款）</translation>
    </message>
    <message>
        <source>Touchpoints (visits, opens, clicks, NPS…)</source>
        <translation>接觸點（造訪、開啟、點選、NPS…）</translation>
    </message>
    <message>
        <source>Campaign results (delivered, opened, clicked, converted…)</source>
        <translation>活動結果（送達、開啟、點選、轉換…）</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>The campaign whose exported list the results report on</source>
        <translation>結果所對應的已匯出名單的活動</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>檔案內容</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符號</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>正在載入活動…</translation>
    </message>
    <message>
        <source>%1 · %2 · sent %3</source>
        <translation>%1 · %2 · 傳送於 %3</translation>
    </message>
    <message>
        <source>This workspace has no campaigns yet</source>
        <translation>此工作區中還沒有活動</translation>
    </message>
    <message>
        <source>Choose the campaign</source>
        <translation>選擇活動</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 和文字檔案 (*.csv *.txt *.tsv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading the start of the file…</source>
        <translation>正在讀取檔案開頭…</translation>
    </message>
    <message>
        <source>%1 · delimiter: %2 · %3 · about %4 rows (%5)</source>
        <translation>%1 · 分隔符號：%2 · %3 · 約 %4 列（%5）</translation>
    </message>
    <message>
        <source>first row is the header</source>
        <translation>第一列為標題列</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>無標題列</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗號 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分號 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>定位字元 (Tab)</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>豎線 (|)</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>檔案的前幾列</translation>
    </message>
    <message>
        <source>This workspace is empty: this first import also sets where its customers are and what its amounts are in.</source>
        <translation>此工作區是空的：這次首次匯入也將設定其顧客所在的地區以及金額所用的貨幣。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作區</translation>
    </message>
    <message>
        <source>Contacts from a CRM or member system, orders from a shop or POS, touchpoints from marketing tools, or a member programme&apos;s points and referrals. Nothing is written until the last step.</source>
        <translation>來自 CRM 或會員系統的聯絡人、來自商城或收銀系統的訂單、來自營銷工具的接觸點，或會員計劃的積分與推薦關係。在最後一步之前不會寫入任何內容。</translation>
    </message>
    <message>
        <source>Member points (earned, redeemed, expired, adjusted)</source>
        <translation>會員積分（獲得、兌換、過期、調整）</translation>
    </message>
    <message>
        <source>Referrals (who brought whom)</source>
        <translation>推薦關係（誰帶來了誰）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportMappingPage</name>
    <message>
        <source>— leave out —</source>
        <translation>— 不匯入 —</translation>
    </message>
    <message>
        <source>Keep as custom attribute</source>
        <translation>保留為自訂屬性</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>顧客 ID</translation>
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
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>地區 / 省份</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Signup date</source>
        <translation>註冊日期</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>獲客通路</translation>
    </message>
    <message>
        <source>Tier / level</source>
        <translation>等級 / 級別</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>訂單 ID</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下單日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件類型</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Value / score</source>
        <translation>數值 / 評分</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Member token</source>
        <translation>成員權杖</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>對應欄位</translation>
    </message>
    <message>
        <source>Each column goes to a field of the workspace. The proposals come from the column names; change any of them.</source>
        <translation>每一欄對應工作區中的一個欄位。建議的對應關係來自欄名，可逐項修改。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>範例值</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>看起來像</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>對應到</translation>
    </message>
    <message>
        <source>As the values show (else month/day/year, as this computer writes dates)</source>
        <translation>按資料值判斷（否則按本機的日期寫法，即月/日/年）</translation>
    </message>
    <message>
        <source>As the values show (else day/month/year, as this computer writes dates)</source>
        <translation>按資料值判斷（否則按本機的日期寫法，即日/月/年）</translation>
    </message>
    <message>
        <source>Day/month/year (07/05/2024 is 7 May)</source>
        <translation>日/月/年（07/05/2024 為 5 月 7 日）</translation>
    </message>
    <message>
        <source>Month/day/year (05/07/2024 is 7 May)</source>
        <translation>月/日/年（05/07/2024 為 5 月 7 日）</translation>
    </message>
    <message>
        <source>optional, e.g. “Shop orders export”</source>
        <translation>選填，例如「網路商店訂單匯出」</translation>
    </message>
    <message>
        <source>Dates like 03/04/2024</source>
        <translation>類似 03/04/2024 的日期</translation>
    </message>
    <message>
        <source>Save this mapping as</source>
        <translation>將此對應儲存為</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>第 %1 欄的欄位</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>仍需指定：%1。</translation>
    </message>
    <message>
        <source>The file&apos;s columns and the fields they go to</source>
        <translation>檔案的各欄及其對應的欄位</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <source>Saved mapping to use</source>
        <translation>要使用的已儲存對應</translation>
    </message>
    <message>
        <source>Rename or delete the mappings saved in this workspace</source>
        <translation>重新命名或刪除此工作區中儲存的對應</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>對應</translation>
    </message>
    <message>
        <source>Proposed from the column names</source>
        <translation>依據欄名建議</translation>
    </message>
    <message>
        <source>Saved %1 for the columns: %2</source>
        <translation>儲存於 %1，適用於以下各欄：%2</translation>
    </message>
    <message>
        <source>The saved mappings could not be read: %1</source>
        <translation>無法讀取已儲存的對應：%1</translation>
    </message>
    <message>
        <source>No saved mapping is for exactly these columns; the fields are proposed from the column names.</source>
        <translation>沒有與這些欄完全相符的已儲存對應；欄位依據欄名建議。</translation>
    </message>
    <message>
        <source>Using the mapping “%1”, saved on %2 for these columns.</source>
        <translation>正在使用對應「%1」（於 %2 為這些欄儲存）。</translation>
    </message>
    <message numerus="yes">
        <source>Using the mapping “%1” (saved on %2): it names %n of this file&apos;s columns; the others keep the proposals from their names.</source>
        <translation>
            <numerusform>正在使用對應「%1」（儲存於 %2）：它指定了此檔案中的 %n 欄；其餘各欄保留依據欄名提供的建議。</numerusform>
        </translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名稱</translation>
    </message>
    <message>
        <source>Product code (SKU)</source>
        <translation>商品編碼（SKU）</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>商品品類</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>行金額</translation>
    </message>
    <message>
        <source>Points (+ earned, − spent)</source>
        <translation>積分（+ 獲得，− 使用）</translation>
    </message>
    <message>
        <source>Reference (order, reward, note)</source>
        <translation>備註（訂單、獎勵、說明）</translation>
    </message>
    <message>
        <source>Referred by (their id, e-mail or phone)</source>
        <translation>推薦人（其編號、郵箱或手機號）</translation>
    </message>
    <message>
        <source>Type (earned, redeemed, expired, adjusted)</source>
        <translation>類型（獲得、兌換、過期、調整）</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>推薦日期</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Open Rejected Rows</source>
        <translation>開啟被拒絕的列</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>The import is one transaction: cancelled or interrupted, it leaves the workspace as it was.</source>
        <translation>匯入以單一交易進行：若被取消或中斷，工作區將保持原樣。</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows/s · about %3 s left</source>
        <translation>%1 列 · %2 列/秒 · 約剩 %3 秒</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在開始…</translation>
    </message>
    <message>
        <source>Cancelled. The workspace is as it was before the import.</source>
        <translation>已取消。工作區與匯入前相同。</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows in %3 s: %4 already in the workspace, %5 rejected. %6 new customers, %7 existing customers matched.</source>
        <translation>耗時 %3 秒匯入了 %2 列中的 %1 列：%4 列已在工作區中，%5 列被拒絕。新顧客 %6 位，比對到既有顧客 %7 位。</translation>
    </message>
    <message>
        <source>The rejected rows, with line and reason, are in %1.</source>
        <translation>被拒絕的列及其列號和原因儲存在 %1 中。</translation>
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
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 列依%2比對</translation>
    </message>
    <message>
        <source>%1 rows matched a campaign member, %2 matched none.</source>
        <translation>%1 列比對到活動成員，%2 列未比對。</translation>
    </message>
    <message>
        <source>Matched: %1.</source>
        <translation>比對方式：%1。</translation>
    </message>
    <message>
        <source>member token</source>
        <translation>成員權杖</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportsPage</name>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Open Rejected Rows</source>
        <translation>開啟被拒絕的列</translation>
    </message>
    <message>
        <source>Undo Import…</source>
        <translation>撤銷匯入…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>匯入紀錄</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新顧客</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已比對</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤銷匯入</translation>
    </message>
    <message>
        <source>Remove everything import #%1 (%2) added, and restore what it changed?</source>
        <translation>刪除第 %1 次匯入（%2）新增的所有內容，並還原它所做的變更？</translation>
    </message>
    <message>
        <source>Cannot Undo Import</source>
        <translation>無法撤銷匯入</translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneyFilterBar</name>
    <message>
        <source>All time</source>
        <translation>全部時間</translation>
    </message>
    <message>
        <source>Include campaign contacts</source>
        <translation>包含活動觸及</translation>
    </message>
    <message>
        <source>Every journey, whenever it started</source>
        <translation>所有旅程，不論何時開始</translation>
    </message>
    <message>
        <source>Journeys starting on or after</source>
        <translation>旅程開始日期不早於</translation>
    </message>
    <message>
        <source>Journeys starting on or before</source>
        <translation>旅程開始日期不晚於</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Steps by</source>
        <translation>步驟依據</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件類型</translation>
    </message>
    <message>
        <source>Count our own campaign sends and their results as steps</source>
        <translation>將我們自己的活動傳送及其結果計為步驟</translation>
    </message>
    <message>
        <source>Most steps in a path</source>
        <translation>路徑中最多步驟數</translation>
    </message>
    <message>
        <source>Longer journeys keep their last steps after a leading “…”</source>
        <translation>更長的旅程保留最後幾步，前面以「…」省略</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Journeys starting</source>
        <translation>旅程開始於</translation>
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
        <translation>該分群已不存在。</translation>
    </message>
    <message>
        <source>Tick at least one channel.</source>
        <translation>請至少勾選一個通路。</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>開始日期晚於結束日期。</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有通路</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>無通路</translation>
    </message>
    <message numerus="yes">
        <source>%n channels</source>
        <translation>
            <numerusform>%n 個通路</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneyFlowLayout</name>
    <message>
        <source>Purchase</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>未購買</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
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
            <numerusform>所繪路徑上共 %n 位顧客</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>未購買</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 → %4&lt;br&gt;%5 customers&lt;br&gt;%6 of %1 at %3 · %7 of all journeys</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 → %4&lt;br&gt;%5 位顧客&lt;br&gt;佔 %3 處 %1 的 %6 · 佔全部旅程的 %7</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 customers · %3 of all journeys</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 位顧客 · 佔全部旅程的 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2&lt;br&gt;%3 customers · %4 of all journeys</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;%3 位顧客 · 佔全部旅程的 %4</translation>
    </message>
    <message>
        <source>Customer journeys</source>
        <translation>顧客旅程</translation>
    </message>
    <message>
        <source>Paths to the first purchase, drawn by Marketing Workbench</source>
        <translation>首次購買路徑，由 Marketing Workbench 繪製</translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneyPathModel</name>
    <message>
        <source>(no touchpoint)</source>
        <translation>（無接觸點）</translation>
    </message>
    <message>
        <source>Every path beyond the ones listed, counted together</source>
        <translation>未列出的所有其他路徑合計</translation>
    </message>
    <message>
        <source>Other paths</source>
        <translation>其他路徑</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>購買顧客</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉換率</translation>
    </message>
    <message>
        <source>Median days to buy</source>
        <translation>購買所需天數中位數</translation>
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
        <translation>按最新或最早的紀錄在前顯示</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>紀錄類型</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Campaign contacts</source>
        <translation>活動觸及</translation>
    </message>
    <message>
        <source>Orders and refunds</source>
        <translation>訂單和退款</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>所有通路</translation>
    </message>
    <message>
        <source>%1   ·   1 entry</source>
        <translation>%1   ·   1 筆紀錄</translation>
    </message>
    <message>
        <source>%1   ·   %2 entries</source>
        <translation>%1   ·   %2 筆紀錄</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 筆紀錄</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%2 筆紀錄中的 %1 條</translation>
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
        <translation>訂單 %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>評分 %1</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>數值 %1</translation>
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
        <translation>已讀取的接觸點</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流向</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>歸因</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>顧客旅程</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>儲存 PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>儲存 SVG…</translation>
    </message>
    <message>
        <source>Computing the journeys…</source>
        <translation>正在計算旅程…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Each customer&apos;s touchpoints before their first order (all of them for the others), repeats collapsed; the days run from the first touch to the first order.</source>
        <translation>每位顧客首次下單前的接觸點（未購買者為全部接觸點），連續重複的合併；天數從首次觸及算到首次下單。</translation>
    </message>
    <message>
        <source>Save chart PNG…</source>
        <translation>儲存圖表 PNG…</translation>
    </message>
    <message>
        <source>Save chart SVG…</source>
        <translation>儲存圖表 SVG…</translation>
    </message>
    <message>
        <source>Each buyer&apos;s first order credited to the touchpoints before it: all to the first, all to the last, equal parts, or parts halving every 7 days before the order. Buyers with no touchpoint before it count as (direct).</source>
        <translation>每位購買顧客的首筆訂單歸因於其之前的接觸點：全部歸於首個、全部歸於最後一個、平均分配，或每往前 7 天權重減半。下單前沒有接觸點的購買顧客計為（直接）。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Cancelled: the figures are still those of the previous filters. &lt;a href=&quot;#compute&quot;&gt;Compute again&lt;/a&gt;</source>
        <translation>已取消：顯示的仍是之前篩選條件下的數字。&lt;a href=&quot;#compute&quot;&gt;重新計算&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cancelled. &lt;a href=&quot;#compute&quot;&gt;Compute&lt;/a&gt;</source>
        <translation>已取消。&lt;a href=&quot;#compute&quot;&gt;計算&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The journeys could not be computed: %1</source>
        <translation>無法計算旅程：%1</translation>
    </message>
    <message>
        <source>%1 customers with a journey · %2 buyers · %3 touchpoints read · %4 first-purchase revenue</source>
        <translation>%1 位顧客有旅程 · %2 位購買顧客 · 已讀取 %3 個接觸點 · 首購營收 %4</translation>
    </message>
    <message>
        <source>No journeys for these filters.</source>
        <translation>在這些篩選條件下沒有旅程。</translation>
    </message>
    <message>
        <source>Export journey paths</source>
        <translation>匯出旅程路徑</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 檔案 (*.csv);;Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export attribution</source>
        <translation>匯出歸因</translation>
    </message>
    <message>
        <source>Save journey flow</source>
        <translation>儲存旅程流向圖</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 圖片 (*.svg)</translation>
    </message>
    <message>
        <source>Save attribution chart</source>
        <translation>儲存歸因圖表</translation>
    </message>
    <message>
        <source>The most common paths, from the first step to the first purchase or none. Hover a band or a step for its customers.</source>
        <translation>最常見的路徑，從第一步到首次購買或未購買。將滑鼠移到色帶或步驟上可檢視對應顧客。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::KpiText</name>
    <message>
        <source>no change</source>
        <translation>無變化</translation>
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
        <translation>按月的營收和活躍顧客</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>所選時段</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活躍顧客</translation>
    </message>
    <message>
        <source>Revenue (%1 thousand)</source>
        <translation>營收（千%1）</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>營收（%1）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>週起始日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Revenue and active customers by week</source>
        <translation>按週的營收和活躍顧客</translation>
    </message>
    <message>
        <source>Revenue and active customers by day</source>
        <translation>按日的營收和活躍顧客</translation>
    </message>
    <message>
        <source>Not enough data yet: the trend appears with the first orders.</source>
        <translation>資料尚不足：有了第一批訂單後才會顯示趨勢。</translation>
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
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>規則…</translation>
    </message>
    <message>
        <source>Of the customers who reached a stage (and are not lapsed), the share who went on to the next one.</source>
        <translation>在到達某一階段（且未流失）的顧客中，繼續進入下一階段的比例。</translation>
    </message>
    <message>
        <source>Stages on</source>
        <translation>階段日期</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>對比日期</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>行動方案</translation>
    </message>
    <message>
        <source>Create segment</source>
        <translation>建立分群</translation>
    </message>
    <message>
        <source>Saves a segment of the customers in %1 now</source>
        <translation>將目前處於%1階段的顧客儲存為分群</translation>
    </message>
    <message>
        <source>&lt;b&gt;Migration&lt;/b&gt; – where the customers of one day stood on the other. Click a cell for its customers.</source>
        <translation>&lt;b&gt;遷移&lt;/b&gt; – 某一天各階段的顧客在另一天所處的階段。點選儲存格可檢視對應顧客。</translation>
    </message>
    <message>
        <source>Loading stages…</source>
        <translation>正在載入階段…</translation>
    </message>
    <message>
        <source>The stages could not be loaded: %1</source>
        <translation>無法載入階段：%1</translation>
    </message>
    <message>
        <source>%1 → %2: %3%</source>
        <translation>%1 → %2：%3%</translation>
    </message>
    <message>
        <source>Conversion  </source>
        <translation>轉換率  </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not yet known on %1</source>
        <translation>%1 尚未出現</translation>
    </message>
    <message>
        <source>These customers cannot be listed: %1</source>
        <translation>無法列出這些顧客：%1</translation>
    </message>
    <message>
        <source>Recomputing every stage…</source>
        <translation>正在重新計算所有階段…</translation>
    </message>
    <message>
        <source>Lifecycle rules</source>
        <translation>生命週期規則</translation>
    </message>
    <message>
        <source>The rules could not be applied: %1</source>
        <translation>無法套用規則：%1</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>分群名稱：</translation>
    </message>
    <message>
        <source>Saved the segment “%1”: the customers in %2, kept up to date.</source>
        <translation>已儲存分群「%1」：%2階段的顧客，並自動保持更新。</translation>
    </message>
    <message>
        <source>%1 known on %2 · the data runs to %3</source>
        <translation>%2 已知 %1 · 資料截至 %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位顧客</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Replenishment reminder&lt;/b&gt; – remind customers before what they buy again and again runs out: due in the next 7 days (intervals on the Products page).</source>
        <translation>&lt;b&gt;補貨提醒&lt;/b&gt; – 在客戶反覆購買的商品用完之前提醒他們：未來 7 天內到期（補貨週期見“商品”頁）。</translation>
    </message>
    <message>
        <source>Saves a segment of the customers whose replenishment falls due in the next 7 days</source>
        <translation>將補貨在未來 7 天內到期的客戶保存為分群</translation>
    </message>
    <message>
        <source>Replenishment due in 7 days</source>
        <translation>7 天內補貨到期</translation>
    </message>
    <message>
        <source>Saved the segment “%1”: the customers whose replenishment falls due in the next 7 days, kept up to date.</source>
        <translation>已保存分群“%1”：補貨在未來 7 天內到期的客戶，並自動保持更新。</translation>
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
        <translation>推薦過他人的顧客視為擁護者</translation>
    </message>
    <message>
        <source>Lifecycle rules</source>
        <translation>生命週期規則</translation>
    </message>
    <message>
        <source>Aware: known, no engagement yet. Attempt: engaged, never bought. Adopt: has bought. Advocate and Abandon as set below. Every stage is recomputed when you apply new rules.</source>
        <translation>認知：已知，尚無互動。嘗試：有互動，從未購買。購買：已購買。擁護和流失按下方設定。套用新規則時會重新計算所有階段。</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>擁護</translation>
    </message>
    <message>
        <source>At least this many purchases…</source>
        <translation>購買次數至少為…</translation>
    </message>
    <message>
        <source>…within the last</source>
        <translation>…在最近</translation>
    </message>
    <message>
        <source>or a latest NPS answer of at least</source>
        <translation>或最近一次 NPS 回答至少為</translation>
    </message>
    <message>
        <source>Abandon: no purchase or engagement for</source>
        <translation>流失：無購買或互動達</translation>
    </message>
    <message>
        <source>Attempt customers</source>
        <translation>嘗試階段顧客</translation>
    </message>
    <message>
        <source>Adopt customers</source>
        <translation>購買階段顧客</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>擁護者</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
</context>
<context>
    <name>mwb::ui::MainWindow</name>
    <message>
        <source>Marketing Workbench workspaces (*.mwb);;All files (*)</source>
        <translation>Marketing Workbench 工作區 (*.mwb);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新增工作區(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>開啟示範工作區(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Marketing Workbench</source>
        <translation>關於 Marketing Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
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
        <translation>未開啟工作區</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>無法開啟工作區</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新增工作區</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>無法建立工作區</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>正在建立示範工作區…</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>無法建立示範工作區</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>沒有最近使用的工作區</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除清單</translation>
    </message>
    <message>
        <source>About Marketing Workbench</source>
        <translation>關於 Marketing Workbench</translation>
    </message>
    <message>
        <source>Marketing Workbench %1

Customer journeys, the 5A lifecycle, segments and closed-loop campaigns for marketing and CRM analysts.</source>
        <translation>Marketing Workbench %1

為行銷和 CRM 分析師提供顧客旅程、5A 生命週期、分群與閉環行銷活動分析。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Customer %1 was forgotten: everything that identified them was removed.</source>
        <translation>顧客 %1 已被遺忘：能識別此人的全部資訊均已刪除。</translation>
    </message>
    <message>
        <source>Figures unavailable</source>
        <translation>資料無法使用</translation>
    </message>
    <message>
        <source>Campaign lists</source>
        <translation>活動名單</translation>
    </message>
    <message>
        <source>&amp;Recover Workspace…</source>
        <translation>復原工作區(&amp;R)…</translation>
    </message>
    <message>
        <source>Save what a damaged workspace still holds into a new one</source>
        <translation>將損毀工作區中仍可讀取的內容儲存到新工作區</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read only:&lt;/b&gt; %1 cannot be changed (%2). Every page shows its figures; importing, saving and editing are switched off. Copy it somewhere you may write to change it.</source>
        <translation>&lt;b&gt;唯讀：&lt;/b&gt;%1 無法變更（%2）。各頁面仍會顯示資料；匯入、儲存和編輯功能已關閉。如需修改，請將其複製到你有寫入權限的位置。</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>工作區已損毀</translation>
    </message>
    <message>
        <source>Part of %1 cannot be read: the file is damaged (%2). Nothing was changed.

Recover now? What can still be read is saved into a new workspace, and this one is left as it is. (A backup copy, if you keep one, holds everything up to the day it was made.)</source>
        <translation>%1 的部分內容無法讀取：檔案已損毀（%2）。未做任何變更。

現在復原嗎？仍可讀取的內容將儲存到一個新工作區，目前工作區保持原樣。（如果你保留了備份副本，它包含截至備份當天的全部內容。）</translation>
    </message>
    <message>
        <source>Recover Workspace: the damaged workspace</source>
        <translation>復原工作區：損毀的工作區</translation>
    </message>
    <message>
        <source>Recover Workspace: the new workspace</source>
        <translation>復原工作區：新工作區</translation>
    </message>
    <message>
        <source>%1 (recovered).mwb</source>
        <translation>%1（已復原）.mwb</translation>
    </message>
    <message>
        <source>Recover Workspace</source>
        <translation>復原工作區</translation>
    </message>
    <message>
        <source>%1 already exists; the recovered workspace is written to a new file.</source>
        <translation>%1 已存在；復原的工作區只能寫入新檔案。</translation>
    </message>
    <message>
        <source>Recovering %1…</source>
        <translation>正在復原 %1…</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1：%2 列</translation>
    </message>
    <message numerus="yes">
        <source>, %n damaged stretch(es) skipped</source>
        <translation>
            <numerusform>，略過 %n 處損毀區段</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 left out (they referred to lost rows)</source>
        <translation>，%1 列未納入（它們參照了已遺失的列）</translation>
    </message>
    <message>
        <source>Saved into %1:

%2

Open the recovered workspace?</source>
        <translation>已儲存到 %1：

%2

要開啟復原的工作區嗎？</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位顧客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln 筆訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touchpoints</source>
        <translation>
            <numerusform>%Ln 個接觸點</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln 個活動</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation>訂單：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n programme day(s) due: Programmes › Run due programmes.</source>
        <translation>
            <numerusform>有 %n 個計畫日待執行：自動化計畫 › 執行到期的計畫。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::MappingPresetsDialog</name>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Saved Column Mappings</source>
        <translation>已儲存的欄位對應</translation>
    </message>
    <message>
        <source>A mapping saved at an import is proposed again for every file with the same columns. Rename or delete the ones you no longer need.</source>
        <translation>匯入時儲存的對應，會再次建議用於所有欄相同的檔案。不再需要的對應可以重新命名或刪除。</translation>
    </message>
    <message>
        <source>Saved column mappings</source>
        <translation>已儲存的欄位對應</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>For</source>
        <translation>適用於</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存日期</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>活動結果</translation>
    </message>
    <message>
        <source>Rename Mapping</source>
        <translation>重新命名對應</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Delete Mapping</source>
        <translation>刪除對應</translation>
    </message>
    <message>
        <source>Delete the saved mapping “%1”? Files with its columns will get the proposals from the column names again.</source>
        <translation>刪除已儲存的對應「%1」？含有這些欄的檔案將重新依據欄名取得建議。</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推薦關係</translation>
    </message>
</context>
<context>
    <name>mwb::ui::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <source>The member programme: who is in which tier and how they move, and how many members are active month by month, the points they hold and whom they brought.</source>
        <translation>會員計劃：誰在哪個等級、如何升降，每月有多少會員活躍，他們持有的積分，以及他們帶來了誰。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活躍會員</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推薦</translation>
    </message>
</context>
<context>
    <name>mwb::ui::MergeCustomerDialog</name>
    <message>
        <source>Keep the chosen customer instead (this one moves into it)</source>
        <translation>改為保留所選顧客（目前顧客併入該顧客）</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>合併到…</translation>
    </message>
    <message>
        <source>Find the customer who is the same person as %1. Their identities, orders, touchpoints, tags and campaigns move to %1, and they are removed.</source>
        <translation>尋找與 %1 為同一人的顧客。其身分識別、訂單、接觸點、標籤和活動將移至 %1，隨後該顧客被刪除。</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>此顧客</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>搜尋顧客</translation>
    </message>
    <message>
        <source>Customer ID, e-mail, phone or name</source>
        <translation>顧客 ID、電子郵件、電話或姓名</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>符合的顧客</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合併…</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>輸入以搜尋。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（無姓名）</translation>
    </message>
    <message>
        <source>No other customer matches.</source>
        <translation>沒有其他符合的顧客。</translation>
    </message>
    <message>
        <source>%1 shown; choose one and press Merge.</source>
        <translation>顯示 %1 位；選擇一位後點選「合併」。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln 筆訂單</numerusform>
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
        <translation>%1 位顧客：佔該列的 %2</translation>
    </message>
    <message>
        <source>Migration between stages</source>
        <translation>階段間遷移</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ModelGainChart</name>
    <message>
        <source>Gain: share of all positives in the top customers by score</source>
        <translation>增益：分數最高的顧客中找到的正例占全部正例的比例</translation>
    </message>
    <message>
        <source>Top % of customers</source>
        <translation>前 % 顧客</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
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
        <translation>資料尚不足：模型沒有可用於評估的保留期。</translation>
    </message>
    <message>
        <source>customers, highest scores first</source>
        <translation>顧客（分數由高到低）</translation>
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
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均訂單金額</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(存活)</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>預期購買次數</translation>
    </message>
    <message>
        <source>Spend per purchase</source>
        <translation>每次購買消費</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>預測 CLV</translation>
    </message>
    <message>
        <source>The probability that the customer is still buying</source>
        <translation>顧客仍在持續購買的機率</translation>
    </message>
    <message>
        <source>Purchases the model expects within the horizon</source>
        <translation>模型預計在預測期內的購買次數</translation>
    </message>
    <message>
        <source>The spend the model expects per purchase</source>
        <translation>模型預計的每次購買消費</translation>
    </message>
    <message>
        <source>Discounted and margin-adjusted value over the horizon</source>
        <translation>預測期內經折現和利潤率調整後的價值</translation>
    </message>
    <message>
        <source>Most valuable customers</source>
        <translation>最有價值顧客</translation>
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
        <translation>選擇值</translation>
    </message>
    <message>
        <source>Values to match</source>
        <translation>要比對的值</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>新增值</translation>
    </message>
    <message>
        <source>Add a number, press Enter</source>
        <translation>新增數字，按 Enter</translation>
    </message>
    <message>
        <source>Add a value, press Enter</source>
        <translation>新增值，按 Enter</translation>
    </message>
    <message>
        <source>Choose values…</source>
        <translation>選擇值…</translation>
    </message>
</context>
<context>
    <name>mwb::ui::NewCampaignDialog</name>
    <message>
        <source>New seed</source>
        <translation>新種子</translation>
    </message>
    <message>
        <source>Split each lifecycle stage on its own (same control share in each)</source>
        <translation>每個生命週期階段單獨拆分（各階段對照組比例相同）</translation>
    </message>
    <message>
        <source>Contacted by another campaign in the last</source>
        <translation>被其他活動觸及過，在最近</translation>
    </message>
    <message>
        <source>Opted out of this channel</source>
        <translation>已退訂此通路</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>活動名稱</translation>
    </message>
    <message>
        <source>e.g. Mid-autumn tea gift, VIP e-mail</source>
        <translation>例如：中秋茶禮、VIP 郵件</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>優惠</translation>
    </message>
    <message>
        <source>e.g. 15% off oolong, free shipping</source>
        <translation>例如：烏龍茶 85 折、免運</translation>
    </message>
    <message>
        <source>Audience segment</source>
        <translation>受眾分群</translation>
    </message>
    <message>
        <source>No saved segment: save one on the Segments page</source>
        <translation>沒有已儲存的分群：請先在「分群」頁面儲存一個</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>傳送日期</translation>
    </message>
    <message>
        <source>Attribution window</source>
        <translation>歸因期間</translation>
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
        <translation>每次觸及成本</translation>
    </message>
    <message>
        <source>Control share</source>
        <translation>對照組比例</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>The same audience, share and seed always give the same split</source>
        <translation>相同的受眾、比例和種子總會得到相同的拆分結果</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Create Campaign</source>
        <translation>建立活動</translation>
    </message>
    <message>
        <source>fixed, plus</source>
        <translation>固定，另加</translation>
    </message>
    <message>
        <source>per contact</source>
        <translation>每次觸及</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受眾</translation>
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
        <translation>%1 位已退訂</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 位無法觸及</translation>
    </message>
    <message>
        <source>%1 contacted recently</source>
        <translation>%1 位近期已被觸及</translation>
    </message>
    <message>
        <source>Treatment %1 · Control %2</source>
        <translation>實驗組 %1 · 對照組 %2</translation>
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
        <translation>目前分群中有 %1 位</translation>
    </message>
    <message>
        <source>Save a segment on the Segments page first: a campaign goes to a saved segment.</source>
        <translation>請先在「分群」頁面儲存分群：活動的傳送對象是已儲存的分群。</translation>
    </message>
    <message>
        <source>Choose the audience: the saved segment the campaign goes to.</source>
        <translation>選擇受眾：活動傳送對象的已儲存分群。</translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <translation>%1（更新中…）</translation>
    </message>
    <message>
        <source>Planning the split…</source>
        <translation>正在規劃拆分…</translation>
    </message>
    <message>
        <source>The split cannot be planned: %1</source>
        <translation>無法規劃拆分：%1</translation>
    </message>
    <message>
        <source>Creating the campaign…</source>
        <translation>正在建立活動…</translation>
    </message>
    <message>
        <source>Unreachable on this channel (no e-mail address, phone or postal address)</source>
        <translation>無法透過此通路觸及（無電子郵件地址、電話或郵寄地址）</translation>
    </message>
    <message>
        <source>Nothing to create: %1</source>
        <translation>無法建立：%1</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>分組</translation>
    </message>
    <message>
        <source>One version (no A/B test)</source>
        <translation>單一版本（不做 A/B 測試）</translation>
    </message>
    <message>
        <source> arms</source>
        <translation> 組</translation>
    </message>
    <message>
        <source>Split the treatment at random into 2 to 4 arms, one version of the message each; each arm is compared with the control group</source>
        <translation>將實驗組隨機分成 2 到 4 組，每組一個訊息版本；每組都與對照組比較</translation>
    </message>
    <message>
        <source>Arm names</source>
        <translation>組名</translation>
    </message>
    <message>
        <source>Arm shares</source>
        <translation>分組比例</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>均分</translation>
    </message>
    <message>
        <source>Each arm&apos;s share of the treatment in per cent, e.g. 50, 30, 20; empty: equal</source>
        <translation>每組占實驗組的百分比，例如 50, 30, 20；留空：均分</translation>
    </message>
    <message>
        <source>Control group and arms</source>
        <translation>對照組與分組</translation>
    </message>
    <message>
        <source>shares %</source>
        <translation>比例 %</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 測試</translation>
    </message>
    <message>
        <source>No orders in the data yet to estimate the audience&apos;s conversion rate.</source>
        <translation>資料中還沒有訂單，無法估計受眾的轉換率。</translation>
    </message>
    <message>
        <source>Recent conversion rate %1</source>
        <translation>近期轉換率 %1</translation>
    </message>
    <message>
        <source>No control group: nothing will show what the campaign did.</source>
        <translation>沒有對照組：將無法看出活動的效果。</translation>
    </message>
    <message>
        <source>%1 · the control group is too small to show anything a campaign could do: only an uplift of %2 or more would show. Hold out more.</source>
        <translation>%1 · 對照組太小，看不出活動可能帶來的效果：只有 %2 或以上的提升才能顯現。請保留更多人。</translation>
    </message>
    <message>
        <source>%1 · the control group is too small to show any uplift. Hold out more.</source>
        <translation>%1 · 對照組太小，看不出任何提升。請保留更多人。</translation>
    </message>
    <message>
        <source>%1 · these groups can show an uplift of %2 or more (5 % test, 80 % power)</source>
        <translation>%1 · 這些分組能顯示 %2 或以上的提升（5% 檢定，80% 檢定力）</translation>
    </message>
    <message>
        <source>Arms: %1</source>
        <translation>分組：%1</translation>
    </message>
</context>
<context>
    <name>mwb::ui::NewWorkspaceDialog</name>
    <message>
        <source>New Workspace</source>
        <translation>新增工作區</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: where are its customers, and in which currency are its amounts? Both can be changed later in Preferences; amounts are not converted.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：其顧客位於哪個地區，金額使用哪種貨幣？兩者之後都可以在偏好設定中變更；金額不會換算。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
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
        <translation>推薦者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被動者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>貶損者</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答數</translation>
    </message>
    <message>
        <source>NPS of a segment</source>
        <translation>分群 NPS</translation>
    </message>
    <message>
        <source>Customers in</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>NPS = % promoters (answers 9–10) − % detractors (0–6); passives answer 7–8. By month: every answer given that month. For a segment: each customer&apos;s latest answer.</source>
        <translation>NPS = 推薦者佔比（回答 9–10）− 貶損者佔比（0–6）；被動者回答 7–8。按月：當月給出的所有回答。按分群：每位顧客最近一次回答。</translation>
    </message>
    <message>
        <source>Reading the answers…</source>
        <translation>正在讀取回答…</translation>
    </message>
    <message>
        <source>NPS could not be read: %1</source>
        <translation>無法讀取 NPS：%1</translation>
    </message>
    <message>
        <source>No NPS answers in this workspace yet (events of type “nps”).</source>
        <translation>此工作區中還沒有 NPS 回答（類型為「nps」的事件）。</translation>
    </message>
    <message>
        <source>%1 answers over %2 months; NPS of every answer: %3</source>
        <translation>%2 個月共 %1 條回答；全部回答的 NPS：%3</translation>
    </message>
    <message>
        <source>This segment cannot be read: %1</source>
        <translation>無法讀取此分群：%1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>NPS could not be computed: %1</source>
        <translation>無法計算 NPS：%1</translation>
    </message>
    <message>
        <source>No one in this segment has answered the NPS question.</source>
        <translation>此分群中還沒有人回答過 NPS 問題。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1e8e3e&apos;&gt;%1 promoters&lt;/span&gt; · %2 passives · &lt;span style=&apos;color:#c5221f&apos;&gt;%3 detractors&lt;/span&gt; — %4 customers answered</source>
        <translation>&lt;span style=&apos;color:#1e8e3e&apos;&gt;%1 位推薦者&lt;/span&gt; · %2 位被動者 · &lt;span style=&apos;color:#c5221f&apos;&gt;%3 位貶損者&lt;/span&gt; — 共 %4 位顧客回答</translation>
    </message>
</context>
<context>
    <name>mwb::ui::NpsTrendChart</name>
    <message>
        <source>Net Promoter Score by month</source>
        <translation>按月淨推薦值</translation>
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
        <translation>推薦者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被動者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>貶損者</translation>
    </message>
    <message>
        <source>Not enough data yet: no NPS answers have been imported.</source>
        <translation>資料尚不足：尚未匯入任何 NPS 回答。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::OverlapPanel</name>
    <message>
        <source>Segment A</source>
        <translation>分群 A</translation>
    </message>
    <message>
        <source>Segment B</source>
        <translation>分群 B</translation>
    </message>
    <message>
        <source>Segment C</source>
        <translation>分群 C</translation>
    </message>
    <message>
        <source>Customers in each region</source>
        <translation>各區域的顧客數</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>How many customers two or three saved segments share. Each region counts the customers in exactly those segments.</source>
        <translation>兩個或三個已儲存分群共有多少顧客。每個區域統計恰好屬於這些分群的顧客。</translation>
    </message>
    <message>
        <source>Save two segments to compare them.</source>
        <translation>儲存兩個分群後即可比較。</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 無 —</translation>
    </message>
    <message>
        <source>“%1” cannot be counted: %2</source>
        <translation>無法統計「%1」：%2</translation>
    </message>
    <message>
        <source>Pick two different segments (and a third, if you like).</source>
        <translation>請選擇兩個不同的分群（如需要，可再選第三個）。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>僅 %1</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>兩者皆有</translation>
    </message>
    <message>
        <source>All three</source>
        <translation>三者皆有</translation>
    </message>
    <message>
        <source>%1 and %2 only</source>
        <translation>僅 %1 和 %2</translation>
    </message>
    <message>
        <source>The overlap could not be counted: %1</source>
        <translation>無法統計重疊：%1</translation>
    </message>
    <message>
        <source>In any of them</source>
        <translation>屬於其中任一</translation>
    </message>
    <message>
        <source>Shares are of the %1 customers in at least one segment; %2 are in none.</source>
        <translation>佔比以至少屬於一個分群的 %1 位顧客為基數；%2 位不屬於任何分群。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::OverlapView</name>
    <message>
        <source>Overlap of the segments</source>
        <translation>分群重疊</translation>
    </message>
</context>
<context>
    <name>mwb::ui::OverviewPage</name>
    <message>
        <source>Click for the customers behind this figure.</source>
        <translation>點選檢視此數字背後的顧客。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未開啟工作區</translation>
    </message>
    <message>
        <source>Loading figures…</source>
        <translation>正在載入資料…</translation>
    </message>
    <message>
        <source>Data from %1 to %2</source>
        <translation>資料範圍：%1 至 %2</translation>
    </message>
    <message>
        <source>This workspace holds no orders or touchpoints yet.</source>
        <translation>此工作區中還沒有訂單或接觸點。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在載入 %1…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>無法計算資料：%1</translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 (%4 to %5)</source>
        <translation>%1 至 %2，對比 %3（%4 至 %5）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 對比 %2</translation>
    </message>
    <message>
        <source>Better than the period before</source>
        <translation>優於上一期</translation>
    </message>
    <message>
        <source>Worse than the period before</source>
        <translation>差於上一期</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The figures could not be read (point here for why).</source>
        <translation>無法讀取資料（將滑鼠移到此處可檢視原因）。</translation>
    </message>
    <message>
        <source>All time: %1 · %2 · %3 revenue (net of refunds) · %4</source>
        <translation>全部時間：%1 · %2 · 營收 %3（扣除退款） · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位顧客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln 筆訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touchpoints</source>
        <translation>
            <numerusform>%Ln 個接觸點</numerusform>
        </translation>
    </message>
    <message>
        <source>of which %1 (%2) and %3 (%4)</source>
        <translation>其中 %1（%2）和 %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest orders</source>
        <translation>
            <numerusform>%Ln 筆訪客訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refunds</source>
        <translation>
            <numerusform>%Ln 筆退款</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::PeriodPicker</name>
    <message>
        <source>First day</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>時段</translation>
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
        <translation>自訂</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>上一時段</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一時段</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>下一時段</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>下一時段</translation>
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
        <translation>應用規則</translation>
    </message>
    <message>
        <source>Points on</source>
        <translation>積分截至</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>積分有效期</translation>
    </message>
    <message>
        <source>Points expire this many months after the day they were earned; what is left of them then is expired (0: points never expire by themselves).</source>
        <translation>積分在獲得當天之後這麼多個月到期，屆時剩餘部分即過期（0：積分永不自動過期）。</translation>
    </message>
    <message>
        <source>Value of one point</source>
        <translation>每積分價值</translation>
    </message>
    <message>
        <source>What one point is worth when redeemed, in the workspace currency: the points liability is the outstanding points times this (0: not set).</source>
        <translation>兌換時每積分值多少（以工作區貨幣計）：積分負債 = 未使用積分 × 此值（0：未設定）。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Expiring soon within</source>
        <translation>即將過期提醒期</translation>
    </message>
    <message>
        <source>Points that expire within this many days count as expiring soon (the segment field points_expiring).</source>
        <translation>在這麼多天內到期的積分計為即將過期（分群欄位 points_expiring）。</translation>
    </message>
    <message>
        <source>Points rules</source>
        <translation>積分規則</translation>
    </message>
    <message>
        <source>One point is worth</source>
        <translation>每積分價值</translation>
    </message>
    <message>
        <source>Expiring soon: within</source>
        <translation>即將過期：提醒期</translation>
    </message>
    <message>
        <source>Points are used oldest first: each redemption, expiry or adjustment down takes the points earned earliest. A member who spent more than they held owes the rest, which their next points pay back. The ledger is what the programme recorded, imported as Member points.</source>
        <translation>積分按先進先出使用：每次兌換、過期或調減都先扣最早獲得的積分。會員使用超過持有的積分時，差額記為欠分，由其下次獲得的積分先行抵補。流水以會員計劃的記錄為準，透過“會員積分”匯入。</translation>
    </message>
    <message>
        <source>Points Rules</source>
        <translation>積分規則</translation>
    </message>
    <message>
        <source>The points rules were not stored: %1</source>
        <translation>積分規則未儲存：%1</translation>
    </message>
    <message>
        <source>The workspace holds no data yet.</source>
        <translation>工作區中還沒有資料。</translation>
    </message>
    <message>
        <source>No points by %1. Import a points ledger (File ▸ Import…, Member points) with each member&apos;s points earned, redeemed, expired or adjusted.</source>
        <translation>截至 %1 沒有積分。請匯入積分流水（檔案 ▸ 匯入…，會員積分），包含每位會員獲得、兌換、過期或調整的積分。</translation>
    </message>
    <message>
        <source>On %1 members hold %2 points</source>
        <translation>截至 %1，會員持有 %2 積分</translation>
    </message>
    <message>
        <source>, a liability of %1</source>
        <translation>，負債 %1</translation>
    </message>
    <message>
        <source>; %1 of them expire within %2 days.</source>
        <translation>；其中 %1 分將在 %2 天內過期。</translation>
    </message>
    <message>
        <source>; points never expire by themselves.</source>
        <translation>；積分不會自動過期。</translation>
    </message>
    <message numerus="yes">
        <source>after %n month(s)</source>
        <translation>
            <numerusform>%n 個月後</numerusform>
        </translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>按記錄</translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>%n 天內</numerusform>
        </translation>
    </message>
    <message>
        <source>set the value of a point</source>
        <translation>請設定每積分價值</translation>
    </message>
</context>
<context>
    <name>mwb::ui::PredictionsPanel</name>
    <message>
        <source>Train Model</source>
        <translation>訓練模型</translation>
    </message>
    <message>
        <source>Score Customers</source>
        <translation>為顧客評分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Customers by score</source>
        <translation>按分數劃分的顧客</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分數</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>實際比例</translation>
    </message>
    <message>
        <source>Positives found</source>
        <translation>找到的正例</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>特徵</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>What to predict</source>
        <translation>預測目標</translation>
    </message>
    <message>
        <source>Who stops buying (churn)</source>
        <translation>誰會停止購買（流失）</translation>
    </message>
    <message>
        <source>Who buys (purchase)</source>
        <translation>誰會購買（購買）</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>預測期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>演算法</translation>
    </message>
    <message>
        <source>Logistic regression (LIBLINEAR)</source>
        <translation>邏輯迴歸（LIBLINEAR）</translation>
    </message>
    <message>
        <source>Gradient boosted trees (XGBoost)</source>
        <translation>梯度提升樹（XGBoost）</translation>
    </message>
    <message>
        <source>Stores every customer&apos;s score as of the last day of the data; segments, exports and programmes read it</source>
        <translation>儲存每位顧客截至資料最後一天的分數；分群、匯出和自動化計畫都會讀取</translation>
    </message>
    <message>
        <source>Calibration by decile</source>
        <translation>按十分位的校準</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特徵</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>預測</translation>
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
        <translation>正在讀取每位顧客的歷史並訓練…</translation>
    </message>
    <message>
        <source>Training cancelled: the stored model is as it was.</source>
        <translation>訓練已取消：儲存的模型維持不變。</translation>
    </message>
    <message>
        <source>The model could not be trained: %1</source>
        <translation>無法訓練模型：%1</translation>
    </message>
    <message>
        <source>in under a second</source>
        <translation>用時不到一秒</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>用時 %1 秒</translation>
    </message>
    <message>
        <source>Trained %1. Score the customers to use the scores in segments, exports and programmes.</source>
        <translation>訓練完成，%1。為顧客評分後，即可在分群、匯出和自動化計畫中使用分數。</translation>
    </message>
    <message>
        <source>Scoring every customer…</source>
        <translation>正在為每位顧客評分…</translation>
    </message>
    <message>
        <source>Scoring cancelled: the stored scores are as they were.</source>
        <translation>評分已取消：儲存的分數維持不變。</translation>
    </message>
    <message>
        <source>The customers could not be scored: %1</source>
        <translation>無法為顧客評分：%1</translation>
    </message>
    <message>
        <source>Scored %1 customers as of %2: %3 at or above the threshold %4, mean score %5. Segments read them as “%6”.</source>
        <translation>已為截至 %2 的 %1 位顧客評分：%3 位達到閾值 %4，平均分數 %5。分群以「%6」讀取。</translation>
    </message>
    <message>
        <source>No model yet: train one. It learns from the workspace&apos;s own history and is judged on the latest stretch of it before you use it.</source>
        <translation>還沒有模型：請訓練一個。模型從工作區自身的歷史中學習，並在使用前用最近一段資料評估。</translation>
    </message>
    <message>
        <source>Stored model, trained %1, scores stored %2.</source>
        <translation>已儲存的模型，訓練於 %1，分數儲存於 %2。</translation>
    </message>
    <message>
        <source>Stored model, trained %1; no scores stored yet.</source>
        <translation>已儲存的模型，訓練於 %1；尚未儲存分數。</translation>
    </message>
    <message>
        <source>Of the 10 % the model ranks highest, %1 stopped buying, against %2 overall: %3 of all who stopped are in that tenth.</source>
        <translation>模型排名前 10% 的顧客中，%1 停止了購買，而整體為 %2：所有停止購買者中有 %3 在這 10% 裡。</translation>
    </message>
    <message>
        <source>Of the 10 % the model ranks highest, %1 bought, against %2 overall: %3 of all who bought are in that tenth.</source>
        <translation>模型排名前 10% 的顧客中，%1 進行了購買，而整體為 %2：所有購買者中有 %3 在這 10% 裡。</translation>
    </message>
    <message>
        <source>Learned from %1 customers as they were on %2 and what they did in the %3 days after; </source>
        <translation>從 %1 位顧客在 %2 時的狀態及其之後 %3 天的行為中學習；</translation>
    </message>
    <message>
        <source>judged on %1 customers as they were on %2 and what they did up to %3.</source>
        <translation>用 %1 位顧客在 %2 時的狀態及其到 %3 為止的行為評估。</translation>
    </message>
    <message>
        <source>not judged yet: %1</source>
        <translation>尚未評估：%1</translation>
    </message>
    <message>
        <source>(a fixed sample of %1 of the customers, chosen by id)</source>
        <translation>（按 ID 固定抽取 %1 的顧客）</translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation>依所選</translation>
    </message>
    <message>
        <source>best F1 on the training period</source>
        <translation>訓練期 F1 最佳</translation>
    </message>
    <message>
        <source>held-out period</source>
        <translation>保留期</translation>
    </message>
    <message>
        <source>0.5 is chance, 1 is perfect</source>
        <translation>0.5 為隨機，1 為完美</translation>
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
        <translation>前 10% 相對基準率</translation>
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
        <translation>%1 個特徵，按其在樹模型增益中的占比排序。</translation>
    </message>
    <message>
        <source>%1 features, by the size of their weight (on standardised values: + raises the score, − lowers it).</source>
        <translation>%1 個特徵，按權重大小排序（基於標準化值：+ 提高分數，− 降低分數）。</translation>
    </message>
    <message>
        <source>Days since the last order</source>
        <translation>距上次下單天數</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Spend less refunds</source>
        <translation>消費額（扣除退款）</translation>
    </message>
    <message>
        <source>Days known</source>
        <translation>已知天數</translation>
    </message>
    <message>
        <source>Days since the first order</source>
        <translation>距首次下單天數</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>最近消費分數（R）</translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation>消費頻次分數（F）</translation>
    </message>
    <message>
        <source>Monetary score</source>
        <translation>消費金額分數（M）</translation>
    </message>
    <message>
        <source>Days in the lifecycle stage</source>
        <translation>處於目前生命週期階段的天數</translation>
    </message>
    <message>
        <source>Latest NPS answer</source>
        <translation>最近一次 NPS 評分</translation>
    </message>
    <message>
        <source>Answered NPS</source>
        <translation>參與過 NPS</translation>
    </message>
    <message>
        <source>Orders, last %1 days</source>
        <translation>近 %1 天訂單數</translation>
    </message>
    <message>
        <source>Spend less refunds, last %1 days</source>
        <translation>近 %1 天消費額（扣除退款）</translation>
    </message>
    <message>
        <source>Campaigns received, last %1 days</source>
        <translation>近 %1 天收到的活動</translation>
    </message>
    <message>
        <source>Campaigns opened, last %1 days</source>
        <translation>近 %1 天開啟的活動</translation>
    </message>
    <message>
        <source>Campaigns clicked, last %1 days</source>
        <translation>近 %1 天點擊的活動</translation>
    </message>
    <message>
        <source>Campaign conversions, last %1 days</source>
        <translation>近 %1 天活動轉換</translation>
    </message>
    <message>
        <source>Touchpoints “%1”, last %2 days</source>
        <translation>近 %2 天「%1」接觸點</translation>
    </message>
    <message>
        <source>Touchpoints on %1, last %2 days</source>
        <translation>近 %2 天 %1 通路接觸點</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>階段：%1</translation>
    </message>
    <message>
        <source>Share of spend on %1</source>
        <translation>%1 消費占比</translation>
    </message>
    <message>
        <source>Membership tier (0 = the lowest)</source>
        <translation>會員等級（0 = 最低）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::PreferencesDialog</name>
    <message>
        <source>Ask before deleting, undoing an import or merging customers</source>
        <translation>刪除、復原匯入或合併顧客前先確認</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>依照系統</translation>
    </message>
    <message>
        <source>A new language applies when the application starts again.</source>
        <translation>新語言將在應用程式下次啟動時生效。</translation>
    </message>
    <message>
        <source>Phone region of new workspaces</source>
        <translation>新工作區的電話地區</translation>
    </message>
    <message>
        <source>Currency of new workspaces</source>
        <translation>新工作區的貨幣</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>New workspaces: phone region</source>
        <translation>新工作區：電話地區</translation>
    </message>
    <message>
        <source>New workspaces: currency</source>
        <translation>新工作區：貨幣</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>目前工作區</translation>
    </message>
    <message>
        <source>This workspace: %1</source>
        <translation>目前工作區：%1</translation>
    </message>
    <message>
        <source>Phone region of this workspace</source>
        <translation>目前工作區的電話地區</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>電話地區</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this region in imports and segment conditions.</source>
        <translation>匯入與分群條件中未含國碼的電話號碼，依此地區的號碼解讀。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <source>5A Lifecycle Rules…</source>
        <translation>5A 生命週期規則…</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
    <message>
        <source>Currency of this workspace</source>
        <translation>目前工作區的貨幣</translation>
    </message>
    <message>
        <source>The currency the workspace&apos;s amounts are in. Changing it changes the label of every amount; the amounts themselves are not converted.</source>
        <translation>工作區金額所用的貨幣。變更後，每個金額的貨幣標示都會隨之改變，但金額本身不會換算。</translation>
    </message>
    <message>
        <source>Write dates as %1 (ISO 8601) rather than as this computer does (%2)</source>
        <translation>日期寫成 %1（ISO 8601），而不依本機的寫法（%2）</translation>
    </message>
    <message>
        <source>Applies to everything shown from now on; open pages follow when they are shown again.</source>
        <translation>對此後顯示的所有內容生效；已開啟的頁面在再次顯示時更新。</translation>
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
        <translation>（無）</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>What each product sold</source>
        <translation>各商品銷售情況</translation>
    </message>
    <message>
        <source>Bought together</source>
        <translation>同單購買</translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation>補貨</translation>
    </message>
    <message>
        <source>Save cross-sell segment…</source>
        <translation>保存交叉銷售分群…</translation>
    </message>
    <message>
        <source>Save reminder segment…</source>
        <translation>保存提醒分群…</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分組方式</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品類</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Customers who bought the first and never the second: whom to offer it.</source>
        <translation>買過第一件、從未買過第二件的客戶：可向其推薦第二件。</translation>
    </message>
    <message>
        <source>Customers whose replenishment falls due in the next %1 days: whom to remind.</source>
        <translation>補貨在未來 %1 天內到期的客戶：需要提醒的對象。</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>銷售</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>商品編碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>No order lines name a product yet. Import a file of order lines with a product code (SKU, StockCode, 商品编码) or name to see what sold.</source>
        <translation>尚無訂單行關聯商品。匯入含商品編碼（SKU、StockCode、商品編碼）或商品名稱的訂單行檔案後即可查看銷售情況。</translation>
    </message>
    <message>
        <source>By revenue, all time; the %1 that sold most. Point at a column for what it counts.</source>
        <translation>按營收排序，全部時間；銷量最高的 %1 項。將滑鼠指向列標題可查看其統計口徑。</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation>同時購買</translation>
    </message>
    <message>
        <source>Orders with both</source>
        <translation>同時含兩者的訂單</translation>
    </message>
    <message>
        <source>No two products were bought together in at least 0.1% of the %1 orders.</source>
        <translation>在 %1 筆訂單中，沒有任何兩件商品的同單佔比達到 0.1%。</translation>
    </message>
    <message>
        <source>Pairs in at least 0.1% of the %1 orders with a line bought, by lift. Pick a pair to save who bought the first and never the second.</source>
        <translation>在含已購訂單行的 %1 筆訂單中佔比至少 0.1% 的商品組合，按提升度排序。選中一組可保存“買過第一件、從未買過第二件”的客戶。</translation>
    </message>
    <message>
        <source>Bought again by</source>
        <translation>回購客戶數</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>%1 天內到期</translation>
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
        <translation>尚無商品被 10 位客戶回購：沒有可依據的補貨週期。</translation>
    </message>
    <message>
        <source>Bought again by at least 10 customers; due counted from %1, the last day of the data. Pick a product to save who is due for it in the next %2 days, or save everyone due.</source>
        <translation>至少被 10 位客戶回購；到期日從資料最後一天 %1 起算。選中一件商品可保存未來 %2 天內該商品到期的客戶，或保存所有到期客戶。</translation>
    </message>
    <message>
        <source>Bought %1, not yet %2</source>
        <translation>買過 %1，尚未買 %2</translation>
    </message>
    <message>
        <source>Replenishment due in %1 days</source>
        <translation>%1 天內補貨到期</translation>
    </message>
    <message>
        <source>%1 due in %2 days</source>
        <translation>%1 在 %2 天內到期</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存分群</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>分群名稱：</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ProgrammeDesignForm</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>觸發條件</translation>
    </message>
    <message>
        <source>Entered a 5A stage</source>
        <translation>進入某個 5A 階段</translation>
    </message>
    <message>
        <source>Joined a segment</source>
        <translation>加入某個分群</translation>
    </message>
    <message>
        <source>On a schedule, a segment&apos;s members</source>
        <translation>按排程，某分群的成員</translation>
    </message>
    <message>
        <source>A date of the customer comes round</source>
        <translation>客戶的某個日期到來</translation>
    </message>
    <message>
        <source>A touchpoint of a type</source>
        <translation>某類觸點</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>每週</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>頻率</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source> days after</source>
        <translation> 天後</translation>
    </message>
    <message>
        <source>Days after the date</source>
        <translation>日期後的天數</translation>
    </message>
    <message>
        <source>touchpoint type, e.g. inquiry</source>
        <translation>觸點類型，例如 inquiry</translation>
    </message>
    <message>
        <source>Touchpoint type</source>
        <translation>觸點類型</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受眾</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>保留組</translation>
    </message>
    <message>
        <source>The share of entrants kept out of every list, to measure what the programme earns.</source>
        <translation>不進入任何名單的進入者比例，用於衡量計畫帶來的收益。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不允許</translation>
    </message>
    <message>
        <source> days after entering</source>
        <translation> 天後可再次進入</translation>
    </message>
    <message>
        <source>Re-entry</source>
        <translation>再次進入</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>1 first: under the frequency cap, the higher priority contacts.</source>
        <translation>1 最先：受頻次上限約束時，優先順序高的計畫先觸達。</translation>
    </message>
    <message>
        <source>no files (export the waves as campaigns)</source>
        <translation>不寫檔案（可將各批次作為行銷活動匯出）</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>輸出資料夾</translation>
    </message>
    <message>
        <source>Hashed (ads audiences)</source>
        <translation>雜湊（廣告受眾）</translation>
    </message>
    <message>
        <source>List format</source>
        <translation>名單格式</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Folder for the lists</source>
        <translation>名單資料夾</translation>
    </message>
    <message>
        <source>Enter when</source>
        <translation>進入條件</translation>
    </message>
    <message>
        <source>Only if in</source>
        <translation>僅限於</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分組</translation>
    </message>
    <message>
        <source>Lists to</source>
        <translation>名單寫入</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
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
        <translation>沒有名為「%1」的自動化計畫。</translation>
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
        <translation>步驟</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>實驗組</translation>
    </message>
    <message>
        <source>Treatment converted</source>
        <translation>實驗組已轉換</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>對照組</translation>
    </message>
    <message>
        <source>Control converted</source>
        <translation>對照組已轉換</translation>
    </message>
    <message>
        <source>Not enough data yet: no send step has been reached.</source>
        <translation>資料尚不足：還沒有人到達發送步驟。</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>第 %1 步（%2）</translation>
    </message>
    <message>
        <source>Members reaching each send step</source>
        <translation>到達各發送步驟的人數</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ProgrammeUpliftChart</name>
    <message>
        <source>Cumulative incremental conversions by week of entry</source>
        <translation>按進入週統計的累計增量轉換</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Treatment entries</source>
        <translation>實驗組進入數</translation>
    </message>
    <message>
        <source>Control entries</source>
        <translation>對照組進入數</translation>
    </message>
    <message>
        <source>Incremental conversions</source>
        <translation>增量轉換</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累計</translation>
    </message>
    <message>
        <source>Not enough data yet: no week has both treatment and control entries.</source>
        <translation>資料尚不足：還沒有同時有實驗組和對照組進入的週。</translation>
    </message>
    <message>
        <source>Cumulative incremental conversions</source>
        <translation>累計增量轉換</translation>
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
        <translation>自動化計畫</translation>
    </message>
    <message>
        <source>Run due programmes</source>
        <translation>執行到期的計畫</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Save programme</source>
        <translation>儲存計畫</translation>
    </message>
    <message>
        <source>Simulate on past data</source>
        <translation>用歷史資料模擬</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>執行紀錄</translation>
    </message>
    <message>
        <source>Report by step</source>
        <translation>按步驟報告</translation>
    </message>
    <message>
        <source>Runs every programme for each day since it last ran, up to the last day of the data, and writes the lists to each programme&apos;s folder.</source>
        <translation>從每個計畫上次執行後的每一天執行到資料的最後一天，並將名單寫入各計畫的資料夾。</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>從範本新建</translation>
    </message>
    <message>
        <source>How many would have entered and been sent each week over the last six months.</source>
        <translation>過去六個月中每週會有多少人進入、多少人被發送。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>實驗組</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>對照組</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已觸達</translation>
    </message>
    <message>
        <source>Capped</source>
        <translation>受頻次限制</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉換率</translation>
    </message>
    <message>
        <source>Control conversion</source>
        <translation>對照組轉換率</translation>
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
        <translation>營收</translation>
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
        <translation>進入</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已發送</translation>
    </message>
    <message>
        <source>Global control</source>
        <translation>全域對照組</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名單</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message numerus="yes">
        <source>Last run for %1; %n in it now</source>
        <translation>
            <numerusform>已執行至 %1；目前有 %n 人在計畫中</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>尚未執行</translation>
    </message>
    <message>
        <source>No programme yet: start one from a template, change it, save it, and run it every day.</source>
        <translation>還沒有自動化計畫：從範本新建一個，修改、儲存，然後每天執行。</translation>
    </message>
    <message>
        <source>Every programme has run up to %1, the last day of the data.</source>
        <translation>所有計畫均已執行至 %1（資料的最後一天）。</translation>
    </message>
    <message numerus="yes">
        <source>%n programme day(s) due up to %1, the last day of the data.</source>
        <translation>
            <numerusform>截至 %1（資料的最後一天）有 %n 個計畫日待執行。</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Nobody has entered yet.</source>
        <translation>尚無人進入。</translation>
    </message>
    <message>
        <source>%1 conversions, %2</source>
        <translation>%1 次轉換，%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 entries (%2 in the holdout, %3 in the global control group); programme conversion %4 against %5 in the holdout, within %n day(s) of entering.
Incremental against the holdout: %6; against the global control group: %7.</source>
        <translation>
            <numerusform>%1 次進入（保留組 %2，全域對照組 %3）；計畫轉換率 %4，保留組為 %5（進入後 %n 天內）。
相對保留組的增量：%6；相對全域對照組：%7。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Saved. It runs from the last day of the data when programmes next run.</source>
        <translation>已儲存。下次執行計畫時，它將從資料的最後一天開始執行。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在執行…</translation>
    </message>
    <message numerus="yes">
        <source>Ran %n programme day(s): %1 sent.</source>
        <translation>
            <numerusform>已執行 %n 個計畫日：發送 %1 則。</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>正在模擬…</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>無法模擬：%1</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>刪除計畫</translation>
    </message>
    <message>
        <source>Delete the programme &apos;%1&apos;? Its waves stay as campaigns.</source>
        <translation>刪除計畫「%1」？其各批次仍作為行銷活動保留。</translation>
    </message>
    <message>
        <source>Simulation by week</source>
        <translation>按週模擬</translation>
    </message>
    <message>
        <source>The design as it is, simulated over the last four weeks of the data.</source>
        <translation>按目前設計，用資料的最近四週模擬。</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模擬</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>週起始日</translation>
    </message>
    <message>
        <source>Step %1 sent</source>
        <translation>第 %1 步發送</translation>
    </message>
    <message>
        <source>Over the last six months: about %1 a week would have entered.</source>
        <translation>過去六個月：每週約有 %1 人會進入。</translation>
    </message>
    <message>
        <source>Not valid yet: %1</source>
        <translation>尚不完整：%1</translation>
    </message>
    <message>
        <source>About %1 a week enter (the last four weeks).</source>
        <translation>每週約 %1 人進入（最近四週）。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::ReferralTreeView</name>
    <message>
        <source>Customers referred</source>
        <translation>推薦的顧客</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>推薦日期</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Everyone this customer referred, and whom they referred in turn. Revenue: each customer&apos;s orders less refunds, all time. Double-click a customer to open their profile.</source>
        <translation>此顧客推薦的每個人，以及他們再推薦的人。營收：每位顧客歷來的訂單金額減去退款。雙擊顧客可開啟其顧客資料。</translation>
    </message>
    <message>
        <source>Referred by no one on record.</source>
        <translation>沒有推薦人記錄。</translation>
    </message>
    <message>
        <source>Referred by %1.</source>
        <translation>推薦人：%1。</translation>
    </message>
    <message>
        <source>Has referred no one.</source>
        <translation>尚未推薦任何人。</translation>
    </message>
    <message numerus="yes">
        <source>Referred %n customer(s) directly</source>
        <translation>
            <numerusform>直接推薦了 %n 位顧客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in all down the tree.</source>
        <translation>
            <numerusform>，整個推薦樹共 %n 位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::ReferralsPanel</name>
    <message>
        <source>Apply Costs</source>
        <translation>應用成本</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>推薦排行</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Later revenue</source>
        <translation>後續營收</translation>
    </message>
    <message>
        <source>The customers this referrer brought.</source>
        <translation>該推薦人帶來的顧客。</translation>
    </message>
    <message>
        <source>Referred revenue less first-order revenue: what the referred customers bought after their first order.</source>
        <translation>被推薦顧客營收減去首單營收：被推薦顧客在首單之後的消費。</translation>
    </message>
    <message>
        <source>Double-click a referrer to open their profile and referral tree.</source>
        <translation>雙擊推薦人可開啟其顧客資料和推薦樹。</translation>
    </message>
    <message>
        <source>Reward per referred customer</source>
        <translation>每位被推薦顧客獎勵</translation>
    </message>
    <message>
        <source>Other costs of the programme</source>
        <translation>推薦計劃的其他成本</translation>
    </message>
    <message>
        <source>What else the referral programme cost: its campaigns, materials, prizes.</source>
        <translation>推薦計劃的其他花費：活動、物料、獎品。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top referrers&lt;/b&gt; – most customers brought first, then most revenue.</source>
        <translation>&lt;b&gt;推薦排行&lt;/b&gt; – 先按帶來的顧客數，再按營收排序。</translation>
    </message>
    <message>
        <source>Programme costs</source>
        <translation>推薦計劃成本</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>其他成本</translation>
    </message>
    <message>
        <source>Who brought whom comes from a referral file (File ▸ Import…, Referrals) or the referred-by column of contacts. A customer has one referrer: the first one imported.</source>
        <translation>推薦關係來自推薦檔案（檔案 ▸ 匯入…，推薦關係）或聯絡人檔案中的推薦人列。每位顧客只有一位推薦人：以最先匯入的為準。</translation>
    </message>
    <message>
        <source>Programme Costs</source>
        <translation>推薦計劃成本</translation>
    </message>
    <message>
        <source>The costs were not stored: %1</source>
        <translation>成本未儲存：%1</translation>
    </message>
    <message>
        <source>No referrals yet. Import who brought whom (File ▸ Import…, Referrals), or contacts with a referred-by column.</source>
        <translation>還沒有推薦關係。請匯入推薦關係（檔案 ▸ 匯入…，推薦關係），或帶推薦人列的聯絡人。</translation>
    </message>
    <message>
        <source>%1 referrers brought %2 customers, %3 of whom have bought.</source>
        <translation>%1 位推薦人帶來了 %2 位顧客，其中 %3 位已購買。</translation>
    </message>
    <message>
        <source> The programme cost %1, %2 per referred customer.</source>
        <translation>推薦計劃成本 %1，每位被推薦顧客 %2。</translation>
    </message>
    <message>
        <source> Enter the programme&apos;s costs below for the cost per referred customer.</source>
        <translation>在下方錄入推薦計劃的成本，即可得到每位被推薦顧客成本。</translation>
    </message>
    <message>
        <source>%1 bought</source>
        <translation>%1 位已購買</translation>
    </message>
    <message>
        <source>enter the costs</source>
        <translation>請錄入成本</translation>
    </message>
</context>
<context>
    <name>mwb::ui::RegionCurrencyPicker</name>
    <message>
        <source>Phone region</source>
        <translation>電話地區</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this region.</source>
        <translation>未含國碼的電話號碼，依此地區的號碼解讀。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <source>The currency every amount of the workspace is in.</source>
        <translation>工作區所有金額所用的貨幣。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::RfmGridView</name>
    <message>
        <source>RFM grid: recency by frequency</source>
        <translation>RFM 網格：最近購買 × 購買頻次</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Recency score %2 · frequency score %3&lt;br&gt;%4 customers (%5% of buyers)&lt;br&gt;%6 revenue&lt;br&gt;&lt;i&gt;Click for the customers&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;最近購買分 %2 · 頻次分 %3&lt;br&gt;%4 位顧客（佔購買顧客的 %5%）&lt;br&gt;營收 %6&lt;br&gt;&lt;i&gt;點選檢視顧客&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Frequency score (F): 1 fewest orders → 5 most orders</source>
        <translation>頻次分 (F)：1 訂單最少 → 5 訂單最多</translation>
    </message>
    <message>
        <source>Recency score (R): 5 most recent ↑</source>
        <translation>最近購買分 (R)：5 最近 ↑</translation>
    </message>
</context>
<context>
    <name>mwb::ui::RfmPanel</name>
    <message>
        <source>Named RFM segments</source>
        <translation>RFM 命名分層</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分層</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Double-click a segment for its customers</source>
        <translation>按兩下分層可檢視其顧客</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>正在評分…</translation>
    </message>
    <message>
        <source>The RFM scores could not be read: %1</source>
        <translation>無法讀取 RFM 評分：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 customers who bought&lt;/b&gt;, scored 1–5 on recency, frequency and revenue against each other. Colour shows customers; click a cell for its customers.</source>
        <translation>&lt;b&gt;%1 位購買過的顧客&lt;/b&gt;，按最近購買、頻次和金額相互比較評為 1–5 分。顏色表示顧客數；點選儲存格可檢視對應顧客。</translation>
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
        <translation>分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>統計時間</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>已儲存的分群</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未統計</translation>
    </message>
    <message>
        <source>Counted on %1</source>
        <translation>統計於 %1</translation>
    </message>
    <message>
        <source>Not counted since it was saved</source>
        <translation>儲存後尚未統計</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分鐘前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小時前</translation>
    </message>
    <message>
        <source>No saved segments yet.
Build one on the right and choose Save as…, or import a JSON definition.</source>
        <translation>還沒有已儲存的分群。
在右側建立分群後選擇「另存為…」，或匯入 JSON 定義。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::SegmentBuilder</name>
    <message>
        <source>An event condition needs an event type or a channel.</source>
        <translation>事件條件需要指定事件類型或通路。</translation>
    </message>
    <message>
        <source>%1: choose at least one value.</source>
        <translation>%1：請至少選擇一個值。</translation>
    </message>
    <message>
        <source>%1: enter a value.</source>
        <translation>%1：請輸入一個值。</translation>
    </message>
    <message>
        <source>Segment conditions</source>
        <translation>分群條件</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>新增條件</translation>
    </message>
    <message>
        <source>Add a condition to the selected group</source>
        <translation>在所選群組中新增條件</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>新增群組</translation>
    </message>
    <message>
        <source>Add a group of conditions (all of / any of)</source>
        <translation>新增一組條件（全部滿足／任一滿足）</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>Match the customers who do not match the selected row, or undo that</source>
        <translation>比對不符合所選列的顧客，或取消反向</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>刪除所選列</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>復原上一次變更</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo the change</source>
        <translation>重做變更</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>刪除列</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>編輯條件</translation>
    </message>
    <message>
        <source>Match all</source>
        <translation>全部滿足</translation>
    </message>
    <message>
        <source>Match any</source>
        <translation>任一滿足</translation>
    </message>
    <message>
        <source>Remove negation</source>
        <translation>取消反向</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>移動列</translation>
    </message>
</context>
<context>
    <name>mwb::ui::SegmentEditor</name>
    <message>
        <source>All customers…</source>
        <translation>所有顧客…</translation>
    </message>
    <message>
        <source>The definition in words</source>
        <translation>定義說明</translation>
    </message>
    <message>
        <source>Customers in the segment</source>
        <translation>分群中的顧客</translation>
    </message>
    <message>
        <source>Share of all customers</source>
        <translation>佔所有顧客的比例</translation>
    </message>
    <message>
        <source>First customers of the segment</source>
        <translation>分群的前幾位顧客</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>The definition is not complete yet.</source>
        <translation>定義尚不完整。</translation>
    </message>
    <message>
        <source>Not countable yet</source>
        <translation>暫無法統計</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>無法統計</translation>
    </message>
    <message>
        <source>· %1% of %2</source>
        <translation>· 佔 %2 的 %1%</translation>
    </message>
    <message>
        <source>Counted in %1 ms</source>
        <translation>統計耗時 %1 毫秒</translation>
    </message>
    <message>
        <source>The customers could not be listed: %1</source>
        <translation>無法列出顧客：%1</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>沒有符合的顧客。</translation>
    </message>
    <message>
        <source>&lt;b&gt;First customers&lt;/b&gt; · by customer number</source>
        <translation>&lt;b&gt;前幾位顧客&lt;/b&gt; · 按顧客編號</translation>
    </message>
    <message>
        <source>List every customer of this definition, export them or save them as a segment</source>
        <translation>列出符合此定義的所有顧客，可將其匯出或儲存為分群</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位顧客</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::SegmentPicker</name>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有顧客</translation>
    </message>
    <message>
        <source>%1 (%2 when last counted)</source>
        <translation>%1（上次統計時為 %2）</translation>
    </message>
</context>
<context>
    <name>mwb::ui::SegmentService</name>
    <message>
        <source>The snapshot could not be taken.</source>
        <translation>無法建立快照。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::SegmentsPage</name>
    <message>
        <source>Segment definitions (*.json);;All files (*)</source>
        <translation>分群定義 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重疊</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Save Segment</source>
        <translation>儲存分群</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新分群</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved segments&lt;/b&gt;</source>
        <translation>&lt;b&gt;已儲存的分群&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Start a new segment of everyone</source>
        <translation>新增一個包含所有人的分群</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Save a copy of the chosen segment</source>
        <translation>儲存所選分群的副本</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Rename the chosen segment</source>
        <translation>重新命名所選分群</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Delete the chosen segment</source>
        <translation>刪除所選分群</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>匯入 JSON…</translation>
    </message>
    <message>
        <source>Save a segment from a definition file</source>
        <translation>從定義檔案儲存分群</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>匯出 JSON…</translation>
    </message>
    <message>
        <source>Write the definition to a file (for another workspace or the mwb command)</source>
        <translation>將定義寫入檔案（供其他工作區或 mwb 指令使用）</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Freeze today&apos;s members of the chosen segment</source>
        <translation>凍結所選分群今天的成員</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the definition (Ctrl+S)</source>
        <translation>儲存定義 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <source>Save the definition as a new segment</source>
        <translation>將定義另存為新分群</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>● not saved yet</source>
        <translation>● 尚未儲存</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <source>● unsaved changes</source>
        <translation>● 有未儲存的變更</translation>
    </message>
    <message>
        <source>saved · counted %1</source>
        <translation>已儲存 · 統計於 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>Save the changes to “%1” first?</source>
        <translation>是否先儲存對「%1」的變更？</translation>
    </message>
    <message>
        <source>The changes to “%1” are not complete. Discard them?</source>
        <translation>對「%1」的變更尚不完整。是否放棄？</translation>
    </message>
    <message>
        <source>Open segment</source>
        <translation>開啟分群</translation>
    </message>
    <message>
        <source>The segment “%1” cannot be read: %2</source>
        <translation>無法讀取分群「%1」：%2</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>儲存分群</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>無法儲存「%1」：%2</translation>
    </message>
    <message>
        <source>Save segment as</source>
        <translation>分群另存為</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>分群名稱：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>複製分群</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>重新命名分群</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>刪除分群</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Its definition and snapshots are removed; the customers stay.</source>
        <translation>刪除分群「%1」？其定義和快照將被刪除；顧客會保留。</translation>
    </message>
    <message>
        <source>Import segment definition</source>
        <translation>匯入分群定義</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a segment definition: %2</source>
        <translation>%1 不是分群定義：%2</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Export segment definition</source>
        <translation>匯出分群定義</translation>
    </message>
    <message>
        <source>“%1” could not be frozen: %2</source>
        <translation>無法凍結「%1」：%2</translation>
    </message>
    <message>
        <source>Froze the %1 customers of “%2” as of %3.</source>
        <translation>已凍結「%2」截至 %3 的 %1 位顧客。</translation>
    </message>
    <message>
        <source>%1 is larger than a segment definition can be (%2 MB).</source>
        <translation>%1 超出了分群定義的大小上限（%2 MB）。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::StageFunnelChart</name>
    <message>
        <source>Customers by stage</source>
        <translation>各階段顧客數</translation>
    </message>
    <message>
        <source>Customers by stage on %1</source>
        <translation>%1 各階段顧客數</translation>
    </message>
    <message>
        <source>%1  %2 · %3%</source>
        <translation>%1  %2 · %3%</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Customers on %1</source>
        <translation>%1 的顧客數</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
</context>
<context>
    <name>mwb::ui::StageStyle</name>
    <message>
        <source>Awareness content: introduce the brand, invite a first visit.</source>
        <translation>認知內容：介紹品牌，吸引首次造訪。</translation>
    </message>
    <message>
        <source>Trial offers and samples: turn interest into a first order.</source>
        <translation>試用優惠與試用品：把興趣轉換為首筆訂單。</translation>
    </message>
    <message>
        <source>Onboarding and cross-sell: a second order, a second category.</source>
        <translation>新客引導與交叉銷售：促成第二單、第二個品類。</translation>
    </message>
    <message>
        <source>Referral and member rewards: thank them, let them bring friends.</source>
        <translation>推薦與會員獎勵：感謝他們，讓他們帶來朋友。</translation>
    </message>
    <message>
        <source>Win-back offers: remind, reward the return.</source>
        <translation>召回優惠：提醒回訪，獎勵回流。</translation>
    </message>
    <message>
        <source>Aware – awareness content</source>
        <translation>認知 – 認知內容</translation>
    </message>
    <message>
        <source>Attempt – trial offer</source>
        <translation>嘗試 – 試用優惠</translation>
    </message>
    <message>
        <source>Adopt – onboarding and cross-sell</source>
        <translation>購買 – 新客引導與交叉銷售</translation>
    </message>
    <message>
        <source>Advocate – referral rewards</source>
        <translation>擁護 – 推薦獎勵</translation>
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
        <translation>按月的階段規模</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stage sizes by week</source>
        <translation>按週的階段規模</translation>
    </message>
    <message>
        <source>Stage sizes by day</source>
        <translation>按日的階段規模</translation>
    </message>
    <message>
        <source>Not enough data yet: the stages are drawn over time from the second day with data.</source>
        <translation>資料尚不足：從有資料的第二天起，才會按時間繪製各階段。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::StartPanel</name>
    <message>
        <source>This workspace is empty. Import a file your CRM, shop, till or marketing tool exported — contacts, orders or order lines, touchpoints — in any encoding, with English or Chinese headers. Nothing is written before you have seen what each column becomes and which rows would be refused.</source>
        <translation>此工作區是空的。請匯入由 CRM、網路商店、收銀系統或行銷工具匯出的檔案——聯絡人、訂單或訂單明細、接觸點——任何編碼皆可，標題可以是英文或中文。在你看到每一欄會變成什麼、哪些列會被拒絕之前，不會寫入任何內容。</translation>
    </message>
    <message>
        <source>Import Your First File…</source>
        <translation>匯入第一個檔案…</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>開啟示範工作區</translation>
    </message>
    <message>
        <source>Read the User Guide</source>
        <translation>閱讀使用者指南</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 已就緒</translation>
    </message>
</context>
<context>
    <name>mwb::ui::StepFlowEditor</name>
    <message>
        <source>purchased since entering</source>
        <translation>進入後已購買</translation>
    </message>
    <message>
        <source>opened a message</source>
        <translation>開啟了訊息</translation>
    </message>
    <message>
        <source>clicked a message</source>
        <translation>點擊了訊息</translation>
    </message>
    <message>
        <source>converted (results)</source>
        <translation>已轉換（回傳結果）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>發送</translation>
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
        <translation>退出條件</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <source>Add a step: %1</source>
        <translation>新增步驟：%1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>offer code</source>
        <translation>優惠碼</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>優惠</translation>
    </message>
    <message>
        <source>cost </source>
        <translation>成本 </translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>每次觸達成本</translation>
    </message>
    <message>
        <source>Cost per contact, in the workspace&apos;s currency</source>
        <translation>每次觸達成本，以工作區貨幣計</translation>
    </message>
    <message>
        <source>by</source>
        <translation>透過</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days to wait</source>
        <translation>等待天數</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>條件</translation>
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
        <translation>刪除該步驟</translation>
    </message>
    <message>
        <source>then</source>
        <translation>則</translation>
    </message>
    <message>
        <source>else</source>
        <translation>否則</translation>
    </message>
</context>
<context>
    <name>mwb::ui::TierChart</name>
    <message>
        <source>Members by tier</source>
        <translation>各等級會員</translation>
    </message>
    <message>
        <source>Members by tier on %1</source>
        <translation>%1 各等級會員</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Not enough data yet: nobody is a member on this day.</source>
        <translation>資料尚不足：這一天沒有會員。</translation>
    </message>
    <message>
        <source>%1: %2 members, %3 of all</source>
        <translation>%1：%2 位會員，佔全部的 %3</translation>
    </message>
</context>
<context>
    <name>mwb::ui::TierMigrationTable</name>
    <message>
        <source>Migration between tiers</source>
        <translation>等級間遷移</translation>
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
        <translation>%1 位會員：佔該行的 %2</translation>
    </message>
</context>
<context>
    <name>mwb::ui::TierRulesDialog</name>
    <message>
        <source>Tier rules</source>
        <translation>等級規則</translation>
    </message>
    <message>
        <source>Spend (orders less refunds)</source>
        <translation>消費（訂單減退款）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
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
        <translation>等級</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>門檻</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量指標</translation>
    </message>
    <message>
        <source>Over the last</source>
        <translation>統計近</translation>
    </message>
    <message>
        <source>Moves down reviewed</source>
        <translation>降級評審</translation>
    </message>
    <message>
        <source>Grace before moving down</source>
        <translation>降級寬限期</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>新增等級</translation>
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
        <translation>會員在視窗內的指標達到更高等級門檻的當天即升級；只在評審日、且連續不達標滿寬限天數後才降級。最低等級的門檻為 0：所有人都從這裡開始。</translation>
    </message>
    <message>
        <source>Tiers, lowest first:</source>
        <translation>等級（從低到高）：</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>The same rules as the file “mwb tiers WORKSPACE --rules FILE.json” reads.</source>
        <translation>與“mwb tiers WORKSPACE --rules FILE.json”讀取的檔案是同一套規則。</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>以 JSON 編輯</translation>
    </message>
    <message>
        <source>Save and recompute</source>
        <translation>儲存並重新計算</translation>
    </message>
    <message>
        <source>Clear rules</source>
        <translation>清除規則</translation>
    </message>
    <message>
        <source>Removes the rules: each customer&apos;s imported tier stands again.</source>
        <translation>移除規則：每位顧客匯入時的等級重新生效。</translation>
    </message>
    <message>
        <source>Remove the tier rules? Every customer&apos;s tier goes back to the one imported with them, and the tier histories are deleted.</source>
        <translation>要移除等級規則嗎？每位顧客的等級將恢復為匯入時的等級，等級歷史將被刪除。</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>等級 %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>普通會員</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>銀卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Minimum spend (%1)</source>
        <translation>最低消費（%1）</translation>
    </message>
    <message>
        <source>Minimum orders</source>
        <translation>最少訂單數</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>The rules are one JSON object: {&quot;measure&quot;: …, &quot;tiers&quot;: […]}.</source>
        <translation>規則是一個 JSON 物件：{&quot;measure&quot;: …, &quot;tiers&quot;: […]}。</translation>
    </message>
    <message>
        <source>The JSON cannot be shown as a form: %1</source>
        <translation>該 JSON 無法以表單顯示：%1</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>積分餘額</translation>
    </message>
    <message>
        <source>Minimum points</source>
        <translation>最低積分</translation>
    </message>
</context>
<context>
    <name>mwb::ui::TiersPanel</name>
    <message>
        <source>Tier rules…</source>
        <translation>等級規則…</translation>
    </message>
    <message>
        <source>Members by tier</source>
        <translation>各等級會員</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>The tier&apos;s members ÷ every member on the day.</source>
        <translation>該等級會員 ÷ 當天全部會員。</translation>
    </message>
    <message>
        <source>Members on</source>
        <translation>會員截至</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>對比日期</translation>
    </message>
    <message>
        <source>&lt;b&gt;Migration&lt;/b&gt; – the members of the later day by their tier on the earlier day (rows) and on the later day (columns); green moved up, red moved down.</source>
        <translation>&lt;b&gt;遷移&lt;/b&gt; – 較晚日期的會員，按其在較早日期的等級（行）和較晚日期的等級（列）統計；綠色為升級，紅色為降級。</translation>
    </message>
    <message>
        <source>The tiers could not be loaded: %1</source>
        <translation>無法載入等級：%1</translation>
    </message>
    <message>
        <source>Set tier rules…</source>
        <translation>設定等級規則…</translation>
    </message>
    <message>
        <source>No tier rules: each customer keeps the tier imported with them (the tier column of a contacts file), and lists, exports and segments show it. Set tier rules to have every member&apos;s tier follow their orders, moving up and down by the rules.</source>
        <translation>未設等級規則：每位顧客保留匯入時的等級（聯絡人檔案中的等級列），列表、匯出和分群都顯示該等級。設定等級規則後，每位會員的等級將隨其訂單按規則升降。</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 moved up a tier or more, %4 moved down, of %5 members on %2.</source>
        <translation>從 %1 到 %2：%3 位升了一級或以上，%4 位降級，%2 共有 %5 位會員。</translation>
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
            <numerusform>近 %Ln 天的消費</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>orders in the last %Ln days</source>
        <translation>
            <numerusform>近 %Ln 天的訂單數</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tiers by rules: %1; moves down reviewed %2, after %Ln days&apos; grace. %3.</source>
        <translation>
            <numerusform>按規則定級：%1；降級於%2評審，寬限 %Ln 天。%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the rules and recomputing every member&apos;s tier…</source>
        <translation>正在儲存規則並重新計算每位會員的等級…</translation>
    </message>
    <message>
        <source>Clearing the rules: the imported tiers stand again…</source>
        <translation>正在清除規則：匯入的等級重新生效…</translation>
    </message>
    <message>
        <source>Tier rules</source>
        <translation>等級規則</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>規則未儲存：%1</translation>
    </message>
    <message>
        <source>the points balance on the day</source>
        <translation>當天的積分餘額</translation>
    </message>
</context>
<context>
    <name>mwb::ui::TrackingChart</name>
    <message>
        <source>Tracking: cumulative repeat purchases</source>
        <translation>追蹤：累計回購次數</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預期</translation>
    </message>
    <message>
        <source>Calibration end</source>
        <translation>校準期截止</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>回購次數</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>週起始日</translation>
    </message>
    <message>
        <source>Actual cumulative repeat purchases</source>
        <translation>實際累計回購次數</translation>
    </message>
    <message>
        <source>Expected cumulative repeat purchases</source>
        <translation>預期累計回購次數</translation>
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
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
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
        <translation>把你的 CRM、訂單和接觸點匯出資料彙集在一起，追蹤每位顧客的旅程，建立分群，並以對照組衡量行銷活動——離線完成，只需一個工作區檔案。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::WorkspaceService</name>
    <message>
        <source>it was opened for reading only</source>
        <translation>它是以唯讀方式開啟的</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2.</source>
        <translation>%1 無法變更：%2。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
</context>
<context>
    <name>mwb::ui::WorkspaceSession</name>
    <message>
        <source>The campaign list %1, left unfinished when the application stopped, was put in place.</source>
        <translation>活動名單 %1 在應用程式停止時尚未完成，現已放到目標位置。</translation>
    </message>
    <message>
        <source>The campaign list %1, left unfinished when the application stopped, could not be put in place; its contacts were taken back.</source>
        <translation>活動名單 %1 在應用程式停止時尚未完成，且無法放到目標位置；其觸及紀錄已撤回。</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>它是以唯讀方式開啟的</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2.</source>
        <translation>%1 無法變更：%2。</translation>
    </message>
    <message>
        <source>Amounts are kept in %1&apos;s minor units (%2 to one %1); %3 has %4, so every amount would read differently. Choose a currency with as many.</source>
        <translation>金額以 %1 的最小單位儲存（1 %1 = %2 個最小單位）；%3 則是 %4 個，因此每個金額的讀數都會不同。請選擇最小單位數相同的貨幣。</translation>
    </message>
</context>
</TS>
