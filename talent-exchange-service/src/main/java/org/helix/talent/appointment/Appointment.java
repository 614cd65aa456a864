package org.helix.talent.appointment;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A person's appointment from their home organisation to a host: part-time teaching or enterprise practice. */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentKind kind;

    @Column(name = "profile_id", nullable = false)
    public UUID profileId;

    /** The person's Keycloak subject, copied from the profile: the person sees their own appointments. */
    @Column(name = "person_subject")
    public String personSubject;

    @Column(name = "home_organisation_id", nullable = false)
    public UUID homeOrganisationId;

    @Column(name = "host_organisation_id", nullable = false)
    public UUID hostOrganisationId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "hours_per_week", nullable = false)
    public int hoursPerWeek;

    /** What is taught or practised. */
    @Column(nullable = false)
    public String activity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appointment_pay_line", joinColumns = @JoinColumn(name = "appointment_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<PayLine> payLines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentStatus status;

    @Column(name = "home_approved_at")
    public Instant homeApprovedAt;

    @Column(name = "home_approved_by")
    public String homeApprovedBy;

    @Column(name = "host_approved_at")
    public Instant hostApprovedAt;

    @Column(name = "host_approved_by")
    public String hostApprovedBy;

    /** Whether the host's approval alone sufficed (or, before approval, would suffice), and why or why not. */
    @Column(name = "green_channel", nullable = false)
    public boolean greenChannel;

    @Column(name = "green_channel_reason", nullable = false)
    public String greenChannelReason;

    /** The ACTIVE school-enterprise agreement that opened the green channel. */
    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason")
    public String endReason;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean homeApproved() {
        return homeApprovedAt != null;
    }

    public boolean hostApproved() {
        return hostApprovedAt != null;
    }

    /** The host always approves; the home organisation too unless the green channel is open. */
    public boolean hasTheApprovalsItNeeds() {
        return hostApproved() && (homeApproved() || greenChannel);
    }

    public void clearApprovals() {
        homeApprovedAt = null;
        homeApprovedBy = null;
        hostApprovedAt = null;
        hostApprovedBy = null;
    }
}
