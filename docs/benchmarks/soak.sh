#!/usr/bin/env bash
# Soak (issue 9): 10 minutes at 64 connections against one node with a mix of public reads
# (lists, search, a complaint, statistics, agencies, MPP services, a portal page). Each minute is one
# wrk run; after it the JVM is asked for a full GC and its heap after GC is read (jcmd), so a leak
# shows as a rising column. Pass criteria: zero errors, flat heap after GC, stable p99.
# Usage: docs/benchmarks/soak.sh [COMPLAINTS] [MINUTES]   (defaults 200000, 10; ADUAN_HOME keeps the
# database, default ~/.local/share/aduan-cluster-bench, shared with cluster.sh). Needs wrk and jcmd.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/docs/benchmarks"
n="${1:-200000}"
minutes="${2:-10}"
export ADUAN_HOME="${ADUAN_HOME:-$HOME/.local/share/aduan-cluster-bench}"
db_port="${BENCH_DB_PORT:-55441}"
port="${BENCH_HTTP_PORT:-28095}"
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { [[ $(id -u) == 0 ]] && apt-get install -y -q wrk >/dev/null; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)"
echo "date: $(date -u '+%F %H:%M') UTC  complaints wanted: $n  soak: $minutes × 60 s, wrk -t2 -c64"
if [[ ! -f $ADUAN_HOME/.bench-$n ]]; then
  ADUAN_EMBEDDED_DB_PORT=$db_port "$root/bin/aduan" generate --complaints "$n" 2>/dev/null | tr '\r' '\n' | grep -E '^(Done|Statistics)'
  touch "$ADUAN_HOME/.bench-$n"
fi
log="$(mktemp)"
ADUAN_EMBEDDED_DB_PORT=$db_port ADUAN_PORT=$port ADUAN_DEMO_DATA=false ADUAN_HEAP="${ADUAN_HEAP:-768m}" \
  ADUAN_API_RATE_LIMIT_PER_MINUTE=2000000000 "$root/bin/aduan" run >"$log" 2>&1 &
runner=$!
trap 'kill $runner 2>/dev/null; wait $runner 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 600); do curl -sf "$base/health/ready" >/dev/null && break; sleep 1; done
pid=$(pgrep -f "payara-micro.jar.*--port $port" | head -1)

refs=$(curl -s "$base/api/v1/complaints?limit=5" | grep -o '"reference":"[^"]*"' | cut -d'"' -f4)
agency=$(curl -s "$base/api/v1/agencies" | grep -o '"code":"[^"]*"' | head -1 | cut -d'"' -f4)
paths="/api/v1/complaints?limit=20 /api/v1/complaints?limit=20&status=RESOLVED"
for t in jalan sampah banjir lampu pdam; do paths="$paths /api/v1/complaints?q=$t&limit=20"; done
for r in $refs; do paths="$paths /api/v1/complaints/$r"; done
paths="$paths /api/v1/statistics /api/v1/statistics/ranking /api/v1/agencies /api/v1/agencies/$agency /api/v1/agencies/$agency/statistics"
paths="$paths /api/v1/mpp-services /complaints.xhtml /index.xhtml"
for p in $paths; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$p")
  [[ $code == 200 ]] || { echo "path $p answers $code: fix the mix first" >&2; exit 1; }
done
echo "mix: $(echo $paths | wc -w) paths, each answering 200"

WRK_PATHS="$paths" wrk -t2 -c64 -d60s -s "$here/report.lua" "$base" >/dev/null   # JIT warm-up
heap_after_gc() {
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") print $(i + 1)}'
}
echo "before: heap after GC $(heap_after_gc)"
start_lines=$(wc -l <"$log")
printf '%-7s %s %s\n' minute "$(printf '%-110s' 'wrk result')" "heap-after-GC"
for m in $(seq 1 "$minutes"); do
  r=$(WRK_PATHS="$paths" wrk -t2 -c64 -d60s --latency -s "$here/report.lua" "$base" | grep '^RESULT' | cut -d' ' -f2-)
  printf '%-7s %-110s %s\n' "$m" "$r" "$(heap_after_gc)"
done
echo "server log lines at WARNING or worse during the soak (start-up excluded): $(tail -n +"$((start_lines + 1))" "$log" | grep -c -E 'WARNING|SEVERE' || true)"
