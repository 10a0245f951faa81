# Sourced by the scripts in docs/ops: a throw-away PostgreSQL cluster of Debian's packages and
# bin/aduan run against it, on loopback, in a temp directory removed on exit (OPS_KEEP=1 keeps it).
# The caller sets `root` (the checkout) and `set -euo pipefail`, then calls ops_init.

fail() {
  echo "FAILED: $*" >&2
  exit 1
}
ops_t0=$(date +%s.%N)
elapsed() { printf '%5.1f s' "$(echo "$(date +%s.%N) - $1" | bc)"; }
step() { echo "[$(elapsed "$ops_t0")] $*"; }

# PostgreSQL refuses to run as root: the cluster then belongs to user postgres.
as_owner() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() {
  local port
  for port in $(shuf -i 20000-60000 -n 100); do
    if ! ss -Htln "sport = :$port" | grep -q .; then
      echo "$port"
      return
    fi
  done
  fail "no free port"
}

# ops_init VERSION: installs postgresql-VERSION if missing (root only), makes $work, sets the trap.
ops_init() {
  pg_version=$1
  pg_bin="/usr/lib/postgresql/$pg_version/bin"
  if [[ ! -x $pg_bin/initdb ]]; then
    [[ $(id -u) == 0 ]] || fail "$pg_bin/initdb missing: apt-get install postgresql-$pg_version"
    step "installing postgresql-$pg_version from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "postgresql-$pg_version" >/dev/null
  fi
  local tool
  for tool in curl bc ss shuf; do command -v "$tool" >/dev/null || fail "$tool is needed"; done
  work="$(mktemp -d /tmp/aduan-ops.XXXXXX)"
  chmod 755 "$work"
  mkdir -p "$work/pg" "$work/home"
  [[ $(id -u) != 0 ]] || chown postgres "$work/pg"
  app_pid=""
  ops_cleanups=()
  trap ops_cleanup EXIT
  trap 'exit 130' INT TERM
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
}

ops_cleanup() {
  local rc=$? action
  for action in "${ops_cleanups[@]}"; do eval "$action" || true; done
  app_stop
  if [[ -f $work/pg/data/postmaster.pid ]]; then
    as_owner "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [[ ${OPS_KEEP:-} == 1 ]]; then echo "kept $work"; else rm -rf "$work"; fi
  exit $rc
}

# pg_start: the cluster on a free loopback port, with the deployment guide's role and database
# (§2: role aduan with a password, database aduan owned by it). Exports PG* for role aduan over
# TCP (scram-sha-256, as the application connects) and the ADUAN_DB_* settings.
pg_start() {
  pg_port=$(free_port)
  pg_password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  as_owner "$pg_bin/initdb" -D "$work/pg/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$work/pg/initdb.log"
  as_owner "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work/pg" start >/dev/null
  pg_admin -d postgres <<SQL
CREATE ROLE aduan LOGIN PASSWORD '$pg_password';
CREATE DATABASE aduan OWNER aduan ENCODING 'UTF8' TEMPLATE template0;
SQL
  export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=aduan PGPASSWORD=$pg_password
  export ADUAN_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/aduan" ADUAN_DB_USER=aduan
  export ADUAN_DB_PASSWORD=$pg_password ADUAN_HOME="$work/home" ADUAN_DEMO_DATA=false
  step "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
}

# Superuser, through the cluster's own Unix socket.
pg_admin() { "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$work/pg" -p "$pg_port" -U postgres "$@"; }
# q DB SQL: one value, as role aduan.
q() { "$pg_bin/psql" -X -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

# app_start: bin/aduan run with the current environment on a free port ($app_base), until
# /health/ready answers 200 (at most 300 s).
app_start() {
  app_port=$(free_port)
  app_base="http://127.0.0.1:$app_port"
  local start deadline
  start=$(date +%s.%N)
  ADUAN_PORT=$app_port setsid "$root/bin/aduan" run >"$work/app.log" 2>&1 &
  app_pid=$!
  deadline=$((SECONDS + 300))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$app_base/health/ready" || true) == 200 ]]; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      tail -40 "$work/app.log" >&2
      fail "bin/aduan run exited"
    fi
    ((SECONDS < deadline)) || { tail -40 "$work/app.log" >&2; fail "not ready within 300 s"; }
    sleep 1
  done
  app_ready_after=$(elapsed "$start")
}

# bin/aduan run and the Payara Micro it started form one process group (setsid).
app_stop() {
  [[ -n ${app_pid:-} ]] && kill -0 "$app_pid" 2>/dev/null || return 0
  kill -TERM -- "-$app_pid" 2>/dev/null || true
  local _
  for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$app_pid" 2>/dev/null || true
  app_pid=""
}
