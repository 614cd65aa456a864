package org.helix.funding.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Keeps the {@link Appointment} replica from talent's events; an ended appointment never becomes active again. */
@ApplicationScoped
public class AppointmentReplica implements EventHandler {

    static final String ACTIVATED = "helix.talent.AppointmentActivated";
    static final String COMPLETED = "helix.talent.AppointmentCompleted";
    static final String TERMINATED = "helix.talent.AppointmentTerminated";

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(ACTIVATED, COMPLETED, TERMINATED);
    }

    @Override
    public void handle(IncomingEvent event) {
        EventData data = EventData.of(event);
        UUID id = data.requiredUuid("appointmentId");
        String kind = data.requiredText("kind");
        UUID home = data.requiredUuid("homeOrganisationId");
        UUID host = data.requiredUuid("hostOrganisationId");
        boolean activated = ACTIVATED.equals(event.type());
        Appointment appointment = Appointment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null) {
            appointment = new Appointment();
            appointment.id = id;
            appointment.active = activated;
            appointment.kind = kind;
            appointment.homeOrganisationId = home;
            appointment.hostOrganisationId = host;
            appointment.updatedAt = Instant.now(clock);
            appointment.persist();
            return;
        }
        if (!activated) {
            appointment.active = false;
            appointment.updatedAt = Instant.now(clock);
        }
    }
}
