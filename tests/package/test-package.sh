#!/bin/sh
# Builds the Debian package from a build tree with cpack, installs it with apt-get as a user would, runs the
# installed programs, checks the installed manual pages, desktop file, icons and AppStream metainfo, and removes
# the package again so the machine is left as it was.
#
# Usage: test-package.sh CPACK BUILD_DIR VERSION
# Exit 0 passed, 1 failed, 77 skipped (not root, no apt-get, or candor already installed on this machine).
set -eu

cpack=$1
build=$2
version=$3
app_id=org.candor.Candor

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
skip() {
    echo "SKIP: $*"
    exit 77
}

[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
command -v apt-get >/dev/null 2>&1 || skip "apt-get is not available"
# Never replace (and then remove) a copy of Candor that someone installed on purpose.
if dpkg-query -W -f='${Status}' candor 2>/dev/null | grep -q "ok installed"; then
    skip "the candor package is already installed here; remove it (apt-get remove candor) to run this test"
fi
for tool in appstreamcli desktop-file-validate file; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing; packaging/install-deps.sh installs it"
done

start=$(date +%s)
work=$(mktemp -d /tmp/candor-package.XXXXXX)
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        # dpkg, not apt: it needs no package lists and cannot remove anything but Candor.
        dpkg --purge candor >/dev/null || echo "WARNING: could not remove the candor package" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
# apt hands local files to its unprivileged _apt user, which must be able to read them.
chmod 755 "$work"
mkdir -p "$work/home"
export HOME="$work/home"

echo "== cpack in $build"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack could not build the package"; }
deb=""
for f in "$work"/pkg/candor_"$version"_*.deb; do
    [ -f "$f" ] && deb=$f
done
[ -n "$deb" ] || fail "cpack made no candor_${version}_*.deb"
chmod 644 "$deb"
dpkg-deb -I "$deb"

echo "== package metadata"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in "libsecret-1-0" "gnome-keyring | kwalletmanager" "qt6-qpa-plugins" "libqt6sql6-sqlite" "libqt6keychain1" "libqt6widgets6" \
    "libqt6network6" "libqt6core6"; do
    case ", $depends" in
    *", $dep"*) ;;
    *) fail "Depends lacks \"$dep\": $depends" ;;
    esac
done
[ "$(dpkg-deb -f "$deb" Section)" = science ] || fail "Section is not science"
[ -n "$(dpkg-deb -f "$deb" Homepage)" ] || fail "no Homepage"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
expect_files="/usr/bin/candor /usr/bin/candor-cli /usr/share/applications/$app_id.desktop
/usr/share/metainfo/$app_id.metainfo.xml /usr/share/man/man1/candor-cli.1.gz /usr/share/man/man1/candor.1.gz
/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256; do
    expect_files="$expect_files /usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
for f in $expect_files; do
    grep -qx "$f" "$work/files" || fail "the package lacks $f"
done
# Only Candor's own files: no test programs, headers or static libraries from the build tree.
unexpected=$(grep -v -e '/$' -e '^/usr/bin/candor$' -e '^/usr/bin/candor-cli$' -e '^/usr/share/applications/' \
    -e '^/usr/share/metainfo/' -e '^/usr/share/man/man1/' -e '^/usr/share/icons/hicolor/' "$work/files" || true)
[ -z "$unexpected" ] || fail "unexpected files in the package: $unexpected"

# The package tree as a whole: metainfo, desktop file and icon agree.
mkdir "$work/tree"
dpkg-deb -x "$deb" "$work/tree"
appstreamcli validate-tree --no-net --strict "$work/tree" || fail "appstreamcli validate-tree"

echo "== apt-get install $deb"
installed=1
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=120 "$deb" >"$work/apt.log" 2>&1; then
    # A fresh machine may have no package lists yet to resolve the dependencies from.
    apt-get update -q >>"$work/apt.log" 2>&1 || true
    apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=120 "$deb" >>"$work/apt.log" 2>&1 ||
        { cat "$work/apt.log" >&2; fail "apt-get could not install the package"; }
fi
dpkg-query -W -f='${Status} ${Version}\n' candor | grep -q "install ok installed $version" ||
    fail "candor $version is not installed after apt-get install"

echo "== the installed programs"
for bin in candor candor-cli; do
    file -L "/usr/bin/$bin" | grep -q ", stripped" || fail "/usr/bin/$bin is not stripped"
done
out=$(/usr/bin/candor-cli --version) || fail "candor-cli --version exited $?"
[ "$out" = "candor-cli $version" ] || fail "candor-cli --version printed \"$out\""
echo "$out"
out=$(/usr/bin/candor --version) || fail "candor --version exited $?"
[ "$out" = "candor $version" ] || fail "candor --version printed \"$out\""
echo "$out"

cd "$work"
/usr/bin/candor-cli generate --mode template --count 100 --seed 7 --out "$work/x.jsonl" ||
    fail "candor-cli generate exited $?"
lines=$(wc -l <"$work/x.jsonl")
[ "$lines" -eq 100 ] || fail "generate wrote $lines lines, not 100"
/usr/bin/candor-cli validate "$work/x.jsonl" || fail "candor-cli validate found problems in the generated file"
/usr/bin/candor-cli generate --count 10 --format csv --quiet --out "$work/x.csv" || fail "generate --format csv"
[ -s "$work/x.csv" ] || fail "generate --format csv wrote nothing"

echo "== manual pages, desktop file, icons, metainfo"
for page in candor-cli candor; do
    [ -f "/usr/share/man/man1/$page.1.gz" ] || fail "no manual page for $page"
    if command -v man >/dev/null 2>&1; then
        [ "$(man -w "$page")" = "/usr/share/man/man1/$page.1.gz" ] || fail "man -w $page"
    fi
    if command -v groff >/dev/null 2>&1; then
        warnings=$(zcat "/usr/share/man/man1/$page.1.gz" | LC_ALL=C.UTF-8 groff -t -man -ww -z 2>&1)
        [ -z "$warnings" ] || fail "groff warns about the $page manual page: $warnings"
    fi
done
zcat /usr/share/man/man1/candor-cli.1.gz | grep -q "^\.SH EXIT STATUS" || fail "candor-cli(1) has no EXIT STATUS"

desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
grep -qx "Icon=$app_id" "/usr/share/applications/$app_id.desktop" || fail "the desktop file names another icon"
for size in 16 22 24 32 48 64 128 256; do
    file "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" | grep -q "PNG image data, $size x $size," ||
        fail "the ${size}x${size} icon is not a $size x $size PNG"
done

appstreamcli validate --no-net --strict --pedantic "/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo has no release $version"

echo "== apt-get remove candor"
apt-get remove -y -q --purge -o DPkg::Lock::Timeout=120 candor >"$work/remove.log" 2>&1 ||
    { cat "$work/remove.log" >&2; fail "apt-get could not remove the package"; }
installed=0
[ ! -e /usr/bin/candor-cli ] || fail "/usr/bin/candor-cli is still there after removal"
[ ! -e "/usr/share/metainfo/$app_id.metainfo.xml" ] || fail "the metainfo is still there after removal"

echo "PASS: package built, installed, run and removed in $(($(date +%s) - start)) s"
