package org.helix.curriculum.offering;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A course offered in a term (one offering per course and term), taught in sections. */
@Entity
@Table(name = "offering")
public class Offering extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public String term;

    /** The course version taught. */
    @Column(name = "course_version", nullable = false)
    public int courseVersion;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
