package org.helix.curriculum.teaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Teachers' published ratings, from talent's EvaluationPublished (one result per section, replaced by a later one).
 * A teacher's rating is the responses-weighted mean of their sections' averages, shown on every section they teach.
 */
@ApplicationScoped
public class Ratings implements EventHandler {

    public static final String PUBLISHED = "helix.talent.EvaluationPublished";

    /** A teacher's rating: the weighted mean (two decimals, half up), the responses and sections behind it. */
    public record Rating(BigDecimal averageScore, long responses, long sections) {
    }

    /** This service's view of talent's EvaluationPublished. */
    public record Data(UUID profileId, UUID sectionId, String term, long responses, BigDecimal averageScore,
            Instant publishedAt) {

        public static Data of(IncomingEvent event) {
            EventData data = EventData.of(event);
            BigDecimal average;
            Instant publishedAt;
            String term = data.requiredText("term");
            if (term.length() > 11) {
                throw data.poison("term is longer than 11 characters");
            }
            try {
                average = new BigDecimal(data.requiredText("averageScore"));
                publishedAt = Instant.parse(data.requiredText("publishedAt"));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw data.poison("averageScore or publishedAt is malformed");
            }
            if (average.compareTo(BigDecimal.ONE) < 0 || average.compareTo(BigDecimal.valueOf(5)) > 0) {
                throw data.poison("averageScore is not between 1 and 5");
            }
            long responses = data.requiredNonNegativeLong("responses");
            if (responses > Integer.MAX_VALUE) {
                throw data.poison("responses is too large");
            }
            return new Data(data.requiredUuid("profileId"), data.requiredUuid("sectionId"), term, responses,
                    average.setScale(2, RoundingMode.HALF_UP), publishedAt);
        }
    }

    @Inject
    EntityManager entityManager;

    @Override
    public Set<String> types() {
        return Set.of(PUBLISHED);
    }

    @Override
    public void handle(IncomingEvent event) {
        Data data = Data.of(event);
        entityManager.createNativeQuery("insert into teacher_rating (section_id, profile_id, term, responses, "
                        + "average_score, published_at) values (:section, :profile, :term, :responses, :average, "
                        + ":at) on conflict (section_id) do update set profile_id = excluded.profile_id, "
                        + "term = excluded.term, responses = excluded.responses, "
                        + "average_score = excluded.average_score, published_at = excluded.published_at "
                        + "where teacher_rating.published_at <= excluded.published_at")
                .setParameter("section", data.sectionId())
                .setParameter("profile", data.profileId())
                .setParameter("term", data.term())
                .setParameter("responses", (int) data.responses())
                .setParameter("average", data.averageScore())
                .setParameter("at", Timestamp.from(data.publishedAt()))
                .executeUpdate();
    }

    /** The ratings of these teachers, in one statement; a teacher without a published result is absent. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Rating> of(Collection<UUID> profiles) {
        Map<UUID, Rating> ratings = new HashMap<>();
        if (profiles.isEmpty()) {
            return ratings;
        }
        List<Object[]> rows = entityManager.createNativeQuery("select profile_id, "
                        + "round(sum(responses * average_score) / sum(responses), 2), sum(responses), count(*) "
                        + "from teacher_rating where profile_id in (:profiles) and responses > 0 group by profile_id")
                .setParameter("profiles", profiles).getResultList();
        for (Object[] row : rows) {
            ratings.put((UUID) row[0], new Rating((BigDecimal) row[1], ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()));
        }
        return ratings;
    }
}
