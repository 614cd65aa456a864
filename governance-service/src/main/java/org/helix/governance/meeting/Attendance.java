package org.helix.governance.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A member organisation attended a meeting (recorded while it was in session). */
@Entity
@Table(name = "meeting_attendance")
public class Attendance extends PanacheEntityBase {

    /** The unique constraint that allows one attendance per organisation and meeting. */
    static final String ONCE_CONSTRAINT = "meeting_attendance_once";

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
