#!/usr/bin/env bash
# Container images of the six apps, built without a Docker daemon (deploy/README.md, "Images").
#
#   images.sh base REGISTRY [--insecure]
#       the Java runtime base image REGISTRY/helix/jre:<JRE version>, made from Debian bookworm's packages
#       (unpacked, no package scripts run) and pushed with skopeo
#   images.sh apps REGISTRY TAG [--insecure] [MODULE...]
#       pushes the base image if REGISTRY lacks it, then builds and pushes REGISTRY/helix/<module>:TAG with Jib
#       (quarkus-container-image-jib) for the given modules, all six by default
#   images.sh base-tag
#       the tag the base image gets from the JRE package apt would install now
#   images.sh check
#       the CI proof: starts Debian's docker-registry on a free port, pushes the base image, the gateway and
#       governance-service, reads them back with skopeo, and runs the gateway image from what was pushed
#
# --insecure: the registry speaks plain HTTP (a local one). Needs: apt-get (for the Debian packages), python3,
# skopeo, a JDK 17 (java), and for `check` root (to install docker-registry and skopeo, and to chroot).
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
HERE="$ROOT/deploy/images"
APPS=(gateway governance-service talent-exchange-service incubation-service curriculum-service funding-service)
# Java 17 runtime and what it links against (ldd of the JRE), CA certificates, time zones, /etc/os-release.
BASE_PACKAGES=(base-files netbase tzdata ca-certificates libc6 libgcc-s1 gcc-12-base libstdc++6 zlib1g
  openjdk-17-jre-headless)
JAVA_HOME_IN_IMAGE=/usr/lib/jvm/java-17-openjdk-amd64
APP_UID=185   # the pods' runAsUser (deploy/k8s/components/hardened-app), as in Quarkus' default UBI base images

log() { echo "[images] $*" >&2; }

tls_flag() { # skopeo's flag for a plain-HTTP registry; PREFIX is dest-, src- or empty
  local prefix=$1 insecure=$2
  [[ "$insecure" == true ]] && echo "--${prefix}tls-verify=false" || echo "--${prefix}tls-verify=true"
}

base_tag() { # the JRE package's Debian version as an image tag, e.g. 17.0.15_6-1_deb12u1
  apt-cache policy openjdk-17-jre-headless | awk '/Candidate:/ {print $2}' | tr '+~:' '___'
}

