package org.helix.talent.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The host organisation's assessment of one period of an appointment. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "appointment_id", nullable = false)
    public UUID appointmentId;

    @Column(name = "profile_id", nullable = false)
    public UUID profileId;

    /** {@code 2026}, {@code 2026-H1}, {@code 2026-Q3} or {@code 2026-09}. */
    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    public String comment;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The year the period belongs to. */
    public int year() {
        return Integer.parseInt(period.substring(0, 4));
    }
}
