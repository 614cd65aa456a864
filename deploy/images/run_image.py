#!/usr/bin/env python3
"""Runs a pushed image the way a container runtime would, without one: enough to prove an image starts.

  run_image.py unpack LAYOUT ROOTFS      extracts the layers of the OCI layout's only image into ROOTFS, in order
  run_image.py exec LAYOUT ROOTFS [K=V]...
                                         chroot into ROOTFS and exec the image's entrypoint + cmd in its working
                                         directory, as its user, with its environment plus K=V (needs root; run it
                                         in a mount namespace that has /proc and /dev bound into ROOTFS)

No namespaces, cgroups or read-only root here: this checks the image's contents, config and user, not isolation.
`skopeo copy docker://IMAGE oci:LAYOUT:run` makes the layout.
"""
import json
import os
import sys
import tarfile


def image(layout):
    with open(os.path.join(layout, "index.json")) as index:
        manifests = json.load(index)["manifests"]
    if len(manifests) != 1:
        sys.exit(f"{layout}: expected one image, found {len(manifests)}")
    manifest = blob_json(layout, manifests[0]["digest"])
    return manifest, blob_json(layout, manifest["config"]["digest"])


def blob_path(layout, digest):
    algorithm, value = digest.split(":", 1)
    return os.path.join(layout, "blobs", algorithm, value)


def blob_json(layout, digest):
    with open(blob_path(layout, digest)) as blob:
        return json.load(blob)


def unpack(layout, rootfs):
    manifest, _ = image(layout)
    os.makedirs(rootfs, exist_ok=True)
    for layer in manifest["layers"]:
        with tarfile.open(blob_path(layout, layer["digest"]), "r:*") as tar:
            members = [m for m in tar.getmembers() if not os.path.basename(m.name).startswith(".wh.")]
            tar.extractall(rootfs, members=members, numeric_owner=True)
    print(f"{rootfs}: {len(manifest['layers'])} layers unpacked")


def run(layout, rootfs, overrides):
    _, config = image(layout)
    container = config["config"]
    env = dict(entry.split("=", 1) for entry in container.get("Env", []))
    env.update(entry.split("=", 1) for entry in overrides)
    argv = (container.get("Entrypoint") or []) + (container.get("Cmd") or [])
    uid, _, gid = (container.get("User") or "0").partition(":")
    os.chroot(rootfs)
    os.chdir(container.get("WorkingDir") or "/")
    os.setgroups([])
    os.setgid(int(gid or uid))
    os.setuid(int(uid))
    os.execvpe(argv[0], argv, env)


def main():
    command, layout, rootfs, *rest = sys.argv[1:]
    if command == "unpack":
        unpack(layout, rootfs)
    elif command == "exec":
        run(layout, rootfs, rest)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
