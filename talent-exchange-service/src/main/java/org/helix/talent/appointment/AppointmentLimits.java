package org.helix.talent.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.talent.config.TalentRules;

import java.util.UUID;

/**
 * The limits of DESIGN.md, held under concurrency: a teacher has no two overlapping enterprise practices; an expert
 * teaches at most {@code helix.talent.limits.expert-hours-per-week} (16) hours a week across the part-time
 * appointments that overlap in time and are APPROVED or ACTIVE. The check runs with the person's profile row locked
 * ({@code select ... for update}, taken first by every approval), so two approvals for the same person are checked one after the other and the second
 * sees the first once it committed: exactly the appointments that fit are approved, the others get a 409.
 */
@ApplicationScoped
public class AppointmentLimits {

    @Inject
    EntityManager entityManager;

    @Inject
    TalentRules rules;

    /**
     * Locks the profile of the appointment's person for the rest of the transaction, before anything else is read or
     * written: every approval of one person then runs alone. Nothing happens for an appointment that does not exist.
     */
    public void lockPersonOf(UUID appointmentId) {
        entityManager.createNativeQuery("select p.id from profile p join appointment a on a.profile_id = p.id "
                        + "where a.id = :id for update of p")
                .setParameter("id", appointmentId).getResultList();
    }

    /** Refuses (409) an appointment that would break a limit if it were approved now. Call with the person locked. */
    public void check(Appointment appointment) {
        switch (appointment.kind) {
            case ENTERPRISE_PRACTICE -> {
                long overlapping = overlapping(appointment, "count(a)");
                if (overlapping > 0) {
                    throw ApiProblem.conflict("overlapping-practice", "Overlapping enterprise practice",
                            "The teacher already has an approved or active enterprise practice between "
                                    + appointment.startDate + " and " + appointment.endDate);
                }
            }
            case PART_TIME_TEACHING -> {
                int limit = rules.limits().expertHoursPerWeek();
                long hours = overlapping(appointment, "coalesce(sum(a.hoursPerWeek), 0)") + appointment.hoursPerWeek;
                if (hours > limit) {
                    throw ApiProblem.conflict("teaching-hours-limit", "Part-time teaching hours limit",
                            "The expert would teach " + hours + " hours a week in approved or active part-time "
                                    + "appointments overlapping " + appointment.startDate + " to "
                                    + appointment.endDate + "; at most " + limit + " are allowed");
                }
            }
        }
    }

    private long overlapping(Appointment appointment, String aggregate) {
        return entityManager.createQuery("select " + aggregate + " from Appointment a where a.profileId = :profile "
                        + "and a.kind = :kind and a.status in :committed and a.id <> :id "
                        + "and a.startDate <= :end and a.endDate >= :start", Number.class)
                .setParameter("profile", appointment.profileId)
                .setParameter("kind", appointment.kind)
                .setParameter("committed", AppointmentStatus.COMMITTED)
                .setParameter("id", appointment.id)
                .setParameter("start", appointment.startDate)
                .setParameter("end", appointment.endDate)
                .getSingleResult().longValue();
    }
}
