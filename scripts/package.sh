#!/usr/bin/env bash
# Builds Huixuan's packages from this checkout:
#   scripts/package.sh           dist/huixuan_<version>_amd64.deb (Debian 12 and derivatives)
#   scripts/package.sh --store   dist/cn.huixuan.huixuan_<version>.0_amd64.deb (Deepin / UOS store layout)
# Options: --build-dir DIR (default build/, shared with run.sh and test.sh),
#          --out DIR (default dist/).
# The version is the top entry of assets/packaging/changelog.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
store=0
build="$HX_ROOT/build"
dist="$HX_ROOT/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --store) store=1 ;;
    --build-dir) build=$(realpath -m "$2"); shift ;;
    --out) dist=$(realpath -m "$2"); shift ;;
    *) echo "usage: scripts/package.sh [--store] [--build-dir DIR] [--out DIR]" >&2; exit 2 ;;
  esac
  shift
done

hx_install_packages
HX_BUILD_DIR="$build" hx_build huixuan huixuan-cli

appid=cn.huixuan.huixuan
version=$(sed -n '1s/^huixuan (\([0-9.]*\)).*/\1/p' "$HX_ROOT/assets/packaging/changelog")
arch=$(dpkg --print-architecture)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pkg="$work/pkg"
DESTDIR="$pkg" cmake --install "$build" --prefix /usr --strip >/dev/null
strip --remove-section=.comment --remove-section=.note "$pkg/usr/bin/huixuan" "$pkg/usr/bin/huixuan-cli"

# Manual pages and the changelog compressed as Debian policy asks (no timestamps).
gzip -9n "$pkg"/usr/share/man/man1/*.1
doc="$pkg/usr/share/doc/huixuan"
install -d "$doc"
install -m 644 "$HX_ROOT/assets/packaging/copyright" "$doc/copyright"
gzip -9nc "$HX_ROOT/assets/packaging/changelog" > "$doc/changelog.gz"

if [ "$store" = 1 ]; then
  # Deepin / UOS: everything under /opt/apps/<appid>/, desktop files under entries/.
  version="$version.0"
  name=$appid
  opt="$pkg/opt/apps/$appid"
  install -d "$opt/files/share" "$opt/entries"
  mv "$pkg/usr/bin" "$opt/files/bin"
  mv "$pkg/usr/share/huixuan" "$pkg/usr/share/man" "$pkg/usr/share/metainfo" "$opt/files/share/"
  mv "$pkg/usr/share/doc/huixuan" "$opt/files/doc"
  for d in applications icons mime; do mv "$pkg/usr/share/$d" "$opt/entries/$d"; done
  sed -i "s|^Exec=huixuan |Exec=/opt/apps/$appid/files/bin/huixuan |" "$opt/entries/applications/$appid.desktop"
  rm -rf "$pkg/usr"
  cat > "$opt/info" <<JSON
{
  "appid": "$appid",
  "name": "会选",
  "version": "$version",
  "arch": ["$arch"],
  "permissions": {
    "autostart": false, "notification": false, "trayicon": false, "clipboard": true,
    "account": false, "bluetooth": false, "camera": false, "audio_record": false, "installed_apps": false
  }
}
JSON
  bins=("$opt/files/bin/huixuan" "$opt/files/bin/huixuan-cli")
else
  name=huixuan
  bins=("$pkg/usr/bin/huixuan" "$pkg/usr/bin/huixuan-cli")
fi

# Libraries from the binaries; QML modules, the platform plugin, Qt's own
# translations and the fonts from what the console loads at run time.
mkdir -p "$work/debian"
printf 'Source: huixuan\n\nPackage: huixuan\nArchitecture: any\n' > "$work/debian/control"
shlibs=$(cd "$work" && dpkg-shlibdeps -O "${bins[@]}" 2> >(grep -v "should already be installed" >&2) | sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || { echo "package.sh: dpkg-shlibdeps found no libraries" >&2; exit 1; }
runtime=$(grep -v -E '^\s*(#|$)' "$HX_ROOT/scripts/runtime-packages.txt" | paste -sd, | sed 's/,/, /g')

install -d "$pkg/DEBIAN"
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: $name
Version: $version
Architecture: $arch
Maintainer: Huixuan developers <developers@huixuan.invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Depends: $shlibs, $runtime
Recommends: sane-utils
Section: misc
Priority: optional
Description: meetings and elections of a Women's Federation (会选)
 Huixuan runs a congress or an executive committee meeting of a Women's
 Federation on a laptop with a projector: the agenda, attendance and quorum,
 adoptions, scrutineers, ballots, the count with every counting rule, the
 announcement, and the signed records filed with the party organisation and
 the upper federation. Between congresses it keeps the executive register.
 .
 This package holds the console (huixuan), the command line (huixuan-cli),
 the example meetings and the desktop integration.
CONTROL
(cd "$pkg" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
find "$pkg" -type d -exec chmod 755 {} +
chmod 644 "$pkg/DEBIAN/control" "$pkg/DEBIAN/md5sums"

mkdir -p "$dist"
out="$dist/${name}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$out" >/dev/null
echo "$out"
