#!/usr/bin/env bash
# Installs the build and test dependencies of Marketing Workbench on Debian/Ubuntu.
# Idempotent: packages already present are left alone, and apt is not touched at all
# when nothing is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-translations-l10n
  libqt6svg6 libqt6opengl6-dev libxkbcommon-dev qt6-qpa-plugins
  libsqlite3-dev sqlite3 libsqlitecpp-dev
  libboost-dev libboost-math-dev
  libuchardet-dev libphonenumber-dev libxlsxwriter-dev libnlopt-cxx-dev libcsv-dev
  liblinear-dev libxgboost-dev
  libgl-dev
  xvfb xauth fonts-noto-cjk
  file dpkg-dev desktop-file-utils unzip
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
