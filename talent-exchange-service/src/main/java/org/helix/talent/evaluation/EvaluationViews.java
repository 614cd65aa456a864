package org.helix.talent.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What the evaluation API takes and shows: answers in, averages out, never who answered. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    /** A student's answers: each criterion 1–5, an optional comment. */
    public record Answers(
            @NotNull @Min(1) @Max(5) Integer clarity,
            @NotNull @Min(1) @Max(5) Integer preparation,
            @NotNull @Min(1) @Max(5) Integer engagement,
            @NotNull @Min(1) @Max(5) Integer fairness,
            @NotNull @Min(1) @Max(5) Integer practicalRelevance,
            @Size(max = 2000) String comment) {
    }

    /** What a student gets back: that their answers were recorded, and nothing that identifies them. */
    public record Receipt(UUID sectionId, String term, boolean recorded) {
    }

    /** A section's published result. */
    public record Result(UUID sectionId, UUID teacherProfileId, UUID schoolId, String term, int responses,
            BigDecimal averageScore, Map<String, BigDecimal> criteria, Instant publishedAt) {

        static Result of(EvaluationResult r) {
            return new Result(r.sectionId, r.teacherProfileId, r.schoolId, r.term, r.responses, r.averageScore,
                    EvaluationViews.criteria(r), r.publishedAt);
        }
    }

    /** One place in a school's ranking for a term: a teacher's results, weighted by responses. */
    public record Ranked(int rank, UUID profileId, String displayName, int sections, int responses,
            BigDecimal averageScore) {
    }

    /** Data of EvaluationPublished (schema {@code events/EvaluationPublished.schema.json}); key = profile id. */
    public record Published(UUID profileId, UUID sectionId, UUID schoolId, String term, int responses,
            BigDecimal averageScore, Map<String, BigDecimal> criteria, Instant publishedAt) {

        public static final String TYPE = "EvaluationPublished";

        static Published of(EvaluationResult r) {
            return new Published(r.teacherProfileId, r.sectionId, r.schoolId, r.term, r.responses, r.averageScore,
                    EvaluationViews.criteria(r), r.publishedAt);
        }
    }

    static Map<String, BigDecimal> criteria(EvaluationResult r) {
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        criteria.put("clarity", r.clarity);
        criteria.put("preparation", r.preparation);
        criteria.put("engagement", r.engagement);
        criteria.put("fairness", r.fairness);
        criteria.put("practicalRelevance", r.practicalRelevance);
        return criteria;
    }
}
