#!/usr/bin/env bash
# Benchmark: time `bin/aduan generate` into a fresh embedded PostgreSQL.
# Usage: docs/benchmarks/generate.sh [COMPLAINTS]   (default 1000000)
# Prints the generator's summary and the wall-clock time; the data directory is removed afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-1000000}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
start=$(date +%s.%N)
ADUAN_HOME="$home" "$root/bin/aduan" generate --complaints "$n" | tr '\r' '\n' | grep -E '^Done:'
end=$(date +%s.%N)
echo "wall clock (incl. PostgreSQL start/stop): $(echo "$end - $start" | bc) s"
