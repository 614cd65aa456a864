#!/usr/bin/env bash
# Gateway benchmark: one read endpoint of a real service (GET /api/governance/organisations/{id}, token checked and
# row read from PostgreSQL by governance-service) called
#   direct   -> governance-service
#   gateway  -> the packaged Helix gateway -> governance-service
#   nginx    -> nginx (Debian package, plain reverse proxy with keep-alive upstream) -> governance-service
# all on this machine, loopback only, in one run:
#   1. warm-up of each path;
#   2. saturation: closed loop with SAT_CONNECTIONS requests in flight -> throughput of each path;
#   3. open loop at 30% of the direct saturation throughput -> p50/p99/p99.9 of each path, added latency = path - direct;
#   4. Keycloak calls per gateway request after warm-up (the gateway's helix_gateway_keycloak_requests_total).
# Everything it starts (PostgreSQL, Kafka, Keycloak on free ports, the service, the gateway, nginx) runs from a
# state folder of its own (.helix/bench/<time>) and is stopped at the end, also on failure or Ctrl-C.
#
# Usage: deploy/bench/gateway-bench.sh            (needs gateway and governance-service packaged; builds them if not)
# Tunables (env): WARMUP_S=20 SAT_S=15 FIXED_S=20 SAT_CONNECTIONS=32 LOAD_FRACTION=0.3 ROUNDS=5 PIN=split BENCH_NICE=-10
#                 GATEWAY_APP=<a quarkus-app folder> (default gateway/target/quarkus-app)
#                 RATE=<requests/s> (the open-loop rate; default LOAD_FRACTION of this run's direct saturation): to
#                 compare two builds at the same rate, since the direct maximum itself moves from run to run
# (about 15 minutes with the defaults; each run of the driver is bounded, the script as a whole too)
# PIN=split (default with 2+ cores): PostgreSQL, Kafka, Keycloak and the service on the first half of the cores, the
# load driver and the proxy under test (gateway or nginx) on the other half, as a proxy and a service would run on
# separate machines; the direct path is measured in the same layout. PIN=none: everything shares all cores.
set -euo pipefail

ROOT="${HELIX_REPO:-$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)}"
cd "$ROOT"

WARMUP_S="${WARMUP_S:-20}"
SAT_S="${SAT_S:-15}"
FIXED_S="${FIXED_S:-20}"
SAT_CONNECTIONS="${SAT_CONNECTIONS:-32}"
LOAD_FRACTION="${LOAD_FRACTION:-0.3}"
ROUNDS="${ROUNDS:-5}"
JAVA_APP_OPTS="-XX:+UseSerialGC"   # as the local launcher runs the apps
# Everything the benchmark starts runs at a higher CPU priority than the rest of a shared machine (root only), so
# other work (builds, tests) disturbs the measurement less; BENCH_NICE=0 turns that off.
BENCH_NICE="${BENCH_NICE:--10}"
if [[ "$(id -u)" != 0 ]]; then BENCH_NICE=0; fi
RUN=(nice -n "$BENCH_NICE")
# With the kernel's autogroup scheduling (sched_autogroup_enabled=1) nice only ranks processes of one session
# against each other; between sessions the session's autogroup nice counts. PostgreSQL (pg_ctl) and nginx start
# sessions of their own, so every session of the benchmark's processes gets BENCH_NICE as its autogroup nice too
# (all of them: a proxy left at autogroup nice 0 next to a driver at -10 would be starved by it).
prioritise_sessions() { # this script's session and that of every process running from the state folder
  local pid groups=""
  [[ "$BENCH_NICE" == 0 ]] && return 0
  for pid in $$ $(pgrep -f -- "$STATE" || true); do
    if [[ -w "/proc/$pid/autogroup" ]]; then
      echo "$BENCH_NICE" > "/proc/$pid/autogroup" 2>/dev/null || true
      groups+="$(cut -d' ' -f1 "/proc/$pid/autogroup" 2>/dev/null) "
    fi
  done
  [[ -n "$groups" ]] && log "scheduling groups at nice $BENCH_NICE: $(tr ' ' '\n' <<<"$groups" | sort -u | grep -c .)"
  return 0
}
CORES="$(nproc)"
PIN="${PIN:-split}"
if (( CORES < 2 )); then PIN=none; fi
case "$PIN" in
  split)
    cpus() { if (( $1 == $2 )); then echo "$1"; else echo "$1-$2"; fi; }
    BACK_CPUS="$(cpus 0 $(( CORES / 2 - 1 )))"; FRONT_CPUS="$(cpus $(( CORES / 2 )) $(( CORES - 1 )))"
    BACK=(taskset -c "$BACK_CPUS"); FRONT=(taskset -c "$FRONT_CPUS") ;;
  none)
    BACK_CPUS="all"; FRONT_CPUS="all"; BACK=(env); FRONT=(env) ;;
  *) echo "PIN must be split or none" >&2; exit 2 ;;
