#!/usr/bin/env bash
# Start-up benchmark of the local run: stops everything, then times a cold `helix up` (after any build it needs)
# and prints per-process start-up time and RSS, the total RSS and the total cold-start time.
#   deploy/local/bench-startup.sh           processes cold, data kept (databases, realm, topics exist)
#   deploy/local/bench-startup.sh --reset   from an empty state folder (adds realm import, Kafka format, DB creation)
set -euo pipefail

HELIX="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)/helix"
stop_command=down
if [[ "${1:-}" == "--reset" ]]; then
  stop_command=reset
fi

"$HELIX" "$stop_command" >/dev/null
# build before the clock starts if an app is not packaged yet
ROOT="$(cd "$(dirname "$HELIX")/../.." && pwd)"
for module in governance-service talent-exchange-service incubation-service curriculum-service funding-service gateway; do
  if [[ ! -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ]]; then
    "$HELIX" build
    break
  fi
done

output="$(mktemp)"
trap 'rm -f "$output"' EXIT
begin=$(date +%s%N)
set +e
"$HELIX" up >"$output" 2>&1
up_exit=$?
set -e
end=$(date +%s%N)

if [[ $up_exit -ne 0 ]]; then
  cat "$output"
  echo "bench-startup: helix up failed (exit $up_exit)" >&2
  exit "$up_exit"
fi
echo "Helix start-up benchmark ($(nproc) cores, $(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 )) MiB;" \
  "state: $([[ $stop_command == reset ]] && echo empty || echo kept))"
sed -n '/^== Helix start-up and memory ==/,/^== end of figures ==/p' "$output"
awk -v ns=$((end - begin)) 'BEGIN { printf "wall-clock of the whole `helix up` command (launcher JVM included): %.1f s\n", ns / 1e9 }'
