#!/usr/bin/env bash
# Sets up, builds and opens Marketing Workbench on the demo workspace. Without a display
# it builds the demo workspace and prints its stats instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
bin=build/release/app

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin/gui/marketing-workbench" --demo "$@"
fi

# The same file the application uses: QStandardPaths::AppDataLocation/demo.mwb.
data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/MarketingWorkbench/Marketing Workbench"
demo="$data_dir/demo.mwb"
mkdir -p "$data_dir"
if [ ! -f "$demo" ]; then
    "$bin/mwb/mwb" demo "$demo"
fi
echo "No display found: here are the demo workspace's stats ($demo)."
"$bin/mwb/mwb" stats "$demo"