esac

STATE="$ROOT/.helix/bench/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$STATE/logs"
# The logs the apps and nginx write per request go to memory (tmpfs) while the benchmark runs and are moved to the
# state folder at the end: on this VM's shared disk a blocking write (journal commit, writeback) can stall the
# event loop of whichever proxy writes at that moment for up to seconds, which is the disk, not the proxy (in a
# container the access log goes to a pipe). Both proxies still format and write every record.
if [[ -d /dev/shm && -w /dev/shm ]]; then LOGS="$(mktemp -d /dev/shm/helix-bench.XXXXXX)"; else LOGS="$STATE/logs"; fi
log() { echo "[bench] $*" >&2; }
PIDS=()

cleanup() {
  local status=$?
  log "stopping what the benchmark started"
  if [[ -f "$STATE/nginx.pid" ]]; then kill "$(cat "$STATE/nginx.pid")" 2>/dev/null || true; fi
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do
    kill "${PIDS[$i]}" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  # keep the figures and the logs, not the copies of the apps nor the servers' data
  rm -rf "$STATE/gateway" "$STATE/governance-service" "$STATE/servers/postgres" "$STATE/servers/kafka" 2>/dev/null || true
  if [[ "$LOGS" != "$STATE/logs" ]]; then
    find "$LOGS" -name '*.log' -size +5M -exec gzip -f {} + 2>/dev/null || true
    mv "$LOGS"/* "$STATE/logs/" 2>/dev/null || true
    rmdir "$LOGS" 2>/dev/null || true
  fi
  find "$STATE/logs" -name '*.log' -size +5M -exec gzip -f {} + 2>/dev/null || true
  log "figures and logs kept in $STATE"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

wait_for() { # url seconds
  local url="$1" deadline=$((SECONDS + $2))
  until curl -fs -o /dev/null "$url"; do
    if (( SECONDS > deadline )); then log "timed out waiting for $url"; return 1; fi
    sleep 1
  done
}

LOAD_AT_START="$(cut -d' ' -f1 /proc/loadavg)"
log "load average before starting: $(cut -d' ' -f1-3 /proc/loadavg) ($CORES cores; other work on the machine skews every figure; benchmark processes at nice $BENCH_NICE)"
log "layout PIN=$PIN: servers and service on CPUs $BACK_CPUS, load driver and proxies on CPUs $FRONT_CPUS"

# --- prerequisites --------------------------------------------------------------------------------------------
# GATEWAY_APP: another packaged gateway (a quarkus-app folder) to measure instead, e.g. an earlier build to compare
for module in gateway governance-service; do
  app="$module/target/quarkus-app"
  if [[ "$module" == gateway && -n "${GATEWAY_APP:-}" ]]; then app="$GATEWAY_APP"; fi
  if [[ ! -f "$app/quarkus-run.jar" ]]; then
    log "packaging $module"
    ./mvnw -B -q -o -DskipTests package -pl "$module" -am
  fi
  # a copy, so a rebuild while the benchmark runs cannot pull classes from under a running JVM
  cp -r "$app" "$STATE/$module"
done
if ! command -v nginx >/dev/null; then
  log "installing nginx (Debian package)"
  apt-get update -qq && apt-get install -y -qq nginx >/dev/null
fi
./mvnw -B -q -o -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$STATE/classpath.txt" >/dev/null
CP="$(cat "$STATE/classpath.txt")"

# --- servers: PostgreSQL, Kafka, Keycloak on free ports ------------------------------------------------------
log "starting PostgreSQL, Kafka and Keycloak (own ports; Keycloak takes up to a minute)"
"${BACK[@]}" "${RUN[@]}" java -Xmx256m -cp "$CP" deploy/bench/BenchServers.java "$STATE/servers" governance > "$STATE/logs/servers.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 300); do [[ -f "$STATE/servers/ready" ]] && break; kill -0 "${PIDS[0]}" || { cat "$STATE/logs/servers.log"; exit 1; }; sleep 1; done
[[ -f "$STATE/servers/ready" ]] || { log "servers did not start"; exit 1; }
REALM="$(head -1 "$STATE/servers/ready")"
prop() { grep "^$1=" "$STATE/servers/servers.properties" | cut -d= -f2- | sed 's/\\:/:/g'; }
PG_PORT="$(prop postgres.port)"
KAFKA="$(prop kafka.bootstrap.servers)"

# --- governance-service ----------------------------------------------------------------------------------------
SERVICE_PORT="$(free_port)"
log "starting governance-service on $SERVICE_PORT"
QUARKUS_HTTP_PORT="$SERVICE_PORT" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/governance" \
QUARKUS_DATASOURCE_USERNAME=governance QUARKUS_DATASOURCE_PASSWORD=governance \
KAFKA_BOOTSTRAP_SERVERS="$KAFKA" QUARKUS_OIDC_AUTH_SERVER_URL="$REALM" \
  "${BACK[@]}" "${RUN[@]}" java -Xmx256m $JAVA_APP_OPTS -jar "$STATE/governance-service/quarkus-run.jar" > "$LOGS/governance.log" 2>&1 &
SERVICE_PID=$!
PIDS+=($SERVICE_PID)
wait_for "http://127.0.0.1:$SERVICE_PORT/q/health/ready" 180

# --- gateway ---------------------------------------------------------------------------------------------------
GATEWAY_PORT="$(free_port)"
log "starting the gateway on $GATEWAY_PORT"
# budgets far above the offered load: the limiter runs (and costs what it costs) but never refuses
HELIX_GATEWAY_UPSTREAM_GOVERNANCE="http://127.0.0.1:$SERVICE_PORT" \
HELIX_GATEWAY_RATE_LIMIT_CLIENT_READ_PER_SECOND=1000000 HELIX_GATEWAY_RATE_LIMIT_CLIENT_READ_BURST=1000000 \
QUARKUS_HTTP_PORT="$GATEWAY_PORT" QUARKUS_OIDC_AUTH_SERVER_URL="$REALM" \
  "${FRONT[@]}" "${RUN[@]}" java -Xmx192m $JAVA_APP_OPTS -jar "$STATE/gateway/quarkus-run.jar" > "$LOGS/gateway.log" 2>&1 &
GATEWAY_PID=$!
PIDS+=($GATEWAY_PID)
wait_for "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" 120

# --- nginx: a plain reverse proxy, keep-alive to the upstream -------------------------------------------------
NGINX_PORT="$(free_port)"
mkdir -p "$STATE/nginx/tmp"
cat > "$STATE/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $STATE/nginx.pid;
error_log $LOGS/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log $LOGS/nginx-access.log combined buffer=64k flush=1s;
  client_body_temp_path $STATE/nginx/tmp/body;
  proxy_temp_path $STATE/nginx/tmp/proxy;
  fastcgi_temp_path $STATE/nginx/tmp/fastcgi;
  uwsgi_temp_path $STATE/nginx/tmp/uwsgi;
  scgi_temp_path $STATE/nginx/tmp/scgi;
  upstream governance { server 127.0.0.1:$SERVICE_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://governance;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
EOF
log "starting nginx on $NGINX_PORT"
"${FRONT[@]}" "${RUN[@]}" nginx -c "$STATE/nginx/nginx.conf" -p "$STATE/nginx"
wait_for "http://127.0.0.1:$NGINX_PORT/q/health/live" 30
prioritise_sessions

# --- data and tokens -------------------------------------------------------------------------------------------
token() { # client_id secret | password-grant user
  curl -fsS "$REALM/protocol/openid-connect/token" "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
ADMIN_TOKEN="$(token -d grant_type=password -d client_id=helix-portal -d username=secretariat -d password=helix-demo)"
ORG_ID="$(curl -fsS -X POST "http://127.0.0.1:$SERVICE_PORT/api/governance/organisations" \
  -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: bench-$$" \
  -d '{"name":"Benchmark Polytechnic","type":"SCHOOL","region":"Bench"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
ENDPOINT="/api/governance/organisations/$ORG_ID"
log "read endpoint: GET $ENDPOINT"
partner_token() { token -d grant_type=client_credentials -d client_id=partner-school -d client_secret=partner-school-secret; }

declare -A URL=([direct]="http://127.0.0.1:$SERVICE_PORT$ENDPOINT" [gateway]="http://127.0.0.1:$GATEWAY_PORT$ENDPOINT" [nginx]="http://127.0.0.1:$NGINX_PORT$ENDPOINT")
TARGETS=(direct gateway nginx)
for target in "${TARGETS[@]}"; do
  curl -fsS -o /dev/null -H "Authorization: Bearer $(partner_token)" "${URL[$target]}" || { log "$target does not answer 200"; exit 1; }
done

RESULTS="$STATE/results.txt"
: > "$RESULTS"
mkdir -p "$STATE/driver"
javac -nowarn -d "$STATE/driver" -cp "$CP" deploy/bench/LoadDriver.java
io_stall_us() { # microseconds some task waited for I/O since boot (pressure stall information), 0 without PSI
  awk '/^some/ { sub("total=", "", $5); print $5 }' /proc/pressure/io 2>/dev/null || echo 0
}
cpu_ticks() { # pids... -> summed utime+stime (clock ticks)
  local total=0 pid
  for pid in "$@"; do total=$((total + $(awk '{print $14+$15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
  echo "$total"
}
proxy_pids() { # target -> pids whose CPU is the proxy's
  case "$1" in
    gateway) echo "$GATEWAY_PID" ;;
    nginx) echo "$(cat "$STATE/nginx.pid") $(pgrep -P "$(cat "$STATE/nginx.pid")" | tr '\n' ' ')" ;;
    direct) echo "$SERVICE_PID" ;;
  esac
}
drive() { # label round target mode url amount seconds
  local label="$1" round="$2" target="$3"; shift 3
  local pids t0 t1 line requests
  pids="$(proxy_pids "$target")"
  t0="$(cpu_ticks $pids)"; io0="$(io_stall_us)"
  line="$("${FRONT[@]}" "${RUN[@]}" java -Xmx128m -XX:+UseSerialGC -cp "$STATE/driver:$CP" LoadDriver "$@" | grep '^RESULT')"
  t1="$(cpu_ticks $pids)"; io1="$(io_stall_us)"
  # all requests sent while the CPU was counted: the driver's unrecorded lead-in and the measured run
  requests="$(( $(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line") + $(sed -E 's/.*warmup=([0-9]+).*/\1/' <<<"$line") ))"
  # CPU of the proxy process per request, in microseconds (for direct: the service's own CPU per request)
  echo "$label $line round=$round cpu_us=$(( (t1 - t0) * 10000 / (requests > 0 ? requests : 1) )) io_stall_ms=$(( (${io1:-0} - ${io0:-0}) / 1000 )) load=$(cut -d' ' -f1 /proc/loadavg)" \
    | tee -a "$RESULTS" >&2
}
keycloak_calls() {
  curl -fsS "http://127.0.0.1:$GATEWAY_PORT/q/metrics" | awk '/^helix_gateway_keycloak_requests_total/ { s+=$2 } END { printf "%d", s }'
}
gateway_requests() {
  curl -fsS "http://127.0.0.1:$GATEWAY_PORT/q/metrics" | awk '/^http_server_requests_seconds_count\{.*uri="\/api\/governance\/\*\*"/ { s+=$2 } END { printf "%d", s }'
}
median_of() { # label key -> median over the lines with that label
  awk -v l="$1" -v k="$2" '$1==l { for (i=2;i<=NF;i++) { split($i,kv,"="); if (kv[1]==k) print kv[2] } }' "$RESULTS" \
    | sort -g | awk '{ v[NR]=$1 } END { if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2 }'
}
# each round runs the three paths in a new random order, so slow phases of a shared machine spread over all three
shuffled_targets() { printf '%s\n' direct gateway nginx | shuf | tr '\n' ' '; }

