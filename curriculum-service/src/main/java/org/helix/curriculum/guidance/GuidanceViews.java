package org.helix.curriculum.guidance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the guidance and outcome operations answer. */
public final class GuidanceViews {

    private GuidanceViews() {
    }

    public record PlanView(UUID id, UUID schoolId, String studentSubject, String goals, List<String> targetOccupations,
            long version, Instant createdAt, Instant updatedAt) {

        static PlanView of(CareerPlan p) {
            return new PlanView(p.id, p.schoolId, p.studentSubject, p.goals, List.of(p.targetOccupations), p.version,
                    p.createdAt, p.updatedAt);
        }
    }

    public record SessionView(UUID id, UUID schoolId, String studentSubject, String counsellor, LocalDate heldOn,
            String topic, String notes, Instant createdAt) {

        static SessionView of(GuidanceSession s) {
            return new SessionView(s.id, s.schoolId, s.studentSubject, s.counsellor, s.heldOn, s.topic, s.notes,
                    s.createdAt);
        }
    }

    public record OutcomeView(UUID id, UUID schoolId, UUID programmeId, int graduationYear, String studentSubject,
            OutcomeKind outcome, UUID employerOrganisationId, String employerName, Instant recordedAt, long version) {

        static OutcomeView of(GraduateOutcome o) {
            return new OutcomeView(o.id, o.schoolId, o.programmeId, o.graduationYear, o.studentSubject, o.outcome,
                    o.employerOrganisationId, o.employerName, o.recordedAt, o.version);
        }
    }

    /**
     * The employment rate of one school, programme and graduation year: (EMPLOYED + SELF_EMPLOYED) / graduates with a
     * recorded outcome, in percent with one decimal (half up).
     */
    public record EmploymentRate(UUID schoolId, UUID programmeId, int graduationYear, long graduates, long employed,
            long selfEmployed, long furtherStudy, long seeking, BigDecimal employmentRate) {
    }

    /** Data of EmploymentRecorded (schema {@code events/EmploymentRecorded.schema.json}); key = the student's subject. */
    public record EmploymentRecorded(UUID outcomeId, UUID schoolId, UUID programmeId, int graduationYear,
            OutcomeKind outcome, UUID employerOrganisationId) {

        public static final String TYPE = "EmploymentRecorded";
    }
}
