#!/usr/bin/env bash
# Token-check benchmark (issue 9 item 4): an authenticated single-row read of governance-service
#   GET /api/governance/organisations/{id} with a valid partner token
# against a plain Quarkus + Panache app of our own (deploy/bench/plain-read, no auth) reading the same row of the same
# PostgreSQL, in one run, with the same JVM flags and the same closed-loop driver (LoadDriver.java). A third app, the
# plain app with the platform's token check in front of the read (plain-read built with -Ptoken-check: every read
# needs a valid token), measures what the token check alone costs, apart from the rest of governance-service:
#   1. start to first successful request, STARTS times each (alternating), median -> ratio (goal <= 1.5x)
#   2. saturation throughput, ROUNDS rounds of SAT_S seconds each, median -> ratio (goal >= 0.7x); each app in its
#      own JVM after a warm-up of WARMUP_S seconds, itself run (and printed) in rounds of SAT_S seconds: both JVMs
#      gain for ~2 minutes of load on one core (JIT compiling), so the warm-up shows where they level off
#   3. RSS of each app after its first 10,000 requests (open loop, 400/s: the driver's 5 s lead-in and 20 s) -> ratio
#      (goal <= 1.3x); and again after the warm-up and the saturation rounds
#   4. a JFR profile of governance-service during one extra saturation run: the hottest methods
# PostgreSQL, Kafka and Keycloak run on free ports from a state folder of their own (.helix/bench/token-<time>);
# everything is stopped at the end. The machine is shared: the load average is printed with the figures.
#
# Usage: deploy/bench/token-bench.sh
# Tunables (env): STARTS=3 ROUNDS=5 WARMUP_S=180 SAT_S=15 CONNECTIONS=16 XMX=256m PIN=split|none
#                 XMS=8m: every app starts with this heap and grows it on demand (default: the JVM's own choice, 1/64 of
#                 the machine's memory, which on a host of 16 GB or more is the whole -Xmx from the start; in a pod of
#                 512 MiB it is 8 MB)
#                 LAUNCHES=1: steps 2 and 3 with this many fresh JVMs of each app (alternating the apps); the
#                 throughput of an app is then the median of its launches' medians, and every pair's ratio is printed
#                 (two JVMs of one jar level off at different rates: one launch each cannot settle a ratio near 0.7x)
#                 PROFILE=0: no step 4 (the profile)
#                 TOKEN_APP=0: without the third app (plain app + token check)
#                 APPCDS=1: every app starts from a class-data-sharing archive of their own, made by a training run
#                 (-XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile on every measured start)
#                 GOVERNANCE_CONFIG="-Dkey=value ...": configuration for governance-service only (an A/B of one of
#                 its settings, e.g. -Dquarkus.otel.sdk.disabled=false); printed with the figures
#                 NMT=1: every app runs with native memory tracking (summary), and what each JVM holds after its
#                 10,000 requests is kept in nmt-<app>.txt (a diagnosis of the RSS figure; tracking costs memory itself)
#                 MALLOC_ARENA_MAX=N: cap glibc's malloc arenas of every app (default: glibc's own, 8 per core); tried
#                 for the RSS figure on 1 Dec and not kept (REPORT.md)
#                 SERVERS=<a servers.properties of running test servers, e.g. .helix/test/shared/servers.properties>:
#                 use those instead of starting PostgreSQL, Kafka and Keycloak (minutes on a busy machine)
set -euo pipefail

