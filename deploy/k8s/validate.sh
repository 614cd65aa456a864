#!/usr/bin/env bash
# Renders every overlay with `kubectl kustomize` and checks the result offline: Kubernetes schemas of the core
# objects (npm package kubernetes-models), and the deployment policies of issue 5 (.tools/check.js).
# Prints "N passed, N failed"; exits non-zero on any failure. Needs kubectl (with kustomize), node/npm, python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT

if [ ! -d "$here/.tools/node_modules/kubernetes-models" ] || [ ! -d "$here/.tools/node_modules/js-yaml" ]; then
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
