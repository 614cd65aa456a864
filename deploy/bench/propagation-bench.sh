#!/usr/bin/env bash
# Event propagation benchmark (issue 10): how long an organisation written in governance takes to reach all four
# replicas, and how fast a consumer catches up on a backlog.
#   1. propagation: open-loop organisation registrations through the gateway at RATE/s for DURATION_S s (after an
#      unrecorded warm-up that ramps up: WARMUP_RAMP steps of rate:seconds, then WARMUP_S s at RATE/s, so cold JVMs
#      are not hit with the full rate at once); for each, the time from its 2xx at the client to its row committed in each of the four
#      replicas (talent, incubation, curriculum, funding), read from PostgreSQL's own commit timestamps
#      (track_commit_timestamp=on). Goals: p50 <= 20 ms, p99 <= 100 ms for the slowest of the four.
#   2. drain: the four consumers stopped, DRAIN_EVENTS OrganisationRegistered events put on helix.governance.v1, then
#      the consumers started one after the other (each with the machine to itself); per consumer, events applied per
#      second with their database writes = events / (last commit - first commit). Goal: >= 1,000/s.
# Everything runs on this machine from a state folder of its own (.helix/bench/propagation-<time>): PostgreSQL, Kafka
# and Keycloak on free ports, the five services and the gateway as packaged. All of it is stopped at the end.
#
# Usage: deploy/bench/propagation-bench.sh      (packages the apps first if they are not)
#        DRAIN_ONLY=1 deploy/bench/propagation-bench.sh   (only part 2: no governance, gateway or Keycloak writes)
# Tunables (env): RATE=100 DURATION_S=60 WARMUP_RAMP="10:10 50:10" WARMUP_S=10 DRAIN_EVENTS=20000 (0: no drain) DRAIN_ONLY=0
#                 IDLE_S=20 (the suite's CPU with nothing to do, measured before the recorded writes)
#                 JFR=1 (governance runs with a flight recording, kept as governance.jfr; hot methods in hot-methods.txt)
set -euo pipefail

ROOT="${HELIX_REPO:-$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)}"
cd "$ROOT"

RATE="${RATE:-100}"
DURATION_S="${DURATION_S:-60}"
WARMUP_RAMP="${WARMUP_RAMP:-10:10 50:10}"
WARMUP_S="${WARMUP_S:-10}"
DRAIN_EVENTS="${DRAIN_EVENTS:-20000}"
DRAIN_ONLY="${DRAIN_ONLY:-0}"
JFR="${JFR:-1}"
IDLE_S="${IDLE_S:-20}"
JAVA_APP_OPTS="-XX:+UseSerialGC"   # as the local launcher runs the apps
SERVICES=(governance-service talent-exchange-service incubation-service curriculum-service funding-service)
declare -A DATABASE=([governance-service]=governance [talent-exchange-service]=talent
  [incubation-service]=incubation [curriculum-service]=curriculum [funding-service]=funding)
declare -A ROUTE=([governance-service]=governance [talent-exchange-service]=talent-exchange
  [incubation-service]=incubation [curriculum-service]=curriculum [funding-service]=funding)

STATE="$ROOT/.helix/bench/propagation-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$STATE/logs"
log() { echo "[propagation-bench] $*" >&2; }
declare -A PID=()

cleanup() {
  local status=$?
  log "stopping what the benchmark started"
  for name in gateway "${SERVICES[@]}"; do
    [[ -n "${PID[$name]:-}" ]] && kill "${PID[$name]}" 2>/dev/null || true
  done
  [[ -n "${PID[servers]:-}" ]] && kill "${PID[servers]}" 2>/dev/null || true
  for pid in "${PID[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$STATE/apps" "$STATE/servers/postgres" "$STATE/servers/kafka" 2>/dev/null || true
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
    sleep 0.5
  done
}

log "load average before starting: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores; other work on the machine skews every figure)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$STATE/summary.txt"

# --- prerequisites: packaged apps (copied, so a rebuild cannot pull classes from under a running JVM) ----------
missing=()
for module in "${SERVICES[@]}" gateway; do
  [[ -f "$module/target/quarkus-app/quarkus-run.jar" ]] || missing+=("$module")
