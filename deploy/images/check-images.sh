#!/usr/bin/env bash
# CI proof for the images (issue 5): a local registry (Debian's docker-registry) on a free port, the base image and
# the gateway and governance-service images pushed to it with Jib, read back with skopeo and checked, and the gateway
# image run from what the registry holds (chroot, as the image's user) until it answers. Prints "N passed, N failed".
# Needs root (apt-get install of docker-registry and skopeo when absent; chroot). Run by `deploy/local/helix test`.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
HERE="$ROOT/deploy/images"
MODULES=(gateway governance-service)
TAG=0.0.0-ci

log() { echo "[images check] $*" >&2; }
passed=0; failed=0
check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); log "ok   $what"; else failed=$((failed + 1)); log "FAIL $what"; fi
}

[[ "$(id -u)" == 0 ]] || { log "needs root (apt-get install, chroot)"; exit 1; }
if ! command -v docker-registry >/dev/null || ! command -v skopeo >/dev/null; then
  log "installing Debian's docker-registry and skopeo"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-registry skopeo >/dev/null
fi
# The base image is made of Debian packages: apt must know their current versions.
apt-cache policy openjdk-17-jre-headless | grep -q 'Candidate: [0-9]' || apt-get update -qq

work="$(mktemp -d)"
registry_pid=""; gateway_pid=""
cleanup() {
  [[ -z "$gateway_pid" ]] || kill "$gateway_pid" 2>/dev/null || true
  [[ -z "$registry_pid" ]] || kill "$registry_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_for() { # wait_for SECONDS URL → 0 when URL answers 200
  local deadline=$((SECONDS + $1))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$2")" == 200 ]]; do
    (( SECONDS < deadline )) || return 1
    sleep 1
  done
}

# 1. The registry, as a user would run Debian's package (config of its own, storage in the work folder).
port="$(free_port)"
registry="127.0.0.1:$port"
cat > "$work/registry.yml" <<EOF
version: 0.1
log: {level: warn}
storage: {filesystem: {rootdirectory: $work/registry}}
http: {addr: $registry}
EOF
docker-registry serve "$work/registry.yml" > "$work/registry.log" 2>&1 &
registry_pid=$!
wait_for 30 "http://$registry/v2/" || { cat "$work/registry.log" >&2; log "registry did not start"; exit 1; }
log "registry $(docker-registry --version 2>/dev/null | awk '{print $NF}') at $registry"

# 2. Base image + Jib builds, exactly the documented command.
started=$SECONDS
"$HERE/images.sh" apps "$registry" "$TAG" --insecure "${MODULES[@]}"
log "base + ${MODULES[*]} built and pushed in $((SECONDS - started)) s"

# 3. Read back what the registry holds.
inspect() { skopeo inspect --tls-verify=false "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
base_layer="$(inspect "docker://$registry/helix/jre:$("$HERE/images.sh" base-tag)" | json "d['Layers'][0]")"
for module in "${MODULES[@]}"; do
  image="docker://$registry/helix/$module:$TAG"
  inspect "$image" > "$work/$module.manifest.json" 2>"$work/$module.err" || true
  inspect --config "$image" > "$work/$module.config.json" 2>>"$work/$module.err" || true
  check "$module: registry holds helix/$module:$TAG" test -s "$work/$module.manifest.json"
  [[ -s "$work/$module.config.json" ]] || { cat "$work/$module.err" >&2; continue; }
  cfg() { json "$1" < "$work/$module.config.json"; }
  check "$module: runs as user 185, not root" test "$(cfg "d['config'].get('User')")" = 185
  check "$module: entrypoint java -jar quarkus-run.jar" \
    test "$(cfg "' '.join(d['config']['Entrypoint'])")" = "java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar quarkus-run.jar"
  check "$module: built on the helix/jre base layer" \
    test "$(json "d['Layers'][0]" < "$work/$module.manifest.json")" = "$base_layer"
  check "$module: app layers on top of the base (dependencies apart from the app)" \
    test "$(json "len(d['Layers'])" < "$work/$module.manifest.json")" -ge 3
  check "$module: linux/amd64" test "$(cfg "d['os'] + '/' + d['architecture']")" = linux/amd64
done

# 4. Run the gateway from the pushed image: the JRE, the libraries, the user's file access and the entrypoint work.
skopeo copy -q --src-tls-verify=false "docker://$registry/helix/gateway:$TAG" "oci:$work/gateway-layout:run"
python3 "$HERE/run_image.py" unpack "$work/gateway-layout" "$work/gateway-root" >&2
cp /etc/hosts "$work/gateway-root/etc/hosts"   # what a runtime bind-mounts
http_port="$(free_port)"
unshare --mount --propagation private bash -c '
  set -e
  root=$1; shift
  mount --bind /proc "$root/proc"; mount --rbind /dev "$root/dev"
  exec python3 "$@"' _ "$work/gateway-root" \
  "$HERE/run_image.py" exec "$work/gateway-layout" "$work/gateway-root" \
  "QUARKUS_HTTP_PORT=$http_port" "JAVA_TOOL_OPTIONS=-Xmx128m" \
  > "$work/gateway.log" 2>&1 &
gateway_pid=$!
if wait_for 120 "http://127.0.0.1:$http_port/q/health/live"; then running=true; else running=false; fi
check "gateway image starts and reports live on /q/health/live" $running
status="$(curl -s -o "$work/401.json" -w '%{http_code} %{content_type}' "http://127.0.0.1:$http_port/api/governance/organisations")"
check "gateway image answers a request without token with 401 problem+json ($status)" \
  test "$status" = "401 application/problem+json"
check "gateway process runs as uid 185" \
  test "$(ps -o uid= -p "$gateway_pid" | tr -d ' ')" = 185
$running || tail -40 "$work/gateway.log" >&2

echo "images: $passed passed, $failed failed"
[[ "$failed" == 0 ]]
