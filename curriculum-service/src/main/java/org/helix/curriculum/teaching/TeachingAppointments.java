package org.helix.curriculum.teaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Experts' part-time teaching at host schools, from talent's AppointmentActivated / Completed / Terminated: while
 * ACTIVE the expert may be assigned to sections of the host school. An ended appointment never becomes active again,
 * even if its activation arrives late. Enterprise practices (the other kind) are of no concern here.
 */
@ApplicationScoped
public class TeachingAppointments implements EventHandler {

    public static final String ACTIVATED = "helix.talent.AppointmentActivated";
    public static final String COMPLETED = "helix.talent.AppointmentCompleted";
    public static final String TERMINATED = "helix.talent.AppointmentTerminated";
    static final String PART_TIME_TEACHING = "PART_TIME_TEACHING";

    /** This service's view of talent's appointment events. */
    public record Data(UUID appointmentId, String kind, UUID profileId, UUID hostOrganisationId, LocalDate endedOn) {

        public static Data of(IncomingEvent event) {
            EventData data = EventData.of(event);
            LocalDate endedOn = null;
            if (!ACTIVATED.equals(event.type())) {
                try {
                    endedOn = LocalDate.parse(data.requiredText("endedOn"));
                } catch (java.time.format.DateTimeParseException e) {
                    throw data.poison("endedOn is not an ISO date");
                }
            }
            return new Data(data.requiredUuid("appointmentId"), data.requiredText("kind"),
                    data.requiredUuid("profileId"), data.requiredUuid("hostOrganisationId"), endedOn);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(ACTIVATED, COMPLETED, TERMINATED);
    }

    @Override
    public void handle(IncomingEvent event) {
        Data data = Data.of(event);
        if (!PART_TIME_TEACHING.equals(data.kind())) {
            return;
        }
        boolean active = data.endedOn() == null;
        entityManager.createNativeQuery("insert into teaching_appointment (id, profile_id, host_organisation_id, "
                        + "active, ended_on, updated_at) values (:id, :profile, :host, :active, :endedOn, :now) "
                        + "on conflict (id) do update set active = excluded.active, ended_on = excluded.ended_on, "
                        + "updated_at = excluded.updated_at where teaching_appointment.ended_on is null")
                .setParameter("id", data.appointmentId())
                .setParameter("profile", data.profileId())
                .setParameter("host", data.hostOrganisationId())
                .setParameter("active", active)
                .setParameter("endedOn", data.endedOn())
                .setParameter("now", Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}
