#!/usr/bin/env bash
# Refreshes qml/i18n/huixuan_en.ts from the QML sources (lupdate) and fills
# every translation from scripts/translations_en.py; fails on a source the
# table does not have. The build turns the .ts into the .qm it embeds.
# --check: changes nothing; fails when the committed .ts is not what this
# script would write (a new or changed string without its English).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ts="$root/qml/i18n/huixuan_en.ts"
target="$ts"
if [ "${1:-}" = "--check" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  cp "$ts" "$tmp/huixuan_en.ts"
  target="$tmp/huixuan_en.ts"
fi
/usr/lib/qt6/bin/lupdate -silent "$root"/qml/*.qml -ts "$target" -source-language zh_CN -target-language en -no-obsolete -locations none
python3 - "$root" "$target" <<'PY'
import sys, xml.etree.ElementTree as ET
root, path = sys.argv[1], sys.argv[2]
sys.path.insert(0, root + "/scripts")
from translations_en import EN
tree = ET.parse(path)
missing = []
for m in tree.iter("message"):
    src = m.find("source").text
    tr = m.find("translation")
    if src not in EN:
        missing.append(src)
        continue
    tr.text = EN[src]
    tr.attrib.pop("type", None)
if missing:
    sys.exit("untranslated: " + " | ".join(sorted(set(missing))))
unused = sorted(set(EN) - {m.find("source").text for m in tree.iter("message")})
if unused:
    sys.exit("no longer in the sources, remove from scripts/translations_en.py: " + " | ".join(unused))
tree.write(path, encoding="utf-8", xml_declaration=True)
print("translated:", sum(1 for _ in tree.iter("message")), "messages")
PY
if [ "$target" != "$ts" ]; then
  cmp -s "$ts" "$target" || { echo "qml/i18n/huixuan_en.ts is out of date: run scripts/update-translations.sh" >&2; exit 1; }
fi
