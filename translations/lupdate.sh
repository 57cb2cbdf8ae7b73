#!/bin/sh
# translations/lupdate.sh update|check LUPDATE SOURCE_DIR
#   update: refreshes translations/torget_{nb,nn,en}.ts from src/ and ui/
#   check:  fails when a tr() string is missing from the .ts files, when they hold strings the code
#           no longer has, or when a bokmål or nynorsk string is unfinished (the translations test)
set -eu
mode=$1 lupdate=$2 src=$3
args="-silent -no-obsolete -locations none -extensions cpp,h,ui src ui"
cd "$src"
if [ "$mode" = update ]; then
    "$lupdate" $args -ts translations/torget_nb.ts translations/torget_nn.ts
    "$lupdate" $args -pluralonly -ts translations/torget_en.ts
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/torget_nb.ts translations/torget_nn.ts translations/torget_en.ts "$tmp/"
"$lupdate" $args -ts "$tmp/torget_nb.ts" "$tmp/torget_nn.ts"
"$lupdate" $args -pluralonly -ts "$tmp/torget_en.ts"
status=0
for f in torget_nb.ts torget_nn.ts torget_en.ts; do
    if ! cmp -s "translations/$f" "$tmp/$f"; then
        echo "translations/$f does not match the sources; run: cmake --build build --target update_translations"
        diff -u "translations/$f" "$tmp/$f" | grep '^[-+] *<source>' | head -20 || true
        status=1
    fi
done
for f in torget_nb.ts torget_nn.ts; do
    unfinished=$(grep -c 'type="unfinished"' "translations/$f" || true)
    if [ "$unfinished" != 0 ]; then
        echo "translations/$f has $unfinished unfinished translation(s), for example:"
        grep -B3 'type="unfinished"' "translations/$f" | grep '<source>' | head -10
        status=1
    fi
done
messages=$(grep -c '<message' translations/torget_nb.ts || true)
[ "$status" = 0 ] && echo "translations complete: $messages messages in bokmål and nynorsk"
exit $status
