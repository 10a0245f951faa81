#!/usr/bin/env bash
# Benchmark (issue 8): `bin/aduan import` of N complaints with their timelines, redaction included,
# against a raw PostgreSQL COPY of the very same CSV rows into a plain table, in one run.
# Usage: docs/benchmarks/import.sh [COMPLAINTS]   (default 1000000)
# Needs initdb, pg_ctl, psql on PATH (PostgreSQL 15+). It starts a throw-away cluster, generates N
# demo complaints in database `src`, exports them as an import CSV (originals, reporters, events),
# loads the reference data alone into `dst`, then times (1) \copy of the file into a staging table
# and (2) bin/aduan import of the file into `dst`. Target: import rows/s ≥ ½ of COPY rows/s.
# For scale it also times (3) COPY of the same complaints as stored rows (complaint, original,
# routings, events) into the real, indexed tables of a copy of `dst`: the database's own floor.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-1000000}"
port="${BENCH_DB_PORT:-55434}"
work="$(mktemp -d)"
# PostgreSQL refuses to run as root: then the cluster belongs to the postgres user.
as_owner() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
chmod 755 "$work"
cleanup() { as_owner pg_ctl -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

mkdir "$work/pg" && [[ $(id -u) != 0 ]] || chown postgres "$work/pg"
as_owner initdb -D "$work/pg/data" -U postgres -A trust >/dev/null
as_owner pg_ctl -D "$work/pg/data" -o "-p $port -k $work/pg -c max_wal_size=4GB" \
  -l "$work/pg/log" -w start >/dev/null
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres
createdb src
createdb dst
export ADUAN_DB_USER=postgres ADUAN_DB_PASSWORD=

echo "== generating $n complaints in src"
ADUAN_DB_URL="jdbc:postgresql://127.0.0.1:$port/src" "$root/bin/aduan" generate --complaints "$n" \
  | tr '\r' '\n' | grep -E '^Done:' || true

csv="$work/complaints.csv"
psql -q -d src -c "\\copy (
  SELECT 'BENCH' AS source_system, c.id::text AS source_id,
         to_char(c.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS received_at,
         c.channel, k.code AS category, c.region_code AS region, NULL AS agencies,
         o.original_text AS text, o.reporter_name, o.reporter_contact, c.status,
         (SELECT string_agg(CASE WHEN e.event_type = 'ROUTED' AND EXISTS (SELECT 1
                    FROM complaint_routing r WHERE r.complaint_id = c.id
                    AND r.ended_at = e.occurred_at) THEN 'REROUTED' ELSE e.event_type END || ' '
                  || to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')
                  || coalesce(' ' || a.code, ''), ';' ORDER BY e.seq)
            FROM complaint_event e LEFT JOIN agency a ON a.id = e.agency_id
           WHERE e.complaint_id = c.id AND e.seq > 1) AS events
  FROM complaint c JOIN category k ON k.id = c.category_id
  JOIN complaint_original o ON o.complaint_id = c.id ORDER BY c.id) TO '$csv' CSV HEADER"
echo "import file: $(($(wc -l < "$csv") - 1)) rows (some span lines), $(du -h "$csv" | cut -f1)"

echo "== reference data only in dst"
ADUAN_DB_URL="jdbc:postgresql://127.0.0.1:$port/dst" "$root/bin/aduan" generate --complaints 0 \
  | tr '\r' '\n' | grep -E '^Done:' || true

createdb -T dst floor
tables="complaint complaint_original complaint_routing complaint_event"
for t in $tables; do
  cols=$(psql -At -d src -c "SELECT string_agg(column_name, ',' ORDER BY ordinal_position)
    FROM information_schema.columns WHERE table_name = '$t' AND is_generated = 'NEVER'")
  psql -q -d src -c "\\copy (SELECT $cols FROM $t) TO '$work/$t.copy'"
  echo "$t ($cols)" >> "$work/floor.tables"
done
start=$(date +%s.%N)
while read -r t cols; do
  psql -q -d floor -c "\\copy $t $cols FROM '$work/$t.copy'"
done < "$work/floor.tables"
end=$(date +%s.%N)
floor_s=$(echo "$end - $start" | bc)
echo "COPY of the stored rows into the real tables (4 tables, indexes, keys): $n complaints in $floor_s s = $(echo "$n / $floor_s" | bc) complaints/s"
dropdb floor

psql -q -d dst -c "CREATE TABLE raw_import (source_system text, source_id text, received_at text,
  channel text, category text, region text, agencies text, text text, reporter_name text,
  reporter_contact text, status text, events text)"
start=$(date +%s.%N)
psql -q -d dst -c "\\copy raw_import FROM '$csv' CSV HEADER"
end=$(date +%s.%N)
copy_s=$(echo "$end - $start" | bc)
copy_rate=$(echo "$n / $copy_s" | bc)
echo "raw COPY: $n rows in $copy_s s = $copy_rate rows/s"
psql -q -d dst -c "DROP TABLE raw_import"

start=$(date +%s.%N)
ADUAN_DB_URL="jdbc:postgresql://127.0.0.1:$port/dst" "$root/bin/aduan" import "$csv" \
  --report "$work/errors.csv" 2>"$work/import.log"
end=$(date +%s.%N)
tr '\r' '\n' < "$work/import.log" | grep -v '^$' | tail -2
import_s=$(echo "$end - $start" | bc)
import_rate=$(echo "$n / $import_s" | bc)
echo "bin/aduan import (validation, redaction, timelines, facts): $n rows in $import_s s = $import_rate rows/s"
echo "rejected rows: $(($(wc -l < "$work/errors.csv") - 1)) (report lines)"
echo "ratio import/COPY: $(echo "scale=2; $import_rate / $copy_rate" | bc) (target ≥ 0.5)"