done
if (( ${#missing[@]} > 0 )); then
  log "packaging ${missing[*]}"
  ./mvnw -B -q -DskipTests package -pl "$(IFS=,; echo "${missing[*]}")" -am
fi
mkdir -p "$STATE/apps"
for module in "${SERVICES[@]}" gateway; do cp -r "$module/target/quarkus-app" "$STATE/apps/$module"; done
./mvnw -B -q -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$STATE/classpath.txt" >/dev/null
CP="$(cat "$STATE/classpath.txt")"
driver() { java -Xmx512m -cp "$CP" deploy/bench/PropagationDriver.java "$@"; }

# --- servers ---------------------------------------------------------------------------------------------------
log "starting PostgreSQL, Kafka and Keycloak (own ports; Keycloak takes up to a minute)"
java -Xmx256m -cp "$CP" deploy/bench/BenchServers.java "$STATE/servers" governance talent incubation curriculum funding \
  > "$STATE/logs/servers.log" 2>&1 &
PID[servers]=$!
for _ in $(seq 1 300); do [[ -f "$STATE/servers/ready" ]] && break; kill -0 "${PID[servers]}" || { cat "$STATE/logs/servers.log"; exit 1; }; sleep 1; done
[[ -f "$STATE/servers/ready" ]] || { log "servers did not start"; exit 1; }
REALM="$(head -1 "$STATE/servers/ready")"
prop() { grep "^$1=" "$STATE/servers/servers.properties" | cut -d= -f2- | sed 's/\\:/:/g'; }
PG_PORT="$(prop postgres.port)"
KAFKA="$(prop kafka.bootstrap.servers)"

# --- services and gateway ----------------------------------------------------------------------------------------
declare -A PORT=()
jfr_opts() { # module: governance is recorded (JFR's low-overhead default settings), to see what limits its writes
  [[ "$1" == governance-service && "$JFR" == 1 ]] && echo "-XX:StartFlightRecording=settings=default,dumponexit=true,filename=$STATE/governance.jfr"
  return 0
}
start_service() { # module
  local module="$1" db="${DATABASE[$1]}"
  [[ -n "${PORT[$module]:-}" ]] || PORT[$module]="$(free_port)"
  QUARKUS_HTTP_PORT="${PORT[$module]}" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/$db" \
  QUARKUS_DATASOURCE_USERNAME="$db" QUARKUS_DATASOURCE_PASSWORD="$db" \
  KAFKA_BOOTSTRAP_SERVERS="$KAFKA" QUARKUS_OIDC_AUTH_SERVER_URL="$REALM" \
    java -Xmx256m $JAVA_APP_OPTS $(jfr_opts "$module") -jar "$STATE/apps/$module/quarkus-run.jar" >> "$STATE/logs/$module.log" 2>&1 &
  PID[$module]=$!
}
stop_service() { # module
  local module="$1" pid="${PID[$1]}"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  unset "PID[$module]"
}
CONSUMERS=(talent-exchange-service incubation-service curriculum-service funding-service)
if [[ "$DRAIN_ONLY" == 1 ]]; then
  STARTED=("${CONSUMERS[@]}")   # started once so their schemas exist, then stopped for the drain
else
  STARTED=("${SERVICES[@]}")
fi
log "starting ${STARTED[*]}"
for module in "${STARTED[@]}"; do start_service "$module"; done
for module in "${STARTED[@]}"; do wait_for "http://127.0.0.1:${PORT[$module]}/q/health/ready" 240; done

if [[ "$DRAIN_ONLY" != 1 ]]; then

GATEWAY_PORT="$(free_port)"
upstreams=()
for module in "${SERVICES[@]}"; do
  var="HELIX_GATEWAY_UPSTREAM_$(tr 'a-z-' 'A-Z_' <<<"${ROUTE[$module]}")"
  upstreams+=("$var=http://127.0.0.1:${PORT[$module]}")
done
log "starting the gateway on $GATEWAY_PORT"
# the benchmark writes as one user far faster than a person's write budget (2/s): that budget is raised for the run,
# the limiter still runs
env "${upstreams[@]}" \
  HELIX_GATEWAY_RATE_LIMIT_USER_WRITE_PER_SECOND=100000 HELIX_GATEWAY_RATE_LIMIT_USER_WRITE_BURST=100000 \
  QUARKUS_HTTP_PORT="$GATEWAY_PORT" QUARKUS_OIDC_AUTH_SERVER_URL="$REALM" \
  java -Xmx192m $JAVA_APP_OPTS -jar "$STATE/apps/gateway/quarkus-run.jar" > "$STATE/logs/gateway.log" 2>&1 &
PID[gateway]=$!
wait_for "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" 120

# a fresh token for every step: one token lives 5 minutes, a long warm-up is split into steps shorter than that
token() {
  curl -fsS "$REALM/protocol/openid-connect/token" -d grant_type=password -d client_id=helix-portal \
    -d username=secretariat -d password=helix-demo | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# --- 1. propagation ----------------------------------------------------------------------------------------------
step=0
for stage in $WARMUP_RAMP "$RATE:$WARMUP_S"; do
  step=$((step + 1))
  log "warm-up step $step: ${stage#*:} s of writes at ${stage%%:*}/s (not recorded)"
  driver writes "http://127.0.0.1:$GATEWAY_PORT" "$(token)" "${stage%%:*}" "${stage#*:}" "$STATE/warmup-$step.csv" \
    | sed 's/^RESULT writes/RESULT warm-up writes/' | tee -a "$STATE/summary.txt"
done
driver latency "$PG_PORT" "$STATE/warmup-$step.csv" > /dev/null   # waits until the warm-up has propagated
log "measured: $DURATION_S s of writes at $RATE/s through the gateway"
# CPU the suite uses with nothing to do (pollers, heartbeats, schedulers, still compiling): IDLE_S s without writes
python3 deploy/bench/cpu_by_process.py snapshot "$STATE" "$STATE/cpu-idle-before.txt"
sleep "$IDLE_S"
python3 deploy/bench/cpu_by_process.py snapshot "$STATE" "$STATE/cpu-before.txt"
python3 deploy/bench/cpu_by_process.py diff "$STATE/cpu-idle-before.txt" "$STATE/cpu-before.txt" "$IDLE_S" \
  | sed 's/RESULT cpu/RESULT idle cpu/; s/ per unit/ per second/' | tee -a "$STATE/summary.txt"
driver writes "http://127.0.0.1:$GATEWAY_PORT" "$(token)" "$RATE" "$DURATION_S" "$STATE/writes.csv" | tee -a "$STATE/summary.txt"
driver latency "$PG_PORT" "$STATE/writes.csv" | tee -a "$STATE/summary.txt"
# CPU by process over the measured writes and their propagation, per acknowledged write (the driver's own included)
python3 deploy/bench/cpu_by_process.py snapshot "$STATE" "$STATE/cpu-after.txt"
python3 deploy/bench/cpu_by_process.py diff "$STATE/cpu-before.txt" "$STATE/cpu-after.txt" "$(wc -l < "$STATE/writes.csv")" \
  | sed 's/ per unit/ per write/' | tee -a "$STATE/summary.txt"
stop_service governance-service   # not needed for the drain; stopping it writes its flight recording
if [[ "$JFR" == 1 && -f "$STATE/governance.jfr" ]]; then
  jfr print --events jdk.ExecutionSample --stack-depth 1 "$STATE/governance.jfr" \
    | grep -A1 'stackTrace = \[' | grep -v 'stackTrace = \[\|^--' | sed 's/line:.*//; s/^ *//' \
    | sort | uniq -c | sort -rn | head -40 > "$STATE/hot-methods.txt" || true
fi
fi

# --- 2. drain ----------------------------------------------------------------------------------------------------
if (( DRAIN_EVENTS == 0 )); then log "summary: $STATE/summary.txt (no drain: DRAIN_EVENTS=0)"; exit 0; fi
log "stopping the four consumers, putting $DRAIN_EVENTS events on helix.governance.v1"
for module in "${CONSUMERS[@]}"; do stop_service "$module"; done
driver flood "$KAFKA" "$DRAIN_EVENTS" "$STATE/drain-ids.txt" | tee -a "$STATE/summary.txt"
for module in "${CONSUMERS[@]}"; do
  log "starting $module alone and waiting until it has applied the backlog"
  start_service "$module"
  wait_for "http://127.0.0.1:${PORT[$module]}/q/health/ready" 240
  DB="${DATABASE[$module]}"
  for _ in $(seq 1 600); do
    n="$(PGPASSWORD="$DB" psql -qtA -h 127.0.0.1 -p "$PG_PORT" -U "$DB" "$DB" -c "select count(*) from organisation where region = 'Bench' and name like 'Drain %'" 2>/dev/null || echo 0)"
    (( n >= DRAIN_EVENTS )) && break
    sleep 1
  done
done
driver drain "$PG_PORT" "$STATE/drain-ids.txt" 60 | tee -a "$STATE/summary.txt"
log "summary: $STATE/summary.txt"
