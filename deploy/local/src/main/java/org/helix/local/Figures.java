package org.helix.local;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The start-up and memory table printed by {@code helix up} (and extracted by bench-startup.sh). */
public final class Figures {

    public static final String BEGIN = "== Helix start-up and memory ==";
    public static final String END = "== end of figures ==";

    /** One process: how long it took to start (if known), whether it was started by this run, its RSS. */
    public record Row(String process, Optional<Duration> startup, boolean startedNow, long rssKiB) {
    }

    private Figures() {
    }

    public static String table(List<Row> rows, Duration upTook) {
        StringBuilder out = new StringBuilder();
        out.append(BEGIN).append('\n');
        out.append(String.format(Locale.ROOT, "%-26s %10s %10s%n", "process", "start-up", "RSS"));
        long totalKiB = 0;
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-26s %10s %10s  %s", row.process(),
                    row.startup().map(Figures::seconds).orElse("?"), mib(row.rssKiB()),
                    row.startedNow() ? "" : "(reused: running already)").stripTrailing()).append('\n');
            totalKiB += row.rssKiB();
        }
        out.append(String.format(Locale.ROOT, "%-26s %10s %10s%n", "TOTAL RSS", "", mib(totalKiB)));
        long started = rows.stream().filter(Row::startedNow).count();
        if (started == rows.size()) {
            out.append("cold start of `helix up` (all ").append(rows.size()).append(" processes started): ")
                    .append(seconds(upTook)).append('\n');
        } else {
            out.append("`helix up` took ").append(seconds(upTook)).append(" (").append(rows.size() - started)
                    .append(" of ").append(rows.size())
                    .append(" processes reused; `helix down` first for a cold start)\n");
        }
        out.append("(start-up = launch to ready, apps started together so they share the CPUs; RSS = VmRSS of the "
                + "process and its children, shared pages counted per process)\n");
        out.append(END).append('\n');
        return out.toString();
    }

    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    public static String mib(long kib) {
        return kib <= 0 ? "-" : String.format(Locale.ROOT, "%d MiB", Math.round(kib / 1024.0));
    }
}
