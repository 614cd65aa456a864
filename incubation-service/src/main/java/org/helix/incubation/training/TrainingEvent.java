package org.helix.incubation.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An entrepreneurship training event (a workshop, a lecture by an expert) with a capacity. */
@Entity
@Table(name = "training_event")
public class TrainingEvent extends PanacheEntityBase {

    public enum Kind { WORKSHOP, LECTURE }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String description;

    /** The talent profile of the expert who speaks, if any. */
    @Column(name = "speaker_profile_id")
    public UUID speakerProfileId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(nullable = false)
    public int capacity;

    /** Who created it: they (and their organisation's representatives) list its registrations. */
    @Column(name = "organiser_subject")
    public String organiserSubject;

    @Column(name = "organiser_organisation_id")
    public UUID organiserOrganisationId;

    /** Registrations so far; never above the capacity (check constraint and a conditional update). */
    @Column(nullable = false)
    public int registered;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
