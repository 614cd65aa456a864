#!/usr/bin/env bash
# Load and faults across services (issue 15 item 5): the four stories of issue 15 item 1 run through the gateway with
# the demo logins' real tokens by USERS concurrent simulated users (StoryLoadDriver.java), in two phases:
#   1. steady: DURATION_S seconds of stories, nothing disturbed;
#   2. faults: the same, while (FAULT_AT_S seconds in) the broker is stopped for BROKER_DOWN_S seconds and, in the
#      middle of that, one consumer service (KILL, default funding-service) is killed with SIGKILL and started again
#      KILL_DOWN_S seconds later.
# After each phase it waits (at most QUIET_S seconds) until the system is quiet and checks from the databases
# (StoryLoadCheck.java): every story completed with its effects in every service it crosses, exactly once; every
# outbox row of the phase in the inbox of every consumer that handles its type; no 5xx except 503 inside the outage
# window (from the broker's stop to OUTAGE_GRACE_S seconds after the killed consumer is ready again). A summary table
# per phase goes to the terminal and to $STATE/<phase>-summary.txt.
# Everything runs on this machine from a state folder of its own (.helix/bench/story-load-<time>): PostgreSQL, Kafka
# and Keycloak on free ports, the five services and the gateway as packaged, the demo data seeded as `helix up` seeds
# it. All of it is stopped at the end.
#
# Usage: deploy/bench/story-load-bench.sh                       (packages the apps first if they are not)
#        USERS=10 DURATION_S=60 deploy/bench/story-load-bench.sh (a short try)
# Tunables (env): USERS=50 DURATION_S=300 WARMUP_S=30 (5 users, not checked strictly) PHASES="steady faults"
#                 FAULT_AT_S=60 BROKER_DOWN_S=30 KILL=funding-service KILL_AT_S=10 (after the broker's stop)
#                 KILL_DOWN_S=10 OUTAGE_GRACE_S=30 AWAIT_S=240 QUIET_S=300
set -euo pipefail

ROOT="${HELIX_REPO:-$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)}"
cd "$ROOT"

USERS="${USERS:-50}"
DURATION_S="${DURATION_S:-300}"
WARMUP_S="${WARMUP_S:-30}"
PHASES="${PHASES:-steady faults}"
FAULT_AT_S="${FAULT_AT_S:-60}"
BROKER_DOWN_S="${BROKER_DOWN_S:-30}"
KILL="${KILL:-funding-service}"
KILL_AT_S="${KILL_AT_S:-10}"
KILL_DOWN_S="${KILL_DOWN_S:-10}"
OUTAGE_GRACE_S="${OUTAGE_GRACE_S:-30}"
AWAIT_S="${AWAIT_S:-240}"
QUIET_S="${QUIET_S:-300}"
JAVA_APP_OPTS="-XX:+UseSerialGC"   # as the local launcher runs the apps
SERVICES=(governance-service talent-exchange-service incubation-service curriculum-service funding-service)
declare -A DATABASE=([governance-service]=governance [talent-exchange-service]=talent
  [incubation-service]=incubation [curriculum-service]=curriculum [funding-service]=funding)
declare -A ROUTE=([governance-service]=governance [talent-exchange-service]=talent-exchange
  [incubation-service]=incubation [curriculum-service]=curriculum [funding-service]=funding)

STATE="$ROOT/.helix/bench/story-load-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$STATE/logs"
log() { echo "[story-load-bench] $*" >&2; }
declare -A PID=()