build_base() {
  local registry=$1 insecure=$2 tag work rootfs
  tag="$(base_tag)"
  [[ -n "$tag" ]] || { log "apt knows no openjdk-17-jre-headless: run apt-get update"; exit 1; }
  work="$(mktemp -d)"
  rootfs="$work/rootfs"
  mkdir -p "$work/debs" "$rootfs"
  chmod 755 "$work"
  if [[ "$(id -u)" == 0 ]] && id _apt >/dev/null 2>&1; then chown _apt "$work/debs"; fi   # root apt downloads as _apt
  log "base image $registry/helix/jre:$tag from Debian packages: ${BASE_PACKAGES[*]}"
  (cd "$work/debs" && apt-get download -qq "${BASE_PACKAGES[@]}")
  for deb in "$work"/debs/*.deb; do
    dpkg-deb -x "$deb" "$rootfs"
    dpkg-deb --showformat='${Package}=${Version}\n' --show "$deb" >> "$work/packages.txt"
  done
  # What the packages' install scripts would have done, and what a container needs.
  ln -s "$JAVA_HOME_IN_IMAGE/bin/java" "$rootfs/usr/bin/java"
  java "$HERE/TrustStore.java" "$rootfs/usr/share/ca-certificates" "$rootfs/etc/ssl/certs/java/cacerts" >&2
  printf 'root:x:0:0:root:/root:/usr/sbin/nologin\napp:x:%s:%s:Helix app:/home/app:/usr/sbin/nologin\n' \
    "$APP_UID" "$APP_UID" > "$rootfs/etc/passwd"
  printf 'root:x:0:\napp:x:%s:\n' "$APP_UID" > "$rootfs/etc/group"
  mkdir -p "$rootfs/tmp" "$rootfs/home/app" "$rootfs/proc" "$rootfs/dev" "$rootfs/sys"
  chmod 1777 "$rootfs/tmp"
  rm -rf "$rootfs/usr/share/doc" "$rootfs/usr/share/man" "$rootfs/usr/share/info" "$rootfs/usr/share/lintian"
  mkdir -p "$rootfs/usr/share/helix"
  cp "$work/packages.txt" "$rootfs/usr/share/helix/base-packages.txt"

  python3 "$HERE/oci_image.py" "$rootfs" "$work/layout" "$tag" \
    --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env "JAVA_HOME=$JAVA_HOME_IN_IMAGE" --env LANG=C.UTF-8 \
    --user "$APP_UID" --workdir /home/app --owner "home/app=$APP_UID:$APP_UID" \
    --label "org.opencontainers.image.title=helix/jre" \
    --label "org.opencontainers.image.description=Java 17 runtime from Debian bookworm packages (deploy/images)" \
    --label "org.opencontainers.image.base.name=scratch" \
    --label "org.helix.base.packages=$(paste -sd, "$work/packages.txt")" >&2
  skopeo copy -q "$(tls_flag dest- "$insecure")" "oci:$work/layout:$tag" "docker://$registry/helix/jre:$tag" >&2
  rm -rf "$work"
  echo "$registry/helix/jre:$tag"
}

ensure_base() { # prints the base image reference, pushing it first if the registry lacks it
  local registry=$1 insecure=$2 image
  image="$registry/helix/jre:$(base_tag)"
  if skopeo inspect -n "$(tls_flag "" "$insecure")" "docker://$image" >/dev/null 2>&1; then
    echo "$image"
  else
    build_base "$registry" "$insecure"
  fi
}

build_apps() {
  local registry=$1 tag=$2 insecure=$3; shift 3
  local modules=("$@") base
  [[ ${#modules[@]} -gt 0 ]] || modules=("${APPS[@]}")
  base="$(ensure_base "$registry" "$insecure")"
  log "Jib: ${modules[*]} → $registry/helix/<module>:$tag on $base"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -am -pl "$(IFS=,; echo "${modules[*]}")" \
    -Dquarkus.container-image.push=true \
    -Dquarkus.container-image.registry="$registry" \
    -Dquarkus.container-image.group=helix \
    -Dquarkus.container-image.tag="$tag" \
    -Dquarkus.container-image.insecure="$insecure" \
    -Dquarkus.jib.base-jvm-image="$base" \
    -Dquarkus.jib.working-directory=/app \
    -Dquarkus.container-image.labels.\"org.opencontainers.image.title\"='helix/${quarkus.container-image.name}' \
    -Dquarkus.container-image.labels.\"org.opencontainers.image.version\"="$tag" \
    -Dquarkus.container-image.labels.\"org.opencontainers.image.revision\"="$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)" \
    -Dquarkus.container-image.labels.\"org.opencontainers.image.description\"="Helix app on $base")
}

parse_registry_args() { # REGISTRY [TAG] [--insecure] [MODULE...] → globals
  insecure=false; positional=()
  for arg in "$@"; do
    if [[ "$arg" == "--insecure" ]]; then insecure=true; else positional+=("$arg"); fi
  done
}

command="${1:-help}"; shift || true
case "$command" in
  base)
    parse_registry_args "$@"
    [[ ${#positional[@]} -eq 1 ]] || { log "usage: images.sh base REGISTRY [--insecure]"; exit 2; }
    build_base "${positional[0]}" "$insecure"
    ;;
  apps)
    parse_registry_args "$@"
    [[ ${#positional[@]} -ge 2 ]] || { log "usage: images.sh apps REGISTRY TAG [--insecure] [MODULE...]"; exit 2; }
    build_apps "${positional[0]}" "${positional[1]}" "$insecure" "${positional[@]:2}"
    ;;
  base-tag)
    base_tag
    ;;
  check)
    exec "$HERE/check-images.sh"
    ;;
  *)
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    [[ "$command" == help ]]
    ;;
esac
