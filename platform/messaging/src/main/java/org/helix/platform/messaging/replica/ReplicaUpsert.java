package org.helix.platform.messaging.replica;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Keeps a replica row of another service's aggregate: inserts it or replaces it, but only with a newer version than
 * the one held, in one statement. So a redelivered or late (older) event never overwrites a newer one, and replicas
 * of a service racing on one row (during a consumer-group rebalance) neither fail on the insert nor let the older
 * version win.
 * <pre>
 * ReplicaUpsert.into("organisation").key("id", id).set("name", name).set("type", type.name())
 *         .version("source_version", version).set("updated_at", clock.instant()).apply(entityManager);
 * </pre>
 */
public final class ReplicaUpsert {

    private final String table;
    private String keyColumn;
    private Object key;
    private String versionColumn;
    private long version;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private ReplicaUpsert(String table) {
        this.table = identifier(table);
    }

    public static ReplicaUpsert into(String table) {
        return new ReplicaUpsert(table);
    }

    /** The primary key column and the aggregate's id. */
    public ReplicaUpsert key(String column, Object id) {
        this.keyColumn = identifier(column);
        this.key = id;
        return this;
    }

    /** A column the replica takes from the event (null allowed). */
    public ReplicaUpsert set(String column, Object value) {
        values.put(identifier(column), value);
        return this;
    }

    /** The column holding the producer's version, and this event's version of the aggregate. */
    public ReplicaUpsert version(String column, long version) {
        this.versionColumn = identifier(column);
        this.version = version;
        return this;
    }

    /** Runs the upsert in the caller's transaction; true when the replica changed (new, or a newer version). */
    public boolean apply(EntityManager entityManager) {
        Query query = entityManager.createNativeQuery(sql());
        List<Object> parameters = parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.executeUpdate() == 1;
    }

    String sql() {
        if (keyColumn == null || versionColumn == null) {
            throw new IllegalStateException("A replica upsert needs a key and a version");
        }
        List<String> columns = new ArrayList<>();
        columns.add(keyColumn);
        columns.addAll(values.keySet());
        columns.add(versionColumn);
        String placeholders = IntStream.rangeClosed(1, columns.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
        String updates = columns.stream().skip(1).map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", "));
        return "insert into " + table + " (" + String.join(", ", columns) + ") values (" + placeholders + ")"
                + " on conflict (" + keyColumn + ") do update set " + updates
                + " where " + table + "." + versionColumn + " < excluded." + versionColumn;
    }

    List<Object> parameters() {
        List<Object> parameters = new ArrayList<>();
        parameters.add(key);
        parameters.addAll(values.values());
        parameters.add(version);
        return parameters;
    }

    private static String identifier(String name) {
        if (name == null || !name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
        return name;
    }
}
