package org.helix.funding.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.helix.funding.money.Money;
import org.helix.funding.organisation.OrganisationType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A funder's call for applications: its budget, the kind of money, who may apply for what, its window, the largest
 * award and the review threshold. {@code committed} is held by awards' pending tranches, {@code released} was paid
 * out; both change only with the call's row locked, so the budget is never over-committed.
 */
@Entity
@Table(name = "funding_call")
public class FundingCall extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "funder_organisation_id", nullable = false)
    public UUID funderOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "funder_type", nullable = false)
    public OrganisationType funderType;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(nullable = false)
    public BigDecimal budget;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "money_kind", nullable = false)
    public MoneyKind moneyKind;

    @Column(name = "loan_rate_percent")
    public BigDecimal loanRatePercent;

    @Column(name = "loan_term_months")
    public Integer loanTermMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    public TargetKind targetKind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_applicant_types", nullable = false, columnDefinition = "text[]")
    public String[] eligibleApplicantTypes;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Column(name = "max_award", nullable = false)
    public BigDecimal maxAward;

    @Column(name = "review_threshold", nullable = false)
    public BigDecimal reviewThreshold;

    @Column(nullable = false)
    public BigDecimal committed = Money.ZERO;

    @Column(nullable = false)
    public BigDecimal released = Money.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CallStatus status;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** budget − committed − released. */
    public BigDecimal remaining() {
        return budget.subtract(committed).subtract(released);
    }

    public boolean admits(OrganisationType applicantType) {
        for (String type : eligibleApplicantTypes) {
            if (type.equals(applicantType.name())) {
                return true;
            }
        }
        return false;
    }

    public boolean isWithinWindow(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Holds {@code amount} for an award: the caller has the row locked and checked {@link #remaining()}. */
    public void commit(BigDecimal amount) {
        committed = committed.add(amount);
    }

    /** A pending tranche was paid out: its amount moves from committed to released. */
    public void release(BigDecimal amount) {
        committed = committed.subtract(amount);
        released = released.add(amount);
    }

    /** A pending tranche was cancelled: its amount returns to the remaining budget. */
    public void uncommit(BigDecimal amount) {
        committed = committed.subtract(amount);
    }
}
