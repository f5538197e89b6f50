#!/usr/bin/env bash
# Feeds `mwb import` the hostile and broken files analysts' tools produce and prints, for
# each, the exit code, the first line of the message, the peak memory and whether the
# workspace kept its data and its integrity. Nothing here may crash, hang or half-write.
# Usage: scripts/hostile-inputs.sh [BUILD_DIR (default build/release)] [--big]
#   --big also tries a 2 GB file (about 3 GB of disk while it runs).
set -euo pipefail
build=${1:-build/release}
big=${2:-}
mwb="$build/app/mwb/mwb"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ws="$work/ws.mwb"
"$mwb" init "$ws" --region CN --currency CNY >/dev/null
printf 'member_id,name,phone\nM1,王小明,13800138000\nM2,李华,13900139000\n' >"$work/good.csv"
"$mwb" import "$ws" --kind contacts "$work/good.csv" >/dev/null

python3 - "$work" "$big" <<'PY'
import os, sys
work, big = sys.argv[1], sys.argv[2]
def w(name, data):
    with open(os.path.join(work, name), 'wb') as f:
        f.write(data)
w('empty.csv', b'')
w('header-only.csv', b'member_id,name,phone\n')
w('columns-100k.csv', (','.join('c%d' % i for i in range(100000)) + '\n' + ','.join('v' for _ in range(100000)) + '\n').encode())
w('field-50mb.csv', b'member_id,name\nM3,"' + b'x' * (50 << 20) + b'"\n')
w('nul-bytes.csv', b'member_id,name\nM4,Wang\x00Li\nM5,\x00\n')
w('invalid-utf8.csv', b'member_id,name\nM6,\xff\xfe\xc3\x28 Zhang\nM6b,Ok\n')
w('invalid-gb18030.csv', '会员编号,姓名\nM11,王小明\n'.encode('gb18030') + b'M12,\x81\x20bad\n')
w('binary.csv', bytes((i * 7919) % 256 for i in range(1 << 20)))
w('unterminated-quote.csv', b'member_id,name\nM7,Chen\nM8,"Open quote to the end\n')
w('ragged.csv', b'member_id,name,phone\nM9,Zhou\nM10,Wu,13700137000,extra\n')
if big:
    # 2 GB of contacts: streamed, so memory stays that of one buffer and one batch.
    with open(os.path.join(work, 'file-2gb.csv'), 'wb') as f:
        f.write(b'member_id,name,phone\n')
        block = b''.join(b'M%09d,Customer name that is reasonably long,13800138000\n' % i for i in range(100000))
        written = 0
        while written < (2 << 30):
            f.write(block)
            written += len(block)
PY

mkdir "$work/a-folder.csv"
mkfifo "$work/a-pipe.csv" 2>/dev/null || true
ln -s /dev/null "$work/a-device.csv"

count() { sqlite3 "$ws" "SELECT count(*) FROM customers"; }
attacks=0 survived=0 crashes=0
# An attack survived when the command ended with a code of its own (0, 1 or 2), not a crash,
# and the workspace kept its integrity.
tally() { # EXIT INTEGRITY
    attacks=$((attacks + 1))
    if [[ $1 -le 2 && $2 == ok ]]; then survived=$((survived + 1)); fi
    if [[ $1 -gt 2 ]]; then crashes=$((crashes + 1)); fi
}
printf '%-38s %4s %9s %8s %6s  %s\n' input exit peak_MB before after message
cases=(empty header-only columns-100k field-50mb nul-bytes invalid-utf8 "invalid-utf8 --encoding UTF-8"
       "invalid-gb18030 --encoding GB18030" binary unterminated-quote ragged a-folder a-pipe a-device file-2gb)
for case in "${cases[@]}"; do
    read -r file options <<<"$case"
    [[ -e "$work/$file.csv" ]] || continue
    before=$(count)
    set +e
    /usr/bin/time -f '%M' -o "$work/time" "$mwb" import "$ws" --kind contacts "$work/$file.csv" $options >"$work/out" 2>"$work/err"
    code=$?
    set -e
    after=$(count)
    peak=$(( $(tail -1 "$work/time") / 1024 ))
    message=$(cat "$work/err" "$work/out" | grep -v '^\s*$' | head -1 | cut -c1-110)
    integrity=$(sqlite3 "$ws" "PRAGMA integrity_check")
    [[ $integrity == ok ]] || message="INTEGRITY: $integrity; $message"
    tally "$code" "$integrity"
    printf '%-38s %4s %9s %8s %6s  %s\n' "$file${options:+ $options}" "$code" "$peak" "$before" "$after" "$message"
done

# Broken places: a full disk and a read-only folder (a small tmpfs; needs root to mount).
mnt="$work/small-disk"
mkdir -p "$mnt"
if mount -t tmpfs -o size=3m tmpfs "$mnt" 2>/dev/null; then
    trap 'umount "$mnt" 2>/dev/null; rm -rf "$work"' EXIT
    "$mwb" init "$mnt/ws.mwb" --region CN --currency CNY >/dev/null
    python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    f.write('order_id,customer_id,order_date,amount\n')
    for i in range(200000):
        f.write('SO%d,C%d,2024-01-01,%d.50\n' % (i, i % 5000, i % 997))
" "$work/orders.csv"
    set +e
    "$mwb" import "$mnt/ws.mwb" --kind transactions "$work/orders.csv" >"$work/out" 2>"$work/err"
    code=$?
    set -e
    tally "$code" "$(sqlite3 "$mnt/ws.mwb" 'PRAGMA integrity_check')"
    printf '%-38s %4s %9s %8s %6s  %s\n' "full disk (3 MB tmpfs)" "$code" - 0 \
        "$(sqlite3 "$mnt/ws.mwb" 'SELECT count(*) FROM transactions')" "$(head -1 "$work/err" | cut -c1-110)"
    echo "  integrity after: $(sqlite3 "$mnt/ws.mwb" 'PRAGMA integrity_check')"
    "$mwb" import "$mnt/ws.mwb" --kind contacts "$work/good.csv" >/dev/null 2>&1 || true
    mount -o remount,ro "$mnt"
    set +e
    "$mwb" import "$mnt/ws.mwb" --kind contacts "$work/good.csv" >"$work/out" 2>"$work/err"
    code=$?
    set -e
    tally "$code" ok
    printf '%-38s %4s %9s %8s %6s  %s\n' "read-only folder" "$code" - - - "$(head -1 "$work/err" | cut -c1-110)"
    umount "$mnt"
else
    echo "full disk and read-only folder: skipped (mounting a tmpfs needs root)"
fi
echo "hostile inputs totals: attacks $attacks, survived with nothing lost $survived, crashes $crashes"
