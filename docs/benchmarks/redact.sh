#!/usr/bin/env bash
# Benchmark: `bin/aduan redact` throughput on the labelled corpus' texts, repeated to N lines.
# Usage: docs/benchmarks/redact.sh [LINES]   (default 100000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-100000}"
input="$(mktemp)"
trap 'rm -f "$input"' EXIT
corpus="$root/domain/src/test/resources/privacy/corpus.jsonl"
while [[ $(wc -l < "$input") -lt $n ]]; do cat "$corpus" >> "$input"; done
head -n "$n" "$input" > "$input.n" && mv "$input.n" "$input"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "input: $n lines, $(wc -c < "$input") bytes (corpus texts, avg $(( $(wc -c < "$input") / n )) bytes/line)"
"$root/bin/aduan" redact < "$input" > /dev/null
