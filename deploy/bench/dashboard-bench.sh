#!/usr/bin/env bash
# Dashboard benchmark (issue 15 item 2): governance's dashboard figures over a year of events of 50 organisations, in a
# PostgreSQL of its own with governance's migrations; goal: every filter answers in <= 100 ms. Not a timed test: it
# prints p50/p95/p99/max per filter (see REPORT.md).
#
# Usage: deploy/bench/dashboard-bench.sh      (builds governance-service's classes first if they are not)
# Tunables (env): SCALE=1 (years' worth of events) RUNS=200
set -euo pipefail

ROOT="${HELIX_REPO:-$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)}"
cd "$ROOT"
SCALE="${SCALE:-1}"
RUNS="${RUNS:-200}"
STATE="$ROOT/.helix/bench/dashboard-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$STATE"

if [[ ! -d governance-service/target/classes/org/helix/governance/dashboard ]]; then
  ./mvnw -B -q install -DskipTests -pl governance-service -am
fi
./mvnw -B -q -o -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$STATE/classpath.txt" >/dev/null \
  || ./mvnw -B -q -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$STATE/classpath.txt" >/dev/null
CLASSES="governance-service/target/classes:platform/service-stack/target/classes"

java -Xmx256m -Dhelix.repo="$ROOT" -cp "$CLASSES:$(cat "$STATE/classpath.txt")" deploy/bench/DashboardBench.java \
  "$STATE" "$SCALE" "$RUNS" | tee "$STATE/dashboard-bench.txt"
rm -rf "$STATE/postgres"
echo "[dashboard-bench] output kept in $STATE/dashboard-bench.txt"
