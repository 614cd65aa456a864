package org.helix.governance.dashboard.feed;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One guarded upsert of a read-model row: the state columns take the event's values only if the event is not older
 * than the row ({@code as_of}); the descriptive columns keep what is known and are filled by whichever event carries
 * them. So events of one aggregate may arrive in any order (a rebuild replaying while the live feed goes on) and the
 * row still ends at the latest state.
 */
final class LatestState {

    private final String table;
    private final Map<String, Object> keys = new LinkedHashMap<>();
    private final Map<String, Object> state = new LinkedHashMap<>();
    private final Map<String, Object> descriptive = new LinkedHashMap<>();
    private Instant asOf;

    private LatestState(String table) {
        this.table = table;
    }

    static LatestState of(String table) {
        return new LatestState(table);
    }

    LatestState key(String column, Object value) {
        keys.put(column, value);
        return this;
    }

    /** A column that follows the latest event (a status, when it ended). */
    LatestState state(String column, Object value) {
        state.put(column, value);
        return this;
    }

    /** A column some events carry and others do not (a start date, an amount): a known value is never lost. */
    LatestState describe(String column, Object value) {
        descriptive.put(column, value);
        return this;
    }

    LatestState asOf(Instant instant) {
        this.asOf = instant;
        return this;
    }

    void apply(EntityManager entityManager) {
        List<String> columns = new ArrayList<>(keys.keySet());
        columns.addAll(state.keySet());
        columns.addAll(descriptive.keySet());
        columns.add("as_of");
        String newer = "excluded.as_of >= " + table + ".as_of";
        List<String> sets = new ArrayList<>();
        state.keySet().forEach(c -> sets.add(c + " = case when " + newer + " then excluded." + c + " else " + table
                + "." + c + " end"));
        descriptive.keySet().forEach(c -> sets.add(c + " = case when " + newer + " then coalesce(excluded." + c + ", "
                + table + "." + c + ") else coalesce(" + table + "." + c + ", excluded." + c + ") end"));
        sets.add("as_of = greatest(" + table + ".as_of, excluded.as_of)");
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> ":" + c).toList()) + ") on conflict ("
                + String.join(", ", keys.keySet()) + ") do update set " + String.join(", ", sets);
        Query query = entityManager.createNativeQuery(sql);
        keys.forEach(query::setParameter);
        state.forEach(query::setParameter);
        descriptive.forEach(query::setParameter);
        query.setParameter("as_of", asOf);
        query.executeUpdate();
    }
}
