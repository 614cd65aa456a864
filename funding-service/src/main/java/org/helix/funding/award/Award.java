package org.helix.funding.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.helix.funding.call.TargetKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An award on an application: its amount committed against the call at once, paid in tranches. */
@Entity
@Table(name = "award")
public class Award extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "call_id", nullable = false)
    public UUID callId;

    @Column(name = "funder_organisation_id", nullable = false)
    public UUID funderOrganisationId;

    @Column(name = "applicant_organisation_id", nullable = false)
    public UUID applicantOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    public TargetKind targetKind;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardStatus status;

    @Column(name = "suspend_reason")
    public String suspendReason;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "award_id", nullable = false)
    @OrderBy("sequence")
    @BatchSize(size = 100)
    public List<Tranche> tranches = new ArrayList<>();

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Tranche tranche(UUID trancheId) {
        return tranches.stream().filter(t -> t.id.equals(trancheId)).findFirst().orElse(null);
    }

    public Tranche trancheAt(int sequence) {
        return tranches.stream().filter(t -> t.sequence == sequence).findFirst().orElse(null);
    }
}
