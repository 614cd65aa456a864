#!/usr/bin/env python3
"""Writes a one-layer OCI image layout from a root file system folder, without a container engine.

Usage: oci_image.py ROOTFS LAYOUT_DIR TAG [--env K=V]... [--label K=V]... [--user UID] [--workdir DIR]
                    [--owner PATH=UID:GID]...

The layer is reproducible: entries sorted, owned by root (except the --owner paths), timestamps zeroed, gzip without
a name or time. `skopeo copy oci:LAYOUT_DIR:TAG docker://REGISTRY/NAME:TAG` pushes the result.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import tarfile

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip"


def layer_tar(rootfs, owners):
    """The root file system as an uncompressed tar (bytes)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(walk(rootfs)):
            info = tar.gettarinfo(os.path.join(rootfs, path), arcname=path)
            info.mtime = 0
            info.uid, info.gid = owners.get(path, (0, 0))
            info.uname = info.gname = ""
            if info.isfile():
                with open(os.path.join(rootfs, path), "rb") as content:
                    tar.addfile(info, content)
            else:
                tar.addfile(info)
    return buffer.getvalue()


def walk(rootfs):
    for parent, dirs, files in os.walk(rootfs):
        for name in dirs + files:
            yield os.path.relpath(os.path.join(parent, name), rootfs)


def write_blob(layout, data):
    digest = hashlib.sha256(data).hexdigest()
    os.makedirs(os.path.join(layout, "blobs", "sha256"), exist_ok=True)
    with open(os.path.join(layout, "blobs", "sha256", digest), "wb") as blob:
        blob.write(data)
    return {"digest": "sha256:" + digest, "size": len(data)}


def key_values(pairs):
    return dict(pair.split("=", 1) for pair in pairs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rootfs")
    parser.add_argument("layout")
    parser.add_argument("tag")
    parser.add_argument("--env", action="append", default=[])
    parser.add_argument("--label", action="append", default=[])
    parser.add_argument("--user")
    parser.add_argument("--workdir")
    parser.add_argument("--owner", action="append", default=[], help="PATH=UID:GID, PATH relative to ROOTFS")
    args = parser.parse_args()

    owners = {path: tuple(int(n) for n in ids.split(":")) for path, ids in key_values(args.owner).items()}
    tar = layer_tar(args.rootfs, owners)
    layer = write_blob(args.layout, gzip.compress(tar, compresslevel=6, mtime=0))
    layer["mediaType"] = OCI_LAYER

    container_config = {"Env": args.env, "Labels": key_values(args.label)}
    if args.user:
        container_config["User"] = args.user
    if args.workdir:
        container_config["WorkingDir"] = args.workdir
    config = {
        "created": "1970-01-01T00:00:00Z",
        "architecture": "amd64",
        "os": "linux",
        "config": container_config,
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(tar).hexdigest()]},
        "history": [{"created": "1970-01-01T00:00:00Z", "created_by": "deploy/images/oci_image.py"}],
    }
    config_blob = write_blob(args.layout, json.dumps(config, sort_keys=True).encode())
    config_blob["mediaType"] = OCI_CONFIG

    manifest = {"schemaVersion": 2, "mediaType": OCI_MANIFEST, "config": config_blob, "layers": [layer]}
    manifest_blob = write_blob(args.layout, json.dumps(manifest, sort_keys=True).encode())
    manifest_blob["mediaType"] = OCI_MANIFEST
    manifest_blob["annotations"] = {"org.opencontainers.image.ref.name": args.tag}

    with open(os.path.join(args.layout, "oci-layout"), "w") as marker:
        json.dump({"imageLayoutVersion": "1.0.0"}, marker)
    with open(os.path.join(args.layout, "index.json"), "w") as index:
        json.dump({"schemaVersion": 2, "manifests": [manifest_blob]}, index)
    print(f"{args.tag}: layer {layer['digest']} ({layer['size'] / 1048576:.1f} MiB compressed)")


if __name__ == "__main__":
    main()
