#!/usr/bin/env python3
"""Where a service's request threads spend their CPU samples, by the piece of the request on the stack.

Usage: jfr_shares.py <recording.jfr> [from HH:MM:SS UTC]

Reads the recording's execution samples with whole stacks (`jfr print --stack-depth 256`; the default prints five
frames, too few to see which handler a sample is under), keeps those of request threads (Vert.x event loops and
the worker pool) taken at or after the given time, and prints the share of them with a given frame on the stack.
The shares overlap where the pieces nest (the token check runs inside the endpoint's security check).
"""
import json
import os
import subprocess
import sys

PIECES = [
    ("URL template for metrics/tracing (Quarkus builds a RequestMapper per request)",
     ["ObservabilityIntegrationRecorder.setTemplatePath"]),
    ("endpoint security check (Quarkus EagerSecurityHandler: Mutiny chain, context propagation, token check)",
     ["EagerSecurityHandler.handle"]),
    ("  of which the token check itself (RememberingBearerMechanism: digest, cache, identity)",
     ["RememberingBearerMechanism.authenticate"]),
    ("context propagation (SmallRye, anywhere)", ["io.smallrye.context.", "io.smallrye.mutiny.context."]),
    ("Hibernate ORM", ["org.hibernate.orm", "org.hibernate.engine", "org.hibernate.internal", "org.hibernate.loader",
                       "org.hibernate.sql", "org.hibernate.event", "org.hibernate.persister"]),
    ("JDBC (Agroal, PostgreSQL driver)", ["io.agroal.", "org.postgresql."]),
    ("Jackson", ["com.fasterxml.jackson."]),
    ("Micrometer", ["io.micrometer.", "io.quarkus.micrometer."]),
    ("Hibernate Validator", ["org.hibernate.validator."]),
    ("OpenTelemetry", ["io.opentelemetry.", "io.quarkus.opentelemetry."]),
]
REQUEST_THREADS = ("vert.x-eventloop", "executor-thread")


def main():
    recording = sys.argv[1]
    since = sys.argv[2] if len(sys.argv) > 2 else ""
    jfr = os.environ.get("JFR_TOOL", "jfr")
    printed = subprocess.run([jfr, "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample",
                              recording], check=True, capture_output=True, text=True).stdout
    samples = []
    for event in json.loads(printed)["recording"]["events"]:
        values = event["values"]
        thread = values["sampledThread"]["javaName"] or ""
        if not thread.startswith(REQUEST_THREADS) or values["startTime"][11:19] < since:
            continue
        stack = values.get("stackTrace") or {"frames": []}
        samples.append([f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                        for f in stack["frames"]])
    if not samples:
        print("no samples of request threads")
        return
    print(f"{len(samples)} execution samples of request threads" + (f" from {since} UTC" if since else ""))
    for label, patterns in PIECES:
        n = sum(1 for frames in samples if any(p in f for f in frames for p in patterns))
        print(f"  {100 * n / len(samples):5.1f} %  {label}")


if __name__ == "__main__":
    main()
