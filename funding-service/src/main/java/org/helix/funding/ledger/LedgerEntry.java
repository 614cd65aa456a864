package org.helix.funding.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A contribution, loss or benefit posted to a ledger, with what each party got or bore of it. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Embeddable
    public static class Part {
        @Column(name = "organisation_id", nullable = false)
        public UUID organisationId;

        @Column(nullable = false)
        public BigDecimal amount;
    }

    @Id
    public UUID id;

    @Column(name = "ledger_id", nullable = false)
    public UUID ledgerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "contribution_kind")
    public ContributionKind contributionKind;

    /** The contributing party (CONTRIBUTION only). */
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String description;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    @Column(name = "posted_by", nullable = false)
    public String postedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ledger_allocation", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<Part> allocations = new ArrayList<>();
}
