#!/usr/bin/env bash
# The install tree: `cmake --install BUILD --prefix DIR` gives DIR/bin/casus,
# the public headers, the static library (position-independent) and
# DIR/share/casus/data; the installed casus, run from another folder with no
# CASUS_DATA / CASUS_LEXICON, finds its data there and codes a sentence.
#
#   tests/test_install.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
tmp=$(mktemp -d /tmp/casus-install.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
fail() { echo "test_install: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/casus include/casus/casus.h include/casus/version.h include/casus/batch.h \
         share/casus/data/lexicon.tsv share/casus/data/cities.tsv \
         share/casus/data/verbs/cameo.txt share/casus/data/cameo/codes.tsv; do
  [ -e "$prefix/$f" ] || fail "$f not installed"
done
# Every file of the staged data folder, compiled or linked: the image holds
# the hash of them all, so one left out (tagmodel.tsv once was) makes the
# installed image stale and every start read the text dictionaries.
for f in "$build"/share/casus/data/*; do
  case "$f" in *.sources) continue ;; esac  # the staged folder's own memo of its file stats
  [ -e "$prefix/share/casus/data/$(basename "$f")" ] ||
    fail "share/casus/data/$(basename "$f") not installed"
done
lib=$(find "$prefix" -name libcasus_core.a | head -1)
[ -n "$lib" ] || fail "libcasus_core.a not installed"
[ -z "$(find "$prefix/share" -type l)" ] || fail "share/ holds links into the build tree"
[ ! -e "$prefix/include/casus/text.h" ] || fail "an internal header was installed"

# The installed casus, from another working directory, with nothing but itself.
printf 'Russian forces shelled Kharkiv on Monday.\n' >"$tmp/kharkiv.txt"
out=$(cd /tmp && env -u CASUS_DATA -u CASUS_LEXICON "$prefix/bin/casus" code --date 2024-03-04 \
        "$tmp/kharkiv.txt" 2>"$tmp/err.txt") || fail "casus code failed: $(cat "$tmp/err.txt")"
echo "$out" | grep -q '"source":{"code":"RUSMIL"' || fail "no RUSMIL source in: $out"
echo "$out" | grep -q '"target":{"code":"UKR"' || fail "no UKR target in: $out"
echo "$out" | grep -q '"root":"19"' || fail "no root 19 event in: $out"
echo "$out" | grep -q '"dictionary":"data/verbs/' || fail "evidence names no data/verbs file: $out"
"$prefix/bin/casus" --version | grep -qx '[0-9]*\.[0-9]*\.[0-9]*' || fail "--version"

# Moved elsewhere, the tree still works: nothing points back at the prefix.
mv "$prefix" "$tmp/moved"
prefix=$tmp/moved
(cd /tmp && env -u CASUS_DATA -u CASUS_LEXICON "$prefix/bin/casus" code "$tmp/kharkiv.txt" 2>/dev/null) |
  grep -q '"root":"19"' || fail "a moved install tree does not find its data"

# The headers stand alone (no internal include), and the library links into a
# shared object (a Python extension): its code is position-independent.
cat >"$tmp/use.cc" <<'CC'
#include <casus/casus.h>
int casus_embed_probe() { return casus::Version()[0] != 0; }
CC
lib=$(find "$prefix" -name libcasus_core.a | head -1)
${CXX:-c++} -std=c++20 -fPIC -I"$prefix/include" -c "$tmp/use.cc" -o "$tmp/use.o" ||
  fail "the installed headers do not compile on their own"
${CXX:-c++} -shared -o "$tmp/probe.so" "$tmp/use.o" -Wl,--whole-archive "$lib" \
  -Wl,--no-whole-archive 2>"$tmp/link.txt" || {
  grep -q 'recompile with -fPIC' "$tmp/link.txt" && fail "libcasus_core.a is not position-independent"
  fail "linking a shared object: $(head -5 "$tmp/link.txt")"
}
echo "test_install: ok"
