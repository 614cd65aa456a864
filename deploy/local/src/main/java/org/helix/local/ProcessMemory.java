package org.helix.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Resident memory (VmRSS from {@code /proc/<pid>/status}) of a process and everything it forked. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** The summed RSS in KiB of the process and its descendants; 0 when it is gone or /proc is not there. */
    public static long treeRssKiB(long pid) {
        return rssKiB(tree(pid));
    }

    /** The process and its descendants (empty when it is gone). */
    public static Set<Long> tree(long pid) {
        return ProcessHandle.of(pid)
                .map(handle -> Stream.concat(Stream.of(handle), handle.descendants()).map(ProcessHandle::pid)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** The summed RSS in KiB of distinct processes. */
    public static long rssKiB(Collection<Long> pids) {
        return pids.stream().distinct().mapToLong(ProcessMemory::rssKiB).sum();
    }

    public static long rssKiB(long pid) {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst().orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0L;
        }
    }
}
