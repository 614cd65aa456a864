package org.helix.governance.agreement;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A cooperation agreement between member organisations, on which risk and benefit sharing rest. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementKind kind;

    @Column(name = "committee_id")
    public UUID committeeId;

    public String scope;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    public List<AgreementParty> parties = new ArrayList<>();

    /** When the last party signed. */
    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Column(name = "terminated_at")
    public Instant terminatedAt;

    @Column(name = "termination_reason")
    public String terminationReason;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Optional<AgreementParty> party(UUID organisationId) {
        return parties.stream().filter(party -> party.organisationId.equals(organisationId)).findFirst();
    }

    public boolean signedByEveryParty() {
        return !parties.isEmpty() && parties.stream().allMatch(AgreementParty::hasSigned);
    }
}
