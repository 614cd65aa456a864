package org.helix.incubation.mentor;

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

/** A mentor from the talent pool assigned to a project: {@code ACTIVE → RELEASED}. */
@Entity
@Table(name = "mentorship")
public class Mentorship extends PanacheEntityBase {

    public enum Status {
        ACTIVE, RELEASED;

        public enum Transition implements org.helix.platform.web.lifecycle.Transition<Status> {
            RELEASE("release", EnumSet.of(ACTIVE), RELEASED),
            VERIFY("verify a milestone as", EnumSet.of(ACTIVE), null);

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
            return transition.from(this, Mentors.RESOURCE);
        }
    }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    /** The mentor's talent profile. */
    @Column(name = "profile_id", nullable = false)
    public UUID profileId;

    /** The mentor's Keycloak subject, when their profile is linked to one: they see and verify with it. */
    @Column(name = "mentor_subject")
    public String mentorSubject;

    @Column(name = "mentor_name", nullable = false)
    public String mentorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Version
    public long version;
}