ROOT="${HELIX_REPO:-$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)}"
cd "$ROOT"
STARTS="${STARTS:-3}"
ROUNDS="${ROUNDS:-5}"
WARMUP_S="${WARMUP_S:-180}"
SAT_S="${SAT_S:-15}"
WARMUP_ROUNDS=$(( (WARMUP_S + SAT_S - 1) / SAT_S ))   # the warm-up runs as rounds of SAT_S seconds
LAUNCHES="${LAUNCHES:-1}"
PROFILE="${PROFILE:-1}"
TOKEN_APP="${TOKEN_APP:-1}"
APPS=(plain governance)
if [[ "$TOKEN_APP" == 1 ]]; then APPS=(plain token governance); fi
CONNECTIONS="${CONNECTIONS:-16}"
XMX="${XMX:-256m}"
XMS="${XMS:-}"
JAVA_APP_OPTS="-Xmx$XMX${XMS:+ -Xms$XMS} -XX:+UseSerialGC"   # the same for every app
ARENAS="${MALLOC_ARENA_MAX:-default}"        # the same for every app
if [[ "$ARENAS" == default ]]; then ARENA_ENV=(-u MALLOC_ARENA_MAX); else ARENA_ENV=(MALLOC_ARENA_MAX="$ARENAS"); fi
CORES="$(nproc)"
PIN="${PIN:-split}"
APPCDS="${APPCDS:-0}"
NMT="${NMT:-0}"
if [[ "$NMT" == 1 ]]; then JAVA_APP_OPTS="$JAVA_APP_OPTS -XX:NativeMemoryTracking=summary"; fi
if (( CORES < 2 )); then PIN=none; fi
if [[ "$PIN" == split ]]; then
  BACK=(taskset -c "0-$(( CORES / 2 - 1 ))"); FRONT=(taskset -c "$(( CORES / 2 ))-$(( CORES - 1 ))")
else
  BACK=(env); FRONT=(env)
