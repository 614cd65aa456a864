package org.helix.talent.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** An assessment as the API shows it. */
public record AssessmentView(UUID id, UUID appointmentId, UUID profileId, String period, int score, Outcome outcome,
        String comment, String recordedBy, Instant recordedAt) {

    public static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id, a.appointmentId, a.profileId, a.period, a.score, a.outcome, a.comment,
                a.recordedBy, a.recordedAt);
    }

    /** What the host records: a period (a year, half, quarter or month), a score 0–100, an outcome, a comment. */
    public record Recording(
            @NotNull @Pattern(regexp = "[0-9]{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?",
                    message = "must be a year, half, quarter or month: 2026, 2026-H1, 2026-Q3 or 2026-09")
            String period,
            @NotNull @Min(0) @Max(100) Integer score,
            @NotNull Outcome outcome,
            @Size(max = 4000) String comment) {
    }

    /** Data of AssessmentRecorded (schema {@code events/AssessmentRecorded.schema.json}); key = profile id. */
    public record Recorded(UUID assessmentId, UUID profileId, UUID appointmentId, String period, Outcome outcome,
            int score, Instant recordedAt) {

        public static final String TYPE = "AssessmentRecorded";

        static Recorded of(Assessment a) {
            return new Recorded(a.id, a.profileId, a.appointmentId, a.period, a.outcome, a.score, a.recordedAt);
        }
    }
}
