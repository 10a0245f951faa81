#!/usr/bin/env bash
# Cluster benchmark and node-kill fault (issue 9): one node vs two nodes of one cluster behind a
# local nginx under wrk, and a node killed (SIGKILL) under load behind nginx.
# Usage: docs/benchmarks/cluster.sh [COMPLAINTS]   (default 200000; ADUAN_HOME keeps the database
# between runs, default ~/.local/share/aduan-cluster-bench). Needs wrk and nginx (Debian packages,
# installed with apt-get when root). Loopback only: PostgreSQL (bin/aduan database), two nodes
# (bin/aduan run --cluster, Hazelcast members 127.0.0.1:$hz and :$hz+1), nginx on $lb.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/docs/benchmarks"
n="${1:-200000}"
export ADUAN_HOME="${ADUAN_HOME:-$HOME/.local/share/aduan-cluster-bench}"
db_port="${BENCH_DB_PORT:-55441}"
p1=28091 p2=28092 lb=28090 hz=28950
duration="${BENCH_SECONDS:-30}"
conns="${BENCH_CONNECTIONS:-32}"
work="$(mktemp -d)"

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
      apt-get install -y -q wrk nginx-light >/dev/null 2>&1 || apt-get install -y -q wrk nginx >/dev/null
    else
      echo "needs $tool: apt-get install wrk nginx" >&2; exit 1
    fi
  fi
done

pids=()
cleanup() {
  [[ -f $work/nginx.pid ]] && nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1); $(nginx -v 2>&1)"
echo "date: $(date -u '+%F %H:%M') UTC  complaints wanted: $n  wrk: -t2 -c$conns -d${duration}s"

if [[ ! -f $ADUAN_HOME/.bench-$n ]]; then
  ADUAN_EMBEDDED_DB_PORT=$db_port "$root/bin/aduan" generate --complaints "$n" | tr '\r' '\n' | grep -E '^(Done|Statistics)'
  touch "$ADUAN_HOME/.bench-$n"
fi
ADUAN_EMBEDDED_DB_PORT=$db_port "$root/bin/aduan" database >"$work/db.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do grep -q 'ADUAN_DB_URL' "$work/db.log" && break; sleep 1; done
export ADUAN_DB_URL="jdbc:postgresql://localhost:$db_port/aduan" ADUAN_DB_USER=postgres ADUAN_DB_PASSWORD=
export ADUAN_DEMO_DATA=false ADUAN_API_RATE_LIMIT_PER_MINUTE=2000000000 ADUAN_HEAP="${ADUAN_HEAP:-768m}"
export ADUAN_CLUSTER_MEMBERS="127.0.0.1:$hz,127.0.0.1:$((hz + 1))" ADUAN_CLUSTER_PORT=$hz
export ADUAN_CLUSTER_NAME="bench-$$"

start_node() { # index, port
  ADUAN_HOME="$work/n$1" ADUAN_PORT=$2 ADUAN_NODE_NAME="n$1" "$root/bin/aduan" run --cluster \
    >"$work/n$1.log" 2>&1 &
  pids+=($!)
  eval "node$1=$!"
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$2/health/ready" >/dev/null && return; sleep 1; done
  tail -30 "$work/n$1.log"; exit 1
}

nginx_conf() { # upstream ports…   (access log with the upstream statuses, to see nginx's retries)
  {
    echo "worker_processes 1; pid $work/nginx.pid; error_log $work/nginx-error.log;"
    echo "events { worker_connections 4096; }"
    echo "http { log_format up '\$status \$upstream_status \$request_time'; access_log ${ACCESS_LOG:-off};"
    echo "  upstream aduan {"
    for p in "$@"; do echo "    server 127.0.0.1:$p max_fails=1 fail_timeout=10s;"; done
    echo "    keepalive 64; }"
    echo "  server { listen 127.0.0.1:$lb;"
    echo "    location / { proxy_pass http://aduan; proxy_http_version 1.1; proxy_set_header Connection \"\";"
    echo "      proxy_set_header X-Forwarded-For \$remote_addr; proxy_connect_timeout 1s;"
    echo "      proxy_next_upstream error timeout http_502 http_503 http_504; proxy_next_upstream_tries 2; } } }"
  } >"$work/nginx.conf"
  if [[ -f $work/nginx.pid ]]; then
    nginx -p "$work" -c "$work/nginx.conf" -s reload 2>/dev/null; sleep 1
  else
    nginx -p "$work" -c "$work/nginx.conf"
  fi
}

