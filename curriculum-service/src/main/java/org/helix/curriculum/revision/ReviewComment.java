package org.helix.curriculum.revision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** A review comment on a revision: written once, never changed or deleted. */
@Entity
@Immutable
@Table(name = "review_comment")
public class ReviewComment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "revision_id", nullable = false)
    public UUID revisionId;

    @Column(nullable = false)
    public String author;

    @Column(name = "author_organisation_id")
    public UUID authorOrganisationId;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_status", nullable = false)
    public RevisionStatus onStatus;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;
}
