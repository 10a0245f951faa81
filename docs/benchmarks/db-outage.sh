#!/usr/bin/env bash
# Fault check (issue 9): what the API does while PostgreSQL is down, and how fast it comes back.
# Usage: docs/benchmarks/db-outage.sh [DOWN_SECONDS] [stop|freeze]   (default 10 stop)
# Needs initdb, pg_ctl, psql, curl on PATH. Starts a throw-away PostgreSQL cluster and
# `bin/aduan run` against it (demo data), sends one list/search request every 100 ms, then for
# DOWN_SECONDS either stops PostgreSQL (`stop`: connections refused) or freezes it (`freeze`:
# SIGSTOP to the postmaster and every backend, so TCP connections are accepted and never answered,
# like a hung server or a network black hole), brings it back (start / SIGCONT), and prints every
# change of status with its time, the slowest answer while down and the time from PostgreSQL's
# return to the first 200. The application runs with its default timeouts unless
# ADUAN_DB_STATEMENT_TIMEOUT_MS / ADUAN_DB_SOCKET_TIMEOUT_S are set.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
down="${1:-10}"
mode="${2:-stop}"
[[ $mode == stop || $mode == freeze ]] || { echo "mode: stop or freeze" >&2; exit 2; }
pg_port="${BENCH_DB_PORT:-55437}"
http_port="${BENCH_HTTP_PORT:-28481}"
work="$(mktemp -d)"
as_owner() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
chmod 755 "$work"
app=""
frozen=""
cleanup() {
  [[ -n $frozen ]] && kill -CONT $frozen 2>/dev/null || true
  [[ -n $app ]] && kill "$app" 2>/dev/null || true
  [[ -n ${probe:-} ]] && kill "$probe" 2>/dev/null || true
  as_owner pg_ctl -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
  sleep 2
  rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N | cut -c1-14; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
mkdir "$work/pg" && [[ $(id -u) != 0 ]] || chown postgres "$work/pg"
as_owner initdb -D "$work/pg/data" -U postgres -A trust >/dev/null
pg_start() {
  as_owner pg_ctl -D "$work/pg/data" -o "-p $pg_port -k $work/pg" -l "$work/pg/log" -w start >/dev/null
}
pg_start
PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres createdb aduan

ADUAN_HOME="$work/home" ADUAN_PORT=$http_port \
  ADUAN_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/aduan" ADUAN_DB_USER=postgres \
  ADUAN_DB_PASSWORD=unused "$root/bin/aduan" run > "$work/app.log" 2>&1 &
app=$!
base="http://127.0.0.1:$http_port"
for _ in $(seq 1 150); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready" || true) == 200 ]] && break
  sleep 2
done
echo "application ready"

( while true; do
    r=$(curl -s -m 60 -o /dev/null -D "$work/hdr" -w '%{http_code} %{time_total}' \
      "$base/api/v1/complaints?limit=5&q=jalan$((RANDOM % 5))" || echo "000 0")
    ra=$(grep -i '^retry-after' "$work/hdr" 2>/dev/null | tr -d '\r' | cut -d' ' -f2 || true)
    echo "$(now) $r ${ra:--}"
    sleep 0.1
  done ) > "$work/probe.log" &
probe=$!
sleep 5
stopped=$(now)
if [[ $mode == stop ]]; then
  as_owner pg_ctl -D "$work/pg/data" -m fast stop >/dev/null
else
  postmaster=$(head -1 "$work/pg/data/postmaster.pid")
  frozen="$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  kill -STOP $frozen
fi
echo "PostgreSQL $([[ $mode == stop ]] && echo stopped || echo frozen) at $stopped"
sleep 2
echo "readiness while down: $(curl -s -m 30 -o /dev/null -w '%{http_code} in %{time_total} s' "$base/health/ready")"
sleep $((down - 2))
if [[ $mode == stop ]]; then
  pg_start
else
  kill -CONT $frozen
  frozen=""
fi
started=$(now)
echo "PostgreSQL back at $started"
sleep 12
kill "$probe"; probe=""
echo "readiness after: $(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")"
echo "-- status changes (time status seconds retry-after):"
awk '$2 != p {print; p = $2}' "$work/probe.log"
echo "-- answers by status:"; awk '{print $2}' "$work/probe.log" | sort | uniq -c
echo "-- slowest answer while down: $(awk -v s="$stopped" -v e="$started" \
  '$1 > s && $1 < e {print $3}' "$work/probe.log" | sort -n | tail -1) s"
echo "-- 503s without Retry-After: $(awk '$2 == 503 && $4 == "-"' "$work/probe.log" | wc -l)"
first=$(awk -v s="$started" '$1 > s && $2 == 200 {print $1; exit}' "$work/probe.log")
echo "-- first 200 after PostgreSQL's return: $(echo "$first - $started" | bc) s"
