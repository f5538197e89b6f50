#!/usr/bin/env bash
# Brings translations/*.ts up to date with the strings of the GUI (ui/ and app/gui/) and the
# texts of core that the GUI shows (messages, labels and names in the core folders below,
# marked with QT_TRANSLATE_NOOP or translated in place; without a translator, as in the CLI,
# they stay English):
# new strings are added as unfinished, strings that are gone are dropped (-no-obsolete).
# The same as `cmake --build --preset release --target update_translations`, without a build.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || true)
[ -n "$lupdate" ] || lupdate=$(command -v /usr/lib/qt6/bin/lupdate || true)
[ -n "$lupdate" ] || lupdate=$(qtpaths6 --query QT_INSTALL_BINS 2>/dev/null)/lupdate
"$lupdate" -no-obsolete -locations none -extensions cpp,h \
    ui app/gui core/segments core/import core/campaigns core/lifecycle core/customers core/export \
    core/analytics core/journeys core/store core/demo core/maintenance core/vocabulary core/metrics core/products core/programmes core/models core/membership \
    -ts translations/marketing-workbench_zh_CN.ts translations/marketing-workbench_zh_TW.ts "$@"
# English needs only its plural forms: "%Ln customers" reads "1 customer" for one.
"$lupdate" -no-obsolete -locations none -pluralonly -extensions cpp,h \
    ui app/gui core/segments core/import core/campaigns core/lifecycle core/customers core/export \
    core/analytics core/journeys core/store core/demo core/maintenance core/vocabulary core/metrics core/products core/programmes core/models core/membership \
    -ts translations/marketing-workbench_en.ts "$@"
