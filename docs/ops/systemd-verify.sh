#!/usr/bin/env bash
# Checks the systemd units of docs/deployment.md §5 with systemd-analyze, without installing them.
#
# Usage: docs/ops/systemd-verify.sh   (needs systemd-analyze, package systemd; no running systemd:
#                                      "verify", "calendar" and "security --offline" work offline)
#
# Each ```ini block of the guide starts with a "# /etc/systemd/system/NAME" comment; a block may
# hold several units. They are written to a temp directory with /opt/aduan replaced by this
# checkout (verify checks that every ExecStart= program exists and is executable), then:
#  - `systemd-analyze verify` on all of them: any message (unknown key, bad value, missing
#    program, unit not found) fails the check, although systemd-analyze itself exits 0 for some;
#  - `systemd-analyze calendar` on every OnCalendar= (prints the next two runs in UTC);
#  - `systemd-analyze security --offline=true` on every service: the exposure score (information).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
command -v systemd-analyze >/dev/null || { echo "systemd-analyze is needed (package systemd)" >&2; exit 1; }
work="$(mktemp -d /tmp/aduan-systemd.XXXXXX)"
trap 'rm -rf "$work"' EXIT
echo "$(systemd-analyze --version | head -1); PID 1 is $(ps -p 1 -o comm=)"

awk -v dir="$work" -v root="$root" '
  /^```ini$/ { inside = 1; file = ""; next }
  inside && /^```$/ { inside = 0; next }
  inside && /^# \/etc\/systemd\/system\/[^ ]+$/ { n = split($2, part, "/"); file = dir "/" part[n]; next }
  inside && file != "" { gsub("/opt/aduan", root); print > file }
  inside && file == "" && NF { print "a ```ini block of the guide does not start with its path" > "/dev/stderr"; exit 1 }
' "$root/docs/deployment.md"
mapfile -t units < <(find "$work" -maxdepth 1 -type f | sort)
((${#units[@]} > 0)) || { echo "no units found in docs/deployment.md" >&2; exit 1; }
echo "units: $(basename -a "${units[@]}" | xargs)"

status=0
# SYSTEMD_LOG_COLOR=0: plain messages; --man=no: the units name no man pages to check.
if ! out=$(cd "$work" && SYSTEMD_LOG_COLOR=0 systemd-analyze verify --man=no "${units[@]}" 2>&1) ||
  [[ -n $out ]]; then
  echo "verify: FAILED" >&2
  echo "$out" | sed "s#$work/##g" >&2
  status=1
else
  echo "verify: ok, no messages"
fi

while read -r calendar; do
  next=$(systemd-analyze calendar --iterations 2 "$calendar" | awk -F': ' '/Next elapse|Iter. #2/ {print $2}' | xargs)
  echo "calendar '$calendar': next $next"
done < <(grep -h '^OnCalendar=' "${units[@]}" | cut -d= -f2-)

for unit in "${units[@]}"; do
  [[ $unit == *.service ]] || continue
  score=$(systemd-analyze security --offline=true "$unit" 2>/dev/null | grep 'Overall exposure' || true)
  echo "security: ${score#→ }"
done
exit $status
