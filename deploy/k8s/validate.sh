#!/usr/bin/env bash
# Renders every overlay with `kubectl kustomize` and checks the result offline: Kubernetes schemas of the core
# objects (npm package kubernetes-models), of the Strimzi and CloudNativePG resources (their CRD models on npm),
# and the deployment policies of issue 5 (.tools/check.js).
# Prints "N passed, N failed"; exits non-zero on any failure. Needs kubectl (with kustomize), node/npm, python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT

if ! (cd "$here/.tools" && npm ls --silent >/dev/null 2>&1); then   # what package.json lists is not all installed
  (cd "$here/.tools" && npm install --no-audit --no-fund --silent) >&2
fi

args=()
for dir in "$here"/overlays/*/; do
  overlay="$(basename "$dir")"
  "$here/build.sh" "$overlay" > "$out/$overlay.yaml"
  echo "rendered overlays/$overlay: $(grep -c '^kind:' "$out/$overlay.yaml") objects" >&2
  args+=("$overlay=$out/$overlay.yaml")
done
node "$here/.tools/check.js" "${args[@]}"
# The checks must be able to fail: broken copies of the overlays (a CRD field of the wrong type, a missing probe,
# a `latest` tag, ...) must each be caught.
node "$here/.tools/check.js" --self-test "dev=$out/dev.yaml" "prod=$out/prod.yaml"
