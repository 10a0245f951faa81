#!/usr/bin/env bash
# Benchmark of the open API (issue 6) on a database of N complaints (default 1,000,000):
#  1. the paged complaint list under wrk (32 connections) vs pgbench running the same SQL directly;
#  2. 304 answers to conditional requests; 3. full-text searches; 4. the full CSV export (time,
#  size, and the Payara JVM's heap after GC sampled while it streams).
# Usage: docs/benchmarks/api.sh [COMPLAINTS]   (ADUAN_HOME keeps the database between runs;
# default ~/.local/share/aduan-bench). Needs wrk and pgbench: installed with apt-get when root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/docs/benchmarks"
n="${1:-1000000}"
export ADUAN_HOME="${ADUAN_HOME:-$HOME/.local/share/aduan-bench}"
db_port="${BENCH_DB_PORT:-55433}"
port="${ADUAN_PORT:-8080}"
duration="${BENCH_SECONDS:-30}"
base="http://localhost:$port"

for tool in wrk pgbench psql; do
  if ! command -v "$tool" >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
      apt-get install -y -q wrk postgresql-client >/dev/null
    else
      echo "needs $tool: apt-get install wrk postgresql-client" >&2; exit 1
    fi
  fi
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%F)  complaints wanted: $n  ADUAN_HOME=$ADUAN_HOME"

# Generate what is missing (bin/aduan generate runs its own embedded PostgreSQL).
if [[ ! -f $ADUAN_HOME/.bench-$n ]]; then
  ADUAN_EMBEDDED_DB_PORT=$db_port "$root/bin/aduan" generate --complaints "$n" | tr '\r' '\n' | grep -E '^(Done|Statistics)'
  touch "$ADUAN_HOME/.bench-$n"
fi

log="$(mktemp)"
ADUAN_EMBEDDED_DB_PORT=$db_port ADUAN_DEMO_DATA=false ADUAN_HEAP="${ADUAN_HEAP:-1g}" \
  ADUAN_API_RATE_LIMIT_PER_MINUTE=2000000000 "$root/bin/aduan" run >"$log" 2>&1 &
runner=$!
trap 'kill $runner 2>/dev/null; wait $runner 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 900); do
  curl -sf "$base/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "$base/health/ready" >/dev/null || { tail -50 "$log"; exit 1; }
export PGHOST=127.0.0.1 PGPORT=$db_port PGUSER=postgres PGDATABASE=aduan
echo "complaints in the database: $(psql -Atc 'SELECT count(*) FROM complaint')"

bench() { # name, wrk args…  (each scenario is first run 15 s unmeasured: the JIT compiles its path)
  local name=$1; shift
  printf '%-34s ' "$name"
  wrk -t1 -c32 -d15s -s "$here/report.lua" "$@" >/dev/null
  wrk -t1 -c32 -d"${duration}s" --latency -s "$here/report.lua" "$@" | grep '^RESULT' | cut -d' ' -f2-
}

wrk -t1 -c32 -d60s "$base/api/v1/complaints?limit=20" >/dev/null   # warm-up: C2 needs about a minute on 2 busy cores
bench "complaint list, first page (API)" "$base/api/v1/complaints?limit=20"
for mode in simple prepared; do
  printf '%-34s ' "same SQL, pgbench -M $mode"
  pgbench -n -c32 -j1 -M "$mode" -T"$duration" -f "$here/complaint-page.sql" 2>/dev/null \
    | awk '/^latency average/ {lat=$4} /^tps/ {printf "tps=%.0f latency-avg=%sms\n", $3, lat}'
done

etag=$(curl -s -D - -o /dev/null "$base/api/v1/complaints?limit=20" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
# The ETag covers the Accept header (responses vary by it): send the one curl sent.
bench "conditional request (304)" -H "Accept: */*" -H "If-None-Match: $etag" "$base/api/v1/complaints?limit=20"
curl -s -o /dev/null -w 'check: conditional status %{http_code}\n' -H "If-None-Match: $etag" "$base/api/v1/complaints?limit=20"

terms="jalan lampu sampah banjir air pdam sekolah puskesmas bpjs ktp pungli parkir macet listrik drainase pohon angkot kartu beasiswa izin"
paths=""
for t in $terms; do paths="$paths /api/v1/complaints?q=$t&limit=20"; done
WRK_PATHS="$paths" bench "full-text search (20 terms)" "$base"

pid=$(pgrep -f 'payara-micro.jar' | head -1)
( while kill -0 "$pid" 2>/dev/null; do
    jcmd "$pid" GC.heap_info 2>/dev/null \
      | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") print $(i + 1)}'
    sleep 1
  done ) >"$log.heap" &
sampler=$!
curl -s -o /dev/null -w 'CSV export: %{size_download} bytes in %{time_total} s\n' "$base/api/v1/exports/complaints.csv"
kill $sampler 2>/dev/null || true
echo "Payara heap used while streaming, sampled each second: min $(sort -h "$log.heap" | head -1), max $(sort -h "$log.heap" | tail -1), samples $(wc -l <"$log.heap") (heap limit ${ADUAN_HEAP:-1g})"
echo "rows exported: $(psql -Atc "SELECT count(*) FROM complaint WHERE publication = 'PUBLISHED' AND status NOT IN ('RECEIVED', 'REJECTED')")"
rm -f "$log.heap"