fi
STATE="$ROOT/.helix/bench/token-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$STATE/logs"
log() { echo "[token-bench] $*" >&2; }
PIDS=()
APP_PID=""
cleanup() {
  local status=$?
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do kill "${PIDS[$i]}" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$STATE/apps" "$STATE/servers/postgres" "$STATE/servers/kafka" 2>/dev/null || true
  log "figures and logs kept in $STATE"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# --- the two apps, packaged, copied (a rebuild during the run cannot pull classes from under a running JVM) -----
mkdir -p "$STATE/apps"
if [[ ! -f governance-service/target/quarkus-app/quarkus-run.jar ]]; then
  log "packaging governance-service"; ./mvnw -B -q -o -DskipTests package -pl governance-service -am
fi
if [[ ! -f deploy/bench/plain-read/target/quarkus-app/quarkus-run.jar ]]; then
  log "packaging the plain app"; ./mvnw -B -q -o -DskipTests package -f deploy/bench/plain-read/pom.xml
fi
if [[ "$TOKEN_APP" == 1 && ! -f deploy/bench/plain-read/target/token-check/quarkus-app/quarkus-run.jar ]]; then
  log "packaging the plain app with the token check"
  ./mvnw -B -q -o -DskipTests install -pl platform/token-check -am
  ./mvnw -B -q -o -DskipTests package -f deploy/bench/plain-read/pom.xml -Ptoken-check
fi
cp -r governance-service/target/quarkus-app "$STATE/apps/governance"
cp -r deploy/bench/plain-read/target/quarkus-app "$STATE/apps/plain"
if [[ "$TOKEN_APP" == 1 ]]; then cp -r deploy/bench/plain-read/target/token-check/quarkus-app "$STATE/apps/token"; fi
./mvnw -B -q -o -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$STATE/classpath.txt" >/dev/null
CP="$(cat "$STATE/classpath.txt")"
mkdir -p "$STATE/driver"
javac -nowarn -d "$STATE/driver" -cp "$CP" deploy/bench/LoadDriver.java

# --- servers --------------------------------------------------------------------------------------------------
if [[ -n "${SERVERS:-}" ]]; then
  SERVERS_FILE="$SERVERS"
  log "using the running servers of $SERVERS_FILE"
else
  log "starting PostgreSQL, Kafka and Keycloak on free ports (minutes on a busy machine)"
  "${BACK[@]}" java -Xmx256m -cp "$CP" deploy/bench/BenchServers.java "$STATE/servers" governance > "$STATE/logs/servers.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 600); do [[ -f "$STATE/servers/ready" ]] && break; kill -0 "${PIDS[0]}" || { cat "$STATE/logs/servers.log"; exit 1; }; sleep 1; done
  [[ -f "$STATE/servers/ready" ]] || { log "servers did not start"; exit 1; }
  SERVERS_FILE="$STATE/servers/servers.properties"
fi
prop() { grep "^$1=" "$SERVERS_FILE" | cut -d= -f2- | sed 's/\\:/:/g'; }
REALM="$(prop keycloak.url)/realms/helix"
PG_PORT="$(prop postgres.port)"
KAFKA="$(prop kafka.bootstrap.servers)"
PORT="$(free_port)"
token() { curl -fsS "$REALM/protocol/openid-connect/token" "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'; }
partner_token() { token -d grant_type=client_credentials -d client_id=partner-school -d client_secret=partner-school-secret; }

start_app() { # name [extra JVM options...] -> APP_PID
  local name="$1"; shift
  local env=(QUARKUS_HTTP_PORT="$PORT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/governance"
    QUARKUS_DATASOURCE_USERNAME=governance QUARKUS_DATASOURCE_PASSWORD=governance)
  local config=()
  if [[ "$name" == governance ]]; then
    env+=(KAFKA_BOOTSTRAP_SERVERS="$KAFKA" QUARKUS_OIDC_AUTH_SERVER_URL="$REALM")
    read -r -a config <<<"${GOVERNANCE_CONFIG:-}"
  elif [[ "$name" == token ]]; then
    env+=(QUARKUS_PROFILE=token QUARKUS_OIDC_AUTH_SERVER_URL="$REALM")
  fi
  local cds=()
  if [[ "$APPCDS" == 1 && -f "$STATE/$name.jsa" ]]; then cds=("-XX:SharedArchiveFile=$STATE/$name.jsa"); fi
  env "${ARENA_ENV[@]}" "${env[@]}" "${BACK[@]}" java $JAVA_APP_OPTS "${cds[@]}" "${config[@]}" "$@" -jar "$STATE/apps/$name/quarkus-run.jar" >> "$STATE/logs/$name.log" 2>&1 &
  APP_PID=$!
}
stop_app() { # [seconds to wait before SIGKILL, default 30]
  kill "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 $(( ${1:-30} * 2 ))); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$APP_PID" 2>/dev/null || true; APP_PID=""
}
url_of() { if [[ "$1" == governance ]]; then echo "http://127.0.0.1:$PORT/api/governance/organisations/$ORG_ID"; else echo "http://127.0.0.1:$PORT/plain/organisations/$ORG_ID"; fi; }
# seconds a fixed loop takes on each core: on a shared host one core can be much slower than the other for a while
core_speeds() { # label
  local cpu line="corespeed $1"
  for ((cpu = 0; cpu < CORES; cpu++)); do
    line+=" cpu$cpu=$(taskset -c "$cpu" python3 -c 'import time; t = time.perf_counter(); sum(range(10_000_000)); print(f"{time.perf_counter() - t:.2f}")')"
  done
  echo "$line" | tee -a "$RESULTS" >&2
}
first_success() { # name token -> START_MS: ms from JVM launch to the first 200 of the measured endpoint
  local name="$1" tok="$2" t0 url
  t0="$(date +%s%N)"; start_app "$name"; url="$(url_of "$name")"
  for _ in $(seq 1 6000); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $tok" "$url" 2>/dev/null)" == 200 ]]; then
      START_MS=$(( ($(date +%s%N) - t0) / 1000000 )); return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { log "$name died; see $STATE/logs/$name.log"; exit 1; }
    sleep 0.02
  done
  log "$name did not answer 200"; exit 1
}
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }
drive() { "${FRONT[@]}" java -Xmx128m -XX:+UseSerialGC -cp "$STATE/driver:$CP" LoadDriver saturate "$1" "$2" "$CONNECTIONS" "$3" | grep '^RESULT'; }
drive_10k() { "${FRONT[@]}" java -Xmx128m -XX:+UseSerialGC -cp "$STATE/driver:$CP" LoadDriver fixed "$1" "$2" 400 20 | grep '^RESULT'; }
field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }

