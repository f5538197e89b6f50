#!/usr/bin/env bash
# Takes a screenshot of every page of the application, in a real window under Xvfb, on a
# freshly generated demo workspace (with one import of a GB18030 member export), and of
# each page of the import wizard, the Lifecycle page with a drill-down and its rules, the
# Segments page with saved segments, its RFM grid and overlap, the Campaigns page with a
# report and the New Campaign dialog with its live split, into docs/screenshots/ (or the
# folder given).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots}")
scripts/build.sh release
bin=build/release/app
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

"$bin/mwb/mwb" demo "$work/Demo.mwb" >/dev/null
# A member export as Chinese CRM tools write it: GB18030, Chinese headers, phones in
# several spellings, one row without any identifier.
printf '%s\r\n' "会员编号,姓名,手机号,邮箱,城市,注册日期,会员等级,备注" \
    "M00000001,王伟,138 0013 8000,wei.wang1@example.cn,上海,2023年7月3日,金卡,老客户" \
    "N0001,赵丽,+86 139-1234-5678,,杭州,2026/06/01,普通,展会新客" \
    "N0002,钱明,0086 13712345678,ming@example.cn,成都,2026-06-02,普通," \
    ",孙芳,,,南京,2026-06-03,普通,没有联系方式" | iconv -f UTF-8 -t GB18030 >"$work/会员导出.csv"
"$bin/mwb/mwb" import "$work/Demo.mwb" --kind contacts "$work/会员导出.csv" >/dev/null

# A few saved segments, as an analyst would keep them.
printf '%s' '{"all":[{"field":"lifecycle_stage","op":"in","value":["adopt","advocate"]},{"field":"city","op":"in","value":["上海","北京"]},{"any":[{"field":"recency_days","op":"<","value":90},{"event":{"type":"email_click","within_days":30}}]},{"not":{"field":"tier","op":"=","value":"standard"}}]}' >"$work/vip.json"
printf '%s' '{"all":[{"field":"rfm_segment","op":"in","value":["At risk","Can'"'"'t lose them"]},{"not":{"event":{"type":"campaign_sent","within_days":60}}}]}' >"$work/winback.json"
printf '%s' '{"all":[{"field":"frequency","op":">=","value":2},{"purchase":{"within_days":180}}]}' >"$work/repeat.json"
"$bin/mwb/mwb" segment save "$work/Demo.mwb" --name "上海北京 VIP 活跃会员" --definition "$work/vip.json" >/dev/null
"$bin/mwb/mwb" segment save "$work/Demo.mwb" --name "Win-back: at risk, not contacted" --definition "$work/winback.json" >/dev/null
"$bin/mwb/mwb" segment save "$work/Demo.mwb" --name "Repeat buyers, last 6 months" --definition "$work/repeat.json" >/dev/null
# Scored once, so the Customer value page lists its most valuable customers.
"$bin/mwb/mwb" clv predict "$work/Demo.mwb" >/dev/null

# English as written in the United States for the English pictures (a bare server has no locale).
export LANG=en_US.UTF-8
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
xvfb-run -a -s "-screen 0 1440x900x24" \
    "$bin/gui/marketing-workbench" "$work/Demo.mwb" --screenshots "$out" --size 1280x800
# Every page again in Simplified Chinese, for the Chinese half of the user guide.
xvfb-run -a -s "-screen 0 1440x900x24" \
    "$bin/gui/marketing-workbench" "$work/Demo.mwb" --language zh_CN --screenshots "$out/zh_CN" --size 1280x800
# The import wizard, page by page, as its GUI test drives it.
MWB_SCREENSHOT_DIR="$out" xvfb-run -a -s "-screen 0 1440x900x24" \
    build/release/tests/ui/tst_importwizard chineseOrdersThroughEveryPage >/dev/null
# The whole Lifecycle page, a drill-down and the rules dialog.
MWB_SCREENSHOT_DIR="$out" xvfb-run -a -s "-screen 0 1440x900x24" \
    build/release/tests/ui/tst_lifecyclepage >/dev/null
# The RFM grid and the overlap of segments, as the Segments page test drives them.
MWB_SCREENSHOT_DIR="$out" xvfb-run -a -s "-screen 0 1440x900x24" \
    build/release/tests/ui/tst_segmentspage rfmGridAgreesWithTheCoreAndOpensCells overlapAgreesWithTheCore >/dev/null
ls "$out"
