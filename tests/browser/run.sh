#!/usr/bin/env bash
# The dashboard in a real browser (ctest: browser). Codes the fixture into a
# fresh database with `casus code --db`, starts `casus serve --port 0` on it,
# reads the address it prints, runs dashboard.mjs (playwright-core driving
# Debian's chromium, headless) against it, and always stops the server.
# Screenshots go to ARTEFACTS.
#   tests/browser/run.sh CASUS_BINARY ARTEFACTS_DIR
set -euo pipefail
casus=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
chromium=${CASUS_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ] || [ ! -f "$root/node_modules/playwright-core/package.json" ]; then
  echo "browser test: needs $chromium (apt-get install chromium) and node_modules/playwright-core (npm ci)" >&2
  exit 1
fi
mkdir -p "$out"
rm -f "$out"/*.png  # no stale screenshot from an earlier run
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

timeout 60 "$casus" code --db "$work/fixture.db" "$here/fixture.jsonl" >/dev/null 2>"$work/code.err" ||
  { cat "$work/code.err" >&2; exit 1; }
"$casus" serve --db "$work/fixture.db" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://[^ ]*' "$work/serve.out" || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "browser test: casus serve printed no address" >&2; exit 1; }

status=0
CASUS_URL=$url CASUS_ARTEFACTS=$out CASUS_CHROMIUM=$chromium \
  timeout 180 node "$here/dashboard.mjs" || status=$?
# The server ends cleanly on SIGTERM (exit 0).
kill -TERM "$server"
serve_status=0
wait "$server" || serve_status=$?
server=""
if [ "$serve_status" -ne 0 ]; then
  echo "browser test: casus serve exited $serve_status after SIGTERM" >&2
  cat "$work/serve.err" >&2
  status=1
fi
exit $status
