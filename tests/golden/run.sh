#!/usr/bin/env bash
# The golden snapshot: `casus code` output (JSON Lines, every field, with
# sentence records) over the bench wire corpus, the three gold sets and the
# examples. Every behaviour change shows up here as a diff.
#
#   tests/golden/run.sh CASUS_BINARY           compare (exit 1 on any difference)
#   tests/golden/run.sh CASUS_BINARY --update  rewrite the snapshot
#
# Commit an updated snapshot together with the change that caused it, and
# say why in the commit message.
set -euo pipefail
bin=$(realpath "$1")
mode=${2:-check}
cd "$(dirname "$0")/../.."
inputs=(bench/corpus/wire.jsonl tests/gold/dev.jsonl tests/gold/dev2.jsonl tests/gold/test.jsonl
        tests/gold/dev3.jsonl tests/gold/test2.jsonl
        examples/pdf-article.txt)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for in in "${inputs[@]}"; do
  name=$(basename "${in%.*}").jsonl
  "$bin" code --sentences --date 2024-03-05 "$in" >"$tmp/$name" 2>/dev/null
  if [ "$mode" = --update ]; then
    cp "$tmp/$name" "tests/golden/$name"
  elif ! cmp -s "$tmp/$name" "tests/golden/$name"; then
    case "$name" in
      test*.jsonl)
        # Held-out gold sets: nobody tunes on their records, so their
        # differences are counted, never shown.
        n=$(diff "tests/golden/$name" "$tmp/$name" | grep -c '^[<>]' || true)
        echo "golden: $in (held out) differs from tests/golden/$name in $n lines (not shown)" >&2
        ;;
      *)
        echo "golden: $in differs from tests/golden/$name (first differences below)" >&2
        diff -u "tests/golden/$name" "$tmp/$name" | head -40 >&2 || true
        ;;
    esac
    status=1
  fi
done
[ "$mode" = --update ] && echo "golden: snapshot rewritten under tests/golden/" >&2
# Threads must not change a byte of the output.
if [ "$mode" != --update ]; then
  "$bin" code --sentences --threads 2 --date 2024-03-05 bench/corpus/wire.jsonl >"$tmp/wire2.jsonl" 2>/dev/null
  if ! cmp -s "$tmp/wire2.jsonl" tests/golden/wire.jsonl; then
    echo "golden: --threads 2 output differs from tests/golden/wire.jsonl" >&2
    status=1
  fi
fi
exit $status
