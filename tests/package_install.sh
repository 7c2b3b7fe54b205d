#!/usr/bin/env bash
# Installs the Debian package into a bare Debian 12 root (debootstrap
# --variant=minbase) as an office would — apt install ./huixuan_*.deb, which
# must bring every dependency — then, as an ordinary user: runs huixuan-cli
# on the bundled founding congress, verifies a signed document, starts the
# console from its menu entry (offscreen self-test); then apt remove, and
# checks that nothing of Huixuan's remains but the user's own files.
# Needs root, debootstrap and Debian's package mirror (the host's apt source).
# The bare root is cached as a tarball in HX_TEST_CACHE (default
# /var/cache/huixuan-tests) and unpacked fresh for every run.
set -euo pipefail
deb=$(realpath "$1")
cache=${HX_TEST_CACHE:-/var/cache/huixuan-tests}
appid=cn.huixuan.huixuan
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (chroot)"

# The mirror the host installs from (deb822 sources or a sources.list line).
mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\/debian\)\/\{0,1\}$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
[ -n "$mirror" ] || mirror=$(awk '$1=="deb" && $3=="bookworm" {print $2; exit}' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null)
[ -n "$mirror" ] || fail "no Debian mirror in the host's apt sources"

mkdir -p "$cache/archives/partial"
bare="$cache/bookworm-minbase.tar"
if [ ! -s "$bare" ]; then
  echo "== debootstrap a bare Debian 12 (once; cached in $bare)"
  tmp=$(mktemp -d)
  debootstrap --variant=minbase bookworm "$tmp/root" "$mirror" >"$cache/debootstrap.log" 2>&1 || { tail -20 "$cache/debootstrap.log"; fail "debootstrap"; }
  tar -C "$tmp/root" -cf "$bare.part" . && mv "$bare.part" "$bare"
  rm -rf "$tmp"
fi

work=$(mktemp -d)
r="$work/root"
cleanup() {
  for m in var/cache/apt/archives proc dev/pts dev; do umount -l "$r/$m" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
mkdir "$r"
tar -C "$r" -xf "$bare"
cp /etc/resolv.conf "$r/etc/resolv.conf"
mount --bind /dev "$r/dev"; mount --bind /dev/pts "$r/dev/pts"; mount -t proc proc "$r/proc"
mount --bind "$cache/archives" "$r/var/cache/apt/archives"
in_root() { chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
as_user() { chroot --userspec=office:office "$r" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/office LANG=zh_CN.UTF-8 "$@"; }

in_root apt-get update -qq
# What every desktop has: the MIME database and the desktop-entry cache, whose
# dpkg triggers register the package's file type.
in_root apt-get install -y -qq --no-install-recommends shared-mime-info desktop-file-utils >"$work/desktop.log" 2>&1 || { tail -20 "$work/desktop.log"; fail "desktop basics"; }
in_root useradd -m office
before="$work/before.txt"
(cd "$r" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./var/cache/apt/archives -o -path ./home \) -prune -o -print | sort) > "$before"

echo "== apt install ./$(basename "$deb") on a bare Debian 12"
cp "$deb" "$r/tmp/"
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; fail "apt install"; }
in_root dpkg -s huixuan | grep -q '^Status: install ok installed' || fail "not installed"
grep -q 'application/x-huixuan-workspace:\*\.huixuan' "$r/usr/share/mime/globs2" || fail "*.huixuan is not registered in the MIME database"
grep -q "^application/x-huixuan-workspace=$appid.desktop;" "$r/usr/share/applications/mimeinfo.cache" || fail "the console is not the workspace's application"

echo "== huixuan-cli run on the bundled founding congress"
as_user huixuan-cli --version
as_user huixuan-cli run /usr/share/huixuan/scenarios/founding-congress.json --out /home/office/demo
home="$r/home/office/demo"
[ -s "$home/result.json" ] || fail "no result.json"
python3 -c "import json,sys; m=json.load(open(sys.argv[1]))['meetings'][0]; assert m['contests'] and all(c['elected'] for c in m['contests']), m" "$home/result.json"
report=$(cd "$home" && find documents -name '选举结果报告.pdf' | head -n 1)
[ -n "$report" ] || fail "no result report"
as_user huixuan-cli verify "/home/office/demo/$report"
pdfsig "$home/$report" | grep -q 'Signature is Valid' || fail "pdfsig does not validate $report"
echo "documents: $(find "$home/documents" -name '*.pdf' | wc -l) signed PDFs"

echo "== the console from its menu entry, offscreen"
exec_line=$(sed -n 's/^Exec=//p' "$r/usr/share/applications/$appid.desktop")
console=${exec_line%% *}
[ "$console" = huixuan ] || fail "menu entry runs $exec_line"
(cd "$r/tmp" && as_user sh -c "cd /home/office && QT_QPA_PLATFORM=offscreen $console --self-test") || fail "the console's self-test"
as_user sh -c 'cd /home/office && QT_QPA_PLATFORM=offscreen LANG=en_US.UTF-8 huixuan --version'

echo "== apt remove"
in_root apt-get remove -y -qq huixuan >"$work/remove.log" 2>&1 || { tail -20 "$work/remove.log"; fail "apt remove"; }
after="$work/after.txt"
(cd "$r" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./var/cache/apt/archives -o -path ./home \) -prune -o -print | sort) > "$after"
left=$(comm -13 "$before" "$after" | grep -i -E 'huixuan' | grep -v -E '^\./var/log/|^\./tmp/huixuan_' || true)
[ -z "$left" ] || fail "left behind after removal: $left"
if grep -rIl -i huixuan "$r/usr/share/applications" "$r/usr/share/mime" "$r/usr/share/icons" 2>/dev/null; then
  fail "desktop, MIME or icon caches still name Huixuan"
fi
[ -s "$home/result.json" ] || fail "the user's own files were removed"
echo "installed, used and removed cleanly on a bare Debian 12"