# --- 1. warm-up (JIT of service, gateway and driver) -------------------------------------------------------------
TOKEN="$(partner_token)"
for target in direct gateway nginx; do
  log "warm-up $target (${WARMUP_S}s)"
  drive "warmup-$target" 0 "$target" saturate "${URL[$target]}" "$TOKEN" 8 "$WARMUP_S"
done
KC_BEFORE="$(keycloak_calls)"; GW_BEFORE="$(gateway_requests)"

# --- 2. saturation: closed loop ---------------------------------------------------------------------------------
for round in $(seq 1 "$ROUNDS"); do
  TOKEN="$(partner_token)"   # a fresh token per round (5 min lifetime): the gateway verifies it once, locally
  for target in $(shuffled_targets); do
    log "saturation $target, round $round/$ROUNDS (${SAT_CONNECTIONS} in flight, ${SAT_S}s)"
    drive "sat-$target" "$round" "$target" saturate "${URL[$target]}" "$TOKEN" "$SAT_CONNECTIONS" "$SAT_S"
  done
done
DIRECT_MAX="$(median_of sat-direct throughput)"
if [[ -n "${RATE:-}" ]]; then
  LOAD_FRACTION="$(python3 -c "print(round($RATE / $DIRECT_MAX, 3))")"
  log "direct saturation throughput (median) $DIRECT_MAX/s; fixed rate $RATE/s as asked (RATE), $LOAD_FRACTION of it"
