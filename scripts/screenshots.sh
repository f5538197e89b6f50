#!/usr/bin/env bash
# Takes a screenshot of every page of the application, in a real window under Xvfb, on a
# freshly generated demo workspace, into docs/screenshots/ (or the folder given).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
scripts/build.sh release
bin=build/release/app
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/mwb/mwb" demo "$work/Demo.mwb" >/dev/null
mkdir -p "$out"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
xvfb-run -a -s "-screen 0 1440x900x24" \
    "$bin/gui/marketing-workbench" "$work/Demo.mwb" --screenshots "$out" --size 1280x800
