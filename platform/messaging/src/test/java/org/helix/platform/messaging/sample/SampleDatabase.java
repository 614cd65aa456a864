package org.helix.platform.messaging.sample;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the tests read back from the sample consumer's database. */
@ApplicationScoped
public class SampleDatabase {

    public record Venue(String name, Integer capacity, long version) {
    }

    @Inject
    EntityManager entityManager;

    public Optional<Venue> venue(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery(
                    "select name, capacity, source_version from venue where id = ?1").setParameter(1, id).getResultList();
            return rows.stream().map(row -> (Object[]) row).findFirst().map(row -> new Venue((String) row[0],
                    row[1] == null ? null : ((Number) row[1]).intValue(), ((Number) row[2]).longValue()));
        });
    }

    /** Rows booked for these events: one per application. */
    public long scoreRows(Collection<String> eventIds) {
        return count("select count(*) from score where event_id in (?1)", eventIds);
    }

    public long distinctScoredEvents(Collection<String> eventIds) {
        return count("select count(distinct event_id) from score where event_id in (?1)", eventIds);
    }

    public long inInbox(Collection<String> eventIds) {
        return count("select count(*) from helix_inbox where event_id in (?1)", eventIds);
    }

    public long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    public void execute(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
