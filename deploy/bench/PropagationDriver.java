import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The event propagation benchmark's driver (deploy/bench/propagation-bench.sh runs it).
 *
 * <pre>
 * java -cp CP PropagationDriver.java writes   GATEWAY_URL TOKEN RATE SECONDS OUT_CSV
 * java -cp CP PropagationDriver.java latency  PG_PORT IN_CSV
 * java -cp CP PropagationDriver.java flood    KAFKA_BOOTSTRAP COUNT OUT_IDS
 * java -cp CP PropagationDriver.java drain    PG_PORT IN_IDS TIMEOUT_S
 * </pre>
 * {@code writes}: open loop, request i is sent at start + i/RATE whatever happened to earlier ones; each registers an
 * organisation through the gateway and records when its 2xx arrived (epoch µs). {@code latency}: for each organisation,
 * when its row committed in each of the four replicas — PostgreSQL's own commit timestamp of the row
 * ({@code pg_xact_commit_timestamp(xmin)}, the servers run with {@code track_commit_timestamp=on}) — minus the 2xx
 * time, and minus the commit of the organisation in governance (where propagation really starts: the outbox row
 * commits with it); prints percentiles per replica and of the slowest replica per write. A negative value means the
 * replica had committed before the client saw its 2xx (the HTTP answer travels back through the gateway while the
 * event is already on its way). {@code flood}: COUNT valid
 * {@code OrganisationRegistered} CloudEvents straight onto {@code helix.governance.v1} (as governance's relay would
 * write them), while the consumers are stopped. {@code drain}: once they are started again, how fast each replica
 * applied them: the events committed after its first commit / (last commit − first commit).
 */
public final class PropagationDriver {

    static final List<String> REPLICAS = List.of("talent", "incubation", "curriculum", "funding");

