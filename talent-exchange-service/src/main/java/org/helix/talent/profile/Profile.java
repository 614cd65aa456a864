package org.helix.talent.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** An expert of an enterprise or a teacher of a school, optionally linked to the person's Keycloak subject. */
@Entity
@Table(name = "profile")
public class Profile extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProfileKind kind;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "person_subject")
    public String personSubject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "job_title")
    public String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_rank", nullable = false)
    public TitleRank titleRank;

    @Column(name = "years_of_experience", nullable = false)
    public int yearsOfExperience;

    /** An expert's skills, a teacher's subjects. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] skills;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
