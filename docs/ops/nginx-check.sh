#!/usr/bin/env bash
# Runs the nginx TLS configuration of docs/deployment.md §4 for real, on loopback, and checks what
# the guide claims about it.
#
# Usage: docs/ops/nginx-check.sh   (as root, or as a user with nginx and Debian's PostgreSQL
#                                   installed; OPS_KEEP=1 keeps the work directory)
#
# The server blocks are taken from the guide itself (the ```nginx block), with only ports,
# certificate paths and the ACME root changed, and run by Debian's nginx with a temp prefix (not
# the system service), in front of `bin/aduan run` on a throw-away PostgreSQL (docs/ops/throwaway.sh)
# with the guide's settings ADUAN_TRUST_FORWARDED_PROTO=true and ADUAN_API_TRUST_FORWARDED_FOR=true
# (and a rate limit of 2 requests a minute, to see whose bucket a request is charged to).
# Client addresses 127.0.0.N (curl --interface) stand for different clients.
# Exits non-zero on the first failed check.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=throwaway.sh
source "$root/docs/ops/throwaway.sh"
ops_init "${OPS_PG_VERSION:-15}"
for tool in openssl truncate; do command -v "$tool" >/dev/null || fail "$tool is needed"; done
if ! command -v nginx >/dev/null; then
  [[ $(id -u) == 0 ]] || fail "nginx missing: apt-get install nginx"
  step "installing nginx from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null
fi
echo "$(nginx -v 2>&1), $(curl --version | head -1 | cut -d' ' -f1-2)"

checks=0
pass() {
  checks=$((checks + 1))
  step "ok  $*"
}

# --- the application --------------------------------------------------------------------------
pg_start
"$root/bin/aduan" generate --complaints 300 >"$work/generate.log" 2>&1 ||
  { tail -30 "$work/generate.log" >&2; fail "bin/aduan generate"; }
export ADUAN_TRUST_FORWARDED_PROTO=true ADUAN_API_TRUST_FORWARDED_FOR=true
export ADUAN_API_RATE_LIMIT_PER_MINUTE=2
# The guide's preboot file (§3): Payara Micro listens on loopback only, nginx is the way in.
sed -n '/^# \/etc\/aduan\/preboot.asadmin$/,/^```$/p' "$root/docs/deployment.md" | grep -v '^```' \
  >"$work/preboot.asadmin"
grep -q '^set ' "$work/preboot.asadmin" || fail "no preboot.asadmin block in docs/deployment.md"
export ADUAN_PAYARA_PREBOOT="$work/preboot.asadmin"
app_start
step "bin/aduan run ready on 127.0.0.1:$app_port after $app_ready_after"
bound=$(ss -Htln "sport = :$app_port" | awk '{print $4}' | sort -u | xargs)
[[ $bound == "127.0.0.1:$app_port" || $bound == "[::ffff:127.0.0.1]:$app_port" ]] ||
  fail "Payara Micro listens on $bound"
pass "Payara Micro listens on $bound only (the guide's ADUAN_PAYARA_PREBOOT file)"

# --- nginx with the guide's configuration -----------------------------------------------------
host=aduan.example.go.id
http_port=$(free_port)
https_port=$(free_port)
ngx="$work/nginx"
mkdir -p "$ngx/tls" "$ngx/acme/.well-known/acme-challenge"
echo "token-for-acme" >"$ngx/acme/.well-known/acme-challenge/probe"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$host" \
  -addext "subjectAltName=DNS:$host" -keyout "$ngx/tls/privkey.pem" -out "$ngx/tls/fullchain.pem" \
  2>/dev/null
awk '/^```nginx$/ {inside = 1; next} inside && /^```$/ {exit} inside' "$root/docs/deployment.md" \
  >"$ngx/guide.conf"
[[ -s $ngx/guide.conf ]] || fail "no \`\`\`nginx block in docs/deployment.md"
sed -E -e "s#listen 80;#listen 127.0.0.1:$http_port;#" \
  -e "s#listen \[::\]:80;#listen [::1]:$http_port;#" \
  -e "s#listen 443 #listen 127.0.0.1:$https_port #" \
  -e "s#listen \[::\]:443 #listen [::1]:$https_port #" \
  -e "s#/etc/letsencrypt/live/$host/#$ngx/tls/#" \
  -e "s#root /var/www/letsencrypt;#root $ngx/acme;#" \
  -e "s#server 127.0.0.1:8080;#server 127.0.0.1:$app_port;#" \
  "$ngx/guide.conf" >"$ngx/aduan.conf"
# Every substitution must have hit: otherwise the guide changed and this script must follow.
for expected in "127.0.0.1:$http_port;" "[::1]:$http_port;" "127.0.0.1:$https_port " \
  "[::1]:$https_port " "$ngx/tls/fullchain.pem" "$ngx/tls/privkey.pem" "root $ngx/acme;" \
  "server 127.0.0.1:$app_port;"; do
  grep -qF -- "$expected" "$ngx/aduan.conf" || fail "could not adapt the guide's config ($expected)"
