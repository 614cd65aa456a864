#!/usr/bin/env bash
# Skill-gap query benchmark (issue 12 item 3): curriculum-service's gap query (the SQL file the service runs) against
# 100,000 demand signals and 2,000 courses in a PostgreSQL of its own; goal: a school's gaps in <= 200 ms.
# Not a timed test: it prints p50/p95/p99/max over RUNS queries and the plan of one run (see REPORT.md).
#
# Usage: deploy/bench/gap-bench.sh
# Tunables (env): SIGNALS=100000 COURSES=2000 SCHOOLS=20 RUNS=400
set -euo pipefail

ROOT="${HELIX_REPO:-$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)}"
cd "$ROOT"
SIGNALS="${SIGNALS:-100000}"
COURSES="${COURSES:-2000}"
SCHOOLS="${SCHOOLS:-20}"
RUNS="${RUNS:-400}"
STATE="$ROOT/.helix/bench/gap-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$STATE"

if ! ls "$HOME"/.m2/repository/org/helix/helix-platform-infra >/dev/null 2>&1 \
    && [[ ! -f platform/infra/target/helix-platform-infra-0.1.0-SNAPSHOT.jar ]]; then
  ./mvnw -B -q install -DskipTests -pl platform/infra -am
fi
./mvnw -B -q -o -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$STATE/classpath.txt" >/dev/null \
  || ./mvnw -B -q -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$STATE/classpath.txt" >/dev/null

java -Xmx256m -Dhelix.repo="$ROOT" -cp "$(cat "$STATE/classpath.txt")" deploy/bench/GapBench.java "$STATE" \
  "$SIGNALS" "$COURSES" "$SCHOOLS" "$RUNS" | tee "$STATE/gap-bench.txt"
rm -rf "$STATE/postgres"
echo "[gap-bench] output kept in $STATE/gap-bench.txt"