else
  RATE="$(python3 -c "print(round($DIRECT_MAX * $LOAD_FRACTION))")"
  log "direct saturation throughput (median) $DIRECT_MAX/s -> fixed rate $RATE/s"
fi

# --- 3. fixed rate, open loop -------------------------------------------------------------------------------------
for round in $(seq 1 "$ROUNDS"); do
  TOKEN="$(partner_token)"
  for target in $(shuffled_targets); do
    log "fixed rate $target, round $round/$ROUNDS ($RATE/s, ${FIXED_S}s)"
    drive "fixed-$target" "$round" "$target" fixed "${URL[$target]}" "$TOKEN" "$RATE" "$FIXED_S"
  done
done
KC_AFTER="$(keycloak_calls)"; GW_AFTER="$(gateway_requests)"

# --- report ------------------------------------------------------------------------------------------------------
python3 - "$RESULTS" "$RATE" "$KC_BEFORE" "$KC_AFTER" "$GW_BEFORE" "$GW_AFTER" "$CORES" "$LOAD_FRACTION" \
  "$PIN" "$BACK_CPUS" "$FRONT_CPUS" "$LOAD_AT_START" <<'PY' | tee "$STATE/summary.txt"
import statistics, sys
results, rate = sys.argv[1], float(sys.argv[2])
kc0, kc1, gw0, gw1, cores = map(int, sys.argv[3:8])
fraction = float(sys.argv[8])
pin, back_cpus, front_cpus, load_at_start = sys.argv[9:13]
rows = {}
for line in open(results):
    parts = line.split()
    label, kv = parts[0], dict(p.split("=", 1) for p in parts[2:])
    rows.setdefault(label, []).append({k: float(v) for k, v in kv.items() if k != "mode"})
