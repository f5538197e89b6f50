#!/usr/bin/env bash
# Builds the .deb from the release build, installs it with dpkg, checks what it installed
# and starts the installed application offscreen on a demo workspace; then removes it.
# Run after scripts/run-tests.sh (CI does). Needs root or sudo for dpkg.
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

passed=0
failed=0
check() {
    local what=$1
    shift
    if "$@" >/tmp/mwb-package-check.log 2>&1; then
        echo "package check: ok: $what"
        passed=$((passed + 1))
    else
        echo "package check: FAILED: $what"
        sed 's/^/    /' /tmp/mwb-package-check.log | tail -20
        failed=$((failed + 1))
    fi
}

version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

check "cpack builds the .deb" cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out"
deb=$(ls "$out"/marketing-workbench_*.deb 2>/dev/null | head -1)
check "the .deb is named for version $version" test -n "$deb" -a "${deb##*_$version}" != "$deb"
check "dpkg installs it" "${sudo_cmd[@]}" dpkg -i "$deb"
check "the package lists the desktop file, metainfo, MIME type and icons" bash -c \
    "dpkg -L marketing-workbench | grep -q applications/org.marketingworkbench.MarketingWorkbench.desktop &&
     dpkg -L marketing-workbench | grep -q metainfo/org.marketingworkbench.MarketingWorkbench.metainfo.xml &&
     dpkg -L marketing-workbench | grep -q mime/packages/org.marketingworkbench.MarketingWorkbench.xml &&
     dpkg -L marketing-workbench | grep -q hicolor/256x256/apps/org.marketingworkbench.MarketingWorkbench.png &&
     dpkg -L marketing-workbench | grep -q hicolor/scalable/apps/org.marketingworkbench.MarketingWorkbench.svg"
check "mwb --version says $version" bash -c "/usr/bin/mwb --version | grep -qx 'mwb $version'"
check "the installed mwb writes a demo workspace" /usr/bin/mwb demo "$out/demo.mwb" --customers 300
check "the installed application starts offscreen on it" env QT_QPA_PLATFORM=offscreen \
    timeout 120 /usr/bin/marketing-workbench --report-startup "$out/demo.mwb"
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate" desktop-file-validate /usr/share/applications/org.marketingworkbench.MarketingWorkbench.desktop
fi
check "dpkg removes it" "${sudo_cmd[@]}" dpkg -r marketing-workbench

echo "package check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