# --- the row: created once through governance-service (which also migrates the schema) ------------------------
log "preparing the row (governance-service migrates the schema)"
start_app governance
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 1; done
ADMIN_TOKEN="$(token -d grant_type=password -d client_id=helix-portal -d username=secretariat -d password=helix-demo)"
ORG_ID="$(curl -fsS -X POST "http://127.0.0.1:$PORT/api/governance/organisations" -H "Authorization: Bearer $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' -d '{"name":"Benchmark Polytechnic","type":"SCHOOL","region":"Bench"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
stop_app
if [[ "$APPCDS" == 1 ]]; then
  # a class-data-sharing archive per app, from a training run of its own (start, first 200, 5 s of load, stop):
  # every measured start of that app then maps it (the same flags for every app; each its own archive)
  for name in "${APPS[@]}"; do
    log "AppCDS: training run of $name"
    TOKEN="$(partner_token)"
    start_app "$name" "-XX:ArchiveClassesAtExit=$STATE/$name.jsa"
    for _ in $(seq 1 6000); do curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$(url_of "$name")" && break; sleep 0.1; done
    drive "$(url_of "$name")" "$TOKEN" 5 > /dev/null
    stop_app 120   # the archive is written on the way out
    [[ -f "$STATE/$name.jsa" ]] || { log "no archive written for $name; see $STATE/logs/$name.log"; exit 1; }
  done
fi
log "row $ORG_ID; load average $(cut -d' ' -f1-3 /proc/loadavg), $CORES cores, PIN=$PIN"
RESULTS="$STATE/results.txt"; : > "$RESULTS"
core_speeds before

# --- 1. start to first successful request -------------------------------------------------------------------------
for i in $(seq 1 "$STARTS"); do
  for name in "${APPS[@]}"; do
    TOKEN="$(partner_token)"
    first_success "$name" "$TOKEN"; stop_app
    echo "start $name round=$i ms=$START_MS load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$RESULTS" >&2
  done
done

# --- 2 and 3. throughput and RSS, each app in its own JVM run (LAUNCHES of them) --------------------------------
for launch in $(seq 1 "$LAUNCHES"); do
  for name in "${APPS[@]}"; do
    TOKEN="$(partner_token)"
    first_success "$name" "$TOKEN"
    URL="$(url_of "$name")"
    line="$(drive_10k "$URL" "$TOKEN")"; sent=$(( $(field requests "$line") + $(field warmup "$line") ))
    echo "rss10k $name launch=$launch kb=$(rss_kb "$APP_PID") requests=$sent failed=$(field failed "$line")" | tee -a "$RESULTS" >&2
    if [[ "$NMT" == 1 ]]; then jcmd "$APP_PID" VM.native_memory summary > "$STATE/nmt-$name-$launch.txt" 2>&1 || true; fi
    # warm-up in rounds of SAT_S seconds, printed, so the figures show where each JVM stops gaining (JIT compiling
    # on the app's one core takes minutes); every round has a fresh token (a partner token lives 5 minutes)
    log "$name (launch $launch of $LAUNCHES): warm-up ${WARMUP_S}s"
    for round in $(seq 1 "$WARMUP_ROUNDS"); do
      line="$(drive "$URL" "$(partner_token)" "$SAT_S")"; sent=$(( sent + $(field requests "$line") + $(field warmup "$line") ))
      echo "warm $name launch=$launch round=$round throughput=$(field throughput "$line") failed=$(field failed "$line")" | tee -a "$RESULTS" >&2
    done
    for round in $(seq 1 "$ROUNDS"); do
      line="$(drive "$URL" "$(partner_token)" "$SAT_S")"
      sent=$(( sent + $(field requests "$line") + $(field warmup "$line") ))
      echo "sat $name launch=$launch round=$round throughput=$(field throughput "$line") p50_ms=$(field p50_ms "$line") failed=$(field failed "$line") load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$RESULTS" >&2
    done
    echo "rss $name launch=$launch kb=$(rss_kb "$APP_PID") requests=$sent" | tee -a "$RESULTS" >&2
    stop_app
  done
