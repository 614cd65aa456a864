package org.helix.funding.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The risk/benefit ledger of one signed cooperation agreement, with its parties' shares. */
@Entity
@Table(name = "ledger")
public class Ledger extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(nullable = false)
    public String title;

    @Column(name = "agreement_kind", nullable = false)
    public String agreementKind;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ledger_party", joinColumns = @JoinColumn(name = "ledger_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<LedgerParty> parties = new ArrayList<>();

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "settled_at")
    public Instant settledAt;

    @Column(name = "settle_reason")
    public String settleReason;

    @Version
    public long version;

    public List<UUID> partyOrganisationIds() {
        return parties.stream().map(p -> p.organisationId).toList();
    }
}