def med(label, key):
    values = [r[key] for r in rows.get(label, [])]
    return statistics.median(values) if values else float("nan")
def spread(label, key):
    values = sorted(r[key] for r in rows.get(label, []))
    return f"{values[0]:.3f}..{values[-1]:.3f}" if values else "-"
def by_round(label):
    return {int(r["round"]): r for r in rows.get(label, [])}
T = ("direct", "gateway", "nginx")
print(f"Gateway benchmark: {cores} cores, loopback; GET /api/governance/organisations/{{id}} of governance-service")
print(f"(token checked and row read by the service), partner client token; medians over {len(rows.get('sat-direct', []))} rounds")
if pin == "split":
    print(f"Layout: servers and service on CPUs {back_cpus}, load driver and proxy on CPUs {front_cpus} (PIN=split)")
else:
    print("Layout: no pinning, every process on every core (PIN=none)")
loads = [r["load"] for label in rows for r in rows[label] if not label.startswith("warmup")]
print(f"Load average (1 min): {load_at_start} at the start, {min(loads):.2f}..{max(loads):.2f} after the measured runs")
print()
print("Saturation (closed loop), requests/s, and CPU per request of the path's own process:")
sat = {t: med(f"sat-{t}", "throughput") for t in T}
cpu = {t: med(f"sat-{t}", "cpu_us") for t in T}
for t in T:
    what = "service" if t == "direct" else t
    print(f"  {t:8s} {sat[t]:9.1f}/s   ratio to direct {sat[t] / sat['direct']:.2f}   {what} CPU {cpu[t]:.0f} us/request")