cleanup() {
  local status=$?
  log "stopping what the benchmark started"
  [[ -n "${SAMPLER:-}" ]] && kill "$SAMPLER" 2>/dev/null || true
  for name in gateway "${SERVICES[@]}" kafka-restarted; do
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

now_ms() { date +%s%3N; }

log "load average before starting: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores; other work on the machine skews every timing)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); USERS=$USERS DURATION_S=$DURATION_S" > "$STATE/summary.txt"

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
./mvnw -B -q -o -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$STATE/classpath.txt" >/dev/null \
  || ./mvnw -B -q -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$STATE/classpath.txt" >/dev/null
CP="$(cat "$STATE/classpath.txt")"
driver() { java -Xmx384m -cp "$CP" deploy/bench/StoryLoadDriver.java "$@"; }
check() { java -Xmx256m -cp "$CP" deploy/bench/StoryLoadCheck.java "$@"; }

# --- servers ---------------------------------------------------------------------------------------------------
log "starting PostgreSQL, Kafka and Keycloak (own ports; Keycloak takes 1-6 minutes, depending on the machine's load)"
java -Xmx256m -cp "$CP" deploy/bench/BenchServers.java "$STATE/servers" governance talent incubation curriculum funding \
  > "$STATE/logs/servers.log" 2>&1 &
PID[servers]=$!
for _ in $(seq 1 900); do [[ -f "$STATE/servers/ready" ]] && break; kill -0 "${PID[servers]}" || { cat "$STATE/logs/servers.log"; exit 1; }; sleep 1; done
[[ -f "$STATE/servers/ready" ]] || { log "servers did not start"; exit 1; }
REALM="$(head -1 "$STATE/servers/ready")"
prop() { grep "^$1=" "$STATE/servers/servers.properties" | cut -d= -f2- | sed 's/\\:/:/g'; }
PG_PORT="$(prop postgres.port)"
KAFKA="$(prop kafka.bootstrap.servers)"

# --- services and gateway ----------------------------------------------------------------------------------------
declare -A PORT=()
start_service() { # module
  local module="$1" db="${DATABASE[$1]}"
  [[ -n "${PORT[$module]:-}" ]] || PORT[$module]="$(free_port)"
  # the demo expert mentors every funded story project at once: incubation's cap of 5 active mentees per mentor is
  # raised for the run (the cap itself is tested in incubation)
  QUARKUS_HTTP_PORT="${PORT[$module]}" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/$db" \
  QUARKUS_DATASOURCE_USERNAME="$db" QUARKUS_DATASOURCE_PASSWORD="$db" \
  KAFKA_BOOTSTRAP_SERVERS="$KAFKA" QUARKUS_OIDC_AUTH_SERVER_URL="$REALM" \
  HELIX_INCUBATION_MENTORS_MAX_ACTIVE_MENTEES=100000 QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=30S \
    java -Xmx256m $JAVA_APP_OPTS -jar "$STATE/apps/$module/quarkus-run.jar" >> "$STATE/logs/$module.log" 2>&1 &
  PID[$module]=$!
}
await_service() { # module: ready, or started again (at most 3 times) if it died on the way, e.g. a database
  local module="$1" deadline=$((SECONDS + 600)) tries=1           # connection not had in time on a loaded machine
  until curl -fs -o /dev/null "http://127.0.0.1:${PORT[$module]}/q/health/ready"; do
    if ! kill -0 "${PID[$module]}" 2>/dev/null; then
      (( tries < 3 )) || { log "$module did not start (see $STATE/logs/$module.log)"; return 1; }
      log "$module stopped while starting; starting it again"
      tries=$((tries + 1)); start_service "$module"
    fi
    (( SECONDS < deadline )) || { log "timed out waiting for $module"; return 1; }
    sleep 1
  done
}
log "starting ${SERVICES[*]}"
for module in "${SERVICES[@]}"; do start_service "$module"; done
for module in "${SERVICES[@]}"; do await_service "$module"; done

GATEWAY_PORT="$(free_port)"
upstreams=()
for module in "${SERVICES[@]}"; do
  var="HELIX_GATEWAY_UPSTREAM_$(tr 'a-z-' 'A-Z_' <<<"${ROUTE[$module]}")"
  upstreams+=("$var=http://127.0.0.1:${PORT[$module]}")
done
log "starting the gateway on $GATEWAY_PORT"
# fifty simulated users share eleven demo logins: each login's read and write budgets (and the portal client's) are
# raised for the run; the limiter still runs
env "${upstreams[@]}" \
  HELIX_GATEWAY_RATE_LIMIT_USER_WRITE_PER_SECOND=100000 HELIX_GATEWAY_RATE_LIMIT_USER_WRITE_BURST=100000 \
  HELIX_GATEWAY_RATE_LIMIT_USER_READ_PER_SECOND=100000 HELIX_GATEWAY_RATE_LIMIT_USER_READ_BURST=100000 \
  HELIX_GATEWAY_RATE_LIMIT_CLIENT_WRITE_PER_SECOND=100000 HELIX_GATEWAY_RATE_LIMIT_CLIENT_WRITE_BURST=100000 \
  HELIX_GATEWAY_RATE_LIMIT_CLIENT_READ_PER_SECOND=100000 HELIX_GATEWAY_RATE_LIMIT_CLIENT_READ_BURST=100000 \
  QUARKUS_HTTP_PORT="$GATEWAY_PORT" QUARKUS_OIDC_AUTH_SERVER_URL="$REALM" \
  java -Xmx192m $JAVA_APP_OPTS -jar "$STATE/apps/gateway/quarkus-run.jar" > "$STATE/logs/gateway.log" 2>&1 &
PID[gateway]=$!
wait_for "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" 180
GATEWAY="http://127.0.0.1:$GATEWAY_PORT"

log "seeding the demo data of the five services"
driver seed "http://127.0.0.1:${PORT[governance-service]}" "http://127.0.0.1:${PORT[talent-exchange-service]}" \
  "http://127.0.0.1:${PORT[curriculum-service]}" "http://127.0.0.1:${PORT[incubation-service]}" \
  "http://127.0.0.1:${PORT[funding-service]}" "$REALM" 2>&1 | tee -a "$STATE/logs/seed.log" >&2

# --- faults ------------------------------------------------------------------------------------------------------
kafka_pid() { pgrep -f -- "kafka.Kafka $STATE/servers/kafka" | head -1; }
stop_broker() {
  local pid; pid="$(kafka_pid)"
  [[ -n "$pid" ]] || { log "no broker process found"; return 1; }
  tr '\0' '\n' < "/proc/$pid/cmdline" > "$STATE/kafka-cmdline.txt"
  readlink "/proc/$pid/cwd" > "$STATE/kafka-cwd.txt"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}
start_broker() { # the same command line, in the same folder: same port, same data
  mapfile -t command < "$STATE/kafka-cmdline.txt"
  (cd "$(cat "$STATE/kafka-cwd.txt")" && exec "${command[@]}" >> "$STATE/logs/kafka-restarted.log" 2>&1) &
  PID[kafka-restarted]=$!
  for _ in $(seq 1 120); do (exec 3<>"/dev/tcp/127.0.0.1/${KAFKA##*:}") 2>/dev/null && break; sleep 0.5; done
}
faults() { # the broker away, a consumer killed and restarted; writes the outage window and a timeline
  local outage_start outage_end
  mark() { echo "$(date -u +%T.%3N) $*" >> "$STATE/faults-timeline.txt"; log "faults: $*"; }
  sleep "$FAULT_AT_S"
  outage_start="$(now_ms)"
  mark "stopping the broker for $BROKER_DOWN_S s"
  stop_broker
  sleep "$KILL_AT_S"
  mark "broker stopped; kill -9 $KILL"
  kill -9 "${PID[$KILL]}"
  sleep "$KILL_DOWN_S"
  mark "starting $KILL again"
  start_service "$KILL"
  sleep $(( BROKER_DOWN_S > KILL_AT_S + KILL_DOWN_S ? BROKER_DOWN_S - KILL_AT_S - KILL_DOWN_S : 0 ))
  mark "starting the broker again"
  start_broker
  mark "broker listening"
  await_service "$KILL" || true
  mark "$KILL ready"
  outage_end=$(( $(now_ms) + OUTAGE_GRACE_S * 1000 ))
  echo "$outage_start $outage_end" > "$STATE/faults-outage.txt"
  log "faults: over; outage window $(( (outage_end - outage_start) / 1000 )) s (with $OUTAGE_GRACE_S s grace)"
}

sample_load() { # phase
  while true; do cut -d' ' -f1-3 /proc/loadavg >> "$STATE/$1-loadavg.txt"; sleep 10; done
}

# --- phases ------------------------------------------------------------------------------------------------------
if (( WARMUP_S > 0 )); then
  log "warm-up: 5 users for $WARMUP_S s (checked like a phase, for a first look)"
  start="$(now_ms)"
  driver run "$GATEWAY" "$REALM" 5 "$WARMUP_S" warmup "$STATE" "$AWAIT_S"
  check "$PG_PORT" warmup "$STATE" "$start" "$QUIET_S" | tee -a "$STATE/summary.txt" || true
fi
status=0
for phase in $PHASES; do
  log "phase $phase: $USERS users for $DURATION_S s"
  start="$(now_ms)"
  sample_load "$phase" & SAMPLER=$!
  if [[ "$phase" == faults ]]; then
    faults & FAULTS=$!
    driver run "$GATEWAY" "$REALM" "$USERS" "$DURATION_S" "$phase" "$STATE" "$AWAIT_S"
    wait "$FAULTS" || { log "the fault injection failed (see above)"; status=1; }
    # the killed consumer runs under a new process id: the one cleanup stops
    # (start_service ran in the subshell of faults, so its pid is looked up by its port)
    PID[$KILL]="$(pgrep -f -- "$STATE/apps/$KILL/quarkus-run.jar" | head -1)"
    PID[kafka-restarted]="$(kafka_pid)"
  else
    driver run "$GATEWAY" "$REALM" "$USERS" "$DURATION_S" "$phase" "$STATE" "$AWAIT_S"
  fi
  kill "$SAMPLER" 2>/dev/null || true; SAMPLER=
  check "$PG_PORT" "$phase" "$STATE" "$start" "$QUIET_S" | tee -a "$STATE/summary.txt" || status=1
done
log "summary: $STATE/summary.txt"
exit "$status"
