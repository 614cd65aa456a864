#!/usr/bin/env python3
"""CPU time of the benchmark's processes, grouped by what they are, between two snapshots.

  cpu_by_process.py snapshot STATE_DIR OUT      user+system CPU of every process that belongs to the run
  cpu_by_process.py diff BEFORE AFTER UNITS     CPU used in between, per group, and per unit of work (e.g. per write)

A process belongs to the run when its command line names STATE_DIR (the apps run from STATE_DIR/apps, the servers
keep their data there) or when it descends from one that does (PostgreSQL's backends, Keycloak started by the bench
servers). Each is grouped by what its own command line says it is, the most specific marker first.
"""
import os
import sys

TICKS = os.sysconf("SC_CLK_TCK")


# checked in this order: a driver's or the bench servers' class path names Kafka and PostgreSQL jars, Keycloak's
# command line names its database (--db=postgres)
MARKERS = (("driver", "PropagationDriver"), ("driver", "LoadDriver"), ("bench servers", "BenchServers"),
           ("keycloak", "keycloak"), ("kafka", "kafka.Kafka"), ("postgresql", "postgres"))


def label(cmdline):
    if "quarkus-run.jar" in cmdline and "keycloak" not in cmdline:
        jar = next(part for part in cmdline.split("\0") if part.endswith("quarkus-run.jar"))
        return os.path.basename(os.path.dirname(jar))
    return next((name for name, marker in MARKERS if marker in cmdline), "other")


def snapshot(state, out):
    processes = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().decode(errors="replace")
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        processes[pid] = (fields[1], cmdline, int(fields[11]) + int(fields[12]))

    def of_the_run(pid):
        seen = set()
        while pid in processes and pid not in seen:
            seen.add(pid)
            ppid, cmdline, _ = processes[pid]
            if state in cmdline:
                return True
            pid = ppid
        return False

    groups = {}
    for pid, (_, cmdline, ticks) in processes.items():
        if of_the_run(pid):
            group = label(cmdline)
            groups[group] = groups.get(group, 0) + ticks
    with open(out, "w") as f:
        for group, ticks in sorted(groups.items()):
            f.write(f"{group} {ticks}\n")


def read(path):
    with open(path) as f:
        # a group's name may hold spaces ("bench servers"): the count is the last field
        return {group: int(ticks) for group, ticks in (line.rsplit(maxsplit=1) for line in f if line.strip())}


def diff(before, after, units):
    start, end = read(before), read(after)
    used = {group: (end[group] - start.get(group, 0)) / TICKS for group in end}
    total = sum(used.values())
    for group, seconds in sorted(used.items(), key=lambda item: -item[1]):
        print(f"RESULT cpu {group:<26} {seconds:7.1f} s  {1000 * seconds / units:6.2f} ms per unit"
              f"  {100 * seconds / total if total else 0:5.1f} %")
    print(f"RESULT cpu {'all':<26} {total:7.1f} s  {1000 * total / units:6.2f} ms per unit")


if __name__ == "__main__":
    if sys.argv[1:2] == ["snapshot"] and len(sys.argv) == 4:
        snapshot(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["diff"] and len(sys.argv) == 5:
        diff(sys.argv[2], sys.argv[3], max(1, int(sys.argv[4])))
    else:
        sys.exit(__doc__)