print()
print(f"Open loop at {rate:.0f}/s ({fraction:.0%} of direct saturation), latency in ms (median of rounds; range):")
print(f"  {'path':8s} {'p50':>8s} {'p99':>8s} {'p99.9':>8s} {'failed':>7s}   {'p99 range':>16s}   CPU/request")
lat = {t: {k: med(f"fixed-{t}", k) for k in ("p50_ms", "p99_ms", "p999_ms", "failed")} for t in T}
for t in T:
    l = lat[t]
    print(f"  {t:8s} {l['p50_ms']:8.3f} {l['p99_ms']:8.3f} {l['p999_ms']:8.3f} {l['failed']:7.0f}   "
          f"{spread(f'fixed-{t}', 'p99_ms'):>16s}   {med(f'fixed-{t}', 'cpu_us'):.0f} us")
print()
added = {t: {k: lat[t][k] - lat["direct"][k] for k in ("p50_ms", "p99_ms", "p999_ms")} for t in ("gateway", "nginx")}
print("Added latency over direct, ms (median of the path minus median of direct):")
for k, name in (("p50_ms", "p50"), ("p99_ms", "p99"), ("p999_ms", "p99.9")):
    g, n = added["gateway"][k], added["nginx"][k]
    ratio = f"{g / n:.1f}x" if n > 0.005 else "n/a"
    print(f"  {name:6s} gateway {g:+8.3f}   nginx {n:+8.3f}   gateway/nginx {ratio}")
