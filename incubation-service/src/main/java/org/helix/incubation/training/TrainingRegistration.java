package org.helix.incubation.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.helix.platform.web.lifecycle.Step;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A person's place at a training event: {@code REGISTERED → CANCELLED} (the place goes back to the event). */
@Entity
@Table(name = "training_registration")
public class TrainingRegistration extends PanacheEntityBase {

    public enum Status {
        REGISTERED, CANCELLED;

        public enum Transition implements org.helix.platform.web.lifecycle.Transition<Status> {
            CANCEL("cancel", EnumSet.of(REGISTERED), CANCELLED);

            private final Step<Status> step;

            Transition(String verb, Set<Status> from, Status to) {
                step = new Step<>(verb, from, to);
            }

            @Override
            public Step<Status> step() {
                return step;
            }
        }

        public Status after(Transition transition) {
            return transition.from(this, Trainings.REGISTRATION);
        }
    }

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    /** The participant, by Keycloak subject. */
    @Column(nullable = false)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;
}
