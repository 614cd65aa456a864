package org.helix.talent.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.helix.platform.messaging.outbox.Outbox;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.security.Caller;
import org.helix.talent.config.TalentRules;
import org.helix.talent.profile.Profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Anonymous student evaluations. A student enrolled in a section (by curriculum's events) evaluates its teacher once,
 * within the window; the answer is stored without the student, the time or anything else that could lead back to
 * them, and the eligibility only remembers that the student's pseudonym has evaluated. Deliberately not audited and
 * not idempotency-keyed (both would record the caller next to the section). At {@code min-responses} the section's
 * averages are published (EvaluationPublished), and again with each further response.
 */
@ApplicationScoped
public class Evaluations {

    public static final String RESOURCE = "Evaluation";

    @Inject
    EntityManager entityManager;

    @Inject
    StudentPseudonym pseudonym;

    @Inject
    Caller caller;

    @Inject
    TalentRules rules;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public EvaluationViews.Receipt submit(UUID sectionId, EvaluationViews.Answers answers) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select school_id, term, teacher_profile_id, withdrawn, "
                        + "evaluated from evaluation_eligibility where section_id = :section and student_key = :student "
                        + "for update")
                .setParameter("section", sectionId)
                .setParameter("student", pseudonym.of(caller.subject()))
                .getResultList();
        if (rows.isEmpty() || Boolean.TRUE.equals(rows.get(0)[3])) {
            throw new ApiProblem(403, "not-enrolled", "Not enrolled",
                    "Only students enrolled in section " + sectionId + " evaluate its teacher", List.of());
        }
        Object[] eligibility = rows.get(0);
        UUID school = (UUID) eligibility[0];
        String term = (String) eligibility[1];
        UUID teacher = (UUID) eligibility[2];
        if (Boolean.TRUE.equals(eligibility[4])) {
            throw ApiProblem.conflict("already-evaluated", "Already evaluated",
                    "You evaluated the teacher of section " + sectionId + " already");
        }
        if (!Term.of(term).windowIncludes(LocalDate.now(clock), rules.evaluations())) {
            throw ApiProblem.conflict("evaluation-window-closed", "Evaluation window closed",
                    "Term " + term + " is evaluated from " + rules.evaluations().opensDaysBeforeTermEnd()
                            + " days before its end (" + Term.of(term).endsOn(rules.evaluations()) + ") to "
                            + rules.evaluations().closesDaysAfterTermEnd() + " days after");
        }
        entityManager.createNativeQuery("update evaluation_eligibility set evaluated = true where section_id = :section "
                        + "and student_key = :student")
                .setParameter("section", sectionId)
                .setParameter("student", pseudonym.of(caller.subject()))
                .executeUpdate();
        entityManager.createNativeQuery("insert into evaluation_response (id, section_id, teacher_profile_id, school_id, "
                        + "term, clarity, preparation, engagement, fairness, practical_relevance, comment) values "
                        + "(:id, :section, :teacher, :school, :term, :clarity, :preparation, :engagement, :fairness, "
                        + ":relevance, :comment)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("section", sectionId)
                .setParameter("teacher", teacher)
                .setParameter("school", school)
                .setParameter("term", term)
                .setParameter("clarity", answers.clarity())
                .setParameter("preparation", answers.preparation())
                .setParameter("engagement", answers.engagement())
                .setParameter("fairness", answers.fairness())
                .setParameter("relevance", answers.practicalRelevance())
                .setParameter("comment", answers.comment() == null || answers.comment().isBlank() ? null
                        : answers.comment().strip())
                .executeUpdate();
        publishIfEnough(sectionId, teacher, school, term);
        return new EvaluationViews.Receipt(sectionId, term, true);
    }

    /** A teacher's published results, newest term first. */
    public List<EvaluationViews.Result> ofTeacher(UUID profileId) {
        return EvaluationResult.<EvaluationResult>list("teacherProfileId = ?1 order by term desc, sectionId", profileId)
                .stream().map(EvaluationViews.Result::of).toList();
    }

    /**
     * A school's teachers for a term, best first by their responses-weighted average over their published sections
     * (rounded half up to two decimals; ties share a rank), optionally only teachers with {@code subject} among their
     * subjects or skills.
     */
    public List<EvaluationViews.Ranked> ranking(UUID schoolId, String term, String subject) {
        List<EvaluationResult> results = EvaluationResult.list("schoolId = ?1 and term = ?2", schoolId, term);
        Map<UUID, List<EvaluationResult>> byTeacher = new HashMap<>();
        results.forEach(r -> byTeacher.computeIfAbsent(r.teacherProfileId, id -> new ArrayList<>()).add(r));
        Map<UUID, Profile> profiles = new HashMap<>();
        if (!byTeacher.isEmpty()) {
            Profile.<Profile>list("id in ?1", byTeacher.keySet()).forEach(p -> profiles.put(p.id, p));
        }
        List<EvaluationViews.Ranked> unranked = new ArrayList<>();
        byTeacher.forEach((teacher, sections) -> {
            Profile profile = profiles.get(teacher);
            if (subject != null && (profile == null || !List.of(profile.skills).contains(subject))) {
                return;
            }
            int responses = sections.stream().mapToInt(r -> r.responses).sum();
            BigDecimal weighted = sections.stream().map(r -> r.averageScore.multiply(BigDecimal.valueOf(r.responses)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);
            unranked.add(new EvaluationViews.Ranked(0, teacher, profile == null ? null : profile.displayName,
                    sections.size(), responses, weighted));
        });
        unranked.sort((a, b) -> b.averageScore().compareTo(a.averageScore()) != 0
                ? b.averageScore().compareTo(a.averageScore()) : a.profileId().compareTo(b.profileId()));
        List<EvaluationViews.Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            EvaluationViews.Ranked r = unranked.get(i);
            int rank = i > 0 && ranked.get(i - 1).averageScore().compareTo(r.averageScore()) == 0
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new EvaluationViews.Ranked(rank, r.profileId(), r.displayName(), r.sections(), r.responses(),
                    r.averageScore()));
        }
        return ranked;
    }

    private void publishIfEnough(UUID sectionId, UUID teacher, UUID school, String term) {
        Object[] sums = (Object[]) entityManager.createNativeQuery("select count(*), avg(clarity), avg(preparation), "
                        + "avg(engagement), avg(fairness), avg(practical_relevance), avg((clarity + preparation + "
                        + "engagement + fairness + practical_relevance) / 5.0) from evaluation_response "
                        + "where section_id = :section")
                .setParameter("section", sectionId).getSingleResult();
        int responses = ((Number) sums[0]).intValue();
        if (responses < rules.evaluations().minResponses()) {
            return;
        }
        EvaluationResult result = EvaluationResult.findById(sectionId);
        if (result == null) {
            result = new EvaluationResult();
            result.sectionId = sectionId;
        }
        result.teacherProfileId = teacher;
        result.schoolId = school;
        result.term = term;
        result.responses = responses;
        result.clarity = twoDecimals(sums[1]);
        result.preparation = twoDecimals(sums[2]);
        result.engagement = twoDecimals(sums[3]);
        result.fairness = twoDecimals(sums[4]);
        result.practicalRelevance = twoDecimals(sums[5]);
        result.averageScore = twoDecimals(sums[6]);
        result.publishedAt = Instant.now(clock);
        result.persist();
        entityManager.flush();
        outbox.record("Profile", teacher, EvaluationViews.Published.TYPE, EvaluationViews.Published.of(result));
    }

    private static BigDecimal twoDecimals(Object average) {
        return new BigDecimal(average.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
