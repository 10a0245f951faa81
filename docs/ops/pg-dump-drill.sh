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
# Two differences are not differences: pg_dump's random \restrict key (15.14+), and CHECK
# constraints on varchar IN (…), which PostgreSQL deparses with other casts after a restore
# (same expression: compared with casts and parentheses removed).
schema_of() {
  "$pg_dump" --schema-only -d "$1" | grep -Ev '^(--|$|\\(un)?restrict )' |
    sed -E '/CONSTRAINT .* CHECK /{s/::(character varying|text)(\[\])?//g; s/[() ]//g}'
}
# compare A B [TABLE]: the same tables with the same rows (count and MD5 over the sorted rows,
# except TABLE's rows), the same sequence values and schema. Sets table_count and total_rows.
compare() {
  local a=$1 b=$2 skip=${3:-} tables_sql sequences_sql table sql x y mismatches=0
  tables_sql="SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1"
  [[ $(q "$a" "$tables_sql") == "$(q "$b" "$tables_sql")" ]] || fail "$b has other tables than $a"
  table_count=0
  total_rows=0
  for table in $(q "$a" "$tables_sql"); do
    table_count=$((table_count + 1))
    [[ $table != "$skip" ]] || continue
    sql="SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\n' ORDER BY t::text)), '-')
         FROM $table t"
    x=$(q "$a" "$sql")
    y=$(q "$b" "$sql")
    if [[ $x != "$y" ]]; then
      echo "MISMATCH $table: $a $x, $b $y" >&2
      mismatches=$((mismatches + 1))
    fi
    total_rows=$((total_rows + ${x%% *}))
  done
  sequences_sql="SELECT schemaname || '.' || sequencename || ' ' || coalesce(last_value::text, 'unused')
    FROM pg_sequences ORDER BY 1"
  if ! diff <(q "$a" "$sequences_sql") <(q "$b" "$sequences_sql") >&2; then
    echo "MISMATCH sequences" >&2
    mismatches=$((mismatches + 1))
  fi
  if ! diff <(schema_of "$a") <(schema_of "$b") >"$work/schema.diff"; then
    head -20 "$work/schema.diff" >&2
    echo "MISMATCH schema" >&2
    mismatches=$((mismatches + 1))
  fi
  ((mismatches == 0)) || fail "$mismatches mismatch(es) between $a and $b"
}
compare aduan aduan_restored
complaint_rows=$(q aduan_restored "SELECT count(*) FROM complaint")
sequence_count=$(q aduan "SELECT count(*) FROM pg_sequences")
step "identical: $table_count tables, $total_rows rows ($complaint_rows complaints), row counts"\
" and MD5 of every table, $sequence_count sequences, schema"
pg_dump_tables=$table_count
pg_dump_rows=$total_rows

# --- 5b. the same round trip with our own backup (bin/aduan backup / restore) ------------------
"$root/bin/aduan" backup "$work/aduan.backup" >"$work/backup.log" 2>&1 ||
  { cat "$work/backup.log" >&2; fail "bin/aduan backup"; }
step "$(tail -1 "$work/backup.log")"
pg_admin -d postgres -c "CREATE DATABASE aduan_own OWNER aduan ENCODING 'UTF8' TEMPLATE template0"
ADUAN_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/aduan_own" \
  "$root/bin/aduan" restore "$work/aduan.backup" >"$work/restore.log" 2>&1 ||
  { cat "$work/restore.log" >&2; fail "bin/aduan restore"; }
step "$(tail -1 "$work/restore.log")"
# Flyway's history is written by the restore's own migration run (other timestamps).
compare aduan aduan_own public.flyway_schema_history
step "identical: $table_count tables (flyway_schema_history: schema only), $total_rows rows," \
  "sequences, schema"

# --- 6. the application on the restored database ----------------------------------------------
export ADUAN_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/aduan_restored"
app_start
step "bin/aduan run on aduan_restored: /health/ready 200 after $app_ready_after," \
  "listening on $(ss -Htln "sport = :$app_port" | awk '{print $4}' | sort -u | xargs)"
body="$work/complaints.json"
status=$(curl -s -o "$body" -w '%{http_code}' --max-time 30 "$app_base/api/v1/complaints?limit=1")
[[ $status == 200 ]] || { head -c 600 "$body" >&2; fail "/api/v1/complaints?limit=1 answered $status"; }
grep -Eq '"reference" *: *"' "$body" || { head -c 600 "$body" >&2; fail "no complaint in the answer"; }
step "/api/v1/complaints?limit=1: 200, $(grep -Eo '"reference" *: *"[^"]*"' "$body" | head -1)"
if grep -Eq 'FlywayException|Migration .* failed|Validate failed' "$work/app.log"; then
  fail "Flyway complained at start (see app.log)"
fi
echo "DRILL PASSED: PostgreSQL $pg_version, schema V$schema_version, $complaints complaints," \
  "$pg_dump_tables tables / $pg_dump_rows rows identical after pg_dump -Fc | pg_restore and after" \
  "bin/aduan backup | restore, application ready on the pg_restore'd copy; total $(elapsed "$ops_t0")"
