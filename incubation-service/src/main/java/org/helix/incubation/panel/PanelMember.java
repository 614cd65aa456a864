package org.helix.incubation.panel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A seat on a project's screening panel: an expert or a teacher (a talent profile with a sign-in subject). */
@Entity
@Table(name = "screening_panel_member")
public class PanelMember extends PanacheEntityBase {

    public enum Kind { EXPERT, TEACHER }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "profile_id", nullable = false)
    public UUID profileId;

    /** The Keycloak subject the reviewer signs in with: what review and visibility checks compare. */
    @Column(name = "reviewer_subject", nullable = false)
    public String reviewerSubject;

    @Column(name = "reviewer_name", nullable = false)
    public String reviewerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    /** Whether {@code subject} sits on the panel of {@code projectId}. */
    public static boolean seats(UUID projectId, String subject) {
        return subject != null && count("projectId = ?1 and reviewerSubject = ?2", projectId, subject) > 0;
    }

    public static java.util.Optional<PanelMember> seatOf(UUID projectId, String subject) {
        return subject == null ? java.util.Optional.empty()
                : find("projectId = ?1 and reviewerSubject = ?2", projectId, subject).firstResultOptional();
    }
}