done
cat >"$ngx/nginx.conf" <<CONF
worker_processes 1;
pid $ngx/nginx.pid;
error_log $ngx/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $ngx/access.log;
    client_body_temp_path $ngx/body;
    proxy_temp_path $ngx/proxy;
    fastcgi_temp_path $ngx/fastcgi;
    uwsgi_temp_path $ngx/uwsgi;
    scgi_temp_path $ngx/scgi;
    include $ngx/aduan.conf;
}
CONF
nginx -t -p "$ngx" -c "$ngx/nginx.conf" >"$ngx/test.log" 2>&1 || { cat "$ngx/test.log" >&2; fail "nginx -t"; }
if grep -q '\[warn\]' "$ngx/test.log"; then cat "$ngx/test.log" >&2; fail "nginx -t warns"; fi
pass "nginx -t: syntax ok, test successful, no warnings"
nginx -p "$ngx" -c "$ngx/nginx.conf"
ops_cleanups+=("nginx -p '$ngx' -c '$ngx/nginx.conf' -s quit 2>/dev/null; sleep 1")

https="https://$host:$https_port"
http="http://$host:$http_port"
# c ADDRESS ARGS…: curl as the client 127.0.0.ADDRESS, with the guide's host name resolved to
# loopback and our self-signed certificate trusted.
c() {
  local from=$1
  shift
  curl -sS --max-time 60 --interface "127.0.0.$from" --cacert "$ngx/tls/fullchain.pem" \
    --resolve "$host:$https_port:127.0.0.1" --resolve "$host:$http_port:127.0.0.1" "$@"
}
header() { grep -i "^$1:" | head -1 | cut -d: -f2- | tr -d '\r' | xargs; }

# HTTPS with HTTP/2
got=$(c 1 --http2 -o /dev/null -w '%{http_code} HTTP/%{http_version}' "$https/")
[[ $got == "200 HTTP/2" ]] || fail "GET $https/ over TLS: $got, want 200 HTTP/2"
pass "HTTPS $https/ answers 200 over HTTP/2 (self-signed certificate for $host)"
got=$(c 1 --http1.1 -o /dev/null -w '%{http_code} HTTP/%{http_version}' "$https/")
[[ $got == "200 HTTP/1.1" ]] || fail "HTTP/1.1 over TLS: $got"
pass "HTTPS also answers HTTP/1.1 clients"

# HTTP → HTTPS, except the ACME challenge
got=$(c 1 -o /dev/null -w '%{http_code} %{redirect_url}' "$http/complaints?status=open")
[[ $got == "301 https://$host/complaints?status=open" ]] || fail "plain HTTP: $got"
pass "HTTP → 301 https://$host/complaints?status=open (path and query kept)"
got=$(c 1 "$http/.well-known/acme-challenge/probe")
[[ $got == token-for-acme ]] || fail "ACME challenge over HTTP: $got"
pass "HTTP /.well-known/acme-challenge/ is served, not redirected (certificate renewal)"

# X-Forwarded-Proto reaches the application: HSTS, once
c 1 -o /dev/null -D "$work/h" "$https/"
hsts=$(grep -ci '^strict-transport-security:' "$work/h" || true)
[[ $hsts == 1 ]] || fail "HSTS header $hsts times through nginx, want 1"
value=$(header strict-transport-security <"$work/h")
curl -sS -o /dev/null -D "$work/h-direct" "$app_base/"
if grep -qi '^strict-transport-security:' "$work/h-direct"; then fail "HSTS on plain HTTP"; fi
pass "HSTS through nginx, once ($value); none straight from the app over HTTP (X-Forwarded-Proto used)"
for name in content-security-policy x-frame-options x-content-type-options; do
  n=$(grep -ci "^$name:" "$work/h" || true)
  [[ $n == 1 ]] || fail "$name $n times"
done
pass "CSP, X-Frame-Options, X-Content-Type-Options once each (from the app, not doubled by nginx)"