    static {
        // quiet the Kafka client's INFO lines (slf4j-simple on the class path)
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "writes" -> writes(URI.create(args[1]), args[2], Double.parseDouble(args[3]),
                    Integer.parseInt(args[4]), Path.of(args[5]));
            case "latency" -> latency(Integer.parseInt(args[1]), Path.of(args[2]));
            case "flood" -> flood(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "drain" -> drain(Integer.parseInt(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            default -> {
                System.err.println("usage: PropagationDriver writes|latency|flood|drain ...");
                System.exit(2);
            }
        }
    }

    // --- writes ------------------------------------------------------------------------------------------------

    record Written(UUID id, long acknowledgedMicros, int status) {
    }

    static void writes(URI gateway, String token, double rate, int seconds, Path out) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<Written> written = new ConcurrentLinkedQueue<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int total = (int) Math.round(rate * seconds);
        long intervalNanos = (long) (1_000_000_000L / rate);
        String run = Long.toString(System.currentTimeMillis(), 36);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            UUID id = UUID.randomUUID();
            String body = "{\"id\":\"" + id + "\",\"name\":\"Propagation " + run + " " + i
                    + "\",\"type\":\"ENTERPRISE\",\"region\":\"Bench\"}";
            HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/governance/organisations"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            inFlight.incrementAndGet();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                long now = epochMicros();
                if (error != null || response.statusCode() / 100 != 2) {
                    failed.incrementAndGet();
                    if (failed.get() <= 5) {
                        System.err.println("write failed: " + (error != null ? error : response.statusCode()));
                    }
                } else {
                    written.add(new Written(id, now, response.statusCode()));
                }
                inFlight.decrementAndGet();
            });
        }
        long sentIn = System.nanoTime() - start;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        List<String> lines = new ArrayList<>();
        for (Written w : written) {
            lines.add(w.id() + "," + w.acknowledgedMicros());
        }
        Files.write(out, lines);
        System.out.printf(Locale.ROOT, "RESULT writes sent=%d in %.1f s (%.1f/s) acknowledged=%d failed=%d%n", total,
                sentIn / 1e9, total / (sentIn / 1e9), written.size(), failed.get());
    }

    // --- latency -----------------------------------------------------------------------------------------------

    static void latency(int pgPort, Path in) throws Exception {
        Map<UUID, Long> acknowledged = new HashMap<>();
        for (String line : Files.readAllLines(in)) {
            String[] parts = line.split(",");
            acknowledged.put(UUID.fromString(parts[0]), Long.parseLong(parts[1]));
        }
        UUID[] ids = acknowledged.keySet().toArray(UUID[]::new);
        // where propagation starts: the commit of the organisation in governance (the outbox row commits with it)
        Map<UUID, Long> origin = awaitCommits(pgPort, "governance", ids, Duration.ofSeconds(10));
        Map<UUID, Long> slowestFromAck = new HashMap<>();
        Map<UUID, Long> slowestFromOrigin = new HashMap<>();
        Map<String, Map<UUID, Long>> commitsOf = new HashMap<>();
        for (String replica : REPLICAS) {
            Map<UUID, Long> committed = awaitCommits(pgPort, replica, ids, Duration.ofSeconds(120));
            commitsOf.put(replica, committed);
            List<Long> fromAck = new ArrayList<>();
            List<Long> fromOrigin = new ArrayList<>();
            for (UUID id : ids) {
                Long commit = committed.get(id);
                if (commit == null) {
                    continue;
                }
                fromAck.add(commit - acknowledged.get(id));
                slowestFromAck.merge(id, commit - acknowledged.get(id), Math::max);
                if (origin.containsKey(id)) {
                    fromOrigin.add(commit - origin.get(id));
                    slowestFromOrigin.merge(id, commit - origin.get(id), Math::max);
                }
            }
            print("2xx -> " + replica, toArray(fromAck), ids.length);
            print("governance commit -> " + replica, toArray(fromOrigin), ids.length);
        }
        long[] fromAck = toArray(slowestFromAck.values());
        print("2xx -> all four", fromAck, ids.length);
        print("governance commit -> all four", toArray(slowestFromOrigin.values()), ids.length);
        stages(pgPort, ids, origin, commitsOf);
        long early = Arrays.stream(fromAck).filter(latency -> latency <= 0).count();
        System.out.printf(Locale.ROOT, "RESULT writes whose four replica rows had all committed before the client "
                + "saw the 2xx: %d of %d (a negative latency)%n", early, fromAck.length);
    }

    /**
     * Where the time goes, from the services' own records: the relay's {@code sent_at} (set once the broker
     * acknowledged the event), each replica's inbox {@code received_at} (when its consumer began applying the event)
     * and the replica's commit. Stages of the four replicas are pooled (n = 4 per write).
     */
    private static void stages(int pgPort, UUID[] ids, Map<UUID, Long> origin,
            Map<String, Map<UUID, Long>> commitsOf) throws Exception {
        Map<UUID, String> eventOf = new HashMap<>();
        Map<UUID, Long> sent = new HashMap<>();
        try (Connection connection = connect(pgPort, "governance");
                PreparedStatement query = connection.prepareStatement("""
                        select aggregate_id, event_id::text, (extract(epoch from sent_at) * 1000000)::bigint
                        from helix_outbox where aggregate_id = any(?) and sent_at is not null
                        and event_type like '%OrganisationRegistered'""")) {
            query.setArray(1, connection.createArrayOf("varchar",
                    Arrays.stream(ids).map(UUID::toString).toArray(String[]::new)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UUID id = UUID.fromString(rows.getString(1));
                    eventOf.put(id, rows.getString(2));
                    sent.put(id, rows.getLong(3));
                }
            }
        }
        List<Long> relay = new ArrayList<>();
        origin.forEach((id, commit) -> {
            if (sent.containsKey(id)) {
                relay.add(sent.get(id) - commit);
            }
        });
        List<Long> delivery = new ArrayList<>();
        List<Long> applying = new ArrayList<>();
        for (String replica : REPLICAS) {
            Map<UUID, Long> committed = commitsOf.get(replica);
            Map<String, Long> received = new HashMap<>();
            try (Connection connection = connect(pgPort, replica);
                    PreparedStatement query = connection.prepareStatement("""
                            select event_id, (extract(epoch from received_at) * 1000000)::bigint
                            from helix_inbox where event_id = any(?)""")) {
                query.setArray(1, connection.createArrayOf("varchar", eventOf.values().toArray(String[]::new)));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        received.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            eventOf.forEach((id, event) -> {
                Long at = received.get(event);
                if (at != null && committed.containsKey(id)) {
                    delivery.add(at - sent.get(id));
                    applying.add(committed.get(id) - at);
                }
            });
        }
        print("stage: governance commit -> broker ack", toArray(relay), ids.length);
        print("stage: broker ack -> consumer applies", toArray(delivery), 4 * ids.length);
        print("stage: consumer applies -> its commit", toArray(applying), 4 * ids.length);
    }

    private static long[] toArray(java.util.Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static Map<UUID, Long> awaitCommits(int pgPort, String database, UUID[] ids, Duration timeout)
            throws Exception {
        Map<UUID, Long> committed = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection connection = connect(pgPort, database)) {
            while (true) {
                committed.clear();
                try (PreparedStatement query = connection.prepareStatement("""
                        select id, (extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000000)::bigint
                        from organisation where id = any(?)""")) {
                    Array array = connection.createArrayOf("uuid", ids);
                    query.setArray(1, array);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            committed.put(rows.getObject(1, UUID.class), rows.getLong(2));
                        }
                    }
                }
                if (committed.size() == ids.length || System.nanoTime() > deadline) {
                    return committed;
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
    }

    // --- flood and drain ---------------------------------------------------------------------------------------

    static void flood(String bootstrap, int count, Path out) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        List<String> ids = new ArrayList<>(count);
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                String data = "{\"organisationId\":\"" + id + "\",\"name\":\"Drain " + i
                        + "\",\"type\":\"SCHOOL\",\"region\":\"Bench\",\"contactEmail\":null,\"website\":null,"
                        + "\"version\":0}";
                ProducerRecord<String, String> record = new ProducerRecord<>("helix.governance.v1", id, data);
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", UUID.randomUUID().toString());
                header(record, "ce_source", "/helix/governance");
                header(record, "ce_type", "helix.governance.OrganisationRegistered");
                header(record, "ce_subject", "Organisation/" + id);
                header(record, "ce_time", DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
                header(record, "content-type", "application/json");
                producer.send(record);
            }
            producer.flush();
        }
        Files.write(out, ids);
        System.out.printf(Locale.ROOT, "RESULT flood events=%d in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    static void drain(int pgPort, Path in, int timeoutSeconds) throws Exception {
        UUID[] ids = Files.readAllLines(in).stream().map(UUID::fromString).toArray(UUID[]::new);
        for (String replica : REPLICAS) {
            Map<UUID, Long> committed = awaitCommits(pgPort, replica, ids, Duration.ofSeconds(timeoutSeconds));
            long first = committed.values().stream().mapToLong(Long::longValue).min().orElse(0);
            long last = committed.values().stream().mapToLong(Long::longValue).max().orElse(0);
            long transactions = committed.values().stream().distinct().count();
            // the events of the first commit took time before it that (last - first) does not hold: left out
            long afterFirst = committed.values().stream().filter(commit -> commit > first).count();
            double rate = afterFirst / Math.max(1e-6, (last - first) / 1e6);
            System.out.printf(Locale.ROOT, "RESULT drain replica=%s applied=%d/%d in %.2f s (%d commits) -> %.0f "
                    + "events/s%n", replica, committed.size(), ids.length, (last - first) / 1e6, transactions, rate);
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static void print(String label, long[] micros, int expected) {
        Arrays.sort(micros);
        if (micros.length == 0) {
            System.out.println("RESULT " + label + ": nothing arrived of " + expected);
            return;
        }
        System.out.printf(Locale.ROOT,
                "RESULT %-40s n=%d/%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", label, micros.length,
                expected,
                pct(micros, 0.50) / 1000.0, pct(micros, 0.90) / 1000.0, pct(micros, 0.99) / 1000.0,
                micros[micros.length - 1] / 1000.0);
    }

    private static long pct(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    private static Connection connect(int port, String database) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, database, database);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private PropagationDriver() {
    }
}
