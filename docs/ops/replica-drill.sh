#!/usr/bin/env bash
# Read-replica drill against Debian's PostgreSQL (docs/deployment.md §9, "Read replica").
#
# Usage: docs/ops/replica-drill.sh            (as root, or as a user who may run initdb)
#   DRILL_COMPLAINTS  generated complaints to load (default 2000)
#   DRILL_PG_VERSION  Debian's PostgreSQL major version (default 15, Debian 12's)
#   OPS_KEEP=1        keep the work directory (logs) instead of deleting it
#
# What it does, on loopback only, in a temp directory it deletes at the end:
#  1. a throw-away primary (the guide's role and database, §2), the schema and N complaints
#     (`bin/aduan generate`), a read-only role aduan_read (USAGE + SELECT only);
#  2. a streaming standby of it: `pg_basebackup -R -X stream` as a REPLICATION role, started on
#     its own port; waits until the primary reports it `streaming`;
#  3. `bin/aduan run` with ADUAN_DB_READ_URL/_USER/_PASSWORD on the standby; reads lists, search,
#     a detail, statistics, the home page; checks the sessions named `aduan-read` are on the
#     standby and none on the primary;
#  4. an intake write (operator key): 201 although the read pool is a standby (writes go to the
#     primary); the time until the complaint is public through the standby;
#  5. replay paused on the standby: a second write is on the primary, but its detail is 404 and the
#     list's ETag (and a conditional GET's 304) stay put — reads and the data version both come
#     from the standby, so no ETag runs ahead of its data; replay resumed: both move;
#  6. the standby refuses a write (read-only transaction); standby stopped: public reads answer
#     503 problem+json with Retry-After, intake still 201; standby started: reads 200 again.
# Exits non-zero on any failure. Rerunnable; stops everything it started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
complaints="${DRILL_COMPLAINTS:-2000}"
# shellcheck source=throwaway.sh
source "$root/docs/ops/throwaway.sh"
ops_init "${DRILL_PG_VERSION:-15}"
pg_start

# --- 1. schema, data, a read-only role ------------------------------------------------------------
start=$(date +%s.%N)
"$root/bin/aduan" generate --complaints "$complaints" >"$work/generate.log" 2>&1 ||
  { tail -40 "$work/generate.log" >&2; fail "bin/aduan generate"; }
step "primary: migrated and generated $complaints complaints in $(elapsed "$start")"
read_password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
repl_password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
pg_admin -d aduan <<SQL
CREATE ROLE aduan_read LOGIN PASSWORD '$read_password';
GRANT USAGE ON SCHEMA public TO aduan_read;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO aduan_read;
CREATE ROLE replicator REPLICATION LOGIN PASSWORD '$repl_password';
SQL
step "roles: aduan_read (SELECT only), replicator (REPLICATION)"

# --- 2. the streaming standby ---------------------------------------------------------------------
standby_port=$(free_port)
mkdir -p "$work/standby"
[[ $(id -u) != 0 ]] || chown postgres "$work/standby"
start=$(date +%s.%N)
as_owner env PGPASSWORD="$repl_password" "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$pg_port" \
  -U replicator -D "$work/standby/data" -R -X stream -c fast >"$work/basebackup.log" 2>&1 ||
  { cat "$work/basebackup.log" >&2; fail "pg_basebackup"; }
