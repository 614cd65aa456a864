package org.helix.curriculum.internship;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A training and internship base at an enterprise: how many interns at once, what it trains. */
@Entity
@Table(name = "training_base")
public class TrainingBase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "enterprise_id", nullable = false)
    public UUID enterpriseId;

    /** The school it mainly serves, if any. */
    @Column(name = "school_id")
    public UUID schoolId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int capacity;

    @Column(nullable = false)
    public String trains;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skill_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] skillIds;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
