import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * A small HTTP load driver for the gateway benchmark, on one Vert.x event loop (so it takes as little of the
 * machine's CPU as possible) and one pacing thread.
 *
 * <pre>
 * java -cp CP LoadDriver.java fixed    URL TOKEN RATE_PER_S SECONDS [MAX_CONNECTIONS]
 * java -cp CP LoadDriver.java saturate URL TOKEN CONNECTIONS SECONDS
 * </pre>
 * Each run is preceded by 5 unrecorded seconds at the same rate or concurrency (the driver's own warm-up).
 * {@code fixed} is open-loop: request i is due at start + i/rate whatever happened to earlier ones, and its latency
 * is measured from that due time (so a stall shows in the percentiles instead of silently lowering the rate:
 * no coordinated omission). {@code saturate} is closed-loop with CONNECTIONS requests always in flight: the
 * throughput at saturation. Prints one line: {@code RESULT mode=... rate=... p50_ms=... p99_ms=... p999_ms=...}.
 * Loopback targets only.
 */
public final class LoadDriver {

    private static final long NANOS = 1_000_000_000L;
    /** Unrecorded lead-in of every run, at the same rate or concurrency. */
    private static final long WARMUP_SECONDS = 5;

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: LoadDriver fixed|saturate URL TOKEN RATE|CONNECTIONS SECONDS [MAX_CONNECTIONS]");
            System.exit(2);
        }
        String mode = args[0];
        URI url = URI.create(args[1]);
        String host = url.getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            throw new IllegalArgumentException("loopback targets only: " + host);
        }
        String token = args[2];
        double amount = Double.parseDouble(args[3]);
        long seconds = Long.parseLong(args[4]);
        if (seconds < 1 || seconds > 120) {
            throw new IllegalArgumentException("1..120 seconds per run");
        }
        int maxConnections = args.length > 5 ? Integer.parseInt(args[5]) : 256;

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        int poolSize = mode.equals("saturate") ? (int) amount : maxConnections;
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                        .setTcpNoDelay(true).setIdleTimeout(30),
                new PoolOptions().setHttp1MaxSize(poolSize).setMaxWaitQueueSize(-1));
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(host)
                .setPort(url.getPort()).setURI(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()))
                .putHeader("Authorization", "Bearer " + token).putHeader("Accept", "application/json");
        Context context = vertx.getOrCreateContext();
        try {
            // the driver's own warm-up, not recorded: class loading, JIT and connection set-up of this JVM would
            // otherwise sit in the first second of every measurement and dominate its tail
            long warmup = Math.min(WARMUP_SECONDS, seconds);
            Run lead = new Run(client, request, false, 0);
            if (mode.equals("fixed")) {
                lead.fixed(context, amount, warmup);
                new Run(client, request, true, lead.completed()).fixed(context, amount, seconds);
            } else if (mode.equals("saturate")) {
                lead.saturate(context, (int) amount, warmup);
                new Run(client, request, true, lead.completed()).saturate(context, (int) amount, seconds);
            } else {
                throw new IllegalArgumentException("mode fixed or saturate");
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** One measured run; the histogram and counters are only touched on the event loop. */
    private static final class Run {
        private final HttpClient client;
        private final RequestOptions request;
        private final Histogram latencies = new Histogram(60 * NANOS, 3);
        private long ok;
        private long failed;
        private long completed;
        private final AtomicLong started = new AtomicLong();
        private final boolean report;
        private final long before;

        /** @param before requests the unrecorded lead-in sent (printed as warmup=, for CPU-per-request figures) */
        Run(HttpClient client, RequestOptions request, boolean report, long before) {
            this.client = client;
            this.request = request;
            this.report = report;
            this.before = before;
        }

        long completed() {
            return completed;
        }

        void fixed(Context context, double rate, long seconds) throws Exception {
            long total = (long) (rate * seconds);
            long interval = (long) (NANOS / rate);
            long start = System.nanoTime() + 20_000_000L;
            CountDownLatch done = new CountDownLatch(1);
            AtomicLong finished = new AtomicLong();
            for (long i = 0; i < total; ) {
                long now = System.nanoTime();
                long due = start + i * interval;
                if (due > now) {
                    LockSupport.parkNanos(Math.min(due - now, 200_000L));
                    continue;
                }
                // send every request that is due by now (the pacing thread may wake late)
                long firstDue = i;
                long lastDue = Math.min(total, (now - start) / interval + 1);
                i = lastDue;
                context.runOnContext(v -> {
                    for (long k = firstDue; k < lastDue; k++) {
                        long dueAt = start + k * interval;
                        send(dueAt, () -> {
                            if (finished.incrementAndGet() == total) {
                                done.countDown();
                            }
                        });
                    }
                });
            }
            boolean allBack = done.await(15, TimeUnit.SECONDS);
            CountDownLatch printed = new CountDownLatch(1);
            context.runOnContext(v -> {
                double elapsed = (System.nanoTime() - start) / (double) NANOS;
                print("fixed", rate, completed / Math.max(elapsed, seconds), allBack ? 0 : total - completed);
                printed.countDown();
            });
            printed.await();
        }

        void saturate(Context context, int connections, long seconds) throws Exception {
            long start = System.nanoTime();
            long end = start + seconds * NANOS;
            CountDownLatch done = new CountDownLatch(connections);
            context.runOnContext(v -> {
                for (int c = 0; c < connections; c++) {
                    loop(end, done);
                }
            });
            done.await(seconds + 15, TimeUnit.SECONDS);
            CountDownLatch printed = new CountDownLatch(1);
            context.runOnContext(v -> {
                print("saturate", connections, completed / ((System.nanoTime() - start) / (double) NANOS), 0);
                printed.countDown();
            });
            printed.await();
        }

        private void loop(long end, CountDownLatch done) {
            long now = System.nanoTime();
            if (now >= end) {
                done.countDown();
                return;
            }
            send(now, () -> loop(end, done));
        }

        private void send(long dueAt, Runnable then) {
            started.incrementAndGet();
            client.request(request)
                    .compose(r -> r.send())
                    .compose(response -> response.body().map(body -> response.statusCode()))
                    .onComplete(result -> {
                        long latency = System.nanoTime() - dueAt;
                        latencies.recordValue(Math.min(latency, latencies.getHighestTrackableValue()));
                        completed++;
                        if (result.succeeded() && result.result() == 200) {
                            ok++;
                        } else {
                            failed++;
                            if (failed <= 3 && report) {
                                System.err.println("request failed: " + (result.succeeded()
                                        ? "HTTP " + result.result() : result.cause()));
                            }
                        }
                        then.run();
                    });
        }

        private void print(String mode, double target, double throughput, long missing) {
            if (!report) {
                return;
            }
            System.out.println(String.format(Locale.ROOT,
                    "RESULT mode=%s target=%.0f throughput=%.1f requests=%d ok=%d failed=%d missing=%d "
                            + "p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f warmup=%d",
                    mode, target, throughput, completed, ok, failed, missing,
                    ms(latencies.getValueAtPercentile(50)), ms(latencies.getValueAtPercentile(90)),
                    ms(latencies.getValueAtPercentile(99)), ms(latencies.getValueAtPercentile(99.9)),
                    ms(latencies.getMaxValue()), before));
        }

        private static double ms(long nanos) {
            return nanos / 1_000_000d;
        }
    }
}