cpu_seconds() { # CPU seconds (user + system) used so far by the processes whose command matches $1
  local ticks=0 pid
  for pid in $(pgrep -f "$1"); do
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $((ticks / $(getconf CLK_TCK)))
}
groups=("payara-micro.jar" "postgres" "nginx" "wrk ")
bench() { # name, url   (15 s unmeasured first: the JIT compiles the path)
  printf '%-44s ' "$1"
  wrk -t2 -c"$conns" -d"${BENCH_JIT:-15}s" "$2" >/dev/null
  local before=() after=() i
  for i in "${!groups[@]}"; do before[i]=$(cpu_seconds "${groups[i]}"); done
  wrk -t2 -c"$conns" -d"${duration}s" --latency -s "$here/report.lua" "$2" | grep '^RESULT' | cut -d' ' -f2-
  for i in "${!groups[@]}"; do after[i]=$(cpu_seconds "${groups[i]}"); done
  printf '%-44s cpu seconds in %s s: payara %s, postgres %s, nginx %s (wrk itself not counted)\n' "" "$duration" \
    $((after[0] - before[0])) $((after[1] - before[1])) $((after[2] - before[2]))
}

list="/api/v1/complaints?limit=20"
stats="/api/v1/statistics/ranking"
start_node 1 $p1
echo "node 1 ready; complaints: $(curl -s "http://127.0.0.1:$p1/api/v1/statistics" | grep -o '"received":[0-9]*' | head -1)"
wrk -t2 -c"$conns" -d"${BENCH_WARMUP:-60}s" "http://127.0.0.1:$p1$list" >/dev/null   # warm-up: C2 needs about a minute
nginx_conf $p1
bench "1 node, direct: complaint list" "http://127.0.0.1:$p1$list"
bench "1 node behind nginx: complaint list" "http://127.0.0.1:$lb$list"
bench "1 node behind nginx: statistics ranking" "http://127.0.0.1:$lb$stats"

start_node 2 $p2
grep -h 'DG Size' "$work/n1.log" "$work/n2.log" | tail -1 | grep -o 'DG Size: [0-9]*' | sed 's/^/grid: /'
wrk -t2 -c"$conns" -d"${BENCH_WARMUP:-60}s" "http://127.0.0.1:$p2$list" >/dev/null
nginx_conf $p1 $p2
bench "2 nodes behind nginx: complaint list" "http://127.0.0.1:$lb$list"
bench "2 nodes behind nginx: statistics ranking" "http://127.0.0.1:$lb$stats"

echo "-- node 1 killed (SIGKILL) 10 s into a 30 s run behind nginx:"
ACCESS_LOG="$work/access.log up" nginx_conf $p1 $p2
wrk -t2 -c"$conns" -d30s -s "$here/report.lua" "http://127.0.0.1:$lb$list" | grep '^RESULT' | cut -d' ' -f2- >"$work/kill.txt" &
loader=$!
sleep 10
payara1=$(pgrep -f "payara-micro.jar.*--port $p1" | head -1)
kill -9 "$payara1"
echo "killed node 1 (pid $payara1) at $(date -u +%T)"
wait $loader
echo "wrk: $(cat "$work/kill.txt")"
echo "answers by status as the client saw them: $(awk '{print $1}' "$work/access.log" | sort | uniq -c | tr '\n' ' ')"
echo "requests nginx retried on node 2 (upstream statuses with a comma): $(grep -c ',' "$work/access.log" || true)"
echo "client-visible 5xx: $(awk '$1 >= 500' "$work/access.log" | wc -l)"
echo "node 2 still ready: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p2/health/ready")"
