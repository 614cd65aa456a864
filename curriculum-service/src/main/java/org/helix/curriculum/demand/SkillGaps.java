package org.helix.curriculum.demand;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.helix.curriculum.config.CurriculumRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A school's skill gaps as one SQL aggregation (no loop over signals in Java): the live signals aimed at the school,
 * at its region or at every school, summed per skill and sector, against the school's ACTIVE courses teaching each
 * skill; ranked by the gap. The indexes of V4 serve each arm of the union.
 */
@ApplicationScoped
public class SkillGaps {

    /** One page of lines and how many lines there are in all. */
    public record Lines(List<GapLine> lines, long total) {
    }

    /** The query, in a file of its own so the benchmark runs exactly this text. */
    static final String SQL = read("/queries/skill-gaps.sql");

    @Inject
    EntityManager entityManager;

    @Inject
    CurriculumRules rules;

    @Inject
    Clock clock;

    @SuppressWarnings("unchecked")
    public Lines of(UUID school, String sector, UUID skill, int limit, long offset) {
        String filters = (sector == null ? "" : " and lower(sector) = lower(:sector)")
                + (skill == null ? "" : " and skill_id = :skill");
        String sql = SQL.replace("/*filters*/", filters);
        Query query = entityManager.createNativeQuery(sql)
                .setParameter("school", school)
                .setParameter("today", LocalDate.now(clock))
                .setParameter("per", (long) rules.gaps().peoplePerCourse())
                .setParameter("limit", limit)
                .setParameter("offset", offset);
        if (sector != null) {
            query.setParameter("sector", sector);
        }
        if (skill != null) {
            query.setParameter("skill", skill);
        }
        List<Object[]> rows = query.getResultList();
        List<GapLine> lines = new ArrayList<>();
        long total = 0;
        for (Object[] row : rows) {
            lines.add(new GapLine(school, (UUID) row[0], (String) row[1], (String) row[2], number(row[3]),
                    number(row[4]), Arrays.stream(((String) row[5]).split(",")).map(UUID::fromString).toList(),
                    number(row[6]), number(row[7]), number(row[8])));
            total = number(row[9]);
        }
        return new Lines(lines, total);
    }

    private static String read(String resource) {
        try (var in = SkillGaps.class.getResourceAsStream(resource)) {
            return new String(java.util.Objects.requireNonNull(in, resource).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
