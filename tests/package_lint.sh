#!/usr/bin/env bash
# Builds both packages from the build tree and checks them as a distribution
# and a store would: lintian (no error), appstreamcli validate,
# desktop-file-validate, the MIME type, the Debian package's contents and
# Depends, and the Deepin/UOS layout (everything under /opt/apps/<appid>/,
# an info file, a four-part version, no maintainer scripts).
set -euo pipefail
root=$1
build=$2
out=$3
appid=cn.huixuan.huixuan
rm -rf "$out"
deb=$("$root/scripts/package.sh" --build-dir "$build" --out "$out" | tail -n 1)
store=$("$root/scripts/package.sh" --store --build-dir "$build" --out "$out" | tail -n 1)
version=$(sed -n '1s/^huixuan (\([0-9.]*\)).*/\1/p' "$root/assets/packaging/changelog")
fail() { echo "FAIL: $*" >&2; exit 1; }

[ "$(basename "$deb")" = "huixuan_${version}_$(dpkg --print-architecture).deb" ] || fail "package name $deb"
echo "== lintian $deb"
lintian --no-tag-display-limit "$deb" | tee "$out/lintian.txt"
! grep -q '^E:' "$out/lintian.txt" || fail "lintian reports errors"

x="$out/x"; mkdir -p "$x"; dpkg-deb -x "$deb" "$x"
for f in usr/bin/huixuan usr/bin/huixuan-cli usr/share/huixuan/scenarios/founding-congress.json \
         usr/share/applications/$appid.desktop usr/share/metainfo/$appid.metainfo.xml \
         usr/share/mime/packages/$appid.xml usr/share/icons/hicolor/scalable/apps/$appid.svg \
         usr/share/icons/hicolor/48x48/apps/$appid.png usr/share/icons/hicolor/256x256/apps/$appid.png \
         usr/share/man/man1/huixuan-cli.1.gz usr/share/man/man1/huixuan.1.gz \
         usr/share/doc/huixuan/copyright usr/share/doc/huixuan/changelog.gz; do
  [ -e "$x/$f" ] || fail "missing /$f"
done
echo "== appstreamcli validate"
appstreamcli validate --no-net --explain "$x/usr/share/metainfo/$appid.metainfo.xml"
echo "== desktop-file-validate"
desktop-file-validate "$x/usr/share/applications/$appid.desktop"
grep -q '^Categories=Office;$' "$x/usr/share/applications/$appid.desktop" || fail "not in the Office category"
grep -q '^Name\[zh_CN\]=会选$' "$x/usr/share/applications/$appid.desktop" || fail "no Chinese name"
grep -q '^MimeType=application/x-huixuan-workspace;$' "$x/usr/share/applications/$appid.desktop" || fail "no MIME type"
echo "== the MIME type names *.huixuan"
mkdir -p "$out/mime/packages"
cp "$x/usr/share/mime/packages/$appid.xml" "$out/mime/packages/"
update-mime-database "$out/mime"
grep -q 'application/x-huixuan-workspace:\*\.huixuan' "$out/mime/globs" || fail "the glob is not registered"
echo "== Depends"
depends=$(dpkg-deb -f "$deb" Depends)
echo "$depends"
for p in libc6 libqt6qml6 libqt6quick6 libsqlite3-0 libssl3 $(grep -v -E '^\s*(#|$)' "$root/scripts/runtime-packages.txt"); do
  echo "$depends" | grep -q "\b$p\b" || fail "Depends lacks $p"
done
"$x/usr/bin/huixuan-cli" --version | grep -qx "huixuan-cli $version" || fail "huixuan-cli --version"

echo "== store package $store"
[ "$(basename "$store")" = "${appid}_${version}.0_$(dpkg --print-architecture).deb" ] || fail "store package name $store"
[ "$(dpkg-deb -f "$store" Package)" = "$appid" ] || fail "store package name field"
dpkg-deb -f "$store" Version | grep -qE '^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$' || fail "store version is not four-part"
outside=$(dpkg-deb -c "$store" | awk '{print $6}' | grep -v -E "^\./(opt/|opt/apps/|opt/apps/$appid/.*)?$" || true)
[ -z "$outside" ] || fail "store package has files outside /opt/apps/$appid: $outside"
scripts=$(dpkg-deb --ctrl-tarfile "$store" | tar -t | grep -v -E '^\./(control|md5sums)?$' || true)
[ -z "$scripts" ] || fail "store package has maintainer scripts: $scripts"
s="$out/s"; mkdir -p "$s"; dpkg-deb -x "$store" "$s"
o="$s/opt/apps/$appid"
python3 -c "import json,sys; i=json.load(open(sys.argv[1])); assert i['appid']==sys.argv[2] and i['version']==sys.argv[3], i" \
  "$o/info" "$appid" "$version.0"
for f in files/bin/huixuan files/bin/huixuan-cli entries/applications/$appid.desktop \
         entries/icons/hicolor/scalable/apps/$appid.svg entries/mime/packages/$appid.xml \
         files/share/huixuan/scenarios/founding-congress.json; do
  [ -e "$o/$f" ] || fail "store: missing $f"
done
grep -q "^Exec=/opt/apps/$appid/files/bin/huixuan %f$" "$o/entries/applications/$appid.desktop" || fail "store: Exec"
desktop-file-validate "$o/entries/applications/$appid.desktop"
echo "packages: both pass"
