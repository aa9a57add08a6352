#!/usr/bin/env bash
# Outage drill for operators: stops the real PostgreSQL cluster under a running
# forecast-tracker and checks that the API answers 503 problem+json with
# Retry-After while it is down and recovers by itself, without a restart, once
# it is back. The test suite proves the same through a TCP proxy (tests/test_faults.py);
# this drill is for a staging machine where stopping the cluster is allowed.
#
# NOT run by CI. It STOPS THE WHOLE CLUSTER: every database on it goes down.
#
#   FORECAST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/drill_db \
#     scripts/outage_drill.sh --yes-stop-the-cluster [--cluster 16/main] [--outage-seconds 10]
#
# The database named in FORECAST_DATABASE_URL gets the schema and a few test rows.
set -euo pipefail

cluster=""
outage=10
confirmed=no
while [ $# -gt 0 ]; do
    case "$1" in
        --yes-stop-the-cluster) confirmed=yes ;;
        --cluster) cluster="$2"; shift ;;
        --outage-seconds) outage="$2"; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
[ "$confirmed" = yes ] || { echo "refusing: pass --yes-stop-the-cluster" >&2; exit 2; }
: "${FORECAST_DATABASE_URL:?set FORECAST_DATABASE_URL to a throwaway PostgreSQL database}"
case "$FORECAST_DATABASE_URL" in postgresql*) ;; *) echo "needs a PostgreSQL URL" >&2; exit 2 ;; esac
if [ -z "$cluster" ]; then
    version=$(ls /etc/postgresql | sort -V | tail -n1)
    cluster="$version/main"
fi
version=${cluster%/*}
name=${cluster#*/}

cd "$(dirname "$0")/.."
tool=${FORECAST_TRACKER:-.venv/bin/forecast-tracker}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
log=$(mktemp)
failures=0

check() {  # check NAME EXPECTED_STATUS ACTUAL_STATUS
    if [ "$2" = "$3" ]; then echo "ok   $1: $3"; else echo "FAIL $1: expected $2, got $3"; failures=$((failures + 1)); fi
}
post_question() {
    curl -s -m 30 -o /dev/null -w '%{http_code}' -X POST "$base/v1/questions" \
        -H "Authorization: Bearer $key" -H 'content-type: application/json' \
        -d '{"title": "Outage drill", "resolve_by": "2030-01-01"}'
}
cleanup() {
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start 2>/dev/null || true
    [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -f "$log"
}
trap cleanup EXIT

"$tool" migrate >/dev/null
key=$("$tool" keys create --name outage-drill --scopes forecasts:write 2>/dev/null)
"$tool" serve --port "$port" --workers 2 >"$log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf -m 5 "$base/healthz" >/dev/null && break; sleep 1; done

check "write before the outage" 201 "$(post_question)"

echo "stopping cluster $cluster for ${outage}s"
pg_ctlcluster --skip-systemctl-redirect "$version" "$name" stop -m fast
check "write during the outage" 503 "$(post_question)"
check "health during the outage" 503 "$(curl -s -m 30 -o /dev/null -w '%{http_code}' "$base/healthz")"
headers=$(curl -s -m 30 -D - -o /dev/null -X POST "$base/v1/questions" -H "Authorization: Bearer $key" \
    -H 'content-type: application/json' -d '{"title": "x", "resolve_by": "2030-01-01"}')
if grep -qi '^content-type: application/problem+json' <<<"$headers" && grep -qi '^retry-after:' <<<"$headers"; then
    echo "ok   503 is problem+json with Retry-After"
else
    echo "FAIL 503 headers:"; echo "$headers"; failures=$((failures + 1))
fi
sleep "$outage"

pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
for _ in $(seq 1 60); do pg_isready -q && break; sleep 1; done
check "health after the outage" 200 "$(curl -s -m 30 -o /dev/null -w '%{http_code}' "$base/healthz")"
check "write after the outage (same server process)" 201 "$(post_question)"
kill -0 "$server" && echo "ok   server process $server never restarted"

if [ "$failures" -eq 0 ]; then echo "drill passed"; else echo "drill FAILED ($failures)"; tail -n 40 "$log"; exit 1; fi