standby_ctl() { as_owner "$pg_bin/pg_ctl" -D "$work/standby/data" "$@"; }
standby_start() {
  standby_ctl -l "$work/standby/server.log" -w \
    -o "-p $standby_port -c listen_addresses=127.0.0.1 -k $work/standby" start >/dev/null
}
ops_cleanups+=("[[ -f $work/standby/data/postmaster.pid ]] && as_owner $pg_bin/pg_ctl -D $work/standby/data -m fast -w stop >/dev/null 2>&1")
standby_start
standby_admin() {
  "$pg_bin/psql" -X -A -t -q -v ON_ERROR_STOP=1 -h "$work/standby" -p "$standby_port" -U postgres \
    -d aduan -c "$1"
}
[[ $(standby_admin "SELECT pg_is_in_recovery()") == t ]] || fail "the standby is not in recovery"
deadline=$((SECONDS + 60))
until [[ $(pg_admin -d postgres -A -t -c "SELECT count(*) FROM pg_stat_replication
           WHERE state = 'streaming'") == 1 ]]; do
  ((SECONDS < deadline)) || fail "the standby is not streaming after 60 s"
  sleep 0.2
done
step "standby on 127.0.0.1:$standby_port: pg_basebackup -R -X stream in $(elapsed "$start"), streaming"

# --- 3. the application reading through the standby ---------------------------------------------
export ADUAN_DB_READ_URL="jdbc:postgresql://127.0.0.1:$standby_port/aduan"
export ADUAN_DB_READ_USER=aduan_read ADUAN_DB_READ_PASSWORD=$read_password
app_start
step "bin/aduan run, public reads via the standby: ready after $app_ready_after"
# get PATH: the status code; the body in $work/body, the headers in $work/headers.
get() {
  curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}' --max-time 30 "$@"
}
header() { grep -i "^$1:" "$work/headers" | head -1 | cut -d' ' -f2- | tr -d '\r'; }
ref=$(q aduan "SELECT reference FROM complaint WHERE status IN ('ROUTED', 'RESOLVED', 'CLOSED')
               AND publication = 'PUBLISHED' ORDER BY reference LIMIT 1")
agency=$(q aduan "SELECT code FROM agency ORDER BY id LIMIT 1")
for path in /api/v1/complaints?limit=5 "/api/v1/complaints?q=jalan&limit=5" \
  "/api/v1/complaints/$ref" "/api/v1/agencies/$agency/statistics" /api/v1/statistics/ranking /; do
  status=$(get "$app_base$path")
  [[ $status == 200 ]] || { head -c 600 "$work/body" >&2; fail "GET $path answered $status"; }
done
on_standby=$(standby_admin "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'aduan-read'")
on_primary=$(pg_admin -d postgres -A -t -c \
  "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'aduan-read'")
((on_standby > 0)) || fail "no aduan-read session on the standby"
[[ $on_primary == 0 ]] || fail "$on_primary aduan-read session(s) on the primary"
step "list, search, detail, agency statistics, ranking, home page: 200;" \
  "aduan-read sessions: $on_standby on the standby, 0 on the primary"

# --- 4. an intake write goes to the primary; public through the standby soon after -------------
token=$("$root/bin/aduan" keys create --kind operator --label "replica drill" 2>/dev/null)
intake() { # intake ID: POST a routed complaint, sets $created (its reference) or fails
  local status
  status=$(curl -s -o "$work/intake.json" -D "$work/intake.headers" -w '%{http_code}' \
    --max-time 30 -X POST "$app_base/api/v1/intake/complaints" -H "X-API-Key: $token" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: replica-drill-$1" \
    -d '{"channel":"WEB","category":"jalan-rusak","region":"33.74","agency":"DPUBMCK-33",
         "text":"Jalan di depan pasar berlubang dan tergenang air, drill '"$1"'."}')
  [[ $status == 201 ]] || { cat "$work/intake.json" >&2; fail "intake $1 answered $status"; }
  created=$(grep -Eo '"reference" *: *"[^"]*"' "$work/intake.json" | cut -d'"' -f4)
}
# wait_for PATH STATUS: polls every 10 ms (at most 10 s); sets $waited to the time it took.
wait_for() {
  local t0 deadline
  t0=$(date +%s.%N)
  deadline=$((SECONDS + 10))
  until [[ $(get "$app_base$1") == "$2" ]]; do
    ((SECONDS < deadline)) || fail "GET $1 did not answer $2 within 10 s"
    sleep 0.01
  done
  waited=$(printf '%.0f ms' "$(echo "($(date +%s.%N) - $t0) * 1000" | bc)")
}
intake 1
wait_for "/api/v1/complaints/$created" 200
[[ $(q aduan "SELECT count(*) FROM complaint WHERE reference = '$created'") == 1 ]] ||
  fail "$created is not on the primary"
step "intake 201 ($created, written to the primary); public through the standby $waited after"

# --- 5. replay paused: nothing newer is served, not even the ETag's version --------------------
list=/api/v1/complaints?limit=5
get "$app_base$list" >/dev/null
etag_before=$(header ETag)
standby_admin "SELECT pg_wal_replay_pause()" >/dev/null
intake 2
primary_version=$(q aduan "SELECT version FROM data_version")
sleep 2 # longer than the data version's reuse (ADUAN_DATA_VERSION_REUSE_MS, 1 s)
status=$(get "$app_base/api/v1/complaints/$created")
[[ $status == 404 ]] || fail "while replay is paused, the new complaint answered $status, not 404"
[[ $(get "$app_base$list") == 200 && $(header ETag) == "$etag_before" ]] ||
  fail "the list's ETag moved while replay was paused: $etag_before → $(header ETag)"
[[ $(get -H "If-None-Match: $etag_before" "$app_base$list") == 304 ]] ||
  fail "a conditional GET with the old ETag was not 304 while replay was paused"
standby_version=$(standby_admin "SELECT version FROM data_version")
((standby_version < primary_version)) || fail "the standby's data version is not behind"
step "replay paused: intake 201 ($created, primary data version $primary_version, standby" \
  "$standby_version); its detail 404, the list's ETag unchanged and 304 — all from the standby"
standby_admin "SELECT pg_wal_replay_resume()" >/dev/null
wait_for "/api/v1/complaints/$created" 200
detail_after=$waited
t0=$(date +%s.%N)
deadline=$((SECONDS + 10))
until [[ $(get -H "If-None-Match: $etag_before" "$app_base$list") == 200 ]]; do
  ((SECONDS < deadline)) || fail "the list's ETag did not move within 10 s of resuming replay"
  sleep 0.01
done
step "replay resumed: detail 200 after $detail_after, the old ETag answered 200 with" \
  "$(header ETag) after $(printf '%.0f ms' "$(echo "($(date +%s.%N) - $t0) * 1000" | bc)")"

# --- 6. the standby refuses writes; the standby down, then back -------------------------------
if PGPORT=$standby_port q aduan "UPDATE data_version SET version = version" 2>"$work/refused.txt"; then
  fail "the standby accepted a write"
fi
grep -q 'read-only transaction' "$work/refused.txt" || { cat "$work/refused.txt" >&2; fail "write refusal"; }
step "the standby refuses a write: $(head -1 "$work/refused.txt")"
standby_ctl -m fast -w stop >/dev/null
status=$(get "$app_base$list")
[[ $status == 503 ]] || { cat "$work/body" >&2; fail "with the standby down a list answered $status"; }
grep -qi '^content-type: application/problem+json' "$work/headers" || fail "the 503 is not problem+json"
retry_after=$(header Retry-After)
[[ -n $retry_after ]] || fail "the 503 has no Retry-After"
intake 3
step "standby stopped: list 503 problem+json, Retry-After: $retry_after; intake 201 ($created)"
standby_start
wait_for "/api/v1/complaints/$created" 200
step "standby started again: $created public $waited later"
echo "DRILL PASSED: PostgreSQL $pg_version primary + streaming standby, $complaints complaints;" \
  "public reads and the ETags' data version from the standby, writes on the primary; total" \
  "$(elapsed "$ops_t0")"
