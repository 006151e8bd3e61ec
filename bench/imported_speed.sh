#!/usr/bin/env bash
# Coding speed with imported dictionaries beside casus's own (README
# "Imported dictionaries"): casus code --threads 1 over the wire corpus,
# best of 3 runs, with the load time (measured on an empty input) taken out.
#   bench/imported_speed.sh [build/casus] [SHARED]
# SHARED defaults to ../shared; sets missing there are skipped.
set -euo pipefail
casus=${1:-build/casus}
shared=${2:-../shared}
corpus=$(dirname "$0")/corpus/wire.jsonl
sentences=3864  # as casus splits the corpus (bench/README.md)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty.txt"
tabari=$shared/peers/tabari/dictionaries
if [ -d "$tabari" ]; then
  abs=$(cd "$tabari" && pwd)
  printf '%s\n' "tabari-verbs $abs/CAMEO.091003.master.verbs" \
    "tabari-actors $abs/CountryInfo.120116.actors" "tabari-actors $abs/Internatnl.120521.actors" \
    "tabari-agents $abs/PSU.120522.agents" >"$tmp/tabari.set"
fi

best() {  # best wall seconds of 3 runs of "$@"
  local b=999999
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    e=$(date +%s.%N)
    b=$(echo "$b $s $e" | awk '{t=$3-$2; print (t<$1)?t:$1}')
  done
  echo "$b"
}

run() {  # name, extra flags...
  local name=$1
  shift
  local load total
  load=$(best "$casus" code --threads 1 --date 2024-01-01 "$@" "$tmp/empty.txt")
  total=$(best "$casus" code --threads 1 "$@" "$corpus")
  echo "$load $total" | awk -v n=$sentences -v name="$name" \
    '{c=$2-$1; printf "%-32s load %6.2f s  coding %6.2f s  %8.0f sentences/s\n", name, $1, c, n/c}'
}

run "casus (data/)"
ini=$shared/data/petrarch2/dictionaries/PETR_config.ini
[ -f "$ini" ] && run "Phoenix + CAMEO 2.0 (imported)" --dict-set "$ini"
[ -f "$tmp/tabari.set" ] && run "TABARI CAMEO (imported)" --dict-set "$tmp/tabari.set"
exit 0