done

core_speeds after

# --- 4. profile of governance-service under load -----------------------------------------------------------------
JFR="$STATE/governance.jfr"
if [[ "$PROFILE" == 1 ]]; then
  TOKEN="$(partner_token)"
  start_app governance "-XX:FlightRecorderOptions=stackdepth=256" "-XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true"
  for _ in $(seq 1 600); do curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$(url_of governance)" && break; sleep 0.1; done
  for round in $(seq 1 "$WARMUP_ROUNDS"); do drive "$(url_of governance)" "$(partner_token)" "$SAT_S" > /dev/null; done
  PROFILED_FROM="$(date -u +%H:%M:%S)"
  line="$(drive "$(url_of governance)" "$(partner_token)" "$SAT_S")"
  echo "profiled governance throughput=$(field throughput "$line")" | tee -a "$RESULTS" >&2
  stop_app
  JFR_TOOL="$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr 2>/dev/null || command -v jfr)"
  "$JFR_TOOL" view --width 160 hot-methods "$JFR" > "$STATE/hot-methods.txt" 2>&1 || true
  JFR_TOOL="$JFR_TOOL" python3 deploy/bench/jfr_shares.py "$JFR" "$PROFILED_FROM" > "$STATE/shares.txt" 2>&1 || true
else
  echo "(no profile: PROFILE=0)" > "$STATE/shares.txt"; : > "$STATE/hot-methods.txt"
fi

# --- report -----------------------------------------------------------------------------------------------------
python3 - "$RESULTS" "$STATE/hot-methods.txt" "$JAVA_APP_OPTS" "$CONNECTIONS" "$CORES" "$PIN" "${GOVERNANCE_CONFIG:-}" "$WARMUP_S" "$APPCDS" "$STATE/shares.txt" "$ARENAS" <<'PY' | tee "$STATE/summary.txt"
import statistics, sys
results, hot, java_opts, connections, cores, pin, governance_config, warmup, appcds = sys.argv[1:10]
arenas = "" if sys.argv[11] == "default" else f" MALLOC_ARENA_MAX={sys.argv[11]}"
appcds = " + AppCDS archive of its own" if appcds == "1" else ""
rows = [l.split() for l in open(results)]
apps = [n for n in ("plain", "token", "governance") if any(r[0] == "start" and r[1] == n for r in rows)]
def vals(kind, name, key):
    return [float(dict(p.split("=", 1) for p in r[2:])[key]) for r in rows if r[0] == kind and r[1] == name]
start = {n: statistics.median(vals("start", n, "ms")) for n in apps}
def per_launch(kind, name, key):   # {launch: [values]}
    out = {}
    for r in rows:
        if r[0] == kind and r[1] == name:
            fields = dict(p.split("=", 1) for p in r[2:])
            out.setdefault(fields["launch"], []).append(float(fields[key]))
    return out
launch_sat = {n: {l: statistics.median(v) for l, v in per_launch("sat", n, "throughput").items()} for n in apps}
launches = sorted(launch_sat["plain"], key=int)
sat = {n: statistics.median(launch_sat[n].values()) for n in apps}
rss = {n: statistics.median(vals("rss", n, "kb")) / 1024 for n in apps}
reqs = {n: int(statistics.median(vals("rss", n, "requests"))) for n in apps}
rss10k = {n: statistics.median(vals("rss10k", n, "kb")) / 1024 for n in apps}
reqs10k = {n: int(statistics.median(vals("rss10k", n, "requests"))) for n in apps}
loads = [float(dict(p.split("=", 1) for p in r[2:])["load"]) for r in rows if r[0] in ("start", "sat")]
warm = {n: [f"{v:.0f}" for v in vals("warm", n, "throughput")] for n in apps}
label = {"governance": "governance", "token": "plain + token check"}
def verdict(ok):
    return "met" if ok else "MISSED"
