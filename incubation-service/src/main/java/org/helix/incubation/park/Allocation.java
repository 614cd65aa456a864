package org.helix.incubation.park;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.helix.platform.web.lifecycle.Step;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A park space allocated to an incubating project: {@code ACTIVE → RELEASED}. */
@Entity
@Table(name = "park_allocation")
public class Allocation extends PanacheEntityBase {

    public enum Status {
        ACTIVE, RELEASED;

        public enum Transition implements org.helix.platform.web.lifecycle.Transition<Status> {
            RELEASE("release", EnumSet.of(ACTIVE), RELEASED);

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
            return transition.from(this, Park.ALLOCATION);
        }
    }

    @Id
    public UUID id;

    @Column(name = "space_id", nullable = false)
    public UUID spaceId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "allocated_at", nullable = false)
    public Instant allocatedAt;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Version
    public long version;
}
