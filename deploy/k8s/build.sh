#!/usr/bin/env bash
# Renders one overlay to stdout: first the KeycloakRealmImport from deploy/keycloak/helix-realm.json, then kustomize.
# Apply with: deploy/k8s/build.sh prod | kubectl apply --server-side -f -
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
overlay="${1:?usage: build.sh dev|prod}"
python3 "$here/render-realm-import.py" 2>/dev/null
kubectl kustomize "$here/overlays/$overlay"
