#!/bin/sh
# Builds the Debian package with CPack and checks what is inside it.
#
#   check_deb.sh <cpack> <dpkg-deb> <dpkg-shlibdeps> <CPackConfig.cmake> <output dir>
#
# The output dir is emptied first; it belongs to this test only.
set -eu

cpack=$1
dpkg_deb=$2
dpkg_shlibdeps=$3
config=$4
outdir=$5

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# CPACK_DEBIAN_PACKAGE_SHLIBDEPS is ON, so cpack needs dpkg-shlibdeps (package dpkg-dev).
for tool in "$cpack" "$dpkg_deb" "$dpkg_shlibdeps"; do
    case $tool in
        ''|*-NOTFOUND) fail "required tool not found ($tool); install the packages cmake, dpkg and dpkg-dev" ;;
    esac
    [ -x "$tool" ] || fail "required tool not executable: $tool"
done
[ -f "$config" ] || fail "no CPack configuration at $config (is include(CPack) in packaging/CMakeLists.txt?)"

rm -rf "$outdir"
mkdir -p "$outdir"

echo "== $cpack -G DEB -B $outdir --config $config"
"$cpack" -G DEB -B "$outdir" --config "$config" || fail "cpack failed"

set -- "$outdir"/torget_*.deb
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected exactly one torget_*.deb in $outdir, found: $*"
deb=$1

echo "== dpkg-deb -f $deb"
"$dpkg_deb" -f "$deb"
echo "== dpkg-deb -c $deb"
"$dpkg_deb" -c "$deb"

# Sixth column of `dpkg-deb -c` is the path (./usr/bin/torget).
paths=$("$dpkg_deb" -c "$deb" | awk '{ print $6 }')

status=0
for want in \
    ./usr/bin/torget \
    ./usr/bin/torget-cli \
    ./usr/share/applications/no.torget.Torget.desktop \
    ./usr/share/metainfo/no.torget.Torget.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/no.torget.Torget.svg \
    ./usr/share/icons/hicolor/48x48/apps/no.torget.Torget.png \
    ./usr/share/icons/hicolor/256x256/apps/no.torget.Torget.png \
    ./usr/share/doc/torget/copyright
do
    if printf '%s\n' "$paths" | grep -Fqx -- "$want"; then
        echo "ok: $want"
    else
        echo "MISSING: $want" >&2
        status=1
    fi
done

field() {
    "$dpkg_deb" -f "$deb" "$1"
}

[ "$(field Package)" = torget ] || { echo "Package is '$(field Package)', expected 'torget'" >&2; status=1; }

depends=$(field Depends)
case $depends in
    *libqt6sql6-sqlite*) echo "ok: Depends has libqt6sql6-sqlite" ;;
    *) echo "Depends lacks libqt6sql6-sqlite: '$depends'" >&2; status=1 ;;
esac

[ "$status" -eq 0 ] || fail "package contents or control fields are wrong (see above)"
echo "PASS: $deb"