print()
# Each round runs the three paths back to back, so a round's own difference (path minus direct of that round) is
# less exposed to slow phases of a shared machine than the difference of medians; both are shown.
fixed = {t: by_round(f"fixed-{t}") for t in T}
rounds = sorted(set(fixed["direct"]) & set(fixed["gateway"]) & set(fixed["nginx"]))
print("Each fixed-rate round, ms (p50 / p99 of each path; added = path minus direct of the same round); highest load")
print("after a path's run, and the time tasks of the machine waited for disk I/O during the round (PSI, ms):")
print(f"  {'round':5s} {'direct':>15s} {'gateway':>15s} {'nginx':>15s}   {'gateway added':>17s} {'nginx added':>17s}  load  I/O wait")
paired = {t: {"p50_ms": [], "p99_ms": []} for t in ("gateway", "nginx")}
for r in rounds:
    d, g, n = fixed["direct"][r], fixed["gateway"][r], fixed["nginx"][r]
    for t, row in (("gateway", g), ("nginx", n)):
        for k in ("p50_ms", "p99_ms"):
            paired[t][k].append(row[k] - d[k])
    print(f"  {r:5d} {d['p50_ms']:6.3f} / {d['p99_ms']:6.2f} {g['p50_ms']:6.3f} / {g['p99_ms']:6.2f} "
          f"{n['p50_ms']:6.3f} / {n['p99_ms']:6.2f}   {g['p50_ms'] - d['p50_ms']:+7.3f} / {g['p99_ms'] - d['p99_ms']:+6.2f} "
          f"{n['p50_ms'] - d['p50_ms']:+7.3f} / {n['p99_ms'] - d['p99_ms']:+6.2f}  {max(d['load'], g['load'], n['load']):4.2f}  "
          f"{sum(x.get('io_stall_ms', 0) for x in (d, g, n)):.0f}")
if rounds:
    pm = {t: {k: statistics.median(v) for k, v in paired[t].items()} for t in paired}
    print(f"  median of the rounds' own differences: gateway p50 {pm['gateway']['p50_ms']:+.3f}, p99 {pm['gateway']['p99_ms']:+.2f}; "
          f"nginx p50 {pm['nginx']['p50_ms']:+.3f}, p99 {pm['nginx']['p99_ms']:+.2f}")
print()
requests = gw1 - gw0
print(f"Keycloak calls by the gateway after warm-up: {kc1 - kc0} in {requests} gateway requests "
      f"= {(kc1 - kc0) / max(requests, 1):.6f} per request ({kc0} at start-up: discovery + JWKS)")
print()
def verdict(ok): return "met" if ok else "MISSED"
gp50, gp99 = added["gateway"]["p50_ms"], added["gateway"]["p99_ms"]
np50, np99 = added["nginx"]["p50_ms"], added["nginx"]["p99_ms"]
# The added p99 is a difference of two medians of noisy tails: it only means something when the direct path's own
# p99 is stable from round to round. On a busy shared machine it is not, and the verdict says so.
direct_p99 = sorted(r["p99_ms"] for r in rows.get("fixed-direct", []))
noise = direct_p99[-1] - direct_p99[0] if direct_p99 else float("nan")
resolvable = noise <= 2.0
def tail_verdict(ok):
    return verdict(ok) if resolvable else f"NOT RESOLVED (direct p99 itself spans {noise:.1f} ms over the rounds)"
print("Goals:")
print(f"  added p50 <= 0.5 ms at 30% load ........ {gp50:.3f} ms  {verdict(gp50 <= 0.5)}")
print(f"  added p99 <= 2 ms at 30% load .......... {gp99:.3f} ms  {tail_verdict(gp99 <= 2.0)}")
print(f"  saturation >= 0.5x direct .............. {sat['gateway'] / sat['direct']:.2f}x  {verdict(sat['gateway'] / sat['direct'] >= 0.5)}")
print(f"  added p50 <= 3x nginx's ................ {gp50:.3f} vs 3 x {np50:.3f}  {verdict(gp50 <= 3 * max(np50, 0))}")
print(f"  added p99 <= 3x nginx's ................ {gp99:.3f} vs 3 x {np99:.3f}  {tail_verdict(gp99 <= 3 * max(np99, 0))}")
print(f"  0 Keycloak calls per request ........... {kc1 - kc0}  {verdict(kc1 - kc0 == 0)}")
print(f"(for reference, not a goal: CPU per request at saturation, gateway {cpu['gateway']:.0f} us vs nginx "
      f"{cpu['nginx']:.0f} us = {cpu['gateway'] / cpu['nginx']:.1f}x)")
PY
log "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg)"
log "gateway access-log records written: $(grep -c '"loggerName":"helix.access"' "$LOGS/gateway.log" || true)"