# X-Forwarded-For reaches the application and a client cannot choose its own bucket
api="$https/api/v1/agencies"
codes=""
for _ in 1 2 3; do codes+="$(c 2 -o /dev/null -w '%{http_code}' "$api") "; done
[[ $codes == "200 200 429 " ]] || fail "client 127.0.0.2, 3 requests at 2 a minute: $codes"
spoofed=$(c 2 -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 203.0.113.7' "$api")
[[ $spoofed == 429 ]] || fail "a client's own X-Forwarded-For chose another bucket ($spoofed)"
other=$(c 3 -o /dev/null -w '%{http_code}' "$api")
[[ $other == 200 ]] || fail "client 127.0.0.3 charged to another client's bucket ($other)"
pass "rate limit per client address from X-Forwarded-For: 127.0.0.2 gets $codes, then 429 with a" \
  "forged X-Forwarded-For (nginx replaces it); 127.0.0.3, same nginx peer, gets 200"
direct=$(curl -sS -o /dev/null -w '%{http_code}' --interface 127.0.0.2 -H 'X-Forwarded-For: 203.0.113.8' \
  "$app_base/api/v1/agencies")
[[ $direct == 200 ]] || fail "direct request with forged X-Forwarded-For: $direct"
pass "straight to the app's port a forged X-Forwarded-For gets a fresh bucket (200): bind the app to" \
  "loopback or firewall its port (§3)"

# Compression: pages and CSS by nginx, API answers by the application, never twice
c 4 -o /dev/null -D "$work/h" -H 'Accept-Encoding: gzip' "$https/"
[[ $(header content-encoding <"$work/h") == gzip ]] || fail "home page not gzipped through nginx"
curl -sS -o /dev/null -D "$work/h-direct" -H 'Accept-Encoding: gzip' "$app_base/"
[[ -z $(header content-encoding <"$work/h-direct") ]] || fail "the app gzips pages itself now"
pass "portal page gzipped by nginx (the app sends it uncompressed), Vary: $(header vary <"$work/h")"
css=$(c 4 --compressed "$https/" | grep -o 'href="[^"]*\.css[^"]*"' | head -1 | cut -d'"' -f2 |
  sed 's/&amp;/\&/g')
[[ -n $css ]] || fail "no stylesheet link on the home page"
c 4 -o /dev/null -D "$work/h" -H 'Accept-Encoding: gzip' "$https$css"
[[ $(header content-encoding <"$work/h") == gzip ]] || fail "$css not gzipped"
pass "stylesheet $css gzipped ($(header content-type <"$work/h"))"
c 5 -o "$work/api.gz" -D "$work/h" -H 'Accept-Encoding: gzip' "$https/api/v1/complaints?limit=5"
[[ $(grep -ci '^content-encoding:' "$work/h") == 1 ]] || fail "API answer: Content-Encoding not once"
[[ $(header content-encoding <"$work/h") == gzip ]] || fail "API answer not gzipped"
gzip -dc "$work/api.gz" | grep -Eq '"reference" *: *"' || fail "API answer does not decompress to complaints"
curl -sS -o /dev/null -D "$work/h-direct" -H 'Accept-Encoding: gzip' --interface 127.0.0.6 \
  "$app_base/api/v1/complaints?limit=5"
[[ $(header content-encoding <"$work/h-direct") == gzip ]] || fail "the app does not gzip JSON"
pass "API JSON gzipped once, by the application (the same straight from the app), decompresses"

# Request bodies: 48m
truncate -s 49M "$work/49m.bin"
got=$(c 7 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary @"$work/49m.bin" "$https/api/v1/intake/complaints")
[[ $got == 413 ]] || fail "49 MB body: $got, want 413 from nginx"
pass "a 49 MB body gets 413 from nginx (client_max_body_size 48m)"
truncate -s 42M "$work/42m.bin"
c 8 -o "$work/42m.out" -D "$work/h" -H 'Content-Type: application/json' \
  --data-binary @"$work/42m.bin" "$https/api/v1/intake/complaints"
status=$(head -1 "$work/h" | awk '{print $2}')
type=$(header content-type <"$work/h")
[[ $type == application/problem+json* ]] || fail "42 MB body: $status $type (want the app's answer)"
pass "a 42 MB body (4 photos × 10 MB + 1 MB) passes nginx to the app, which answers $status $type"

# Health and metrics: loopback only
got=$(c 1 -o /dev/null -w '%{http_code}' "$https/health/ready")
[[ $got == 200 ]] || fail "/health/ready from 127.0.0.1: $got"
got=$(c 1 -o "$work/metrics" -w '%{http_code}' "$https/metrics")
[[ $got == 200 ]] || fail "/metrics from 127.0.0.1: $got"
grep -Eq '^(base_|jvm_)' "$work/metrics" || { head -5 "$work/metrics" >&2; fail "/metrics: no JVM metrics"; }
metric_lines=$(grep -vc '^#' "$work/metrics")
echo "      /metrics families: $(grep -v '^#' "$work/metrics" | sed -E 's/[{ ].*//' | sort -u | xargs)"
for path in /health/ready /health /metrics; do
  got=$(c 9 -o /dev/null -w '%{http_code}' "$https$path")
  [[ $got == 403 ]] || fail "$path from 127.0.0.9: $got, want 403"
done
got=$(c 9 -o /dev/null -w '%{http_code}' "$https/healthy-looking-page")
[[ $got != 403 ]] || fail "/healthy-looking-page caught by the health location"
pass "/health/ready 200 and /metrics 200 ($metric_lines Prometheus lines) from 127.0.0.1;" \
  "/health, /health/ready, /metrics 403 from 127.0.0.9"

# Expected there: the refused health/metrics requests and the 413; anything else fails.
unexpected=$(grep -E '\[(error|crit|alert|emerg)\]' "$ngx/error.log" |
  grep -Ev 'access forbidden by rule|client intended to send too large body' || true)
[[ -z $unexpected ]] || { echo "$unexpected" >&2; fail "unexpected lines in nginx's error.log"; }
pass "nginx error.log: nothing but the refused /health|/metrics requests and the 413"
echo "NGINX CHECK PASSED: $checks checks, $(nginx -v 2>&1 | cut -d/ -f2), total $(elapsed "$ops_t0")"
