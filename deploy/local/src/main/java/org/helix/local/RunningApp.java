package org.helix.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One app of a suite that answers on its readiness URL.
 *
 * @param pid       the process id, empty if something already answering on the port was reused without a pid file
 * @param startup   from launch to ready; for a reused app the figure recorded when it was started, if known
 * @param startedNow whether this suite launched it (false: it was already running and reused)
 */
public record RunningApp(App app, int port, OptionalLong pid, Optional<Duration> startup, boolean startedNow,
        Path logFile) {

    public String url() {
        return "http://localhost:" + port;
    }
}