print(f"Token benchmark: {cores} cores (PIN={pin}), every app {java_opts}{appcds}{arenas}, closed loop {connections} connections,"
      f" warm-up {warmup} s" + (f"; governance-service with {governance_config}" if governance_config else ""))
print(f"load average during the runs {min(loads):.2f}..{max(loads):.2f}")
print("  seconds of a fixed loop per core (lower is quicker; the apps run on the first half of the cores): " + "; ".join(
    " ".join(r[1:]) for r in rows if r[0] == "corespeed"))
for n in [a for a in ("governance", "token") if a in apps]:
    if n == "token":
        print("The token check alone: the plain app with the platform's token check (helix-token-check) in front of the same read")
    print(f"  start to first 200 (median of {len(vals('start', 'plain', 'ms'))}): plain {start['plain']:.0f} ms, {label[n]} {start[n]:.0f} ms"
          f" -> {start[n] / start['plain']:.2f}x (goal <= 1.5x) {verdict(start[n] / start['plain'] <= 1.5)}")
    how = f"median of {len(vals('sat', 'plain', 'throughput'))}" if len(launches) == 1 else \
        f"median of {len(launches)} launches' medians of {len(vals('sat', 'plain', 'throughput')) // len(launches)}"
    print(f"  throughput ({how}): plain {sat['plain']:.0f}/s, {label[n]} {sat[n]:.0f}/s"
          f" -> {sat[n] / sat['plain']:.2f}x (goal >= 0.7x) {verdict(sat[n] / sat['plain'] >= 0.7)}")
    if len(launches) > 1:
        pairs = [launch_sat[n][l] / launch_sat["plain"][l] for l in launches]
        print(f"  throughput by launch (plain / {label[n]} -> ratio): " + "; ".join(
            f"{launch_sat['plain'][l]:.0f} / {launch_sat[n][l]:.0f} -> {p:.2f}x" for l, p in zip(launches, pairs))
            + f"; pairs {min(pairs):.2f}..{max(pairs):.2f}x, median {statistics.median(pairs):.2f}x")
    print(f"  RSS after 10,000 requests{' (median of launches)' if len(launches) > 1 else ''}: plain {rss10k['plain']:.0f} MB ({reqs10k['plain']}), {label[n]} {rss10k[n]:.0f} MB ({reqs10k[n]})"
          f" -> {rss10k[n] / rss10k['plain']:.2f}x (goal <= 1.3x) {verdict(rss10k[n] / rss10k['plain'] <= 1.3)}")
    print(f"  RSS after all rounds: plain {rss['plain']:.0f} MB ({reqs['plain']} requests), {label[n]} {rss[n]:.0f} MB ({reqs[n]} requests)"
          f" -> {rss[n] / rss['plain']:.2f}x")
print("  warm-up rounds of the same length (/s): " + "; ".join(f"{label.get(n, n)} {' '.join(warm[n])}" for n in apps))
print("  rounds:", " ".join(f"{r[0]}-{r[1]}:" + ":".join(p for p in r[2:] if not p.startswith(("load=", "p50_ms=", "failed=")))
                           for r in rows if r[0] in ("start", "sat")))
profiled = [" ".join(r) for r in rows if r[0] == "profiled"]
if profiled:
    print("  " + " ".join(profiled) + " (under JFR)")
print()
print("Where governance-service's request threads are in the profiled round (JFR execution samples, whole stacks):")
print(open(sys.argv[10]).read())
print("Hottest methods of governance-service under load (JFR execution samples):")
print("".join(open(hot).readlines()[:30]))
PY
