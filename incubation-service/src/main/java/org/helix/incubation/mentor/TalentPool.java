package org.helix.incubation.mentor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.messaging.replica.ReplicaUpsert;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/**
 * Who may mentor, from talent's events: its profiles (experts and teachers, version-guarded) and its part-time
 * teaching appointments — ACTIVE from AppointmentActivated until AppointmentCompleted or AppointmentTerminated.
 * Enterprise practices are not read (they say nothing about mentoring).
 */
@ApplicationScoped
public class TalentPool implements EventHandler {

    static final String PROFILE_REGISTERED = "helix.talent.ProfileRegistered";
    static final String PROFILE_UPDATED = "helix.talent.ProfileUpdated";
    static final String ACTIVATED = "helix.talent.AppointmentActivated";
    static final String COMPLETED = "helix.talent.AppointmentCompleted";
    static final String TERMINATED = "helix.talent.AppointmentTerminated";

    public enum PersonKind { EXPERT, TEACHER }

    enum AppointmentKind { PART_TIME_TEACHING, ENTERPRISE_PRACTICE }

    /** This service's view of a talent profile; fields it does not read are ignored. */
    record ProfileData(UUID profileId, PersonKind kind, UUID organisationId, String personSubject,
            String displayName, long version) {

        static ProfileData of(IncomingEvent event) {
            EventData data = EventData.of(event);
            return new ProfileData(data.requiredUuid("profileId"), data.requiredEnum("kind", PersonKind.class),
                    data.requiredUuid("organisationId"), data.optionalText("personSubject"),
                    data.requiredText("displayName"), data.requiredNonNegativeLong("version"));
        }
    }

    /** This service's view of an appointment event: which person, where, and (activated) until when. */
    record AppointmentData(UUID appointmentId, AppointmentKind kind, UUID profileId, UUID hostOrganisationId,
            LocalDate endDate) {

        static AppointmentData of(IncomingEvent event) {
            EventData data = EventData.of(event);
            String end = data.optionalText("endDate");
            LocalDate endDate;
            try {
                endDate = end == null ? null : LocalDate.parse(end);
            } catch (DateTimeParseException e) {
                throw data.poison("endDate is not a date: " + end);
            }
            return new AppointmentData(data.requiredUuid("appointmentId"),
                    data.requiredEnum("kind", AppointmentKind.class), data.requiredUuid("profileId"),
                    data.requiredUuid("hostOrganisationId"), endDate);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(PROFILE_REGISTERED, PROFILE_UPDATED, ACTIVATED, COMPLETED, TERMINATED);
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case PROFILE_REGISTERED, PROFILE_UPDATED -> {
                ProfileData data = ProfileData.of(event);
                ReplicaUpsert.into("talent_profile").key("id", data.profileId())
                        .set("kind", data.kind().name()).set("organisation_id", data.organisationId())
                        .set("person_subject", data.personSubject()).set("display_name", data.displayName())
                        .set("updated_at", clock.instant())
                        .version("source_version", data.version())
                        .apply(entityManager);
            }
            default -> appointment(event);
        }
    }

    private void appointment(IncomingEvent event) {
        AppointmentData data = AppointmentData.of(event);
        if (data.kind() != AppointmentKind.PART_TIME_TEACHING) {
            return;
        }
        boolean activated = ACTIVATED.equals(event.type());
        // an appointment that ended stays ended: a late or replayed activation does not bring it back
        entityManager.createNativeQuery("insert into teaching_appointment (id, profile_id, host_organisation_id, "
                        + "end_date, status, updated_at) values (:id, :profile, :host, :end, :status, :now) "
                        + "on conflict (id) do update set status = 'ENDED', updated_at = excluded.updated_at "
                        + "where excluded.status = 'ENDED'")
                .setParameter("id", data.appointmentId())
                .setParameter("profile", data.profileId())
                .setParameter("host", data.hostOrganisationId())
                .setParameter("end", data.endDate())
                .setParameter("status", activated ? "ACTIVE" : "ENDED")
                .setParameter("now", clock.instant())
                .executeUpdate();
    }
}
