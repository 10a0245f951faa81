#!/usr/bin/env bash
# pg_dump / pg_restore drill against Debian's PostgreSQL (docs/deployment.md §6, "Second backup").
#
# Usage: docs/ops/pg-dump-drill.sh            (as root, or as a user who may run initdb)
#   DRILL_COMPLAINTS  generated complaints to load (default 5000)
#   DRILL_PG_VERSION  Debian's PostgreSQL major version (default 15, Debian 12's)
#   OPS_KEEP=1        keep the work directory (dump, logs) instead of deleting it
#
# What it does, on loopback only, in a temp directory it deletes at the end:
#  1. installs postgresql-$DRILL_PG_VERSION with apt-get if its initdb is missing (root only);
#  2. creates a throw-away cluster (initdb + pg_ctl, as user postgres when run as root) on a free
#     port, and the role and database of the deployment guide (§2): role aduan with a password,
#     database aduan owned by it; the application connects over TCP with scram-sha-256;
#  3. points bin/aduan at it (ADUAN_DB_URL…, the guide's "external PostgreSQL"): Flyway builds the
#     schema, `bin/aduan generate` loads the reference data and N complaints, `keys create` a key;
#  4. pg_dump -Fc as role aduan; pg_restore -j 2 into a new empty database aduan_restored;
#  5. compares both databases: the same tables, each table's row count and an MD5 over all its rows
#     (sorted), every sequence's value, and the schema (pg_dump --schema-only, comments stripped);
#  6. starts `bin/aduan run` on the restored database and checks /health/ready and
#     /api/v1/complaints?limit=1 answer 200 with a complaint.
# Exits non-zero on any mismatch or failure. Rerunnable; stops everything it started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
complaints="${DRILL_COMPLAINTS:-5000}"
# shellcheck source=throwaway.sh
source "$root/docs/ops/throwaway.sh"
ops_init "${DRILL_PG_VERSION:-15}"
pg_dump="$pg_bin/pg_dump"
pg_restore="$pg_bin/pg_restore"
pg_start

# --- 3. the application's schema and data --------------------------------------------------------
start=$(date +%s.%N)
"$root/bin/aduan" generate --complaints "$complaints" >"$work/generate.log" 2>&1 ||
  { tail -40 "$work/generate.log" >&2; fail "bin/aduan generate against PostgreSQL $pg_version"; }
step "migrated (Flyway) and generated $complaints complaints in $(elapsed "$start")"
"$root/bin/aduan" keys create --kind reader --label "pg_dump drill" >/dev/null 2>&1
schema_version=$(q aduan "SELECT max(version::int) FROM flyway_schema_history WHERE success")
failed=$(q aduan "SELECT count(*) FROM flyway_schema_history WHERE NOT success")
[[ $failed == 0 ]] || fail "$failed failed migration(s) in flyway_schema_history"
step "schema version V$schema_version, $(q aduan "SELECT pg_size_pretty(pg_database_size('aduan'))")"

# --- 4. pg_dump -Fc, pg_restore into a new empty database -----------------------------------------
dump="$work/aduan.dump"
start=$(date +%s.%N)
"$pg_dump" -Fc -d aduan -f "$dump"
step "pg_dump -Fc: $(stat -c %s "$dump") bytes in $(elapsed "$start")"
pg_admin -d postgres -c "CREATE DATABASE aduan_restored OWNER aduan ENCODING 'UTF8' TEMPLATE template0"
start=$(date +%s.%N)
"$pg_restore" --exit-on-error -j 2 -d aduan_restored "$dump"
step "pg_restore -j 2 into aduan_restored in $(elapsed "$start")"

# --- 5. compare ---------------------------------------------------------------------------------
tables_sql="SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1"
tables=$(q aduan "$tables_sql")
[[ $tables == "$(q aduan_restored "$tables_sql")" ]] || fail "the restored database has other tables"
mismatches=0
total_rows=0
table_count=0
for table in $tables; do
  sql="SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\n' ORDER BY t::text)), '-')
       FROM $table t"
  a=$(q aduan "$sql")
  b=$(q aduan_restored "$sql")
  if [[ $a != "$b" ]]; then
    echo "MISMATCH $table: source $a, restored $b" >&2
    mismatches=$((mismatches + 1))
  fi
  total_rows=$((total_rows + ${a%% *}))
  table_count=$((table_count + 1))
done
sequences_sql="SELECT schemaname || '.' || sequencename || ' ' || coalesce(last_value::text, 'unused')
  FROM pg_sequences ORDER BY 1"
if ! diff <(q aduan "$sequences_sql") <(q aduan_restored "$sequences_sql") >&2; then
  echo "MISMATCH sequences" >&2
  mismatches=$((mismatches + 1))
fi
# Two differences are not differences: pg_dump's random \restrict key (15.14+), and CHECK
# constraints on varchar IN (…), which PostgreSQL deparses with other casts after a restore
# (same expression: compared with casts and parentheses removed).
schema_of() {
  "$pg_dump" --schema-only -d "$1" | grep -Ev '^(--|$|\\(un)?restrict )' |
    sed -E '/CONSTRAINT .* CHECK /{s/::(character varying|text)(\[\])?//g; s/[() ]//g}'
}
if ! diff <(schema_of aduan) <(schema_of aduan_restored) >"$work/schema.diff"; then
  head -20 "$work/schema.diff" >&2
  echo "MISMATCH schema" >&2
  mismatches=$((mismatches + 1))
fi
complaint_rows=$(q aduan_restored "SELECT count(*) FROM complaint")
sequence_count=$(q aduan "SELECT count(*) FROM pg_sequences")
((mismatches == 0)) || fail "$mismatches mismatch(es) between aduan and aduan_restored"
step "identical: $table_count tables, $total_rows rows ($complaint_rows complaints), row counts"\
" and MD5 of every table, $sequence_count sequences, schema"

# --- 6. the application on the restored database ----------------------------------------------
export ADUAN_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/aduan_restored"
app_start
step "bin/aduan run on aduan_restored: /health/ready 200 after $app_ready_after"
body="$work/complaints.json"
status=$(curl -s -o "$body" -w '%{http_code}' --max-time 30 "$app_base/api/v1/complaints?limit=1")
[[ $status == 200 ]] || { head -c 600 "$body" >&2; fail "/api/v1/complaints?limit=1 answered $status"; }
grep -Eq '"reference" *: *"' "$body" || { head -c 600 "$body" >&2; fail "no complaint in the answer"; }
step "/api/v1/complaints?limit=1: 200, $(grep -Eo '"reference" *: *"[^"]*"' "$body" | head -1)"
if grep -Eq 'FlywayException|Migration .* failed|Validate failed' "$work/app.log"; then
  fail "Flyway complained at start (see app.log)"
fi
echo "DRILL PASSED: PostgreSQL $pg_version, schema V$schema_version, $complaints complaints," \
  "$table_count tables / $total_rows rows identical after pg_dump -Fc | pg_restore," \
  "application ready on the restore; total $(elapsed "$ops_t0")"
